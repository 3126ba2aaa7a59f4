//! Signatures of the justering from the command line: signing an approval,
//! writing a signed review response (`fora review respond`), checking a
//! response's signature on import, and checking every signature of an
//! approved version (`fora verify`).

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::keys::{key_path, signing_key};
use super::{Context, print};
use crate::i18n::{Lang, fail, tr};
use crate::protocol::justering::check_signer;
use crate::protocol::review::{Comment, Response, ReviewFile, Verdict};
use crate::signing::{self, approval_message};
use crate::store::protocols::{Approval, ApprovalMethod, ProtocolVersion};
use crate::text::{fold, inert};

/// The verdicts of `fora review respond --verdict`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum VerdictArg {
    Approve,
    Changes,
    Comments,
}

impl From<VerdictArg> for Verdict {
    fn from(v: VerdictArg) -> Verdict {
        match v {
            VerdictArg::Approve => Verdict::Approve,
            VerdictArg::Changes => Verdict::RequestChanges,
            VerdictArg::Comments => Verdict::Comments,
        }
    }
}

fn shown(path: &Path) -> String {
    inert(&path.display().to_string())
}

/// Where the signature of a response file is: beside it, as `ssh-keygen -Y sign` writes it.
pub fn signature_path(response: &Path) -> PathBuf {
    PathBuf::from(format!("{}.sig", response.display()))
}

/// Checks the signature beside a response file: made with a key registered
/// for the response's reviewer. Returns the approval method it gives.
pub fn response_signature(
    ctx: &Context,
    file: &Path,
    bytes: &[u8],
    reviewer: &str,
) -> Result<ApprovalMethod> {
    let sig_path = signature_path(file);
    let signature = std::fs::read_to_string(&sig_path).map_err(|_| {
        fail!(
            "err-cli-response-unsigned",
            path = shown(file),
            sig = shown(&sig_path)
        )
    })?;
    let fingerprint = signing::check(&signature, bytes).map_err(|e| {
        fail!(
            "err-cli-response-signature",
            path = shown(file),
            problem = e.to_string()
        )
    })?;
    check_signer(&ctx.store, reviewer, &fingerprint, None)?;
    Ok(ApprovalMethod::Signed {
        signed_text: String::from_utf8_lossy(bytes).into_owned(),
        signature,
        fingerprint,
    })
}

/// Why a stored signature does not hold for `version`, if it does not.
fn signature_problem(ctx: &Context, version: &ProtocolVersion, approval: &Approval) -> Option<String> {
    let ApprovalMethod::Signed {
        signed_text,
        signature,
        fingerprint,
    } = &approval.method
    else {
        return None;
    };
    let made_by = match signing::check(signature, signed_text.as_bytes()) {
        Ok(fp) => fp,
        Err(e) => return Some(e.to_string()),
    };
    if &made_by != fingerprint {
        return Some(signing::KeyError::BadSignature.to_string());
    }
    // What was signed must be this version: the approval message, or a
    // response approving exactly this text.
    let names_version = *signed_text == approval_message(version.meeting_id, version.number, &version.sha256)
        || Response::parse(signed_text.as_bytes()).is_ok_and(|r| {
            r.body.version_sha256 == version.sha256
                && r.body.verdict == Verdict::Approve
                && fold(&r.body.reviewer) == fold(&approval.approver)
        });
    if !names_version {
        return Some(ctx.lang.text("out-signed-other-text").to_string());
    }
    check_signer(
        &ctx.store,
        &approval.approver,
        fingerprint,
        Some(&approval.approved_at),
    )
    .err()
    .map(|e| e.to_string())
}

/// One line per approval of `version` for `fora verify`: signer, fingerprint
/// and date, or who recorded it. Fails after printing when a signature does not hold.
pub fn report_signatures(ctx: &Context, version: &ProtocolVersion) -> Result<()> {
    let lang = ctx.lang;
    let mut text = String::new();
    let mut failed = 0;
    for a in ctx.store.approvals(version.id)? {
        let date = a.approved_at.get(..10).unwrap_or(&a.approved_at).to_string();
        let line = match (&a.method, signature_problem(ctx, version, &a)) {
            (ApprovalMethod::Signed { fingerprint, .. }, None) => tr!(
                lang,
                "out-signature-good",
                approver = inert(&a.approver),
                fingerprint = fingerprint.as_str(),
                date = date
            ),
            (ApprovalMethod::Signed { fingerprint, .. }, Some(problem)) => {
                failed += 1;
                tr!(
                    lang,
                    "out-signature-bad",
                    approver = inert(&a.approver),
                    fingerprint = fingerprint.as_str(),
                    problem = problem
                )
            }
            (ApprovalMethod::Recorded { recorded_by }, _) => tr!(
                lang,
                "out-approval-recorded",
                approver = inert(&a.approver),
                by = inert(recorded_by),
                date = date
            ),
        };
        text.push_str(&format!("  {line}\n"));
    }
    print(&text)?;
    if failed > 0 {
        return Err(fail!("err-cli-verify-signatures", count = failed));
    }
    Ok(())
}

/// How an approval shows in `fora protocol versions`.
pub fn approval_line(lang: Lang, a: &Approval) -> String {
    let at = a.approved_at.get(..16).unwrap_or(&a.approved_at).to_string();
    match &a.method {
        ApprovalMethod::Signed { fingerprint, .. } => tr!(
            lang,
            "out-approved-signed",
            approver = inert(&a.approver),
            at = at,
            fingerprint = fingerprint.as_str()
        ),
        ApprovalMethod::Recorded { recorded_by } => tr!(
            lang,
            "out-approved-recorded",
            approver = inert(&a.approver),
            at = at,
            by = inert(recorded_by)
        ),
    }
}

/// The approvals given so far, for `fora protocol status`: each approver
/// with how they approved.
pub fn approvals_cell(lang: Lang, approvals: &[Approval]) -> String {
    approvals
        .iter()
        .map(|a| match &a.method {
            ApprovalMethod::Signed { .. } => {
                tr!(lang, "out-approval-cell-signed", approver = inert(&a.approver))
            }
            ApprovalMethod::Recorded { recorded_by } => tr!(
                lang,
                "out-approval-cell-recorded",
                approver = inert(&a.approver),
                by = inert(recorded_by)
            ),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A `--comment ITEM=TEXT`: ITEM is an item's number or title; without a
/// known item the whole text is a comment on the whole protocol.
fn comment(review: &crate::protocol::snapshot::Snapshot, arg: &str) -> Comment {
    let items = &review.record.items;
    if let Some((head, text)) = arg.split_once('=') {
        let head = head.trim();
        let found = head
            .parse::<usize>()
            .ok()
            .and_then(|n| items.get(n.checked_sub(1)?))
            .or_else(|| items.iter().find(|i| fold(&i.item.title) == fold(head)));
        if let Some(item) = found {
            return Comment {
                item: Some(item.item.title.clone()),
                text: text.trim().to_string(),
            };
        }
    }
    Comment {
        item: None,
        text: arg.trim().to_string(),
    }
}

/// What `fora review respond` is told.
pub struct Respond {
    pub file: PathBuf,
    pub verdict: VerdictArg,
    pub by: String,
    pub key: Option<PathBuf>,
    pub passphrase_file: Option<PathBuf>,
    pub comments: Vec<String>,
    pub output: PathBuf,
    pub unsigned: bool,
}

/// `fora review respond`: the reviewer's answer without a screen, signed
/// into `RESPONSE.sig` (unless `--unsigned`, to sign with `ssh-keygen -Y sign`).
pub fn respond(lang: Lang, r: Respond) -> Result<()> {
    let bytes = crate::files::read(&r.file)?;
    let (review, snapshot) = ReviewFile::parse(&bytes).map_err(|e| {
        fail!(
            "err-cli-review-unreadable",
            path = shown(&r.file),
            problem = e.to_string()
        )
    })?;
    if r.by.trim().is_empty() {
        return Err(fail!("err-cli-approve-by"));
    }
    let comments: Vec<Comment> = r
        .comments
        .iter()
        .map(|c| comment(&snapshot, c))
        .filter(|c| !c.text.is_empty())
        .collect();
    let verdict = Verdict::from(r.verdict);
    if verdict == Verdict::RequestChanges && comments.is_empty() {
        return Err(fail!("err-cli-changes-need-comment"));
    }
    let key = match (r.unsigned, key_path(r.key.clone())) {
        (true, _) => None,
        (false, Some(path)) => Some(signing_key(&path, r.passphrase_file.as_deref())?),
        (false, None) => return Err(fail!("err-cli-respond-no-key")),
    };
    let written_at = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    let content = format!(
        "{}\n",
        Response::new(&review, &r.by, verdict, comments, &written_at)?.to_json()?
    );
    crate::files::write(&r.output, content.as_bytes())?;
    let text = match key {
        Some(key) => {
            let signature = key.sign(content.as_bytes()).map_err(anyhow::Error::new)?;
            let sig_path = signature_path(&r.output);
            crate::files::write(&sig_path, signature.as_bytes())?;
            tr!(
                lang,
                "out-response-signed",
                path = shown(&r.output),
                sig = shown(&sig_path),
                fingerprint = key.fingerprint()
            )
        }
        None => tr!(
            lang,
            "out-response-unsigned",
            path = shown(&r.output),
            namespace = signing::NAMESPACE
        ),
    };
    print(&format!("{text}\n"))
}
