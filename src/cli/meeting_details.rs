//! `fora meeting set`: the chair, registry number and chosen approvers
//! ("Val av justerare") a protocol names.

use anyhow::Result;
use clap::Subcommand;

use super::meetings::find_meeting;
use super::{Context, print};
use crate::i18n::{fail, tr};
use crate::protocol::MeetingRecord;
use crate::protocol::approvers::{choosable, eligible};
use crate::store::StoreError;
use crate::store::protocol_details::ProtocolDetails;
use crate::text::inert;

#[derive(Subcommand, Debug)]
pub enum MeetingCommand {
    #[command(about = "help-meeting-set")]
    Set {
        #[arg(help = "help-meeting", required = true, num_args = 1..=2, value_name = "MEETING")]
        meeting: Vec<String>,
        #[arg(long, help = "help-meeting-set--chair", value_name = "NAME")]
        chair: Option<String>,
        #[arg(long, help = "help-meeting-set--registry-number", value_name = "TEXT")]
        registry_number: Option<String>,
        #[arg(
            long,
            help = "help-meeting-set--approvers",
            value_name = "NAME",
            value_delimiter = ','
        )]
        approvers: Option<Vec<String>>,
    },
}

pub fn run(ctx: &mut Context, command: MeetingCommand) -> Result<()> {
    let MeetingCommand::Set {
        meeting,
        chair,
        registry_number,
        approvers,
    } = command;
    let id = find_meeting(ctx, &meeting)?;
    let record = MeetingRecord::load(&ctx.store, id)?;
    let m = &record.meeting;
    let mut details = ProtocolDetails {
        chair: chair.or_else(|| m.chair.clone()),
        registry_number: registry_number.or_else(|| m.registry_number.clone()),
        approvers: m.chosen_approvers.clone(),
    };
    if let Some(names) = approvers {
        details.approvers = chosen(ctx, &record, &names)?;
    }
    ctx.store.set_protocol_details(id, &details)?;
    let shown = MeetingRecord::load(&ctx.store, id)?.meeting;
    let none = ctx.lang.text("meeting-set-none");
    let text = tr!(
        ctx.lang,
        "meeting-set-done",
        meeting = id,
        chair = shown.chair.as_deref().map_or(none.to_string(), inert),
        number = shown.registry_number.as_deref().map_or(none.to_string(), inert),
        approvers = if shown.chosen_approvers.is_empty() {
            ctx.lang.text("meeting-set-by-rule").to_string()
        } else {
            inert(&shown.chosen_approvers.join(", "))
        }
    );
    print(&format!("{text}\n"))
}

/// The chosen approvers as the attendance spells them; refuses a name the
/// forum's rule does not let approve at this meeting, naming who may.
fn chosen(ctx: &Context, record: &MeetingRecord, names: &[String]) -> Result<Vec<String>> {
    let names: Vec<String> = names
        .iter()
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    let catalog = ctx.store.catalog()?;
    let rule = catalog
        .forum(&record.meeting.forum_id)
        .map(|f| f.approver)
        .ok_or_else(|| StoreError::UnknownForum(record.meeting.forum_id.clone()))?;
    match choosable(record, rule, &names) {
        Ok(found) => Ok(found.into_iter().map(str::to_string).collect()),
        Err(name) => {
            let may = eligible(record, rule);
            Err(fail!(
                "err-cli-not-choosable",
                name = inert(name),
                rule = rule.label(ctx.lang),
                eligible = if may.is_empty() {
                    ctx.lang.text("meeting-set-none").to_string()
                } else {
                    may.iter().map(|n| inert(n)).collect::<Vec<_>>().join(", ")
                }
            ))
        }
    }
}
