//! Drawing the whole screen: the home screen or the open meeting, with the
//! popups on top. Only reads the [`App`].

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::app::App;
use super::{help, home, meeting, picker};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    match app.meeting() {
        Some(m) => {
            meeting::view::render(m, area, buf);
            if app.help_open() && meeting::view::fits(area) {
                help::render(app, area, buf);
            }
        }
        None => {
            home::render(app, area, buf);
            if !home::fits(area) {
                return;
            }
            if let Some(p) = app.picker() {
                picker::render(p, app.strings(), app.theme(), app.lang(), area, buf);
            }
            if app.help_open() {
                help::render(app, area, buf);
            }
        }
    }
}
