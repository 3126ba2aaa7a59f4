# fora: the help of the command line (fora --help), in English.
# Each key must also be in assets/i18n/sv/help.ftl; `cargo test` fails otherwise.
# A key help-COMMAND is a command's summary, help-COMMAND--ARGUMENT an argument's.


## Commands and their arguments

help-fora = Run the governance forums of a public-sector IT contract
help-fora-db = The database file (default: fora.db in the platform's data directory; or FORA_DB)
help-fora-lang = Language of screens and output: sv (default) or en; or FORA_LANG
help-forums = List the forums: id, name, area, cadence, minute keeper, approver, active
help-forum = Everything about one forum
help-who = The roster of a forum: each role, its party, and who holds it today
help-who--forum = Forum id, name, or part of a name
help-who--date = Show the holders on this day instead of today (YYYY-MM-DD)
help-where = Every forum where a role (for any party) or a person sits
help-where--role-or-person = Role id or name, or a person's name or id
help-meetings = List meetings, newest first: id, forum, date, status and counts
help-meetings--forum = Only the meetings of this forum
help-show = Print one meeting: attendance, agenda items and entries
help-export = Write a meeting's protocol as Markdown, HTML, PDF or JSON
help-export--format = md, html, pdf, json or review (default: from the extension of the -o file, else md)
help-export--output = Write to FILE (`-` for standard output); a PDF needs a file on a terminal
help-actions = The action register across forums, overdue ones marked
help-actions--forum = Only the actions of this forum
help-actions--owner = Only actions whose owner's name contains this
help-actions--overdue = Only open actions past their due date
help-actions--open = Only open actions
help-decisions = The decision register: "Leveransforum 2026 § 14"
help-decisions--since = Only decisions from this day on (YYYY-MM-DD)
help-escalations = Escalations with their source, target, age and outcome
help-escalations--open = Only those still waiting on the target forum
help-disagreements = Disagreements between suppliers, and their outcome
help-propose = Propose a point for a forum's next meeting (Operativt möte)
help-propose--by = The supplier proposing it
help-cancel = Record that a forum's meeting is cancelled, and why
help-cancel--date = The day of the cancelled meeting (default today)
help-cancel--reason = Why; Operativt möte without proposed points needs none
help-changes = Suppliers' planned changes, announced at the change meeting
help-schedule = What is due and what is overdue, by each forum's cadence
help-status = The last twelve months per forum: meetings against the cadence, actions, escalations
help-search = Search every meeting's items and entries
help-search--query = Words to find; quotes, operators and punctuation are searched as text
help-search--kind = decision, action, information, escalation, risk, disagreement, or item
help-demo = Fill a new database with a fictional archive to explore
help-demo--years = Years of meetings (default 2)
help-demo--entries-per-meeting = About how many entries per meeting (the benchmarks raise it)
help-backup = Copy the database, while in use, to a new file (checked, mode 0600)
help-doctor = Check the database: integrity, schema version, file modes, stale drafts
help-protocol = A meeting's protocol: versions, sending for approval, approving (justering)
help-review = Review a protocol file offline (no database needed), or import a reviewer's response
help-review--file = A review file: read the protocol, comment per item, approve or ask for changes
help-verify = Say whether an exported protocol file matches an approved version, and which
help-people = People, their organisations and roles
help-org = Organisations: Staden, Leverantören and the City's other suppliers
help-catalog = The forum catalogue: export it, or import another contract's model
help-review-import = Record the comments and the verdict of a reviewer's response file
help-forum-show = Cadence, roster, minute rules, themes and rules of one forum
help-protocol-draft = Keep the meeting as it stands as the protocol's current draft
help-protocol-send = Send the current draft for approval (justering)
help-protocol-approve = Record an approver's approval of the version awaiting approval
help-protocol-approve--by = Who approves; one of the approvers the forum's rule names
help-protocol-return = Return the version awaiting approval with a comment; the next change is a new draft
help-protocol-versions = The versions of a meeting's protocol, their state, hash and approvals
help-protocol-status = Protocols awaiting approval, and how long they have waited
help-people-add = Add a person
help-people-add--org = Organisation name or id (default: Staden)
help-people-list = List people with the roles they hold today
help-people-list--org = Only the people of this organisation
help-people-assign = Give a person a role for a period
help-people-assign--org = The organisation the role is held for (default: the person's own)
help-people-assign--from = First day (YYYY-MM-DD, default today)
help-people-assign--to = Last day (YYYY-MM-DD, default: open-ended)
help-people-import = Import people from a CSV file with a header row; all rows or none
help-org-list = List the organisations
help-org-add = Add another supplier of the City
help-org-rename = Rename an organisation, e.g. set Leverantören's real name
help-changes-add = Register a supplier's planned change, to be announced at the change meeting
help-changes-add--by = The supplier (Leverantören or another supplier)
help-changes-add--date = When the change is planned (YYYY-MM-DD)
help-changes-list = List planned changes and whether each has been announced
help-catalog-export = Write the current catalogue as TOML (to stdout, or to a file)
help-catalog-import = Load another contract's model after checking all of it

## Arguments many commands take

help-meeting = The meeting's id, or FORUM DATE, or FORUM latest
help-json = Print as JSON (an array written row by row)
help-jsonl = Print as JSON Lines: one JSON object per line
help-limit = At most this many rows (50 on a terminal unless given)
help-offset = Skip this many rows first

## What clap itself shows: the help flag and command, headings, placeholders

help-flag-help = Print help
help-flag-version = Print version
help-command-help = Print this message or the help of the given subcommand(s)
help-command-help-command = Print help for the subcommand(s)
help-heading-usage = Usage:
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-usage-options = {"["}OPTIONS]
help-value-command = COMMAND
help-value-path = PATH
help-value-lang = LANG
help-value-meeting = MEETING
help-value-file = FILE
help-value-forum = FORUM
help-value-date = DATE
help-value-role-or-person = ROLE_OR_PERSON
help-value-query = QUERY
help-value-kind = KIND
help-value-number = NUMBER
help-value-text = TEXT
help-value-by = BY
help-value-reason = REASON
help-value-owner = OWNER
help-value-format = FORMAT
help-value-org = ORG
help-value-email = EMAIL
help-value-phone = PHONE
help-value-name = NAME
help-value-person = PERSON
help-value-role = ROLE
help-value-comment = COMMENT
