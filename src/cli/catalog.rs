//! `fora catalog export` and `fora catalog import`.

use crate::i18n::tr;
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::Subcommand;

use super::{Context, print};

#[derive(Subcommand, Debug)]
pub enum CatalogCommand {
    #[command(about = "help-catalog-export")]
    Export {
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    #[command(about = "help-catalog-import")]
    Import { file: PathBuf },
}

pub fn run(ctx: &mut Context, command: CatalogCommand) -> Result<()> {
    let lang = ctx.lang;
    match command {
        CatalogCommand::Export { output: None } => print(&ctx.store.catalog_source()?),
        CatalogCommand::Export { output: Some(path) } => {
            let source = ctx.store.catalog_source()?;
            std::fs::write(&path, source).with_context(|| format!("cannot write {}", path.display()))?;
            let path = path.display().to_string();
            print(&format!(
                "{}\n",
                tr!(lang, "out-catalogue-written-to", path = path)
            ))
        }
        CatalogCommand::Import { file } => {
            let bytes = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let source = String::from_utf8(bytes)
                .map_err(|_| anyhow::anyhow!("{} is not UTF-8 text; nothing was changed", file.display()))?;
            let catalog = ctx
                .store
                .import_catalog(&source)
                .map_err(|e| anyhow::anyhow!("{}: {e}; nothing was changed", file.display()))?;
            let text = tr!(
                lang,
                "out-catalogue-imported",
                contract = catalog.contract.as_str(),
                forums = catalog.forums.len()
            );
            print(&format!("{text}\n"))
        }
    }
}
