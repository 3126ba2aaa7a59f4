# fora: personal keys and signatures of the justering (fora key, fora people
# key, signing approvals and review responses, checking them), in English.
# Each key must also be in assets/i18n/sv/keys.ftl; `cargo test` fails otherwise.

## Help
help-key = Personal signing keys (Ed25519, OpenSSH format)
help-key-generate = Make a new key pair; prints the public key and its fingerprint
help-key-generate--output = Where to write the private key (the public one gets .pub); default: fora's config directory
help-key-generate--comment = The public key's comment, e.g. your name
help-key--passphrase-file = Read the key's passphrase from the first line of this file instead of asking
help-people-key = Register a person's public key, list their keys, or mark one removed
help-people-key--file = The public key file (.pub), as ssh-keygen or fora key generate wrote it
help-people-key--remove = Mark the key with this fingerprint removed; it still checks older signatures
help-protocol-approve--key = Sign the approval with this private key (the approver's own)
help-protocol-approve--recorded-by = Record an approval given in the room or by mail, unsigned, as recorded by this person
help-review-respond = Answer a review file without the screen, signed with your key
help-review-respond--verdict = approve, changes (request changes) or comments (comments only)
help-review-respond--by = Your name, as the protocol names you
help-review-respond--key = Your private key; default: the one fora key generate made
help-review-respond--comment = A comment: ITEM=TEXT on an item (its number or title), or TEXT on the whole protocol; repeatable
help-review-respond--output = The response file to write; its signature goes to RESPONSE.sig
help-review-respond--unsigned = Write the response unsigned, to sign it with ssh-keygen -Y sign

## Passphrases
key-passphrase-new = Passphrase for the new key (empty for none):
key-passphrase-again = The same passphrase again:
key-passphrase-for = Passphrase for { $path }:
key-file-prompt = Your private key file, to sign the response (Enter: write it unsigned):

## Output
out-key-generated =
    Private key: { $private } (only you can read it)
    Public key: { $public }
    { $key }
    Fingerprint: { $fingerprint }
out-key-registered = Registered key { $fingerprint } for { $name }
out-key-removed = Key { $fingerprint } of { $name } marked removed; it still checks signatures made before today
out-no-keys = { $name } has no registered key.
out-key-line = { $fingerprint }  added { $added }
out-key-line-removed = { $fingerprint }  added { $added }, removed { $removed }
out-approved-signed = approved by { $approver } { $at }, signed with key { $fingerprint }
out-approved-recorded = approved by { $approver } { $at }, recorded by { $by }, not signed
out-col-approvals = Approvals
out-approval-cell-signed = { $approver } (signed)
out-approval-cell-recorded = { $approver } (recorded by { $by })
out-signature-good = { $approver }: signed { $date } with key { $fingerprint }; the signature holds
out-signature-bad = { $approver }: key { $fingerprint }: the signature does NOT hold: { $problem }
out-approval-recorded = { $approver }: recorded by { $by } on { $date }; not signed
out-signed-other-text = what was signed is not this version
out-response-signed = Response written to { $path }, signed with key { $fingerprint } in { $sig }; send both files
out-response-unsigned = Response written to { $path }, unsigned; sign it with: ssh-keygen -Y sign -n { $namespace } -f YOUR_KEY { $path }
out-comments-only = comments only

## Errors
err-key-not-private = not a private key in OpenSSH format
err-key-not-public = not an OpenSSH public key (one line: ssh-ed25519 AAAA…)
err-key-not-ed25519 = a { $kind } key; fora signs with Ed25519 keys (ssh-keygen -t ed25519 or fora key generate)
err-key-wrong-passphrase = wrong passphrase
err-key-needs-passphrase = the key has a passphrase: give --passphrase-file or run on a terminal
err-key-not-signature = not an SSH signature (-----BEGIN SSH SIGNATURE-----)
err-key-other-namespace = the signature was made for "{ $found }", not for fora (namespace { $namespace })
err-key-bad-signature = the signature does not match the signed text: it was changed after signing, or signed something else
err-key-generate = no key could be made
err-key-file = { $path }: { $problem }
err-key-passphrase-file = { $path }: the passphrase file is not text
err-key-passphrase-cancelled = cancelled; nothing was signed
err-key-passphrase-mismatch = the two passphrases differ; no key was made
err-cli-stdin = cannot read what was typed: { $reason }
err-key-exists = { $path } already exists; choose another file with -o (an existing key is never replaced)
err-key-not-theirs = { $name } has no key { $fingerprint }
err-key-registered = key { $fingerprint } is already registered, for { $name }
err-sign-unregistered = the signing key { $fingerprint } is not registered for { $name }; check the fingerprint with { $name } and register the key with: fora people key "{ $name }" FILE.pub
err-sign-other-person = the signing key { $fingerprint } is { $owner }'s, not { $name }'s
err-sign-key-removed = the signing key { $fingerprint } was removed on { $removed }
err-cli-approve-how = say how { $name } approves: --key FILE to sign with { $name }'s own key, or --recorded-by SECRETARY to record an approval given in the room or by mail (shown as recorded, not signed)
err-cli-response-unsigned = the response is not signed: { $sig } is missing (fora review and fora review respond write it; or ssh-keygen -Y sign)
err-cli-response-signature = { $problem }
err-cli-verify-signatures = { $count ->
    [one] { $count } signature does not hold
   *[other] { $count } signatures do not hold
}
err-cli-review-unreadable = { $path }: { $problem }
err-cli-changes-need-comment = requesting changes needs a comment saying which (--comment)
err-cli-respond-no-key = no key to sign with: give --key FILE, make one with fora key generate, or write --unsigned and sign with ssh-keygen -Y sign
