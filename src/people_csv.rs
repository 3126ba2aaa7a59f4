//! Reading a CSV file of people: every bad row is reported with its line
//! number, and nothing is returned unless every row is good.

use std::collections::HashMap;
use std::fmt;

use crate::dates::{self, DateError};
use crate::i18n::Message;
use crate::resolve::{Kind, Named, ResolveError, resolve};
use crate::store::people::{NewAssignment, NewPerson, Organisation};
use crate::store::register::ImportRow;
use crate::text::{fold, inert};

/// One problem in the file, on a line counted from 1 (the header is line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub problem: Problem,
}

/// What is wrong with the header or a row, with the values as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The CSV cannot be read here: `utf8` when the text is not UTF-8.
    Unreadable {
        header: bool,
        utf8: bool,
    },
    ColumnTwice(String),
    UnknownColumn(String),
    MissingColumn(&'static str),
    NoPeople,
    /// A row with another number of fields than the header has columns.
    FieldCount {
        expected: usize,
        found: usize,
    },
    EmptyName,
    NameControlCharacters,
    EmptyOrganisation,
    PeriodWithoutRole,
    PeriodBackwards {
        from: String,
        to: String,
    },
    Date(DateError),
    Name(ResolveError),
}

impl Problem {
    pub fn message(&self) -> Message {
        let m = Message::new;
        match self {
            Problem::Unreadable { header, utf8 } => m(match (header, utf8) {
                (true, true) => "err-csv-header-not-utf8",
                (true, false) => "err-csv-header-unreadable",
                (false, true) => "err-csv-row-not-utf8",
                (false, false) => "err-csv-row-unreadable",
            }),
            Problem::ColumnTwice(heading) => m("err-csv-column-twice").arg("column", inert(heading)),
            Problem::UnknownColumn(heading) => m("err-csv-unknown-column").arg("column", inert(heading)),
            Problem::MissingColumn(name) => m("err-csv-missing-column").arg("column", *name),
            Problem::NoPeople => m("err-csv-no-people"),
            Problem::FieldCount { expected, found } => m("err-csv-field-count")
                .arg("expected", *expected)
                .arg("found", *found),
            Problem::EmptyName => m("err-csv-empty-name"),
            Problem::NameControlCharacters => m("err-csv-name-control-characters"),
            Problem::EmptyOrganisation => m("err-csv-empty-organisation"),
            Problem::PeriodWithoutRole => m("err-csv-period-without-role"),
            Problem::PeriodBackwards { from, to } => m("err-period-backwards")
                .arg("from", inert(from))
                .arg("to", inert(to)),
            Problem::Date(e) => e.message(),
            Problem::Name(e) => name_on_one_line(e),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// A name look-up's error on one line, as a row error is: the first line,
/// then the candidates' names, which a file's author recognises.
fn name_on_one_line(e: &ResolveError) -> Message {
    if e.candidates.is_empty() {
        return e.message();
    }
    let names: Vec<String> = e.candidates.iter().map(|(_, name)| inert(name)).collect();
    Message::new("err-csv-name-with-candidates")
        .arg("problem", e.message().to_string())
        .arg("heading", e.candidates_heading().to_string())
        .arg("names", names.join(", "))
}

/// Whether the CSV reader stopped at text that is not UTF-8.
fn not_utf8(e: &csv::Error) -> bool {
    matches!(e.kind(), csv::ErrorKind::Utf8 { .. })
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

/// Parses `data` against the organisations and role ids of the database.
/// `today` is the start of a role period when the file gives none.
pub fn parse(
    data: &[u8],
    organisations: &[Organisation],
    role_ids: &[(String, String)],
    today: &str,
) -> Result<Vec<ImportRow>, Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(data))
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(data);
    let header = reader.headers().cloned().map_err(|e| {
        vec![RowError {
            line: 1,
            problem: Problem::Unreadable {
                header: true,
                utf8: not_utf8(&e),
            },
        }]
    })?;
    let mut columns: HashMap<Column, usize> = HashMap::new();
    let mut errors = Vec::new();
    for (i, heading) in header.iter().enumerate() {
        match column(heading) {
            Some(c) if columns.contains_key(&c) => errors.push(RowError {
                line: 1,
                problem: Problem::ColumnTwice(heading.to_string()),
            }),
            Some(c) => {
                columns.insert(c, i);
            }
            None => errors.push(RowError {
                line: 1,
                problem: Problem::UnknownColumn(heading.to_string()),
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
                problem: Problem::MissingColumn(name),
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
                    problem: Problem::Unreadable {
                        header: false,
                        utf8: not_utf8(&e),
                    },
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.len() != header.len() {
            errors.push(RowError {
                line,
                problem: Problem::FieldCount {
                    expected: header.len(),
                    found: record.len(),
                },
            });
            continue;
        }
        let cell = |c: Column| {
            columns
                .get(&c)
                .and_then(|i| record.get(*i))
                .filter(|s| !s.is_empty())
        };
        match parse_row(cell, organisations, role_ids, today) {
            Ok((person, role)) => rows.push(ImportRow { line, person, role }),
            Err(problem) => errors.push(RowError { line, problem }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if rows.is_empty() {
        return Err(vec![RowError {
            line: 1,
            problem: Problem::NoPeople,
        }]);
    }
    Ok(rows)
}

fn parse_row<'a>(
    cell: impl Fn(Column) -> Option<&'a str>,
    organisations: &[Organisation],
    role_ids: &[(String, String)],
    today: &str,
) -> Result<(NewPerson, Option<NewAssignment>), Problem> {
    let name = cell(Column::Name).ok_or(Problem::EmptyName)?;
    if name.chars().any(crate::text::is_unsafe) {
        return Err(Problem::NameControlCharacters);
    }
    let org_name = cell(Column::Organisation).ok_or(Problem::EmptyOrganisation)?;
    let org = resolve(
        Kind::Organisation,
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
    .map_err(Problem::Name)?;
    let person = NewPerson {
        name: name.to_string(),
        organisation_id: org.id,
        email: cell(Column::Email).map(str::to_string),
        phone: cell(Column::Phone).map(str::to_string),
    };
    let assignment = match cell(Column::Role) {
        None => {
            if cell(Column::From).is_some() || cell(Column::To).is_some() {
                return Err(Problem::PeriodWithoutRole);
            }
            None
        }
        Some(role) => {
            let role = resolve(
                Kind::Role,
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
            .map_err(Problem::Name)?;
            let from = match cell(Column::From) {
                Some(text) => dates::parse(text).map_err(Problem::Date)?.to_string(),
                None => today.to_string(),
            };
            let to = cell(Column::To)
                .map(dates::parse)
                .transpose()
                .map_err(Problem::Date)?
                .map(|d| d.to_string());
            if let Some(to) = &to
                && *to < from
            {
                return Err(Problem::PeriodBackwards { from, to: to.clone() });
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
