//! `fora catalog export` and `fora catalog import`.

use crate::i18n::tr;
use std::path::PathBuf;

use anyhow::Result;
use clap::Subcommand;

use super::{Context, print};
use crate::text::inert;

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
            crate::files::write(&path, source.as_bytes())?;
            let path = path.display().to_string();
            print(&format!(
                "{}\n",
                tr!(lang, "out-catalogue-written-to", path = path)
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
