//! A register cell and a history event in words, for the command line and
//! the reports screen alike.

use super::{Cell, Event};
use crate::domain::reports::Timeliness;
use crate::i18n::{Lang, tr};

impl Cell {
    /// The cell's state and whether it is late, missing or not due, in words.
    pub fn describe(&self, lang: Lang) -> String {
        let cell = self;
        let state = cell.state.map(|s| s.label(lang));
        let timing = match cell.timeliness {
            Timeliness::Late => Some(lang.text("reports-late")),
            Timeliness::Missing => Some(lang.text("reports-missing")),
            Timeliness::NotDue if state.is_none() => Some(lang.text("reports-not-due")),
            Timeliness::NotScheduled if state.is_none() => Some(lang.text("reports-not-scheduled")),
            Timeliness::Untracked if state.is_none() => Some(lang.text("reports-untracked")),
            _ => None,
        };
        match (state, timing) {
            (Some(s), Some(t)) => format!("{s}, {t}"),
            (Some(s), None) => s.to_string(),
            (None, Some(t)) => t.to_string(),
            (None, None) => String::new(),
        }
    }
}

impl Event {
    /// One line of a report's history.
    pub fn describe(&self, lang: Lang) -> String {
        let event = self;
        match event {
            Event::Delivered(d) => tr!(
                lang,
                "reports-event-delivered",
                version = d.version,
                // The local clock to the minute, as the meeting screen shows times.
                at = d
                    .delivered_at
                    .get(..16)
                    .unwrap_or(&d.delivered_at)
                    .replace('T', " "),
                by = d.delivered_by.as_deref().unwrap_or("–"),
                file = d.file_name.as_str(),
                size = d.size,
                language = d.language.as_str(),
                sha = d.sha256.as_str()
            ),
            Event::OnAgenda {
                version, forum, date, ..
            } => tr!(
                lang,
                "reports-event-agenda",
                version = *version,
                forum = forum.as_str(),
                date = date.as_str()
            ),
            Event::Verdict {
                version,
                verdict,
                reason,
                date,
                decision,
            } => {
                let line = tr!(
                    lang,
                    "reports-event-verdict",
                    version = *version,
                    verdict = verdict.label(lang),
                    date = date.as_str(),
                    decision = decision.as_str()
                );
                match reason {
                    Some(reason) => format!("{line}: {reason}"),
                    None => line,
                }
            }
        }
    }
}
