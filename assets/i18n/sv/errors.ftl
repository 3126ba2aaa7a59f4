# fora: error messages, in Swedish (the default language).
# Each key must also be in assets/i18n/en/errors.ftl; `cargo test` fails otherwise.
# Arguments are written { $name }; see https://projectfluent.org/fluent/guide/

## Dates

err-date-shape = ”{ $text }” är inget datum: skriv det som ÅÅÅÅ-MM-DD
err-date-not-in-calendar = { $text } finns inte i kalendern
err-due-shape = ”{ $text }” är inget förfallodatum: skriv 2026-12-15, +3d, +2v eller +1m
err-due-unit = okänd enhet ”{ $text }” i ett förfallodatum: använd d, v eller m
err-due-too-far = { $text } ligger för långt fram

## The database

err-newer-schema = databasen { $path } skrevs av en nyare fora, eller av en utvecklingsversion av fora (schema { $found }; den här fora känner till schema { $known }). Inget ändrades; öppna den med den fora som skrev den
err-development-schema = databasen { $path } skrevs av en utvecklingsversion av fora (schema { $found }) som aldrig gavs ut; den här fora (schema { $known }) öppnar den inte. Inget ändrades; läs den med den fora som skrev den, eller börja en ny databas med --db
err-foreign-database = { $path } är ingen fora-databas: den hör till ett annat program (program-id { $application_id }, version { $version }). Inget ändrades
err-not-a-database = { $path } är ingen fora-databas. Inget ändrades
err-network-filesystem = { $path } ligger på en nätverksdisk ({ $kind }), och där kan två datorer förstöra databasen för varandra. Lägg databasen på en lokal disk (--db SÖKVÄG); dela protokollen som filer (fora export) i stället för databasen
err-create = kan inte skapa { $path }: { $reason }
err-disk-full = disken är full: ändringen sparades inte
err-busy = databasen är upptagen av en annan fora för länge; försök igen
err-not-wal = databasen kunde inte ställas om till WAL (SQLite behöll läget { $mode })
err-sqlite-content = databasen innehåller ett värde som fora inte väntade sig; kör fora doctor
err-sqlite-corrupt = databasfilen är skadad (SQLite-kod { $code }); återställ en säkerhetskopia
err-sqlite-not-a-database = filen är ingen SQLite-databas (SQLite-kod { $code })
err-sqlite-read-only = databasen får bara läsas; ändringen sparades inte (SQLite-kod { $code })
err-sqlite-read-only-folder = mappen som databasen ligger i är skrivskyddad, och fora skriver sin journal bredvid databasen. Flytta databasen till en mapp du kan skriva i, eller ge dig själv skrivrätt till mappen (SQLite-kod { $code })
err-sqlite-cannot-open = databasfilen kan inte öppnas (SQLite-kod { $code })
err-sqlite-permission = behörighet saknas till databasfilen (SQLite-kod { $code })
err-sqlite-io = läs- eller skrivfel i databasfilen (SQLite-kod { $code })
err-sqlite-constraint = ändringen bryter mot en regel i databasen (SQLite-kod { $code })
err-sqlite-memory = minnet tog slut (SQLite-kod { $code })
err-sqlite-other = databasfel (SQLite-kod { $code })

## Records and refusals of the store

err-no-meeting = möte { $id } finns inte
err-no-item = dagordningspunkt { $id } finns inte
err-no-attendance = närvaroraden { $id } finns inte
err-no-entry = post { $id } finns inte
err-no-version = protokollversion { $id } finns inte
err-unknown-forum = forumet ”{ $forum }” finns inte i katalogen
err-empty = { $field ->
    [entry-text] en post behöver en text
    [guest-name] en gäst behöver ett namn
    [item-title] en dagordningspunkt behöver en rubrik
    [proposal-text] en föreslagen punkt behöver en text
    [change-text] en planerad förändring behöver en text
    [person-name] namnet får inte vara tomt
    [email] e-postadressen får inte vara tom
    [phone] telefonnumret får inte vara tomt
    [owner] den ansvariges namn får inte vara tomt
    [place] platsen får inte vara tom
    [minute-keeper] sekreterarens namn får inte vara tomt
    [cancel-reason] en inställning behöver en anledning
    [comment] kommentaren får inte vara tom
    [reviewer-name] granskarens namn får inte vara tomt
   *[organisation-name] organisationens namn får inte vara tomt
}
err-control-characters = { $field ->
    [entry-text] postens text
    [guest-name] gästens namn
    [item-title] rubriken
    [proposal-text] punktens text
    [change-text] förändringens text
    [person-name] namnet
    [email] e-postadressen
    [phone] telefonnumret
    [owner] den ansvariges namn
    [place] platsen
    [minute-keeper] sekreterarens namn
    [cancel-reason] anledningen
    [comment] kommentaren
    [reviewer-name] granskarens namn
   *[organisation-name] organisationens namn
} får inte innehålla styrtecken eller osynliga tecken som vänder eller döljer text
err-too-long = { $field ->
    [entry-text] postens text är för lång
    [guest-name] gästens namn är för långt
    [item-title] rubriken är för lång
    [proposal-text] punktens text är för lång
    [change-text] förändringens text är för lång
    [person-name] namnet är för långt
    [email] e-postadressen är för lång
    [phone] telefonnumret är för långt
    [owner] den ansvariges namn är för långt
    [place] platsen är för lång
    [minute-keeper] sekreterarens namn är för långt
    [cancel-reason] anledningen är för lång
    [chair] ordförandens namn är för långt
    [registry-number] diarienumret är för långt
    [approver] justerarens namn är för långt
    [comment] kommentaren är för lång
    [reviewer-name] granskarens namn är för långt
   *[organisation-name] organisationens namn är för långt
}: högst { $max } tecken, men det är { $found }
err-date-out-of-range = { $date } ligger utanför det fora tar emot ({ $earliest } – { $latest })
err-due-too-late = { $date } ligger för långt fram: en åtgärd kan ha ett slutdatum högst fem år framåt ({ $latest })
err-escalation-without-target = en eskalering behöver forumet den går till
err-substitute-without-name = en ersättare behöver namnet på den som går in
err-item-not-on-meeting = punkt { $item } står inte på dagordningen för möte { $meeting }
err-orphan-entries = möte { $meeting } har poster på punkter som inte står på dess dagordning
err-not-an-action = post { $entry } är ingen åtgärd
err-empty-search = sök efter minst ett ord (bokstäver eller siffror)
err-version-state = version { $number } är { $state }, inte { $from }: den kan inte bli { $to }
err-not-for-review = version { $number } är { $state }: bara en version som skickats för justering kan justeras
err-other-text = justeringen gäller en annan text (SHA-256 { $approved }) än version { $number } ({ $version })
err-roles-in-use = den nya katalogen tar bort roller som personer har: { $roles }. Behåll dem under [[roles]]
err-backup-exists = { $path } finns redan; ange en ny fil så att inget skrivs över
err-backup-is-database = säkerhetskopian kan inte vara själva databasen
err-backup-damaged = kopian klarade inte integritetskontrollen; ingen säkerhetskopia sparades
err-period-backwards = perioden slutar ({ $to }) innan den börjar ({ $from })
err-role-overlap = personen har redan rollen ”{ $role }” under en del av den perioden
err-organisation-exists = det finns redan en organisation som heter ”{ $name }”
err-demo-not-empty = databasen har redan personer eller möten; ge demon en ny fil med --db SÖKVÄG
err-demo-years = för många år

## Files

err-file-read = kan inte läsa { $path }: { $reason }
err-file-write = kan inte skriva { $path }: { $reason }
err-io-not-found = filen eller mappen finns inte
err-io-permission = behörighet saknas
err-io-exists = filen finns redan
err-io-is-a-directory = det är en mapp
err-io-not-a-directory = en del av sökvägen är ingen mapp
err-io-read-only = filsystemet får bara läsas
err-io-full = disken är full
err-io-bad-name = ogiltigt filnamn
err-io-other = systemfel { $code }

## The forum catalogue (a TOML file); `field` is a path such as forums[3].cadence.unit

err-catalog-at-line = rad { $line }: { $problem }
err-catalog-at-line-field = rad { $line }, fält `{ $field }`: { $problem }
err-catalog-at-field = fält `{ $field }`: { $problem }
err-catalog-syntax = filen är inte giltig TOML
err-catalog-unknown-field = okänt fält `{ $name }`; tillåtna fält: { $expected }
err-catalog-missing-field = fältet `{ $name }` saknas
err-catalog-unknown-value = okänt värde `{ $value }`; tillåtna värden: { $expected }
err-catalog-wrong-type = fel sorts värde: här ska stå { $kind ->
    [boolean] true eller false
    [number] ett tal
    [text] en text inom citattecken
    [list] en lista
    [table] en tabell
   *[other] något annat
}
err-catalog-bad-value = ogiltigt värde
err-catalog-bad-id = `{ $id }` är inget giltigt id: använd gemena a-z, siffror och '-'
err-catalog-empty = får inte vara tomt
err-catalog-control-characters = får inte innehålla styrtecken
err-catalog-too-long = är för långt: högst { $max } tecken, men det är { $found }
err-catalog-format = filen har katalogformat { $found }, men den här fora läser format { $known }
err-catalog-area-zero = områden numreras från 1
err-catalog-area-twice = område { $area } definieras två gånger
err-catalog-role-twice = rollen `{ $role }` definieras två gånger
err-catalog-forum-twice = forumet `{ $forum }` definieras två gånger
err-catalog-unknown-area = område { $area } är inte definierat under [[areas]]
err-catalog-no-channel = ange minst en kanal
err-catalog-zero-interval = måste vara 1 eller mer
err-catalog-no-cadence = ett aktivt forum behöver en mötesfrekvens
err-catalog-unknown-role = rollen `{ $role }` är inte definierad under [[roles]]
err-catalog-seat-twice = rollen `{ $role }` för { $party } står två gånger
err-catalog-no-participants = ett aktivt forum behöver minst en deltagare
err-catalog-no-forums = katalogen har inga forum

## Names given on the command line or in a file

err-resolve-unknown = { $kind ->
    [forum] inget forum
    [role] ingen roll
    [person] ingen person
    [role-or-person] ingen roll eller person
    [organisation] ingen organisation
    [report] ingen rapport
   *[supplier] ingen leverantör
} heter ”{ $query }”
err-resolve-ambiguous = ”{ $query }” kan avse mer än { $kind ->
    [forum] ett forum
    [role] en roll
    [person] en person
    [role-or-person] en roll eller person
    [organisation] en organisation
    [report] en rapport
   *[supplier] en leverantör
}
err-resolve-candidates = kandidater
err-resolve-closest = närmast

## A CSV file of people

err-csv-header-not-utf8 = rubrikraden kan inte läsas: den är inte UTF-8-text
err-csv-header-unreadable = rubrikraden kan inte läsas
err-csv-row-not-utf8 = raden kan inte läsas: den är inte UTF-8-text
err-csv-row-unreadable = raden kan inte läsas
err-csv-column-twice = kolumnen ”{ $column }” finns två gånger
err-csv-unknown-column = okänd kolumn ”{ $column }”: använd namn, organisation, e-post, telefon, roll, från, till
err-csv-missing-column = rubrikraden saknar kolumnen ”{ $column ->
    [name] namn
   *[organisation] organisation
}”
err-csv-no-people = filen har en rubrikrad men inga personer
err-csv-empty-name = namnet är tomt
err-csv-name-control-characters = namnet innehåller styrtecken
err-csv-empty-organisation = organisationen är tom
err-csv-period-without-role = en period anges men ingen roll
err-csv-name-with-candidates = { $problem }; { $heading }: { $names }

## Protocols: review files, responses, stored snapshots, PDF

err-review-broken = det här är ingen { $what ->
    [review] granskningsfil
   *[response] svarsfil
} från fora ({ $why })
err-review-newer = { $what ->
    [review] granskningsfilen
   *[response] svarsfilen
} skrevs av en nyare fora (format { $found }; den här fora läser { $known })
err-review-tampered = { $what ->
    [review] granskningsfilen
   *[response] svarsfilen
} ändrades efter att den skrevs; be om en ny
err-review-not-written = { $what ->
    [review] granskningsfilen
   *[response] svarsfilen
} kunde inte sättas ihop, så inget skrevs
err-review-not-utf8 = den är inte UTF-8-text
err-review-not-json = inte JSON: rad { $line }, kolumn { $column }
err-review-format = dess format är { $format }
err-review-no-format = den saknar fältet format
err-review-fields = ett fält saknas eller har fel sorts värde
err-review-no-reviewer = den anger ingen granskare
err-snapshot-not-a-snapshot = ingen protokollögonblicksbild
err-snapshot-schema = ögonblicksbildens schema { $schema } är inget som den här fora läser ({ $known })
err-snapshot-damaged = en skadad protokollögonblicksbild
err-snapshot-not-written = protokollet kunde inte sättas ihop till en ögonblicksbild, så ingen version sparades
err-pdf-font = typsnittet { $font } som är inbyggt i fora kan inte läsas
err-pdf-write = PDF-filen kan inte skapas
err-json-write = JSON-protokollet kan inte skapas

## The command line

err-cli-open-database = databasen { $path } kan inte öppnas
err-cli-not-a-meeting-id = { $id } är inget mötes-id
err-cli-no-meetings-yet = { $forum } har inga möten ännu
err-cli-no-meeting-on = { $forum } hade inget möte { $date }
err-cli-meetings-on = { $forum } hade { $count } möten { $date }; ange ett av dem med id: { $ids }
err-cli-name-a-meeting = ange ett möte med dess id, med FORUM DATUM eller med FORUM senaste
err-cli-demo-years = --years måste vara mellan 1 och 50
err-cli-search-kind = okänd sort ”{ $kind }”: använd beslut, åtgärd, information, eskalering, risk, meningsskiljaktighet eller punkt
err-cli-not-utf8-unchanged = { $path } är inte UTF-8-text; inget ändrades
err-cli-refused-unchanged = { $path }: { $problem }; inget ändrades
err-cli-checks-failed = { $count ->
    [one] { $count } kontroll misslyckades
   *[other] { $count } kontroller misslyckades
}
err-cli-not-awaiting = version { $number } av protokollet är { $state }; skicka först ett utkast för justering (fora protocol send)
err-cli-no-version-yet = mötet har ingen protokollversion ännu; gör en med fora protocol draft
err-cli-version-unreadable = version { $number } kan inte läsas: { $problem }
err-cli-approve-by = ange vem som justerar med --by
err-cli-not-an-approver = { $name } justerar inte det här protokollet ({ $rule } justerar); justerare: { $approvers }
err-cli-already-awaiting = version { $number } väntar redan på justering
err-cli-nothing-changed-since = version { $number } är { $state }; inget har ändrats sedan dess
err-cli-return-comment = säg vad som ska ändras med --comment
err-cli-review-approved = version { $number } är redan justerad; det finns inget att granska
err-cli-response-unknown-version = { $path }: svaret gäller en protokollversion som den här databasen inte har (möte { $meeting }, version { $number }); inget ändrades
err-cli-response-not-awaiting = { $path }: svaret gäller version { $number }, som är { $state } och inte väntar på justering (nuvarande version är { $current }); inget ändrades
err-cli-render-version = version { $number } kan inte återges: { $problem }
err-cli-verify-no-match = { $path } stämmer inte med någon justerad protokollversion ({ $format }; SHA-256 { $sha })
err-cli-verify-not-approved = { $format }-filen är av version { $number }, som inte är justerad
err-cli-pdf-to-terminal = en PDF skrivs inte till terminalen: ange en fil med -o FIL.pdf, eller styr om utdata till en fil
err-cli-unknown-extension = fora skriver inte filer som slutar på ”.{ $extension }”: använd { $known }, eller ange formatet med --format
err-cli-review-file = ange granskningsfilen: fora review FIL (eller fora review import SVAR)
err-cli-no-proposals = { $forum } tar inte emot föreslagna punkter; forumets dagordning sätts av staden
err-cli-points-proposed = punkter har föreslagits för { $forum }; håll mötet, eller ange --reason
err-cli-cancel-reason = ange varför mötet ställs in med --reason
err-cli-people-not-imported = { $count } fel; ingen importerades:{ $rows }
err-cli-nobody-imported = ingen importerades
err-cli-stdout = utdata kan inte skrivas: { $reason }

## The screens, before they take over the terminal

err-tui-needs-terminal = fora behöver en terminal för sina skärmar; i skript används underkommandona (fora --help)
err-tui-review-needs-terminal = fora review behöver en terminal att visa protokollet i
err-tui-cannot-load = forumen kan inte läsas från databasen
err-tui-terminal = terminalen kan inte förberedas: { $reason }
err-tui-not-reviewable = { $path } kan inte granskas: { $problem }

## Mistakes on the command line that clap finds (clap's own text is English)

err-usage-invalid-choice = ogiltigt värde ”{ $value }” för { $arg }; möjliga värden: { $valid }
err-usage-invalid-value = ogiltigt värde ”{ $value }” för { $arg }
err-usage-unknown-argument = okänt argument ”{ $arg }”
err-usage-unknown-subcommand = okänt underkommando ”{ $command }”
err-usage-missing-argument = ett argument som krävs saknas: { $arg }
err-usage-missing-subcommand = ”{ $command }” behöver ett underkommando
err-usage-conflict = { $arg } kan inte användas tillsammans med { $prior }
err-usage-number-of-values = fel antal värden för { $arg }
err-usage-other-at = kommandoraden kan inte tolkas vid ”{ $arg }”
err-usage-other = kommandoraden kan inte tolkas
err-usage-did-you-mean = menade du { $suggestion }?
err-usage-help = Se fora --help.
err-usage-quoted = ”{ $text }”
err-history-not-written = den tidigare lydelsen kunde inte sparas i historiken, så ändringen gjordes inte
err-draft-not-written = utkastet kunde inte sättas ihop, så det sparades inte; texten finns kvar i redigeraren
