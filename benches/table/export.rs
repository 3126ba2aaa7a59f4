//! Export: the protocol of a held meeting with 300 entries, rendered in each
//! format from a loaded record. Targets: p95 under 20 ms for Markdown, HTML
//! and JSON, under 200 ms for PDF.

use std::time::{Duration, Instant};

use chrono::{Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::{AttendanceStatus, EntryKind};
use fora::i18n::Lang;
use fora::protocol::{Format, MeetingRecord, export};
use fora::store::Store;
use fora::store::meetings::EntryFields;

use crate::Config;
use crate::report::{Row, Stat, Target};
use crate::stats::Figure;

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

/// `runs` timings of `work`, after one untimed call so that fonts and
/// allocations are warm as in a real session.
fn timed<T>(runs: usize, mut work: impl FnMut() -> T) -> Vec<Duration> {
    std::hint::black_box(work());
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            let out = work();
            let elapsed = t.elapsed();
            std::hint::black_box(out);
            elapsed
        })
        .collect()
}

pub fn run(config: &Config) -> Vec<Row> {
    let mut store = Store::open_in_memory().expect("open an in-memory database");
    let id = build(&mut store);
    let record = MeetingRecord::load(&store, id).expect("load the record");
    let catalog = store.catalog().expect("catalogue");
    let forum = catalog.forum("leveransforum").expect("Leveransforum");
    println!(
        "export: a {ENTRIES}-entry meeting, {} items, {} attendance rows",
        record.items.len(),
        record.attendance.len(),
    );
    let load = timed(config.count(200, 10), || {
        MeetingRecord::load(&store, id).expect("load the record")
    });
    let mut rows = vec![Row::new(
        format!("load a {ENTRIES}-entry meeting's record"),
        "`MeetingRecord::load` from an in-memory database: what every export starts from",
        Figure::times(&load),
    )];
    for format in Format::ALL {
        let (runs, target) = match format {
            Format::Pdf => (config.count(40, 3), 200.0),
            _ => (config.count(200, 10), 20.0),
        };
        let size = export(
            &record,
            forum,
            Lang::Sv,
            format,
            &fora::protocol::stamp::Stamp::Draft { version: 1 },
        )
        .expect("export")
        .len();
        let times = timed(runs, || {
            export(
                &record,
                forum,
                Lang::Sv,
                format,
                &fora::protocol::stamp::Stamp::Draft { version: 1 },
            )
            .expect("export")
        });
        rows.push(
            Row::new(
                format!(
                    "export {} ({ENTRIES} entries, {} kB)",
                    format.extension(),
                    size / 1000
                ),
                format!(
                    "`protocol::export` of the loaded record as {}, in memory; no disk",
                    format.extension()
                ),
                Figure::times(&times),
            )
            .target(Target::Below(Stat::P95, target)),
        );
    }
    rows
}
