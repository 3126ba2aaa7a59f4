//! The embedded catalogue against the seed, and one fixture per catalogue fault.

use fora::catalog::{Catalog, CatalogError};
use fora::domain::cadence::CadenceUnit;
use fora::domain::{Approver, Attendance, ForumRule, MinuteKeeper, Party};

/// The seed's facts for one forum: cadence, minute rule, themes and seats.
struct Expected {
    id: &'static str,
    area: u8,
    cadence: Option<(u32, CadenceUnit, bool, bool)>,
    keeper: MinuteKeeper,
    approver: Approver,
    themes: usize,
    /// (party, role, permanent?) for every seat, in any order.
    seats: &'static [(Party, &'static str, bool)],
}

use CadenceUnit::{Month, Week, Year};
use Party::{Leverantoren as L, Ovriga as O, Staden as S};
const SUPPLIER: MinuteKeeper = MinuteKeeper::Leverantoren;
const CITY_OR_DESIGNATED: MinuteKeeper = MinuteKeeper::StadenOrDesignatedSupplier;

/// Read from the seed, section 2 (bilaga 4e).
const SEED: &[Expected] = &[
    Expected {
        id: "ledningsforum",
        area: 1,
        cadence: Some((1, Year, true, true)),
        keeper: SUPPLIER,
        approver: Approver::Staden,
        themes: 3,
        seats: &[
            (S, "bitradande-stadsdirektor", true),
            (S, "cio", true),
            (S, "utbildningsdirektor", true),
            (L, "firmatecknare", true),
            (L, "kundansvarig", true),
        ],
    },
    Expected {
        id: "verkstallande",
        area: 1,
        cadence: Some((3, Month, true, true)),
        keeper: SUPPLIER,
        approver: Approver::Staden,
        themes: 6,
        seats: &[
            (S, "avtalsansvarig", true),
            (S, "leveransansvarig", true),
            (L, "kundansvarig", true),
        ],
    },
    Expected {
        id: "forvaltningsmote",
        area: 2,
        cadence: Some((1, Month, false, true)),
        keeper: CITY_OR_DESIGNATED,
        approver: Approver::OtherParticipants,
        themes: 7,
        seats: &[
            (S, "tjansteansvarig", true),
            (S, "leveransledare", false),
            (S, "leveransansvarig", false),
            (S, "skolplattformsansvarig", false),
            (S, "behovsansvarig", false),
            (L, "leveransansvarig", true),
            (L, "utsedd-ansvarig", true),
            (O, "leveransansvarig", true),
            (O, "utsedd-ansvarig", true),
        ],
    },
    Expected {
        id: "arkitektur-sakerhet",
        area: 2,
        cadence: Some((3, Month, true, true)),
        keeper: CITY_OR_DESIGNATED,
        approver: Approver::OtherParticipants,
        themes: 8,
        seats: &[
            (S, "arkitekturansvarig", true),
            (S, "sakerhetsansvarig", true),
            (L, "arkitekturansvarig", true),
            (L, "sakerhetsansvarig", true),
        ],
    },
    Expected {
        id: "andringskoordinering",
        area: 2,
        cadence: Some((2, Week, false, true)),
        keeper: CITY_OR_DESIGNATED,
        approver: Approver::OtherParticipants,
        themes: 3,
        seats: &[
            (S, "tjansteansvarig", true),
            (S, "skolplattformsansvarig", true),
            (S, "leveransansvarig", false),
            (S, "leveransledare", false),
            (S, "behovsansvarig", false),
            (L, "leveransansvarig", false),
            (L, "forandringsansvarig", false),
        ],
    },
    Expected {
        id: "releaseplanering",
        area: 2,
        cadence: Some((6, Month, false, true)),
        keeper: CITY_OR_DESIGNATED,
        approver: Approver::OtherParticipants,
        themes: 0,
        seats: &[
            (S, "leveransledare", true),
            (S, "skolplattformsansvarig", true),
            (S, "releasemanager", true),
            (S, "skolformskoordinator", false),
            (L, "leveransansvarig", true),
            (L, "utsedd-ansvarig", true),
            (O, "leveransansvarig", true),
            (O, "utsedd-ansvarig", true),
        ],
    },
    Expected {
        id: "driftsattningsinfo",
        area: 2,
        cadence: Some((1, Week, false, true)),
        keeper: CITY_OR_DESIGNATED,
        approver: Approver::OtherParticipants,
        themes: 0,
        seats: &[
            (S, "leveransledare", true),
            (S, "skolplattformsansvarig", true),
            (L, "forandringsansvarig", false),
        ],
    },
    Expected {
        id: "leveransforum",
        area: 2,
        cadence: Some((1, Month, true, true)),
        keeper: SUPPLIER,
        approver: Approver::Staden,
        themes: 7,
        seats: &[
            (S, "leveransansvarig", true),
            (S, "leveransledare", true),
            (S, "skolplattformsansvarig", true),
            (S, "tjansteansvarig", false),
            (S, "avtalsansvarig", false),
            (L, "leveransansvarig", true),
        ],
    },
    Expected {
        id: "leveransledning",
        area: 3,
        cadence: Some((3, Month, true, false)),
        keeper: CITY_OR_DESIGNATED,
        approver: Approver::OtherParticipants,
        themes: 0,
        seats: &[
            (S, "it-direktor", true),
            (L, "kontraktsansvarig", true),
            (L, "kundansvarig", true),
            (O, "kontraktsansvarig", true),
            (O, "kundansvarig", true),
        ],
    },
    Expected {
        id: "operativt-mote",
        area: 3,
        cadence: Some((3, Month, true, false)),
        keeper: CITY_OR_DESIGNATED,
        approver: Approver::OtherParticipants,
        themes: 0,
        seats: &[
            (S, "motesledare", true),
            (L, "leveransansvarig", true),
            (O, "leveransansvarig", true),
        ],
    },
    Expected {
        id: "forandringsavstamning",
        area: 3,
        cadence: Some((1, Week, false, false)),
        keeper: CITY_OR_DESIGNATED,
        approver: Approver::OtherParticipants,
        themes: 0,
        seats: &[
            (S, "forandringsansvarig", true),
            (L, "forandringsansvarig", false),
            (O, "forandringsansvarig", true),
        ],
    },
    Expected {
        id: "arkitektur-sakerhet-alla",
        area: 3,
        cadence: None,
        keeper: CITY_OR_DESIGNATED,
        approver: Approver::OtherParticipants,
        themes: 0,
        seats: &[],
    },
];

#[test]
fn the_embedded_catalogue_holds_the_seeds_twelve_forums() {
    let catalog = Catalog::embedded();
    let ids: Vec<&str> = catalog.forums.iter().map(|f| f.id.as_str()).collect();
    let expected: Vec<&str> = SEED.iter().map(|e| e.id).collect();
    assert_eq!(ids, expected);
}

#[test]
fn every_forum_reads_back_as_the_seed_gives_it() {
    let catalog = Catalog::embedded();
    for e in SEED {
        let f = catalog.forum(e.id).unwrap_or_else(|| panic!("{} missing", e.id));
        assert_eq!(f.area, e.area, "{}: area", e.id);
        let cadence = f
            .cadence
            .as_ref()
            .map(|c| (c.every, c.unit, c.at_least, c.when_needed));
        assert_eq!(cadence, e.cadence, "{}: cadence", e.id);
        assert_eq!(f.keeper, e.keeper, "{}: minute keeper", e.id);
        assert_eq!(f.approver, e.approver, "{}: approver", e.id);
        assert_eq!(f.themes.len(), e.themes, "{}: number of themes", e.id);
        let mut seats: Vec<(Party, &str, bool)> = f
            .participants
            .iter()
            .map(|p| (p.party, p.role.as_str(), p.attendance == Attendance::Permanent))
            .collect();
        let mut want = e.seats.to_vec();
        seats.sort();
        want.sort();
        assert_eq!(seats, want, "{}: seats", e.id);
    }
}

#[test]
fn the_seeds_particular_rules_are_in_the_catalogue() {
    let catalog = Catalog::embedded();
    let operativt = catalog.forum("operativt-mote").unwrap();
    assert!(operativt.rules.contains(&ForumRule::CancelWithoutPoints));
    assert!(operativt.rules.contains(&ForumRule::SuppliersProposePoints));
    assert!(
        catalog
            .forum("forandringsavstamning")
            .unwrap()
            .rules
            .contains(&ForumRule::ChangesAnnounced)
    );
    let inactive: Vec<&str> = catalog
        .forums
        .iter()
        .filter(|f| !f.active)
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(inactive, ["arkitektur-sakerhet-alla"]);
    // Driftsättningsinformationsmöte and the change meeting may be held by phone.
    for id in ["driftsattningsinfo", "forandringsavstamning"] {
        assert!(
            catalog
                .forum(id)
                .unwrap()
                .channels
                .contains(&fora::domain::Channel::Telefon),
            "{id}"
        );
    }
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/catalog/{name}.toml")).unwrap()
}

/// The line (from 1) of the first line in `text` containing `marker`.
fn line_of(text: &str, marker: &str) -> usize {
    text.lines()
        .position(|l| l.contains(marker))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{marker} not in fixture"))
}

fn fault(name: &str) -> (String, CatalogError) {
    let text = fixture(name);
    let err = Catalog::parse(&text).expect_err(name);
    (text, err)
}

#[test]
fn the_minimal_fixture_is_valid() {
    let catalog = Catalog::parse(&fixture("minimal")).unwrap();
    assert_eq!(catalog.forums.len(), 1);
}

#[test]
fn each_catalogue_fault_names_its_line_and_field() {
    // (fixture, text on the faulty line, field, part of the message)
    let cases = [
        (
            "unknown_field",
            "colour",
            "forums[0].colour",
            "okänt fält `colour`",
        ),
        (
            "unknown_party",
            "kommunen",
            "forums[0].participants[0].party",
            "okänt värde `kommunen`",
        ),
        (
            "unknown_role",
            "kundchef",
            "forums[0].participants[0].role",
            "rollen `kundchef` är inte definierad",
        ),
        (
            "unknown_area",
            "area = 4",
            "forums[0].area",
            "område 4 är inte definierat",
        ),
        (
            "bad_unit",
            "fortnight",
            "forums[0].cadence.unit",
            "okänt värde `fortnight`",
        ),
        (
            "zero_interval",
            "every = 0",
            "forums[0].cadence.every",
            "måste vara 1 eller mer",
        ),
        ("bad_id", "Styr grupp", "forums[0].id", "är inget giltigt id"),
        (
            "future_format",
            "format = 2",
            "format",
            "den här fora läser format 1",
        ),
        (
            "wrong_type",
            "active = \"ja\"",
            "forums[0].active",
            "fel sorts värde: här ska stå true eller false",
        ),
        (
            "empty_roster",
            "participants = []",
            "forums[0].participants",
            "minst en deltagare",
        ),
    ];
    for (name, marker, field, message) in cases {
        let (text, err) = fault(name);
        assert_eq!(err.line, Some(line_of(&text, marker)), "{name}: {err}");
        assert_eq!(err.field, field, "{name}: {err}");
        assert!(err.to_string().contains(message), "{name}: {err}");
        assert!(
            err.to_string()
                .starts_with(&format!("rad {}, fält `{field}`", line_of(&text, marker))),
            "{name}: {err}"
        );
    }
}

#[test]
fn a_duplicate_forum_points_at_the_second_definition() {
    let (text, err) = fault("duplicate_forum");
    let second = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("id = \"styrgrupp\""))
        .nth(1)
        .unwrap()
        .0
        + 1;
    assert_eq!(err.line, Some(second));
    assert_eq!(err.field, "forums[1].id");
    assert!(err.to_string().contains("definieras två gånger"), "{err}");
}

#[test]
fn syntax_and_missing_fields_are_reported() {
    let (text, err) = fault("syntax_error");
    assert_eq!(err.line, Some(line_of(&text, "name = \"Styrgrupp")));
    let (_, err) = fault("missing_field");
    assert_eq!(err.field, "forums[0]");
    assert!(err.to_string().contains("fältet `level` saknas"), "{err}");
    let (_, err) = fault("active_without_cadence");
    assert_eq!(err.field, "forums[0].cadence");
    assert!(err.to_string().contains("behöver en mötesfrekvens"), "{err}");
}

#[test]
fn escalation_climbs_delivery_then_contract_then_business_level() {
    let catalog = Catalog::embedded();
    let target = |id: &str| catalog.escalation_target(id).map(|f| f.id.as_str());
    for delivery in [
        "leveransforum",
        "forvaltningsmote",
        "andringskoordinering",
        "driftsattningsinfo",
    ] {
        assert_eq!(target(delivery), Some("verkstallande"), "{delivery}");
    }
    // Conflicts across the supplier landscape go to Verkställande forum too (its themes say so).
    assert_eq!(target("operativt-mote"), Some("verkstallande"));
    assert_eq!(target("verkstallande"), Some("ledningsforum"));
    assert_eq!(target("ledningsforum"), None);
}

#[test]
fn a_catalogue_text_is_at_most_10000_characters() {
    let minimal = fixture("minimal");
    let long = minimal.replace(
        "purpose = \"Styra.\"",
        &format!("purpose = \"{}\"", "å".repeat(10_001)),
    );
    let err = Catalog::parse(&long).expect_err("a purpose of 10,001 characters");
    assert_eq!(err.field, "forums[0].purpose");
    assert!(
        err.to_string()
            .contains("är för långt: högst 10000 tecken, men det är 10001"),
        "{err}"
    );
    let fits = minimal.replace(
        "purpose = \"Styra.\"",
        &format!("purpose = \"{}\"", "å".repeat(10_000)),
    );
    assert!(Catalog::parse(&fits).is_ok());
}
