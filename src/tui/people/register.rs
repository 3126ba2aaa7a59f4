//! The people register (`N` from home): everyone, filtered as typed by
//! name, organisation, e-mail or phone; the selected person's roles over
//! time below; Enter edits name, organisation, e-mail and phone.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::i18n::{Lang, tr};
use crate::store::people::{Assignment, Person};
use crate::store::register::PersonChange;
use crate::store::{Result, Store, StoreError};
use crate::text::{fold, inert};
use crate::tui::app::App;
use crate::tui::common::{centered, popup_frame, truncate};
use crate::tui::lists::listing::{self, Common, Cursor, Outcome, Page, cell, cells, heading};
use crate::tui::meeting::Message;

/// Lines under the list for the selected person's roles.
const ROLES: u16 = 6;

/// The fields of the edit form, in order.
const FIELDS: [&str; 4] = [
    "tui-people-col-name",
    "tui-people-col-organisation",
    "tui-people-col-email",
    "tui-people-col-phone",
];

pub struct PeopleScreen {
    lang: Lang,
    typed: String,
    people: Vec<Person>,
    cursor: Cursor,
    /// The selected person's roles, every period.
    roles: Vec<Assignment>,
    /// The edit form: the values typed and the field being typed in.
    form: Option<([String; 4], usize)>,
    /// The name typed is someone else's too: Enter again saves it anyway.
    namesake_seen: bool,
    message: Option<Message>,
}

impl PeopleScreen {
    pub fn load(store: &Store, lang: Lang) -> Result<PeopleScreen> {
        let mut screen = PeopleScreen {
            lang,
            typed: String::new(),
            people: store.people()?,
            cursor: Cursor::default(),
            roles: Vec::new(),
            form: None,
            namesake_seen: false,
            message: None,
        };
        screen.cursor = Cursor::new(screen.shown().len());
        screen.read_roles(store)?;
        Ok(screen)
    }

    /// The people the filter keeps: every word in the name, organisation,
    /// e-mail or phone (ä = a).
    pub fn shown(&self) -> Vec<&Person> {
        let words: Vec<String> = self.typed.split_whitespace().map(fold).collect();
        self.people
            .iter()
            .filter(|p| {
                let text = fold(&format!(
                    "{} {} {} {}",
                    p.name,
                    p.organisation,
                    p.email.as_deref().unwrap_or(""),
                    p.phone.as_deref().unwrap_or("")
                ));
                words.iter().all(|w| text.contains(w.as_str()))
            })
            .collect()
    }

    pub fn selected(&self) -> Option<&Person> {
        self.shown().get(self.cursor.selected()?).copied()
    }

    pub fn is_editing(&self) -> bool {
        self.form.is_some()
    }

    fn read_roles(&mut self, store: &Store) -> Result<()> {
        self.roles = match self.selected().map(|p| p.id) {
            Some(id) => store.roles_over_time(id)?,
            None => Vec::new(),
        };
        Ok(())
    }

    pub fn set_area(&mut self, area: Rect) {
        let area = Rect {
            height: area.height.saturating_sub(ROLES),
            ..area
        };
        let height = listing::visible_rows(area, true, true, 1);
        self.cursor.set_height(height, self.shown().len());
    }

    pub fn key(&mut self, store: &mut Store, key: KeyEvent) -> Result<Outcome> {
        self.message = None;
        if self.form.is_some() {
            self.form_key(store, key)?;
            return Ok(Outcome::Stay);
        }
        if let Some(common) = listing::common_key(key, true) {
            return Ok(match common {
                Common::Move(step) => {
                    self.cursor.apply(step, self.shown().len());
                    self.read_roles(store)?;
                    Outcome::Stay
                }
                Common::Open => {
                    if let Some(p) = self.selected() {
                        let values = [
                            p.name.clone(),
                            p.organisation.clone(),
                            p.email.clone().unwrap_or_default(),
                            p.phone.clone().unwrap_or_default(),
                        ];
                        self.form = Some((values, 0));
                    }
                    Outcome::Stay
                }
                Common::Help => Outcome::Help,
                Common::Back => Outcome::Back,
                Common::Quit => Outcome::Quit,
            });
        }
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return Ok(Outcome::Stay);
        }
        match key.code {
            KeyCode::Char(c) => self.typed.push(c),
            KeyCode::Backspace => {
                self.typed.pop();
            }
            _ => return Ok(Outcome::Stay),
        }
        self.cursor = Cursor::new(self.shown().len());
        self.read_roles(store)?;
        Ok(Outcome::Stay)
    }

    fn form_key(&mut self, store: &mut Store, key: KeyEvent) -> Result<()> {
        let Some((values, focus)) = self.form.as_mut() else {
            return Ok(());
        };
        if key.code != KeyCode::Enter {
            self.namesake_seen = false;
        }
        match key.code {
            KeyCode::Esc => self.form = None,
            KeyCode::Tab | KeyCode::Down => *focus = (*focus + 1) % FIELDS.len(),
            KeyCode::BackTab | KeyCode::Up => *focus = (*focus + FIELDS.len() - 1) % FIELDS.len(),
            KeyCode::Backspace => {
                values[*focus].pop();
            }
            KeyCode::Enter => return self.save(store),
            KeyCode::Char(c)
                if !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                values[*focus].push(c);
            }
            _ => {}
        }
        Ok(())
    }

    /// Saves the form; a refusal keeps it open with the reason.
    fn save(&mut self, store: &mut Store) -> Result<()> {
        let (Some((values, _)), Some(person)) = (&self.form, self.selected()) else {
            return Ok(());
        };
        let id = person.id;
        let wanted = fold(values[1].trim());
        let organisations = store.organisations()?;
        let Some(org) = organisations.iter().find(|o| fold(&o.name) == wanted) else {
            let names: Vec<String> = organisations.iter().map(|o| inert(&o.name)).collect();
            let text = tr!(
                self.lang,
                "tui-people-unknown-organisation",
                name = inert(values[1].trim()),
                known = names.join(", ")
            );
            self.message = Some(Message { text, error: true });
            return Ok(());
        };
        let change = PersonChange {
            name: Some(values[0].clone()),
            organisation_id: Some(org.id),
            email: Some(values[2].clone()),
            phone: Some(values[3].clone()),
        };
        // The filter may hide the person under a new name.
        let name = inert(values[0].trim());
        match store.edit_person(id, &change, self.namesake_seen) {
            Ok(()) => {
                self.people = store.people()?;
                let at = self.shown().iter().position(|p| p.id == id);
                self.cursor.select(at, self.shown().len());
                self.read_roles(store)?;
                self.message = Some(Message {
                    text: tr!(self.lang, "tui-people-saved", name = name),
                    error: false,
                });
                self.form = None;
                self.namesake_seen = false;
            }
            Err(StoreError::NamedAlike(names)) => {
                let text = tr!(self.lang, "tui-people-namesake", names = inert(&names.join(", ")));
                self.message = Some(Message { text, error: true });
                self.namesake_seen = true;
            }
            Err(e) => {
                self.message = Some(Message {
                    text: inert(&e.to_string()),
                    error: true,
                });
            }
        }
        Ok(())
    }

    pub fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let s = app.strings();
        let t = app.theme();
        let lang = self.lang;
        let people = self.shown();
        let widths = |total: usize| [(total * 3 / 10).max(14), (total / 4).max(10), (total / 4).max(10)];
        let heading_row = |total: usize| {
            let cols = FIELDS.iter().map(|k| heading(lang.text(k), t)).collect();
            cells(cols, &widths(total), total)
        };
        let list_title = tr!(
            lang,
            "tui-people-list-title",
            shown = people.len(),
            all = self.people.len()
        );
        let page = Page {
            s,
            theme: t,
            title: lang.text("tui-people-title"),
            input: Some((lang.text("tui-people-filter"), &self.typed)),
            list_title,
            headings: Some(&heading_row),
            len: people.len(),
            row_height: 1,
            cursor: &self.cursor,
            empty: lang.text("tui-people-none").to_string(),
            keys: lang.text("tui-people-keys"),
            message: self.message.as_ref(),
        };
        let row = |index: usize, total: usize| {
            let Some(p) = people.get(index) else {
                return vec![];
            };
            let optional = |v: &Option<String>| v.as_deref().map(inert).unwrap_or_default();
            vec![cells(
                vec![
                    cell(inert(&p.name)),
                    cell(inert(&p.organisation)),
                    cell(optional(&p.email)),
                    cell(optional(&p.phone)),
                ],
                &widths(total),
                total,
            )]
        };
        let below = ROLES.min(area.height);
        let list = Rect {
            height: area.height - below,
            ..area
        };
        listing::render(&page, &row, list, buf);
        if !listing::fits(list) {
            return;
        }
        let width = usize::from(area.width);
        let mut lines = Vec::new();
        if let Some(p) = self.selected() {
            let heading = tr!(lang, "tui-people-roles-of", name = inert(&p.name));
            lines.push(Line::styled(format!(" {heading}"), t.heading));
            if self.roles.is_empty() {
                lines.push(Line::styled(
                    format!("   {}", lang.text("tui-people-no-roles")),
                    t.muted,
                ));
            }
            for r in &self.roles {
                let period = format!(
                    "{} – {}",
                    inert(&r.from),
                    r.to.as_deref().map(inert).unwrap_or_default()
                );
                let text = format!(
                    "   {period:<25} {} · {} ({})",
                    inert(&r.role_name),
                    r.party.label(lang),
                    inert(&r.organisation)
                );
                lines.push(Line::raw(truncate(&text, width)));
            }
        }
        let roles_area = Rect::new(area.x, list.bottom(), area.width, below);
        Paragraph::new(lines).render(roles_area, buf);
        if let Some((values, focus)) = &self.form {
            self.render_form(app, values, *focus, area, buf);
        }
    }

    fn render_form(&self, app: &App, values: &[String; 4], focus: usize, area: Rect, buf: &mut Buffer) {
        let t = app.theme();
        let lang = self.lang;
        let popup = centered(area, 64, 8);
        let inner = popup_frame(t, lang.text("tui-people-edit-title"), popup, buf);
        let label_width = FIELDS
            .iter()
            .map(|k| lang.text(k).chars().count())
            .max()
            .unwrap_or(0)
            + 2;
        let mut lines: Vec<Line> = FIELDS
            .iter()
            .zip(values)
            .enumerate()
            .map(|(i, (key, value))| {
                let label = format!("{:<label_width$}", lang.text(key));
                let mut spans = vec![Span::styled(label, t.label), Span::raw(inert(value))];
                if i == focus {
                    spans.push(Span::styled("▏", t.focus));
                }
                Line::from(spans)
            })
            .collect();
        lines.push(Line::default());
        lines.push(Line::styled(lang.text("tui-people-edit-keys"), t.muted));
        Paragraph::new(lines).render(inner, buf);
    }
}
