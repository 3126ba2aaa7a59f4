# fora: the words of the approval (justering) rules and of what an export says it is, in English.
# Each key must also be in assets/i18n/sv/justering.ftl; `cargo test` fails otherwise.

## fora protocol

help-protocol-comment = Give comments only on the version awaiting approval; neither approves nor returns it
err-cli-not-a-participant = { $name } did not take part in the meeting; only its participants can comment on the protocol
err-cli-send-before-end = the protocol can be sent for approval only once the meeting has ended (the meeting is { $status })
out-version-commented = Comments noted on version { $number }; it still awaits approval

## what an export is

stamp-draft = DRAFT
stamp-draft-version = DRAFT – version { $number }
stamp-justering = Approval
stamp-name = Name
stamp-date = Date
stamp-method = Method
stamp-signed = signed, key { $fingerprint }
stamp-recorded-by = recorded by { $name }
stamp-version-sha = Version { $number } · SHA-256 { $sha }

## fora export

help-export--version = Write version N of the protocol (fora protocol versions lists them)
help-export--current = Write the meeting as it stands now, not its approved version
err-no-such-version = the protocol has no version { $number }; fora protocol versions lists them

## changed after approval

out-changed-after-approval = { $forum } { $date } (meeting { $meeting }): changed after approval, version { $number } is not approved
changed-after-approval = changed after approval

## fora doctor

out-doctor-keeper-of = { $forum } { $date }: the minute keeper { $keeper } is of { $party }, but the minutes are kept by { $rule }
out-doctor-keepers-ok = every meeting's minute keeper is of the party the forum's rule names
out-doctor-none-changed = no protocol changed after approval

## the meeting screen

tui-keeper-wrong-party = of { $party }; the minutes are kept by { $rule }
tui-amend-question = The protocol has been approved – change it anyway? A new version is made.
tui-amend-keys = y or Enter = yes · n or Esc = no
tui-amend-question-sent = The protocol has been sent for approval – change it anyway? A new version is made.
