//! `fora protocol …`: a meeting's protocol versions and their approval
//! (justering); `fora review import`; `fora verify`; the review file export.

mod status;

use crate::i18n::tr;
use std::path::Path;

use anyhow::Result;
use clap::Subcommand;
use serde::Serialize;

use super::keys::signing_key;
use super::meetings::find_meeting;
use super::signatures;
use super::{Context, print, print_json};
use crate::domain::meeting::VersionState;
use crate::i18n::fail;
use crate::protocol::Format;
use crate::protocol::edition::keep_current;
use crate::protocol::justering::{
    self, How, approver_names, approver_of, as_approver, as_participant, awaiting, snapshot_of,
};
use crate::protocol::review::{Response, ReviewFile, Verdict};
use crate::protocol::snapshot::sha256_hex;
use crate::protocol::stamp::Stamp;
use crate::store::protocols::ProtocolVersion;
use crate::store::reviews::ReviewOutcome;
use crate::text::inert;

#[derive(Subcommand, Debug)]
pub enum ProtocolCommand {
    #[command(about = "help-protocol-draft")]
    Draft {
        #[arg(help = "help-meeting", required = true, num_args = 1..=2, value_name = "MEETING")]
        meeting: Vec<String>,
    },
    #[command(about = "help-protocol-send")]
    Send {
        #[arg(help = "help-meeting", required = true, num_args = 1..=2, value_name = "MEETING")]
        meeting: Vec<String>,
    },
    #[command(about = "help-protocol-approve")]
    Approve {
        #[arg(help = "help-meeting", required = true, num_args = 1..=2, value_name = "MEETING")]
        meeting: Vec<String>,
        #[arg(long, help = "help-protocol-approve--by")]
        by: String,
        #[arg(
            long,
            help = "help-protocol-approve--key",
            value_name = "FILE",
            conflicts_with = "recorded_by"
        )]
        key: Option<std::path::PathBuf>,
        #[arg(
            long,
            help = "help-key--passphrase-file",
            value_name = "FILE",
            requires = "key"
        )]
        passphrase_file: Option<std::path::PathBuf>,
        #[arg(long, help = "help-protocol-approve--recorded-by", value_name = "SECRETARY")]
        recorded_by: Option<String>,
    },
    #[command(about = "help-protocol-return")]
    Return {
        #[arg(help = "help-meeting", required = true, num_args = 1..=2, value_name = "MEETING")]
        meeting: Vec<String>,
        #[arg(long)]
        by: String,
        #[arg(long)]
        comment: String,
    },
    #[command(about = "help-protocol-comment")]
    Comment {
        #[arg(help = "help-meeting", required = true, num_args = 1..=2, value_name = "MEETING")]
        meeting: Vec<String>,
        #[arg(long)]
        by: String,
        #[arg(long)]
        comment: String,
    },
    #[command(about = "help-protocol-versions")]
    Versions {
        #[arg(help = "help-meeting", required = true, num_args = 1..=2, value_name = "MEETING")]
        meeting: Vec<String>,
        #[arg(long, help = "help-json", conflicts_with = "diff")]
        json: bool,
        #[arg(long, num_args = 2, value_names = ["A", "B"], help = "help-protocol-versions--diff")]
        diff: Option<Vec<i64>>,
    },
    #[command(about = "help-protocol-status")]
    Status {
        forum: Option<String>,
        #[arg(long, help = "help-json")]
        json: bool,
    },
}

fn now() -> chrono::DateTime<chrono::Local> {
    chrono::Local::now()
}

/// Keeps the meeting as it stands as its current version; returns the version.
pub fn current_version(ctx: &mut Context, meeting_id: i64) -> Result<ProtocolVersion> {
    Ok(keep_current(&mut ctx.store, meeting_id, ctx.lang, now())?.0)
}

pub fn run(ctx: &mut Context, command: ProtocolCommand) -> Result<()> {
    let lang = ctx.lang;
    match command {
        ProtocolCommand::Draft { meeting } => {
            let id = find_meeting(ctx, &meeting)?;
            let v = current_version(ctx, id)?;
            let text = tr!(
                lang,
                "out-protocol-version",
                number = v.number,
                state = v.state.label(lang),
                sha = v.sha256.as_str()
            );
            print(&format!("{text}\n"))
        }
        ProtocolCommand::Send { meeting } => {
            let id = find_meeting(ctx, &meeting)?;
            let v = justering::send(&mut ctx.store, id, lang, now())?;
            print(&format!("{}\n", tr!(lang, "out-version-sent", number = v.number)))
        }
        ProtocolCommand::Approve {
            meeting,
            by,
            key,
            passphrase_file,
            recorded_by,
        } => {
            let id = find_meeting(ctx, &meeting)?;
            let v = awaiting(&ctx.store, id)?;
            let key = match (&key, recorded_by.as_deref()) {
                (Some(path), _) => Some(signing_key(path, passphrase_file.as_deref())?),
                (None, Some(_)) => None,
                (None, None) => {
                    // Who may approve is told before how.
                    let (approver, _) = approver_of(&ctx.store, &v, &by)?;
                    return Err(fail!("err-cli-approve-how", name = inert(&approver)));
                }
            };
            let how = match &key {
                Some(key) => How::Key(key),
                None => How::RecordedBy(recorded_by.as_deref().unwrap_or("")),
            };
            let complete = justering::approve(&mut ctx.store, &v, &by, how, now())?;
            let state = if complete {
                lang.text("out-approved")
            } else {
                lang.text("out-awaits-more-approvers")
            };
            let text = tr!(
                lang,
                "out-version-approval",
                number = v.number,
                state = state,
                sha = v.sha256.as_str()
            );
            print(&format!("{text}\n"))
        }
        ProtocolCommand::Return { meeting, by, comment } => {
            let id = find_meeting(ctx, &meeting)?;
            let v = awaiting(&ctx.store, id)?;
            if comment.trim().is_empty() {
                return Err(fail!("err-cli-return-comment"));
            }
            let snapshot = snapshot_of(&ctx.store, &v)?;
            let names = approver_names(&snapshot.record, snapshot.forum.approver);
            let by = as_approver(&snapshot, &names, &by)?;
            let comments = [(None, comment.trim().to_string())];
            ctx.store
                .record_review(v.id, &v.sha256, &by, &comments, &ReviewOutcome::Return, now())?;
            print(&format!(
                "{}\n",
                tr!(lang, "out-version-returned", number = v.number)
            ))
        }
        ProtocolCommand::Comment { meeting, by, comment } => {
            let id = find_meeting(ctx, &meeting)?;
            let v = awaiting(&ctx.store, id)?;
            if comment.trim().is_empty() {
                return Err(fail!("err-cli-return-comment"));
            }
            let by = as_participant(&ctx.store, &v, &by)?;
            let comments = [(None, comment.trim().to_string())];
            ctx.store
                .record_review(v.id, &v.sha256, &by, &comments, &ReviewOutcome::Comments, now())?;
            print(&format!(
                "{}\n",
                tr!(lang, "out-version-commented", number = v.number)
            ))
        }
        ProtocolCommand::Versions {
            meeting,
            diff: Some(pair),
            ..
        } => {
            let id = find_meeting(ctx, &meeting)?;
            print(&super::diff::versions(
                &ctx.store, ctx.lang, id, pair[0], pair[1],
            )?)
        }
        ProtocolCommand::Versions { meeting, json, .. } => versions(ctx, &meeting, json),
        ProtocolCommand::Status { forum, json } => status::status(ctx, forum.as_deref(), json),
    }
}

fn versions(ctx: &Context, words: &[String], json: bool) -> Result<()> {
    let lang = ctx.lang;
    let id = find_meeting(ctx, words)?;
    let versions = ctx.store.versions(id)?;
    #[derive(Serialize)]
    struct VersionJson {
        #[serde(flatten)]
        version: ProtocolVersion,
        approvals: Vec<crate::store::protocols::Approval>,
        comments: Vec<crate::store::protocols::ReviewComment>,
    }
    let mut list = Vec::new();
    for v in versions {
        list.push(VersionJson {
            approvals: ctx.store.approvals(v.id)?,
            comments: ctx.store.review_comments(v.id)?,
            version: v,
        });
    }
    if json {
        return print_json(&list);
    }
    if list.is_empty() {
        return print(&format!("{}\n", lang.text("out-no-protocol-versions-yet")));
    }
    let mut text = String::new();
    for v in &list {
        let p = &v.version;
        let line = tr!(
            lang,
            "out-version-line",
            number = p.number,
            state = p.state.label(lang),
            created = p.created_at.get(..16).unwrap_or(&p.created_at),
            sha = p.sha256.as_str()
        );
        text.push_str(&format!("{line}\n"));
        for a in &v.approvals {
            text.push_str(&format!("  {}\n", signatures::approval_line(lang, a)));
        }
        for c in &v.comments {
            let on = c
                .item_title
                .as_deref()
                .map(|t| format!(" [{}]", inert(t)))
                .unwrap_or_default();
            text.push_str(&format!("  {}{on}: {}\n", inert(&c.reviewer), inert(&c.text)));
        }
    }
    print(&text)
}

/// `fora export MEETING --format review`: the version awaiting approval as a
/// review file; a draft is sent for approval by it.
pub fn review_file(ctx: &mut Context, words: &[String]) -> Result<String> {
    let id = find_meeting(ctx, words)?;
    justering::refuse_unless_ended(&ctx.store, id)?;
    let mut v = current_version(ctx, id)?;
    match v.state {
        VersionState::Draft => {
            ctx.store.send_for_review(v.id, now())?;
            v = ctx.store.version(v.id)?;
        }
        VersionState::ForReview => {}
        VersionState::Approved | VersionState::Superseded => {
            return Err(fail!("err-cli-review-approved", number = v.number));
        }
        // Sent again unchanged, as `fora protocol send` does.
        VersionState::Returned => v = ctx.store.resend(v.id, now())?,
    }
    let meeting = ctx.store.meeting(id)?;
    let forum = ctx
        .store
        .catalog()?
        .forum(&meeting.forum_id)
        .map_or(meeting.forum_id.clone(), |f| f.name.clone());
    let content = ctx.store.version_content(v.id)?;
    Ok(ReviewFile::new(id, v.number, &forum, &meeting.date, &content).to_json()?)
}

/// `fora review import RESPONSE`: records the reviewer's comments and verdict.
pub fn import_response(ctx: &mut Context, file: &Path) -> Result<()> {
    let lang = ctx.lang;
    let bytes = crate::files::read(file)?;
    let shown = inert(&file.display().to_string());
    let response = Response::parse(&bytes).map_err(|e| {
        fail!(
            "err-cli-refused-unchanged",
            path = shown.clone(),
            problem = e.to_string()
        )
    })?;
    let body = &response.body;
    let version = ctx.store.version_by_sha(&body.version_sha256)?.ok_or_else(|| {
        fail!(
            "err-cli-response-unknown-version",
            path = shown.clone(),
            meeting = body.meeting_id,
            number = body.version
        )
    })?;
    if version.state != VersionState::ForReview {
        let current = ctx
            .store
            .versions(version.meeting_id)?
            .last()
            .map(|v| v.number)
            .unwrap_or(version.number);
        return Err(fail!(
            "err-cli-response-not-awaiting",
            path = shown,
            number = version.number,
            state = version.state.label(lang),
            current = current
        ));
    }
    if body.meeting_id != version.meeting_id || body.version != version.number {
        return Err(fail!(
            "err-cli-response-unknown-version",
            path = shown.clone(),
            meeting = body.meeting_id,
            number = body.version
        ));
    }
    let comments: Vec<(Option<String>, String)> = body
        .comments
        .iter()
        .filter(|c| !c.text.trim().is_empty())
        .map(|c| (c.item.clone(), c.text.trim().to_string()))
        .collect();
    // Every check first, who may give the verdict included; the one
    // transaction only after all passed.
    let refused = |e: &dyn std::fmt::Display| {
        fail!(
            "err-cli-refused-unchanged",
            path = shown.clone(),
            problem = e.to_string()
        )
    };
    let signed =
        signatures::response_signature(ctx, file, &bytes, &body.reviewer).map_err(|e| refused(&e))?;
    let (reviewer, outcome, said) = match body.verdict {
        Verdict::Approve => {
            let (approver, complete) =
                approver_of(&ctx.store, &version, &body.reviewer).map_err(|e| refused(&e))?;
            let said = if complete {
                lang.text("out-approved")
            } else {
                lang.text("out-approved-awaits-more")
            };
            let outcome = ReviewOutcome::Approve {
                method: signed,
                complete,
            };
            (approver, outcome, said)
        }
        Verdict::RequestChanges => {
            let snapshot = snapshot_of(&ctx.store, &version)?;
            let names = approver_names(&snapshot.record, snapshot.forum.approver);
            let approver = as_approver(&snapshot, &names, &body.reviewer).map_err(|e| refused(&e))?;
            (approver, ReviewOutcome::Return, lang.text("out-returned"))
        }
        Verdict::Comments => (
            as_participant(&ctx.store, &version, &body.reviewer).map_err(|e| refused(&e))?,
            ReviewOutcome::Comments,
            lang.text("out-comments-only"),
        ),
    };
    ctx.store
        .record_review(version.id, &version.sha256, &reviewer, &comments, &outcome, now())?;
    let outcome = said;
    let text = tr!(
        lang,
        "out-review-from",
        reviewer = inert(&body.reviewer),
        number = version.number,
        outcome = outcome,
        comments = comments.len()
    );
    print(&format!("{text}\n"))
}

/// `fora verify FILE`: whether an exported protocol matches an approved version.
pub fn verify(ctx: &Context, file: &Path) -> Result<()> {
    let bytes = crate::files::read(file)?;
    let sha = sha256_hex(&bytes);
    // A review file names its version's hash itself.
    if let Ok((review, _)) = ReviewFile::parse(&bytes)
        && let Some(v) = ctx.store.version_by_sha(&review.sha256)?
    {
        return report_match(ctx, &v, "review");
    }
    let format = if bytes.starts_with(b"%PDF") {
        Format::Pdf
    } else if bytes.starts_with(b"{") {
        Format::Json
    } else if bytes.starts_with(b"<!DOCTYPE") || bytes.starts_with(b"<html") {
        Format::Html
    } else {
        Format::Markdown
    };
    for v in ctx.store.approved_versions()? {
        let snapshot = snapshot_of(&ctx.store, &v)?;
        let stamp = Stamp::of(&v, &ctx.store.approvals(v.id)?);
        let rendered = snapshot.render(format, &stamp).map_err(|e| {
            fail!(
                "err-cli-render-version",
                number = v.number,
                problem = e.to_string()
            )
        })?;
        if sha256_hex(&rendered) == sha {
            return report_match(ctx, &v, format.extension());
        }
    }
    Err(fail!(
        "err-cli-verify-no-match",
        path = inert(&file.display().to_string()),
        format = format.extension(),
        sha = sha
    ))
}

fn report_match(ctx: &Context, v: &ProtocolVersion, format: &str) -> Result<()> {
    let lang = ctx.lang;
    let meeting = ctx.store.meeting(v.meeting_id)?;
    let forum = ctx
        .store
        .catalog()?
        .forum(&meeting.forum_id)
        .map_or(meeting.forum_id.clone(), |f| f.name.clone());
    let approvals: Vec<String> = ctx
        .store
        .approvals(v.id)?
        .into_iter()
        .map(|a| inert(&a.approver))
        .collect();
    let state = if v.state == VersionState::Approved {
        tr!(lang, "out-approved-by", approvers = approvals.join(", "))
    } else {
        tr!(lang, "out-not-approved", state = v.state.label(lang))
    };
    let text = tr!(
        lang,
        "out-matches",
        forum = inert(&forum),
        date = meeting.date.as_str(),
        meeting = meeting.id,
        number = v.number,
        state = state
    );
    print(&format!("{text}\n"))?;
    if v.state != VersionState::Approved {
        return Err(fail!(
            "err-cli-verify-not-approved",
            format = format.to_string(),
            number = v.number
        ));
    }
    signatures::report_signatures(ctx, v)
}
