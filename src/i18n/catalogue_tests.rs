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

fn rust_sources(dir: &Path, into: &mut String) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("src/ is readable").path();
        if path.is_dir() {
            rust_sources(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("catalogue_tests.rs") {
            into.push_str(&std::fs::read_to_string(&path).expect("a source file is UTF-8"));
        }
    }
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
fn every_key_is_used_by_the_code() {
    let mut code = String::new();
    rust_sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut code);
    let [(_, sv), _] = CATALOGUES;
    let unused: Vec<_> = keys(sv)
        .into_iter()
        .filter(|key| !code.contains(&format!("\"{key}\"")))
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}
