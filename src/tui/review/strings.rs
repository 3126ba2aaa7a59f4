//! Every fixed text of the review screen, in Swedish and English. The
//! protocol's own words come from `protocol::labels`, its data from the file.

use crate::i18n::Lang;

/// Declares [`Strings`] and its Swedish and English values from one line per
/// text, so the two languages are read side by side.
macro_rules! strings {
    ($($(#[$doc:meta])* $name:ident: $sv:expr, $en:expr;)+) => {
        /// The fixed texts of the review screen.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Strings {
            $($(#[$doc])* pub $name: &'static str,)+
        }

        pub const SV: Strings = Strings { $($name: $sv,)+ };
        pub const EN: Strings = Strings { $($name: $en,)+ };
    };
}

strings! {
    // ------------------------------------------------------------ header and panes
    version: "version", "version";
    your_answer: "Ditt svar:", "Your answer:";
    not_chosen: "inte valt", "not chosen";
    approve: "godkänner", "approve";
    request_changes: "begär ändringar", "request changes";
    reviewer: "Granskare:", "Reviewer:";
    name_not_given: "namn ej angivet", "name not given";
    /// After a number: "2 kommentarer".
    comments: "kommentarer", "comments";
    one_comment: "kommentar", "comment";
    draft_saved: "utkast sparat", "draft saved";
    whole_protocol: "Hela protokollet", "Whole protocol";
    item: "Punkt", "Item";
    agenda: "Dagordning", "Agenda";
    your_comment: "Din kommentar", "Your comment";
    no_comment: "Ingen kommentar. Enter eller c skriver en.", "No comment. Enter or c writes one.";

    // ------------------------------------------------------------ key bar
    bar: "Enter kommentera · a godkänn · x begär ändringar · w skriv svaret",
        "Enter comment · a approve · x request changes · w write the response";
    /// Kept at the right end of the key bar, so a narrow window cuts the others first.
    bar_end: "? hjälp · q avsluta", "? help · q quit";

    // ------------------------------------------------------------ comment editor
    comment_on_item: "Kommentar till punkt", "Comment on item";
    comment_on_whole: "Kommentar till hela protokollet", "Comment on the whole protocol";
    editor_keys: "Enter spara · Alt-Enter ny rad · Esc avbryt", "Enter save · Alt-Enter new line · Esc cancel";
    confirm_discard: "Kasta ändringen? j = ja, n = nej", "Discard the change? y = yes, n = no";
    changes_hint: "Ändringar begärs: skriv vad som ska ändras med Enter på en punkt eller på Hela protokollet.",
        "Changes requested: say what should change with Enter on an item or on Whole protocol.";
    comment_noted: "Kommentaren är noterad; w skriver svaret.", "The comment is noted; w writes the response.";
    comment_removed: "Kommentaren är borttagen.", "The comment is removed.";

    // ------------------------------------------------------------ name
    name_title: "Ditt namn", "Your name";
    name_why: "Står i svaret som granskare, t.ex. Bo Ek, Leverantören AB.", "Goes into the response as the reviewer, e.g. Bo Ek, Supplier Ltd.";
    name_keys: "Enter klar · Esc avbryt", "Enter done · Esc cancel";
    err_no_name: "Skriv ditt namn.", "Write your name.";

    // ------------------------------------------------------------ writing
    err_no_verdict: "Välj först ditt svar: a godkänner protokollet, x begär ändringar.",
        "First choose your answer: a approves the minutes, x requests changes.";
    err_changes_need_comment: "Skriv vad som ska ändras innan du begär ändringar: Enter på en punkt eller på Hela protokollet.",
        "Say what should change before requesting changes: Enter on an item or on Whole protocol.";
    written: "Svaret är skrivet; skicka tillbaka filen", "The response is written; send back the file";
    not_written: "Svaret kunde inte skrivas:", "The response could not be written:";
    no_file: "ingen granskningsfil att skriva bredvid", "no review file to write next to";
    draft_failed: "Utkastet kunde inte sparas:", "The draft could not be saved:";

    // ------------------------------------------------------------ popups
    draft_title: "Osparat arbete från förra gången", "Unsaved work from last time";
    saved_at: "Sparat", "Saved";
    draft_keys: "r återställ · d kasta", "r restore · d discard";
    draft_restored: "Utkastet är återställt.", "The draft is restored.";
    draft_discarded: "Utkastet är kastat.", "The draft is discarded.";
    draft_moved: "Ett utkast för en annan version av protokollet flyttades till", "A draft for another version of the minutes was moved to";
    draft_unreadable: "Ett oläsbart utkast flyttades till", "An unreadable draft was moved to";
    quit_title: "Svaret är inte skrivet", "The response is not written";
    quit_body: "Det du skrivit finns kvar i ett utkast bredvid filen och erbjuds nästa gång.",
        "What you wrote stays in a draft next to the file and is offered next time.";
    quit_keys: "w skriv svaret · q avsluta ändå · Esc stanna", "w write the response · q quit anyway · Esc stay";
    too_small_hint: "Förstora fönstret; inget du skrivit går förlorat.", "Enlarge the window; nothing you wrote is lost.";

    // ------------------------------------------------------------ help
    help_title: "Tangenter", "Keys";
    help_close: "Valfri tangent stänger.", "Any key closes.";
    help_review_heading: "Granskningen", "The review";
    help_review: "↑↓ j k\tflytta mellan punkterna (Home End)\nPgUp PgDn\trulla protokolltexten\nEnter c\tkommentera den valda punkten\na\tgodkänn protokollet\nx\tbegär ändringar (kräver en kommentar)\nn\tskriv eller ändra ditt namn\nw\tskriv svarsfilen bredvid granskningsfilen\nq Esc\tavsluta (frågar om svaret inte är skrivet)\nCtrl-C\tavsluta direkt; det du skrivit finns kvar i utkastet",
        "↑↓ j k\tmove between the items (Home End)\nPgUp PgDn\tscroll the protocol text\nEnter c\tcomment on the selected item\na\tapprove the minutes\nx\trequest changes (needs a comment)\nn\twrite or change your name\nw\twrite the response file next to the review file\nq Esc\tquit (asks if the response is not written)\nCtrl-C\tquit at once; what you wrote stays in the draft";
    help_editor_heading: "I textrutan", "In the editor";
    help_editor: "Enter\tspara kommentaren\nAlt-Enter\tny rad (även Ctrl-J)\nEsc\tavbryt (frågar innan text kastas)",
        "Enter\tsave the comment\nAlt-Enter\tnew line (also Ctrl-J)\nEsc\tcancel (asks before text is discarded)";
    help_files_heading: "Filerna", "The files";
    help_files: "Svaret\t<namn>.response.json; en befintlig fil skrivs aldrig över\nUtkast\t<namn>.response.draft.json sparas medan du skriver och tas bort när svaret är skrivet",
        "Response\t<name>.response.json; an existing file is never overwritten\nDraft\t<name>.response.draft.json is kept while you type and removed once the response is written";
}

impl Strings {
    pub fn for_lang(lang: Lang) -> &'static Strings {
        match lang {
            Lang::Sv => &SV,
            Lang::En => &EN,
        }
    }
}
