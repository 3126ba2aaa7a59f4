//! Meeting: the live meeting on a database with ten years of demo meetings
//! and an open meeting of 300 entries.
//!
//! (a) Key event to rendered frame: `App::handle_key` and `fora::tui::render`
//!     into a 160×50 buffer, moving through the agenda and typing in the
//!     entry editor. Target: p99 under 2 ms.
//! (b) Enter to frame: `App::handle_key(Enter)` in an entry editor whose
//!     text has been kept as a draft, and the redraw. The entry is committed
//!     in it, in one transaction (`Store::add_entry`: the entry row, its
//!     number, its search words, its history line, its draft dropped).
//!     Target: p99 under 2 ms.
//! (c) For reference, in the same run on the same file: a bare one-row
//!     insert in its own `BEGIN IMMEDIATE` transaction on the store's
//!     connection, so with the same pragmas (WAL, synchronous=FULL); one
//!     entry row inserted the same way with nothing else; the store's
//!     transaction alone; and typing with `App::tick` after each key as the
//!     event loop runs it, so that autosaves land in frames.
//! (d) The WAL syncs an Enter causes, counted by strace (see `syncs`).
//!     Target: one per entry.
//!
//! Asserts only that the work was done, never the targets.
//! The database is a copy of the kept ten-year demo archive in
//! `target/bench-tmp/` (or FORA_BENCH_DIR/tmp), on the project's disk:
//! fsync on tmpfs costs nothing and would flatter (b) and (c).

use std::time::{Duration, Instant};

use chrono::{DateTime, Local, TimeDelta, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::EntryKind;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::meetings::{DraftSlot, EntryFields};
use fora::tui::app::App;
use fora::tui::render;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use crate::Config;
use crate::archive::{self, Demo};
use crate::report::{Row, Stat, Target};
use crate::stats::Figure;

const YEARS: u32 = 10;
const OPEN_ENTRIES: usize = 300;
const WIDTH: u16 = 160;
const HEIGHT: u16 = 50;

/// How much of each is measured.
struct Counts {
    /// Down through the agenda and back up, this many times.
    rounds: usize,
    typed: usize,
    /// Entries saved with Enter, each beside one bare insert.
    commits: usize,
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

/// On the ten years of demo meetings, a Leveransforum meeting in progress
/// today with 300 entries spread over its items.
fn open_meeting(store: &mut Store) -> i64 {
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
    id
}

/// One frame as the event loop makes it: the key, then a full redraw into a
/// cleared buffer, then the frame's size back to the app for paging.
pub struct Frames {
    area: Rect,
    buffer: Buffer,
}

impl Frames {
    pub fn new() -> Frames {
        let area = Rect::new(0, 0, WIDTH, HEIGHT);
        Frames {
            area,
            buffer: Buffer::empty(area),
        }
    }

    pub fn draw(&mut self, app: &mut App) {
        self.buffer.reset();
        render(app, self.area, &mut self.buffer);
        app.set_area(self.area);
    }

    pub fn key(
        &mut self,
        app: &mut App,
        store: &mut Store,
        event: KeyEvent,
        now: DateTime<Local>,
    ) -> Duration {
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

/// Key-to-frame timings.
struct Keys {
    moving: Vec<Duration>,
    typing: Vec<Duration>,
    /// Typing as the event loop runs it, with `App::tick` after each key.
    typing_ticked: Vec<Duration>,
}

/// (a): moving through the agenda of the open meeting `id`, then typing in a
/// new decision's editor, which is closed again at the end.
fn keys(app: &mut App, store: &mut Store, id: i64, now: &mut DateTime<Local>, counts: &Counts) -> Keys {
    let mut frames = Frames::new();
    frames.draw(app);

    // Moving: Tab to the agenda, down through every row and back.
    frames.key(app, store, key(KeyCode::Tab), *now);
    let rows = store.agenda(id).expect("agenda").len() + OPEN_ENTRIES;
    let mut moving = Vec::with_capacity(counts.rounds * rows);
    for round in 0..counts.rounds {
        let code = if round % 2 == 0 {
            KeyCode::Down
        } else {
            KeyCode::Up
        };
        for _ in 0..rows {
            moving.push(frames.key(app, store, key(code), *now));
        }
    }
    assert!(
        frames.text().contains("Anteckning"),
        "the agenda shows the entries"
    );

    // Typing into a new decision's editor, which draws over the panes.
    // The clock stands still so no draft is written: this is the key and the frame alone.
    frames.key(app, store, key(KeyCode::Home), *now);
    frames.key(app, store, key(KeyCode::Char('d')), *now);
    let sentence = "Ett beslut som skrivs tecken för tecken under mötet, med å, ä och ö. ";
    let mut typing = Vec::with_capacity(counts.typed);
    for c in sentence.chars().cycle().take(counts.typed) {
        typing.push(frames.key(app, store, key(KeyCode::Char(c)), *now));
    }
    assert!(
        frames.text().contains("Ett beslut som skrivs"),
        "the editor shows the typed text"
    );

    // The same typing as the event loop runs it, with App::tick after each key:
    // at ten keys a second the draft is written every 1.5 s, inside a frame.
    let mut typing_ticked = Vec::with_capacity(counts.typed);
    for c in sentence.chars().cycle().take(counts.typed) {
        *now += TimeDelta::milliseconds(100);
        let start = Instant::now();
        app.handle_key(store, key(KeyCode::Char(c)), *now);
        app.tick(store, *now);
        frames.draw(app);
        typing_ticked.push(start.elapsed());
    }
    frames.key(app, store, key(KeyCode::Esc), *now);
    frames.key(app, store, key(KeyCode::Char('j')), *now);
    Keys {
        moving,
        typing,
        typing_ticked,
    }
}

/// Enter-to-commit timings and what they are set beside.
struct Commits {
    /// Enter until `handle_key` returns, and until the frame is drawn.
    enter: Vec<Duration>,
    enter_frame: Vec<Duration>,
    inserts: Vec<Duration>,
    entry_inserts: Vec<Duration>,
    records: Vec<Duration>,
}

/// (b) beside (c), alternating so both see the same disk.
fn commits(app: &mut App, store: &mut Store, id: i64, now: &mut DateTime<Local>, counts: &Counts) -> Commits {
    let mut frames = Frames::new();
    prepare_bare(store);
    let before = store.entries(id).expect("entries").len();
    let mut c = Commits {
        enter: Vec::with_capacity(counts.commits),
        enter_frame: Vec::with_capacity(counts.commits),
        inserts: Vec::with_capacity(counts.commits),
        entry_inserts: Vec::with_capacity(counts.commits),
        records: Vec::with_capacity(counts.commits),
    };
    // The store's own transaction is timed on a second meeting, so that the
    // open one grows only by what Enter records.
    let other = store
        .start_meeting("verkstallande", "2026-11-26", Channel::Video, *now, Lang::Sv)
        .expect("a second meeting");
    let item = store.agenda(other).expect("agenda")[0].id;
    let kinds = ['d', 'i', 'r'];
    for n in 0..counts.commits {
        *now += TimeDelta::seconds(20);
        frames.key(app, store, key(KeyCode::Char(kinds[n % kinds.len()])), *now);
        for ch in format!("Punkt {n}: mötet noterar läget och går vidare.").chars() {
            frames.key(app, store, key(KeyCode::Char(ch)), *now);
        }
        // The secretary took longer than 1.5 s to type it: a draft is on disk.
        *now += TimeDelta::seconds(2);
        assert!(app.tick(store, *now), "the draft is kept");
        if n % 2 == 0 {
            c.inserts.push(bare_insert(store, n, None));
        } else {
            c.entry_inserts.push(bare_insert(store, n, Some(item)));
        }
        let start = Instant::now();
        app.handle_key(store, key(KeyCode::Enter), *now);
        c.enter.push(start.elapsed());
        frames.draw(app);
        c.enter_frame.push(start.elapsed());
        if n % 2 == 1 {
            c.inserts.push(bare_insert(store, n, None));
        } else {
            c.entry_inserts.push(bare_insert(store, n, Some(item)));
        }
        // Where (b) goes beyond (c): the store's transaction as Enter makes
        // it, without the screen.
        let slot = DraftSlot::NewEntry(EntryKind::Information);
        let content = format!(
            r#"{{"form":"new_entry","kind":"information","item_id":{item},"fields":{{"text":"Direkt {n}"}}}}"#
        );
        store.save_draft(other, slot, &content, *now).expect("draft");
        let fields = EntryFields {
            text: format!("Direkt {n}: mötet noterar läget och går vidare."),
            ..Default::default()
        };
        let start = Instant::now();
        store
            .add_entry(item, EntryKind::Information, &fields, *now, Some(slot))
            .expect("entry");
        c.records.push(start.elapsed());
    }
    // The last Enter's entry is found by search.
    let filter = fora::store::search::SearchFilter {
        limit: 5,
        ..Default::default()
    };
    let found = store
        .search(&format!("Punkt {}", counts.commits - 1), &filter)
        .expect("search");
    assert!(!found.is_empty(), "the last entry is in the search index");
    let after = store.entries(id).expect("entries").len();
    assert_eq!(after, before + counts.commits, "every Enter recorded an entry");
    for meeting in [id, other] {
        assert!(
            store.drafts(meeting).expect("drafts").is_empty(),
            "every entry took its draft with it"
        );
    }
    c
}

/// A reference row's p99, which has no column of its own.
fn p99(figure: &Figure) -> String {
    format!("p99 {}", figure.unit.show(figure.p99))
}

pub fn run(config: &Config) -> Vec<Row> {
    let counts = Counts {
        rounds: config.count(10, 1),
        typed: config.count(1_000, 100),
        commits: config.count(200, 20),
    };
    let archive = Demo::Years(YEARS).get();
    let dir = tempfile::tempdir_in(archive::scratch()).expect("temp dir");
    let db = archive::copy_into(&archive, dir.path());
    let archived = archive::entries(&db);
    let mut store = Store::open(&db).expect("open the benchmark database");
    let id = open_meeting(&mut store);
    println!(
        "meeting: {YEARS} years of demo meetings ({archived} entries) and an open meeting of \
         {OPEN_ENTRIES} entries; database {}",
        db.display()
    );

    let mut app = App::new(&store, Lang::Sv, archive::today()).expect("app");
    let mut now = at(9, 30);
    app.open_meeting(&mut store, id, now).expect("open the meeting");
    let keys = keys(&mut app, &mut store, id, &mut now, &counts);
    let commits = commits(&mut app, &mut store, id, &mut now, &counts);

    let all: Vec<Duration> = keys.moving.iter().chain(&keys.typing).copied().collect();
    let moving = Figure::times(&keys.moving);
    let typing = Figure::times(&keys.typing);
    let ticked = Figure::times(&keys.typing_ticked);
    let bare = Figure::times(&commits.inserts);
    let entry_row = Figure::times(&commits.entry_inserts);
    let enter = Figure::times(&commits.enter);
    let enter_frame = Figure::times(&commits.enter_frame);
    let records = Figure::times(&commits.records);
    let frame = format!("{WIDTH}×{HEIGHT}");
    const BARE: &str = "bare insert, WAL, synchronous=FULL";
    vec![
        Row::new(
            "key to frame, moving",
            format!(
                "`App::handle_key` and a full redraw into a {frame} buffer, moving through the agenda \
                 of a meeting of {OPEN_ENTRIES} entries on ten years of meetings"
            ),
            moving,
        )
        .note(p99(&moving)),
        Row::new(
            "key to frame, typing",
            "the same, typing in a new decision's editor, the clock standing still so no draft is written",
            typing,
        )
        .note(p99(&typing)),
        Row::new(
            "key to frame, all",
            "moving and typing together",
            Figure::times(&all),
        )
        .target(Target::Below(Stat::P99, 2.0)),
        Row::new(
            "key to frame, typing with App::tick",
            "typing as the event loop runs it, `App::tick` after each key at ten keys a second, \
             so that the draft written every 1.5 s lands in a frame",
            ticked,
        )
        .note(p99(&ticked)),
        Row::new(
            "Enter to frame, the commit included",
            "from `App::handle_key(Enter)` in an editor whose text is kept as a draft to the redrawn \
             frame; the entry committed in between in one transaction with synchronous=FULL (entry \
             row, decision number, search words, history line, draft dropped). For reference, a bare \
             one-row insert in its own `BEGIN IMMEDIATE` transaction on the store's connection (same \
             pragmas), alternated with it on a copy of the ten-year archive on the project's disk",
            enter_frame,
        )
        .beside(BARE, Ok(bare))
        .target(Target::Below(Stat::P99, 2.0)),
        Row::new(
            "Enter until handle_key returns (vs entry row)",
            "the same Enter, beside one entry row inserted the same bare way with nothing else",
            enter,
        )
        .beside("bare insert of one entry row", Ok(entry_row)),
        Row::new(
            "Store::add_entry alone",
            "the transaction that makes an entry durable, as Enter makes it, without the screen",
            records,
        )
        .beside(BARE, Ok(bare)),
        crate::syncs::row(&archive, config.count(100, 10)),
    ]
}
