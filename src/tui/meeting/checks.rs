//! What the editor asks about before it saves: an action without an owner or
//! a due date, or due in the past, is saved only when the secretary presses
//! Enter a second time; and the time someone joined or left, as typed.

use chrono::{DateTime, Local, NaiveTime, TimeZone};

use crate::domain::meeting::{EntryKind, parse_due};

use super::MeetingScreen;
use super::editor::{Editor, FieldKey, Purpose};

impl MeetingScreen {
    /// Why an action should not be saved as it is, or `None`. Saving again
    /// unchanged saves it anyway.
    pub(super) fn action_warning(&self, editor: &Editor) -> Option<String> {
        let is_action = match &editor.purpose {
            Purpose::NewEntry { kind, .. } => *kind == EntryKind::Action,
            Purpose::EditEntry { entry_id } => self
                .entries
                .iter()
                .any(|e| e.id == *entry_id && e.kind == EntryKind::Action),
            _ => false,
        };
        if !is_action {
            return None;
        }
        let lang = self.lang;
        let due = editor.value(FieldKey::Due);
        let today = self.now.date_naive();
        let due = match due.trim() {
            "" => None,
            // A due date that cannot be read is refused when saving, first.
            text => Some(parse_due(text, today).ok()?),
        };
        let mut problems = Vec::new();
        let owner = editor.field(FieldKey::Owner);
        // "ingen ansvarig" picked is a choice; an empty field is a slip.
        let chose_none = owner.is_some_and(|f| f.exact().is_some() && f.resolved().as_deref() == Some(""));
        let named = owner.and_then(|f| f.resolved()).is_some_and(|o| !o.is_empty());
        if !named && !chose_none {
            problems.push(lang.text("slips-warn-no-owner"));
        }
        match due {
            None => problems.push(lang.text("slips-warn-no-due")),
            Some(date) if date < today => problems.push(lang.text("slips-warn-due-past")),
            Some(_) => {}
        }
        if problems.is_empty() {
            return None;
        }
        Some(format!(
            "{} {}",
            problems.join(" "),
            lang.text("slips-warn-save-anyway")
        ))
    }
}

/// The time typed for joining or leaving ("14:05", "1405", "9.30") on the
/// day of `now`; `None` for something that is not a time of day.
pub(super) fn time_on(text: &str, now: DateTime<Local>) -> Option<DateTime<Local>> {
    let text = text.trim().replace('.', ":");
    let (hours, minutes) = match text.split_once(':') {
        Some((h, m)) => (h.to_string(), m.to_string()),
        None if text.len() == 4 && text.is_ascii() => (text[..2].to_string(), text[2..].to_string()),
        None => return None,
    };
    let time = NaiveTime::from_hms_opt(hours.parse().ok()?, minutes.parse().ok()?, 0)?;
    Local
        .from_local_datetime(&now.date_naive().and_time(time))
        .earliest()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_as_secretaries_type_them() {
        let now = Local.with_ymd_and_hms(2026, 11, 26, 15, 0, 0).unwrap();
        let at = |text| time_on(text, now).map(|t| t.format("%Y-%m-%d %H:%M").to_string());
        assert_eq!(at("14:05").as_deref(), Some("2026-11-26 14:05"));
        assert_eq!(at("1405").as_deref(), Some("2026-11-26 14:05"));
        assert_eq!(at(" 9.30 ").as_deref(), Some("2026-11-26 09:30"));
        assert_eq!(at("25:00"), None);
        assert_eq!(at("snart"), None);
        assert_eq!(at("14:5x"), None);
    }
}
