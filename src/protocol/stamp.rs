//! What an export is: a draft version ("UTKAST – version 3") or an approved
//! version with its justering (who approved, when, how, and the version's
//! SHA-256). Every format prints it; the words are decided here once.

use serde::Serialize;

use crate::domain::meeting::VersionState;
use crate::i18n::{Lang, tr};
use crate::store::protocols::{Approval, ApprovalMethod, ProtocolVersion};
use crate::text::inert;

crate::texts! {
    /// The words of a protocol's stamp, from `assets/i18n/<lang>/justering.ftl`.
    pub struct StampLabels, prefix "stamp-" {
        /// The watermark across a draft's pages: "UTKAST".
        draft,
        /// The heading of the justering block.
        justering,
        name,
        date,
        method,
    }
}

/// How an approval was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "method")]
pub enum Method {
    /// Signed with the approver's own key, named by its fingerprint.
    Signed { fingerprint: String },
    /// Recorded in fora by someone else (the secretary), not signed.
    Recorded { by: String },
}

/// One approver's approval as the justering block shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Approved {
    pub name: String,
    /// YYYY-MM-DD.
    pub date: String,
    #[serde(flatten)]
    pub method: Method,
}

/// What an export says it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum Stamp {
    /// Any version not approved, or the meeting as it stands.
    Draft { version: i64 },
    Approved {
        version: i64,
        sha256: String,
        approvals: Vec<Approved>,
    },
}

impl Stamp {
    /// The stamp of a stored version with its approvals.
    pub fn of(version: &ProtocolVersion, approvals: &[Approval]) -> Stamp {
        if version.state != VersionState::Approved {
            return Stamp::Draft {
                version: version.number,
            };
        }
        Stamp::Approved {
            version: version.number,
            sha256: version.sha256.clone(),
            approvals: approvals
                .iter()
                .map(|a| Approved {
                    name: a.approver.clone(),
                    date: a.approved_at.get(..10).unwrap_or(&a.approved_at).to_string(),
                    method: match &a.method {
                        ApprovalMethod::Signed { fingerprint, .. } => Method::Signed {
                            fingerprint: fingerprint.clone(),
                        },
                        ApprovalMethod::Recorded { recorded_by } => Method::Recorded {
                            by: recorded_by.clone(),
                        },
                    },
                })
                .collect(),
        }
    }

    /// The number the meeting as it stands would have as a version: the
    /// latest version when it has the same text (`sha256`), the draft it
    /// would update, or the next number.
    pub fn live_number(versions: &[ProtocolVersion], sha256: &str) -> i64 {
        match versions.last() {
            None => 1,
            Some(v) if v.sha256 == sha256 || v.state == VersionState::Draft => v.number,
            Some(v) => v.number + 1,
        }
    }

    /// "UTKAST – version 3" for a draft.
    pub fn banner(&self, lang: Lang) -> Option<String> {
        match self {
            Stamp::Draft { version } => Some(tr!(lang, "stamp-draft-version", number = *version)),
            Stamp::Approved { .. } => None,
        }
    }
}

/// The justering block, ready to lay out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JusteringView {
    pub heading: &'static str,
    /// Column headings: name, date, method.
    pub columns: [&'static str; 3],
    /// Name, date and method of each approval.
    pub rows: Vec<[String; 3]>,
    /// "Version 2 · SHA-256 …".
    pub version_line: String,
}

/// The stamp as a reader sees it: a banner on a draft, a justering block on
/// an approved version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StampView {
    pub banner: Option<String>,
    /// The word across a draft's pages.
    pub watermark: Option<&'static str>,
    pub justering: Option<JusteringView>,
}

impl StampView {
    pub fn new(stamp: &Stamp, lang: Lang) -> StampView {
        let l = StampLabels::for_lang(lang);
        match stamp {
            Stamp::Draft { .. } => StampView {
                banner: stamp.banner(lang),
                watermark: Some(l.draft),
                justering: None,
            },
            Stamp::Approved {
                version,
                sha256,
                approvals,
            } => StampView {
                banner: None,
                watermark: None,
                justering: Some(JusteringView {
                    heading: l.justering,
                    columns: [l.name, l.date, l.method],
                    rows: approvals
                        .iter()
                        .map(|a| [inert(&a.name), inert(&a.date), method(&a.method, lang)])
                        .collect(),
                    version_line: tr!(lang, "stamp-version-sha", number = *version, sha = inert(sha256)),
                }),
            },
        }
    }
}

fn method(method: &Method, lang: Lang) -> String {
    match method {
        Method::Signed { fingerprint } => {
            tr!(lang, "stamp-signed", fingerprint = inert(fingerprint))
        }
        Method::Recorded { by } => tr!(lang, "stamp-recorded-by", name = inert(by)),
    }
}
