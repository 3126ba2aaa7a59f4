# fora: the words of the approval (justering) rules and of what an export says it is, in Swedish.
# Each key must also be in assets/i18n/en/justering.ftl; `cargo test` fails otherwise.

## fora protocol

help-protocol-comment = Lämna bara kommentarer på versionen som väntar på justering; varken justerar eller återremitterar
err-cli-not-a-participant = { $name } deltog inte i mötet; bara mötets deltagare kan kommentera protokollet
err-cli-send-before-end = protokollet kan skickas för justering först när mötet är avslutat (mötet är { $status })
out-version-commented = Kommentarer noterade på version { $number }; den väntar fortfarande på justering

## what an export is

stamp-draft = UTKAST
stamp-draft-version = UTKAST – version { $number }
stamp-justering = Justering
stamp-name = Namn
stamp-date = Datum
stamp-method = Sätt
stamp-signed = signerad, nyckel { $fingerprint }
stamp-recorded-by = registrerad av { $name }
stamp-version-sha = Version { $number } · SHA-256 { $sha }

## fora export

help-export--version = Skriv version N av protokollet (fora protocol versions visar dem)
help-export--current = Skriv mötet som det står nu, inte den justerade versionen
err-no-such-version = protokollet har ingen version { $number }; fora protocol versions visar dem

## changed after approval

out-changed-after-approval = { $forum } { $date } (möte { $meeting }): ändrat efter justering, version { $number } är inte justerad
changed-after-approval = ändrat efter justering

## fora doctor

out-doctor-keeper-of = { $forum } { $date }: sekreteraren { $keeper } är från { $party }, men protokollet förs av { $rule }
out-doctor-keepers-ok = varje mötes sekreterare är från den part forumets regel anger
out-doctor-none-changed = inget protokoll är ändrat efter justering

## the meeting screen

tui-keeper-wrong-party = från { $party }; protokollet förs av { $rule }
tui-amend-question = Protokollet är justerat – ändra ändå? En ny version skapas.
tui-amend-keys = y eller Enter = ja · n eller Esc = nej
tui-amend-question-sent = Protokollet är skickat för justering – ändra ändå? En ny version skapas.
