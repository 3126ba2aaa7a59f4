//! Outside programs that read fora's output as a reader would (poppler's
//! pdfinfo and pdftotext, Chromium): found on PATH, run with a time limit.
//!
//! The rule: a missing program is first installed by the project's own
//! `.ci/tools` (once per test run), so that `cargo test` alone works on a
//! fresh machine; if it is still missing, the test fails with how to install
//! it, unless its skip variable is set to 1, in which case the test says why
//! and passes without checking.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The program's path; None only when `skip` (an environment variable) is
/// 1, after printing the reason.
pub fn program(name: &str, skip: &str) -> Option<PathBuf> {
    let on_path = || {
        std::env::var_os("PATH").and_then(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join(name))
                .find(|p| p.is_file())
        })
    };
    let found = on_path().or_else(|| install().then(on_path).flatten());
    if found.is_none() {
        missing(name, skip);
    }
    found
}

/// Runs `.ci/tools` once per test run (the tests that need a tool share
/// it); true when it succeeded. Skipped when a skip variable asks for it.
pub fn install() -> bool {
    static INSTALLED: OnceLock<bool> = OnceLock::new();
    *INSTALLED.get_or_init(|| {
        let skipping = ["FORA_SKIP_POPPLER", "FORA_SKIP_BROWSER"]
            .iter()
            .any(|v| std::env::var(v).as_deref() == Ok("1"));
        if skipping {
            return false;
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/tools");
        match Command::new("bash").arg(&script).output() {
            Ok(out) if out.status.success() => true,
            Ok(out) => {
                eprintln!(
                    "{} failed:\n{}",
                    script.display(),
                    String::from_utf8_lossy(&out.stderr)
                );
                false
            }
            Err(e) => {
                eprintln!("{}: {e}", script.display());
                false
            }
        }
    })
}

/// Says that the check is skipped when `skip` is 1; fails otherwise.
pub fn missing(what: &str, skip: &str) {
    if std::env::var(skip).as_deref() == Ok("1") {
        eprintln!("skipped: {what} is not installed and {skip}=1");
        return;
    }
    panic!(
        "{what} is not installed: run `bash .ci/tools` (Debian's poppler-utils and chromium, \
         axe-core from npm into tests/a11y), or set {skip}=1 to skip this check"
    );
}

/// Runs `program` with `args`, killed after `limit`; its standard output,
/// or a panic with its standard error when it fails.
pub fn run(program: &Path, args: &[&str], limit: Duration) -> String {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{}: {e}", program.display()));
    // Read while it runs, so that a full pipe cannot stall it.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut out = Vec::new();
            pipe.read_to_end(&mut out).map(|_| out)
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{} {args:?} took longer than {limit:?}", program.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let out = stdout.join().unwrap().unwrap();
    let err = String::from_utf8_lossy(&stderr.join().unwrap().unwrap()).into_owned();
    assert!(status.success(), "{} {args:?} failed: {err}", program.display());
    String::from_utf8_lossy(&out).into_owned()
}
