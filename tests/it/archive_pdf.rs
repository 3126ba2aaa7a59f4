//! The protocol PDF as an archive and a screen reader take it, read back by
//! readers that are not fora's writer: poppler (pdfinfo, pdftotext, pdffonts)
//! for the PDF/A-2a and PDF/UA-1 claims in the XMP, the tagging, title and
//! fonts, and the text and structure in reading order; lopdf for the
//! catalogue's language and window title. Without poppler these fail,
//! unless FORA_SKIP_POPPLER=1 (see support/tools.rs).

use std::path::{Path, PathBuf};
use std::time::Duration;

use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::protocol::stamp::{Approved, Method, Stamp};
use fora::protocol::{MeetingRecord, pdf};
use fora::store::meetings::EntryFields;

use crate::protocol_fixture::{at, fields, fixture};
use crate::support::tools;

const SKIP: &str = "FORA_SKIP_POPPLER";
const LIMIT: Duration = Duration::from_secs(60);
const SHA: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

/// Version 2, approved by the fixture's two approvers.
pub fn approved() -> Stamp {
    Stamp::Approved {
        version: 2,
        sha256: SHA.into(),
        approvals: vec![
            Approved {
                name: "Anna Berg".into(),
                date: "2026-11-04".into(),
                method: Method::Signed {
                    fingerprint: "SHA256:q3x9".into(),
                },
            },
            Approved {
                name: "Eva Ersson".into(),
                date: "2026-11-05".into(),
                method: Method::Recorded { by: "Bo Ek".into() },
            },
        ],
    }
}

/// The fixture's protocol as a PDF file in `dir`.
fn written(dir: &Path, lang: Lang, stamp: &Stamp) -> PathBuf {
    let (_store, record, forum) = fixture();
    let path = dir.join(format!("{lang:?}.pdf"));
    std::fs::write(&path, pdf::render(&record, &forum, lang, stamp).unwrap()).unwrap();
    path
}

struct Poppler {
    info: PathBuf,
    text: PathBuf,
    fonts: PathBuf,
}

impl Poppler {
    fn find() -> Option<Poppler> {
        Some(Poppler {
            info: tools::program("pdfinfo", SKIP)?,
            text: tools::program("pdftotext", SKIP)?,
            fonts: tools::program("pdffonts", SKIP)?,
        })
    }

    fn info(&self, args: &[&str]) -> String {
        tools::run(&self.info, args, LIMIT)
    }

    /// The texts of the structure tree, in its order.
    fn structure(&self, file: &str) -> Vec<String> {
        self.info(&["-struct-text", file])
            .lines()
            .filter_map(|l| l.trim().strip_prefix('"')?.strip_suffix('"'))
            .map(str::to_string)
            .collect()
    }
}

/// The value of `key` in pdfinfo's "Key:   value" lines.
fn field<'a>(info: &'a str, key: &str) -> &'a str {
    info.lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .unwrap_or_else(|| panic!("no {key} in {info}"))
        .trim()
}

/// Asserts that `needles` occur in `texts` in this order, each in a later
/// text than the one before (or the same, for one long text).
fn in_order(texts: &[String], needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match texts[from..].iter().position(|t| t.contains(needle)) {
            Some(i) => from += i,
            None => panic!("{needle:?} not after {:?} in {texts:#?}", texts[from]),
        }
    }
}

/// What a reader meets, heading by heading, ending with the justering.
const READING_ORDER: &[&str] = &[
    "Protokoll – Leveransforum",
    "Datum",
    "Närvaro",
    "Leveransansvarig: Anna Berg",
    "Dagordning",
    "Mötets öppnande",
    "Godkännande av dagordningen",
    "Dagordningen godkänns.",
    "Sammanställning av utfall",
    "Staden bestrider utfallet för oktober.",
    "Mötets avslutande",
    "Åtgärder",
    "Eskaleringar och meningsskiljaktigheter",
    "Vid protokollet",
    "Justeras",
    "signerad, nyckel SHA256:q3x9",
    "Version 2 · SHA-256 9f86d081",
];

#[test]
fn the_pdf_claims_pdf_a2a_and_pdf_ua1_with_its_language_title_and_embedded_fonts() {
    let Some(poppler) = Poppler::find() else { return };
    let dir = tempfile::tempdir().unwrap();
    for (lang, code, title) in [
        (Lang::Sv, "sv-SE", "Protokoll – Leveransforum 2026-11-02"),
        (Lang::En, "en", "Minutes – Leveransforum 2026-11-02"),
    ] {
        let file = written(dir.path(), lang, &approved());
        let path = file.to_str().unwrap();
        let info = poppler.info(&[path]);
        assert_eq!(field(&info, "Tagged"), "yes", "{info}");
        assert_eq!(field(&info, "Title"), title, "{info}");
        assert_eq!(field(&info, "PDF version"), "1.7", "{info}");

        let xmp = poppler.info(&["-meta", path]);
        for claim in [
            "<pdfaid:part>2</pdfaid:part>",
            "<pdfaid:conformance>A</pdfaid:conformance>",
            "<pdfuaid:part>1</pdfuaid:part>",
            &format!("<dc:language><rdf:Bag><rdf:li>{code}</rdf:li>"),
            &format!("<rdf:li xml:lang=\"x-default\">{title}</rdf:li>"),
        ] {
            assert!(xmp.contains(claim), "{claim} in {xmp}");
        }

        // name, type, encoding, then emb, sub, uni and the object number.
        let fonts = tools::run(&poppler.fonts, &[path], LIMIT);
        let rows: Vec<Vec<&str>> = fonts
            .lines()
            .skip(2)
            .map(|l| l.split_whitespace().collect())
            .collect();
        assert_eq!(rows.len(), 2, "regular and bold: {fonts}");
        for row in rows {
            let n = row.len();
            assert_eq!(
                (row[n - 5], row[n - 3]),
                ("yes", "yes"),
                "embedded, with Unicode: {fonts}"
            );
        }

        // The catalogue: its language, and the title shown as the window's.
        let doc = lopdf::Document::load(&file).unwrap();
        let catalog = doc.catalog().unwrap();
        assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), code.as_bytes());
        let prefs = doc.get_dict_in_dict(catalog, b"ViewerPreferences").unwrap();
        assert!(prefs.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());
    }
}

#[test]
fn text_and_structure_follow_the_reading_order_and_end_with_the_justering() {
    let Some(poppler) = Poppler::find() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = written(dir.path(), Lang::Sv, &approved());
    let path = file.to_str().unwrap();

    // The text as poppler lays it out: the headings before their entries,
    // and nothing after the justering's version line but the footer.
    let text = tools::run(&poppler.text, &[path, "-"], LIMIT);
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    in_order(&lines, READING_ORDER);
    let last = lines
        .iter()
        .rposition(|l| l.starts_with("Version 2 · SHA-256"))
        .unwrap();
    for line in &lines[last + 1..] {
        let line = line.trim_matches('\u{c}');
        assert!(
            line.is_empty()
                || line.starts_with("Protokoll – Leveransforum 2026-11-02")
                || line.starts_with("Sida "),
            "after the justering: {line:?}"
        );
    }

    // The structure tree: the same order, its last text the version line.
    let texts = poppler.structure(path);
    in_order(&texts, READING_ORDER);
    assert!(
        texts.last().unwrap().starts_with("Version 2 · SHA-256 9f86d081"),
        "{texts:#?}"
    );

    // One H1, then headings that go down one level at a time; lists with
    // labels and bodies; tables with column header cells.
    let tree = poppler.info(&["-struct-text", path]);
    let levels: Vec<u32> = tree
        .lines()
        .filter_map(|l| l.trim().strip_prefix('H')?.split(' ').next()?.parse().ok())
        .collect();
    assert_eq!(levels.iter().filter(|&&l| l == 1).count(), 1, "{levels:?}");
    assert_eq!(levels[0], 1);
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "a heading level skipped: {levels:?}");
    }
    for element in [
        "L (block)",
        "LI (block)",
        "Lbl (block)",
        "LBody (block)",
        "Table (block)",
        "THead",
        "TBody",
        "TH:",
        "/Scope /Column",
        "TD",
    ] {
        assert!(
            tree.lines().any(|l| l.trim().starts_with(element)),
            "{element} in {tree}"
        );
    }
}

#[test]
fn page_numbers_footers_and_the_draft_watermark_stay_out_of_the_structure() {
    let Some(poppler) = Poppler::find() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = written(dir.path(), Lang::Sv, &Stamp::Draft { version: 1 });
    let path = file.to_str().unwrap();
    let pages: usize = field(&poppler.info(&[path]), "Pages").parse().unwrap();
    let text = tools::run(&poppler.text, &[path, "-"], LIMIT);
    assert!(text.contains(&format!("Sida {pages} ({pages})")), "{text}");

    let texts = poppler.structure(path);
    assert!(
        texts.iter().any(|t| t == "UTKAST – version 1"),
        "the banner is read: {texts:#?}"
    );
    for t in &texts {
        assert!(
            t != "UTKAST" && !t.starts_with("Sida ") && !t.starts_with("Protokoll – Leveransforum 2026"),
            "{t:?} in the structure"
        );
    }
}

#[test]
fn a_table_over_two_pages_repeats_its_header_row_for_the_eye_only() {
    let Some(poppler) = Poppler::find() else { return };
    let (mut store, record, forum) = fixture();
    for n in 0..70 {
        let action = EntryFields {
            text: format!("Åtgärd nummer {n} som följs upp till nästa möte."),
            owner: Some("Bo Ek".into()),
            due: Some("2026-11-20".into()),
            ..Default::default()
        };
        store
            .add_entry(
                record.items[0].item.id,
                EntryKind::Action,
                &action,
                at(9, 2),
                None,
            )
            .unwrap();
    }
    let record = MeetingRecord::load(&store, record.meeting.id).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("long.pdf");
    std::fs::write(
        &file,
        pdf::render(&record, &forum, Lang::Sv, &approved()).unwrap(),
    )
    .unwrap();
    let path = file.to_str().unwrap();

    let text = tools::run(&poppler.text, &[path, "-"], LIMIT);
    let shown = text.matches("Punkt Åtgärd").count();
    assert_eq!(shown, 2, "on both pages of the actions table: {text}");
    // Read once.
    let texts = poppler.structure(path);
    assert_eq!(
        texts.iter().filter(|t| *t == "Klart senast").count(),
        1,
        "{texts:#?}"
    );
    in_order(
        &texts,
        &[
            "Åtgärd nummer 0 som",
            "Åtgärd nummer 69 som",
            "Version 2 · SHA-256",
        ],
    );
}

#[test]
fn characters_the_font_lacks_print_as_a_replacement_and_the_file_is_still_written() {
    // DejaVu Sans has this smiley, but no Chinese and nothing private.
    let (mut store, record, forum) = fixture();
    let text = "Smiley 😀, privat \u{E000}, kinesiska 中文 och åäö.";
    store
        .add_entry(
            record.items[0].item.id,
            EntryKind::Information,
            &fields(text),
            at(9, 2),
            None,
        )
        .unwrap();
    let record = MeetingRecord::load(&store, record.meeting.id).unwrap();
    let bytes = pdf::render(&record, &forum, Lang::Sv, &approved()).expect("a PDF/A file");
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let extracted = doc.extract_text(&pages).unwrap();
    assert!(
        extracted.contains("Smiley 😀, privat \u{FFFD}, kinesiska \u{FFFD}\u{FFFD} och åäö."),
        "{extracted}"
    );
}
