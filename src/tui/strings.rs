//! Every text the terminal UI shows that is not data, in Swedish and English.
//! Data from the catalogue and the database (forum names, purposes, people,
//! entries) is not here: it is shown as stored, made inert.

use crate::i18n::Lang;

/// Declares the [`Strings`] struct and its Swedish and English values from
/// one line per text, so the two languages are read side by side.
macro_rules! strings {
    ($($(#[$doc:meta])* $name:ident: $sv:expr, $en:expr;)+) => {
        /// The fixed texts of the screens.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Strings {
            $($(#[$doc])* pub $name: &'static str,)+
        }

        pub const SV: Strings = Strings { $($name: $sv,)+ };
        pub const EN: Strings = Strings { $($name: $en,)+ };
    };
}

strings! {
    // ------------------------------------------------------------ home
    app_name: "fora", "fora";
    forums_title: "Forum", "Forums";
    details_title: "Detaljer", "Details";
    no_forums: "Katalogen har inga forum.", "The catalogue has no forums.";
    no_match_forums: "Inget forum matchar filtret.", "No forum matches the filter.";
    inactive: "(inaktivt)", "(inactive)";
    area: "Område", "Area";
    level: "Nivå", "Level";
    purpose: "Syfte", "Purpose";
    cadence: "Mötesfrekvens", "Cadence";
    channels: "Mötesform", "Channels";
    keeper: "Protokollförare", "Minute keeper";
    approver: "Justeras av", "Approved by";
    /// Followed by the date: "Deltagare per 2026-03-02".
    roster_as_of: "Deltagare per", "Participants as of";
    no_seats: "Inga deltagare angivna.", "No participants listed.";
    when_needed: "Vid behov", "When needed";
    vacant: "vakant", "vacant";
    themes: "Stående teman", "Standard themes";
    rules: "Särskilda regler", "Particular rules";
    key_move: "↑↓/j k flytta", "↑↓/j k move";
    key_scroll: "PgUp/PgDn rulla", "PgUp/PgDn scroll";
    key_quit: "q avsluta", "q quit";
    key_filter: "/ filtrera", "/ filter";
    key_open: "Enter möten", "Enter meetings";
    key_help: "? hjälp", "? help";
    filter_keys: "Enter klar · Esc rensa", "Enter done · Esc clear";
    key_screens: "A åtgärder   D beslut   S sök   E eskaleringar   P justering", "A actions   D decisions   S search   E escalations   P approval";
    /// Followed by the minimum size: "Fönstret är för litet (minst 60×12)".
    too_small: "Fönstret är för litet", "The window is too small";
    at_least: "minst", "min.";
    quit_hint: "q avslutar", "q quits";
    too_small_meeting: "Förstora fönstret; inget av mötet går förlorat.", "Enlarge the window; nothing of the meeting is lost.";

    // ------------------------------------------------------------ home: follow-up of the selected forum
    last_meeting: "Senaste möte", "Last meeting";
    next_due: "Nästa senast", "Next due";
    approval: "Justering", "Approval";
    actions: "Åtgärder", "Actions";
    none_yet: "inget ännu", "none yet";
    due_now_never_held: "nu (aldrig hållet)", "now (never held)";
    not_scheduled: "ej planerat", "not scheduled";
    due_today: "i dag", "today";
    /// Before a number of days: "om 3 dagar".
    due_in: "om", "in";
    /// Before a number of days: "försenat 29 dagar".
    overdue_by: "försenat", "overdue by";
    day: "dag", "day";
    days: "dagar", "days";
    /// After a number: "1 protokoll väntar".
    protocol_waiting: "protokoll väntar", "protocol waiting";
    protocols_waiting: "protokoll väntar", "protocols waiting";
    none_waiting: "inget väntar", "none waiting";
    /// "3 öppna, 1 försenad".
    open_count: "öppna", "open";
    one_overdue: "försenad", "overdue";
    many_overdue: "försenade", "overdue";
    none_open: "inga öppna", "none open";

    // ------------------------------------------------------------ list screens
    back_hint: "q tillbaka", "q back";
    esc_back_hint: "Esc tillbaka", "Esc back";
    col_due: "Senast", "Due";
    col_forum: "Forum", "Forum";
    col_owner: "Ansvarig", "Owner";
    col_action: "Åtgärd", "Action";
    col_reference: "Referens", "Reference";
    col_date: "Datum", "Date";
    col_decision: "Beslut", "Decision";
    col_from: "Från", "From";
    col_to: "Till", "To";
    col_parties: "Parter", "Parties";
    col_age: "Ålder", "Age";
    col_text: "Text", "Text";
    col_version: "Version", "Version";
    col_sent: "Skickad", "Sent";
    col_waited: "Väntat", "Waited";
    actions_title: "Åtgärdsregister", "Action register";
    all_actions: "alla", "all";
    open_actions: "öppna", "open";
    no_actions: "Inga åtgärder är antecknade.", "No actions are recorded.";
    no_open_actions: "Inga öppna åtgärder: o visar alla.", "No open actions: o shows all.";
    action_done: "åtgärden är klar", "the action is done";
    action_reopened: "åtgärden är öppen igen", "the action is open again";
    bar_actions: "↑↓ flytta · Enter öppna mötet · c klar/öppen · o öppna/alla · ? hjälp · q tillbaka", "↑↓ move · Enter open the meeting · c done/open · o open/all · ? help · q back";
    decisions_title: "Beslutsregister", "Decision register";
    no_decisions: "Inga beslut är fattade ännu.", "No decisions have been made yet.";
    bar_list: "↑↓ flytta · Enter öppna mötet · ? hjälp · q tillbaka", "↑↓ move · Enter open the meeting · ? help · q back";
    search_title: "Sök i alla möten", "Search every meeting";
    search_prompt: "Sök", "Search";
    search_hint: "Skriv ord att söka efter (ä = a; början av ett ord räcker).", "Type words to search for (ä = a; the start of a word is enough).";
    /// After a number: "3 träffar".
    hits: "träffar", "matches";
    one_hit: "träff", "match";
    no_hits: "Inga träffar.", "No matches.";
    search_failed: "Sökningen misslyckades:", "The search failed:";
    agenda_item: "dagordningspunkt", "agenda item";
    bar_search: "skriv för att söka · ↑↓ välj · Enter öppna mötet · ? hjälp · Esc tillbaka", "type to search · ↑↓ pick · Enter open the meeting · ? help · Esc back";
    followups_title: "Eskaleringar och meningsskiljaktigheter", "Escalations and disagreements";
    tab_escalations: "Öppna eskaleringar", "Open escalations";
    tab_disagreements: "Öppna meningsskiljaktigheter", "Open disagreements";
    no_escalations: "Inga öppna eskaleringar.", "No open escalations.";
    no_disagreements: "Inga öppna meningsskiljaktigheter.", "No open disagreements.";
    bar_followups: "Tab byt lista · ↑↓ flytta · Enter öppna mötet · ? hjälp · q tillbaka", "Tab switch list · ↑↓ move · Enter open the meeting · ? help · q back";
    approvals_title: "Protokoll som väntar på justering", "Protocols awaiting approval";
    no_awaiting: "Inga protokoll väntar på justering.", "No protocols await approval.";
    not_loaded: "Listan kunde inte läsas:", "The list could not be read:";

    // ------------------------------------------------------------ export popup
    export_title: "Exportera protokollet", "Export the protocol";
    export_into: "Skrivs i", "Written in";
    current_dir: "den aktuella katalogen", "the current directory";
    export_keys: "↑↓ välj · Enter skriv · Esc avbryt", "↑↓ pick · Enter write · Esc cancel";
    export_written: "Protokollet skrevs till", "The protocol was written to";
    export_failed: "Protokollet kunde inte skrivas:", "The protocol could not be written:";
    bytes: "byte", "bytes";

    // ------------------------------------------------------------ meeting picker
    meetings_title: "möten", "meetings";
    start_meeting_now: "Starta ett nytt möte nu", "Start a new meeting now";
    count_present: "närvarande", "present";
    count_decisions: "beslut", "decisions";
    count_actions: "åtgärder", "actions";
    picker_keys: "Enter öppna · n nytt möte · Esc stäng", "Enter open · n new meeting · Esc close";
    not_started: "Mötet kunde inte startas:", "The meeting could not be started:";
    not_opened: "Mötet kunde inte öppnas:", "The meeting could not be opened:";
    picker_points_keys: "f föreslå punkt", "f propose a point";
    points_proposed: "Anmälda punkter", "Points proposed";
    no_points_proposed: "Inga punkter anmälda till nästa möte.", "No points proposed for the next meeting.";
    propose_title: "Föreslå en punkt till nästa möte", "Propose a point for the next meeting";
    propose_by: "Föreslås av", "Proposed by";
    propose_keys: "Tab byt leverantör · Enter föreslå · Esc avbryt", "Tab other supplier · Enter propose · Esc cancel";
    point_proposed: "Punkt föreslagen:", "Point proposed:";
    not_proposed: "Punkten kunde inte sparas:", "The point could not be saved:";
    /// Followed by the due date and the key: "Mötet var aktuellt 2026-11-26 …".
    cancel_offer_due: "Mötet är aktuellt sedan", "The meeting is due since";
    cancel_offer_key: "· x ställer in det", "· x cancels it";
    cancel_confirm: "Ställa in dagens möte (inga anmälda punkter)? x igen ställer in, annan tangent ångrar.", "Cancel today's meeting (no points proposed)? x again cancels, any other key keeps it.";
    cancel_reason: "Inga anmälda punkter", "No points proposed";
    meeting_cancelled: "Mötet är inställt:", "The meeting is cancelled:";
    not_cancelled: "Mötet kunde inte ställas in:", "The meeting could not be cancelled:";

    // ------------------------------------------------------------ meeting screen
    attendance_title: "Närvaro", "Attendance";
    agenda_title: "Dagordning", "Agenda";
    permanent_heading: "Permanenta deltagare", "Permanent participants";
    guests_heading: "Gäster", "Guests";
    warn_roles: "Permanent roll utan närvarande", "Permanent role with nobody present";
    warn_parties: "Part utan närvarande", "Party with nobody present";
    no_items: "Dagordningen är tom: n lägger till en punkt.", "The agenda is empty: n adds an item.";
    done_mark: "klar", "done";
    edited_at: "ändrad", "edited";
    meeting_time: "Mötestid", "Meeting time";
    started: "Start", "Started";
    not_set: "ej angiven", "not set";
    on_item: "På punkt", "On item";
    no_current_item: "Ingen aktuell punkt", "No current item";
    item: "punkt", "item";
    not_marked: "ej markerad", "not marked";
    joined: "kom", "joined";
    left: "gick", "left";
    bar_attendance: "1-5 status · g gäst · > < kom/gick", "1-5 status · g guest · > < joined/left";
    bar_agenda: "Enter aktuell/ändra · n ny punkt · Del ta bort", "Enter current/edit · n new item · Del remove";
    bar_entries: "d a i e r m anteckning", "d a i e r m entry";
    bar_common: "Tab byt ruta · ? hjälp · q lämna", "Tab switch pane · ? help · q leave";
    /// Followed by who holds the meeting and since when: "1234@host sedan 09:02".
    read_only_bar: "SKRIVSKYDDAT – protokollförs redan av", "READ-ONLY – already being recorded by";
    read_only_since: "sedan", "since";
    not_read_again: "Mötet kunde inte läsas om:", "The meeting could not be read again:";
    read_only_keys: "Tab byt ruta · p exportera · q lämna", "Tab switch pane · p export · q leave";
    read_only_refused: "Skrivskyddat: mötet protokollförs i en annan fora. Inget ändrades.", "Read-only: the meeting is being recorded in another fora. Nothing was changed.";
    lock_taken_over: "En annan fora protokollför nu mötet; det visas skrivskyddat. Det du skrev finns kvar som utkast.", "Another fora is recording the meeting now; it is shown read-only. What you typed is kept as a draft.";
    /// Who records the meeting when the database could not say.
    holder_unknown: "okänd fora", "an unknown fora";
    lock_not_claimed: "Mötet kunde inte låsas igen (skrivskyddat, det du skrev är sparat som utkast):", "The meeting could not be locked again (read-only, what you typed is kept as a draft):";

    // ------------------------------------------------------------ saved or not
    saved: "Sparat:", "Saved:";
    not_saved: "Inte sparat:", "Not saved:";
    saved_unseen: "Sparat, men skärmen kunde inte läsas om:", "Saved, but the screen could not be read back:";
    order_saved: "ordningen på dagordningen", "the order of the agenda";
    item_saved: "punkten", "the item";
    item_removed: "punkten är borttagen", "the item is removed";
    entry_deleted: "anteckningen är borttagen", "the entry is deleted";
    action_saved: "åtgärdens status", "the action's status";
    guest_saved: "gäst", "guest";
    details_saved: "mötesuppgifterna", "the meeting details";
    current_item_now: "aktuell punkt", "current item";
    no_changes: "inga ändringar", "no changes";
    no_item_for_entry: "Det finns ingen punkt att anteckna på: n lägger till en.", "There is no item to record on: n adds one.";
    entry_gone: "Anteckningen finns inte längre.", "The entry no longer exists.";
    overdue_mark: "försenad", "overdue";
    recorded_in_meeting: "från mötet", "from the meeting of";
    followup_is_earlier: "Åtgärden är från ett tidigare möte: c markerar den klar i detta möte.", "The action is from an earlier meeting: c marks it done in this meeting.";

    // ------------------------------------------------------------ editor
    new_entry: "Ny anteckning", "New entry";
    edit_entry: "Ändra", "Edit";
    new_item: "Ny punkt på dagordningen", "New agenda item";
    rename_item: "Byt namn på", "Rename";
    add_guest: "Ny gäst", "New guest";
    substitute_for: "Ersättare för", "Substitute for";
    meeting_details_title: "Mötesuppgifter", "Meeting details";
    field_text: "Text", "Text";
    field_owner: "Ansvarig", "Owner";
    field_due: "Klart senast", "Due";
    field_target: "Till forum", "To forum";
    field_parties: "Parter", "Parties";
    field_title: "Rubrik", "Title";
    field_name: "Namn", "Name";
    field_organisation: "Organisation", "Organisation";
    field_channel: "Mötesform", "Channel";
    field_place: "Plats eller länk", "Place or link";
    field_keeper: "Protokollförare", "Minute keeper";
    due_help_short: "2026-12-15, +3d, +2v, +1m", "2026-12-15, +3d, +2w, +1m";
    due_help: "Skriv ett datum som 2026-12-15 eller en tid framåt som +3d, +2v eller +1m.", "Write a date such as 2026-12-15 or a time ahead such as +3d, +2w or +1m.";
    err_due: "Ogiltigt datum:", "Not a valid date:";
    err_no_text: "Skriv en text först.", "Write some text first.";
    err_no_title: "Punkten behöver en rubrik.", "The item needs a title.";
    err_no_name: "Skriv ett namn.", "Write a name.";
    err_target: "Välj forumet eskaleringen går till (↑↓ i listan).", "Pick the forum the escalation goes to (↑↓ in the list).";
    err_channel: "Välj fysiskt, telefon eller video (↑↓ i listan).", "Pick in person, phone or video (↑↓ in the list).";
    no_match: "(ingen träff)", "(no match)";
    no_match_free: "(ingen träff: texten sparas som den står)", "(no match: the text is kept as typed)";
    ed_save: "Enter spara", "Enter save";
    ed_newline: "Alt-Enter ny rad", "Alt-Enter new line";
    ed_pick: "↑↓ välj", "↑↓ pick";
    ed_next: "Tab nästa fält", "Tab next field";
    ed_cancel: "Esc avbryt", "Esc cancel";
    draft_saved: "utkast sparat", "draft saved";
    confirm_discard: "Kasta texten? j = ja, n = nej", "Discard the text? y = yes, n = no";

    // ------------------------------------------------------------ small popups
    confirm_title: "Bekräfta", "Confirm";
    confirm_remove_item: "Ta bort punkten", "Remove the item";
    confirm_delete_entry: "Ta bort", "Delete";
    and_its: "och dess", "and its";
    count_entries: "anteckningar", "entries";
    yes_no: "j = ja, n = nej", "y = yes, n = no";
    leave_title: "Lämna mötet", "Leave the meeting";
    end_key: "a", "e";
    end_meeting: "Avsluta mötet nu", "End the meeting now";
    ends_at: "sluttid", "ends at";
    keep_running: "Lämna det pågående", "Leave it running";
    stay: "Stanna kvar", "Stay";
    draft_title: "Osparad text från förra gången", "Unsaved text from last time";
    saved_at: "Sparad", "Saved";
    unknown_draft: "Utkast", "Draft";
    draft_keys: "r återställ · d kasta · Esc senare", "r restore · d discard · Esc later";
    draft_discarded: "Utkastet är kastat.", "The draft is discarded.";

    // ------------------------------------------------------------ help
    help_title: "Tangenter", "Keys";
    help_close: "Valfri tangent stänger.", "Any key closes.";
    help_home_heading: "Startsidan", "Home";
    help_home: "↑↓ j k\tflytta mellan forum\nPgUp PgDn\trulla detaljerna\n/\tfiltrera forum (ä = a)\nEnter\tstarta ett möte eller öppna ett tidigare\nA\tåtgärdsregistret\nD\tbeslutsregistret\nS\tsök i alla möten\nE\teskaleringar och meningsskiljaktigheter\nP\tprotokoll som väntar på justering\nq Esc\tavsluta (rensar först filtret)\nCtrl-C\tavsluta", "↑↓ j k\tmove between forums\nPgUp PgDn\tscroll the details\n/\tfilter forums (ä = a)\nEnter\tstart a meeting or open an earlier one\nA\tthe action register\nD\tthe decision register\nS\tsearch every meeting\nE\tescalations and disagreements\nP\tprotocols awaiting approval\nq Esc\tquit (clears the filter first)\nCtrl-C\tquit";
    help_meeting_heading: "Mötet", "The meeting";
    help_meeting: "Tab\tbyt mellan närvaro och dagordning\n↑↓ j k\tflytta (PgUp PgDn Home End)\nd\tbeslut\na\tåtgärd\ni\tinformation\ne\teskalering\nr\trisk\nm\tmeningsskiljaktighet\ns\tmötesuppgifter: mötesform, plats, protokollförare\np\texportera protokollet (md, html, pdf, json)\nq Esc\tlämna mötet: avsluta det eller låt det pågå\nCtrl-C\tavsluta fora; mötet pågår vidare", "Tab\tswitch between attendance and agenda\n↑↓ j k\tmove (PgUp PgDn Home End)\nd\tdecision\na\taction\ni\tinformation\ne\tescalation\nr\trisk\nm\tdisagreement\ns\tmeeting details: channel, place, minute keeper\np\texport the protocol (md, html, pdf, json)\nq Esc\tleave the meeting: end it or leave it running\nCtrl-C\tquit fora; the meeting keeps running";
    help_attendance_heading: "Närvaro", "Attendance";
    help_attendance: "1\tnärvarande\n2\tpå distans\n3\tersättare (välj eller skriv vem)\n4\tanmält förhinder\n5\tfrånvarande\n0\tej markerad\ng\tny gäst\n> <\tkom nu / gick nu", "1\tpresent\n2\tremote\n3\tsubstitute (pick or type who)\n4\texcused\n5\tabsent\n0\tnot marked\ng\tnew guest\n> <\tjoined now / left now";
    help_agenda_heading: "Dagordning", "Agenda";
    help_agenda: "Enter\tpunkt: gör den aktuell · anteckning: ändra\nn\tny punkt efter den valda\nR\tbyt namn på punkten\nK J\tflytta punkten upp / ned\nx\tmarkera punkten klar\nDel\tta bort punkten eller anteckningen\nc\tmarkera åtgärden klar", "Enter\titem: make it current · entry: edit\nn\tnew item after the selected one\nR\trename the item\nK J\tmove the item up / down\nx\tmark the item done\nDel\tremove the item or delete the entry\nc\tmark the action done";
    help_actions_heading: "Åtgärdsregistret", "The action register";
    help_actions: "↑↓ j k\tflytta (PgUp PgDn Home End)\nEnter\töppna mötet där åtgärden beslutades\nc\tmarkera klar, eller öppen igen\no\tvisa bara öppna, eller alla\n⚠\tförsenad: klart senast har passerat\n✓\tklar\nq Esc\ttillbaka till startsidan\nCtrl-C\tavsluta", "↑↓ j k\tmove (PgUp PgDn Home End)\nEnter\topen the meeting that decided the action\nc\tmark it done, or open again\no\tshow only open ones, or all\n⚠\toverdue: its due date has passed\n✓\tdone\nq Esc\tback to the home screen\nCtrl-C\tquit";
    help_decisions_heading: "Beslutsregistret", "The decision register";
    help_decisions: "↑↓ j k\tflytta (PgUp PgDn Home End)\nEnter\töppna mötet där beslutet fattades\nq Esc\ttillbaka till startsidan\nCtrl-C\tavsluta", "↑↓ j k\tmove (PgUp PgDn Home End)\nEnter\topen the meeting that made the decision\nq Esc\tback to the home screen\nCtrl-C\tquit";
    help_search_heading: "Sök", "Search";
    help_search: "skriv\tsök: varje ord ska finnas (ä = a)\nBackspace\tsudda\n↑↓\tvälj en träff (PgUp PgDn Home End)\nEnter\töppna mötet med träffen\nEsc\ttillbaka till startsidan\nCtrl-C\tavsluta", "type\tsearch: every word must occur (ä = a)\nBackspace\terase\n↑↓\tpick a match (PgUp PgDn Home End)\nEnter\topen the meeting of the match\nEsc\tback to the home screen\nCtrl-C\tquit";
    help_followups_heading: "Eskaleringar och meningsskiljaktigheter", "Escalations and disagreements";
    help_followups: "Tab ← →\tbyt mellan eskaleringar och meningsskiljaktigheter\n↑↓ j k\tflytta (PgUp PgDn Home End)\nEnter\töppna mötet där frågan togs upp\nq Esc\ttillbaka till startsidan\nCtrl-C\tavsluta", "Tab ← →\tswitch between escalations and disagreements\n↑↓ j k\tmove (PgUp PgDn Home End)\nEnter\topen the meeting that raised it\nq Esc\tback to the home screen\nCtrl-C\tquit";
    help_approvals_heading: "Protokoll som väntar på justering", "Protocols awaiting approval";
    help_approvals: "↑↓ j k\tflytta (PgUp PgDn Home End)\nEnter\töppna mötet\nq Esc\ttillbaka till startsidan\nCtrl-C\tavsluta", "↑↓ j k\tmove (PgUp PgDn Home End)\nEnter\topen the meeting\nq Esc\tback to the home screen\nCtrl-C\tquit";
    help_editor_heading: "I textrutan", "In the editor";
    help_editor: "Enter\tspara\nAlt-Enter\tny rad (även Ctrl-J)\nTab\tnästa fält\n↑↓\tvälj i listan\nEsc\tavbryt (frågar innan text kastas)", "Enter\tsave\nAlt-Enter\tnew line (also Ctrl-J)\nTab\tnext field\n↑↓\tpick from the list\nEsc\tcancel (asks before text is discarded)";
}

impl Strings {
    pub fn for_lang(lang: Lang) -> &'static Strings {
        match lang {
            Lang::Sv => &SV,
            Lang::En => &EN,
        }
    }
}
