//! The command line as a user runs it: look-ups, people, organisations and the catalogue.

use assert_cmd::Command;

use crate::support::cli::Fora;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn who_leveransforum_prints_the_seeds_roster() {
    let fora = Fora::new();
    let out = fora.ok(&["who", "leveransforum"]);
    assert!(
        out.starts_with("Leveransforum — minst månatligen samt vid behov"),
        "{out}"
    );
    let lines: Vec<&str> = out.lines().skip(4).collect();
    assert_eq!(lines.len(), 6, "{out}");
    for (role, party, attendance) in [
        ("Leveransansvarig", "Staden", "permanent"),
        ("Leveransledare SLK DU", "Staden", "permanent"),
        ("Skolplattformsansvarig UF", "Staden", "permanent"),
        ("Tjänsteansvarig SLK DU", "Staden", "vid behov"),
        ("Avtalsansvarig (SLK DU)", "Staden", "vid behov"),
        ("Leveransansvarig", "Leverantören", "permanent"),
    ] {
        assert!(
            lines.iter().any(|l| l.starts_with(role)
                && l.contains(party)
                && l.contains(attendance)
                && l.ends_with("(vakant)")),
            "{role} / {party} / {attendance} missing in\n{out}"
        );
    }
}

#[test]
fn who_names_the_holder_and_speaks_english_on_request() {
    let fora = Fora::new();
    fora.ok(&[
        "people",
        "add",
        "Anna Berg",
        "--org",
        "staden",
        "--email",
        "anna@example.se",
    ]);
    fora.ok(&[
        "people",
        "assign",
        "anna",
        "leveransledare",
        "--from",
        "2024-01-01",
    ]);
    let out = fora.ok(&["--lang", "en", "who", "leveransforum"]);
    assert!(
        out.starts_with("Leveransforum — at least monthly, and when needed"),
        "{out}"
    );
    let line = out
        .lines()
        .find(|l| l.starts_with("Leveransledare SLK DU"))
        .unwrap();
    assert!(
        line.contains("The City") && line.contains("permanent") && line.ends_with("Anna Berg (Staden)"),
        "{line}"
    );
    // Before the period started, the seat was vacant.
    let then = fora.ok(&["--lang", "en", "who", "leveransforum", "--date", "2023-12-31"]);
    assert!(
        then.lines()
            .find(|l| l.starts_with("Leveransledare"))
            .unwrap()
            .ends_with("(vacant)")
    );
    let json = fora.json(&["who", "leveransforum", "--json"]);
    let seat = json["roster"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["role_id"] == "leveransledare")
        .unwrap();
    assert_eq!(seat["vacant"], false);
    assert_eq!(seat["holders"][0]["name"], "Anna Berg");
    assert_eq!(seat["attendance"], "permanent");
    assert_eq!(json["forum"]["id"], "leveransforum");
}

#[test]
fn forums_json_lists_twelve_forums_with_the_seeds_rules() {
    let fora = Fora::new();
    let json = fora.json(&["forums", "--json"]);
    let forums = json.as_array().unwrap();
    assert_eq!(forums.len(), 12);
    let get = |id: &str| forums.iter().find(|f| f["id"] == id).unwrap().clone();
    let ledning = get("ledningsforum");
    assert_eq!(ledning["cadence"]["unit"], "year");
    assert_eq!(ledning["cadence"]["at_least"], true);
    assert_eq!(ledning["minute_keeper"], "supplier");
    assert_eq!(ledning["approver"], "city");
    let andring = get("andringskoordinering");
    assert_eq!(
        (
            andring["cadence"]["every"].as_u64(),
            andring["cadence"]["unit"].as_str()
        ),
        (Some(2), Some("week"))
    );
    assert_eq!(andring["minute_keeper"], "city_or_designated_supplier");
    assert_eq!(andring["approver"], "other_participants");
    assert_eq!(get("releaseplanering")["cadence"]["every"], 6);
    let alla = get("arkitektur-sakerhet-alla");
    assert_eq!(alla["active"], false);
    assert!(alla["cadence"].is_null());
    assert_eq!(
        get("driftsattningsinfo")["channels"],
        serde_json::json!(["in_person", "phone"])
    );
}

#[test]
fn forums_as_a_table() {
    let fora = Fora::new();
    let out = fora.ok(&["forums"]);
    assert_eq!(out.lines().count(), 14, "{out}");
    let line = out
        .lines()
        .find(|l| l.starts_with("arkitektur-sakerhet-alla"))
        .unwrap();
    assert!(line.contains("ej etablerat") && line.ends_with("nej"), "{line}");
}

#[test]
fn where_kundansvarig_names_its_three_forums() {
    let fora = Fora::new();
    let out = fora.ok(&["where", "kundansvarig"]);
    let forums: Vec<&str> = out
        .lines()
        .skip(4)
        .map(|l| l.split("  ").next().unwrap())
        .collect();
    assert_eq!(
        forums,
        [
            "Ledningsforum",
            "Verkställande forum",
            "Leveransledning",
            "Leveransledning"
        ],
        "{out}"
    );
    let json = fora.json(&["where", "kundansvarig", "--json"]);
    assert_eq!(json["kind"], "role");
    let seats = json["seats"].as_array().unwrap();
    let parties: Vec<(&str, &str)> = seats
        .iter()
        .map(|s| (s["forum_id"].as_str().unwrap(), s["party"].as_str().unwrap()))
        .collect();
    assert_eq!(
        parties,
        [
            ("ledningsforum", "leverantoren"),
            ("verkstallande", "leverantoren"),
            ("leveransledning", "leverantoren"),
            ("leveransledning", "ovriga")
        ]
    );
}

#[test]
fn where_a_person_sits_follows_the_roles_they_hold() {
    let fora = Fora::new();
    fora.ok(&["org", "rename", "leverantören", "Skolsystem AB"]);
    fora.ok(&["people", "add", "Bo Ek", "--org", "skolsystem"]);
    fora.ok(&[
        "people",
        "assign",
        "Bo Ek",
        "forandringsansvarig",
        "--from",
        "2020-01-01",
    ]);
    let out = fora.ok(&["where", "bo ek"]);
    assert!(
        out.starts_with("Bo Ek (Skolsystem AB) — Förändringsansvarig"),
        "{out}"
    );
    let forums: Vec<&str> = out
        .lines()
        .skip(4)
        .map(|l| l.split("  ").next().unwrap())
        .collect();
    // Only Leverantören's seats: Staden's and the other suppliers' are not his.
    assert_eq!(
        forums,
        [
            "Ändringskoordineringsforum",
            "Driftsättningsinformationsmöte",
            "Avstämning kring förändringar i IT-miljön"
        ]
    );
    assert!(out.lines().skip(4).all(|l| l.contains("vid behov")), "{out}");
}

#[test]
fn names_resolve_by_word_start_before_any_part() {
    let fora = Fora::new();
    let out = fora.ok(&["who", "andring"]);
    assert!(out.starts_with("Ändringskoordineringsforum —"), "{out}");
    let out = fora.ok(&["forum", "show", "VERKSTÄLLANDE"]);
    assert!(out.starts_with("Verkställande forum (kontraktsnivå)"), "{out}");
}

#[test]
fn an_ambiguous_name_is_refused_with_its_candidates() {
    let fora = Fora::new();
    let err = fora.fails(&["who", "lev"]);
    assert!(err.contains("”lev” kan avse mer än ett forum"), "{err}");
    for name in ["Leveransforum", "Leveransledning"] {
        assert!(err.contains(name), "{name} not among the candidates:\n{err}");
    }
}

#[test]
fn an_unknown_name_is_refused_with_the_closest() {
    let fora = Fora::new();
    let err = fora.fails(&["who", "leveransforun"]);
    assert!(err.contains("inget forum heter ”leveransforun”"), "{err}");
    assert!(err.contains("närmast:\n  leveransforum "), "{err}");
    let err = fora.fails(&["where", "kaffeansvarig"]);
    assert!(err.contains("ingen roll eller person"), "{err}");
}

#[test]
fn forum_show_has_themes_rules_and_roster() {
    let fora = Fora::new();
    let out = fora.ok(&["forum", "show", "operativt"]);
    assert!(
        out.contains("Om inga anmälda punkter finns kan mötet utgå"),
        "{out}"
    );
    assert!(out.contains("Protokollförare:"), "{out}");
    let out = fora.ok(&["--lang", "en", "forum", "show", "leveransforum"]);
    assert!(out.contains("7. Återkoppling på arbete"), "{out}");
    assert!(out.contains("Minute keeper: The Supplier"), "{out}");
    let json = fora.json(&["forum", "show", "forandringsavstamning", "--json"]);
    assert_eq!(json["rules"], serde_json::json!(["changes_announced"]));
    assert_eq!(json["roster"].as_array().unwrap().len(), 3);
}

#[test]
fn a_date_that_does_not_exist_is_refused() {
    let fora = Fora::new();
    fora.ok(&["people", "add", "Anna Berg"]);
    let err = fora.fails(&["people", "assign", "anna", "cio", "--from", "2026-02-30"]);
    assert!(err.contains("2026-02-30 finns inte i kalendern"), "{err}");
    let err = fora.fails(&["who", "ledningsforum", "--date", "igår"]);
    assert!(err.contains("skriv det som ÅÅÅÅ-MM-DD"), "{err}");
    assert!(
        fora.json(&["people", "list", "--json"])[0]["roles_today"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn people_import_reads_a_good_file() {
    let fora = Fora::new();
    let out = fora.ok(&["people", "import", &fixture("people/good.csv")]);
    assert_eq!(out, "Import: 3 nya personer, 0 ändrade, 2 nya roller\n");
    let out = fora.ok(&["people", "import", &fixture("people/good_swedish_headers.csv")]);
    assert_eq!(out, "Import: 1 ny person, 0 ändrade, 1 ny roll\n");
    let people = fora.json(&["people", "list", "--json"]);
    let names: Vec<&str> = people
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Anna Berg", "Bo Ek", "Cecilia Lund", "Dag Dahl"]);
    assert_eq!(people[0]["email"], "anna.berg@example.se");
    assert_eq!(people[1]["organisation"], "Leverantören");
    let who = fora.ok(&["who", "leveransforum"]);
    assert!(
        who.lines()
            .any(|l| l.starts_with("Leveransansvarig") && l.ends_with("Bo Ek (Leverantören)")),
        "{who}"
    );
    // Dag Dahl's period ended in 2025: he held the role then, not now.
    let then = fora.ok(&["who", "arkitektur-sakerhet", "--date", "2024-06-01"]);
    assert!(then.contains("Dag Dahl"), "{then}");
}

#[test]
fn people_import_reports_every_bad_row_and_imports_nothing() {
    let fora = Fora::new();
    let file = fixture("people/bad_rows.csv");
    let err = fora.fails(&["people", "import", &file]);
    assert!(err.contains("3 fel; ingen importerades"), "{err}");
    assert!(
        err.contains("bad_rows.csv:3: ingen organisation heter ”Kommunen”"),
        "{err}"
    );
    assert!(
        err.contains("bad_rows.csv:4: 2026-02-30 finns inte i kalendern"),
        "{err}"
    );
    assert!(
        err.contains("bad_rows.csv:5: ingen roll heter ”kaffeansvarig”"),
        "{err}"
    );
    assert!(
        !err.contains(":2:") && !err.contains(":6:"),
        "good rows are not reported:\n{err}"
    );
    assert_eq!(fora.json(&["people", "list", "--json"]), serde_json::json!([]));
}

#[test]
fn each_people_file_fault_has_its_message() {
    let cases = [
        ("unknown_column.csv", "1: okänd kolumn ”shoe size”"),
        ("missing_name_column.csv", "1: rubrikraden saknar kolumnen ”namn”"),
        ("empty_name.csv", "3: namnet är tomt"),
        ("period_without_role.csv", "2: en period anges men ingen roll"),
        (
            "period_backwards.csv",
            "2: perioden slutar (2024-01-01) innan den börjar (2025-01-01)",
        ),
        ("header_only.csv", "1: filen har en rubrikrad men inga personer"),
        ("not_utf8.csv", "2: raden kan inte läsas"),
        ("ambiguous_role.csv", "2: ”ledare” kan avse mer än en roll"),
    ];
    for (file, message) in cases {
        let fora = Fora::new();
        let err = fora.fails(&["people", "import", &fixture(&format!("people/{file}"))]);
        assert!(err.contains(&format!("{file}:{message}")), "{file}:\n{err}");
        assert_eq!(
            fora.json(&["people", "list", "--json"]),
            serde_json::json!([]),
            "{file}"
        );
    }
    let fora = Fora::new();
    let err = fora.fails(&["people", "import", "/nonexistent/people.csv"]);
    assert!(
        err.contains("kan inte läsa /nonexistent/people.csv: filen eller mappen finns inte"),
        "{err}"
    );
}

#[test]
fn organisations_can_be_added_and_renamed() {
    let fora = Fora::new();
    fora.ok(&["org", "add", "Driftbolaget AB"]);
    let err = fora.fails(&["org", "add", "Driftbolaget AB"]);
    assert!(
        err.contains("det finns redan en organisation som heter ”Driftbolaget AB”"),
        "{err}"
    );
    fora.ok(&["org", "rename", "leverantoren", "Skolsystem AB"]);
    let orgs = fora.json(&["org", "list", "--json"]);
    let list: Vec<(&str, &str)> = orgs
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["name"].as_str().unwrap(), o["party"].as_str().unwrap()))
        .collect();
    assert_eq!(
        list,
        [
            ("Staden", "staden"),
            ("Skolsystem AB", "leverantoren"),
            ("Driftbolaget AB", "ovriga")
        ]
    );
}

#[test]
fn catalogue_export_and_import_round_trip() {
    let fora = Fora::new();
    let exported = fora.ok(&["catalog", "export"]);
    assert_eq!(exported, fora::catalog::EMBEDDED);
    let out_file = fora.dir.path().join("exported.toml");
    fora.ok(&["catalog", "export", "-o", out_file.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(&out_file).unwrap(),
        fora::catalog::EMBEDDED
    );

    let out = fora.ok(&["catalog", "import", &fixture("catalog/minimal.toml")]);
    assert!(out.contains("Minimal test contract (1 forum)"), "{out}");
    assert_eq!(fora.json(&["forums", "--json"]).as_array().unwrap().len(), 1);
    fora.ok(&["catalog", "import", out_file.to_str().unwrap()]);
    assert_eq!(fora.json(&["forums", "--json"]).as_array().unwrap().len(), 12);
}

#[test]
fn a_broken_catalogue_changes_nothing() {
    let fora = Fora::new();
    fora.ok(&["forums"]);
    let before = std::fs::read(fora.db()).unwrap();
    let err = fora.fails(&["catalog", "import", &fixture("catalog/unknown_role.toml")]);
    assert!(
        err.contains("unknown_role.toml: rad 24, fält `forums[0].participants[0].role`"),
        "{err}"
    );
    assert!(err.contains("inget ändrades"), "{err}");
    let err = fora.fails(&["catalog", "import", &fixture("catalog/not_utf8.toml")]);
    assert!(err.contains("är inte UTF-8-text"), "{err}");
    assert_eq!(fora.json(&["forums", "--json"]).as_array().unwrap().len(), 12);
    drop(before);
}

#[test]
fn a_newer_database_is_refused_by_the_cli() {
    let fora = Fora::new();
    {
        let conn = rusqlite::Connection::open(fora.db()).unwrap();
        conn.execute_batch(&format!(
            "PRAGMA application_id = {}; PRAGMA user_version = 999;",
            fora::store::APPLICATION_ID
        ))
        .unwrap();
    }
    let before = std::fs::read(fora.db()).unwrap();
    let err = fora.fails(&["forums"]);
    assert!(
        err.contains("skrevs av en nyare fora") && err.contains("(schema 999;"),
        "{err}"
    );
    assert_eq!(std::fs::read(fora.db()).unwrap(), before);
}

#[test]
fn escape_sequences_are_refused_on_input_and_shown_inert_from_the_database() {
    let fora = Fora::new();
    let err = fora.fails(&["org", "add", "Evil\u{1b}]0;pwned\u{7} AB"]);
    assert!(err.contains("får inte innehålla styrtecken"), "{err}");
    // A database written by another tool may still hold them.
    {
        let conn = rusqlite::Connection::open(fora.db()).unwrap();
        conn.execute(
            "INSERT INTO organisation (name, party) VALUES ('Evil\u{1b}]0;pwned\u{7} AB', 'ovriga')",
            [],
        )
        .unwrap();
    }
    let out = fora.ok(&["org", "list"]);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("Evil␛]0;pwned␇ AB"), "{out}");
}

#[test]
fn the_database_path_comes_from_fora_db_too() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("env.db");
    Command::cargo_bin("fora")
        .unwrap()
        .env("FORA_DB", &db)
        .args(["forums"])
        .assert()
        .success();
    assert!(db.exists());
}

/// The nested groups (protocol, people, org, catalog, changes, forum) are
/// built by clap only when used: their help and their errors must still
/// name every subcommand.
#[test]
fn nested_commands_list_their_subcommands_in_help_and_errors() {
    let fora = Fora::new();
    let help = fora.ok(&["protocol", "--help"]);
    for sub in ["draft", "send", "approve"] {
        assert!(help.contains(sub), "{help}");
    }
    let out = fora
        .cmd(&["people"])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let usage = String::from_utf8(out).unwrap();
    assert!(usage.contains("Användning: fora people"), "{usage}");
    let error = fora.fails(&["catalog", "exprot"]);
    assert!(error.contains("export"), "a close name is suggested: {error}");
    let shown = fora.ok(&["forum", "show", "leveransforum"]);
    assert!(shown.contains("Leveransforum"), "{shown}");
}

/// clap checks a command's definition only when it builds it, and the
/// nested groups are built only when used: build and check them all here.
#[test]
fn every_command_of_the_command_line_is_well_formed() {
    use clap::CommandFactory;
    for lang in fora::i18n::Lang::ALL {
        fora::cli::help::command(lang).debug_assert();
    }
    let mut cli = fora::cli::Cli::command();
    cli.build();
    cli.clone().debug_assert();
    let groups = ["forum", "protocol", "people", "org", "catalog", "changes"];
    for group in groups {
        let sub = cli
            .find_subcommand(group)
            .unwrap_or_else(|| panic!("no command {group}"));
        assert!(
            sub.get_subcommands().next().is_some(),
            "{group} lists its subcommands once built"
        );
    }
}

/// `--help` speaks the language asked for: Swedish by default and with
/// `--lang sv`, headings and placeholders included; English with `--lang en`.
#[test]
fn help_is_in_the_language_asked_for() {
    let fora = Fora::new();
    let english = [
        "Usage",
        "Commands",
        "Options",
        "Arguments",
        "Print",
        "OPTIONS",
        "COMMAND",
        "MEETING",
        " the ",
        " and ",
        " of ",
        "List ",
    ];
    let swedish: [&[&str]; 6] = [
        &["--lang", "sv", "--help"],
        &["--lang", "sv", "forums", "--help"],
        &["--help"],
        &["--lang=sv", "protocol", "draft", "--help"],
        &["help", "who"],
        &["protocol", "help", "draft"],
    ];
    for args in swedish {
        let help = fora.ok(args);
        for heading in ["Användning: fora", "Flaggor:", "Skriv ut hjälpen"] {
            assert!(help.contains(heading), "{heading:?} for {args:?}:\n{help}");
        }
        for word in english {
            assert!(!help.contains(word), "{word:?} for {args:?}:\n{help}");
        }
    }
    let root = fora.ok(&["--lang", "sv", "--help"]);
    assert!(
        root.contains("Kommandon:") && root.contains("Lista forumen"),
        "{root}"
    );
    let help = fora.ok(&["--lang", "en", "--help"]);
    assert!(help.contains("Usage: fora [OPTIONS] [COMMAND]"), "{help}");
    assert!(
        help.contains("Commands:") && help.contains("List the forums"),
        "{help}"
    );
    assert!(!help.contains("Användning") && !help.contains("Lista"), "{help}");
    let out = fora
        .cmd(&["forums", "--help"])
        .env("FORA_LANG", "en")
        .assert()
        .success();
    let help = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        help.contains("Usage: fora forums [OPTIONS]"),
        "FORA_LANG=en: {help}"
    );
}
