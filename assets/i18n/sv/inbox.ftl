# The secretary's justering inbox (P), and versions compared.

domain-version-state-superseded = ersatt av en nyare version

help-protocol-versions--diff = Visa skillnaden rad för rad mellan två versioner (A och B) av protokollet i Markdown
out-diff-same = Version { $a } och version { $b } är lika.
out-diff-version = version { $number }

tui-inbox-col-approved = Justerat
tui-inbox-col-state = Läge
tui-inbox-keys = ↑↓ flytta · Enter öppna · s skicka · r registrera · n signera · ? hjälp · q tillbaka
tui-inbox-progress = { $given } av { $needed }
tui-inbox-detail-title = Version { $number }
tui-inbox-sent-on = Skickad { $date }, har väntat { $waited }
tui-inbox-sent-only = Skickad { $date }
tui-inbox-changed-note = Ändrat efter justering: version { $number }, justerad { $date }, gäller tills den nya versionen är justerad.
tui-inbox-missing = saknas: { $names }
tui-inbox-missing-one-of = en av dessa justerar för Staden: { $names }
tui-inbox-approval-signed = { $name } justerade { $date }, signerat med nyckeln { $fingerprint }
tui-inbox-approval-recorded = { $name } justerade { $date }, registrerat av { $by } (inte signerat)
tui-inbox-comments = Kommentarer
tui-inbox-whole-protocol = Hela protokollet
tui-inbox-returned = Version { $number } återremitterades { $date } med kommentarerna:
tui-inbox-returned-next = Ändra mötet för en ny version, eller skicka samma version igen med s.
tui-inbox-sent = Version { $number } är skickad för justering.
tui-inbox-not-awaiting = Version { $number } är { $state } och väntar inte på justering; skicka den först med s.
tui-inbox-none-missing = Alla justerare har redan justerat.
tui-inbox-approved = { $name } justerade; version { $number } är justerad.
tui-inbox-signed = { $name } signerade version { $number }; fler justerare återstår.
tui-inbox-recorded = { $name }s justering av version { $number } är registrerad (inte signerad); fler justerare återstår.
tui-inbox-ask-record = Registrera justering: vem justerade?
tui-inbox-ask-sign = Signera justering: vem justerar?
tui-inbox-ask-recorded-by = Registreras av
tui-inbox-recorded-note = { $name }s justering registreras, inte signeras: den visas överallt som registrerad av dig. Skriv ditt namn.
tui-inbox-ask-key-file = Nyckelfil
tui-inbox-key-note = { $name }s privata nyckel (från fora key generate), registrerad för { $name }.
tui-inbox-ask-passphrase = Nyckelns lösenfras
tui-inbox-ask-keys = ↑↓ välj · Enter ok · Esc avbryt

demo-comment-wording = Beslutet kan formuleras tydligare.
demo-comment-decision = Beslutet ska ange från vilket datum det gäller.
demo-comment-attendance = Närvarolistan saknar en deltagare som var med på distans.
demo-entry-after-approval = Tillägg efter justeringen: leveransplanen skickas ut på nytt.

help-people-merge--amend = Slå ihop även när dubbletten deltog i möten vars protokoll är skickat eller justerat; varje sådant protokoll får en ny version
err-cli-merge-needs-amend = { $name } deltog i möten vars protokoll är skickat eller justerat: { $meetings }. Sammanslagningen ändrar dem; ange --amend så får vart och ett en ny version, medan den justerade versionen gäller tills den nya är justerad
out-merge-amended = Nya protokollversioner (ändrat efter justering): { $meetings }

out-returned-waiting = { $forum } { $date } (möte { $meeting }): version { $number } återremitterades med { $comments ->
        [one] en kommentar
       *[other] { $comments } kommentarer
    }; ändra mötet eller skicka samma version igen (fora protocol send)
