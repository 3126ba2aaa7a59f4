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

err-newer-schema = the database { $path } was written by a newer fora, or by a development version of fora (schema { $found }; this fora knows up to { $known }). Nothing was changed; open it with the fora that wrote it
err-development-schema = the database { $path } was written by a development version of fora (schema { $found }) that was never released; this fora (schema { $known }) does not open it. Nothing was changed; read it with the fora that wrote it, or start a new database with --db
err-foreign-database = { $path } is not a fora database: it belongs to another program (application id { $application_id }, version { $version }). Nothing was changed
err-not-a-database = { $path } is not a fora database. Nothing was changed
err-network-filesystem = { $path } is on a network filesystem ({ $kind }), where two computers can corrupt the database for each other. Keep the database on a local disk (--db PATH); share protocols as files (fora export) instead of the database
err-create = cannot create { $path }: { $reason }
err-disk-full = the disk is full: the change was not saved
err-busy = the database is busy with another fora for too long; try again
err-not-wal = could not switch the database to WAL (SQLite kept the mode { $mode })
err-sqlite-content = the database holds a value fora did not expect; run fora doctor
err-sqlite-corrupt = the database file is damaged (SQLite code { $code }); restore a backup
err-sqlite-not-a-database = the file is not an SQLite database (SQLite code { $code })
err-sqlite-read-only = the database is read-only; the change was not saved (SQLite code { $code })
err-sqlite-read-only-folder = the folder the database is in is read-only, and fora writes its journal beside the database. Move the database to a folder you can write to, or give yourself write access to the folder (SQLite code { $code })
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
    [owner] the owner's name must not be empty
    [place] the place must not be empty
    [minute-keeper] the minute keeper's name must not be empty
    [cancel-reason] a cancellation needs a reason
    [comment] the comment must not be empty
    [reviewer-name] the reviewer's name must not be empty
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
    [owner] the owner's name
    [place] the place
    [minute-keeper] the minute keeper's name
    [cancel-reason] the reason
    [comment] the comment
    [reviewer-name] the reviewer's name
   *[organisation-name] the organisation name
} must not contain control characters or invisible characters that reorder or hide text
err-too-long = { $field ->
    [entry-text] the entry's text is too long
    [guest-name] the guest's name is too long
    [item-title] the title is too long
    [proposal-text] the point's text is too long
    [change-text] the change's text is too long
    [person-name] the name is too long
    [email] the e-mail is too long
    [phone] the phone number is too long
    [owner] the owner's name is too long
    [place] the place is too long
    [minute-keeper] the minute keeper's name is too long
    [cancel-reason] the reason is too long
    [chair] the chair's name is too long
    [registry-number] the registry number is too long
    [approver] the approver's name is too long
    [comment] the comment is too long
    [reviewer-name] the reviewer's name is too long
   *[organisation-name] the organisation name is too long
}: at most { $max } characters, but it has { $found }
err-date-out-of-range = { $date } is outside what fora accepts ({ $earliest } – { $latest })
err-due-too-late = { $date } is too far ahead: an action can be due at most five years ahead ({ $latest })
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

## The forum catalogue (a TOML file); `field` is a path such as forums[3].cadence.unit

err-catalog-at-line = line { $line }: { $problem }
err-catalog-at-line-field = line { $line }, field `{ $field }`: { $problem }
err-catalog-at-field = field `{ $field }`: { $problem }
err-catalog-syntax = the file is not valid TOML
err-catalog-unknown-field = unknown field `{ $name }`, expected one of { $expected }
err-catalog-missing-field = missing field `{ $name }`
err-catalog-unknown-value = unknown variant `{ $value }`, expected one of { $expected }
err-catalog-wrong-type = invalid type: expected { $kind ->
    [boolean] true or false
    [number] a number
    [text] a text in quotes
    [list] a list
    [table] a table
   *[other] something else
}
err-catalog-bad-value = invalid value
err-catalog-bad-id = `{ $id }` is not a valid id: use lower-case a-z, digits and '-'
err-catalog-empty = must not be empty
err-catalog-control-characters = must not contain control characters
err-catalog-too-long = is too long: at most { $max } characters, but it has { $found }
err-catalog-format = this file is catalogue format { $found }, but this fora reads format { $known }
err-catalog-area-zero = areas are numbered from 1
err-catalog-area-twice = area { $area } is defined twice
err-catalog-role-twice = role `{ $role }` is defined twice
err-catalog-forum-twice = forum `{ $forum }` is defined twice
err-catalog-unknown-area = area { $area } is not defined under [[areas]]
err-catalog-no-channel = name at least one channel
err-catalog-zero-interval = must be 1 or more
err-catalog-no-cadence = an active forum needs a cadence
err-catalog-unknown-role = role `{ $role }` is not defined under [[roles]]
err-catalog-seat-twice = role `{ $role }` of { $party } is listed twice
err-catalog-no-participants = an active forum needs at least one participant
err-catalog-no-forums = the catalogue has no forums

## Names given on the command line or in a file

err-resolve-unknown = no { $kind ->
    [forum] forum
    [role] role
    [person] person
    [role-or-person] role or person
    [organisation] organisation
    [report] report
   *[supplier] supplier
} is called "{ $query }"
err-resolve-ambiguous = "{ $query }" could mean more than one { $kind ->
    [forum] forum
    [role] role
    [person] person
    [role-or-person] role or person
    [organisation] organisation
    [report] report
   *[supplier] supplier
}
err-resolve-candidates = candidates
err-resolve-closest = closest

## A CSV file of people

err-csv-header-not-utf8 = cannot read the header: it is not UTF-8 text
err-csv-header-unreadable = cannot read the header
err-csv-row-not-utf8 = cannot read the row: it is not UTF-8 text
err-csv-row-unreadable = cannot read the row
err-csv-column-twice = the column "{ $column }" appears twice
err-csv-unknown-column = unknown column "{ $column }": use name, organisation, email, phone, role, from, to
err-csv-missing-column = the header has no "{ $column }" column
err-csv-no-people = the file has a header but no people
err-csv-empty-name = the name is empty
err-csv-name-control-characters = the name contains control characters
err-csv-empty-organisation = the organisation is empty
err-csv-period-without-role = a period is given but no role
err-csv-name-with-candidates = { $problem }; { $heading }: { $names }

## Protocols: review files, responses, stored snapshots, PDF

err-review-broken = this is not a fora { $what ->
    [review] review
   *[response] review response
} file ({ $why })
err-review-newer = this { $what ->
    [review] review
   *[response] review response
} file was written by a newer fora (format { $found }; this fora reads { $known })
err-review-tampered = the { $what ->
    [review] review
   *[response] review response
} file was changed after it was written; ask for a new one
err-review-not-written = the { $what ->
    [review] review
   *[response] review response
} file could not be put together, so nothing was written
err-review-not-utf8 = it is not UTF-8 text
err-review-not-json = not JSON: line { $line }, column { $column }
err-review-format = its format is { $format }
err-review-no-format = it has no format field
err-review-fields = a field is missing or holds the wrong kind of value
err-review-no-reviewer = it names no reviewer
err-snapshot-not-a-snapshot = not a protocol snapshot
err-snapshot-schema = snapshot schema { $schema } is not one this fora reads ({ $known })
err-snapshot-damaged = a damaged protocol snapshot
err-snapshot-not-written = the protocol could not be put together as a snapshot, so no version was kept
err-pdf-font = the font { $font } built into fora cannot be read
err-pdf-write = cannot write the PDF
err-json-write = cannot write the JSON protocol

## The command line

err-cli-open-database = cannot open the database { $path }
err-cli-not-a-meeting-id = { $id } is not a meeting id
err-cli-no-meetings-yet = { $forum } has no meetings yet
err-cli-no-meeting-on = { $forum } had no meeting on { $date }
err-cli-meetings-on = { $forum } had { $count } meetings on { $date }; name one by id: { $ids }
err-cli-name-a-meeting = name a meeting by its id, by FORUM DATE, or by FORUM latest
err-cli-demo-years = --years must be between 1 and 50
err-cli-search-kind = unknown kind "{ $kind }": use decision, action, information, escalation, risk, disagreement or item
err-cli-not-utf8-unchanged = { $path } is not UTF-8 text; nothing was changed
err-cli-refused-unchanged = { $path }: { $problem }; nothing was changed
err-cli-checks-failed = { $count ->
    [one] { $count } check failed
   *[other] { $count } checks failed
}
err-cli-not-awaiting = version { $number } of this protocol is { $state }; send a draft for approval first (fora protocol send)
err-cli-no-version-yet = this meeting has no protocol version yet; make one with fora protocol draft
err-cli-version-unreadable = version { $number } cannot be read: { $problem }
err-cli-approve-by = name who approves with --by
err-cli-not-an-approver = { $name } is not an approver of this protocol ({ $rule } approves); approvers: { $approvers }
err-cli-already-awaiting = version { $number } is already awaiting approval
err-cli-nothing-changed-since = version { $number } is { $state }; nothing has changed since
err-cli-return-comment = say what should change with --comment
err-cli-review-approved = version { $number } is approved already; there is nothing to review
err-cli-response-unknown-version = { $path }: the response is for a protocol version this database does not have (meeting { $meeting }, version { $number }); nothing was changed
err-cli-response-not-awaiting = { $path }: the response is for version { $number }, which is { $state }, not awaiting approval (the current version is { $current }); nothing was changed
err-cli-render-version = cannot render version { $number }: { $problem }
err-cli-verify-no-match = { $path } matches no approved protocol version ({ $format }; SHA-256 { $sha })
err-cli-verify-not-approved = the { $format } file is of version { $number }, which is not approved
err-cli-pdf-to-terminal = a PDF is not written to a terminal: name a file with -o FILE.pdf, or redirect the output to one
err-cli-unknown-extension = fora does not write files ending in ".{ $extension }": use { $known }, or give the format with --format
err-cli-review-file = name the review file: fora review FILE (or fora review import RESPONSE)
err-cli-no-proposals = { $forum } takes no proposed points; the forum's own agenda is set by the City
err-cli-points-proposed = points have been proposed for { $forum }; hold the meeting, or give --reason
err-cli-cancel-reason = say why the meeting is cancelled with --reason
err-cli-people-not-imported = { $count } errors; nobody was imported:{ $rows }
err-cli-nobody-imported = nobody was imported
err-cli-stdout = cannot write the output: { $reason }

## The screens, before they take over the terminal

err-tui-needs-terminal = the screen of fora needs a terminal; for scripts use the subcommands (fora --help)
err-tui-review-needs-terminal = fora review needs a terminal to show the protocol in
err-tui-cannot-load = cannot read the forums from the database
err-tui-terminal = cannot prepare the terminal: { $reason }
err-tui-not-reviewable = { $path } cannot be reviewed: { $problem }

## Mistakes on the command line that clap finds (clap's own text is English)

err-usage-invalid-choice = invalid value "{ $value }" for { $arg }; possible values: { $valid }
err-usage-invalid-value = invalid value "{ $value }" for { $arg }
err-usage-unknown-argument = unexpected argument "{ $arg }"
err-usage-unknown-subcommand = unrecognized subcommand "{ $command }"
err-usage-missing-argument = a required argument was not given: { $arg }
err-usage-missing-subcommand = "{ $command }" requires a subcommand
err-usage-conflict = { $arg } cannot be used with { $prior }
err-usage-number-of-values = wrong number of values for { $arg }
err-usage-other-at = the command line cannot be read at "{ $arg }"
err-usage-other = the command line cannot be read
err-usage-did-you-mean = did you mean { $suggestion }?
err-usage-help = See fora --help.
err-usage-quoted = "{ $text }"
err-history-not-written = the earlier version could not be kept in the history log, so the change was not made
err-draft-not-written = the draft could not be put together, so it was not saved; the text stays in the editor
