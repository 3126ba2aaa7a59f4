//! Who sits where, as data: every forum's roster on a day turned into rows
//! (roles or people) against columns (forums), and the filter typed over it.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::domain::{Attendance, Party};
use crate::i18n::Lang;
use crate::store::catalog::RosterSeat;
use crate::text::fold;

/// What the rows are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum By {
    #[default]
    Role,
    Person,
}

/// One row of the matrix: a role of a party, or a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatRow {
    /// The role's name, or the person's.
    pub name: String,
    /// The party, or the person's organisation.
    pub party: String,
    /// Who holds the role (names), or the roles the person holds.
    pub holders: Vec<String>,
    /// How the row sits in each forum, parallel to the matrix's forums.
    pub seats: Vec<Option<Attendance>>,
    /// The row's own words, folded, for the filter.
    words: String,
}

/// The matrix on one day, before filtering.
#[derive(Debug, Clone, Default)]
pub struct Seating {
    /// The active forums' ids and names, in catalogue order.
    pub forums: Vec<(String, String)>,
    pub rows: Vec<SeatRow>,
}

impl Seating {
    /// Rows `by` roles or people from each active forum's roster, given in
    /// catalogue order as `(forum id, roster)`.
    pub fn build(catalog: &Catalog, rosters: &[(String, Vec<RosterSeat>)], by: By, lang: Lang) -> Seating {
        let forums: Vec<(String, String)> = catalog
            .forums
            .iter()
            .filter(|f| f.active)
            .map(|f| (f.id.clone(), f.name.clone()))
            .collect();
        let column = |id: &str| forums.iter().position(|(f, _)| f == id);
        // Keyed so that rows come in a stable, readable order: roles by
        // party, then as the catalogue lists them; people by name.
        let mut rows: BTreeMap<(String, String), SeatRow> = BTreeMap::new();
        let role_order = |id: &str| {
            let at = catalog
                .roles
                .iter()
                .position(|r| r.id == id)
                .unwrap_or(usize::MAX);
            format!("{at:020}")
        };
        let blank = || vec![None; forums.len()];
        for (forum_id, roster) in rosters {
            let Some(col) = column(forum_id) else { continue };
            for seat in roster {
                let party = seat.party.label(lang).to_string();
                match by {
                    By::Role => {
                        let key = (party_order(seat.party), role_order(&seat.role_id));
                        let row = rows.entry(key).or_insert_with(|| SeatRow {
                            name: seat.role_name.clone(),
                            party: party.clone(),
                            holders: Vec::new(),
                            seats: blank(),
                            words: String::new(),
                        });
                        for holder in &seat.holders {
                            if !row.holders.contains(&holder.name) {
                                row.holders.push(holder.name.clone());
                            }
                        }
                        sit(&mut row.seats[col], seat.attendance);
                    }
                    By::Person => {
                        for holder in &seat.holders {
                            let key = (holder.name.clone(), holder.person_id.to_string());
                            let row = rows.entry(key).or_insert_with(|| SeatRow {
                                name: holder.name.clone(),
                                party: holder.organisation.clone(),
                                holders: Vec::new(),
                                seats: blank(),
                                words: String::new(),
                            });
                            if !row.holders.contains(&seat.role_name) {
                                row.holders.push(seat.role_name.clone());
                            }
                            // The party is a word to filter on too.
                            if !row.words.contains(&party) {
                                row.words.push_str(&party);
                                row.words.push(' ');
                            }
                            sit(&mut row.seats[col], seat.attendance);
                        }
                    }
                }
            }
        }
        let rows = rows
            .into_values()
            .map(|mut row| {
                row.words = fold(&format!(
                    "{} {} {} {}",
                    row.name,
                    row.party,
                    row.holders.join(" "),
                    row.words
                ));
                row
            })
            .collect();
        Seating { forums, rows }
    }

    /// The rows and forum columns that match `filter`: every word must be in
    /// the row's own text (role, party, holders) or name a forum the row
    /// sits in; a word that names forums only keeps those forums' columns.
    /// Columns where no row shown sits are left out.
    pub fn filtered(&self, words: &[String]) -> (Vec<&SeatRow>, Vec<usize>) {
        let forum_names: Vec<String> = self.forums.iter().map(|(_, name)| fold(name)).collect();
        let naming = |word: &str| -> Vec<usize> {
            (0..forum_names.len())
                .filter(|&i| forum_names[i].contains(word))
                .collect()
        };
        let mut only: Option<Vec<usize>> = None;
        let rows: Vec<&SeatRow> = self
            .rows
            .iter()
            .filter(|row| {
                words.iter().all(|w| {
                    row.words.contains(w.as_str()) || naming(w).iter().any(|&c| row.seats[c].is_some())
                })
            })
            .collect();
        for word in words {
            if rows.iter().all(|r| !r.words.contains(word.as_str())) {
                let named = naming(word);
                if !named.is_empty() {
                    only = Some(match only {
                        Some(before) => before.into_iter().filter(|c| named.contains(c)).collect(),
                        None => named,
                    });
                }
            }
        }
        let columns = (0..self.forums.len())
            .filter(|c| only.as_ref().is_none_or(|o| o.contains(c)))
            .filter(|&c| rows.iter().any(|r| r.seats[c].is_some()))
            .collect();
        (rows, columns)
    }
}

/// The filter as typed: its words, folded, and a date (YYYY-MM-DD) among them.
pub fn parse_filter(typed: &str) -> (Vec<String>, Option<NaiveDate>) {
    let mut date = None;
    let mut words = Vec::new();
    for word in typed.split_whitespace() {
        match NaiveDate::parse_from_str(word, "%Y-%m-%d") {
            Ok(d) => date = Some(d),
            Err(_) => words.push(fold(word)),
        }
    }
    (words, date)
}

/// The City first, then the supplier, then the other suppliers.
fn party_order(party: Party) -> String {
    match party {
        Party::Staden => "1",
        Party::Leverantoren => "2",
        Party::Ovriga => "3",
    }
    .to_string()
}

/// A permanent seat wins over one when needed in the same forum.
fn sit(cell: &mut Option<Attendance>, attendance: Attendance) {
    *cell = Some(match (*cell, attendance) {
        (Some(Attendance::Permanent), _) | (_, Attendance::Permanent) => Attendance::Permanent,
        _ => Attendance::WhenNeeded,
    });
}
