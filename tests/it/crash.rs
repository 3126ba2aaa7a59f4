//! Crash test: a scripted meeting in the real binary, killed with SIGKILL at
//! chosen points over and over. After every kill the database must pass
//! `PRAGMA integrity_check`, every entry the screen called saved must be in
//! it, every draft the screen called saved must be in it (as a draft, or as
//! the entry it became), and every draft in it must be offered back when
//! the meeting is opened again.
//!
//! `FORA_CRASH_KILLS` sets the number of kills (default 12); the full run is
//! `FORA_CRASH_KILLS=200 cargo test --release --test it crash:: -- --nocapture`.
//! `FORA_CRASH_SEED` replays another script.

use crate::support;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Local;
use fora::domain::Channel;
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::people::{LEVERANTOREN_ID, NewAssignment, NewPerson, STADEN_ID};
use support::pty::{Terminal, open_checked};

const DEFAULT_KILLS: usize = 12;
const DEFAULT_SEED: u64 = 0xf0a4_c4a5_0000_0001;

/// A wait for the screen that only a broken fora (or a stalled machine) exceeds.
const SCREEN: Duration = Duration::from_secs(10);
/// An autosave is due 1.5 s after the first unsaved key; the loop ticks every 250 ms.
const AUTOSAVE: Duration = Duration::from_secs(6);

/// xorshift64*: the same script for the same seed on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn millis(&mut self, up_to: u64) -> Duration {
        Duration::from_millis(self.below(up_to + 1))
    }
}

/// Where in a session fora is killed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kill {
    /// As soon as the meeting is open, with any draft popup unanswered.
    OnOpen,
    /// Right after an attendance key, maybe while it is being saved.
    AfterAttendance,
    /// While an entry's text is being typed.
    WhileTyping,
    /// Some time into the wait for the autosave, before or after it.
    DuringAutosave,
    /// As soon as the editor says its draft is saved.
    AfterDraftSaved,
    /// Right after Enter, maybe while the entry is being committed.
    RightAfterEnter,
    /// As soon as the screen says the entry is saved.
    AfterSaved,
}

const KILLS: [Kill; 7] = [
    Kill::OnOpen,
    Kill::AfterAttendance,
    Kill::WhileTyping,
    Kill::DuringAutosave,
    Kill::AfterDraftSaved,
    Kill::RightAfterEnter,
    Kill::AfterSaved,
];

/// The entry keys used and the kind each makes; these need nothing but text.
const KINDS: [(u8, &str); 3] = [(b'd', "decision"), (b'i', "information"), (b'r', "risk")];

/// Attendance keys: present, remote, excused, absent.
const STATUS_KEYS: [u8; 4] = [b'1', b'2', b'4', b'5'];

/// The saved entry's message is shown and the editor is closed: the entry is committed.
fn entry_saved(screen: &str, text: &str) -> bool {
    screen.contains("✓ Saved:") && !screen.contains("New entry:") && screen.contains(text)
}

fn draft_offered(screen: &str) -> bool {
    screen.contains("Unsaved text from last time")
}

/// The text field of a draft's JSON, or the whole content if it is not JSON.
fn draft_text(content: &str) -> String {
    serde_json::from_str::<serde_json::Value>(content)
        .ok()
        .and_then(|v| v["fields"]["text"].as_str().map(str::to_string))
        .unwrap_or_else(|| content.to_string())
}

struct Crash {
    db: PathBuf,
    rng: Rng,
    /// The kill points left in this round.
    plan: Vec<Kill>,
    /// Numbers the entries' texts, so each is unique in the database.
    next_entry: usize,
    /// Every entry whose save the screen showed.
    acknowledged: Vec<String>,
    /// Texts whose draft the screen showed saved since the last kill.
    drafts_seen: Vec<String>,
    /// The drafts in the database after the last kill: slot and text.
    drafts_left: Vec<(String, String)>,
    kills: usize,
    drafts_offered: usize,
    autosaves_seen: usize,
    lost_entries: Vec<String>,
    lost_drafts: Vec<String>,
    problems: Vec<String>,
}

impl Crash {
    /// A database with Leveransforum's roster filled and a meeting of it in progress.
    fn new(db: &Path, seed: u64) -> Crash {
        let mut store = Store::open(db).expect("create the database");
        for (name, org) in [("Anna Berg", STADEN_ID), ("Bo Ek", LEVERANTOREN_ID)] {
            let id = store
                .add_person(&NewPerson {
                    name: name.into(),
                    organisation_id: org,
                    email: None,
                    phone: None,
                })
                .expect("add person");
            store
                .assign(
                    id,
                    &NewAssignment {
                        role_id: "leveransansvarig".into(),
                        organisation_id: org,
                        from: "2024-01-01".into(),
                        to: None,
                    },
                )
                .expect("assign");
        }
        let now = Local::now();
        store
            .start_meeting(
                "leveransforum",
                &now.format("%Y-%m-%d").to_string(),
                Channel::Video,
                now,
                Lang::En,
            )
            .expect("start the meeting");
        Crash {
            db: db.to_path_buf(),
            rng: Rng(seed.max(1)),
            plan: Vec::new(),
            next_entry: 1,
            acknowledged: Vec::new(),
            drafts_seen: Vec::new(),
            drafts_left: Vec::new(),
            kills: 0,
            drafts_offered: 0,
            autosaves_seen: 0,
            lost_entries: Vec::new(),
            lost_drafts: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// Starts fora and opens the meeting: Leveransforum filtered on the home
    /// screen, and its meeting, at once or from its meetings.
    fn open(&self) -> Terminal {
        let mut term = Terminal::start(&self.db, &["--lang", "en"]);
        term.wait_for("Forums");
        term.keys(b"/leveransforum\r");
        term.wait_for("Forums /leveransforum");
        term.keys(b"\r");
        term.enter_the_forums_meeting();
        term
    }

    /// The kill points in a shuffled order, every one in each round of
    /// seven, so that even a short run dies at each of them.
    fn next_kill(&mut self) -> Kill {
        if self.plan.is_empty() {
            self.plan = KILLS.to_vec();
            for i in (1..self.plan.len()).rev() {
                let j = self.rng.below(i as u64 + 1) as usize;
                self.plan.swap(i, j);
            }
        }
        self.plan.pop().expect("a kill point")
    }

    /// One session: open the meeting, take back the drafts, record a few
    /// entries, and die at the chosen point.
    fn session(&mut self) {
        let kill = self.next_kill();
        let before = self.rng.below(4);
        let mut term = self.open();
        if kill == Kill::OnOpen {
            if !self.drafts_left.is_empty() {
                term.wait_until("a draft to be offered", SCREEN, draft_offered);
            }
            let pause = self.rng.millis(100);
            std::thread::sleep(pause);
            self.kill(&mut term);
            return;
        }
        self.take_back_drafts(&mut term);
        for _ in 0..before {
            if self.rng.chance(40) {
                self.attendance(&mut term);
            }
            self.entry(&mut term, None);
        }
        if kill == Kill::AfterAttendance {
            self.attendance(&mut term);
            let pause = self.rng.millis(30);
            std::thread::sleep(pause);
        } else {
            self.entry(&mut term, Some(kill));
        }
        self.kill(&mut term);
    }

    /// Every draft left in the database is offered: check its text is the
    /// one shown, restore it and save it as the entry it was meant to be.
    fn take_back_drafts(&mut self, term: &mut Terminal) {
        let mut waiting = self.drafts_left.clone();
        while !waiting.is_empty() {
            let quoted = |text: &str| {
                let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
                format!("«{first}»")
            };
            // The offer's title can be on screen a moment before its text:
            // wait for a whole offer, then name what is offered if it is none of ours.
            let screen = term.wait_until("a draft to be offered", SCREEN, |screen| {
                draft_offered(screen) && screen.contains('»')
            });
            let Some(at) = waiting
                .iter()
                .position(|(_, text)| screen.contains(&quoted(text)))
            else {
                panic!("a draft was offered that was not in the database {waiting:?}:\n{screen}");
            };
            let (slot, text) = waiting.remove(at);
            self.drafts_offered += 1;
            term.keys(b"r");
            let kind = slot.trim_start_matches("new:");
            term.wait_for(&format!("New entry: {kind}"));
            term.send(b"\r");
            term.wait_until("the restored draft to be saved", SCREEN, |s| {
                entry_saved(s, text.trim())
            });
            self.acknowledged.push(text.trim().to_string());
        }
        let screen = term.screen();
        assert!(
            !draft_offered(&screen),
            "a draft was offered that was not in the database:\n{screen}"
        );
    }

    /// A status key in the attendance pane, which has the focus throughout.
    fn attendance(&mut self, term: &mut Terminal) {
        let key = STATUS_KEYS[self.rng.below(STATUS_KEYS.len() as u64) as usize];
        term.send(&[key]);
    }

    /// Records one entry, or dies part of the way as `kill` says.
    fn entry(&mut self, term: &mut Terminal, kill: Option<Kill>) {
        let (key, kind) = KINDS[self.rng.below(KINDS.len() as u64) as usize];
        let text = format!("Crash entry {} about {kind}", self.next_entry);
        self.next_entry += 1;
        if kill == Some(Kill::WhileTyping) {
            term.send(&[key]);
            term.send(text.as_bytes());
            let pause = self.rng.millis(40);
            std::thread::sleep(pause);
            return;
        }
        term.send(&[key]);
        term.wait_for(&format!("New entry: {kind}"));
        term.send(text.as_bytes());
        match kill {
            Some(Kill::DuringAutosave) => {
                let pause = self.rng.millis(2_500);
                std::thread::sleep(pause);
                // The editor opened empty, so "draft saved" is about this text.
                if term.screen().contains("draft saved") {
                    self.draft_seen(&text);
                }
                return;
            }
            Some(Kill::AfterDraftSaved) => {
                term.wait_until("the draft to be saved", AUTOSAVE, |s| s.contains("draft saved"));
                self.draft_seen(&text);
                return;
            }
            Some(Kill::RightAfterEnter) => {
                if self.rng.chance(50) {
                    term.wait_until("the draft to be saved", AUTOSAVE, |s| s.contains("draft saved"));
                    self.draft_seen(&text);
                }
                term.send(b"\r");
                let pause = self.rng.millis(30);
                std::thread::sleep(pause);
                // What the screen showed before the kill was committed before it.
                if entry_saved(&term.screen(), &text) {
                    self.acknowledged.push(text);
                }
                return;
            }
            _ => {}
        }
        term.send(b"\r");
        term.wait_until("the entry to be saved", SCREEN, |s| entry_saved(s, &text));
        self.acknowledged.push(text);
    }

    fn draft_seen(&mut self, text: &str) {
        self.autosaves_seen += 1;
        self.drafts_seen.push(text.to_string());
    }

    /// SIGKILL, then what the next process finds in the database.
    fn kill(&mut self, term: &mut Terminal) {
        term.kill();
        self.kills += 1;
        let conn = open_checked(&self.db);
        let broken: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
            .expect("foreign_key_check");
        if broken > 0 {
            self.problems
                .push(format!("kill {}: {broken} broken foreign keys", self.kills));
        }
        // Recorded entries, and whether the history log holds their creation.
        let recorded: Vec<(String, bool)> = conn
            .prepare(
                "SELECT text, EXISTS (SELECT 1 FROM history h
                                      WHERE h.action = 'entry.add' AND h.detail = e.id || ' ' || e.kind)
                 FROM entry e WHERE deleted_at IS NULL",
            )
            .and_then(|mut stmt| stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
            .expect("entries");
        let texts: Vec<String> = recorded.iter().map(|(text, _)| text.clone()).collect();
        for (text, logged) in &recorded {
            if !logged {
                self.problems.push(format!(
                    "kill {}: «{text}» has no creation in the history log",
                    self.kills
                ));
            }
        }
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for text in &texts {
            *counts.entry(text.as_str()).or_default() += 1;
        }
        for (text, n) in &counts {
            if *n > 1 {
                self.problems
                    .push(format!("kill {}: «{text}» recorded {n} times", self.kills));
            }
        }
        for text in &self.acknowledged {
            if !counts.contains_key(text.as_str()) && !self.lost_entries.contains(text) {
                self.lost_entries.push(text.clone());
            }
        }
        self.drafts_left = conn
            .prepare("SELECT slot, content FROM draft ORDER BY saved_at")
            .and_then(|mut stmt| {
                stmt.query_map([], |r| Ok((r.get(0)?, draft_text(&r.get::<_, String>(1)?))))?
                    .collect()
            })
            .expect("drafts");
        for text in std::mem::take(&mut self.drafts_seen) {
            let kept =
                counts.contains_key(text.as_str()) || self.drafts_left.iter().any(|(_, d)| d.trim() == text);
            if !kept {
                self.lost_drafts.push(text);
            }
        }
    }

    /// The last kill's drafts are offered too; then fora quits normally.
    fn finish(&mut self) {
        let mut term = self.open();
        self.take_back_drafts(&mut term);
        term.keys(b"\x03");
        assert!(term.wait_exit(), "Ctrl-C exits with success");
        drop(open_checked(&self.db));
    }
}

fn env_number(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    let value = value.trim();
    let parsed = match value.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => value.parse(),
    };
    Some(parsed.unwrap_or_else(|_| panic!("{name}={value} is not a number")))
}

#[test]
fn sigkill_at_random_points_loses_nothing_the_screen_called_saved() {
    let kills = env_number("FORA_CRASH_KILLS").map_or(DEFAULT_KILLS, |n| n as usize);
    let seed = env_number("FORA_CRASH_SEED").unwrap_or(DEFAULT_SEED);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut crash = Crash::new(&dir.path().join("fora.db"), seed);
    for _ in 0..kills {
        crash.session();
    }
    crash.finish();
    println!(
        "crash: {} kills, {} acknowledged entries, {} entries lost, {} drafts offered \
         ({} autosaves seen on screen, {} drafts lost), seed {seed:#x}",
        crash.kills,
        crash.acknowledged.len(),
        crash.lost_entries.len(),
        crash.drafts_offered,
        crash.autosaves_seen,
        crash.lost_drafts.len(),
    );
    assert!(
        crash.lost_entries.is_empty(),
        "entries lost: {:?}",
        crash.lost_entries
    );
    assert!(
        crash.lost_drafts.is_empty(),
        "drafts lost: {:?}",
        crash.lost_drafts
    );
    assert!(crash.problems.is_empty(), "{:#?}", crash.problems);
}
