//! Naming things on the command line: a forum, role, person or organisation
//! is found by its id, its whole name, the start of a word of its name, or any
//! part of it, ignoring case and diacritics. The first rule that picks exactly
//! one wins.

use std::fmt;

use crate::i18n::Message;
use crate::text::{fold, folded_words, inert};

/// Something that can be named on the command line.
pub struct Named<'a, T> {
    pub id: String,
    pub name: String,
    pub item: &'a T,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ResolveError {
    /// What was being looked for.
    pub kind: Kind,
    pub query: String,
    pub ambiguous: bool,
    /// (id, name) of the candidates closest to the query, best first.
    pub candidates: Vec<(String, String)>,
}

/// The kinds of thing a name on the command line can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Forum,
    Role,
    Person,
    RoleOrPerson,
    Organisation,
    Supplier,
    Report,
}

impl Kind {
    fn id(self) -> &'static str {
        match self {
            Kind::Forum => "forum",
            Kind::Role => "role",
            Kind::Person => "person",
            Kind::RoleOrPerson => "role-or-person",
            Kind::Organisation => "organisation",
            Kind::Supplier => "supplier",
            Kind::Report => "report",
        }
    }
}

impl ResolveError {
    /// The first line: no such name, or more than one.
    pub fn message(&self) -> Message {
        let key = if self.ambiguous {
            "err-resolve-ambiguous"
        } else {
            "err-resolve-unknown"
        };
        Message::new(key)
            .arg("kind", self.kind.id())
            .arg("query", inert(&self.query))
    }

    /// The heading of the list of candidates.
    pub fn candidates_heading(&self) -> Message {
        Message::new(if self.ambiguous {
            "err-resolve-candidates"
        } else {
            "err-resolve-closest"
        })
    }
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)?;
        if !self.candidates.is_empty() {
            write!(f, "\n{}:", self.candidates_heading())?;
            let width = self
                .candidates
                .iter()
                .map(|(id, _)| id.chars().count())
                .max()
                .unwrap_or(0);
            for (id, name) in &self.candidates {
                if id == name {
                    write!(f, "\n  {}", inert(name))?;
                } else {
                    write!(f, "\n  {:<width$}  {}", inert(id), inert(name))?;
                }
            }
        }
        Ok(())
    }
}

/// How many of the closest names an unknown name lists.
const CLOSEST: usize = 5;

/// One rule of matching, tried in order.
type Tier<'t, T> = dyn Fn(&Named<T>) -> bool + 't;

/// Finds exactly one of `items` by `query`, or says why not.
pub fn resolve<'a, T>(kind: Kind, query: &str, items: Vec<Named<'a, T>>) -> Result<&'a T, ResolveError> {
    let q = fold(query.trim());
    let q_words = folded_words(query).join(" ");
    let tiers: [&Tier<T>; 4] = [
        &|n| fold(&n.id) == q,
        &|n| fold(&n.name) == q,
        &|n| !q_words.is_empty() && starts_a_word(&folded_words(&n.name), &q_words),
        &|n| !q.is_empty() && (fold(&n.name).contains(&q) || fold(&n.id).contains(&q)),
    ];
    for tier in tiers {
        let hits: Vec<&Named<T>> = items.iter().filter(|n| tier(n)).collect();
        match hits.len() {
            0 => continue,
            1 => return Ok(hits[0].item),
            _ => {
                return Err(ResolveError {
                    kind,
                    query: query.to_string(),
                    ambiguous: true,
                    candidates: hits.iter().map(|n| label(n)).collect(),
                });
            }
        }
    }
    Err(ResolveError {
        kind,
        query: query.to_string(),
        ambiguous: false,
        candidates: closest(&q, &items),
    })
}

/// True when `query` (words joined by spaces) starts at a word of `words`.
fn starts_a_word(words: &[String], query: &str) -> bool {
    (0..words.len()).any(|i| words[i..].join(" ").starts_with(query))
}

fn label<T>(n: &Named<T>) -> (String, String) {
    (n.id.clone(), n.name.clone())
}

fn closest<T>(q: &str, items: &[Named<T>]) -> Vec<(String, String)> {
    let mut scored: Vec<(f64, &Named<T>)> = items
        .iter()
        .map(|n| {
            let by_name = folded_words(&n.name)
                .iter()
                .map(|w| strsim::jaro_winkler(q, w))
                .fold(strsim::jaro_winkler(q, &fold(&n.name)), f64::max);
            (by_name.max(strsim::jaro_winkler(q, &fold(&n.id))), n)
        })
        .filter(|(score, _)| *score > 0.6)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(CLOSEST).map(|(_, n)| label(n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(i, n)| (i.to_string(), n.to_string())).collect()
    }

    fn find(query: &str, list: &[(String, String)]) -> Result<String, ResolveError> {
        let items = list
            .iter()
            .map(|(id, name)| Named {
                id: id.clone(),
                name: name.clone(),
                item: id,
            })
            .collect();
        resolve(Kind::Forum, query, items).cloned()
    }

    fn forums() -> Vec<(String, String)> {
        names(&[
            ("leveransforum", "Leveransforum"),
            ("leveransledning", "Leveransledning"),
            ("andringskoordinering", "Ändringskoordineringsforum"),
            (
                "forandringsavstamning",
                "Avstämning kring förändringar i IT-miljön",
            ),
            ("verkstallande", "Verkställande forum"),
            ("arkitektur-sakerhet", "Arkitektur- och säkerhetsforum"),
        ])
    }

    #[test]
    fn id_wins_first() {
        assert_eq!(find("LEVERANSFORUM", &forums()).unwrap(), "leveransforum");
    }

    #[test]
    fn whole_name_ignoring_case_and_diacritics() {
        assert_eq!(find("verkstallande FORUM", &forums()).unwrap(), "verkstallande");
    }

    #[test]
    fn start_of_a_word_beats_any_part() {
        // "förändringar" contains "andring" too, but no word of it starts so.
        assert_eq!(find("andring", &forums()).unwrap(), "andringskoordinering");
        assert_eq!(find("it-miljon", &forums()).unwrap(), "forandringsavstamning");
        assert_eq!(find("säkerhet", &forums()).unwrap(), "arkitektur-sakerhet");
    }

    #[test]
    fn any_part_as_last_resort() {
        assert_eq!(find("koordinering", &forums()).unwrap(), "andringskoordinering");
    }

    #[test]
    fn ambiguous_lists_the_candidates() {
        let err = find("lev", &forums()).unwrap_err();
        assert!(err.ambiguous);
        assert_eq!(err.candidates.len(), 2);
        assert!(err.to_string().contains("Leveransledning"), "{err}");
    }

    #[test]
    fn unknown_lists_the_closest() {
        let err = find("leveransforun", &forums()).unwrap_err();
        assert!(!err.ambiguous);
        assert_eq!(err.candidates[0].0, "leveransforum", "{:?}", err.candidates);
        assert!(find("", &forums()).is_err());
    }
}
