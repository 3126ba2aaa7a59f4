## The supplier's reports (section 4 of the appendix): the register, delivering, the meeting's verdict

reports-verdict-approved = godkänd
reports-verdict-disputed = bestriden
reports-state-delivered = levererad
reports-state-reviewed = behandlad

reports-agenda-report = { $report } { $month }
reports-agenda-version = { $report } { $month } (version { $version })
reports-agenda-late = { $report } { $month } (försenad)
reports-agenda-missing = { $report } { $month } (saknas)
reports-agenda-overdue = Försenade eller saknade rapporter: { $reports }
reports-agenda-overdue-many = Försenade eller saknade rapporter: { $count } stycken, se rapportregistret

reports-decision-approved = Staden godkänner utfallet i { $report } för { $month }.
reports-decision-disputed = Staden bestrider utfallet i { $report } för { $month }: { $reason }

err-reports-unknown-type = det finns ingen rapport som heter ”{ $report }”
err-reports-bad-month = ”{ $month }” är ingen månad; skriv ÅÅÅÅ-MM, till exempel 2026-11
err-reports-future-month = { $month } har inte börjat; en rapport kan bara lämnas för en månad som har börjat
err-reports-empty-file = filen { $file } är tom; ingenting sparades
err-reports-file-too-large = filen { $file } är större än { $max } MB; ingenting sparades
err-reports-bad-language = ”{ $code }” är ingen språkkod; skriv till exempel sv eller en
err-reports-no-delivery = { $report } för { $month } är inte levererad
err-reports-not-a-report-item = punkten tar inte upp någon rapport
err-reports-no-verdict = Staden godkänner eller bestrider inte { $report }; bara rapporten om servicenivåer får ett sådant beslut
err-reports-no-reason = skälet till bestridandet saknas

## Report types in the catalogue file

err-catalog-report-twice = rapporten ”{ $report }” finns två gånger
err-catalog-unknown-forum = det finns inget forum ”{ $forum }” i katalogen
err-catalog-unknown-theme = forumet har inget tema ”{ $theme }”
err-catalog-bad-due-day = { $day } kan inte vara dag i varje månad; skriv 1 till 28

## fora reports

help-reports = Leverantörens rapporter: registret per månad, leverans, historik och trend
help-reports--month = Månaden, ÅÅÅÅ-MM
help-reports--since = Första månaden i perioden, ÅÅÅÅ-MM
help-reports--until = Sista månaden i perioden, ÅÅÅÅ-MM (förval: förra månaden)
help-reports--trend = Varje rapport de senaste tolv månaderna: i tid, försenad, saknad, godkänd, bestriden
help-reports--report = Rapporten, med id eller namn (se fora reports)
help-reports-deliver = Registrera en levererad rapport; filen sparas i databasen med sin SHA-256
help-reports-deliver--file = Rapportfilen, i vilket format som helst
help-reports-deliver--by = Vem som levererade
help-reports-deliver--language = Rapportens språk (förval sv; annat språk kräver Stadens godkännande)
help-reports-show = Visa en månads rapport med alla versioner och dess historik
help-reports-open = Skriv ut den sparade filen
help-reports-open--version = Versionen (förval: den senaste)
help-reports-open--output = Filen att skriva till (förval: filens namn i aktuell mapp)
help-reports-format = Registrera att Staden godkänt rapportens utformning
help-reports-format--proposed-by = Vem hos Leverantören som föreslog utformningen
help-reports-format--approved-by = Vem hos Staden som godkände den
help-reports-format--date = Dagen för godkännandet (förval: i dag)
help-value-month = MÅNAD
help-value-code = KOD
help-value-report = RAPPORT

reports-late = försenad
reports-missing = saknas
reports-not-due = inte förfallen
reports-not-scheduled = ingen rapport denna månad
reports-untracked = före registrets första månad
reports-col-report = Rapport
reports-col-state = Läge
reports-col-delivered = Levererad
reports-col-version = Version
reports-col-by = Av
reports-col-format = Utformning
reports-col-months = Månader
reports-col-on-time = I tid
reports-col-late = Försenade
reports-col-missing = Saknade
reports-col-approved = Godkända
reports-col-disputed = Bestridna
reports-format-not-approved = ej godkänd
reports-heading-month = Rapporter för { $month }
reports-heading-period = Rapporter { $since } – { $until }
reports-legend = ● levererad  ◆ behandlad  ✓ godkänd  ✗ bestriden  ! försenad  – saknas  · inte förfallen
reports-delivered = { $report } för { $month } är registrerad.
reports-delivered-again = { $report } för { $month } fanns redan: sparad som version { $version }, version { $earlier } finns kvar.
reports-format-missing = Utformningen av { $report } är inte godkänd av Staden; registrera godkännandet med fora reports format { $id }.
reports-not-swedish = Rapporten är på språket { $code }; rapporterna ska vara på svenska om inte Staden godkänt annat.
reports-format-approved = Utformningen föreslogs av { $proposed } och godkändes av { $approved } { $date }.
reports-nothing-delivered = Ingenting levererat.
reports-event-delivered = Version { $version } levererad { $at } av { $by }: { $file } ({ $size } byte, språk { $language }, SHA-256 { $sha })
reports-event-agenda = Version { $version } på dagordningen för { $forum } { $date }
reports-event-verdict = Version { $version } { $verdict } { $date } ({ $decision })
err-reports-period = perioden börjar { $since } efter att den slutar { $until }
err-reports-file-exists = { $path } finns redan; välj en annan fil med -o
reports-doctor-ok = { $count } sparade rapportfiler, var och en stämmer med sin SHA-256
reports-doctor-changed = ändrade efter leveransen: { $files }; återställ den senaste säkerhetskopian
reports-written-to = Rapportfilen skrevs till { $path }

## The reports screen

reports-tui-title = Rapporter per månad
reports-tui-chart = Tolv månader
reports-tui-chart-key = Staplarna: rapporter i tid per månad, av { $count }. Under dem: försenade och saknade.
reports-tui-chart-late = försenade
reports-tui-chart-missing = saknade
reports-tui-keys = ←→↑↓ välj   Enter historik   Esc tillbaka   ? hjälp
reports-tui-close = Valfri tangent stänger.
reports-help-heading = Leverantörens rapporter
reports-help =
    ↑↓ j k	välj rapport
    ←→ h l	välj månad
    Enter	leveransen och dess historik
    q Esc	tillbaka till startsidan
    Ctrl-C	avsluta

## Staden's verdict on the meeting screen

reports-verdict-title = Stadens beslut om utfallet
reports-verdict-approve = Staden godkänner utfallet
reports-verdict-dispute = Staden bestrider utfallet (skäl skrivs sedan)
reports-verdict-keys = 1 eller 2 väljer · Esc avbryter
reports-verdict-reason = Skälet till bestridandet:
reports-verdict-reason-keys = Enter sparar · Esc tillbaka
reports-verdict-saved = Stadens beslut sparat och kopplat till leveransen.
err-reports-period-too-long = perioden är längre än { $max } månader; välj en kortare
