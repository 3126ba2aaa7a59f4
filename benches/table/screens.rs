//! Screens on the 1,000,000-entry archive: the release binary in a
//! pseudo-terminal, timed from a key written to the frame that answers it
//! read from the terminal (vt100 parser): each register and search screen
//! opened from home, a search typed, and the oldest and the newest
//! decision's meeting opened from the decision register.
//! In the same process as the app, key to frame while scrolling through
//! each register and a search's hits, as the meeting section measures it.
//! Targets: every register or search screen open within 50 ms; the oldest
//! meeting open within 1.5× of the newest; key to frame p99 under 2 ms.

use std::path::Path;
use std::time::Duration;

use fora::i18n::Lang;
use fora::store::Store;
use fora::tui::app::App;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::Config;
use crate::archive;
use crate::meeting::Frames;
use crate::process::fora;
use crate::report::{Row, Stat, Target};
use crate::search::{large, size};
use crate::stats::Figure;
use crate::terminal::Terminal;

/// The last line of home's keys: home is shown whole.
const HOME: &str = "P approval";
/// Each screen's key, a text its first frame shows at the top, and the key
/// that leaves it (Esc where letters are typed).
const SCREENS: &[(&str, &[u8], &str, &[u8])] = &[
    ("action register", b"A", "Action register", b"q"),
    ("decision register", b"D", "Decision register", b"q"),
    ("escalations", b"E", "Escalations and disagreements", b"q"),
    ("search", b"S", "Search every meeting", b"\x1b"),
];
const WORD: &str = "incident";
const SEARCH: &str = "Search every meeting";
const DECISIONS: &str = "Decision register";
const MEETING: &str = "Meeting time";

pub fn run(config: &Config) -> Vec<Row> {
    let scratch = tempfile::tempdir_in(archive::scratch()).expect("temp dir");
    // A copy: the TUI may write to its database, the kept archive stays as built.
    let db = archive::copy_into(&large(config, "screens").get(), scratch.path());
    let label = size(archive::entries(&db));
    println!("screens: {label} in {}", db.display());
    let mut term = Terminal::start(fora(), &db, &["--lang", "en"], &["Forums", HOME]);
    term.time_to_watched();
    let runs = config.count(20, 2);
    let mut rows = Vec::new();
    for (name, key, shows, leave) in SCREENS {
        let mut times = Vec::new();
        for run in 0..=runs {
            let took = term.time_keys(key, shows, HOME);
            // The first opening warms the page cache; it is not counted.
            if run > 0 {
                times.push(took);
            }
            term.time_keys(leave, HOME, shows);
        }
        rows.push(
            Row::new(
                format!("TUI: open the {name}, {label}"),
                format!(
                    "from the key on home to the {name}'s first frame read whole from the terminal, \
                     its rows read from the archive a window at a time"
                ),
                Figure::times(&times),
            )
            .target(Target::Below(Stat::P95, 50.0)),
        );
    }
    // Typing a word: the time from its last letter to the hits shown.
    let (most, last) = WORD.as_bytes().split_at(WORD.len() - 1);
    let typed: Vec<Duration> = (0..runs)
        .map(|_| {
            term.time_keys(b"S", SEARCH, HOME);
            // The typed text stands in the input box, above the hits, in
            // the frame drawn after the search: its end shows the search done.
            let most = std::str::from_utf8(most).expect("a word");
            term.time_keys(most.as_bytes(), &format!("{most}▏"), HOME);
            let took = term.time_keys(last, &format!("{WORD}▏"), &format!("{most}▏"));
            term.time_keys(b"\x1b", HOME, SEARCH);
            took
        })
        .collect();
    rows.push(Row::new(
        format!("TUI: search as typed, {label}"),
        format!(
            "from the last letter of \"{WORD}\" typed on the search screen to the frame drawn after \
             the search (its input box read from the terminal)"
        ),
        Figure::times(&typed),
    ));
    // The oldest (G) and the newest (g) decision's meeting, from the register.
    let mut open = |jump: &[u8]| -> Vec<Duration> {
        (0..runs)
            .map(|_| {
                term.time_keys(b"D", DECISIONS, HOME);
                // Enter's time includes the jump's, a window read from the end or the start.
                term.keys(jump);
                let took = term.time_keys(b"\r", MEETING, DECISIONS);
                term.time_keys(b"q", DECISIONS, MEETING);
                term.time_keys(b"q", HOME, DECISIONS);
                took
            })
            .collect()
    };
    let oldest = Figure::times(&open(b"G"));
    let newest = Figure::times(&open(b"g"));
    rows.push(
        Row::new(
            format!("TUI: open the oldest meeting, {label}"),
            "Enter on the oldest decision in the decision register, to the meeting screen's first \
             frame (its record loaded); beside it the same for the newest decision",
            oldest,
        )
        .beside("the newest meeting", Ok(newest))
        .target(Target::RatioAtMost(Stat::Median, 1.5)),
    );
    term.keys(b"q");
    term.wait_exit();
    rows.extend(scrolling(config, &db, &label));
    rows
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Key to frame in the app itself: down through the first thousands of
/// rows of each register and of a search's hits, End, and back to the top.
fn scrolling(config: &Config, db: &Path, label: &str) -> Vec<Row> {
    let mut store = Store::open(db).expect("open the archive");
    let mut app = App::new(&store, Lang::En, archive::today()).expect("app");
    let mut frames = Frames::new();
    frames.draw(&mut app);
    let now = chrono::Local::now();
    let steps = config.count(3_000, 300);
    let mut rows = Vec::new();
    for (name, open, typed) in [
        ("action register", 'A', ""),
        ("decision register", 'D', ""),
        ("search hits", 'S', WORD),
    ] {
        frames.key(&mut app, &mut store, key(KeyCode::Char(open)), now);
        for c in typed.chars() {
            frames.key(&mut app, &mut store, key(KeyCode::Char(c)), now);
        }
        let mut times: Vec<Duration> = (0..steps)
            .map(|_| frames.key(&mut app, &mut store, key(KeyCode::Down), now))
            .collect();
        for code in [KeyCode::End, KeyCode::PageUp, KeyCode::Home] {
            times.push(frames.key(&mut app, &mut store, key(code), now));
        }
        frames.key(&mut app, &mut store, key(KeyCode::Esc), now);
        let figure = Figure::times(&times);
        rows.push(
            Row::new(
                format!("key to frame, {name}, {label}"),
                format!(
                    "`App::handle_key` and a full redraw, {steps} times Down through the {name}                      (a window of rows read every 100), then End, Page Up and Home"
                ),
                figure,
            )
            .target(Target::Below(Stat::P99, 2.0)),
        );
    }
    rows
}
