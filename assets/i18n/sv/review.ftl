# fora: the fixed words of the review screen (fora review), in Swedish.
# Each key must also be in assets/i18n/en/review.ftl; `cargo test` fails otherwise.
# A key review-some-name is the field some_name of src/tui/review/strings.rs.

## header and panes

review-version = version
review-your-answer = Ditt svar:
review-not-chosen = inte valt
review-approve = godkänner
review-request-changes = begär ändringar
review-comments-only = bara kommentarer
review-reviewer = Granskare:
review-name-not-given = namn ej angivet
review-draft-saved = utkast sparat
review-whole-protocol = Hela protokollet
review-item = Punkt
review-agenda = Dagordning
review-your-comment = Din kommentar
review-no-comment = Ingen kommentar. Enter eller c skriver en.

## key bar

review-bar = Enter kommentera · a godkänn · x ändringar · o kommentarer · w skriv svaret
# Kept at the right end of the key bar, so a narrow window cuts the others first.
review-bar-end = ? hjälp · q avsluta

## comment editor

review-comment-on-item = Kommentar till punkt
review-comment-on-whole = Kommentar till hela protokollet
review-editor-keys = Enter spara · Alt-Enter ny rad · Esc avbryt
review-confirm-discard = Kasta ändringen? y eller Enter = ja, n eller Esc = nej
review-changes-hint = Ändringar begärs: skriv vad som ska ändras med Enter på en punkt eller på Hela protokollet.
review-comment-noted = Kommentaren är noterad; w skriver svaret.
review-comment-removed = Kommentaren är borttagen.

## name

review-name-title = Ditt namn
review-name-why = Står i svaret som granskare, t.ex. Bo Ek, Leverantören AB.
review-name-keys = Enter klar · Esc avbryt
review-err-no-name = Skriv ditt namn.

## writing

review-err-no-verdict = Välj först ditt svar: a godkänner protokollet, x begär ändringar, o lämnar bara kommentarer.
review-err-changes-need-comment = Skriv vad som ska ändras innan du begär ändringar: Enter på en punkt eller på Hela protokollet.
review-written = Svaret är skrivet; skicka tillbaka filen
review-not-written = Svaret kunde inte skrivas:
review-not-signed = Svaret är skrivet men inte signerat:
review-no-file = ingen granskningsfil att skriva bredvid
review-draft-failed = Utkastet kunde inte sparas:

## popups

review-draft-title = Osparat arbete från förra gången
review-saved-at = Sparat
review-draft-keys = r återställ · d kasta
review-draft-restored = Utkastet är återställt.
review-draft-discarded = Utkastet är kastat.
review-draft-moved = Ett utkast för en annan version av protokollet flyttades till
review-draft-unreadable = Ett oläsbart utkast flyttades till
review-quit-title = Svaret är inte skrivet
review-quit-keys = w skriv svaret · q avsluta ändå · Esc stanna
review-too-small-hint = Förstora fönstret; inget du skrivit går förlorat.

## help

review-help-title = Tangenter
review-help-close = Valfri tangent stänger.
review-help-review-heading = Granskningen
review-help-review =
    ↑↓ j k	flytta mellan punkterna (Home End)
    PgUp PgDn	rulla protokolltexten
    Enter c	kommentera den valda punkten
    a	godkänn protokollet
    x	begär ändringar (kräver en kommentar; bara justerare)
    o	bara kommentarer: varken godkänner eller begär ändringar
    n	skriv eller ändra ditt namn
    w	skriv svarsfilen bredvid granskningsfilen (eller i foras mapp, se Filerna)
    q Esc	avsluta (frågar om svaret inte är skrivet)
    Ctrl-C	avsluta direkt; det du skrivit sparas först i utkastet, och fora säger var
review-help-editor-heading = I textrutan
review-help-editor =
    Enter	spara kommentaren
    Alt-Enter	ny rad (även Ctrl-J)
    Esc	avbryt (frågar innan text kastas)
review-help-files-heading = Filerna
review-help-files =
    Svaret	<namn>.response.json; en befintlig fil skrivs aldrig över
    Utkast	<namn>.response.draft.json sparas medan du skriver och tas bort när svaret är skrivet
    Skrivskyddat	går granskningsfilens mapp inte att skriva i hamnar båda i mappen reviews i foras datamapp; fora säger var

## Sentences with values in them
review-signed = signerat med nyckeln { $fingerprint } i { $path }; skicka båda filerna
review-unsigned = inte signerat (ingen nyckel); signera det med ssh-keygen -Y sign -n { $namespace } -f DIN_NYCKEL innan du skickar det

review-comment-count = { $count } { $count ->
        [one] kommentar
       *[other] kommentarer
    }
review-an-approver = du är justerare
review-not-an-approver = du är inte justerare (justeras av { $rule })
review-approved-by = justeras av { $rule }
