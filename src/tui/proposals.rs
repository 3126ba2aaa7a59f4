//! The suppliers' side of the meeting picker, for forums whose agenda the
//! suppliers feed (Operativt möte): the points proposed so far, a form to
//! propose one, and the offer to cancel a meeting that is due with none.
//! Like the picker, it only says what was asked; the app does it.

use crate::i18n::tr;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::store::followup::Proposal;
use crate::text::inert;

use super::common::truncate;
use super::strings::Strings;
use super::theme::Theme;

/// What the picker knows of a forum whose suppliers propose its points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupplierPoints {
    /// Points proposed that no meeting has taken up yet.
    pub proposals: Vec<Proposal>,
    /// The suppliers who may propose, as (organisation id, name).
    pub suppliers: Vec<(i64, String)>,
    /// The date the meeting was due, when it is due (today or earlier), may
    /// be cancelled without points, and none are proposed.
    pub cancellable_since: Option<String>,
    pub form: Option<ProposalForm>,
    /// `x` was pressed once: the next `x` cancels the meeting.
    pub confirm_cancel: bool,
}

/// A point being typed, and which supplier proposes it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProposalForm {
    pub supplier: usize,
    pub text: String,
}

/// What a key asks of the picker while the supplier side has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PointsKey {
    /// The key was not for the supplier side.
    Unused,
    Handled,
    Propose {
        organisation_id: i64,
        text: String,
    },
    Cancel,
}

impl SupplierPoints {
    /// Keys for the form while it is open; `f` opens it, `x` twice cancels.
    pub fn key(&mut self, key: KeyEvent) -> PointsKey {
        if let Some(form) = self.form.as_mut() {
            return form_key(form, &self.suppliers, key).unwrap_or_else(|| {
                self.form = None;
                PointsKey::Handled
            });
        }
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match key.code {
            KeyCode::Char('f') if plain && !self.suppliers.is_empty() => {
                self.confirm_cancel = false;
                self.form = Some(ProposalForm::default());
                PointsKey::Handled
            }
            KeyCode::Char('x') if plain && self.cancellable_since.is_some() => {
                if self.confirm_cancel {
                    self.confirm_cancel = false;
                    PointsKey::Cancel
                } else {
                    self.confirm_cancel = true;
                    PointsKey::Handled
                }
            }
            _ => {
                // Any other key takes back a half-given cancel.
                self.confirm_cancel = false;
                PointsKey::Unused
            }
        }
    }

    /// The lines under the picker's meetings: the form, or the points and the offer.
    pub fn lines(&self, s: &Strings, t: &Theme, width: usize) -> Vec<Line<'static>> {
        let mut lines = vec![Line::default()];
        if let Some(form) = &self.form {
            let supplier = self
                .suppliers
                .get(form.supplier)
                .map(|(_, name)| inert(name))
                .unwrap_or_default();
            lines.push(Line::styled(truncate(s.propose_title, width), t.title));
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", s.propose_by), t.muted),
                Span::raw(truncate(&supplier, width)),
            ]));
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", s.field_text), t.muted),
                Span::raw(truncate(&format!("{}▏", inert(&form.text)), width)),
            ]));
            lines.push(Line::styled(truncate(s.propose_keys, width), t.muted));
            return lines;
        }
        if self.proposals.is_empty() {
            lines.push(Line::styled(truncate(s.no_points_proposed, width), t.muted));
        } else {
            let heading = format!("{} ({})", s.points_proposed, self.proposals.len());
            lines.push(Line::styled(truncate(&heading, width), t.title));
            for p in self.proposals.iter().take(5) {
                let point = format!(" · {}: {}", inert(&p.supplier), inert(&p.text));
                lines.push(Line::raw(truncate(&point, width)));
            }
        }
        if let Some(due) = &self.cancellable_since {
            let (text, style): (String, Style) = if self.confirm_cancel {
                (s.cancel_confirm.to_string(), t.warning)
            } else {
                (tr!(s.lang, "tui-cancel-offer", due = inert(due)), t.warning)
            };
            lines.push(Line::styled(truncate(&text, width), style));
        }
        lines
    }
}

/// A key in the form: `None` closes it.
fn form_key(form: &mut ProposalForm, suppliers: &[(i64, String)], key: KeyEvent) -> Option<PointsKey> {
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return Some(PointsKey::Handled);
    }
    let count = suppliers.len().max(1);
    match key.code {
        KeyCode::Esc => return None,
        KeyCode::Tab | KeyCode::Down => form.supplier = (form.supplier + 1) % count,
        KeyCode::BackTab | KeyCode::Up => form.supplier = (form.supplier + count - 1) % count,
        KeyCode::Backspace => {
            form.text.pop();
        }
        KeyCode::Char(c) => form.text.push(c),
        KeyCode::Enter if !form.text.trim().is_empty() => {
            let (organisation_id, _) = suppliers.get(form.supplier)?;
            return Some(PointsKey::Propose {
                organisation_id: *organisation_id,
                text: form.text.trim().to_string(),
            });
        }
        _ => {}
    }
    Some(PointsKey::Handled)
}
