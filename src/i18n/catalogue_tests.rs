//! The catalogues stay whole: every key in both languages, and every key used.

use std::collections::BTreeSet;
use std::path::Path;

use super::{CATALOGUES, Lang};

/// The message ids of a catalogue: in Fluent a message starts at the first
/// column of its line with its id and `=`.
fn keys(files: &[(&str, &'static str)]) -> BTreeSet<&'static str> {
    files
        .iter()
        .flat_map(|(_, source)| source.lines())
        .filter_map(|line| line.split_once('=').map(|(id, _)| id))
        .filter(|id| id.starts_with(|c: char| c.is_ascii_alphabetic()))
        .map(str::trim_end)
        .filter(|id| {
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .collect()
}

/// The Rust files under `dir`, but this one: `(path from src/, text)`.
fn rust_sources(src: &Path, dir: &Path, into: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("src/ is readable").path();
        if path.is_dir() {
            rust_sources(src, &path, into);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("catalogue_tests.rs") {
            let name = path.strip_prefix(src).expect("under src/").display().to_string();
            into.push((
                name,
                std::fs::read_to_string(&path).expect("a source file is UTF-8"),
            ));
        }
    }
}

/// The structs of texts ([`crate::texts!`]): a key `<prefix><field>` is used
/// when the field is read, `.field`, outside the `texts!` that declares it.
const TEXT_STRUCTS: [(&str, &[&str], &str); 4] = [
    (
        crate::protocol::stamp::StampLabels::PREFIX,
        crate::protocol::stamp::StampLabels::FIELDS,
        "protocol/stamp.rs",
    ),
    (
        crate::tui::strings::Strings::PREFIX,
        crate::tui::strings::Strings::FIELDS,
        "tui/strings.rs",
    ),
    (
        crate::tui::review::strings::Strings::PREFIX,
        crate::tui::review::strings::Strings::FIELDS,
        "tui/review/strings.rs",
    ),
    (
        crate::protocol::labels::Labels::PREFIX,
        crate::protocol::labels::Labels::FIELDS,
        "protocol/labels.rs",
    ),
];

/// Whether `code` reads the field `field` of some value: `.field` not
/// followed by more of a name.
fn reads_field(code: &str, field: &str) -> bool {
    let pattern = format!(".{field}");
    code.match_indices(&pattern)
        .any(|(at, _)| !code[at + pattern.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// A source file without its `texts!` declaration.
fn without_texts(code: &str) -> String {
    let Some(start) = code.find("crate::texts! {") else {
        return code.to_string();
    };
    let end = code[start..]
        .find("\n}\n")
        .map_or(code.len(), |end| start + end + 3);
    format!("{}{}", &code[..start], &code[end..])
}

fn is_used(key: &str, sources: &[(String, String)]) -> bool {
    let literal = format!("\"{key}\"");
    if sources.iter().any(|(_, code)| code.contains(&literal)) {
        return true;
    }
    TEXT_STRUCTS.iter().any(|(prefix, fields, file)| {
        let Some(field) = key.strip_prefix(prefix).map(|f| f.replace('-', "_")) else {
            return false;
        };
        fields.contains(&field.as_str())
            && sources.iter().any(|(name, code)| {
                let code = if name == file {
                    without_texts(code)
                } else {
                    code.clone()
                };
                reads_field(&code, &field)
            })
    })
}

#[test]
fn both_catalogues_parse_and_hold_the_same_keys() {
    for lang in Lang::ALL {
        // Parses the file, and panics on a mistake in it.
        let _ = lang.format("cli-no-data-dir", None);
    }
    let [(_, sv), (_, en)] = CATALOGUES;
    let file_names =
        |files: &[(&str, &str)]| files.iter().map(|(name, _)| name.to_string()).collect::<Vec<_>>();
    assert_eq!(
        file_names(sv),
        file_names(en),
        "both languages have the same files"
    );
    let (sv, en) = (keys(sv), keys(en));
    assert!(sv.len() > 1, "the key scanner finds the keys");
    let only_sv: Vec<_> = sv.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&sv).collect();
    assert!(only_sv.is_empty(), "in sv.ftl but not in en.ftl: {only_sv:?}");
    assert!(only_en.is_empty(), "in en.ftl but not in sv.ftl: {only_en:?}");
    for key in &sv {
        assert!(Lang::Sv.has(key) && Lang::En.has(key), "{key} does not load");
    }
}

#[test]
fn no_key_is_in_two_files() {
    for (lang, files) in CATALOGUES {
        let mut seen = BTreeSet::new();
        for (name, source) in files {
            for key in keys(&[(name, source)]) {
                assert!(
                    seen.insert(key),
                    "{key} is in two files of assets/i18n/{}/",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn every_key_is_used_by_the_code() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut sources = Vec::new();
    rust_sources(&src, &src, &mut sources);
    let [(_, sv), _] = CATALOGUES;
    let unused: Vec<_> = keys(sv)
        .into_iter()
        .filter(|key| !is_used(key, &sources))
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

/// The keys `code` names in `tr!(lang, "key"…)`, `lang.text("key")` and
/// `fail!("key"…)`, comments left out.
fn named_keys(code: &str) -> Vec<String> {
    let code: String = code
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut keys = Vec::new();
    for marker in ["tr!(", ".text(", "fail!("] {
        for (at, _) in code.match_indices(marker) {
            let rest = &code[at + marker.len()..];
            // tr! names the language first.
            let rest = match marker {
                "tr!(" => rest.split_once(',').map_or("", |(_, rest)| rest),
                _ => rest,
            };
            let key = rest
                .trim_start()
                .strip_prefix('"')
                .and_then(|r| r.split_once('"'));
            if let Some((key, _)) = key {
                keys.push(key.to_string());
            }
        }
    }
    keys
}

#[test]
fn every_key_the_code_names_is_in_both_catalogues() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut sources = Vec::new();
    rust_sources(&src, &src, &mut sources);
    let named: BTreeSet<String> = sources.iter().flat_map(|(_, code)| named_keys(code)).collect();
    assert!(named.len() > 100, "the scanner finds the keys: {}", named.len());
    let missing: Vec<_> = named
        .iter()
        .filter(|key| !Lang::ALL.iter().all(|lang| lang.has(key)))
        .collect();
    assert!(
        missing.is_empty(),
        "keys the code names but no catalogue has: {missing:?}"
    );
    let example = "tr!(\n    lang,\n    \"out-days\",\n    days = 3\n)\n// tr!(lang, \"a-comment\")";
    assert_eq!(named_keys(example), ["out-days"]);
}

#[test]
fn a_text_field_counts_as_used_only_where_it_is_read() {
    let sources = |code: &str| vec![("tui/home.rs".to_string(), code.to_string())];
    assert!(is_used("tui-forums-title", &sources("let t = s.forums_title;")));
    assert!(!is_used("tui-forums-title", &sources("let t = s.forums_titles;")));
    assert!(!is_used("tui-forums-title", &sources("forums_title,")));
    let declared = "crate::texts! {\n    x.forums_title,\n}\n";
    let declared_only = vec![("tui/strings.rs".to_string(), declared.to_string())];
    assert!(!is_used("tui-forums-title", &declared_only));
    let read_beside = vec![(
        "tui/strings.rs".to_string(),
        format!("{declared}fn f() {{ s.forums_title }}"),
    )];
    assert!(is_used("tui-forums-title", &read_beside));
    assert!(is_used(
        "cli-written-to",
        &sources("tr!(lang, \"cli-written-to\")")
    ));
}
