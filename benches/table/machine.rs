//! The machine a run measured on, for docs/benchmarks.md: read from /proc
//! and /sys, so nothing beyond Linux itself is needed.

use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::Command;

fn read(path: impl AsRef<Path>) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// The value of the first `key: value` line of a /proc file with that key.
fn field(text: &str, key: &str) -> Option<String> {
    text.lines()
        .find(|l| l.split(':').next().is_some_and(|k| k.trim() == key))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_string())
}

fn cpu() -> String {
    let info = read("/proc/cpuinfo").unwrap_or_default();
    let model = field(&info, "model name").unwrap_or_else(|| "unknown CPU".into());
    let logical = info.lines().filter(|l| l.starts_with("processor")).count();
    let usable = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{model}; {logical} logical cores, {usable} available to this process")
}

fn memory() -> String {
    let kib: Option<u64> = read("/proc/meminfo")
        .and_then(|m| field(&m, "MemTotal"))
        .and_then(|v| v.trim_end_matches("kB").trim().parse().ok());
    kib.map_or("unknown".into(), |k| {
        format!("{:.1} GiB", k as f64 / 1024.0 / 1024.0)
    })
}

fn rustc() -> String {
    Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "unknown".into())
}

/// The block device holding `path`, its driver and whether the kernel
/// calls it rotational (virtual disks often claim to be).
fn disk(path: &Path) -> String {
    let Ok(meta) = std::fs::metadata(path) else {
        return "unknown".into();
    };
    let dev = meta.dev();
    let sys = format!("/sys/dev/block/{}:{}", libc::major(dev), libc::minor(dev));
    let Some(uevent) = read(format!("{sys}/uevent")) else {
        return "unknown (not a block device)".into();
    };
    let name = uevent
        .lines()
        .find_map(|l| l.strip_prefix("DEVNAME="))
        .unwrap_or("?")
        .to_string();
    // A partition's queue and driver are its disk's, one folder up.
    let disk = if Path::new(&format!("{sys}/partition")).exists() {
        format!("{sys}/..")
    } else {
        sys
    };
    let driver = std::fs::read_link(format!("{disk}/device/driver"))
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().to_string()))
        .unwrap_or_else(|| "?".into());
    let rotational = match read(format!("{disk}/queue/rotational")).as_deref().map(str::trim) {
        Some("0") => "non-rotational",
        Some("1") => "rotational per sysfs",
        _ => "rotational unknown",
    };
    format!("/dev/{name} ({driver}, {rotational})")
}

fn load() -> String {
    read("/proc/loadavg").map_or("unknown".into(), |l| {
        l.split_whitespace().take(3).collect::<Vec<_>>().join(", ")
    })
}

/// Label and value, in the order docs/benchmarks.md lists them.
pub fn describe(project: &Path) -> Vec<(&'static str, String)> {
    let trimmed = |p: &str| read(p).map_or("unknown".into(), |v| v.trim().to_string());
    vec![
        ("CPU", cpu()),
        ("memory", memory()),
        ("kernel", trimmed("/proc/sys/kernel/osrelease")),
        ("rustc", rustc()),
        ("disk of target/", disk(&project.join("target"))),
        ("load average (1, 5, 15 min) at the end", load()),
        (
            "date",
            chrono::Local::now().format("%Y-%m-%d %H:%M %Z").to_string(),
        ),
    ]
}
