# fora: the words of the command line's printed output (tables, lists, reports), in Swedish.
# Each key must also be in assets/i18n/en/output.ftl; `cargo test` fails otherwise.

## fora catalog

out-catalogue-written-to = Katalogen skrevs till { $path }
out-catalogue-imported = Katalogen importerad: { $contract } ({ $forums } forum)

## fora demo

out-sample-archive-created = Exempelarkiv skapat: { $people } { $people ->
        [one] person
       *[other] personer
    }, { $meetings } { $meetings ->
        [one] möte
       *[other] möten
    }, { $entries } { $entries ->
        [one] anteckning
       *[other] anteckningar
    }

## fora export

out-review-file-written-to = Granskningsfilen skrevs till { $path }
out-protocol-written-to = Protokollet skrevs till { $path } ({ $bytes } byte)

## fora actions, decisions, escalations, disagreements, propose, cancel, changes

out-no-actions = Inga åtgärder.
out-forum = forum
out-meeting = möte
out-action = åtgärd
out-owner = ansvarig
out-due = klart senast
out-status = status
out-overdue = FÖRSENAD
out-open = öppen
out-no-decisions = Inga beslut.
out-decision = beslut
out-date = datum
out-text = text
out-decided = avgjord
out-escalated-further = eskalerad vidare
out-no-escalations = Inga eskaleringar.
out-no-disagreements = Inga meningsskiljaktigheter.
out-from = från
out-to = till
out-age = ålder
out-state = status
out-matter = fråga
out-outcome = utfall
# A number of days in a narrow column.
out-days-short = { $days } d
out-point-proposed = Punkt föreslagen: { $id } ({ $forum })
out-no-points-proposed = Inga anmälda punkter
out-planned-change-registered = Planerad förändring registrerad: { $id }
out-no-planned-changes = Inga planerade förändringar.
out-supplier = leverantör
out-change = förändring
out-announced = anmäld
out-yes = ja
out-no = nej
# An action done, and on which day.
out-done-on = klar { $date }
out-meeting-cancelled = Inställt: { $forum } { $date } (id { $id }): { $reason }

## fora forums, forum show, who, where

out-area = område
out-cadence = kadens
out-minute-keeper = protokollförare
out-approver = justerare
out-active = aktivt
out-role = roll
out-party = part
out-attendance = deltagande
out-held-by = innehas av
out-vacant-paren = (vakant)
out-forum-no-participants = Forumet har inga deltagare i katalogen.
out-field-id = Id
out-field-area = Område
out-field-level = Nivå
out-field-status = Status
out-inactive = inaktivt
out-field-purpose = Syfte
out-field-cadence = Kadens
out-field-channels = Kanaler
out-field-minute-keeper = Protokollförare
out-field-approver = Justerare
out-participants = Deltagare
out-none = (inga)
out-themes = Teman
out-no-themes = (inga angivna; syftet är den stående punkten)
out-particular-rules = Särskilda regler
out-no-roles-today = inga roller idag
out-sits-in-no-forum = Sitter inte i något forum.
out-inactive-paren = (inaktivt)

## fora backup, doctor

out-backup-written-and-checked = Säkerhetskopia skriven och kontrollerad:

## fora meetings, show

out-entries = anteckningar
out-no-meetings = Inga möten.
out-present = närvarande
out-items = punkter
out-decisions = beslut
out-actions = åtgärder
out-guest = Gäst
out-vacant = vakant
out-due-short = klart
out-parties = parter
out-field-time = Tid
out-field-channel = Mötesform
out-field-cancelled = Inställt
out-heading-attendance = Närvaro
out-heading-agenda = Dagordning
out-joined-at = kom { $time }
out-left-at = gick { $time }
out-done = klar

## fora people, org

out-added-person = Lade till person { $id }: { $name } ({ $organisation })
out-role-assigned = Roll tilldelad: { $person } = { $role }, från { $from }
out-name = namn
out-organisation = organisation
out-email = e-post
out-phone = telefon
out-roles-today = roller idag
out-no-people = Inga personer.
out-added-supplier = Lade till leverantör { $id }: { $name }
out-renamed = Bytte namn: { $old } → { $new }
out-role-assigned-until = Roll tilldelad: { $person } = { $role }, { $from } – { $to }

## fora protocol, review import, verify

out-protocol-version = Protokollversion { $number } ({ $state }), SHA-256 { $sha }
out-approved = justerad
out-awaits-more-approvers = väntar på fler justerare
out-returned = återremitterad
out-no-protocol-versions-yet = Inga protokollversioner ännu.
out-approved-by = justerad av { $approvers }
out-no-protocols-await-approval = Inga protokoll väntar på justering.
out-col-version = version
out-sent = skickad
out-waited = väntat
out-days = { $days } { $days ->
        [one] dag
       *[other] dagar
    }
out-approved-awaits-more = godkänd av granskaren, väntar på fler justerare
out-review-from = Granskning från { $reviewer } (version { $number }): { $outcome }; { $comments } { $comments ->
        [one] kommentar
       *[other] kommentarer
    }
out-not-approved = EJ justerad ({ $state })
out-matches = Stämmer: { $forum } { $date } (möte { $meeting }), version { $number }; { $state }
out-version-sent = Version { $number } skickad för justering
# $state is out-approved or out-awaits-more-approvers.
out-version-approval = Version { $number }: { $state } (SHA-256 { $sha })
out-version-returned = Version { $number } återremitterad
out-version-line = Version { $number }: { $state }  { $created }  SHA-256 { $sha }

## fora schedule, status

out-scheduled = planerat
out-due-soon = snart
out-overdue-meeting = FÖRSENAT
out-never-held = aldrig hållet
out-not-scheduled = –
out-last-meeting = senaste möte
out-next-due = nästa senast
out-note = anmärkning
out-days-late = { $days } { $days ->
        [one] dag
       *[other] dagar
    } sen
out-col-held-of-due = hållna/krav 12 mån
out-col-cancelled = inställda
out-approved-protocols = justerade protokoll
out-median-to-approval = median till justering
out-open-actions = öppna åtgärder
out-col-overdue = försenade
out-open-escalations = öppna eskaleringar
out-may-be-cancelled = inga anmälda punkter: kan utgå (fora cancel)

## fora search

out-nothing-found = Inga träffar.
out-listing-more = { $shown } av { $total } – visa fler med --limit och --offset
out-item = punkt
out-kind = typ
out-snippet = utdrag
