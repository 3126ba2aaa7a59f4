# Cancelling meetings, and the other edges of issue 15.

err-already-cancelled = the forum's meeting on { $date } is already cancelled
err-cancel-held = the forum met on { $date }; a meeting that was held cannot be cancelled
err-cancel-outside-window = { $date } is too far from today: a meeting can be cancelled from { $earliest } to { $latest } (one meeting period before or after today), or on the day a meeting is already planned

# The home screen: a meeting left going on, or text waiting as drafts.
tui-home-running = Meeting going on: { $forum } { $date }{ $drafts ->
    [0] {""}
    [one] {" "}· one draft waiting
   *[other] {" "}· { $drafts } drafts waiting
} · Enter on the forum continues
tui-home-drafts-waiting = { $forum } { $date }: { $drafts ->
    [one] one draft waiting
   *[other] { $drafts } drafts waiting
} · Enter on the forum opens the meeting

# Who sits where (W from home).
tui-seating-title = Who sits where
tui-seating-filter = Filter: person, role, party, forum or date (YYYY-MM-DD)
tui-seating-roles = Roles
tui-seating-people = People
tui-seating-list-title = { $what } { $date } · { $shown } of { $all }
tui-seating-col-role = Role
tui-seating-col-party = Party
tui-seating-col-holders = Held by
tui-seating-col-person = Person
tui-seating-col-organisation = Organisation
tui-seating-col-roles = Roles
tui-seating-none = Nothing sits like that. Backspace to erase.
tui-seating-keys = type to filter   Tab roles/people   ↑↓ select   Esc back   ? help
tui-seating-legend = ● permanent  ○ when needed ·
tui-help-seating-heading = Who sits where
tui-help-seating =
    type	filter by person, role, party or forum (ä = a)
    YYYY-MM-DD	type a date to see who sat then
    Backspace	erase
    Tab	roles or people down
    ↑↓	select a row (PgUp PgDn Home End)
    Esc	back to home
    Ctrl-C	quit

# The people register (R from home).
tui-people-title = People
tui-people-filter = Filter: name, organisation, e-mail or phone
tui-people-list-title = People · { $shown } of { $all }
tui-people-col-name = Name
tui-people-col-organisation = Organisation
tui-people-col-email = E-mail
tui-people-col-phone = Phone
tui-people-none = No one is called that. Backspace to erase.
tui-people-keys = type to filter   ↑↓ select   Enter edit   Esc back   ? help
tui-people-roles-of = Roles over time of { $name }
tui-people-no-roles = no roles
tui-people-edit-title = Edit person
tui-people-edit-keys = Tab next field   Enter save   Esc cancel
tui-people-saved = Saved: { $name }
tui-people-unknown-organisation = no organisation is called “{ $name }”; there are: { $known }
tui-help-people-heading = People
tui-help-people =
    type	filter by name, organisation, e-mail or phone (ä = a)
    Backspace	erase
    ↑↓	select a person; their roles over time show below the list
    Enter	edit name, organisation, e-mail and phone
    Tab ↑↓	in the form: next or previous field
    Esc	cancel the form, or back to home
    Ctrl-C	quit
tui-people-namesake = { $names } already has that name; Enter again saves anyway, Esc cancels
