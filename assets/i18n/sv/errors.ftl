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

err-newer-schema = databasen { $path } skrevs av en nyare fora (schema { $found }; den här fora känner till schema { $known }). Inget ändrades; öppna den med en nyare fora
err-not-a-database = { $path } är ingen fora-databas. Inget ändrades
err-create = kan inte skapa { $path }: { $reason }
err-disk-full = disken är full: ändringen sparades inte
err-busy = databasen är upptagen av en annan fora för länge; försök igen
err-schema = databasens schema kunde inte uppdateras
err-not-wal = databasen kunde inte ställas om till WAL (SQLite behöll läget { $mode })
err-sqlite-content = databasen innehåller ett värde som fora inte väntade sig; kör fora doctor
err-sqlite-corrupt = databasfilen är skadad (SQLite-kod { $code }); återställ en säkerhetskopia
err-sqlite-not-a-database = filen är ingen SQLite-databas (SQLite-kod { $code })
err-sqlite-read-only = databasen får bara läsas; ändringen sparades inte (SQLite-kod { $code })
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
   *[organisation-name] organisationens namn
} får inte innehålla styrtecken
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
