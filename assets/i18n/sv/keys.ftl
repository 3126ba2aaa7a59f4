# fora: personliga nycklar och signaturer vid justeringen (fora key, fora
# people key, signerade justeringar och granskningssvar, kontrollen av dem), på svenska.
# Varje nyckel måste också finnas i assets/i18n/en/keys.ftl; `cargo test` fallerar annars.

## Hjälp
help-key = Personliga signeringsnycklar (Ed25519, OpenSSH-format)
help-key-generate = Skapa ett nytt nyckelpar; skriver ut den publika nyckeln och dess fingeravtryck
help-key-generate--output = Var den privata nyckeln skrivs (den publika får .pub); förval: foras konfigurationsmapp
help-key-generate--comment = Den publika nyckelns kommentar, t.ex. ditt namn
help-key--passphrase-file = Läs nyckelns lösenfras från första raden i filen i stället för att fråga
help-people-key = Registrera en persons publika nyckel, lista nycklarna eller markera en som borttagen
help-people-key--file = Den publika nyckelfilen (.pub), som ssh-keygen eller fora key generate skrev den
help-people-key--remove = Markera nyckeln med detta fingeravtryck som borttagen; den kontrollerar fortfarande äldre signaturer
help-protocol-approve--key = Signera justeringen med den här privata nyckeln (justerarens egen)
help-protocol-approve--recorded-by = Registrera en justering som gavs på mötet eller per e-post, osignerad, som registrerad av den här personen
help-review-respond = Besvara en granskningsfil utan skärmen, signerat med din nyckel
help-review-respond--verdict = approve (godkänn), changes (begär ändringar) eller comments (endast kommentarer)
help-review-respond--by = Ditt namn, som protokollet anger det
help-review-respond--key = Din privata nyckel; förval: den som fora key generate skapade
help-review-respond--comment = En kommentar: PUNKT=TEXT på en punkt (dess nummer eller rubrik), eller TEXT på hela protokollet; kan upprepas
help-review-respond--output = Svarsfilen som skrivs; signaturen hamnar i SVAR.sig
help-review-respond--unsigned = Skriv svaret osignerat, för att signera det med ssh-keygen -Y sign

## Lösenfraser
key-passphrase-new = Lösenfras för den nya nyckeln (tom för ingen):
key-passphrase-again = Samma lösenfras igen:
key-passphrase-for = Lösenfras för { $path }:
key-file-prompt = Din privata nyckelfil, för att signera svaret (Enter: skriv det osignerat):

## Utskrifter
out-key-generated =
    Privat nyckel: { $private } (bara du kan läsa den)
    Publik nyckel: { $public }
    { $key }
    Fingeravtryck: { $fingerprint }
out-key-registered = Nyckeln { $fingerprint } registrerad för { $name }
out-key-removed = Nyckeln { $fingerprint } för { $name } markerad som borttagen; den kontrollerar fortfarande signaturer gjorda före i dag
out-no-keys = { $name } har ingen registrerad nyckel.
out-key-line = { $fingerprint }  tillagd { $added }
out-key-line-removed = { $fingerprint }  tillagd { $added }, borttagen { $removed }
out-approved-signed = justerat av { $approver } { $at }, signerat med nyckeln { $fingerprint }
out-approved-recorded = justerat av { $approver } { $at }, registrerat av { $by }, inte signerat
out-col-approvals = Justeringar
out-approval-cell-signed = { $approver } (signerat)
out-approval-cell-recorded = { $approver } (registrerat av { $by })
out-signature-good = { $approver }: signerat { $date } med nyckeln { $fingerprint }; signaturen håller
out-signature-bad = { $approver }: nyckeln { $fingerprint }: signaturen håller INTE: { $problem }
out-approval-recorded = { $approver }: registrerat av { $by } den { $date }; inte signerat
out-signed-other-text = det som signerades är inte den här versionen
out-response-signed = Svaret skrevs till { $path }, signerat med nyckeln { $fingerprint } i { $sig }; skicka båda filerna
out-response-unsigned = Svaret skrevs till { $path }, osignerat; signera det med: ssh-keygen -Y sign -n { $namespace } -f DIN_NYCKEL { $path }
out-comments-only = endast synpunkter

## Fel
err-key-not-private = inte en privat nyckel i OpenSSH-format
err-key-not-public = inte en publik OpenSSH-nyckel (en rad: ssh-ed25519 AAAA…)
err-key-not-ed25519 = en { $kind }-nyckel; fora signerar med Ed25519-nycklar (ssh-keygen -t ed25519 eller fora key generate)
err-key-wrong-passphrase = fel lösenfras
err-key-needs-passphrase = nyckeln har en lösenfras: ange --passphrase-file eller kör i en terminal
err-key-not-signature = inte en SSH-signatur (-----BEGIN SSH SIGNATURE-----)
err-key-other-namespace = signaturen gjordes för "{ $found }", inte för fora (namnrymd { $namespace })
err-key-bad-signature = signaturen stämmer inte med den signerade texten: den ändrades efter signeringen, eller något annat signerades
err-key-generate = ingen nyckel kunde skapas
err-key-file = { $path }: { $problem }
err-key-passphrase-file = { $path }: lösenfrasfilen är inte text
err-key-passphrase-cancelled = avbrutet; inget signerades
err-key-passphrase-mismatch = de två lösenfraserna skiljer sig; ingen nyckel skapades
err-cli-stdin = kan inte läsa det som skrevs: { $reason }
err-key-exists = { $path } finns redan; välj en annan fil med -o (en befintlig nyckel ersätts aldrig)
err-key-not-theirs = { $name } har ingen nyckel { $fingerprint }
err-key-registered = nyckeln { $fingerprint } är redan registrerad, för { $name }
err-sign-unregistered = den signerande nyckeln { $fingerprint } är inte registrerad för { $name }; kontrollera fingeravtrycket med { $name } och registrera nyckeln med: fora people key "{ $name }" FIL.pub
err-sign-other-person = den signerande nyckeln { $fingerprint } tillhör { $owner }, inte { $name }
err-sign-key-removed = den signerande nyckeln { $fingerprint } togs bort { $removed }
err-cli-approve-how = ange hur { $name } justerar: --key FIL för att signera med { $name }s egen nyckel, eller --recorded-by SEKRETERARE för att registrera en justering som gavs på mötet eller per e-post (visas som registrerad, inte signerad)
err-cli-response-unsigned = svaret är inte signerat: { $sig } saknas (fora review och fora review respond skriver den; eller ssh-keygen -Y sign)
err-cli-response-signature = { $problem }
err-cli-verify-signatures = { $count ->
    [one] { $count } signatur håller inte
   *[other] { $count } signaturer håller inte
}
err-cli-review-unreadable = { $path }: { $problem }
err-cli-changes-need-comment = att begära ändringar kräver en kommentar om vilka (--comment)
err-cli-respond-no-key = ingen nyckel att signera med: ange --key FIL, skapa en med fora key generate, eller skriv --unsigned och signera med ssh-keygen -Y sign
