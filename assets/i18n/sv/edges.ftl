# Cancelling meetings, and the other edges of issue 15.

err-already-cancelled = forumets möte { $date } är redan inställt
err-cancel-held = forumet höll möte { $date }; ett hållet möte kan inte ställas in
err-cancel-outside-window = { $date } ligger för långt från i dag: ett möte kan ställas in från { $earliest } till { $latest } (en mötesperiod före eller efter i dag), eller den dag ett möte redan är planerat

# The home screen: a meeting left going on, or text waiting as drafts.
tui-home-running = Pågående möte: { $forum } { $date }{ $drafts ->
    [0] {""}
    [one] {" "}· ett utkast väntar
   *[other] {" "}· { $drafts } utkast väntar
} · Enter på forumet fortsätter
tui-home-drafts-waiting = { $forum } { $date }: { $drafts ->
    [one] ett utkast väntar
   *[other] { $drafts } utkast väntar
} · Enter på forumet öppnar mötet

# Who sits where (W from home).
tui-seating-title = Vem sitter var
tui-seating-filter = Filter: person, roll, part, forum eller datum (ÅÅÅÅ-MM-DD)
tui-seating-roles = Roller
tui-seating-people = Personer
tui-seating-list-title = { $what } { $date } · { $shown } av { $all }
tui-seating-col-role = Roll
tui-seating-col-party = Part
tui-seating-col-holders = Innehas av
tui-seating-col-person = Person
tui-seating-col-organisation = Organisation
tui-seating-col-roles = Roller
tui-seating-none = Inget sitter så. Sudda med Backspace.
tui-seating-keys = skriv filtrerar   Tab roller/personer   ↑↓ välj   Esc tillbaka   ? hjälp
tui-seating-legend = ● ständig  ○ vid behov ·
tui-help-seating-heading = Vem sitter var
tui-help-seating =
    skriv	filtrera på person, roll, part eller forum (ä = a)
    ÅÅÅÅ-MM-DD	skriv ett datum för vem som satt då
    Backspace	sudda
    Tab	roller eller personer nedåt
    ↑↓	välj en rad (PgUp PgDn Home End)
    Esc	tillbaka till startsidan
    Ctrl-C	avsluta
