//! The supplier's monthly reports (section 4 of the appendix): the report
//! types in the catalogue, delivering with the file kept and checked, the
//! late flag, format approval, Staden's verdict from a Leveransforum meeting,
//! carrying reports into the next agenda, and bad input; the screens in `screen`.

mod screen;

use crate::support::cli::Fora;

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::catalog::Catalog;
use fora::domain::Channel;
use fora::domain::reports::{Month, ReportState, Timeliness, Verdict};
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::reports::{Event, NewDelivery, ReportError};

pub(super) fn at(date: &str, h: u32) -> DateTime<Local> {
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("a valid date");
    Local
        .from_local_datetime(&d.and_hms_opt(h, 0, 0).expect("a valid time"))
        .single()
        .expect("a time that exists")
}

pub(super) fn day(date: &str) -> NaiveDate {
    NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("a valid date")
}

pub(super) fn month(text: &str) -> Month {
    Month::parse(text).expect("a month")
}

pub(super) fn deliver(store: &mut Store, report: &str, m: &str, on: &str) -> i64 {
    let content = format!("{report} {m}");
    store
        .deliver_report(
            &NewDelivery {
                report,
                month: month(m),
                file_name: &format!("{report}-{m}.pdf"),
                content: content.as_bytes(),
                by: Some("Lena Leverantör"),
                language: "sv",
            },
            at(on, 9),
        )
        .expect("delivered")
        .id
}

/// The cell of `report` in `m`, as seen on `today`.
pub(super) fn cell(store: &Store, report: &str, m: &str, today: &str) -> fora::store::reports::Cell {
    store
        .report_register(month(m), month(m), day(today))
        .expect("register")
        .into_iter()
        .flatten()
        .find(|c| c.report == report)
        .expect("the report type")
}

#[test]
fn the_nine_report_types_are_the_seeds() {
    let catalog = Catalog::embedded();
    let names: Vec<&str> = catalog.reports.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Rapport om servicenivåer",
            "Rapport om förbättringar i leveransen",
            "Rapport om incidenter och problem",
            "Rapport om säkerhet",
            "Rapport om prestanda och kapacitet",
            "Rapport om ändringshantering",
            "Rapport om identifierade risker",
            "Ekonomisk sammanställning",
            "Rapport om projekt",
        ]
    );
    // Monthly, reviewed by Leveransforum; only the service levels get Staden's verdict.
    for r in &catalog.reports {
        assert_eq!((r.every, r.forum.as_str()), (1, "leveransforum"), "{}", r.id);
        assert_eq!(r.verdict, r.id == "servicenivaer", "{}", r.id);
    }
    let sla = catalog.report("servicenivaer").expect("the service-level report");
    assert!(
        sla.contents
            .contains("jämförelse av resultat före och efter filtrering")
    );
    assert!(
        sla.theme
            .as_deref()
            .is_some_and(|t| t.starts_with("Sammanställning av utfall för servicenivåer"))
    );
    let security = catalog.report("sakerhet").expect("the security report");
    assert!(security.contents.contains("utdelade behörigheter i driften"));
    // The database holds the same types as the file.
    let store = Store::open_in_memory().expect("store");
    assert_eq!(store.catalog().expect("catalogue").reports, catalog.reports);
}

#[test]
fn a_report_after_the_due_day_is_late_and_one_not_delivered_is_missing() {
    let mut store = Store::open_in_memory().expect("store");
    // Due the 10th of the month after (the catalogue's due_day).
    deliver(&mut store, "servicenivaer", "2026-01", "2026-02-10");
    deliver(&mut store, "servicenivaer", "2026-02", "2026-03-11");
    let today = "2026-04-11";
    assert_eq!(
        cell(&store, "servicenivaer", "2026-01", today).timeliness,
        Timeliness::OnTime
    );
    assert_eq!(
        cell(&store, "servicenivaer", "2026-02", today).timeliness,
        Timeliness::Late
    );
    assert_eq!(
        cell(&store, "servicenivaer", "2026-03", today).timeliness,
        Timeliness::Missing
    );
    assert_eq!(
        cell(&store, "servicenivaer", "2026-03", "2026-04-10").timeliness,
        Timeliness::NotDue
    );
    // A later version does not make a report late that came in time.
    deliver(&mut store, "servicenivaer", "2026-01", "2026-03-01");
    let first = cell(&store, "servicenivaer", "2026-01", today);
    assert_eq!((first.timeliness, first.versions), (Timeliness::OnTime, 2));
}

#[test]
fn deliver_open_and_show_on_the_command_line() {
    let fora = Fora::new();
    let file = fora.dir.path().join("SLA november.pdf");
    let bytes: Vec<u8> = (0..=255u8).cycle().take(3000).collect();
    std::fs::write(&file, &bytes).expect("write");
    let said = fora.ok(&[
        "reports",
        "deliver",
        "servicenivaer",
        "--month",
        "2025-01",
        file.to_str().unwrap(),
        "--by",
        "Lena",
    ]);
    assert!(
        said.contains("Rapport om servicenivåer för 2025-01 är registrerad"),
        "{said}"
    );
    assert!(
        said.contains("Utformningen av Rapport om servicenivåer är inte godkänd av Staden"),
        "{said}"
    );
    let register = fora.json(&["reports", "--month", "2025-01", "--json"]);
    let sla = &register[0];
    assert_eq!(sla["timeliness"], "late", "due 2025-02-10: {sla}");
    assert_eq!(sla["state"], "delivered");
    assert_eq!(sla["latest"]["format_approved"], false);
    assert_eq!(sla["latest"]["delivered_by"], "Lena");
    let period = fora.ok(&["reports", "--since", "2024-12", "--until", "2025-02"]);
    assert!(period.contains("servicenivaer  ·!–"), "{period}");
    let said = fora.fails(&["reports", "--since", "0025-01", "--until", "2025-02"]);
    assert!(said.contains("längre än 240 månader"), "{said}");
    let said = fora.fails(&["reports", "--since", "2025-03", "--until", "2025-02"]);
    assert!(said.contains("perioden börjar 2025-03"), "{said}");
    let listed = fora.ok(&["reports", "--month", "2025-01"]);
    assert!(
        listed.contains("levererad, försenad") && listed.contains("ej godkänd"),
        "{listed}"
    );
    // The stored file comes back byte for byte.
    let out = fora.dir.path().join("ut.pdf");
    fora.ok(&[
        "reports",
        "open",
        "servicenivaer",
        "--month",
        "2025-01",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&out).expect("written"), bytes);
    let shown = fora.ok(&[
        "reports",
        "show",
        "Rapport om servicenivåer",
        "--month",
        "2025-01",
    ]);
    assert!(
        shown.contains("Version 1 levererad") && shown.contains("SLA november.pdf"),
        "{shown}"
    );
    assert!(shown.contains("3000 byte"), "{shown}");
}

#[test]
fn a_delivery_says_whether_the_format_is_approved() {
    let fora = Fora::new();
    let file = fora.dir.path().join("risk.pdf");
    std::fs::write(&file, b"risker").expect("write");
    let said = fora.ok(&[
        "reports",
        "format",
        "risker",
        "--proposed-by",
        "Lena Lev",
        "--approved-by",
        "Sara Stad",
        "--date",
        "2025-01-15",
    ]);
    assert!(said.contains("godkändes av Sara Stad 2025-01-15"), "{said}");
    let said = fora.ok(&[
        "reports",
        "deliver",
        "risker",
        "--month",
        "2025-02",
        file.to_str().unwrap(),
    ]);
    assert!(!said.contains("inte godkänd"), "{said}");
    let said = fora.ok(&[
        "reports",
        "deliver",
        "ekonomi",
        "--month",
        "2025-02",
        file.to_str().unwrap(),
    ]);
    assert!(said.contains("fora reports format ekonomi"), "{said}");
    let register = fora.json(&["reports", "--month", "2025-02", "--json"]);
    let approved = |id: &str| {
        register
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["report"] == id)
            .unwrap()["latest"]["format_approved"]
            .clone()
    };
    assert_eq!(
        (approved("risker"), approved("ekonomi")),
        (true.into(), false.into())
    );
    let shown = fora.ok(&["reports", "show", "risker", "--month", "2025-02"]);
    assert!(shown.contains("föreslogs av Lena Lev"), "{shown}");
}

#[test]
fn leveransforum_takes_up_the_reports_and_records_stadens_verdict() {
    let mut store = Store::open_in_memory().expect("store");
    let sla = deliver(&mut store, "servicenivaer", "2026-01", "2026-02-05");
    deliver(&mut store, "sakerhet", "2026-01", "2026-02-20");
    let meeting = store
        .start_meeting(
            "leveransforum",
            "2026-02-25",
            Channel::Fysiskt,
            at("2026-02-25", 10),
            Lang::Sv,
        )
        .expect("meeting");
    let agenda = store.agenda(meeting).expect("agenda");
    let titles: Vec<&str> = agenda.iter().map(|i| i.title.as_str()).collect();
    let at_title = |t: &str| {
        titles
            .iter()
            .position(|x| x.starts_with(t))
            .unwrap_or_else(|| panic!("{t} in {titles:?}"))
    };
    // Each report right under its theme; late and missing ones as a point of their own.
    assert_eq!(
        at_title("Rapport om servicenivåer 2026-01"),
        at_title("Sammanställning av utfall") + 1
    );
    assert_eq!(
        at_title("Rapport om säkerhet 2026-01"),
        at_title("Större incidenter") + 1
    );
    let overdue = titles[at_title("Försenade eller saknade rapporter")];
    assert!(
        overdue.contains("Rapport om säkerhet 2026-01 (försenad)"),
        "{overdue}"
    );
    assert!(
        overdue.contains("Rapport om projekt 2026-01 (saknas)"),
        "{overdue}"
    );
    assert!(!overdue.contains("servicenivåer"), "{overdue}");

    let sla_item = agenda[at_title("Rapport om servicenivåer")].id;
    let security_item = agenda[at_title("Rapport om säkerhet")].id;
    let now = at("2026-02-25", 11);
    assert!(matches!(
        store.record_report_verdict(sla_item, Verdict::Disputed, Some("  "), now, Lang::Sv),
        Err(ReportError::NoReason)
    ));
    assert!(matches!(
        store.record_report_verdict(security_item, Verdict::Approved, None, now, Lang::Sv),
        Err(ReportError::NoVerdict(_))
    ));
    let entry = store
        .record_report_verdict(
            sla_item,
            Verdict::Disputed,
            Some("Incidenter under skolstarten är bortfiltrerade"),
            now,
            Lang::Sv,
        )
        .expect("disputed");
    let decision = store.entry(entry).expect("the decision");
    assert!(
        decision
            .fields
            .text
            .starts_with("Staden bestrider utfallet i Rapport om servicenivåer för 2026-01")
    );
    let disputed = cell(&store, "servicenivaer", "2026-01", "2026-02-25");
    assert_eq!(disputed.state, Some(ReportState::Disputed));
    assert_eq!(
        disputed.reason.as_deref(),
        Some("Incidenter under skolstarten är bortfiltrerade")
    );
    assert_eq!(
        cell(&store, "sakerhet", "2026-01", "2026-02-25").state,
        Some(ReportState::Reviewed)
    );
    let history = store.report_history("servicenivaer", "2026-01").expect("history");
    assert!(
        history
            .iter()
            .any(|e| matches!(e, Event::Verdict { decision, .. } if decision == "Leveransforum 2026 § (1)")),
        "provisional while the meeting runs: {history:?}"
    );
    store.end_meeting(meeting, at("2026-02-25", 12)).expect("end");
    let history = store.report_history("servicenivaer", "2026-01").expect("history");
    assert!(
        history
            .iter()
            .any(|e| matches!(e, Event::Verdict { decision, .. } if decision == "Leveransforum 2026 § 1")),
        "fixed when the meeting ends: {history:?}"
    );

    // The next meeting carries what was delivered since, not what was taken up.
    deliver(&mut store, "servicenivaer", "2026-02", "2026-03-06");
    let next = store
        .start_meeting(
            "leveransforum",
            "2026-03-20",
            Channel::Fysiskt,
            at("2026-03-20", 10),
            Lang::Sv,
        )
        .expect("meeting");
    let agenda = store.agenda(next).expect("agenda");
    let reports: Vec<&str> = agenda
        .iter()
        .map(|i| i.title.as_str())
        .filter(|t| t.starts_with("Rapport om"))
        .collect();
    assert_eq!(reports, ["Rapport om servicenivåer 2026-02"]);
    let item = agenda
        .iter()
        .find(|i| i.title == "Rapport om servicenivåer 2026-02")
        .expect("carried")
        .id;
    store
        .record_report_verdict(item, Verdict::Approved, None, at("2026-03-20", 11), Lang::Sv)
        .expect("approved");
    assert_eq!(
        cell(&store, "servicenivaer", "2026-02", "2026-03-20").state,
        Some(ReportState::Approved)
    );
    // The dispute of January stands.
    assert_eq!(
        cell(&store, "servicenivaer", "2026-01", "2026-03-20").state,
        Some(ReportState::Disputed)
    );
    let _ = sla;
}

#[test]
fn the_backup_holds_the_files_and_the_doctor_checks_their_hashes() {
    let fora = Fora::new();
    let file = fora.dir.path().join("kapacitet.xlsx");
    std::fs::write(&file, b"PK\x03\x04 kalkylblad").expect("write");
    fora.ok(&[
        "reports",
        "deliver",
        "prestanda",
        "--month",
        "2025-03",
        file.to_str().unwrap(),
    ]);
    assert!(
        fora.ok(&["doctor"])
            .contains("1 sparade rapportfiler, var och en stämmer med sin SHA-256")
    );
    let copy = fora.dir.path().join("kopia.db");
    fora.ok(&["backup", copy.to_str().unwrap()]);
    let out = fora.dir.path().join("ur-kopian.xlsx");
    let opened = Fora {
        dir: tempfile::tempdir().expect("a folder"),
    };
    std::fs::copy(&copy, opened.db()).expect("copy");
    opened.ok(&[
        "reports",
        "open",
        "prestanda",
        "--month",
        "2025-03",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&out).expect("written"), b"PK\x03\x04 kalkylblad");
    // A file changed inside the database no longer matches its hash.
    let conn = rusqlite::Connection::open(fora.db()).expect("open");
    conn.execute("UPDATE report_delivery SET content = x'00'", [])
        .expect("tamper");
    drop(conn);
    let said = fora
        .cmd(&["doctor"])
        .assert()
        .failure()
        .get_output()
        .stdout
        .clone();
    let said = String::from_utf8(said).expect("utf-8");
    assert!(
        said.contains("ändrade efter leveransen: prestanda 2025-03 v1"),
        "{said}"
    );
}

#[test]
fn bad_input_is_refused_with_a_clear_message_and_nothing_written() {
    let fora = Fora::new();
    let file = fora.dir.path().join("sla.pdf");
    std::fs::write(&file, b"forsta").expect("write");
    let f = file.to_str().unwrap();
    let missing = fora.dir.path().join("finns-inte.pdf");
    let said = fora.fails(&[
        "reports",
        "deliver",
        "servicenivaer",
        "--month",
        "2025-01",
        missing.to_str().unwrap(),
    ]);
    assert!(
        said.contains("kan inte läsa") && said.contains("finns inte"),
        "{said}"
    );
    // A folder cannot be read as a file.
    let said = fora.fails(&[
        "reports",
        "deliver",
        "servicenivaer",
        "--month",
        "2025-01",
        fora.dir.path().to_str().unwrap(),
    ]);
    assert!(said.contains("kan inte läsa"), "{said}");
    let said = fora.fails(&["reports", "deliver", "servicenivaer", "--month", "2999-01", f]);
    assert!(said.contains("2999-01 har inte börjat"), "{said}");
    let said = fora.fails(&["reports", "deliver", "servicenivaer", "--month", "2025-13", f]);
    assert!(said.contains("ÅÅÅÅ-MM"), "{said}");
    let said = fora.fails(&["reports", "deliver", "servis", "--month", "2025-01", f]);
    assert!(
        said.contains("ingen rapport heter ”servis”") && said.contains("servicenivaer"),
        "{said}"
    );
    let empty = fora.dir.path().join("tom.pdf");
    std::fs::write(&empty, b"").expect("write");
    let said = fora.fails(&[
        "reports",
        "deliver",
        "servicenivaer",
        "--month",
        "2025-01",
        empty.to_str().unwrap(),
    ]);
    assert!(said.contains("är tom"), "{said}");
    let register = fora.json(&["reports", "--month", "2025-01", "--json"]);
    assert!(
        register.as_array().unwrap().iter().all(|c| c["versions"] == 0),
        "{register}"
    );

    // A second delivery of a month is a new version; the first is kept.
    fora.ok(&["reports", "deliver", "servicenivaer", "--month", "2025-01", f]);
    std::fs::write(&file, b"andra").expect("write");
    let said = fora.ok(&["reports", "deliver", "servicenivaer", "--month", "2025-01", f]);
    assert!(
        said.contains("sparad som version 2, version 1 finns kvar"),
        "{said}"
    );
    let first = fora.dir.path().join("v1.pdf");
    fora.ok(&[
        "reports",
        "open",
        "servicenivaer",
        "--month",
        "2025-01",
        "--version",
        "1",
        "-o",
        first.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&first).expect("written"), b"forsta");
    let said = fora.fails(&["reports", "open", "sakerhet", "--month", "2025-01"]);
    assert!(
        said.contains("Rapport om säkerhet för 2025-01 är inte levererad"),
        "{said}"
    );
}

#[test]
fn a_catalogue_whose_report_names_an_unknown_forum_or_theme_is_refused() {
    let fora = Fora::new();
    let source = fora.ok(&["catalog", "export"]);
    for (from, to, says) in [
        (
            "forum = \"leveransforum\"\ntheme = \"Större genomförda ändringar\"",
            "forum = \"inget-forum\"\ntheme = \"Större genomförda ändringar\"",
            "det finns inget forum ”inget-forum”",
        ),
        (
            "theme = \"Större genomförda ändringar\"",
            "theme = \"Inget sådant tema\"",
            "forumet har inget tema ”Inget sådant tema”",
        ),
        (
            "due_day = 10",
            "due_day = 31",
            "31 kan inte vara dag i varje månad",
        ),
    ] {
        assert!(source.contains(from), "{from}");
        let file = fora.dir.path().join("katalog.toml");
        std::fs::write(&file, source.replacen(from, to, 1)).expect("write");
        let said = fora.fails(&["catalog", "import", file.to_str().unwrap()]);
        assert!(said.contains(says), "{said}");
    }
    // Nothing changed: the nine types are still there.
    assert_eq!(
        fora.json(&["reports", "--month", "2025-01", "--json"])
            .as_array()
            .map(Vec::len),
        Some(9)
    );
}

#[test]
fn the_trend_counts_the_last_twelve_months_per_report_type() {
    let fora = Fora::new();
    let file = fora.dir.path().join("sla.pdf");
    std::fs::write(&file, b"sla").expect("write");
    let last_month = Month::of(Local::now().date_naive()).plus(-1).to_string();
    fora.ok(&[
        "reports",
        "deliver",
        "servicenivaer",
        "--month",
        &last_month,
        file.to_str().unwrap(),
    ]);
    let trend = fora.json(&["reports", "--trend", "--json"]);
    let trend = trend.as_array().expect("a list");
    assert_eq!(trend.len(), 9);
    let sla = &trend[0];
    assert_eq!(sla["report"], "servicenivaer");
    assert_eq!(sla["months"].as_array().map(Vec::len), Some(12));
    assert_eq!(sla["months"][10], last_month.as_str());
    // In time up to the 10th, late after it.
    assert_eq!(
        sla["on_time"].as_u64().unwrap() + sla["late"].as_u64().unwrap(),
        1,
        "{sla}"
    );
    assert_eq!(sla["marks"].as_str().map(|m| m.chars().count()), Some(12));
    let text = fora.ok(&["reports", "--trend"]);
    assert!(
        text.contains("servicenivaer") && text.contains("● levererad"),
        "{text}"
    );
}
