# fora: the words for the kinds of things fora keeps (parties, levels, meeting and
# attendance statuses, kinds of entry …), in Swedish.
# Each key must also be in assets/i18n/en/domain.ftl; `cargo test` fails otherwise.


## Party

domain-party-staden = Staden
domain-party-leverantoren = Leverantören
domain-party-ovriga = Övriga leverantörer

## Attendance

domain-attendance-permanent = permanent
domain-attendance-when-needed = vid behov

## Level

domain-level-leveransniva = leveransnivå
domain-level-kontraktsniva = kontraktsnivå
domain-level-affarsniva = affärsnivå

## Channel

domain-channel-fysiskt = fysiskt
domain-channel-telefon = telefon
domain-channel-video = video

## MinuteKeeper (short, for narrow tables)

domain-minute-keeper-leverantoren-short = Leverantören
domain-minute-keeper-staden-or-designated-supplier-short = Staden/utsedd lev.

## MinuteKeeper

domain-minute-keeper-leverantoren = Leverantören
domain-minute-keeper-staden-or-designated-supplier = Staden eller av Staden utsedd leverantör

## Approver

domain-approver-staden = Staden
domain-approver-other-participants = övriga deltagare

## ForumRule

domain-forum-rule-suppliers-propose-points = Samtliga leverantörer kan föreslå punkter till agendan
domain-forum-rule-cancel-without-points = Om inga anmälda punkter finns kan mötet utgå
domain-forum-rule-changes-announced = Förändringar i IT-miljön ska alltid anmälas på mötet

## MeetingStatus

domain-meeting-status-planned = planerat
domain-meeting-status-in-progress = pågår
domain-meeting-status-held = genomfört
domain-meeting-status-cancelled = inställt

## AttendanceStatus

domain-attendance-status-unmarked = ej markerad
domain-attendance-status-present = närvarande
domain-attendance-status-remote = på distans
domain-attendance-status-substitute = ersättare
domain-attendance-status-excused = anmält förhinder
domain-attendance-status-absent = frånvarande

## EntryKind

domain-entry-kind-decision = beslut
domain-entry-kind-action = åtgärd
domain-entry-kind-information = information
domain-entry-kind-escalation = eskalering
domain-entry-kind-risk = risk
domain-entry-kind-disagreement = meningsskiljaktighet

## ItemKind

domain-item-kind-standing = stående punkt
domain-item-kind-theme = tema
domain-item-kind-added = tillagd
domain-item-kind-actions = öppna åtgärder
domain-item-kind-escalation = eskalering
domain-item-kind-disagreement = meningsskiljaktighet
domain-item-kind-proposal = föreslagen punkt
domain-item-kind-changes = planerad förändring

## VersionState

domain-version-state-draft = utkast
domain-version-state-for-review = för justering
domain-version-state-approved = justerat
domain-version-state-returned = återremitterat

## The standing items of every agenda

domain-standing-item-opening = Mötets öppnande
domain-standing-item-agenda = Godkännande av dagordningen
domain-standing-item-previous-protocol = Föregående mötesprotokoll
domain-standing-item-other-business = Övriga frågor
domain-standing-item-next-meeting = Nästa möte
domain-standing-item-closing = Mötets avslutande

## The agenda items that follow up earlier meetings

domain-agenda-follow-up-of-open-actions = Uppföljning av öppna åtgärder
domain-agenda-escalation-from = Eskalering från
domain-agenda-disagreement-from = Meningsskiljaktighet från

## How often a forum meets: "minst kvartalsvis samt vid behov"

domain-cadence-weekly = veckovis
domain-cadence-every-other-week = varannan vecka
domain-cadence-monthly = månatligen
domain-cadence-quarterly = kvartalsvis
domain-cadence-half-yearly = halvårsvis
domain-cadence-yearly = årsvis
domain-cadence-every-n-weeks = var { $n }:e vecka
domain-cadence-every-n-months = var { $n }:e månad
domain-cadence-every-n-years = vart { $n }:e år
domain-cadence-at-least = minst { $period }
domain-cadence-and-when-needed = { $cadence } samt vid behov
