//! `fora demo`: fill a new database with a fictional archive to explore.

use crate::i18n::tr;
use anyhow::Result;

use super::{Context, print};
use crate::demo::{DemoOptions, generate};

pub fn demo(ctx: &mut Context, years: u32, entries_per_meeting: u32) -> Result<()> {
    let lang = ctx.lang;
    if !(1..=50).contains(&years) {
        return Err(crate::fail!("err-cli-demo-years"));
    }
    let mut options = DemoOptions::new(years, chrono::Local::now().date_naive());
    options.entries_per_meeting = entries_per_meeting;
    options.lang = lang;
    let summary = generate(&mut ctx.store, &options)?;
    let text = tr!(
        lang,
        "out-sample-archive-created",
        people = summary.people,
        meetings = summary.meetings,
        entries = summary.entries
    );
    print(&format!("{text}\n"))
}
