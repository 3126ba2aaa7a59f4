//! The offline review: one file out to a reviewer (the protocol version and
//! its hash), one file back (comments per item and a verdict). Both are JSON;
//! both are checked before anything is believed.

use serde::{Deserialize, Serialize};

use super::snapshot::{Snapshot, sha256_hex};

/// The format of the file sent to a reviewer.
pub const REVIEW_FORMAT: &str = "fora.review/1";
/// The format of the reviewer's answer.
pub const RESPONSE_FORMAT: &str = "fora.review-response/1";

/// The file a reviewer gets: a protocol version, exactly as it awaits approval.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReviewFile {
    pub format: String,
    pub meeting_id: i64,
    pub version: i64,
    pub forum: String,
    pub date: String,
    /// SHA-256 of `snapshot`, the text of the version.
    pub sha256: String,
    /// The version's snapshot, exactly as stored and hashed.
    pub snapshot: String,
}

/// What a reviewer decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Approve,
    RequestChanges,
}

/// A comment on one agenda item, or on the whole protocol (`item` None).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub item: Option<String>,
    pub text: String,
}

/// The reviewer's answer, without its own checksum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseBody {
    pub format: String,
    pub meeting_id: i64,
    pub version: i64,
    /// The SHA-256 of the version reviewed, from the review file.
    pub version_sha256: String,
    pub reviewer: String,
    pub verdict: Verdict,
    pub comments: Vec<Comment>,
    pub written_at: String,
}

/// The reviewer's answer as written to the file: the body and a SHA-256 over
/// it, so that a response changed after it was written is noticed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    #[serde(flatten)]
    pub body: ResponseBody,
    pub response_sha256: String,
}

/// Why a review or response file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviewError {
    #[error("this is not a fora {what} file ({detail})")]
    Broken { what: &'static str, detail: String },
    #[error("this {what} file was written by a newer fora (format {found}; this fora reads {known})")]
    Newer {
        what: &'static str,
        found: String,
        known: &'static str,
    },
    #[error("the {what} file was changed after it was written; ask for a new one")]
    Tampered { what: &'static str },
}

fn checksum(body: &ResponseBody) -> String {
    sha256_hex(serde_json::to_string(body).unwrap_or_default().as_bytes())
}

/// Checks a `format` field against the one this fora reads.
fn check_format(what: &'static str, found: Option<&str>, known: &'static str) -> Result<(), ReviewError> {
    let prefix = known.split('/').next().unwrap_or(known);
    match found {
        Some(f) if f == known => Ok(()),
        Some(f) if f.starts_with(prefix) => Err(ReviewError::Newer {
            what,
            found: f.to_string(),
            known,
        }),
        Some(f) => Err(ReviewError::Broken {
            what,
            detail: format!("its format is {f}"),
        }),
        None => Err(ReviewError::Broken {
            what,
            detail: "it has no format field".into(),
        }),
    }
}

fn parse_json(what: &'static str, bytes: &[u8]) -> Result<serde_json::Value, ReviewError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ReviewError::Broken {
        what,
        detail: "it is not UTF-8 text".into(),
    })?;
    serde_json::from_str(text).map_err(|e| ReviewError::Broken {
        what,
        detail: format!("not JSON: {e}"),
    })
}

impl ReviewFile {
    pub fn new(meeting_id: i64, version: i64, forum: &str, date: &str, snapshot: &str) -> ReviewFile {
        ReviewFile {
            format: REVIEW_FORMAT.to_string(),
            meeting_id,
            version,
            forum: forum.to_string(),
            date: date.to_string(),
            sha256: sha256_hex(snapshot.as_bytes()),
            snapshot: snapshot.to_string(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a review file and checks that the protocol in it is the one its hash names.
    pub fn parse(bytes: &[u8]) -> Result<(ReviewFile, Snapshot), ReviewError> {
        let what = "review";
        let value = parse_json(what, bytes)?;
        check_format(what, value.get("format").and_then(|f| f.as_str()), REVIEW_FORMAT)?;
        let file: ReviewFile = serde_json::from_value(value).map_err(|e| ReviewError::Broken {
            what,
            detail: e.to_string(),
        })?;
        if sha256_hex(file.snapshot.as_bytes()) != file.sha256 {
            return Err(ReviewError::Tampered { what });
        }
        let snapshot =
            Snapshot::from_json(&file.snapshot).map_err(|detail| ReviewError::Broken { what, detail })?;
        Ok((file, snapshot))
    }
}

impl Response {
    /// A reviewer's answer to `review`, with its checksum.
    pub fn new(
        review: &ReviewFile,
        reviewer: &str,
        verdict: Verdict,
        comments: Vec<Comment>,
        written_at: &str,
    ) -> Response {
        let body = ResponseBody {
            format: RESPONSE_FORMAT.to_string(),
            meeting_id: review.meeting_id,
            version: review.version,
            version_sha256: review.sha256.clone(),
            reviewer: reviewer.trim().to_string(),
            verdict,
            comments,
            written_at: written_at.to_string(),
        };
        let response_sha256 = checksum(&body);
        Response {
            body,
            response_sha256,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a response and checks that it is whole and unchanged.
    pub fn parse(bytes: &[u8]) -> Result<Response, ReviewError> {
        let what = "review response";
        let value = parse_json(what, bytes)?;
        check_format(
            what,
            value.get("format").and_then(|f| f.as_str()),
            RESPONSE_FORMAT,
        )?;
        let response: Response = serde_json::from_value(value).map_err(|e| ReviewError::Broken {
            what,
            detail: e.to_string(),
        })?;
        if checksum(&response.body) != response.response_sha256 {
            return Err(ReviewError::Tampered { what });
        }
        if response.body.reviewer.is_empty() {
            return Err(ReviewError::Broken {
                what,
                detail: "it names no reviewer".into(),
            });
        }
        Ok(response)
    }
}
