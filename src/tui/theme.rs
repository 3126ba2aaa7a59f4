//! The styles of the terminal UI, with and without colour (`NO_COLOR`).

use std::ffi::OsStr;

use ratatui::style::{Color, Modifier, Style};

/// One style per kind of thing on screen, so screens never pick colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub title: Style,
    pub heading: Style,
    pub label: Style,
    pub muted: Style,
    pub inactive: Style,
    pub vacant: Style,
    pub selected: Style,
    pub border: Style,
    pub status: Style,
    pub warning: Style,
    /// The border of the pane or popup that has the keyboard.
    pub focus: Style,
    /// What was just saved.
    pub success: Style,
    /// The words a search found, inside a snippet of text.
    pub matched: Style,
}

impl Theme {
    /// The theme the environment asks for: no colour when `NO_COLOR` is set
    /// to anything but the empty string (<https://no-color.org>).
    pub fn from_env() -> Theme {
        Theme::for_no_color(std::env::var_os("NO_COLOR").as_deref())
    }

    /// Takes the value of `NO_COLOR` as an argument so tests need not touch the
    /// process environment.
    pub fn for_no_color(value: Option<&OsStr>) -> Theme {
        if value.is_some_and(|v| !v.is_empty()) {
            Theme::plain()
        } else {
            Theme::colour()
        }
    }

    /// Modifiers only: everything must still be told apart on a monochrome
    /// terminal, so selection is reversed and headings are bold.
    pub fn plain() -> Theme {
        Theme {
            title: Style::new().add_modifier(Modifier::BOLD),
            heading: Style::new().add_modifier(Modifier::BOLD),
            label: Style::new(),
            muted: Style::new().add_modifier(Modifier::DIM),
            inactive: Style::new().add_modifier(Modifier::DIM),
            vacant: Style::new().add_modifier(Modifier::ITALIC),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            border: Style::new(),
            status: Style::new().add_modifier(Modifier::REVERSED),
            warning: Style::new().add_modifier(Modifier::BOLD),
            focus: Style::new().add_modifier(Modifier::BOLD),
            success: Style::new(),
            matched: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    /// The plain theme plus the terminal's own palette colours, which follow
    /// the user's light or dark scheme better than fixed RGB values.
    pub fn colour() -> Theme {
        let plain = Theme::plain();
        Theme {
            title: plain.title.fg(Color::Cyan),
            heading: plain.heading.fg(Color::Yellow),
            label: plain.label.fg(Color::Cyan),
            vacant: plain.vacant.fg(Color::LightRed),
            border: plain.border.fg(Color::Blue),
            warning: plain.warning.fg(Color::LightRed),
            focus: plain.focus.fg(Color::Cyan),
            success: plain.success.fg(Color::Green),
            matched: plain.matched.fg(Color::Yellow),
            ..plain
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_colour(style: Style) -> bool {
        style.fg.is_some() || style.bg.is_some() || style.underline_color.is_some()
    }

    fn all(theme: Theme) -> [Style; 13] {
        [
            theme.title,
            theme.heading,
            theme.label,
            theme.muted,
            theme.inactive,
            theme.vacant,
            theme.selected,
            theme.border,
            theme.status,
            theme.warning,
            theme.focus,
            theme.success,
            theme.matched,
        ]
    }

    #[test]
    fn no_color_set_to_anything_removes_every_colour() {
        let theme = Theme::for_no_color(Some(OsStr::new("1")));
        assert!(all(theme).into_iter().all(|s| !has_colour(s)));
        assert!(theme.selected.add_modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn empty_or_unset_no_color_keeps_colours() {
        assert_eq!(Theme::for_no_color(None), Theme::colour());
        assert_eq!(Theme::for_no_color(Some(OsStr::new(""))), Theme::colour());
        assert!(all(Theme::colour()).into_iter().any(has_colour));
    }
}
