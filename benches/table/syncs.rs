//! WAL syncs per Enter, counted on the disk's side: this binary runs a
//! scripted meeting in a child process under `strace -f -c -e
//! trace=fsync,fdatasync`, once with no entries and once with N, each on a
//! fresh copy of the ten-year archive. Every sync either run makes besides
//! the entries (opening the file, starting the meeting, taking its lock) is
//! in both, so (syncs with N − syncs with none) / N is what one Enter costs.
//! The child exits without closing the database, as a kill would, so the
//! checkpoint at close (which is no Enter's) is in neither.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use chrono::{DateTime, Local, TimeZone};
use fora::domain::Channel;
use fora::i18n::Lang;
use fora::store::Store;
use fora::tui::app::App;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::archive;
use crate::report::{Row, Stat, Target};
use crate::stats::{Figure, Unit};

/// The first argument that makes this binary the scripted meeting.
const SCRIPTED: &str = "--scripted-meeting";

const NAME: &str = "WAL syncs per Enter";

/// The row: syncs per Enter over `entries` entries, or why it could not be counted.
pub fn row(archive: &Path, entries: usize) -> Row {
    let about = format!(
        "fsync and fdatasync calls (strace -f -c) of a scripted meeting of {entries} entries \
         typed and confirmed with Enter in the meeting screen, less those of the same script \
         with no entries, per entry; on copies of the ten-year archive. The floor is one sync \
         per Enter (its commit) plus the syncs of SQLite's automatic checkpoint, which runs \
         about once per 1,000 WAL pages: hence at most 1.05"
    );
    match per_entry(archive, entries) {
        Ok(per) => Row::new(
            NAME,
            about,
            Figure {
                runs: entries,
                ..Figure::of(Unit::Syncs, vec![per])
            },
        )
        // One commit's sync per Enter; the checkpoint's own syncs come on top
        // every hundred or so entries (3 in 100 entries here).
        .target(Target::AtMost(Stat::Median, 1.05)),
        Err(why) => Row::unavailable(NAME, about, Unit::Syncs, why),
    }
}

fn per_entry(archive: &Path, entries: usize) -> Result<f64, String> {
    let ran = Command::new("strace")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !ran.is_ok_and(|s| s.success()) {
        return Err("not available (strace not on PATH)".into());
    }
    let none = syncs(archive, 0)?;
    let with = syncs(archive, entries)?;
    println!("meeting: {with} syncs with {entries} entries, {none} with none");
    Ok(with.saturating_sub(none) as f64 / entries as f64)
}

/// The fsync and fdatasync calls of one scripted meeting of `entries` entries.
fn syncs(archive: &Path, entries: usize) -> Result<u64, String> {
    let dir = tempfile::tempdir_in(archive::scratch()).expect("temp dir");
    let db = archive::copy_into(archive, dir.path());
    let summary = dir.path().join("strace.txt");
    let me = std::env::current_exe().expect("this benchmark's path");
    let status = Command::new("strace")
        .args(["-f", "-c", "-e", "trace=fsync,fdatasync", "-o"])
        .arg(&summary)
        .arg("--")
        .arg(me)
        .arg(SCRIPTED)
        .arg(&db)
        .arg(entries.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .map_err(|e| format!("not available (strace: {e})"))?;
    assert!(
        status.success(),
        "the scripted meeting under strace failed: {status}"
    );
    let text = std::fs::read_to_string(&summary).expect("strace's summary");
    Ok(calls(&text))
}

/// The calls column of strace's summary, summed over fsync and fdatasync.
fn calls(summary: &str) -> u64 {
    summary
        .lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            match fields.last() {
                Some(&"fsync" | &"fdatasync") => fields.get(3)?.parse::<u64>().ok(),
                _ => None,
            }
        })
        .sum()
}

fn at(m: u32) -> DateTime<Local> {
    Local
        .with_ymd_and_hms(2026, 11, 26, 10, m, 0)
        .single()
        .expect("a time that exists")
}

fn press(app: &mut App, store: &mut Store, code: KeyCode) {
    app.handle_key(store, KeyEvent::new(code, KeyModifiers::NONE), at(1));
}

/// When this binary was started as the scripted meeting: starts a meeting
/// on the database given, records the number of entries given with the
/// meeting screen's keys, and exits without closing anything.
pub fn serve_as_scripted_meeting() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).is_none_or(|a| a != SCRIPTED) || args.len() != 4 {
        return;
    }
    let db = PathBuf::from(&args[2]);
    let entries: usize = args[3].parse().expect("a number of entries");
    let mut store = Store::open(&db).expect("open the database");
    let id = store
        .start_meeting("verkstallande", "2026-11-26", Channel::Video, at(0), Lang::Sv)
        .expect("start a meeting");
    let mut app = App::new(&store, Lang::Sv, archive::today()).expect("app");
    app.open_meeting(&mut store, id, at(0)).expect("open the meeting");
    press(&mut app, &mut store, KeyCode::Tab);
    for n in 0..entries {
        press(&mut app, &mut store, KeyCode::Char('i'));
        for c in format!("Punkt {n}: mötet noterar läget.").chars() {
            press(&mut app, &mut store, KeyCode::Char(c));
        }
        press(&mut app, &mut store, KeyCode::Enter);
    }
    let recorded = store.entries(id).expect("entries").len();
    assert_eq!(recorded, entries, "every Enter recorded an entry");
    // As a kill would: the checkpoint at close is no Enter's.
    std::process::exit(0);
}
