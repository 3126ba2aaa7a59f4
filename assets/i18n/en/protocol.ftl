# fora: the fixed words of a protocol (every export format), in English.
# Each key must also be in assets/i18n/sv/protocol.ftl; `cargo test` fails otherwise.
# A key protocol-some-name is the field some_name of src/protocol/labels.rs.
# Exported protocols are compared byte for byte by the tests: a change here shows there.

## Headings, field names and phrases

# The document's name, before the forum's: "Protokoll".
protocol-protocol = Minutes
protocol-date = Date
protocol-time = Time
protocol-place = Place
protocol-channel = Held as
protocol-minute-keeper = Minute keeper
protocol-approvers = Approvers
protocol-meeting-status = Meeting status
protocol-cancelled-because = Cancelled
protocol-not-given = not given
protocol-attendance = Attendance
protocol-present = Present
protocol-guests = Guests
protocol-not-there = Absent and excused
protocol-vacant = vacant
protocol-name-missing = name not given
protocol-remote = remote
protocol-substitute-for = substitute for
protocol-substitute = substitute
protocol-joined = joined
protocol-left = left
protocol-not-recorded = attendance not recorded
protocol-agenda = Agenda
protocol-nothing-recorded = Nothing recorded.
protocol-item = Item
protocol-owner = Owner
protocol-due = Due
protocol-status = Status
protocol-open = open
protocol-done = done
protocol-to-forum = to
protocol-parties = parties
protocol-actions = Actions
protocol-no-actions = No actions.
protocol-action = Action
# Before the date of the meeting an action followed up comes from.
protocol-followed-up-from = Action followed up, from
# The status of an action followed up and marked done at this meeting.
protocol-done-here = done at this meeting
# An open action followed up past its due date.
protocol-overdue = overdue
protocol-escalations = Escalations and disagreements
protocol-no-escalations = No escalations or disagreements.
protocol-kind = Kind
protocol-description = Description
protocol-target-or-parties = To forum / parties
protocol-approval = Approval
# "Justeras": the heading of the approvers' signatures.
protocol-approved-by = Approved
# "Vid protokollet": the heading of the minute keeper's signature.
protocol-at-the-protocol = Minutes kept by
protocol-signature-date = Date
protocol-signature = Signature
protocol-name = Name
protocol-role = Role
# Before the forum's approver rule: "Enligt forumets regel justeras protokollet av".
protocol-rule-prefix = Under the forum's rule the minutes are approved by
protocol-no-approvers = None of those who approve was present.

## How a meeting was held, and the page footer

# How a meeting was held, as the header says it.
protocol-held-in-person = in person
protocol-held-by-phone = by phone
protocol-held-by-video = by video
# The footer of each page of a PDF protocol.
protocol-page-of = Page { $page } of { $total }
