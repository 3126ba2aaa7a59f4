//! What the store refuses or fails at, with the values involved. The words
//! are in the catalogue (`assets/i18n/*/errors.ftl`), in the user's language.

use std::fmt;
use std::io;

use rusqlite::ErrorCode;

use super::register::Uses;
use crate::dates::DateError;
use crate::domain::meeting::VersionState;
use crate::files::io_reason;
use crate::i18n::{Message, lang};
use crate::text::inert;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    NewerSchema {
        path: String,
        found: i64,
        known: i64,
    },
    /// A fora database of an unreleased development schema.
    DevelopmentSchema {
        path: String,
        found: i64,
        known: i64,
    },
    /// Another program's SQLite database.
    ForeignDatabase {
        path: String,
        application_id: i64,
        version: i64,
    },
    NotADatabase {
        path: String,
    },
    /// A database on a network filesystem of this kind (NFS, CIFS, …).
    NetworkFilesystem {
        path: String,
        kind: &'static str,
    },
    /// The io::Error is a plain field, not the source, so that its English
    /// text is not printed after the message.
    Create {
        path: String,
        cause: io::Error,
    },
    /// The database file could not be read (permissions, a folder, …).
    Read {
        path: String,
        cause: io::Error,
    },
    DiskFull,
    Busy,
    Sqlite(rusqlite::Error),
    /// The journal could not be switched to WAL; SQLite kept this mode.
    NotWal(String),
    /// A record that is not (or no longer) in the database.
    Missing(Record, i64),
    UnknownForum(String),
    /// A text the user must give is empty.
    Empty(Field),
    ControlCharacters(Field),
    /// A text longer than its field takes, in characters.
    TooLong {
        field: Field,
        max: usize,
        found: usize,
    },
    Date(DateError),
    DateOutOfRange {
        date: String,
        earliest: String,
        latest: String,
    },
    DueTooFar {
        date: String,
        latest: String,
    },
    EscalationWithoutTarget,
    SubstituteWithoutName,
    ItemNotOnMeeting {
        item: i64,
        meeting: i64,
    },
    /// Entries on items that are not on the meeting's agenda.
    OrphanEntries(i64),
    NotAnAction(i64),
    EmptySearch,
    /// A protocol version that is not in the state a change starts from.
    VersionState {
        number: i64,
        state: VersionState,
        from: VersionState,
        to: VersionState,
    },
    NotForReview {
        number: i64,
        state: VersionState,
    },
    /// An approval of another text than the version's.
    OtherText {
        number: i64,
        approved: String,
        version: String,
    },
    RolesInUse(Vec<String>),
    BackupExists(String),
    BackupIsDatabase,
    BackupDamaged,
    PeriodBackwards {
        from: String,
        to: String,
    },
    RoleOverlap(String),
    OrganisationExists(String),
    /// Adding or renaming a person to a name others have: "Name (Organisation)" of each.
    NamedAlike(Vec<String>),
    PersonInUse {
        name: String,
        uses: Uses,
    },
    MergeWithItself,
    /// A people file's row that names several people of the register alike.
    ImportAmbiguous(Vec<String>),
    /// A people file's row that could not be imported.
    ImportRow {
        line: u64,
        error: Box<StoreError>,
    },
    /// The forum's meeting of that day is already cancelled.
    AlreadyCancelled {
        date: String,
    },
    /// The forum met that day; a held meeting cannot be cancelled.
    CancelHeld {
        date: String,
    },
    /// A cancellation too far from today for the forum's cadence.
    CancelOutsideWindow {
        date: String,
        earliest: String,
        latest: String,
    },
    DemoNotEmpty,
    DemoTooManyYears,
    /// The earlier version of a record could not be written to the history
    /// log, so the change was not made.
    HistoryNotWritten,
    /// A draft could not be written as JSON; it is not saved, so the draft
    /// kept before is not replaced by an empty one.
    DraftNotWritten,
    /// Something was recorded in the meeting, so it is cancelled, not discarded.
    MeetingNotEmpty(i64),
}

/// The kinds of record a [`StoreError::Missing`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Meeting,
    AgendaItem,
    Attendance,
    Entry,
    ProtocolVersion,
    Person,
}

/// The texts a [`StoreError::Empty`] or [`StoreError::ControlCharacters`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    EntryText,
    GuestName,
    ItemTitle,
    ProposalText,
    ChangeText,
    PersonName,
    Email,
    Phone,
    OrganisationName,
    Owner,
    Place,
    MinuteKeeper,
    CancelReason,
    Chair,
    RegistryNumber,
    Approver,
    Comment,
    ReviewerName,
}

impl Field {
    /// The field as the catalogue's texts select on it.
    fn id(self) -> &'static str {
        match self {
            Field::EntryText => "entry-text",
            Field::GuestName => "guest-name",
            Field::ItemTitle => "item-title",
            Field::ProposalText => "proposal-text",
            Field::ChangeText => "change-text",
            Field::PersonName => "person-name",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::OrganisationName => "organisation-name",
            Field::Owner => "owner",
            Field::Place => "place",
            Field::MinuteKeeper => "minute-keeper",
            Field::CancelReason => "cancel-reason",
            Field::Chair => "chair",
            Field::RegistryNumber => "registry-number",
            Field::Approver => "approver",
            Field::Comment => "comment",
            Field::ReviewerName => "reviewer-name",
        }
    }
}

impl StoreError {
    pub fn message(&self) -> Message {
        let m = Message::new;
        match self {
            StoreError::NewerSchema { path, found, known } => m("err-newer-schema")
                .arg("path", inert(path))
                .arg("found", *found)
                .arg("known", *known),
            StoreError::DevelopmentSchema { path, found, known } => m("err-development-schema")
                .arg("path", inert(path))
                .arg("found", *found)
                .arg("known", *known),
            StoreError::ForeignDatabase {
                path,
                application_id,
                version,
            } => m("err-foreign-database")
                .arg("path", inert(path))
                .arg("application_id", format!("{application_id:#x}"))
                .arg("version", *version),
            StoreError::NotADatabase { path } => m("err-not-a-database").arg("path", inert(path)),
            StoreError::NetworkFilesystem { path, kind } => m("err-network-filesystem")
                .arg("path", inert(path))
                .arg("kind", *kind),
            StoreError::Create { path, cause } => m("err-create")
                .arg("path", inert(path))
                .arg("reason", io_reason(cause).to_string()),
            StoreError::Read { path, cause } => m("err-file-read")
                .arg("path", inert(path))
                .arg("reason", io_reason(cause).to_string()),
            StoreError::DiskFull => m("err-disk-full"),
            StoreError::Busy => m("err-busy"),
            StoreError::Sqlite(e) => sqlite_message(e),
            StoreError::NotWal(mode) => m("err-not-wal").arg("mode", inert(mode)),
            StoreError::Missing(record, id) => m(match record {
                Record::Meeting => "err-no-meeting",
                Record::AgendaItem => "err-no-item",
                Record::Attendance => "err-no-attendance",
                Record::Entry => "err-no-entry",
                Record::ProtocolVersion => "err-no-version",
                Record::Person => "err-no-person",
            })
            .arg("id", *id),
            StoreError::UnknownForum(id) => m("err-unknown-forum").arg("forum", inert(id)),
            StoreError::Empty(field) => m("err-empty").arg("field", field.id()),
            StoreError::ControlCharacters(field) => m("err-control-characters").arg("field", field.id()),
            StoreError::TooLong { field, max, found } => m("err-too-long")
                .arg("field", field.id())
                .arg("max", *max)
                .arg("found", *found),
            StoreError::Date(e) => e.message(),
            StoreError::DateOutOfRange {
                date,
                earliest,
                latest,
            } => m("err-date-out-of-range")
                .arg("date", inert(date))
                .arg("earliest", earliest.clone())
                .arg("latest", latest.clone()),
            StoreError::DueTooFar { date, latest } => m("err-due-too-late")
                .arg("date", inert(date))
                .arg("latest", latest.clone()),
            StoreError::EscalationWithoutTarget => m("err-escalation-without-target"),
            StoreError::SubstituteWithoutName => m("err-substitute-without-name"),
            StoreError::ItemNotOnMeeting { item, meeting } => m("err-item-not-on-meeting")
                .arg("item", *item)
                .arg("meeting", *meeting),
            StoreError::OrphanEntries(meeting) => m("err-orphan-entries").arg("meeting", *meeting),
            StoreError::NotAnAction(entry) => m("err-not-an-action").arg("entry", *entry),
            StoreError::EmptySearch => m("err-empty-search"),
            StoreError::VersionState {
                number,
                state,
                from,
                to,
            } => m("err-version-state")
                .arg("number", *number)
                .arg("state", state.label(lang()))
                .arg("from", from.label(lang()))
                .arg("to", to.label(lang())),
            StoreError::NotForReview { number, state } => m("err-not-for-review")
                .arg("number", *number)
                .arg("state", state.label(lang())),
            StoreError::OtherText {
                number,
                approved,
                version,
            } => m("err-other-text")
                .arg("number", *number)
                .arg("approved", inert(approved))
                .arg("version", inert(version)),
            StoreError::RolesInUse(roles) => m("err-roles-in-use").arg("roles", inert(&roles.join(", "))),
            StoreError::BackupExists(path) => m("err-backup-exists").arg("path", inert(path)),
            StoreError::BackupIsDatabase => m("err-backup-is-database"),
            StoreError::BackupDamaged => m("err-backup-damaged"),
            StoreError::PeriodBackwards { from, to } => m("err-period-backwards")
                .arg("from", inert(from))
                .arg("to", inert(to)),
            StoreError::RoleOverlap(role) => m("err-role-overlap").arg("role", inert(role)),
            StoreError::OrganisationExists(name) => m("err-organisation-exists").arg("name", inert(name)),
            StoreError::NamedAlike(names) => m("err-named-alike").arg("names", inert(&names.join(", "))),
            StoreError::PersonInUse { name, uses } => {
                let reasons: Vec<String> = [
                    ("err-person-use-attendance", uses.attendance),
                    ("err-person-use-actions", uses.actions),
                    ("err-person-use-approvals", uses.approvals),
                ]
                .into_iter()
                .filter(|(_, count)| *count > 0)
                .map(|(key, count)| m(key).arg("count", count).to_string())
                .collect();
                m("err-person-in-use")
                    .arg("name", inert(name))
                    .arg("reasons", reasons.join(", "))
            }
            StoreError::MergeWithItself => m("err-merge-with-itself"),
            StoreError::ImportAmbiguous(names) => {
                m("err-import-ambiguous").arg("names", inert(&names.join(", ")))
            }
            StoreError::ImportRow { line, error } => m("err-import-row")
                .arg("line", *line)
                .arg("problem", error.message().to_string()),
            StoreError::AlreadyCancelled { date } => m("err-already-cancelled").arg("date", inert(date)),
            StoreError::CancelHeld { date } => m("err-cancel-held").arg("date", inert(date)),
            StoreError::CancelOutsideWindow {
                date,
                earliest,
                latest,
            } => m("err-cancel-outside-window")
                .arg("date", inert(date))
                .arg("earliest", earliest.clone())
                .arg("latest", latest.clone()),
            StoreError::DemoNotEmpty => m("err-demo-not-empty"),
            StoreError::DemoTooManyYears => m("err-demo-years"),
            StoreError::HistoryNotWritten => m("err-history-not-written"),
            StoreError::DraftNotWritten => m("err-draft-not-written"),
            StoreError::MeetingNotEmpty(id) => m("err-meeting-not-empty").arg("meeting", *id),
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// SQLite's own error, by its code: the code names what went wrong, and its
/// number is kept for whoever looks into it; SQLite's English text is not shown.
fn sqlite_message(e: &rusqlite::Error) -> Message {
    let Some(code) = e.sqlite_error_code() else {
        // Not an error of SQLite but a value fora did not expect in the file.
        return Message::new("err-sqlite-content");
    };
    let number = match e {
        rusqlite::Error::SqliteFailure(failure, _) => failure.extended_code,
        _ => 0,
    };
    let key = match code {
        // SQLite writes its journal beside the database, so the folder must be writable.
        ErrorCode::ReadOnly if number == rusqlite::ffi::SQLITE_READONLY_DIRECTORY => {
            "err-sqlite-read-only-folder"
        }
        ErrorCode::DatabaseCorrupt => "err-sqlite-corrupt",
        ErrorCode::NotADatabase => "err-sqlite-not-a-database",
        ErrorCode::ReadOnly => "err-sqlite-read-only",
        ErrorCode::CannotOpen => "err-sqlite-cannot-open",
        ErrorCode::PermissionDenied | ErrorCode::AuthorizationForStatementDenied => "err-sqlite-permission",
        ErrorCode::SystemIoFailure => "err-sqlite-io",
        ErrorCode::DiskFull => "err-disk-full",
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => "err-busy",
        ErrorCode::ConstraintViolation => "err-sqlite-constraint",
        ErrorCode::OutOfMemory => "err-sqlite-memory",
        _ => "err-sqlite-other",
    };
    Message::new(key).arg("code", number)
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            _ => StoreError::Sqlite(e),
        }
    }
}

impl From<DateError> for StoreError {
    fn from(e: DateError) -> Self {
        StoreError::Date(e)
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_read_only_folder_is_named_as_the_cause() {
        crate::i18n::set_lang(crate::i18n::Lang::Sv);
        let failure = rusqlite::ffi::Error {
            code: ErrorCode::ReadOnly,
            extended_code: rusqlite::ffi::SQLITE_READONLY_DIRECTORY,
        };
        let text = StoreError::from(rusqlite::Error::SqliteFailure(failure, None)).to_string();
        assert!(
            text.starts_with("mappen som databasen ligger i är skrivskyddad"),
            "{text}"
        );
        assert!(text.contains("SQLite-kod 1544"), "{text}");
    }
}
