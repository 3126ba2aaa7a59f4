# fora: the words of the command line's printed output (tables, lists, reports), in Swedish.
# Each key must also be in assets/i18n/en/output.ftl; `cargo test` fails otherwise.


## cli/catalog.rs

out-catalogue-written-to = Katalogen skrevs till
out-catalogue-imported = Katalogen importerad:
out-forums = forum

## cli/demo.rs

out-sample-archive-created = Exempelarkiv skapat
out-people = personer
out-meetings = möten
out-entries = anteckningar

## cli/export.rs

out-the-protocol-was-written-to = Protokollet skrevs till
out-bytes = byte

## cli/followup.rs

out-no-actions = Inga åtgärder.
out-forum = forum
out-meeting = möte
out-action = åtgärd
out-owner = ansvarig
out-due = klart senast
out-status = status
out-done = klar
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
out-days-short = d
out-point-proposed = Punkt föreslagen:
out-no-points-proposed = Inga anmälda punkter
out-cancelled-notice = Inställt:
out-planned-change-registered = Planerad förändring registrerad:
out-no-planned-changes = Inga planerade förändringar.
out-supplier = leverantör
out-change = förändring
out-announced = anmäld
out-yes = ja
out-no = nej

## cli/forums.rs

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
out-the-forum-has-no-participants = Forumet har inga deltagare i katalogen.
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
out-none-listed-the-purpose-is = (inga angivna; syftet är den stående punkten)
out-particular-rules = Särskilda regler
out-no-roles-today = inga roller idag
out-sits-in-no-forum = Sitter inte i något forum.
out-inactive-paren = (inaktivt)

## cli/maintenance.rs

out-backup-written-and-checked = Säkerhetskopia skriven och kontrollerad:

## cli/meetings.rs

out-no-meetings = Inga möten.
out-present = närvarande
out-items = punkter
out-decisions = beslut
out-actions = åtgärder
out-guest = Gäst
out-vacant = vakant
out-joined = kom
out-left = gick
out-due-short = klart
out-parties = parter
out-field-time = Tid
out-field-channel = Mötesform
out-field-cancelled = Inställt
out-heading-attendance = Närvaro
out-heading-agenda = Dagordning

## cli/people.rs

out-added-person = Lade till person
out-role-assigned = Roll tilldelad
out-person = person
out-imported = Importerade
out-name = namn
out-organisation = organisation
out-e-mail = e-post
out-phone = telefon
out-roles-today = roller idag
out-no-people = Inga personer.
out-added-supplier = Lade till leverantör
out-renamed = Bytte namn

## cli/protocol.rs

out-protocol-version = Protokollversion
out-version = Version
out-sent-for-approval = skickad för justering
out-approved = justerad
out-awaits-more-approvers = väntar på fler justerare
out-returned = återremitterad
out-no-protocol-versions-yet = Inga protokollversioner ännu.
out-approved-by = justerad av
out-no-protocols-await-approval = Inga protokoll väntar på justering.
out-version-lower = version
out-sent = skickad
out-waited = väntat
out-days = dagar
out-approved-by-the-reviewer-awaits = godkänd av granskaren, väntar på fler justerare
out-review-from = Granskning från
out-comment-s = kommentar(er)
out-not-approved = EJ justerad
out-matches = Stämmer

## cli/schedule.rs

out-scheduled = planerat
out-due-soon = snart
out-overdue-meeting = FÖRSENAT
out-never-held = aldrig hållet
out-not-scheduled = –
out-last-meeting = senaste möte
out-next-due = nästa senast
out-note = anmärkning
out-days-late = dagar sen
out-held-due-12-mo = hållna/krav 12 mån
out-col-cancelled = inställda
out-approved-protocols = justerade protokoll
out-median-to-approval = median till justering
out-open-actions = öppna åtgärder
out-col-overdue = försenade
out-open-escalations = öppna eskaleringar

## cli/search.rs

out-nothing-found = Inga träffar.
out-item = punkt
out-kind = typ
out-snippet = utdrag
