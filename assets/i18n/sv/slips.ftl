# Fixing slips in a meeting: undo, moving an entry, showing it, starting and
# discarding deliberately, action fields, join times, and taking over.

## undo

slips-nothing-to-undo = Inget mer att ångra i det här mötet.
slips-undone = Ångrat: { $what }
slips-undid-entry-added = { $entry } lades till
slips-undid-entry-edited = ändringen av { $entry }
slips-undid-entry-deleted = borttagningen av { $entry }
slips-undid-entry-moved = flytten av { $entry }; den står åter under { $item }
slips-undid-attendance = närvaromarkeringen för { $who }
slips-undid-presence = { $joined ->
    [yes] när { $who } kom
   *[no] när { $who } gick
}
slips-undid-action-done = klar- eller öppenmarkeringen av { $entry }
slips-undid-guest = gästen { $who }
slips-undid-item-added = punkten { $item } lades till
slips-undid-item-renamed = det nya namnet på { $item }
slips-undid-item-moved = flytten av punkten { $item }
slips-undid-item-done = klarmarkeringen av { $item }
slips-undid-item-removed = borttagningen av punkten { $item }

## an entry: shown, edited, moved

slips-view-keys = E ändra · Esc stäng
slips-edit-select-entry = Välj en anteckning i dagordningen för att ändra den.
slips-move-select-entry = Välj en anteckning i dagordningen för att flytta den.
slips-move-title = Flytta till punkt
slips-move-keys = ↑↓ välj · Enter flytta · Esc avbryt
slips-moved-to = anteckningen står nu under { $item }

## starting, discarding and cancelling

slips-confirm-start = Starta ett möte i { $forum } i dag, { $date }?
slips-leave-discard = kassera mötet (inget är antecknat)
slips-leave-cancel = ställ in mötet, med en anledning
slips-confirm-discard = Kassera mötet i { $forum } { $date }? Inget har antecknats; det försvinner helt.
slips-cancel-title = Ställ in mötet i { $forum } { $date }
slips-field-reason = Anledning
slips-err-no-reason = Skriv varför mötet ställs in.
slips-cancelled = mötet är inställt
err-meeting-not-empty = något har antecknats i möte { $meeting }, så det kan inte kasseras; ställ in det i stället

## action fields

slips-no-owner = ingen ansvarig
slips-warn-no-owner = Åtgärden har ingen ansvarig (välj «ingen ansvarig» om det är avsiktligt).
slips-warn-no-due = Åtgärden har inget slutdatum.
slips-warn-due-past = Slutdatumet har redan passerat.
slips-warn-save-anyway = Enter igen sparar ändå.

## joining and leaving

slips-field-time = Tid (tt:mm)
slips-err-time = «{ $time }» är ingen tid; skriv t.ex. 14:05.
slips-warn-party-left = { $party } har ingen kvar på mötet: { $who } gick { $time }

## a second fora

slips-confirm-take-over = Ta över protokollföringen från { $who }? Gör det bara om deras fora har slutat svara, t.ex. om datorn har dött: det som sparas där efter detta blir skrivskyddat.
