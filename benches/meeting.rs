//! Benchmark: the live meeting on a database with ten years of demo meetings
//! and an open meeting of 300 entries.
//!
//! (a) Key event to rendered frame: `App::handle_key` and `fora::tui::render`
//!     into a 160×50 buffer, moving through the agenda and typing in the
//!     entry editor. Target: p99 under 2 ms.
//! (b) Enter to committed entry: `App::handle_key(Enter)` in an entry editor
//!     whose text has been kept as a draft, so the store adds the entry and
//!     drops the draft in one transaction, then the screen adds it to its rows.
//!     The search index takes the entry in a second transaction once the
//!     frame is drawn (`App::after_frame`), timed beside it.
//! (c) Beside it, in the same run on the same file: a bare one-row insert in
//!     its own `BEGIN IMMEDIATE` transaction on the store's connection, so
//!     with the same pragmas (WAL, synchronous=FULL); and, for reference, one
//!     entry row inserted the same way with nothing else. Target: (b)'s median within
//!     1.2 × (c)'s. For reference beside (b): the store's transaction alone,
//!     and typing with `App::tick` after
//!     each key as the event loop runs it, so that autosaves land in frames.
//!
//! Prints figures; asserts only that the work was done, never the targets.
//! Run: `cargo bench --bench meeting`.
//! The database lives in `target/bench-tmp/` (or FORA_BENCH_DIR), on the
//! project's disk: fsync on tmpfs costs nothing and would flatter (b) and (c).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Local, NaiveDate, TimeDelta, TimeZone};
use fora::demo::{DemoOptions, generate};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::EntryFields;
use fora::tui::app::App;
use fora::tui::render;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

const YEARS: u32 = 10;
const OPEN_ENTRIES: usize = 300;
const WIDTH: u16 = 160;
const HEIGHT: u16 = 50;
/// Down through the agenda and back up, this many times.
const ROUNDS: usize = 10;
const TYPED: usize = 1_000;
/// Entries saved with Enter, each beside one bare insert.
const COMMITS: usize = 200;

fn bench_dir() -> PathBuf {
    std::env::var_os("FORA_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-tmp"))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("a valid date")
}

fn at(h: u32, m: u32) -> DateTime<Local> {
    Local
        .with_ymd_and_hms(2026, 11, 26, h, m, 0)
        .single()
        .expect("a time that exists")
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Ten years of demo meetings, then a Leveransforum meeting in progress today
/// with 300 entries spread over its items.
fn build(store: &mut Store) -> (usize, usize, i64) {
    let summary = generate(store, &DemoOptions::new(YEARS, today())).expect("demo archive");
    let id = store
        .start_meeting("leveransforum", "2026-11-26", Channel::Video, at(9, 0), Lang::Sv)
        .expect("start the meeting");
    let items: Vec<i64> = store.agenda(id).expect("agenda").iter().map(|i| i.id).collect();
    let kinds = [
        EntryKind::Decision,
        EntryKind::Action,
        EntryKind::Information,
        EntryKind::Risk,
    ];
    store.begin_batch().expect("batch");
    for n in 0..OPEN_ENTRIES {
        let action = n % kinds.len() == 1;
        let fields = EntryFields {
            text: format!(
                "Anteckning {n}: leverantören redovisade läget och Staden ställde frågor om tidplan och ansvar."
            ),
            owner: action.then(|| "Leverantören".to_string()),
            due: action.then(|| "2026-12-15".to_string()),
            ..Default::default()
        };
        store
            .add_entry(
                items[n % items.len()],
                kinds[n % kinds.len()],
                &fields,
                at(9, (n % 60) as u32),
                None,
            )
            .expect("entry");
    }
    store.commit_batch().expect("commit");
    (summary.meetings, summary.entries, id)
}

struct Stats {
    n: usize,
    median: Duration,
    p99: Duration,
    max: Duration,
}

fn stats(mut samples: Vec<Duration>) -> Stats {
    samples.sort();
    let rank = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    Stats {
        n: samples.len(),
        median: rank(0.5),
        p99: rank(0.99),
        max: samples[samples.len() - 1],
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// One frame as the event loop makes it: the key, then a full redraw into a
/// cleared buffer, then the frame's size back to the app for paging.
struct Frames {
    area: Rect,
    buffer: Buffer,
}

impl Frames {
    fn new() -> Frames {
        let area = Rect::new(0, 0, WIDTH, HEIGHT);
        Frames {
            area,
            buffer: Buffer::empty(area),
        }
    }

    fn draw(&mut self, app: &mut App) {
        self.buffer.reset();
        render(app, self.area, &mut self.buffer);
        app.set_area(self.area);
    }

    fn key(&mut self, app: &mut App, store: &mut Store, event: KeyEvent, now: DateTime<Local>) -> Duration {
        let start = Instant::now();
        app.handle_key(store, event, now);
        self.draw(app);
        start.elapsed()
    }

    fn text(&self) -> String {
        self.buffer.content().iter().map(|c| c.symbol()).collect()
    }
}

/// The bare inserts run on the store's own connection, so that they have
/// its pragmas (WAL, synchronous=FULL) and neither side pays for reading
/// pages again after the other connection wrote.
fn prepare_bare(store: &Store) {
    let conn = store.conn();
    let synchronous: i64 = conn
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .expect("synchronous");
    assert_eq!(synchronous, 2, "synchronous=FULL");
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("journal mode");
    assert!(mode.eq_ignore_ascii_case("wal"), "journal mode {mode}");
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS bench_bare (id INTEGER PRIMARY KEY, text TEXT NOT NULL, at TEXT NOT NULL);",
    )
    .expect("bare table");
}

/// One row in its own `BEGIN IMMEDIATE` transaction: into a table of its
/// own, or (`entry_item`) one entry row into the entry table with nothing else.
fn bare_insert(store: &Store, n: usize, entry_item: Option<i64>) -> Duration {
    let conn = store.conn();
    let start = Instant::now();
    conn.execute_batch("BEGIN IMMEDIATE").expect("begin");
    let text = format!("Rad {n} med en text ungefär lika lång som en anteckning");
    let at = Local::now().to_rfc3339();
    match entry_item {
        None => conn
            .prepare_cached("INSERT INTO bench_bare (text, at) VALUES (?1, ?2)")
            .and_then(|mut s| s.execute((text, at))),
        Some(item) => conn
            .prepare_cached(
                "INSERT INTO entry (meeting_id, item_id, kind, text, recorded_at)
                 SELECT meeting_id, id, 'information', ?2, ?3 FROM agenda_item WHERE id = ?1",
            )
            .and_then(|mut s| s.execute((item, text, at))),
    }
    .expect("insert");
    conn.execute_batch("COMMIT").expect("commit");
    start.elapsed()
}

fn main() {
    let root = bench_dir();
    std::fs::create_dir_all(&root).expect("benchmark folder");
    let dir = tempfile::tempdir_in(&root).expect("temp dir");
    let db = dir.path().join("meeting.db");

    let started = Instant::now();
    let mut store = Store::open(&db).expect("open the benchmark database");
    let (meetings, archived, id) = build(&mut store);
    println!(
        "meeting benchmark: {YEARS} years of demo meetings ({meetings} meetings, {archived} entries) \
         and an open meeting of {OPEN_ENTRIES} entries, built in {:.1} s; database {}",
        started.elapsed().as_secs_f64(),
        db.display()
    );

    let mut app = App::new(&store, Lang::Sv, today()).expect("app");
    let mut now = at(9, 30);
    app.open_meeting(&mut store, id, now).expect("open the meeting");
    let mut frames = Frames::new();
    frames.draw(&mut app);

    // (a) Moving: Tab to the agenda, down through every row and back.
    frames.key(&mut app, &mut store, key(KeyCode::Tab), now);
    let rows = store.agenda(id).expect("agenda").len() + OPEN_ENTRIES;
    let mut moving = Vec::with_capacity(ROUNDS * rows);
    for round in 0..ROUNDS {
        let code = if round % 2 == 0 {
            KeyCode::Down
        } else {
            KeyCode::Up
        };
        for _ in 0..rows {
            moving.push(frames.key(&mut app, &mut store, key(code), now));
        }
    }
    assert!(
        frames.text().contains("Anteckning"),
        "the agenda shows the entries"
    );

    // (a) Typing into a new decision's editor, which draws over the panes.
    // The clock stands still so no draft is written: this is the key and the frame alone.
    frames.key(&mut app, &mut store, key(KeyCode::Home), now);
    frames.key(&mut app, &mut store, key(KeyCode::Char('d')), now);
    let sentence = "Ett beslut som skrivs tecken för tecken under mötet, med å, ä och ö. ";
    let mut typing = Vec::with_capacity(TYPED);
    for c in sentence.chars().cycle().take(TYPED) {
        typing.push(frames.key(&mut app, &mut store, key(KeyCode::Char(c)), now));
    }
    assert!(
        frames.text().contains("Ett beslut som skrivs"),
        "the editor shows the typed text"
    );

    // The same typing as the event loop runs it, with App::tick after each key:
    // at ten keys a second the draft is written every 1.5 s, inside a frame.
    let mut typing_ticked = Vec::with_capacity(TYPED);
    for c in sentence.chars().cycle().take(TYPED) {
        now += TimeDelta::milliseconds(100);
        let start = Instant::now();
        app.handle_key(&mut store, key(KeyCode::Char(c)), now);
        app.tick(&mut store, now);
        frames.draw(&mut app);
        typing_ticked.push(start.elapsed());
    }
    frames.key(&mut app, &mut store, key(KeyCode::Esc), now);
    frames.key(&mut app, &mut store, key(KeyCode::Char('j')), now);

    // (b) beside (c), alternating so both see the same disk.
    prepare_bare(&store);
    let before = store.entries(id).expect("entries").len();
    let mut enter = Vec::with_capacity(COMMITS);
    let mut inserts = Vec::with_capacity(COMMITS);
    let mut entry_inserts = Vec::with_capacity(COMMITS);
    let mut store_adds = Vec::with_capacity(COMMITS);
    let mut indexing = Vec::with_capacity(COMMITS);
    // The store's own transaction is timed on a second meeting, so that the
    // open one grows only by what Enter records.
    let other = store
        .start_meeting("verkstallande", "2026-11-26", Channel::Video, now, Lang::Sv)
        .expect("a second meeting");
    let item = store.agenda(other).expect("agenda")[0].id;
    let kinds = ['d', 'i', 'r'];
    for n in 0..COMMITS {
        now += TimeDelta::seconds(20);
        frames.key(
            &mut app,
            &mut store,
            key(KeyCode::Char(kinds[n % kinds.len()])),
            now,
        );
        for c in format!("Punkt {n}: mötet noterar läget och går vidare.").chars() {
            frames.key(&mut app, &mut store, key(KeyCode::Char(c)), now);
        }
        // The secretary took longer than 1.5 s to type it: a draft is on disk.
        now += TimeDelta::seconds(2);
        assert!(app.tick(&mut store, now), "the draft is kept");
        if n % 2 == 0 {
            inserts.push(bare_insert(&store, n, None));
        } else {
            entry_inserts.push(bare_insert(&store, n, Some(item)));
        }
        let start = Instant::now();
        app.handle_key(&mut store, key(KeyCode::Enter), now);
        enter.push(start.elapsed());
        frames.draw(&mut app);
        let start = Instant::now();
        app.after_frame(&mut store);
        indexing.push(start.elapsed());
        if n % 2 == 1 {
            inserts.push(bare_insert(&store, n, None));
        } else {
            entry_inserts.push(bare_insert(&store, n, Some(item)));
        }
        // Where (b) goes beyond (c): the store's transaction as Enter makes
        // it (insert, decision number, dropping the draft, the history log).
        let slot = "new:information";
        let content = format!(
            r#"{{"form":"new_entry","kind":"information","item_id":{item},"fields":{{"text":"Direkt {n}"}}}}"#
        );
        store.save_draft(other, slot, &content, now).expect("draft");
        let fields = EntryFields {
            text: format!("Direkt {n}: mötet noterar läget och går vidare."),
            ..Default::default()
        };
        let start = Instant::now();
        store
            .add_entry(item, EntryKind::Information, &fields, now, Some(slot))
            .expect("entry");
        store_adds.push(start.elapsed());
    }
    // The last Enter's entry is found by search once its frame is drawn.
    let filter = fora::store::search::SearchFilter {
        limit: 5,
        ..Default::default()
    };
    let found = store
        .search(&format!("Punkt {}", COMMITS - 1), &filter)
        .expect("search");
    assert!(!found.is_empty(), "the last entry is in the search index");
    let after = store.entries(id).expect("entries").len();
    assert_eq!(after, before + COMMITS, "every Enter recorded an entry");
    for meeting in [id, other] {
        assert!(
            store.drafts(meeting).expect("drafts").is_empty(),
            "every entry took its draft with it"
        );
    }

    let all: Vec<Duration> = moving.iter().chain(&typing).copied().collect();
    let moving = stats(moving);
    let typing = stats(typing);
    let all = stats(all);
    let typing_ticked = stats(typing_ticked);
    let enter = stats(enter);
    let inserts = stats(inserts);
    let entry_inserts = stats(entry_inserts);
    let store_adds = stats(store_adds);
    let indexing = stats(indexing);

    println!();
    println!(
        "{:<46} {:>5} {:>10} {:>10} {:>10}   {:<18} {:>6}",
        "measure", "n", "median ms", "p99 ms", "max ms", "target", "ratio"
    );
    let row = |name: &str, s: &Stats, target: &str, ratio: Option<f64>| {
        println!(
            "{:<46} {:>5} {:>10.3} {:>10.3} {:>10.3}   {:<18} {:>6}",
            name,
            s.n,
            ms(s.median),
            ms(s.p99),
            ms(s.max),
            target,
            ratio.map_or(String::new(), |r| format!("{r:.2}"))
        )
    };
    let p99_ratio = |s: &Stats| Some(ms(s.p99) / 2.0);
    row("(a) key → frame, moving through the agenda", &moving, "", None);
    row("(a) key → frame, typing in the editor", &typing, "", None);
    row("(a) key → frame, all", &all, "p99 < 2 ms", p99_ratio(&all));
    row(
        "    typing with App::tick (draft every 1.5 s)",
        &typing_ticked,
        "(for reference)",
        p99_ratio(&typing_ticked),
    );
    let commit_ratio = ms(enter.median) / ms(inserts.median);
    row(
        "(b) Enter → committed entry",
        &enter,
        "median ≤ 1.2 × (c)",
        Some(commit_ratio),
    );
    row(
        "    of which like Store::add_entry alone",
        &store_adds,
        "(for reference)",
        Some(ms(store_adds.median) / ms(inserts.median)),
    );
    row(
        "    then after the frame: the search index",
        &indexing,
        "(for reference)",
        None,
    );
    row("(c) bare insert, WAL, synchronous=FULL", &inserts, "", None);
    row(
        "    bare insert of one entry row (same table)",
        &entry_inserts,
        "(for reference)",
        Some(ms(enter.median) / ms(entry_inserts.median)),
    );
    println!();
    println!(
        "key → frame p99 {:.3} ms against 2 ms: {}; Enter → commit median {:.2} × the bare insert against 1.2: {}",
        ms(all.p99),
        if ms(all.p99) < 2.0 { "met" } else { "missed" },
        commit_ratio,
        if commit_ratio <= 1.2 { "met" } else { "missed" },
    );
}
