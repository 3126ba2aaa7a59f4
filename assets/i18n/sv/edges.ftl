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

# The people register (R from home).
tui-people-title = Personer
tui-people-filter = Filter: namn, organisation, e-post eller telefon
tui-people-list-title = Personer · { $shown } av { $all }
tui-people-col-name = Namn
tui-people-col-organisation = Organisation
tui-people-col-email = E-post
tui-people-col-phone = Telefon
tui-people-none = Ingen heter så. Sudda med Backspace.
tui-people-keys = skriv filtrerar   ↑↓ välj   Enter ändra   Esc tillbaka   ? hjälp
tui-people-roles-of = Roller över tid för { $name }
tui-people-no-roles = inga roller
tui-people-edit-title = Ändra person
tui-people-edit-keys = Tab nästa fält   Enter spara   Esc avbryt
tui-people-saved = Sparat: { $name }
tui-people-unknown-organisation = ingen organisation heter ”{ $name }”; finns: { $known }
tui-help-people-heading = Personer
tui-help-people =
    skriv	filtrera på namn, organisation, e-post eller telefon (ä = a)
    Backspace	sudda
    ↑↓	välj en person; rollerna över tid syns under listan
    Enter	ändra namn, organisation, e-post och telefon
    Tab ↑↓	i formuläret: nästa eller föregående fält
    Esc	avbryt formuläret, eller tillbaka till startsidan
    Ctrl-C	avsluta
tui-people-namesake = så heter redan { $names }; Enter igen sparar ändå, Esc avbryter
