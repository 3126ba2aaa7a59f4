//! A meeting day and a roster to record meetings with from the terminal UI.

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use fora::store::Store;
use fora::store::people::{LEVERANTOREN_ID, NewAssignment, NewPerson, STADEN_ID};

/// A time of the meeting day, 2026-11-26.
pub fn at(h: u32, m: u32, s: u32) -> DateTime<Local> {
    Local
        .with_ymd_and_hms(2026, 11, 26, h, m, s)
        .single()
        .expect("a time that exists")
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("a valid date")
}

/// A store where Leveransforum's roster has a holder on each side (Anna
/// Berg for the City, Bo Ek for the supplier), and Cia Dahl a when-needed seat.
pub fn store() -> Store {
    let mut store = Store::open_in_memory().expect("in-memory store");
    for (name, org, role) in [
        ("Anna Berg", STADEN_ID, "leveransansvarig"),
        ("Bo Ek", LEVERANTOREN_ID, "leveransansvarig"),
        ("Cia Dahl", STADEN_ID, "tjansteansvarig"),
    ] {
        let id = store
            .add_person(&NewPerson {
                name: name.into(),
                organisation_id: org,
                email: None,
                phone: None,
            })
            .expect("add person");
        store
            .assign(
                id,
                &NewAssignment {
                    role_id: role.into(),
                    organisation_id: org,
                    from: "2024-01-01".into(),
                    to: None,
                },
            )
            .expect("assign");
    }
    store
}
