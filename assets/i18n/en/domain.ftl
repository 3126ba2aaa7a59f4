# fora: the words for the kinds of things fora keeps (parties, levels, meeting and
# attendance statuses, kinds of entry …), in English.
# Each key must also be in assets/i18n/sv/domain.ftl; `cargo test` fails otherwise.


## Party

domain-party-staden = The City
domain-party-leverantoren = The Supplier
domain-party-ovriga = Other suppliers

## Attendance

domain-attendance-permanent = permanent
domain-attendance-when-needed = when needed

## Level

domain-level-leveransniva = delivery level
domain-level-kontraktsniva = contract level
domain-level-affarsniva = business level

## Channel

domain-channel-fysiskt = in person
domain-channel-telefon = phone
domain-channel-video = video

## MinuteKeeper (short, for narrow tables)

domain-minute-keeper-leverantoren-short = The Supplier
domain-minute-keeper-staden-or-designated-supplier-short = City/designee

## MinuteKeeper

domain-minute-keeper-leverantoren = The Supplier
domain-minute-keeper-staden-or-designated-supplier = The City or a supplier it designates

## Approver

domain-approver-staden = The City
domain-approver-other-participants = the other participants

## ForumRule

domain-forum-rule-suppliers-propose-points = Every supplier may propose points for the agenda
domain-forum-rule-cancel-without-points = With no points proposed, the meeting may be cancelled
domain-forum-rule-changes-announced = Every change in the IT environment must be announced at this meeting

## MeetingStatus

domain-meeting-status-planned = planned
domain-meeting-status-in-progress = in progress
domain-meeting-status-held = held
domain-meeting-status-cancelled = cancelled

## AttendanceStatus

domain-attendance-status-unmarked = not marked
domain-attendance-status-present = present
domain-attendance-status-remote = remote
domain-attendance-status-substitute = substitute
domain-attendance-status-excused = excused
domain-attendance-status-absent = absent

## EntryKind

domain-entry-kind-decision = decision
domain-entry-kind-action = action
domain-entry-kind-information = information
domain-entry-kind-escalation = escalation
domain-entry-kind-risk = risk
domain-entry-kind-disagreement = disagreement

## ItemKind

domain-item-kind-standing = standing item
domain-item-kind-theme = theme
domain-item-kind-added = added
domain-item-kind-actions = open actions
domain-item-kind-escalation = escalation
domain-item-kind-disagreement = disagreement
domain-item-kind-proposal = proposed point
domain-item-kind-changes = planned change

## VersionState

domain-version-state-draft = draft
domain-version-state-for-review = for review
domain-version-state-approved = approved
domain-version-state-returned = returned

## The standing items of every agenda

domain-standing-item-opening = Opening of the meeting
domain-standing-item-agenda = Approval of the agenda
domain-standing-item-previous-protocol = The previous protocol
domain-standing-item-other-business = Any other business
domain-standing-item-next-meeting = Next meeting
domain-standing-item-closing = Closing of the meeting

## The agenda items that follow up earlier meetings

domain-agenda-follow-up-of-open-actions = Follow-up of open actions
domain-agenda-escalation-from = Escalation from
domain-agenda-disagreement-from = Disagreement from

## How often a forum meets: "minst kvartalsvis samt vid behov"

domain-cadence-weekly = weekly
domain-cadence-every-other-week = every other week
domain-cadence-monthly = monthly
domain-cadence-quarterly = quarterly
domain-cadence-half-yearly = half-yearly
domain-cadence-yearly = yearly
domain-cadence-every-n-weeks = every { $n } weeks
domain-cadence-every-n-months = every { $n } months
domain-cadence-every-n-years = every { $n } years
domain-cadence-at-least = at least { $period }
domain-cadence-and-when-needed = { $cadence }, and when needed
