//! Reading a CSV file of people: every bad row is reported with its line
//! number, and nothing is returned unless every row is good.

use std::collections::HashMap;

use crate::dates;
use crate::resolve::{Named, resolve};
use crate::store::people::{NewAssignment, NewPerson, Organisation};
use crate::text::fold;

/// One problem in the file, on a line counted from 1 (the header is line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub message: String,
}

/// The columns a file may have, under their Swedish or English headings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Column {
    Name,
    Organisation,
    Email,
    Phone,
    Role,
    From,
    To,
}

fn column(heading: &str) -> Option<Column> {
    match fold(heading.trim()).as_str() {
        "name" | "namn" => Some(Column::Name),
        "organisation" | "organization" | "org" => Some(Column::Organisation),
        "email" | "e-mail" | "e-post" | "epost" => Some(Column::Email),
        "phone" | "telefon" => Some(Column::Phone),
        "role" | "roll" => Some(Column::Role),
        "from" | "fran" => Some(Column::From),
        "to" | "till" => Some(Column::To),
        _ => None,
    }
}

/// Spreadsheets set to Swedish write `;` between fields; others write `,`.
fn delimiter(data: &[u8]) -> u8 {
    let header = data.split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |d: u8| header.iter().filter(|b| **b == d).count();
    if count(b';') > count(b',') { b';' } else { b',' }
}

pub type Rows = Vec<(NewPerson, Option<NewAssignment>)>;

/// Parses `data` against the organisations and role ids of the database.
/// `today` is the start of a role period when the file gives none.
pub fn parse(
    data: &[u8],
    organisations: &[Organisation],
    role_ids: &[(String, String)],
    today: &str,
) -> Result<Rows, Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(data))
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(data);
    let header = reader.headers().map_err(|e| {
        vec![RowError {
            line: 1,
            message: format!("cannot read the header: {e}"),
        }]
    })?;
    let mut columns: HashMap<Column, usize> = HashMap::new();
    let mut errors = Vec::new();
    for (i, heading) in header.iter().enumerate() {
        match column(heading) {
            Some(c) if columns.contains_key(&c) => errors.push(RowError {
                line: 1,
                message: format!("the column \"{}\" appears twice", crate::text::inert(heading)),
            }),
            Some(c) => {
                columns.insert(c, i);
            }
            None => errors.push(RowError {
                line: 1,
                message: format!(
                    "unknown column \"{}\": use name, organisation, email, phone, role, from, to",
                    crate::text::inert(heading)
                ),
            }),
        }
    }
    for required in [Column::Name, Column::Organisation] {
        if !columns.contains_key(&required) {
            let name = if required == Column::Name {
                "name"
            } else {
                "organisation"
            };
            errors.push(RowError {
                line: 1,
                message: format!("the header has no \"{name}\" column"),
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                errors.push(RowError {
                    line,
                    message: format!("cannot read the row: {e}"),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let cell = |c: Column| {
            columns
                .get(&c)
                .and_then(|i| record.get(*i))
                .filter(|s| !s.is_empty())
        };
        match parse_row(cell, organisations, role_ids, today) {
            Ok(row) => rows.push(row),
            Err(message) => errors.push(RowError { line, message }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if rows.is_empty() {
        return Err(vec![RowError {
            line: 1,
            message: "the file has a header but no people".into(),
        }]);
    }
    Ok(rows)
}

fn parse_row<'a>(
    cell: impl Fn(Column) -> Option<&'a str>,
    organisations: &[Organisation],
    role_ids: &[(String, String)],
    today: &str,
) -> Result<(NewPerson, Option<NewAssignment>), String> {
    let name = cell(Column::Name).ok_or("the name is empty")?;
    if name.chars().any(char::is_control) {
        return Err("the name contains control characters".into());
    }
    let org_name = cell(Column::Organisation).ok_or("the organisation is empty")?;
    let org = resolve(
        "organisation",
        org_name,
        organisations
            .iter()
            .map(|o| Named {
                id: o.id.to_string(),
                name: o.name.clone(),
                item: o,
            })
            .collect(),
    )
    .map_err(|e| one_line(&e))?;
    let person = NewPerson {
        name: name.to_string(),
        organisation_id: org.id,
        email: cell(Column::Email).map(str::to_string),
        phone: cell(Column::Phone).map(str::to_string),
    };
    let assignment = match cell(Column::Role) {
        None => {
            if cell(Column::From).is_some() || cell(Column::To).is_some() {
                return Err("a period is given but no role".into());
            }
            None
        }
        Some(role) => {
            let role = resolve(
                "role",
                role,
                role_ids
                    .iter()
                    .map(|(id, name)| Named {
                        id: id.clone(),
                        name: name.clone(),
                        item: id,
                    })
                    .collect(),
            )
            .map_err(|e| one_line(&e))?;
            let from = match cell(Column::From) {
                Some(text) => dates::parse(text).map_err(|e| e.to_string())?.to_string(),
                None => today.to_string(),
            };
            let to = cell(Column::To)
                .map(dates::parse)
                .transpose()
                .map_err(|e| e.to_string())?
                .map(|d| d.to_string());
            if let Some(to) = &to
                && *to < from
            {
                return Err(format!("the period ends ({to}) before it starts ({from})"));
            }
            Some(NewAssignment {
                role_id: role.clone(),
                organisation_id: org.id,
                from,
                to,
            })
        }
    };
    Ok((person, assignment))
}

/// A name look-up's error on one line, as a row error is: the first line,
/// then the candidates' ids.
fn one_line(e: &crate::resolve::ResolveError) -> String {
    let first = e.to_string().lines().next().unwrap_or_default().to_string();
    if e.candidates.is_empty() {
        return first;
    }
    let ids: Vec<String> = e
        .candidates
        .iter()
        .map(|(id, _)| crate::text::inert(id))
        .collect();
    let label = if e.ambiguous { "candidates" } else { "closest" };
    format!("{first}; {label}: {}", ids.join(", "))
}
