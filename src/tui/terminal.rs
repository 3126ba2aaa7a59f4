//! The terminal, shared by the meeting TUI and the review TUI: taking it
//! over and giving it back on every way out (quit, error, panic, signal),
//! and the event loop that drives a [`Program`].

use std::io::{IsTerminal, stdout};
use std::os::fd::AsRawFd;
use std::sync::Arc;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use chrono::{DateTime, Local};
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyEvent};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::layout::Rect;
use ratatui::{DefaultTerminal, Terminal};
use signal_hook::SigId;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

/// How long the loop waits for an event before it ticks: often enough for
/// drafts to reach the disk within two seconds and for a clock to move
/// every second, rarely enough to cost nothing.
const TICK: Duration = Duration::from_millis(250);

/// The signals that end fora from outside: `kill`, a closed terminal window
/// or a logout, an interrupt sent by another program. Each ends the loop
/// the way quitting does, so typed text is kept.
const ENDING_SIGNALS: [i32; 3] = [SIGTERM, SIGHUP, SIGINT];

/// What a screen program gives the loop. Time is passed in, so that tests
/// drive programs without a terminal or a real clock.
pub trait Program {
    /// Draws the whole screen into `buf`, which covers `area`; the area is
    /// also what paging needs to know.
    fn draw(&mut self, area: Rect, buf: &mut Buffer, now: DateTime<Local>);
    fn key(&mut self, key: KeyEvent, now: DateTime<Local>);
    fn paste(&mut self, text: &str, now: DateTime<Local>);
    /// The clock moved on; returns whether the screen changed.
    fn tick(&mut self, now: DateTime<Local>) -> bool;
    fn should_quit(&self) -> bool;
    /// The way out, however the loop ended (quit, error, signal): keeps
    /// what is being typed and lets go of what the program holds.
    fn on_exit(&mut self, now: DateTime<Local>);
}

/// Runs `program` on the terminal until it quits, and gives it back.
/// On SIGTERM, SIGHUP or SIGINT it ends as on quitting (`on_exit`, the
/// terminal restored, the program dropped) and then dies of that signal,
/// as its parent expects.
pub fn run<P: Program>(mut program: P) -> anyhow::Result<P> {
    let signals = Signals::register().map_err(terminal_error)?;
    let mut terminal = enter().map_err(terminal_error)?;
    let input = Input::open().map_err(terminal_error)?;
    let result = event_loop(&mut terminal, &mut program, &signals, &input);
    program.on_exit(Local::now());
    if matches!(result, Ok(Ended::HungUp)) {
        // Nothing is left to give back, and a write to the terminal that is
        // gone would only fail (ratatui reports that on stderr, also gone).
        ENTERED.store(false, Ordering::SeqCst);
        std::mem::forget(terminal);
    } else {
        drop(terminal);
        restore();
    }
    if let Some(signal) = signals.caught() {
        drop(program);
        signals.die_of(signal);
    }
    result.map(|_| program)
}

/// How the loop ended: the program quit (or a signal came), or the terminal went away.
enum Ended {
    Quit,
    HungUp,
}

fn event_loop<P: Program>(
    terminal: &mut DefaultTerminal,
    program: &mut P,
    signals: &Signals,
    input: &Input,
) -> anyhow::Result<Ended> {
    let mut dirty = true;
    loop {
        // Checked first: after a hang-up the terminal may fail every call.
        if signals.caught().is_some() {
            return Ok(Ended::Quit);
        }
        if dirty {
            let now = Local::now();
            terminal
                .draw(|frame| program.draw(frame.area(), frame.buffer_mut(), now))
                .map_err(terminal_error)?;
            dirty = false;
        }
        if program.should_quit() {
            return Ok(Ended::Quit);
        }
        // fora waits on the terminal itself, not in crossterm: crossterm reads a
        // terminal that hung up for ever and would never give the loop back.
        match input.wait(TICK) {
            Waited::HungUp => return Ok(Ended::HungUp),
            Waited::Quiet => {}
            Waited::Input => {
                // One read can hold several events (typing, a paste): take them all.
                while event::poll(Duration::ZERO).map_err(terminal_error)? {
                    match event::read().map_err(terminal_error)? {
                        Event::Key(key) => program.key(key, Local::now()),
                        Event::Paste(text) => program.paste(&text, Local::now()),
                        Event::Resize(_, _) => {}
                        _ => continue,
                    }
                    dirty = true;
                }
            }
        }
        dirty |= program.tick(Local::now());
    }
}

/// What the terminal had for the loop.
enum Waited {
    Input,
    Quiet,
    /// Gone: its window closed, or whatever held it let go.
    HungUp,
}

/// Where the keys come from, as crossterm reads them: standard input when
/// it is the terminal, else the terminal itself (`fora < file` on a screen).
struct Input {
    /// Open only when standard input is not the terminal.
    tty: Option<std::fs::File>,
}

impl Input {
    fn open() -> std::io::Result<Input> {
        let tty = if std::io::stdin().is_terminal() {
            None
        } else {
            Some(std::fs::File::open("/dev/tty")?)
        };
        Ok(Input { tty })
    }

    /// Waits up to `timeout` for keys.
    fn wait(&self, timeout: Duration) -> Waited {
        let fd = self
            .tty
            .as_ref()
            .map_or(libc::STDIN_FILENO, |tty| tty.as_raw_fd());
        let mut poll = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        let millis = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
        // SAFETY: poll(2) on one pollfd that lives for the call.
        let ready = unsafe { libc::poll(&mut poll, 1, millis) };
        if ready <= 0 {
            // A signal (checked at the top of the loop) or nothing within the timeout.
            return Waited::Quiet;
        }
        if poll.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            Waited::HungUp
        } else {
            Waited::Input
        }
    }
}

/// A terminal that fails, in the catalogue's words rather than the system's.
fn terminal_error(e: std::io::Error) -> anyhow::Error {
    crate::i18n::fail!(
        "err-tui-terminal",
        reason = crate::files::io_reason(&e).to_string()
    )
}

/// Whether fora has the terminal: the panic hook restores it only then.
static ENTERED: AtomicBool = AtomicBool::new(false);

/// Raw mode, the alternate screen and bracketed paste, with a panic hook
/// that gives the terminal back before the message is printed.
fn enter() -> std::io::Result<DefaultTerminal> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
    ENTERED.store(true, Ordering::SeqCst);
    let entered = enable_raw_mode()
        .and_then(|()| execute!(stdout(), EnterAlternateScreen))
        .and_then(|()| Terminal::new(CrosstermBackend::new(stdout())));
    match entered {
        Ok(terminal) => {
            // A paste arrives as one event instead of keys, so a line break
            // in it does not save half of it. Not every terminal supports it.
            let _ = execute!(stdout(), EnableBracketedPaste);
            Ok(terminal)
        }
        Err(e) => {
            // Raw mode may already be on when a later step failed.
            restore();
            Err(e)
        }
    }
}

/// Gives the terminal back as it was, cursor shown. Safe to call twice; a
/// terminal that is gone (hung up) is ignored.
fn restore() {
    if ENTERED.swap(false, Ordering::SeqCst) {
        let _ = disable_raw_mode();
        let _ = execute!(
            stdout(),
            DisableBracketedPaste,
            LeaveAlternateScreen,
            cursor::Show
        );
    }
}

/// The ending signals, caught into a flag the loop reads between events
/// (a signal handler itself may do almost nothing safely).
struct Signals {
    caught: Arc<AtomicUsize>,
    ids: Vec<SigId>,
}

impl Signals {
    fn register() -> std::io::Result<Signals> {
        let caught = Arc::new(AtomicUsize::new(0));
        let ids = ENDING_SIGNALS
            .iter()
            .map(|&signal| signal_hook::flag::register_usize(signal, Arc::clone(&caught), signal as usize))
            .collect::<std::io::Result<_>>()?;
        Ok(Signals { caught, ids })
    }

    fn caught(&self) -> Option<i32> {
        match self.caught.load(Ordering::SeqCst) {
            0 => None,
            signal => i32::try_from(signal).ok(),
        }
    }

    /// Ends the process the way `signal` would have, now that everything is saved.
    fn die_of(self, signal: i32) -> ! {
        drop(self);
        let _ = signal_hook::low_level::emulate_default_handler(signal);
        // Not reached for the ending signals, which terminate.
        std::process::exit(128 + signal);
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}
