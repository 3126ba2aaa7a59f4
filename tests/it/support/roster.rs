//! People holding roles, for tests that need a roster filled in.

use fora::store::Store;
use fora::store::people::{NewAssignment, NewPerson};

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
