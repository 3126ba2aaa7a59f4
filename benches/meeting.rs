//! Benchmark: the live meeting on a database with ten years of demo meetings
//! and an open meeting of 300 entries.
//!
//! (a) Key event to rendered frame: `App::handle_key` and `fora::tui::render`
//!     into a 160×50 buffer, moving through the agenda and typing in the
//!     entry editor. Target: p99 under 2 ms.
//! (b) Enter to committed entry: `App::handle_key(Enter)` in an entry editor
//!     whose text has been kept as a draft, so the store adds the entry and
//!     drops the draft in one transaction, then the screen reads the entries back.
//! (c) Beside it, in the same run on the same file: a bare one-row insert in
//!     its own `BEGIN IMMEDIATE` transaction on a second connection with the
//!     same pragmas (WAL, synchronous=FULL). Target: (b)'s median within
//!     1.2 × (c)'s. For reference beside (b): the store's transaction alone
//!     and the screen's read-back alone, and typing with `App::tick` after
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
use rusqlite::{Connection, TransactionBehavior};

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

/// A connection beside the store's, with the pragmas `Store::open` sets.
fn bare_connection(db: &Path) -> Connection {
    let conn = Connection::open(db).expect("a second connection");
    conn.busy_timeout(Duration::from_secs(10)).expect("busy timeout");
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .expect("WAL");
    assert!(mode.eq_ignore_ascii_case("wal"), "journal mode {mode}");
    conn.execute_batch(
        "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
         CREATE TABLE IF NOT EXISTS bench_bare (id INTEGER PRIMARY KEY, text TEXT NOT NULL, at TEXT NOT NULL);",
    )
    .expect("pragmas and table");
    let synchronous: i64 = conn
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .expect("synchronous");
    assert_eq!(synchronous, 2, "synchronous=FULL");
    conn
}

fn bare_insert(conn: &mut Connection, n: usize) -> Duration {
    let start = Instant::now();
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .expect("begin");
    tx.execute(
        "INSERT INTO bench_bare (text, at) VALUES (?1, ?2)",
        (
            format!("Rad {n} med en text ungefär lika lång som en anteckning"),
            Local::now().to_rfc3339(),
        ),
    )
    .expect("insert");
    tx.commit().expect("commit");
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
    app.open_meeting(&store, id, now).expect("open the meeting");
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
    let mut bare = bare_connection(&db);
    let before = store.entries(id).expect("entries").len();
    let mut enter = Vec::with_capacity(COMMITS);
    let mut inserts = Vec::with_capacity(COMMITS);
    let mut store_adds = Vec::with_capacity(COMMITS);
    let mut reads = Vec::with_capacity(COMMITS);
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
            inserts.push(bare_insert(&mut bare, n));
        }
        let start = Instant::now();
        app.handle_key(&mut store, key(KeyCode::Enter), now);
        enter.push(start.elapsed());
        frames.draw(&mut app);
        if n % 2 == 1 {
            inserts.push(bare_insert(&mut bare, n));
        }
        // Where (b) goes beyond (c): the store's transaction as Enter makes
        // it (insert, search index, dropping the draft, the history log), and
        // the screen reading the open meeting's entries back.
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
        let start = Instant::now();
        let read = store.entries(id).expect("entries");
        reads.push(start.elapsed());
        std::hint::black_box(read);
    }
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
    let store_adds = stats(store_adds);
    let reads = stats(reads);

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
        "    of which like Store::entries (read back)",
        &reads,
        "(for reference)",
        None,
    );
    row("(c) bare insert, WAL, synchronous=FULL", &inserts, "", None);
    println!();
    println!(
        "key → frame p99 {:.3} ms against 2 ms: {}; Enter → commit median {:.2} × the bare insert against 1.2: {}",
        ms(all.p99),
        if ms(all.p99) < 2.0 { "met" } else { "missed" },
        commit_ratio,
        if commit_ratio <= 1.2 { "met" } else { "missed" },
    );
}
