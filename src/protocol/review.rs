//! The offline review: one file out to a reviewer (the protocol version and
//! its hash), one file back (comments per item and a verdict). Both are JSON;
//! both are checked before anything is believed.

use serde::{Deserialize, Serialize};

use super::snapshot::{Snapshot, SnapshotError, sha256_hex};
use crate::i18n::Message;

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
    /// Comments only: recorded and shown, but neither approves nor returns.
    Comments,
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
    Broken {
        what: What,
        why: Broken,
    },
    Newer {
        what: What,
        found: String,
        known: &'static str,
    },
    Tampered {
        what: What,
    },
    /// The file could not be written as JSON; an empty text in its place
    /// would be written or hashed, so nothing is.
    NotWritten {
        what: What,
    },
}

/// The two files of a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Review,
    Response,
}

/// Why a file is not a review or response file of fora.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Broken {
    NotUtf8,
    NotJson {
        line: usize,
        column: usize,
    },
    Format(String),
    NoFormat,
    /// A field is missing or holds the wrong kind of value.
    Fields,
    NoReviewer,
    Snapshot(SnapshotError),
}

impl ReviewError {
    pub fn message(&self) -> Message {
        let what = |w: &What| match w {
            What::Review => "review",
            What::Response => "response",
        };
        match self {
            ReviewError::Broken { what: w, why } => Message::new("err-review-broken")
                .arg("what", what(w))
                .arg("why", why.message().to_string()),
            ReviewError::Newer {
                what: w,
                found,
                known,
            } => Message::new("err-review-newer")
                .arg("what", what(w))
                .arg("found", crate::text::inert(found))
                .arg("known", *known),
            ReviewError::Tampered { what: w } => Message::new("err-review-tampered").arg("what", what(w)),
            ReviewError::NotWritten { what: w } => {
                Message::new("err-review-not-written").arg("what", what(w))
            }
        }
    }
}

impl std::fmt::Display for ReviewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl Broken {
    fn message(&self) -> Message {
        match self {
            Broken::NotUtf8 => Message::new("err-review-not-utf8"),
            Broken::NotJson { line, column } => Message::new("err-review-not-json")
                .arg("line", *line)
                .arg("column", *column),
            Broken::Format(format) => {
                Message::new("err-review-format").arg("format", crate::text::inert(format))
            }
            Broken::NoFormat => Message::new("err-review-no-format"),
            Broken::Fields => Message::new("err-review-fields"),
            Broken::NoReviewer => Message::new("err-review-no-reviewer"),
            Broken::Snapshot(e) => e.message(),
        }
    }
}

fn checksum(body: &ResponseBody) -> Result<String, ReviewError> {
    let text = serde_json::to_string(body).map_err(|_| ReviewError::NotWritten { what: What::Response })?;
    Ok(sha256_hex(text.as_bytes()))
}

/// Checks a `format` field against the one this fora reads.
fn check_format(what: What, found: Option<&str>, known: &'static str) -> Result<(), ReviewError> {
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
            why: Broken::Format(f.to_string()),
        }),
        None => Err(ReviewError::Broken {
            what,
            why: Broken::NoFormat,
        }),
    }
}

fn parse_json(what: What, bytes: &[u8]) -> Result<serde_json::Value, ReviewError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ReviewError::Broken {
        what,
        why: Broken::NotUtf8,
    })?;
    serde_json::from_str(text).map_err(|e| ReviewError::Broken {
        what,
        why: Broken::NotJson {
            line: e.line(),
            column: e.column(),
        },
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

    pub fn to_json(&self) -> Result<String, ReviewError> {
        crate::text::json::pretty(self).map_err(|_| ReviewError::NotWritten { what: What::Review })
    }

    /// Reads a review file and checks that the protocol in it is the one its hash names.
    pub fn parse(bytes: &[u8]) -> Result<(ReviewFile, Snapshot), ReviewError> {
        let what = What::Review;
        let value = parse_json(what, bytes)?;
        check_format(what, value.get("format").and_then(|f| f.as_str()), REVIEW_FORMAT)?;
        let file: ReviewFile = serde_json::from_value(value).map_err(|_| ReviewError::Broken {
            what,
            why: Broken::Fields,
        })?;
        if sha256_hex(file.snapshot.as_bytes()) != file.sha256 {
            return Err(ReviewError::Tampered { what });
        }
        let snapshot = Snapshot::from_json(&file.snapshot).map_err(|e| ReviewError::Broken {
            what,
            why: Broken::Snapshot(e),
        })?;
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
    ) -> Result<Response, ReviewError> {
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
        let response_sha256 = checksum(&body)?;
        Ok(Response {
            body,
            response_sha256,
        })
    }

    pub fn to_json(&self) -> Result<String, ReviewError> {
        crate::text::json::pretty(self).map_err(|_| ReviewError::NotWritten { what: What::Response })
    }

    /// Reads a response and checks that it is whole and unchanged.
    pub fn parse(bytes: &[u8]) -> Result<Response, ReviewError> {
        let what = What::Response;
        let value = parse_json(what, bytes)?;
        check_format(
            what,
            value.get("format").and_then(|f| f.as_str()),
            RESPONSE_FORMAT,
        )?;
        let response: Response = serde_json::from_value(value).map_err(|_| ReviewError::Broken {
            what,
            why: Broken::Fields,
        })?;
        if checksum(&response.body)? != response.response_sha256 {
            return Err(ReviewError::Tampered { what });
        }
        if response.body.reviewer.is_empty() {
            return Err(ReviewError::Broken {
                what,
                why: Broken::NoReviewer,
            });
        }
        Ok(response)
    }
}
