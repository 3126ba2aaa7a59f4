//! Drawing the whole screen: the home screen, a list screen over it, or the
//! open meeting, with the popups on top. Only reads the [`App`].

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::app::App;
use super::lists::{listing, screens};
use super::{export_popup, help, home, meeting, picker};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    match (app.meeting(), app.screen()) {
        (Some(m), _) => {
            meeting::view::render(m, area, buf);
            if !meeting::view::fits(area) {
                return;
            }
            if let Some(popup) = app.export_popup() {
                let dir = app.export_dir();
                export_popup::render(popup, dir, app.strings(), app.theme(), area, buf);
            }
            if app.help_open() {
                help::render(app, area, buf);
            }
        }
        (None, Some(screen)) => {
            screens::render(app, screen, area, buf);
            if app.help_open() && listing::fits(area) {
                help::render(app, area, buf);
            }
        }
        (None, None) => {
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
