//! `fora backup` and `fora doctor`.

use std::path::Path;

use anyhow::Result;

use super::{Context, print, print_json};
use crate::text::inert;

pub fn backup(ctx: &Context, target: &Path) -> Result<()> {
    ctx.store.backup_to(target)?;
    print(&format!(
        "{} {}\n",
        ctx.lang.text("out-backup-written-and-checked"),
        target.display()
    ))
}

pub fn doctor(ctx: &Context, json: bool) -> Result<()> {
    let checks = ctx.store.doctor()?;
    let failed = checks.iter().filter(|c| !c.ok).count();
    if json {
        print_json(&checks)?;
    } else {
        let mut text = String::new();
        for c in &checks {
            let mark = if c.ok { "ok  " } else { "FEL " };
            text.push_str(&format!("{mark} {:<10} {}\n", c.name, inert(&c.detail)));
        }
        print(&text)?;
    }
    if failed > 0 {
        return Err(crate::fail!("err-cli-checks-failed", count = failed));
    }
    Ok(())
}
