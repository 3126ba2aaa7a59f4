//! `fora backup` copies at disk speed without holding up a fora that records
//! meanwhile: the copy is whole and checked, and writes go on during it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};

use fora::store::Store;

fn integrity(path: &std::path::Path) -> String {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

fn suppliers(path: &std::path::Path) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row("SELECT count(*) FROM organisation", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_backup_holds_every_row_and_passes_the_integrity_check() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let mut store = Store::open(&db).unwrap();
    for i in 0..300 {
        store.add_supplier(&format!("Leverantör {i:03} AB")).unwrap();
    }
    let copy = dir.path().join("copy.db");
    store.backup_to(&copy).unwrap();
    assert_eq!(integrity(&copy), "ok");
    assert_eq!(suppliers(&copy), suppliers(&db));
}

#[test]
fn a_backup_completes_while_another_fora_writes_and_never_stops_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fora.db");
    let mut store = Store::open(&db).unwrap();
    for i in 0..500 {
        store.add_supplier(&format!("Leverantör {i:03} AB")).unwrap();
    }
    let done = Arc::new(AtomicBool::new(false));
    let writing = Arc::new(Barrier::new(2));
    let writer = {
        let (db, done, writing) = (db.clone(), done.clone(), writing.clone());
        std::thread::spawn(move || {
            let mut other = Store::open(&db).unwrap();
            let mut written = 0;
            other.add_supplier("Skrivande AB 0").unwrap();
            writing.wait();
            while !done.load(Ordering::SeqCst) || written < 20 {
                written += 1;
                // A write that waited on the backup would fail after the busy timeout.
                other.add_supplier(&format!("Skrivande AB {written}")).unwrap();
            }
            written
        })
    };
    writing.wait();
    let copies: Vec<_> = (0..5)
        .map(|n| {
            let copy = dir.path().join(format!("copy{n}.db"));
            store.backup_to(&copy).unwrap();
            copy
        })
        .collect();
    done.store(true, Ordering::SeqCst);
    let written = writer.join().unwrap();
    assert!(written >= 20);
    for copy in &copies {
        assert_eq!(integrity(copy), "ok");
        // Each copy is the database as it stood at one moment: the 500, the
        // writer's first, and some of its later ones.
        assert!(suppliers(copy) > 500, "{}", suppliers(copy));
    }
    assert_eq!(integrity(&db), "ok");
}
