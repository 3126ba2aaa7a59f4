# fora: the help of the command line (fora --help), in Swedish.
# Each key must also be in assets/i18n/en/help.ftl; `cargo test` fails otherwise.
# A key help-COMMAND is a command's summary, help-COMMAND--ARGUMENT an argument's.


## Commands and their arguments

help-fora = Driv styrforumen i ett offentligt IT-kontrakt
help-fora-db = Databasfilen (standard: fora.db i plattformens datamapp; eller FORA_DB)
help-fora-lang = Språk för skärmar och utskrifter: sv (standard) eller en; eller FORA_LANG
help-forums = Lista forumen: id, namn, område, kadens, protokollförare, justerare, aktivt
help-forum = Allt om ett forum
help-who = Ett forums deltagare: varje roll, dess part och vem som har den i dag
help-who--forum = Forumets id, namn eller del av namnet
help-who--date = Visa innehavarna denna dag i stället för i dag (ÅÅÅÅ-MM-DD)
help-where = Varje forum där en roll (för någon part) eller en person sitter
help-where--role-or-person = Rollens id eller namn, eller en persons namn eller id
help-meetings = Lista möten, nyaste först: id, forum, datum, status och antal
help-meetings--forum = Bara detta forums möten
help-show = Skriv ut ett möte: närvaro, dagordningspunkter och anteckningar
help-export = Skriv ett mötes protokoll som Markdown, HTML, PDF eller JSON
help-export--format = md, html, pdf, json eller review (standard: efter filändelsen i -o, annars md)
help-export--output = Skriv till FIL (`-` för standard ut); en PDF kräver en fil i en terminal
help-actions = Åtgärdsregistret för alla forum, försenade markerade
help-actions--forum = Bara detta forums åtgärder
help-actions--owner = Bara åtgärder vars ansvariges namn innehåller detta
help-actions--overdue = Bara öppna åtgärder vars klart senast har passerat
help-actions--open = Bara öppna åtgärder
help-decisions = Beslutsregistret: "Leveransforum 2026 § 14"
help-decisions--since = Bara beslut från denna dag (ÅÅÅÅ-MM-DD)
help-escalations = Eskaleringar med källa, mål, ålder och utfall
help-escalations--open = Bara de som fortfarande väntar på målforumet
help-disagreements = Meningsskiljaktigheter mellan leverantörer, och deras utfall
help-propose = Föreslå en punkt till ett forums nästa möte (Operativt möte)
help-propose--by = Leverantören som föreslår den
help-cancel = Anteckna att ett forums möte är inställt, och varför
help-cancel--date = Dagen för det inställda mötet (standard i dag)
help-cancel--reason = Varför; Operativt möte utan anmälda punkter behöver inget skäl
help-changes = Leverantörernas planerade förändringar, som anmäls på förändringsmötet
help-schedule = Vad som ska hållas och vad som är försenat, efter varje forums kadens
help-status = De senaste tolv månaderna per forum: möten mot kadensen, åtgärder, eskaleringar
help-search = Sök i alla mötens punkter och anteckningar
help-search--query = Ord att hitta; citattecken, operatorer och skiljetecken söks som text
help-search--kind = beslut, åtgärd, information, eskalering, risk, meningsskiljaktighet eller punkt
help-demo = Fyll en ny databas med ett påhittat arkiv att utforska
help-demo--years = År av möten (standard 2)
help-demo--entries-per-meeting = Ungefär hur många anteckningar per möte (benchmarkerna höjer det)
help-backup = Kopiera databasen, medan den används, till en ny fil (kontrollerad, rättigheter 0600)
help-doctor = Kontrollera databasen: integritet, schemaversion, filrättigheter, gamla utkast
help-protocol = Ett mötes protokoll: versioner, skicka för justering, justera
help-review = Granska en protokollfil utan databas, eller importera en granskares svar
help-review--file = En granskningsfil: läs protokollet, kommentera per punkt, godkänn eller begär ändringar
help-verify = Säg om en exporterad protokollfil stämmer med en justerad version, och vilken
help-people = Personer, deras organisationer och roller
help-org = Organisationer: Staden, Leverantören och Stadens övriga leverantörer
help-catalog = Forumkatalogen: exportera den, eller importera ett annat kontrakts modell
help-review-import = Anteckna kommentarerna och utlåtandet i en granskares svarsfil
help-forum-show = Kadens, deltagare, protokollregler, teman och regler för ett forum
help-protocol-draft = Spara mötet som det står som protokollets aktuella utkast
help-protocol-send = Skicka det aktuella utkastet för justering
help-protocol-approve = Anteckna en justerares justering av versionen som väntar på justering
help-protocol-approve--by = Vem som justerar; en av justerarna som forumets regel anger
help-protocol-return = Återremittera versionen som väntar på justering med en kommentar; nästa ändring blir ett nytt utkast
help-protocol-versions = Versionerna av ett mötes protokoll, deras status, kontrollsumma och justeringar
help-protocol-status = Protokoll som väntar på justering, och hur länge de har väntat
help-people-add = Lägg till en person
help-people-add--org = Organisationens namn eller id (standard: Staden)
help-people-list = Lista personer med rollerna de har i dag
help-people-list--org = Bara personerna i denna organisation
help-people-assign = Ge en person en roll under en period
help-people-assign--org = Organisationen rollen innehas för (standard: personens egen)
help-people-assign--from = Första dagen (ÅÅÅÅ-MM-DD, standard i dag)
help-people-assign--to = Sista dagen (ÅÅÅÅ-MM-DD, standard: tills vidare)
help-people-import = Importera personer från en CSV-fil med rubrikrad; alla rader eller ingen
help-org-list = Lista organisationerna
help-org-add = Lägg till ytterligare en leverantör till Staden
help-org-rename = Byt namn på en organisation, t.ex. ange Leverantörens riktiga namn
help-changes-add = Registrera en leverantörs planerade förändring, att anmälas på förändringsmötet
help-changes-add--by = Leverantören (Leverantören eller en annan leverantör)
help-changes-add--date = När förändringen är planerad (ÅÅÅÅ-MM-DD)
help-changes-list = Lista planerade förändringar och om var och en har anmälts
help-catalog-export = Skriv den aktuella katalogen som TOML (till standard ut eller till en fil)
help-catalog-import = Läs in ett annat kontrakts modell efter att ha kontrollerat hela

## Arguments many commands take

help-meeting = Mötets id, eller FORUM DATUM, eller FORUM latest
help-json = Skriv ut som JSON (en lista som skrivs rad för rad)
help-jsonl = Skriv ut som JSON Lines: ett JSON-objekt per rad
help-limit = Högst så här många rader (på en terminal 50 om inget anges)
help-offset = Hoppa över så här många rader först

## What clap itself shows: the help flag and command, headings, placeholders

help-flag-help = Skriv ut hjälpen
help-flag-version = Skriv ut versionen
help-command-help = Skriv ut hjälpen för fora eller för de angivna kommandona
help-command-help-command = Kommandot vars hjälp ska visas
help-heading-usage = Användning:
help-heading-commands = Kommandon
help-heading-arguments = Argument
help-heading-options = Flaggor
help-usage-options = {"["}FLAGGOR]
help-value-command = KOMMANDO
help-value-path = SÖKVÄG
help-value-lang = SPRÅK
help-value-meeting = MÖTE
help-value-file = FIL
help-value-forum = FORUM
help-value-date = DATUM
help-value-role-or-person = ROLL_ELLER_PERSON
help-value-query = SÖKORD
help-value-kind = TYP
help-value-number = ANTAL
help-value-text = TEXT
help-value-by = AV
help-value-reason = SKÄL
help-value-owner = ANSVARIG
help-value-format = FORMAT
help-value-org = ORG
help-value-email = E_POST
help-value-phone = TELEFON
help-value-name = NAMN
help-value-person = PERSON
help-value-role = ROLL
help-value-comment = KOMMENTAR
