# The secretary's justering inbox (P), and versions compared.

domain-version-state-superseded = superseded by a newer version

help-protocol-versions--diff = Show the line-by-line difference between two versions (A and B) of the protocol in Markdown
out-diff-same = Version { $a } and version { $b } are the same.
out-diff-version = version { $number }

tui-inbox-col-approved = Approved
tui-inbox-col-state = Standing
tui-inbox-keys = ↑↓ move · Enter open · s send · r record · n sign · ? help · q back
tui-inbox-progress = { $given } of { $needed }
tui-inbox-detail-title = Version { $number }
tui-inbox-sent-on = Sent { $date }, has waited { $waited }
tui-inbox-sent-only = Sent { $date }
tui-inbox-changed-note = Changed after approval: version { $number }, approved { $date }, stands until the new version is approved.
tui-inbox-missing = missing: { $names }
tui-inbox-missing-one-of = one of these approves for Staden: { $names }
tui-inbox-approval-signed = { $name } approved { $date }, signed with the key { $fingerprint }
tui-inbox-approval-recorded = { $name } approved { $date }, recorded by { $by } (not signed)
tui-inbox-comments = Comments
tui-inbox-whole-protocol = The whole protocol
tui-inbox-returned = Version { $number } was returned { $date } with the comments:
tui-inbox-returned-next = Change the meeting for a new version, or send the same version again with s.
tui-inbox-sent = Version { $number } is sent for approval.
tui-inbox-not-awaiting = Version { $number } is { $state } and does not await approval; send it first with s.
tui-inbox-none-missing = Every approver has approved already.
tui-inbox-approved = { $name } approved; version { $number } is approved.
tui-inbox-signed = { $name } signed version { $number }; more approvers remain.
tui-inbox-recorded = { $name }'s approval of version { $number } is recorded (not signed); more approvers remain.
tui-inbox-ask-record = Record an approval: who approved?
tui-inbox-ask-sign = Sign an approval: who approves?
tui-inbox-ask-recorded-by = Recorded by
tui-inbox-recorded-note = { $name }'s approval is recorded, not signed: it shows everywhere as recorded by you. Type your name.
tui-inbox-ask-key-file = Key file
tui-inbox-key-note = { $name }'s private key (from fora key generate), registered for { $name }.
tui-inbox-ask-passphrase = The key's passphrase
tui-inbox-ask-keys = ↑↓ choose · Enter ok · Esc cancel

demo-comment-wording = The decision could be worded more clearly.
demo-comment-decision = The decision should say from which date it applies.
demo-comment-attendance = The attendance list is missing a participant who joined remotely.
demo-entry-after-approval = Added after approval: the delivery plan is sent out again.

help-people-merge--amend = Merge even when the duplicate attended meetings whose protocol was sent or approved; each such protocol gets a new version
err-cli-merge-needs-amend = { $name } attended meetings whose protocol was sent or approved: { $meetings }. The merge changes them; give --amend and each gets a new version, while the approved version stands until the new one is approved
out-merge-amended = New protocol versions (changed after approval): { $meetings }

out-returned-waiting = { $forum } { $date } (meeting { $meeting }): version { $number } was returned with { $comments ->
        [one] one comment
       *[other] { $comments } comments
    }; change the meeting or send the same version again (fora protocol send)
