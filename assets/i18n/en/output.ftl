# fora: the words of the command line's printed output (tables, lists, reports), in English.
# Each key must also be in assets/i18n/sv/output.ftl; `cargo test` fails otherwise.

## fora catalog

out-catalogue-written-to = Catalogue written to { $path }
out-catalogue-imported = Catalogue imported: { $contract } ({ $forums ->
        [one] { $forums } forum
       *[other] { $forums } forums
    })

## fora demo

out-sample-archive-created = Sample archive created: { $people } { $people ->
        [one] person
       *[other] people
    }, { $meetings } { $meetings ->
        [one] meeting
       *[other] meetings
    }, { $entries } { $entries ->
        [one] entry
       *[other] entries
    }

## fora export

out-review-file-written-to = The review file was written to { $path }
out-protocol-written-to = The protocol was written to { $path } ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    })

## fora actions, decisions, escalations, disagreements, propose, cancel, changes

out-no-actions = No actions.
out-forum = forum
out-meeting = meeting
out-action = action
out-owner = owner
out-due = due
out-status = status
out-overdue = OVERDUE
out-open = open
out-no-decisions = No decisions.
out-decision = decision
out-date = date
out-text = text
out-decided = decided
out-escalated-further = escalated further
out-no-escalations = No escalations.
out-no-disagreements = No disagreements.
out-from = from
out-to = to
out-age = age
out-state = state
out-matter = matter
out-outcome = outcome
# A number of days in a narrow column.
out-days-short = { $days } d
out-point-proposed = Point proposed: { $id } ({ $forum })
out-no-points-proposed = No points proposed
out-planned-change-registered = Planned change registered: { $id }
out-no-planned-changes = No planned changes.
out-supplier = supplier
out-change = change
out-announced = announced
out-yes = yes
out-no = no
# An action done, and on which day.
out-done-on = done { $date }
out-meeting-cancelled = Cancelled: { $forum } { $date } (id { $id }): { $reason }

## fora forums, forum show, who, where

out-area = area
out-cadence = cadence
out-minute-keeper = minute keeper
out-approver = approver
out-active = active
out-role = role
out-party = party
out-attendance = attendance
out-held-by = held by
out-vacant-paren = (vacant)
out-forum-no-participants = The forum has no participants in the catalogue.
out-field-id = Id
out-field-area = Area
out-field-level = Level
out-field-status = Status
out-inactive = inactive
out-field-purpose = Purpose
out-field-cadence = Cadence
out-field-channels = Channels
out-field-minute-keeper = Minute keeper
out-field-approver = Approver
out-participants = Participants
out-none = (none)
out-themes = Themes
out-no-themes = (none listed; the purpose is the standing item)
out-particular-rules = Particular rules
out-no-roles-today = no roles today
out-sits-in-no-forum = Sits in no forum.
out-inactive-paren = (inactive)

## fora backup, doctor

out-backup-written-and-checked = Backup written and checked:

## fora meetings, show

out-entries = entries
out-no-meetings = No meetings.
out-present = present
out-items = items
out-decisions = decisions
out-actions = actions
out-guest = Guest
out-vacant = vacant
out-due-short = due
out-parties = parties
out-field-time = Time
out-field-channel = Channel
out-field-cancelled = Cancelled
out-heading-attendance = Attendance
out-heading-agenda = Agenda
out-joined-at = joined { $time }
out-left-at = left { $time }
out-done = done

## fora people, org

out-added-person = Added person { $id }: { $name } ({ $organisation })
out-role-assigned = Role assigned: { $person } = { $role }, from { $from }
out-name = name
out-organisation = organisation
out-email = e-mail
out-phone = phone
out-roles-today = roles today
out-no-people = No people.
out-added-supplier = Added supplier { $id }: { $name }
out-renamed = Renamed: { $old } → { $new }
out-role-assigned-until = Role assigned: { $person } = { $role }, { $from } – { $to }

## fora protocol, review import, verify

out-protocol-version = Protocol version { $number } ({ $state }), SHA-256 { $sha }
out-approved = approved
out-awaits-more-approvers = awaits more approvers
out-returned = returned
out-no-protocol-versions-yet = No protocol versions yet.
out-approved-by = approved by { $approvers }
out-no-protocols-await-approval = No protocols await approval.
out-col-version = version
out-sent = sent
out-waited = waited
out-days = { $days } { $days ->
        [one] day
       *[other] days
    }
out-approved-awaits-more = approved by the reviewer, awaits more approvers
out-review-from = Review from { $reviewer } (version { $number }): { $outcome }; { $comments } { $comments ->
        [one] comment
       *[other] comments
    }
out-not-approved = NOT approved ({ $state })
out-matches = Matches: { $forum } { $date } (meeting { $meeting }), version { $number }; { $state }
out-version-sent = Version { $number } sent for approval
# $state is out-approved or out-awaits-more-approvers.
out-version-approval = Version { $number }: { $state } (SHA-256 { $sha })
out-version-returned = Version { $number } returned
out-version-line = Version { $number }: { $state }  { $created }  SHA-256 { $sha }

## fora schedule, status

out-scheduled = scheduled
out-due-soon = due soon
out-overdue-meeting = OVERDUE
out-never-held = never held
out-not-scheduled = –
out-last-meeting = last meeting
out-next-due = next due
out-note = note
out-days-late = { $days } { $days ->
        [one] day
       *[other] days
    } late
out-col-held-of-due = held/due 12 mo
out-col-cancelled = cancelled
out-approved-protocols = approved protocols
out-median-to-approval = median to approval
out-open-actions = open actions
out-col-overdue = overdue
out-open-escalations = open escalations
out-may-be-cancelled = no points proposed: may be cancelled (fora cancel)

## fora search

out-nothing-found = Nothing found.
out-listing-more = { $shown } of { $total } – show more with --limit and --offset
out-item = item
out-kind = kind
out-snippet = snippet
