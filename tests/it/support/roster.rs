//! People holding roles, for tests that need a meeting's seats filled.

use fora::store::Store;
use fora::store::people::{NewAssignment, NewPerson};

/// Adds each `(name, organisation, role)`, holding the role since 2024.
pub fn add(store: &mut Store, people: &[(&str, i64, &str)]) {
    for &(name, org, role) in people {
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
}
