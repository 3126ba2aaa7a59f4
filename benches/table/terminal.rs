//! The release binary in a pseudo-terminal (portable-pty), its screen kept
//! by a vt100 parser on a reader thread. The thread notes the moment a
//! chosen text first shows, so a cold start is timed to within one read
//! rather than to a polling interval.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 120;

struct Screen {
    parser: vt100::Parser,
    /// All of these on the screen at once is the moment worth noting.
    watch: Vec<String>,
    seen_at: Option<Instant>,
    closed: bool,
}

struct Shared {
    screen: Mutex<Screen>,
    changed: Condvar,
}

pub struct Terminal {
    shared: Arc<Shared>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    spawned: Instant,
}

fn shows_all(screen: &vt100::Screen, texts: &[String]) -> bool {
    let contents = screen.contents();
    texts.iter().all(|t| contents.contains(t.as_str()))
}

impl Terminal {
    /// Starts `fora --db DB ARGS…` in a ROWS×COLS terminal, watching for the
    /// moment the screen first shows every text of `watch`.
    pub fn start(program: &Path, db: &Path, args: &[&str], watch: &[&str]) -> Terminal {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                ..PtySize::default()
            })
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(program);
        cmd.arg("--db");
        cmd.arg(db);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("FORA_LANG");
        cmd.env_remove("NO_COLOR");
        let size = |n| NonZeroU16::new(n).expect("a terminal has rows and columns");
        let shared = Arc::new(Shared {
            screen: Mutex::new(Screen {
                parser: vt100::Parser::new(size(ROWS), size(COLS), 0),
                watch: watch.iter().map(|t| t.to_string()).collect(),
                seen_at: None,
                closed: false,
            }),
            changed: Condvar::new(),
        });
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let spawned = Instant::now();
        let child = pair.slave.spawn_command(cmd).expect("start fora");
        drop(pair.slave);
        let sink = Arc::clone(&shared);
        std::thread::spawn(move || {
            let mut buf = [0u8; 16384];
            loop {
                let n = reader.read(&mut buf).unwrap_or(0);
                let mut screen = sink.screen.lock().expect("screen");
                if n == 0 {
                    screen.closed = true;
                    sink.changed.notify_all();
                    return;
                }
                screen.parser.process(&buf[..n]);
                if screen.seen_at.is_none() && shows_all(screen.parser.screen(), &screen.watch) {
                    screen.seen_at = Some(Instant::now());
                }
                sink.changed.notify_all();
            }
        });
        Terminal {
            shared,
            writer,
            child,
            _master: pair.master,
            spawned,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("fora's pid")
    }

    /// Waits until `done` holds for the screen; on timeout, panics saying
    /// what was awaited, with the screen.
    fn wait(&self, what: &str, timeout: Duration, done: impl Fn(&Screen) -> bool) {
        let deadline = Instant::now() + timeout;
        let mut guard = self.shared.screen.lock().expect("screen");
        loop {
            if done(&guard) {
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if guard.closed || left.is_zero() {
                let screen = guard.parser.screen().contents();
                // Not holding the lock, so the reader thread does not find it poisoned.
                drop(guard);
                panic!("the screen never showed {what}; it shows:\n{screen}");
            }
            guard = self.shared.changed.wait_timeout(guard, left).expect("screen").0;
        }
    }

    /// From spawn to the moment the watched texts first showed together.
    pub fn time_to_watched(&self) -> Duration {
        self.wait("the watched texts", Duration::from_secs(10), |s| {
            s.seen_at.is_some()
        });
        let seen = self.shared.screen.lock().expect("screen").seen_at;
        seen.expect("seen") - self.spawned
    }

    /// Waits up to ten seconds for the screen to show `text`.
    pub fn wait_for(&self, text: &str) {
        self.wait(&format!("{text:?}"), Duration::from_secs(10), |s| {
            s.parser.screen().contents().contains(text)
        });
    }

    /// Types `bytes` and waits for the screen to show `text` and no longer
    /// `gone` (a text of the screen before, drawn in another row, so that a
    /// frame half drawn does not count): the time from the keys written to
    /// the frame read.
    pub fn time_keys(&mut self, bytes: &[u8], text: &str, gone: &str) -> Duration {
        let started = Instant::now();
        self.keys(bytes);
        self.wait(
            &format!("{text:?} without {gone:?}"),
            Duration::from_secs(10),
            |s| {
                let contents = s.parser.screen().contents();
                contents.contains(text) && !contents.contains(gone)
            },
        );
        started.elapsed()
    }

    /// Types keys: raw bytes, e.g. b"j", b"\r" (Enter), b"\x1b" (Esc).
    pub fn keys(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the terminal");
        self.writer.flush().expect("flush");
    }

    /// Waits up to ten seconds for fora to exit with success.
    pub fn wait_exit(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("wait") {
                assert!(status.success(), "fora exited with {status}");
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let screen = self
            .shared
            .screen
            .lock()
            .expect("screen")
            .parser
            .screen()
            .contents();
        panic!("fora did not exit; the screen shows:\n{screen}");
    }
}

impl Drop for Terminal {
    /// Never leaves a fora running behind a step that failed.
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
