//! Whole processes, as a user runs them: fora and its baselines timed from
//! spawn to exit, and their peak memory.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The release build of fora, installed: Cargo builds the binary target
/// before the benches and says where it is; a copy of it is what is timed,
/// as `cargo install` would put it in place. The file the linker has just
/// written can sit in the page cache in small pieces, and on this VM every
/// start of it cost about a millisecond more in page faults than the same
/// bytes copied (or read back from disk), which no installed fora pays.
pub fn fora() -> &'static Path {
    static INSTALLED: OnceLock<PathBuf> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let built = Path::new(env!("CARGO_BIN_EXE_fora"));
        let dir = crate::archive::scratch();
        let installed = dir.join("fora");
        // Copied beside it, then renamed over it: a run going on at the same
        // time keeps the copy it started with, and never sees half a file.
        let copying = dir.join(format!("fora.{}.tmp", std::process::id()));
        std::fs::copy(built, &copying).expect("install fora for the benchmark");
        std::fs::rename(&copying, &installed).expect("install fora for the benchmark");
        installed
    })
}

/// Whether a baseline program can be run; the reason for the table if not.
pub fn available(program: &str) -> Result<(), String> {
    let ran = Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    match ran {
        Ok(status) if status.success() => Ok(()),
        _ => Err(format!("baseline not available ({program} not on PATH)")),
    }
}

fn quiet(command: &mut Command) -> &mut Command {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
}

fn check(command: &Command, status: ExitStatus, ok_codes: &[i32]) {
    let code = status.code();
    assert!(
        code.is_some_and(|c| c == 0 || ok_codes.contains(&c)),
        "{command:?} failed: {status}"
    );
}

/// Runs `make(i)` `warmup` times unmeasured, so the page cache and the
/// binary are warm, then `runs` times timed from spawn to exit. Output is
/// discarded. Exit codes in `ok_codes` count as success besides 0 (ripgrep
/// says 1 when nothing matched).
pub fn time_runs(
    warmup: usize,
    runs: usize,
    ok_codes: &[i32],
    mut make: impl FnMut(usize) -> Command,
) -> Vec<Duration> {
    for i in 0..warmup {
        let mut command = make(i);
        let status = quiet(&mut command).status().expect("spawn");
        check(&command, status, ok_codes);
    }
    (0..runs)
        .map(|i| {
            let mut command = make(i);
            quiet(&mut command);
            let start = Instant::now();
            let status = command.status().expect("spawn");
            let took = start.elapsed();
            check(&command, status, ok_codes);
            took
        })
        .collect()
}

/// The first argument that makes this binary a launcher (see [`peak_kib`]).
const LAUNCHER: &str = "--launch-for-peak-rss";

/// Peak resident set size (KiB) of `make()`'s process, `runs` times.
///
/// Not measured by waiting for the child here: the kernel folds into a
/// child's ru_maxrss the memory it had before exec, which after fork or
/// vfork is this process's, archives and all (300 MiB held here make a
/// child `true` report 300 MiB). A fresh copy of this binary is started
/// instead as a launcher: it spawns the command, reaps it with wait4 and
/// prints its ru_maxrss. The launcher's own few MiB are the figure's floor.
pub fn peak_kib(runs: usize, make: impl Fn() -> Command) -> Vec<u64> {
    let me = std::env::current_exe().expect("the benchmark's own path");
    (0..runs)
        .map(|_| {
            let command = make();
            let out = Command::new(&me)
                .arg(LAUNCHER)
                .arg(command.get_program())
                .args(command.get_args())
                .stdin(Stdio::null())
                .stderr(Stdio::inherit())
                .output()
                .expect("start the launcher");
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "{command:?} failed under the launcher: {text}"
            );
            text.trim().parse().expect("the launcher prints KiB")
        })
        .collect()
}

/// The launcher's own floor under [`peak_kib`]'s figures: the peak it
/// reports for `true`, which needs next to nothing.
pub fn launcher_floor_kib() -> u64 {
    peak_kib(1, || Command::new("true"))[0]
}

/// When this binary was started as a launcher by [`peak_kib`], runs the
/// command given after the marker, prints its peak RSS in KiB and exits
/// (1 if the command failed). Otherwise returns at once.
pub fn serve_as_launcher() {
    let args: Vec<OsString> = std::env::args_os().collect();
    if args.get(1).is_none_or(|a| a != LAUNCHER) || args.len() < 3 {
        return;
    }
    let child = quiet(Command::new(&args[2]).args(&args[3..]))
        .spawn()
        .expect("spawn the measured command");
    let (status, usage) = wait4(child.id());
    println!("{}", usage.ru_maxrss);
    let succeeded = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    std::process::exit(if succeeded { 0 } else { 1 });
}

/// Reaps our child `pid` and returns its wait status and resource usage.
fn wait4(pid: u32) -> (i32, libc::rusage) {
    let mut status = 0;
    // SAFETY: rusage is plain old data, for which all zero bytes is valid.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are to live locals; pid is our own child, not
    // yet waited for (std's Child does not reap on its own).
    let rc = unsafe { libc::wait4(pid as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(
        rc,
        pid as libc::pid_t,
        "wait4: {}",
        std::io::Error::last_os_error()
    );
    (status, usage)
}
