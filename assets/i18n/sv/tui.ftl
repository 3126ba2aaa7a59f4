# fora: the fixed words of the terminal screens, in Swedish.
# Each key must also be in assets/i18n/en/tui.ftl; `cargo test` fails otherwise.
# A key tui-some-name is the field some_name of src/tui/strings.rs.

## home

tui-app-name = fora
tui-forums-title = Forum
tui-details-title = Detaljer
tui-no-forums = Katalogen har inga forum.
tui-no-match-forums = Inget forum matchar filtret.
tui-inactive = (inaktivt)
tui-area = Område
tui-level = Nivå
tui-purpose = Syfte
tui-cadence = Mötesfrekvens
tui-channels = Mötesform
tui-keeper = Protokollförare
tui-approver = Justeras av
tui-no-seats = Inga deltagare angivna.
tui-when-needed = Vid behov
tui-vacant = vakant
tui-themes = Stående teman
tui-rules = Särskilda regler
tui-key-move = ↑↓/j k flytta
tui-key-scroll = PgUp/PgDn rulla
tui-key-quit = q avsluta
tui-key-filter = / filtrera
tui-key-open = Enter möten
tui-key-help = ? hjälp
tui-filter-keys = Enter klar · Esc rensa
tui-key-screens = A åtgärder   D beslut   S sök   E eskaleringar   P justering   R rapporter   N namn   W platser
tui-quit-hint = q avslutar
tui-too-small-meeting = Förstora fönstret; inget av mötet går förlorat.

## home: follow-up of the selected forum

tui-last-meeting = Senaste möte
tui-next-due = Nästa senast
tui-approval = Justering
tui-actions = Åtgärder
tui-none-yet = inget ännu
tui-due-now-never-held = nu (aldrig hållet)
tui-not-scheduled = ej planerat
tui-due-today = i dag
tui-days = { $days } { $days ->
        [one] dag
       *[other] dagar
    }
tui-protocols-waiting = { $count } protokoll väntar
tui-none-waiting = inget väntar
tui-none-open = inga öppna

## list screens

tui-back-hint = q tillbaka
tui-esc-back-hint = Esc tillbaka
tui-col-due = Senast
tui-col-forum = Forum
tui-col-owner = Ansvarig
tui-col-action = Åtgärd
tui-col-reference = Referens
tui-col-date = Datum
tui-col-decision = Beslut
tui-col-from = Från
tui-col-to = Till
tui-col-parties = Parter
tui-col-age = Ålder
tui-col-text = Text
tui-col-version = Version
tui-col-sent = Skickad
tui-actions-title = Åtgärdsregister
tui-all-actions = alla
tui-open-actions = öppna
tui-no-actions = Inga åtgärder är antecknade.
tui-no-open-actions = Inga öppna åtgärder: o visar alla.
tui-action-done = åtgärden är klar
tui-action-reopened = åtgärden är öppen igen
tui-bar-actions = ↑↓ flytta · Enter öppna mötet · c klar/öppen · o öppna/alla · ? hjälp · q tillbaka
tui-decisions-title = Beslutsregister
tui-no-decisions = Inga beslut är fattade ännu.
tui-bar-list = ↑↓ flytta · Enter öppna mötet · ? hjälp · q tillbaka
tui-search-title = Sök i alla möten
tui-search-prompt = Sök
tui-search-hint = Skriv ord att söka efter (ä = a; början av ett ord räcker).
# After a number: "3 träffar".
tui-hits = { $count } { $count ->
        [one] träff
       *[other] träffar
    }
tui-no-hits = Inga träffar.
tui-search-failed = Sökningen misslyckades:
tui-agenda-item = dagordningspunkt
tui-bar-search = skriv för att söka · ↑↓ välj · Enter öppna mötet · ? hjälp · Esc tillbaka
tui-followups-title = Eskaleringar och meningsskiljaktigheter
tui-tab-escalations = Öppna eskaleringar
tui-tab-disagreements = Öppna meningsskiljaktigheter
tui-no-escalations = Inga öppna eskaleringar.
tui-no-disagreements = Inga öppna meningsskiljaktigheter.
tui-bar-followups = Tab byt lista · ↑↓ flytta · Enter öppna mötet · ? hjälp · q tillbaka
tui-approvals-title = Protokoll som väntar på justering
tui-no-awaiting = Inga protokoll väntar på justering.
tui-not-loaded = Listan kunde inte läsas:

## export popup

tui-export-title = Exportera protokollet
tui-export-into = Skrivs i
tui-current-dir = den aktuella katalogen
tui-export-keys = ↑↓ välj · Enter skriv · Esc avbryt
tui-export-written = Protokollet skrevs till
tui-export-failed = Protokollet kunde inte skrivas:

## meeting picker

tui-meetings-title = möten
tui-start-meeting-now = Starta ett nytt möte nu
tui-picker-keys = Enter öppna · n nytt möte · Esc stäng
tui-not-started = Mötet kunde inte startas:
tui-not-opened = Mötet kunde inte öppnas:
tui-picker-points-keys = f föreslå punkt
tui-points-proposed = Anmälda punkter
tui-no-points-proposed = Inga punkter anmälda till nästa möte.
tui-propose-title = Föreslå en punkt till nästa möte
tui-propose-by = Föreslås av
tui-propose-keys = Tab byt leverantör · Enter föreslå · Esc avbryt
tui-point-proposed = Punkt föreslagen:
tui-not-proposed = Punkten kunde inte sparas:
tui-cancel-confirm = Ställa in dagens möte (inga anmälda punkter)? x igen ställer in, annan tangent ångrar.
tui-cancel-reason = Inga anmälda punkter
tui-meeting-cancelled = Mötet är inställt:
tui-not-cancelled = Mötet kunde inte ställas in:

## meeting screen

tui-attendance-title = Närvaro
tui-agenda-title = Dagordning
tui-permanent-heading = Permanenta deltagare
tui-guests-heading = Gäster
tui-warn-roles = Permanent roll utan närvarande
tui-warn-parties = Part utan närvarande
tui-no-items = Dagordningen är tom: n lägger till en punkt.
tui-done-mark = klar
tui-edited-at = ändrad { $time }
tui-meeting-time = Mötestid
tui-started = Start
tui-not-set = ej angiven
tui-on-item = På punkt
tui-no-current-item = Ingen aktuell punkt
tui-item = punkt
tui-not-marked = ej markerad
tui-joined = kom
tui-left = gick
tui-bar-attendance = 1-5 status · g gäst · > < kom/gick
tui-bar-agenda = Enter aktuell/visa · E ändra · M flytta · n ny punkt · Del ta bort
tui-bar-entries = d a i e r m anteckning
tui-bar-common = Tab byt ruta · u ångra · ? hjälp · q lämna
tui-not-read-again = Mötet kunde inte läsas om:
tui-read-only-keys = T ta över · Tab byt ruta · p exportera · q lämna
tui-read-only-refused = Skrivskyddat: mötet protokollförs i en annan fora. Inget ändrades.
tui-lock-taken-over = En annan fora protokollför nu mötet; det visas skrivskyddat. Det du skrev finns kvar som utkast.
# Who records the meeting when the database could not say.
tui-holder-unknown = okänd fora
tui-lock-not-claimed = Mötet kunde inte låsas igen (skrivskyddat, det du skrev är sparat som utkast):

## saved or not

tui-saved = Sparat:
tui-not-saved = Inte sparat:
tui-saved-unseen = Sparat, men skärmen kunde inte läsas om:
tui-order-saved = ordningen på dagordningen
tui-item-saved = punkten
tui-item-removed = punkten är borttagen
tui-entry-deleted = anteckningen är borttagen
tui-action-saved = åtgärdens status
tui-guest-saved = gäst
tui-details-saved = mötesuppgifterna
tui-current-item-now = aktuell punkt
tui-no-changes = inga ändringar
tui-no-item-for-entry = Det finns ingen punkt att anteckna på: n lägger till en.
tui-entry-gone = Anteckningen finns inte längre.
tui-overdue-mark = försenad
tui-followup-is-earlier = Åtgärden är från ett tidigare möte: c markerar den klar i detta möte.

## editor

tui-new-entry = Ny anteckning
tui-edit-entry = Ändra
tui-new-item = Ny punkt på dagordningen
tui-rename-item = Byt namn på
tui-add-guest = Ny gäst
tui-substitute-for = Ersättare för { $who }
tui-meeting-details-title = Mötesuppgifter
tui-field-text = Text
tui-field-owner = Ansvarig
tui-field-due = Klart senast
tui-field-target = Till forum
tui-field-parties = Parter
tui-field-title = Rubrik
tui-field-name = Namn
tui-field-organisation = Organisation
tui-field-channel = Mötesform
tui-field-place = Plats eller länk
tui-field-keeper = Protokollförare
tui-due-help-short = 2026-12-15, +3d, +2v, +1m
tui-due-help = Skriv ett datum som 2026-12-15 eller en tid framåt som +3d, +2v eller +1m.
tui-err-due = Ogiltigt datum:
tui-err-no-text = Skriv en text först.
tui-err-no-title = Punkten behöver en rubrik.
tui-err-no-name = Skriv ett namn.
tui-err-target = Välj forumet eskaleringen går till (↑↓ i listan).
tui-err-channel = Välj fysiskt, telefon eller video (↑↓ i listan).
tui-no-match = (ingen träff)
tui-no-match-free = (ingen träff: texten sparas som den står)
tui-ed-save = Enter spara
tui-ed-newline = Alt-Enter ny rad
tui-ed-pick = ↑↓ välj
tui-ed-next = Tab nästa fält
tui-ed-cancel = Esc avbryt
tui-draft-saved = utkast sparat
tui-confirm-discard = Kasta texten? y eller Enter = ja, n eller Esc = nej

## small popups

tui-confirm-title = Bekräfta
tui-confirm-remove-item = { $entries ->
        [0] Ta bort punkten «{ $title }»?
        [one] Ta bort punkten «{ $title }» och dess { $entries } anteckning?
       *[other] Ta bort punkten «{ $title }» och dess { $entries } anteckningar?
    }
tui-confirm-delete-entry = Ta bort «{ $entry }»?
tui-yes-no = y eller Enter = ja, n eller Esc = nej
tui-leave-title = Lämna mötet
tui-end-key = a
tui-keep-running = Lämna det pågående
tui-stay = Stanna kvar
tui-draft-title = Osparad text från förra gången
tui-saved-at = Sparad
tui-unknown-draft = Utkast
tui-draft-keys = r återställ · d kasta · Esc senare
tui-draft-discarded = Utkastet är kastat.

## help

tui-help-title = Tangenter
tui-help-close = Valfri tangent stänger.
tui-help-close-scroll = ↑↓ PgUp PgDn rullar · annan tangent stänger.
tui-help-home-heading = Startsidan
tui-help-home =
    ↑↓ j k	flytta mellan forum
    PgUp PgDn	rulla detaljerna
    /	filtrera forum (ä = a)
    Enter	starta ett möte eller öppna ett tidigare (ett pågående möte öppnas direkt)
    A	åtgärdsregistret
    D	beslutsregistret
    S	sök i alla möten
    E	eskaleringar och meningsskiljaktigheter
    P	protokoll som väntar på justering
    R	leverantörens rapporter per månad
    N	personregistret: sök, ändra, roller över tid
    W	vem sitter var: roller och personer i varje forum
    q Esc	avsluta (rensar först filtret)
    Ctrl-C	avsluta
tui-help-meeting-heading = Mötet
tui-help-meeting =
    Tab	byt mellan närvaro och dagordning
    ↑↓ j k	flytta (PgUp PgDn Home End)
    d	beslut
    a	åtgärd
    i	information
    e	eskalering
    r	risk
    m	meningsskiljaktighet
    s	mötesuppgifter: mötesform, plats, protokollförare
    S	ordförande, diarienummer, val av justerare
    p	exportera protokollet (md, html, pdf, json)
    u Ctrl-Z	ångra den senaste ändringen (igen för den före)
    q Esc	lämna mötet: avsluta det, låt det pågå, kassera eller ställ in det (x)
    T	skrivskyddat möte: ta över protokollföringen (efter en fråga)
    Ctrl-C	avsluta fora; mötet pågår vidare
tui-help-attendance-heading = Närvaro
tui-help-attendance =
    1	närvarande
    2	på distans
    3	ersättare (välj eller skriv vem)
    4	anmält förhinder
    5	frånvarande
    0	ej markerad
    g	ny gäst
    > <	kom / gick (tiden är nu; skriv en annan, t.ex. 14:05)
tui-help-agenda-heading = Dagordning
tui-help-agenda =
    Enter	punkt: gör den aktuell · anteckning: visa
    E	ändra anteckningen
    M	flytta anteckningen till en annan punkt
    n	ny punkt efter den valda
    R	byt namn på punkten
    K J	flytta punkten upp / ned
    x	markera punkten klar
    Del	ta bort punkten eller anteckningen
    c	markera åtgärden klar
    v	rapport om servicenivåer: Staden godkänner eller bestrider
tui-help-actions-heading = Åtgärdsregistret
tui-help-actions =
    ↑↓ j k	flytta (PgUp PgDn Home End)
    Enter	öppna mötet där åtgärden beslutades
    c	markera klar, eller öppen igen
    o	visa bara öppna, eller alla
    ⚠	försenad: klart senast har passerat
    ✓	klar
    q Esc	tillbaka till startsidan
    Ctrl-C	avsluta
tui-help-decisions-heading = Beslutsregistret
tui-help-decisions =
    ↑↓ j k	flytta (PgUp PgDn Home End)
    Enter	öppna mötet där beslutet fattades
    q Esc	tillbaka till startsidan
    Ctrl-C	avsluta
tui-help-search-heading = Sök
tui-help-search =
    skriv	sök: varje ord ska finnas (ä = a)
    Backspace	sudda
    ↑↓	välj en träff (PgUp PgDn Home End)
    Enter	öppna mötet med träffen
    Esc	tillbaka till startsidan
    Ctrl-C	avsluta
tui-help-followups-heading = Eskaleringar och meningsskiljaktigheter
tui-help-followups =
    Tab ← →	byt mellan eskaleringar och meningsskiljaktigheter
    ↑↓ j k	flytta (PgUp PgDn Home End)
    Enter	öppna mötet där frågan togs upp
    q Esc	tillbaka till startsidan
    Ctrl-C	avsluta
tui-help-approvals-heading = Protokoll som väntar på justering
tui-help-approvals =
    ↑↓ j k	flytta (PgUp PgDn Home End)
    Enter	öppna mötet
    s	skicka protokollet för justering (ett utkast, eller en återremitterad version igen)
    r	registrera en justering som gavs på mötet eller per e-post (visas som registrerad, inte signerad)
    n	signera en justering med justerarens nyckelfil
    q Esc	tillbaka till startsidan
    Ctrl-C	avsluta
tui-help-editor-heading = I textrutan
tui-help-editor =
    Enter	spara
    Alt-Enter	ny rad (även Ctrl-J)
    Tab	nästa fält
    ↑↓	välj i listan
    Esc	avbryt (frågar innan text kastas)

## Sentences with values in them: counts, dates, names

# After the due date of the next meeting.
tui-overdue-by-days = försenat { $days } { $days ->
        [one] dag
       *[other] dagar
    }
tui-due-in-days = om { $days } { $days ->
        [one] dag
       *[other] dagar
    }
# A meeting in the list of a forum's meetings.
tui-picker-counts = { $present } närvarande · { $decisions } beslut · { $actions } åtgärder
tui-end-meeting-now = Avsluta mötet nu (sluttid { $time })
tui-export-size = { $bytes } byte
# The open actions of a forum on the home screen.
tui-actions-open = { $open } öppna
tui-actions-open-overdue = { $open } öppna, { $late } { $late ->
        [one] försenad
       *[other] försenade
    }
tui-window-too-small = Fönstret är för litet (minst { $width }×{ $height })
tui-participants-on = Deltagare per { $date }
tui-cancel-offer = Mötet är aktuellt sedan { $due } · x ställer in det
tui-read-only-banner = SKRIVSKYDDAT – protokollförs redan av { $holder } sedan { $since }
tui-from-the-meeting-of = från mötet { $date }
