//! `fora export`: a meeting's protocol as Markdown, HTML, PDF or JSON, on
//! standard output or in a file that is either written whole or not at all.

use crate::i18n::tr;
use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::Result;

use super::Context;
use super::meetings::find_meeting;
use crate::protocol::Format;
use crate::protocol::edition::{Edition, choose};

/// What `fora export` writes: a protocol format, or a review file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Markdown (CommonMark with tables).
    Md,
    /// One self-contained HTML file that prints on A4.
    Html,
    /// PDF on A4 with the font embedded.
    Pdf,
    /// The processable extract, schema fora.protocol/1.
    Json,
    /// A review file for a supplier representative (sends a draft for approval).
    Review,
}

impl ExportFormat {
    fn protocol(self) -> Option<Format> {
        match self {
            ExportFormat::Md => Some(Format::Markdown),
            ExportFormat::Html => Some(Format::Html),
            ExportFormat::Pdf => Some(Format::Pdf),
            ExportFormat::Json => Some(Format::Json),
            ExportFormat::Review => None,
        }
    }
}

pub fn run(
    ctx: &mut Context,
    words: &[String],
    format: Option<ExportFormat>,
    output: Option<&Path>,
    edition: Edition,
) -> Result<()> {
    let output = output.filter(|p| p.as_os_str() != "-");
    if format == Some(ExportFormat::Review) {
        let text = super::protocol::review_file(ctx, words)?;
        return match output {
            Some(path) => {
                crate::files::write(path, text.as_bytes())?;
                let path = crate::text::inert(&path.display().to_string());
                super::print(&format!(
                    "{}\n",
                    tr!(ctx.lang, "out-review-file-written-to", path = path)
                ))
            }
            None => write_stdout(text.as_bytes()),
        };
    }
    let format = match format.and_then(ExportFormat::protocol) {
        Some(format) => format,
        None => format_of(output)?,
    };
    // Refused before any work: binary bytes would garble the terminal.
    if output.is_none() && !format.is_text() && std::io::stdout().is_terminal() {
        return Err(crate::fail!("err-cli-pdf-to-terminal"));
    }
    let id = find_meeting(ctx, words)?;
    let (snapshot, stamp) = choose(&ctx.store, id, ctx.lang, edition)?;
    let bytes = snapshot.render(format, &stamp)?;
    match output {
        Some(path) => {
            crate::files::write(path, &bytes)?;
            let lang = ctx.lang;
            let text = tr!(
                lang,
                "out-protocol-written-to",
                path = crate::text::inert(&path.display().to_string()),
                bytes = bytes.len()
            );
            super::print(&format!("{text}\n"))
        }
        None => write_stdout(&bytes),
    }
}

/// The format a file name asks for; Markdown for a name without an
/// extension, and a refusal for one fora does not write.
fn format_of(output: Option<&Path>) -> Result<Format> {
    let Some(extension) = output.and_then(Path::extension) else {
        return Ok(Format::Markdown);
    };
    let text = extension.to_string_lossy();
    Format::from_extension(&text).ok_or_else(|| {
        let known: Vec<String> = Format::ALL
            .iter()
            .map(|f| format!(".{}", f.extension()))
            .collect();
        crate::fail!(
            "err-cli-unknown-extension",
            extension = crate::text::inert(&text),
            known = known.join(", ")
        )
    })
}

/// Writes raw bytes to stdout; a closed pipe is not an error.
fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(crate::fail!(
            "err-cli-stdout",
            reason = crate::files::io_reason(&e).to_string()
        )),
        Ok(()) => Ok(()),
    }
}
