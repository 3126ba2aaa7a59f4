//! `fora catalog export` and `fora catalog import`.

use std::path::PathBuf;

use anyhow::Result;
use clap::Subcommand;

use super::{Context, print};
use crate::text::inert;

#[derive(Subcommand, Debug)]
pub enum CatalogCommand {
    /// Write the current catalogue as TOML (to stdout, or to a file).
    Export {
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Load another contract's model after checking all of it.
    Import { file: PathBuf },
}

pub fn run(ctx: &mut Context, command: CatalogCommand) -> Result<()> {
    let lang = ctx.lang;
    match command {
        CatalogCommand::Export { output: None } => print(&ctx.store.catalog_source()?),
        CatalogCommand::Export { output: Some(path) } => {
            let source = ctx.store.catalog_source()?;
            crate::files::write(&path, source.as_bytes())?;
            print(&format!(
                "{} {}\n",
                lang.pick("Katalogen skrevs till", "Catalogue written to"),
                path.display()
            ))
        }
        CatalogCommand::Import { file } => {
            let bytes = crate::files::read(&file)?;
            let shown = inert(&file.display().to_string());
            let source = String::from_utf8(bytes)
                .map_err(|_| crate::fail!("err-cli-not-utf8-unchanged", path = shown.clone()))?;
            let catalog = ctx.store.import_catalog(&source).map_err(|e| {
                crate::fail!("err-cli-refused-unchanged", path = shown, problem = e.to_string())
            })?;
            print(&format!(
                "{} {} ({} {})\n",
                lang.pick("Katalogen importerad:", "Catalogue imported:"),
                catalog.contract,
                catalog.forums.len(),
                lang.pick("forum", "forums")
            ))
        }
    }
}
