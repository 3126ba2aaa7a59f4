//! Drives the real `fora` binary in a pseudo-terminal and reads its screen
//! through a vt100 parser, as a user would see it.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// Everything a program asked of the terminal besides drawing text: a title,
/// the clipboard, a bell, a resize, or a sequence the terminal did not know.
#[derive(Default, Debug, Clone)]
pub struct Requests(pub Vec<String>);

impl vt100::Callbacks for Requests {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.0.push("bell".into());
    }
    fn visual_bell(&mut self, _: &mut vt100::Screen) {
        self.0.push("visual bell".into());
    }
    fn resize(&mut self, _: &mut vt100::Screen, request: (u16, u16)) {
        self.0.push(format!("resize {request:?}"));
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.0
            .push(format!("icon name {}", String::from_utf8_lossy(name)));
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.0.push(format!("title {}", String::from_utf8_lossy(title)));
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8], data: &[u8]) {
        self.0
            .push(format!("clipboard {}", String::from_utf8_lossy(data)));
    }
    fn paste_from_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8]) {
        self.0.push("paste".into());
    }
    fn unhandled_control(&mut self, _: &mut vt100::Screen, b: u8) {
        self.0.push(format!("control {b:#x}"));
    }
    fn unhandled_escape(&mut self, _: &mut vt100::Screen, _i1: Option<u8>, _i2: Option<u8>, b: u8) {
        self.0.push(format!("escape {}", b as char));
    }
    fn unhandled_csi(
        &mut self,
        _: &mut vt100::Screen,
        _i1: Option<u8>,
        _i2: Option<u8>,
        params: &[&[u16]],
        c: char,
    ) {
        self.0.push(format!("csi {params:?} {c}"));
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, params: &[&[u8]]) {
        let first = params
            .first()
            .map(|p| String::from_utf8_lossy(p).to_string())
            .unwrap_or_default();
        self.0.push(format!("osc {first}"));
    }
}

pub struct Terminal {
    parser: Arc<Mutex<vt100::Parser<Requests>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

pub const ROWS: u16 = 40;
pub const COLS: u16 = 120;

impl Terminal {
    /// Starts `fora --db DB ARGS…` in a terminal of ROWS×COLS.
    pub fn start(db: &Path, args: &[&str]) -> Terminal {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_fora"));
        cmd.arg("--db");
        cmd.arg(db);
        for a in args {
            cmd.arg(a);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("FORA_LANG");
        cmd.env_remove("NO_COLOR");
        // No signing key of the machine's user is found by accident.
        cmd.env("XDG_CONFIG_HOME", db.parent().unwrap_or(db).join("config"));
        // Nor is anything written in the machine's user's data folder.
        cmd.env("XDG_DATA_HOME", db.parent().unwrap_or(db).join("data"));
        let child = pair.slave.spawn_command(cmd).expect("start fora");
        drop(pair.slave);
        let size = |n| std::num::NonZeroU16::new(n).expect("a terminal has rows and columns");
        let parser = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
            size(ROWS),
            size(COLS),
            0,
            Requests::default(),
        )));
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let sink = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("parser").process(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().expect("writer");
        Terminal {
            parser,
            writer,
            child,
            _master: pair.master,
        }
    }

    /// What the screen shows now, row by row.
    pub fn screen(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    /// What the program asked of the terminal besides text, so far.
    pub fn requests(&self) -> Vec<String> {
        self.parser.lock().expect("parser").callbacks().0.clone()
    }

    pub fn alternate_screen(&self) -> bool {
        self.parser.lock().expect("parser").screen().alternate_screen()
    }

    /// Waits until the screen shows `text`, or panics with the screen.
    pub fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("the screen never showed {text:?}; it shows:\n{}", self.screen());
    }

    /// Waits up to `timeout` until `done` holds for the screen and returns
    /// that screen, or panics saying what was awaited, with the screen.
    pub fn wait_until(&self, what: &str, timeout: Duration, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            if Instant::now() >= deadline {
                panic!("waited {timeout:?} for {what}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// After Enter on a forum at home: a meeting left going on (or with
    /// drafts) opens at once; else its meetings show, and `j` Enter opens the
    /// one past "Start a new meeting" (or the last row it already selected).
    pub fn enter_the_forums_meeting(&mut self) {
        let screen = self.wait_until(
            "the meeting or its forum's meetings",
            Duration::from_secs(10),
            |s| s.contains("Meeting time") || s.contains("· meetings"),
        );
        if !screen.contains("Meeting time") {
            self.keys(b"j\r");
            self.wait_for("Meeting time");
        }
    }

    /// Writes keys without pausing after them, for killing fora at a chosen
    /// moment while it may still be handling them.
    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the terminal");
        self.writer.flush().expect("flush");
    }

    /// Types keys: raw bytes, e.g. b"j", b"\r", b"\x1b" (Esc), b"\x03" (Ctrl-C).
    pub fn keys(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the terminal");
        self.writer.flush().expect("flush");
        // Give the program a moment to read each burst.
        std::thread::sleep(Duration::from_millis(60));
    }

    /// Waits for fora to exit and returns whether it succeeded.
    pub fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("fora did not exit; the screen shows:\n{}", self.screen());
    }

    /// The process id of this fora, as it names itself in a meeting lock.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("pid")
    }

    /// Whether the program left the cursor hidden.
    pub fn cursor_hidden(&self) -> bool {
        self.parser.lock().expect("parser").screen().hide_cursor()
    }

    /// Sends `signal` to fora (15 SIGTERM, 1 SIGHUP) without waiting.
    pub fn signal(&mut self, signal: i32) {
        let pid = self.child.process_id().expect("pid") as i32;
        // SAFETY: kill(2) on our own child's pid; no memory is touched.
        let rc = unsafe { libc_kill(pid, signal) };
        assert_eq!(rc, 0, "kill failed");
    }

    /// Kills fora with SIGKILL, as a crash or a closed laptop would.
    pub fn kill(&mut self) {
        let pid = self.child.process_id().expect("pid") as i32;
        // SAFETY: kill(2) on our own child's pid; no memory is touched.
        let rc = unsafe { libc_kill(pid, 9) };
        assert_eq!(rc, 0, "kill failed");
        let _ = self.child.wait();
    }
}

/// Opens the database as the next process would after fora died (SQLite
/// replays the WAL on open) and panics unless `PRAGMA integrity_check`
/// answers ok.
pub fn open_checked(db: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(db).expect("open the database after fora");
    let check: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect())
        .expect("integrity_check");
    assert_eq!(check, ["ok"], "PRAGMA integrity_check of {}", db.display());
    conn
}

unsafe extern "C" {
    #[link_name = "kill"]
    fn libc_kill(pid: i32, sig: i32) -> i32;
}
