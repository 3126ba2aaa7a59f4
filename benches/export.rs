//! Benchmark: the protocol of a held meeting with 300 entries, rendered in
//! each format from a loaded record. Prints median and p95 against the
//! targets (20 ms for Markdown, HTML and JSON, 200 ms for PDF); asserts nothing.
//!
//! Run: `cargo bench --bench export`.

use std::time::{Duration, Instant};

use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::{AttendanceStatus, EntryKind};
use fora::i18n::Lang;
use fora::protocol::{Format, MeetingRecord, export};
use fora::store::Store;
use fora::store::meetings::EntryFields;

const ENTRIES: usize = 300;

/// A Leveransforum meeting with every kind of entry, spread over its items,
/// each text a realistic sentence or two.
fn build(store: &mut Store) -> i64 {
    let at = |m: u32| {
        Local
            .with_ymd_and_hms(2026, 11, 2, 9 + m / 60, m % 60, 0)
            .single()
            .expect("a fixed local time")
    };
    let id = store
        .start_meeting("leveransforum", "2026-11-02", Channel::Video, at(0), Lang::Sv)
        .expect("start the meeting");
    store
        .set_meeting_details(id, Channel::Video, Some("Teams"), Some("Bo Ek"))
        .expect("details");
    for (i, row) in store.attendance(id).expect("attendance").iter().enumerate() {
        let status = if i % 3 == 2 {
            AttendanceStatus::Excused
        } else {
            AttendanceStatus::Present
        };
        store.set_attendance(row.id, status, None).expect("attendance");
    }
    for g in 0..5 {
        store
            .add_guest(id, &format!("Gäst {g}"), Some("Driftbolaget AB"))
            .expect("guest");
    }
    let items = store.agenda(id).expect("agenda");
    let kinds = EntryKind::ALL;
    for n in 0..ENTRIES {
        let kind = kinds[n % kinds.len()];
        let item = &items[n % items.len()];
        let fields = EntryFields {
            text: format!(
                "Anteckning {n}: leverantören redovisade läget för ärendet och Staden ställde frågor om \
                 tidplan, ansvar och påverkan på skolornas användare; frågan följs upp vid nästa möte."
            ),
            owner: (kind == EntryKind::Action).then(|| "Leverantören".to_string()),
            due: (kind == EntryKind::Action).then(|| "2026-12-01".to_string()),
            target_forum: (kind == EntryKind::Escalation).then(|| "verkstallande".to_string()),
            parties: (kind == EntryKind::Disagreement).then(|| "Leverantören, Driftbolaget AB".to_string()),
        };
        store
            .add_entry(item.id, kind, &fields, at((n % 120) as u32), None)
            .expect("entry");
    }
    store.end_meeting(id, at(119)).expect("end");
    id
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let mut store = Store::open_in_memory().expect("open an in-memory database");
    let id = build(&mut store);
    let started = Instant::now();
    let record = MeetingRecord::load(&store, id).expect("load the record");
    let load = started.elapsed();
    let catalog = store.catalog().expect("catalogue");
    let forum = catalog.forum("leveransforum").expect("Leveransforum");
    println!(
        "export of a {ENTRIES}-entry meeting ({} items, {} attendance rows); loading the record took {:.2} ms",
        record.items.len(),
        record.attendance.len(),
        ms(load)
    );
    println!(
        "{:<9} {:>6} {:>11} {:>11} {:>11} {:>10}",
        "format", "runs", "median ms", "p95 ms", "target ms", "size"
    );
    for format in Format::ALL {
        let (runs, target) = match format {
            Format::Pdf => (40, 200.0),
            _ => (200, 20.0),
        };
        // One run first, so fonts and allocations are warm as in a real session.
        let size = export(&record, forum, Lang::Sv, format).expect("export").len();
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                let bytes = export(&record, forum, Lang::Sv, format).expect("export");
                let elapsed = t.elapsed();
                std::hint::black_box(bytes);
                elapsed
            })
            .collect();
        times.sort();
        let median = percentile(&times, 0.5);
        let p95 = percentile(&times, 0.95);
        println!(
            "{:<9} {runs:>6} {:>11.2} {:>11.2} {:>11.0} {:>10} {}",
            format.extension(),
            ms(median),
            ms(p95),
            target,
            size,
            if ms(p95) <= target { "ok" } else { "OVER TARGET" }
        );
    }
}
