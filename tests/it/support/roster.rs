//! People holding roles, for tests that need a meeting's seats filled.

use fora::store::Store;
use fora::store::people::{NewAssignment, NewPerson};

/// Adds each `(name, organisation, role)`, holding the role since 2024.
pub fn add(store: &mut Store, people: &[(&str, i64, &str)]) {
    for &(name, org, role) in people {
        hold(store, name, org, role);
    }
}

/// Adds `name` of organisation `org` holding `role` since 2024.
pub fn hold(store: &mut Store, name: &str, org: i64, role: &str) {
    let id = store
        .add_person(&NewPerson {
            name: name.into(),
            organisation_id: org,
            email: None,
            phone: None,
        })
        .unwrap();
    let role = NewAssignment {
        role_id: role.into(),
        organisation_id: org,
        from: "2024-01-01".into(),
        to: None,
    };
    store.assign(id, &role).unwrap();
}

/// Starts a meeting of `forum` on `date` at 09:00 (video) with `people`
/// (name, organisation, role) holding their roles, all marked present.
pub fn meeting_with(store: &mut Store, forum: &str, date: &str, people: &[(&str, i64, &str)]) -> i64 {
    for (name, org, role) in people {
        hold(store, name, *org, role);
    }
    let day: chrono::NaiveDate = date.parse().unwrap();
    let at = day
        .and_hms_opt(9, 0, 0)
        .unwrap()
        .and_local_timezone(chrono::Local)
        .unwrap();
    let id = store
        .start_meeting(
            forum,
            date,
            fora::domain::Channel::Video,
            at,
            fora::i18n::Lang::Sv,
        )
        .unwrap();
    for row in store
        .attendance(id)
        .unwrap()
        .iter()
        .filter(|r| r.person_name.is_some())
    {
        store
            .set_attendance(row.id, fora::domain::meeting::AttendanceStatus::Present, None)
            .unwrap();
    }
    id
}
