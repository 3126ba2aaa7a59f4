//! The terminal UI drawn on ratatui's TestBackend, as text a test can read.

use fora::tui::app::App;
use fora::tui::render;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// The app drawn in a `width`×`height` window, one line per row.
pub fn drawn(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| render(app, frame.area(), frame.buffer_mut()))
        .expect("draw");
    text(terminal.backend().buffer())
}

/// What a drawn buffer shows, one line per row.
pub fn text(buffer: &Buffer) -> String {
    rows(buffer).into_iter().map(|row| row + "\n").collect()
}

/// What a drawn buffer shows, one string per row.
pub fn rows(buffer: &Buffer) -> Vec<String> {
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}
