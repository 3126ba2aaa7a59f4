# What a Swedish protocol holds besides the record of the meeting: chair,
# registry number, the choice of approvers and the justering deadline.

protocol-registry-number = Registry number
protocol-chair = Chair
protocol-choice-of-approvers = Choice of approvers
protocol-approvers-chosen = Chosen to approve the protocol: { $names }.
protocol-no-chosen-approver = nobody the forum's rule allows
protocol-and = and

help-meeting-group = What the protocol says about a meeting: chair, registry number, chosen approvers
help-meeting-set = Set the chair, the registry number and the approvers the meeting chose; an empty text clears one
help-meeting-set--chair = The chair's name
help-meeting-set--registry-number = The protocol's registry number (diarienummer)
help-meeting-set--approvers = The approvers chosen, separated by commas (within the forum's rule); "" leaves it to the rule
meeting-set-done = Meeting { $meeting }: chair { $chair }, registry number { $number }, approvers { $approvers }
meeting-set-none = none
meeting-set-by-rule = by the forum's rule
err-cli-not-choosable = { $name } cannot be chosen to approve ({ $rule } approves by the forum's rule); who can: { $eligible }
out-justering-overdue = Justering is overdue: { $forum } { $date } (meeting { $meeting }) should have been approved by { $deadline }
tui-justering-overdue = { $count ->
    [one] 1 justering overdue
   *[other] { $count } justerings overdue
}
tui-justering-late = overdue
tui-protocol-details-title = Chair, registry number, choice of approvers
tui-protocol-details-saved = chair, registry number and approvers saved
tui-field-chair = Chair
tui-field-registry-number = Registry number
tui-field-approvers = Chosen approvers (commas between names; empty: the forum's rule)
tui-not-choosable = { $name } cannot be chosen to approve; who can: { $eligible }
out-field-justering-deadline = Approved within
out-justering-within = { $days } working days after the meeting
