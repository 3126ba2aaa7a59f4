//! `fora schedule --ics`, read back by Python's `icalendar` package, a parser
//! that shares nothing with fora's writer (in a venv under target/, made
//! when missing).

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{Months, NaiveDate};
use serde_json::Value;

use crate::support::cli::Fora;

/// A Python with `icalendar`, made once per target folder.
fn python() -> PathBuf {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ics-venv");
    let python = venv.join("bin/python");
    let ready = Command::new(&python)
        .args(["-c", "import icalendar"])
        .status()
        .is_ok_and(|s| s.success());
    if !ready {
        let made = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .expect("python3 runs");
        assert!(made.success(), "python3 -m venv (Debian: python3-venv)");
        let pip = Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "icalendar"])
            .status()
            .expect("pip runs");
        assert!(pip.success(), "pip install icalendar");
    }
    python
}

const READ: &str = r#"
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for e in cal.walk('VEVENT'):
    start = e.decoded('DTSTART')
    events.append({
        'uid': str(e['UID']),
        'summary': str(e['SUMMARY']),
        'description': str(e.get('DESCRIPTION', '')),
        'status': str(e.get('STATUS', '')),
        'start': start.isoformat(),
    })
zones = [str(z['TZID']) for z in cal.walk('VTIMEZONE')]
print(json.dumps({'events': events, 'zones': zones, 'tz': str(cal.get('X-WR-TIMEZONE', ''))}))
"#;

fn export(fora: &Fora, months: &str) -> Value {
    let file = fora.dir.path().join("schedule.ics");
    fora.ok(&[
        "schedule",
        "--ics",
        "--months",
        months,
        "-o",
        file.to_str().unwrap(),
    ]);
    let out = Command::new(python())
        .args(["-c", READ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn events_of<'a>(cal: &'a Value, forum: &str) -> Vec<&'a Value> {
    cal["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            let first = e["description"].as_str().unwrap().lines().next().unwrap();
            first == format!("Forum: {forum}") || first.starts_with(&format!("Forum: {forum} ("))
        })
        .collect()
}

#[test]
fn the_calendar_holds_every_forum_by_its_cadence_with_stable_uids() {
    let fora = Fora::new();
    let forums = fora.json(&["forums", "--json"]);
    let today = chrono::Local::now().date_naive();
    let in_ten_days = (today + chrono::Days::new(10)).to_string();
    fora.ok(&[
        "cancel",
        "leveransledning",
        "--date",
        &in_ten_days,
        "--reason",
        "Ingen punkt",
    ]);

    let cal = export(&fora, "3");
    assert_eq!(cal["zones"], serde_json::json!(["Europe/Stockholm"]));
    assert_eq!(cal["tz"], "Europe/Stockholm");
    for forum in forums.as_array().unwrap() {
        let planned = forum["active"] == true && !forum["cadence"].is_null();
        let name = forum["name"].as_str().unwrap();
        let found = events_of(&cal, name);
        assert_eq!(!found.is_empty(), planned, "{name}");
        if planned {
            let text = found[0]["description"].as_str().unwrap();
            assert!(text.contains("Kanal: "), "{text}");
            assert!(text.contains("Ständiga deltagare:"), "{text}");
        }
    }

    // Förvaltningsmöte meets monthly and never has: due today, then a month
    // after each due date, to the end of the period.
    let mut expected = vec![today];
    while let Some(next) = expected.last().unwrap().checked_add_months(Months::new(1)) {
        if next > today.checked_add_months(Months::new(3)).unwrap() {
            break;
        }
        expected.push(next);
    }
    let starts: Vec<NaiveDate> = events_of(&cal, "Förvaltningsmöte")
        .iter()
        .map(|e| e["start"].as_str().unwrap().parse().unwrap())
        .collect();
    assert_eq!(starts, expected);

    // The cancelled meeting is there, cancelled.
    let cancelled: Vec<_> = events_of(&cal, "Leveransledning")
        .into_iter()
        .filter(|e| e["status"] == "CANCELLED")
        .collect();
    assert_eq!(cancelled.len(), 1);
    assert_eq!(cancelled[0]["start"], in_ten_days.as_str());

    // A second export names every event the same, so a re-import updates.
    let uids = |cal: &Value| -> Vec<String> {
        let mut uids: Vec<String> = cal["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["uid"].as_str().unwrap().to_string())
            .collect();
        uids.sort();
        uids
    };
    let first = uids(&cal);
    let mut unique = first.clone();
    unique.dedup();
    assert_eq!(unique, first, "every UID is unique");
    assert_eq!(uids(&export(&fora, "3")), first);
}

#[test]
fn a_period_of_no_months_is_refused() {
    let fora = Fora::new();
    let err = fora.fails(&["--lang", "en", "schedule", "--ics", "--months", "0"]);
    assert!(err.contains("1 to 120 months"), "{err}");
}
