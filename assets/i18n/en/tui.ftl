# fora: the fixed words of the terminal screens, in English.
# Each key must also be in assets/i18n/sv/tui.ftl; `cargo test` fails otherwise.
# A key tui-some-name is the field some_name of src/tui/strings.rs.

## home

tui-app-name = fora
tui-forums-title = Forums
tui-details-title = Details
tui-no-forums = The catalogue has no forums.
tui-no-match-forums = No forum matches the filter.
tui-inactive = (inactive)
tui-area = Area
tui-level = Level
tui-purpose = Purpose
tui-cadence = Cadence
tui-channels = Channels
tui-keeper = Minute keeper
tui-approver = Approved by
tui-no-seats = No participants listed.
tui-when-needed = When needed
tui-vacant = vacant
tui-themes = Standard themes
tui-rules = Particular rules
tui-key-move = ↑↓/j k move
tui-key-scroll = PgUp/PgDn scroll
tui-key-quit = q quit
tui-key-filter = / filter
tui-key-open = Enter meetings
tui-key-help = ? help
tui-filter-keys = Enter done · Esc clear
tui-key-screens = A actions   D decisions   S search   E escalations   P approval   R reports   N names   W seats
tui-quit-hint = q quits
tui-too-small-meeting = Enlarge the window; nothing of the meeting is lost.

## home: follow-up of the selected forum

tui-last-meeting = Last meeting
tui-next-due = Next due
tui-approval = Approval
tui-actions = Actions
tui-none-yet = none yet
tui-due-now-never-held = now (never held)
tui-not-scheduled = not scheduled
tui-due-today = today
tui-days = { $days } { $days ->
        [one] day
       *[other] days
    }
tui-protocols-waiting = { $count } { $count ->
        [one] protocol waiting
       *[other] protocols waiting
    }
tui-none-waiting = none waiting
tui-none-open = none open

## list screens

tui-back-hint = q back
tui-esc-back-hint = Esc back
tui-col-due = Due
tui-col-forum = Forum
tui-col-owner = Owner
tui-col-action = Action
tui-col-reference = Reference
tui-col-date = Date
tui-col-decision = Decision
tui-col-from = From
tui-col-to = To
tui-col-parties = Parties
tui-col-age = Age
tui-col-text = Text
tui-col-version = Version
tui-col-sent = Sent
tui-actions-title = Action register
tui-all-actions = all
tui-open-actions = open
tui-no-actions = No actions are recorded.
tui-no-open-actions = No open actions: o shows all.
tui-action-done = the action is done
tui-action-reopened = the action is open again
tui-bar-actions = ↑↓ move · Enter open the meeting · c done/open · o open/all · ? help · q back
tui-decisions-title = Decision register
tui-no-decisions = No decisions have been made yet.
tui-bar-list = ↑↓ move · Enter open the meeting · ? help · q back
tui-search-title = Search every meeting
tui-search-prompt = Search
tui-search-hint = Type words to search for (ä = a; the start of a word is enough).
# After a number: "3 träffar".
tui-hits = { $count } { $count ->
        [one] match
       *[other] matches
    }
tui-no-hits = No matches.
tui-search-failed = The search failed:
tui-agenda-item = agenda item
tui-bar-search = type to search · ↑↓ pick · Enter open the meeting · ? help · Esc back
tui-followups-title = Escalations and disagreements
tui-tab-escalations = Open escalations
tui-tab-disagreements = Open disagreements
tui-no-escalations = No open escalations.
tui-no-disagreements = No open disagreements.
tui-bar-followups = Tab switch list · ↑↓ move · Enter open the meeting · ? help · q back
tui-approvals-title = Protocols awaiting approval
tui-no-awaiting = No protocols await approval.
tui-not-loaded = The list could not be read:

## export popup

tui-export-title = Export the protocol
tui-export-into = Written in
tui-current-dir = the current directory
tui-export-keys = ↑↓ pick · Enter write · Esc cancel
tui-export-written = The protocol was written to
tui-export-failed = The protocol could not be written:

## meeting picker

tui-meetings-title = meetings
tui-start-meeting-now = Start a new meeting now
tui-picker-keys = Enter open · n new meeting · Esc close
tui-not-started = The meeting could not be started:
tui-not-opened = The meeting could not be opened:
tui-picker-points-keys = f propose a point
tui-points-proposed = Points proposed
tui-no-points-proposed = No points proposed for the next meeting.
tui-propose-title = Propose a point for the next meeting
tui-propose-by = Proposed by
tui-propose-keys = Tab other supplier · Enter propose · Esc cancel
tui-point-proposed = Point proposed:
tui-not-proposed = The point could not be saved:
tui-cancel-confirm = Cancel today's meeting (no points proposed)? x again cancels, any other key keeps it.
tui-cancel-reason = No points proposed
tui-meeting-cancelled = The meeting is cancelled:
tui-not-cancelled = The meeting could not be cancelled:

## meeting screen

tui-attendance-title = Attendance
tui-agenda-title = Agenda
tui-permanent-heading = Permanent participants
tui-guests-heading = Guests
tui-warn-roles = Permanent role with nobody present
tui-warn-parties = Party with nobody present
tui-no-items = The agenda is empty: n adds an item.
tui-done-mark = done
tui-edited-at = edited { $time }
tui-meeting-time = Meeting time
tui-started = Started
tui-not-set = not set
tui-on-item = On item
tui-no-current-item = No current item
tui-item = item
tui-not-marked = not marked
tui-joined = joined
tui-left = left
tui-bar-attendance = 1-5 status · g guest · > < joined/left
tui-bar-agenda = Enter current/show · E edit · M move · n new item · Del remove
tui-bar-entries = d a i e r m entry
tui-bar-common = Tab switch pane · u undo · ? help · q leave
tui-not-read-again = The meeting could not be read again:
tui-read-only-keys = T take over · Tab switch pane · p export · q leave
tui-read-only-refused = Read-only: the meeting is being recorded in another fora. Nothing was changed.
tui-lock-taken-over = Another fora is recording the meeting now; it is shown read-only. What you typed is kept as a draft.
# Who records the meeting when the database could not say.
tui-holder-unknown = an unknown fora
tui-lock-not-claimed = The meeting could not be locked again (read-only, what you typed is kept as a draft):

## saved or not

tui-saved = Saved:
tui-not-saved = Not saved:
tui-saved-unseen = Saved, but the screen could not be read back:
tui-order-saved = the order of the agenda
tui-item-saved = the item
tui-item-removed = the item is removed
tui-entry-deleted = the entry is deleted
tui-action-saved = the action's status
tui-guest-saved = guest
tui-details-saved = the meeting details
tui-current-item-now = current item
tui-no-changes = no changes
tui-no-item-for-entry = There is no item to record on: n adds one.
tui-entry-gone = The entry no longer exists.
tui-overdue-mark = overdue
tui-followup-is-earlier = The action is from an earlier meeting: c marks it done in this meeting.

## editor

tui-new-entry = New entry
tui-edit-entry = Edit
tui-new-item = New agenda item
tui-rename-item = Rename
tui-add-guest = New guest
tui-substitute-for = Substitute for { $who }
tui-meeting-details-title = Meeting details
tui-field-text = Text
tui-field-owner = Owner
tui-field-due = Due
tui-field-target = To forum
tui-field-parties = Parties
tui-field-title = Title
tui-field-name = Name
tui-field-organisation = Organisation
tui-field-channel = Channel
tui-field-place = Place or link
tui-field-keeper = Minute keeper
tui-due-help-short = 2026-12-15, +3d, +2w, +1m
tui-due-help = Write a date such as 2026-12-15 or a time ahead such as +3d, +2w or +1m.
tui-err-due = Not a valid date:
tui-err-no-text = Write some text first.
tui-err-no-title = The item needs a title.
tui-err-no-name = Write a name.
tui-err-target = Pick the forum the escalation goes to (↑↓ in the list).
tui-err-channel = Pick in person, phone or video (↑↓ in the list).
tui-no-match = (no match)
tui-no-match-free = (no match: the text is kept as typed)
tui-ed-save = Enter save
tui-ed-newline = Alt-Enter new line
tui-ed-pick = ↑↓ pick
tui-ed-next = Tab next field
tui-ed-cancel = Esc cancel
tui-draft-saved = draft saved
tui-confirm-discard = Discard the text? y or Enter = yes, n or Esc = no

## small popups

tui-confirm-title = Confirm
tui-confirm-remove-item = { $entries ->
        [0] Remove the item «{ $title }»?
        [one] Remove the item «{ $title }» and its { $entries } entry?
       *[other] Remove the item «{ $title }» and its { $entries } entries?
    }
tui-confirm-delete-entry = Delete «{ $entry }»?
tui-yes-no = y or Enter = yes, n or Esc = no
tui-leave-title = Leave the meeting
tui-end-key = e
tui-keep-running = Leave it running
tui-stay = Stay
tui-draft-title = Unsaved text from last time
tui-saved-at = Saved
tui-unknown-draft = Draft
tui-draft-keys = r restore · d discard · Esc later
tui-draft-discarded = The draft is discarded.

## help

tui-help-title = Keys
tui-help-close = Any key closes.
tui-help-close-scroll = ↑↓ PgUp PgDn scroll · any other key closes.
tui-help-home-heading = Home
tui-help-home =
    ↑↓ j k	move between forums
    PgUp PgDn	scroll the details
    /	filter forums (ä = a)
    Enter	start a meeting or open an earlier one (a meeting going on opens at once)
    A	the action register
    D	the decision register
    S	search every meeting
    E	escalations and disagreements
    P	protocols awaiting approval
    R	the supplier's reports by month
    N	the people register: find, edit, roles over time
    W	who sits where: roles and people in each forum
    q Esc	quit (clears the filter first)
    Ctrl-C	quit
tui-help-meeting-heading = The meeting
tui-help-meeting =
    Tab	switch between attendance and agenda
    ↑↓ j k	move (PgUp PgDn Home End)
    d	decision
    a	action
    i	information
    e	escalation
    r	risk
    m	disagreement
    s	meeting details: channel, place, minute keeper
    S	chair, registry number, choice of approvers
    p	export the protocol (md, html, pdf, json)
    u Ctrl-Z	undo the last change (again for the one before)
    q Esc	leave the meeting: end it, leave it running, discard or cancel it (x)
    T	read-only meeting: take over recording (after a question)
    Ctrl-C	quit fora; the meeting keeps running
tui-help-attendance-heading = Attendance
tui-help-attendance =
    1	present
    2	remote
    3	substitute (pick or type who)
    4	excused
    5	absent
    0	not marked
    g	new guest
    > <	joined / left (the time is now; type another, e.g. 14:05)
tui-help-agenda-heading = Agenda
tui-help-agenda =
    Enter	item: make it current · entry: show
    E	edit the entry
    M	move the entry to another item
    n	new item after the selected one
    R	rename the item
    K J	move the item up / down
    x	mark the item done
    Del	remove the item or delete the entry
    c	mark the action done
    v	service-level report: Staden approves or disputes
tui-help-actions-heading = The action register
tui-help-actions =
    ↑↓ j k	move (PgUp PgDn Home End)
    Enter	open the meeting that decided the action
    c	mark it done, or open again
    o	show only open ones, or all
    ⚠	overdue: its due date has passed
    ✓	done
    q Esc	back to the home screen
    Ctrl-C	quit
tui-help-decisions-heading = The decision register
tui-help-decisions =
    ↑↓ j k	move (PgUp PgDn Home End)
    Enter	open the meeting that made the decision
    q Esc	back to the home screen
    Ctrl-C	quit
tui-help-search-heading = Search
tui-help-search =
    type	search: every word must occur (ä = a)
    Backspace	erase
    ↑↓	pick a match (PgUp PgDn Home End)
    Enter	open the meeting of the match
    Esc	back to the home screen
    Ctrl-C	quit
tui-help-followups-heading = Escalations and disagreements
tui-help-followups =
    Tab ← →	switch between escalations and disagreements
    ↑↓ j k	move (PgUp PgDn Home End)
    Enter	open the meeting that raised it
    q Esc	back to the home screen
    Ctrl-C	quit
tui-help-approvals-heading = Protocols awaiting approval
tui-help-approvals =
    ↑↓ j k	move (PgUp PgDn Home End)
    Enter	open the meeting
    s	send the protocol for approval (a draft, or a returned version again)
    r	record an approval given in the room or by mail (shown as recorded, not signed)
    n	sign an approval with the approver's key file
    q Esc	back to the home screen
    Ctrl-C	quit
tui-help-editor-heading = In the editor
tui-help-editor =
    Enter	save
    Alt-Enter	new line (also Ctrl-J)
    Tab	next field
    ↑↓	pick from the list
    Esc	cancel (asks before text is discarded)

## Sentences with values in them: counts, dates, names

# After the due date of the next meeting.
tui-overdue-by-days = overdue by { $days } { $days ->
        [one] day
       *[other] days
    }
tui-due-in-days = in { $days } { $days ->
        [one] day
       *[other] days
    }
# A meeting in the list of a forum's meetings.
tui-picker-counts = { $present } present · { $decisions } decisions · { $actions } actions
tui-end-meeting-now = End the meeting now (ends at { $time })
tui-export-size = { $bytes } bytes
# The open actions of a forum on the home screen.
tui-actions-open = { $open } open
tui-actions-open-overdue = { $open } open, { $late } overdue
tui-window-too-small = The window is too small (min. { $width }×{ $height })
tui-participants-on = Participants as of { $date }
tui-cancel-offer = The meeting is due since { $due } · x cancels it
tui-read-only-banner = READ-ONLY – already being recorded by { $holder } since { $since }
tui-from-the-meeting-of = from the meeting of { $date }
