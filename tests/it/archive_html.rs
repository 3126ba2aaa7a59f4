//! The HTML protocol as a browser and a screen reader take it: axe-core's
//! WCAG 2.1 A and AA rules run on it in headless Chromium with no
//! violation, long URLs kept inside the margin, and printed pages numbered
//! in their footers; the headings and tables checked in the markup too.
//! Without Chromium, axe-core or poppler these fail, unless
//! FORA_SKIP_BROWSER=1 (see support/tools.rs).

use std::path::{Path, PathBuf};
use std::time::Duration;

use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::protocol::stamp::Stamp;
use fora::protocol::{MeetingRecord, html};
use fora::store::meetings::EntryFields;

use crate::archive_pdf::approved;
use crate::protocol_fixture::{at, fields, fixture};
use crate::support::tools;

const SKIP: &str = "FORA_SKIP_BROWSER";
const LIMIT: Duration = Duration::from_secs(120);

/// The flags headless Chromium needs on these machines: as root without a
/// sandbox, and without the background connections a closed network refuses.
const CHROMIUM: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// A URL too long for any line, in an entry and in the actions table.
const URL: &str = "https://intranat.stockholm.se/skolplattformen/dokument/forvaltning/leveransforum/2026/bilagor/avvikelserapport-betygsexport-oktober-utkast-slutversion-granskad.pdf";

/// The fixture's protocol with a long URL as its place, in an entry and in
/// an action.
fn protocol(lang: Lang, stamp: &Stamp) -> String {
    let (mut store, record, forum) = fixture();
    let item = record.items[0].item.id;
    store
        .add_entry(
            item,
            EntryKind::Information,
            &fields(&format!("Se {URL}")),
            at(9, 1),
            None,
        )
        .unwrap();
    let action = EntryFields {
        text: URL.into(),
        owner: Some("Bo Ek".into()),
        due: Some("2026-11-20".into()),
        ..Default::default()
    };
    store
        .add_entry(item, EntryKind::Action, &action, at(9, 2), None)
        .unwrap();
    let mut record = MeetingRecord::load(&store, record.meeting.id).unwrap();
    record.meeting.place = Some(URL.into());
    html::render(&record, &forum, lang, stamp)
}

struct Browser {
    chromium: PathBuf,
    axe: String,
    dir: tempfile::TempDir,
}

impl Browser {
    fn find() -> Option<Browser> {
        let chromium = tools::program("chromium", SKIP)?;
        let axe = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/a11y/node_modules/axe-core/axe.min.js");
        let read = || std::fs::read_to_string(&axe).ok();
        let Some(axe) = read().or_else(|| tools::install().then(read).flatten()) else {
            tools::missing("axe-core", SKIP);
            return None;
        };
        Some(Browser {
            chromium,
            axe,
            dir: tempfile::tempdir().unwrap(),
        })
    }

    /// Chromium with its flags, a fresh profile and `args`.
    fn run(&self, args: &[&str]) -> String {
        let profile = tempfile::tempdir_in(self.dir.path()).unwrap();
        let profile = format!("--user-data-dir={}", profile.path().display());
        let mut all: Vec<&str> = CHROMIUM.to_vec();
        all.push(&profile);
        all.extend(args);
        tools::run(&self.chromium, &all, LIMIT)
    }

    fn write(&self, name: &str, page: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, page).unwrap();
        format!("file://{}", path.display())
    }

    /// What axe-core finds on `page` at WCAG 2.1 A and AA, one violation a
    /// line, and the elements that reach past the body's right edge. The
    /// page's policy against scripts is taken out for axe to run; nothing
    /// else changes.
    fn check(&self, page: &str) -> Vec<String> {
        let csp = page.find("<meta http-equiv=\"Content-Security-Policy\"").unwrap();
        let end = csp + page[csp..].find('>').unwrap() + 1;
        let page = format!("{}{}", &page[..csp], &page[end..]);
        let script = r#"<script>
axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  .then(function (r) {
    var found = r.violations.map(function (v) {
      return 'violation ' + v.id + ' (' + v.impact + '): ' + v.help + ' at ' +
        v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
    });
    var edge = document.body.getBoundingClientRect().right + 0.5;
    document.querySelectorAll('main *').forEach(function (e) {
      if (e.getBoundingClientRect().right > edge) { found.push('past the margin: ' + e.tagName + ' ' + e.textContent.slice(0, 40)); }
    });
    report(['axe done'].concat(found).join('\n'));
  })
  .catch(function (e) { report('axe failed: ' + e); });
function report(text) {
  var pre = document.createElement('pre');
  pre.id = 'axe-report';
  pre.textContent = text;
  document.body.appendChild(pre);
}
</script>"#;
        let page = page.replace(
            "</body>",
            &format!("<script>{}</script>{script}</body>", self.axe),
        );
        let url = self.write("checked.html", &page);
        let dom = self.run(&[
            "--window-size=800,1000",
            "--virtual-time-budget=30000",
            "--dump-dom",
            &url,
        ]);
        let start =
            dom.find("<pre id=\"axe-report\">").expect("axe reported") + "<pre id=\"axe-report\">".len();
        let report = &dom[start..start + dom[start..].find("</pre>").unwrap()];
        let report = report
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
        let mut lines: Vec<String> = report.lines().map(str::to_string).collect();
        assert_eq!(lines.first().map(String::as_str), Some("axe done"), "{report}");
        lines.remove(0);
        lines
    }
}

#[test]
fn axe_finds_no_wcag_21_aa_violation_and_long_urls_stay_inside_the_margin() {
    let Some(browser) = Browser::find() else { return };
    for lang in [Lang::Sv, Lang::En] {
        for stamp in [Stamp::Draft { version: 1 }, approved()] {
            let found = browser.check(&protocol(lang, &stamp));
            assert!(found.is_empty(), "{lang:?} {stamp:?}:\n{}", found.join("\n"));
        }
    }
}

#[test]
fn a_printed_protocol_has_the_protocol_and_page_numbers_in_its_footers() {
    let Some(browser) = Browser::find() else { return };
    let Some(pdftotext) = tools::program("pdftotext", SKIP) else {
        return;
    };
    let url = browser.write("protocol.html", &protocol(Lang::Sv, &approved()));
    let printed = browser.dir.path().join("printed.pdf");
    browser.run(&[
        "--no-pdf-header-footer",
        &format!("--print-to-pdf={}", printed.display()),
        &url,
    ]);
    let text = tools::run(&pdftotext, &[printed.to_str().unwrap(), "-"], LIMIT);
    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert!(pages.len() >= 2, "{text}");
    for (i, page) in pages.iter().enumerate() {
        let number = format!("Sida {} ({})", i + 1, pages.len());
        assert!(page.contains(&number), "{number} on page {}: {page}", i + 1);
        assert!(page.contains("Protokoll – Leveransforum 2026-11-02"), "{page}");
    }
}

/// The levels of the h1–h6 elements, in order.
fn heading_levels(page: &str) -> Vec<u32> {
    page.match_indices("<h")
        .filter_map(|(i, _)| {
            let level = page[i + 2..].chars().next()?.to_digit(10)?;
            (page[i + 3..].starts_with('>')).then_some(level)
        })
        .collect()
}

#[test]
fn the_markup_has_a_language_one_h1_headings_in_order_and_captioned_tables() {
    for (lang, code) in [(Lang::Sv, "sv"), (Lang::En, "en")] {
        let page = protocol(lang, &approved());
        assert!(page.contains(&format!("<html lang=\"{code}\">")));
        let levels = heading_levels(&page);
        assert_eq!(levels.iter().filter(|&&l| l == 1).count(), 1, "{levels:?}");
        assert_eq!(levels[0], 1);
        for pair in levels.windows(2) {
            assert!(pair[1] <= pair[0] + 1, "a heading level skipped: {levels:?}");
        }
        let tables = page.matches("<table").count();
        assert!(
            tables >= 5,
            "actions, escalations, two signature tables, justering: {tables}"
        );
        assert_eq!(page.matches("<caption>").count(), tables);
        assert_eq!(page.matches("<thead><tr><th scope=\"col\">").count(), tables);
        assert!(page.contains("overflow-wrap: break-word"));
        assert!(page.contains(&format!("<td><span class=\"long\">{URL}</span></td>")));
    }
}

#[test]
fn a_forum_name_cannot_end_the_style_element_through_the_print_footer() {
    let (_store, record, mut forum) = fixture();
    forum.name = "Evil\"; } </style><script>alert(1)</script>".into();
    let page = html::render(&record, &forum, Lang::Sv, &approved());
    assert_eq!(page.matches("</style>").count(), 1, "{page}");
    assert!(!page.to_lowercase().contains("<script"), "{page}");
}
