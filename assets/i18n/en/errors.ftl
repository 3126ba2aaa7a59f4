# fora: error messages, in English.
# Each key must also be in assets/i18n/sv/errors.ftl; `cargo test` fails otherwise.
# Arguments are written { $name }; see https://projectfluent.org/fluent/guide/

## Dates

err-date-shape = "{ $text }" is not a date: write it as YYYY-MM-DD
err-date-not-in-calendar = { $text } does not exist in the calendar
err-due-shape = "{ $text }" is not a due date: write 2026-12-15, +3d, +2w or +1m
err-due-unit = unknown unit "{ $text }" in a due date: use d, w or m
err-due-too-far = { $text } is too far ahead

## The database

err-newer-schema = the database { $path } was written by a newer fora (schema { $found }; this fora knows up to { $known }). Nothing was changed; use a newer fora to open it
err-not-a-database = { $path } is not a fora database. Nothing was changed
err-create = cannot create { $path }: { $reason }
err-disk-full = the disk is full: the change was not saved
err-busy = the database is busy with another fora for too long; try again
err-schema = the database schema could not be updated
err-not-wal = could not switch the database to WAL (SQLite kept the mode { $mode })
err-sqlite-content = the database holds a value fora did not expect; run fora doctor
err-sqlite-corrupt = the database file is damaged (SQLite code { $code }); restore a backup
err-sqlite-not-a-database = the file is not an SQLite database (SQLite code { $code })
err-sqlite-read-only = the database is read-only; the change was not saved (SQLite code { $code })
err-sqlite-cannot-open = the database file cannot be opened (SQLite code { $code })
err-sqlite-permission = no permission for the database file (SQLite code { $code })
err-sqlite-io = a read or write error in the database file (SQLite code { $code })
err-sqlite-constraint = the change breaks a rule of the database (SQLite code { $code })
err-sqlite-memory = out of memory (SQLite code { $code })
err-sqlite-other = database error (SQLite code { $code })

## Records and refusals of the store

err-no-meeting = meeting { $id } does not exist
err-no-item = agenda item { $id } does not exist
err-no-attendance = attendance row { $id } does not exist
err-no-entry = entry { $id } does not exist
err-no-version = protocol version { $id } does not exist
err-unknown-forum = the forum "{ $forum }" is not in the catalogue
err-empty = { $field ->
    [entry-text] an entry needs some text
    [guest-name] a guest needs a name
    [item-title] an agenda item needs a title
    [proposal-text] a proposed point needs some text
    [change-text] a planned change needs some text
    [person-name] the name must not be empty
    [email] the e-mail must not be empty
    [phone] the phone number must not be empty
   *[organisation-name] the organisation name must not be empty
}
err-control-characters = { $field ->
    [entry-text] the entry's text
    [guest-name] the guest's name
    [item-title] the title
    [proposal-text] the point's text
    [change-text] the change's text
    [person-name] the name
    [email] the e-mail
    [phone] the phone number
   *[organisation-name] the organisation name
} must not contain control characters
err-escalation-without-target = an escalation needs the forum it goes to
err-substitute-without-name = a substitute needs the name of who stands in
err-item-not-on-meeting = item { $item } is not on meeting { $meeting }
err-orphan-entries = meeting { $meeting } has entries on items that are not on its agenda
err-not-an-action = entry { $entry } is not an action
err-empty-search = search for at least one word (letters or digits)
err-version-state = version { $number } is { $state }, not { $from }: it cannot become { $to }
err-not-for-review = version { $number } is { $state }: only a version sent for approval can be approved
err-other-text = the approval is of another text (SHA-256 { $approved }) than version { $number } ({ $version })
err-roles-in-use = the new catalogue drops roles that people hold: { $roles }. Keep them in [[roles]]
err-backup-exists = { $path } exists already; name a new file so nothing is overwritten
err-backup-is-database = the backup cannot be the database itself
err-backup-damaged = the copy failed its integrity check; no backup was kept
err-period-backwards = the period ends ({ $to }) before it starts ({ $from })
err-role-overlap = the person already holds "{ $role }" for part of that period
err-organisation-exists = an organisation called "{ $name }" already exists
err-demo-not-empty = the database already holds people or meetings; give the demo a new file with --db PATH
err-demo-years = too many years

## Files

err-file-read = cannot read { $path }: { $reason }
err-file-write = cannot write { $path }: { $reason }
err-io-not-found = no such file or folder
err-io-permission = permission denied
err-io-exists = the file exists already
err-io-is-a-directory = it is a folder
err-io-not-a-directory = a part of the path is not a folder
err-io-read-only = the file system is read-only
err-io-full = the disk is full
err-io-bad-name = not a valid file name
err-io-other = system error { $code }
