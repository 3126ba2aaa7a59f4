## The supplier's reports (section 4 of the appendix): the register, delivering, the meeting's verdict

reports-verdict-approved = approved
reports-verdict-disputed = disputed
reports-state-delivered = delivered
reports-state-reviewed = reviewed

reports-agenda-report = { $report } { $month }
reports-agenda-version = { $report } { $month } (version { $version })
reports-agenda-late = { $report } { $month } (late)
reports-agenda-missing = { $report } { $month } (missing)
reports-agenda-overdue = Late or missing reports: { $reports }
reports-agenda-overdue-many = Late or missing reports: { $count } of them, see the report register

reports-decision-approved = Staden approves the outcome in { $report } for { $month }.
reports-decision-disputed = Staden disputes the outcome in { $report } for { $month }: { $reason }

err-reports-unknown-type = there is no report called "{ $report }"
err-reports-bad-month = "{ $month }" is not a month; write YYYY-MM, for example 2026-11
err-reports-future-month = { $month } has not begun; a report can only be delivered for a month that has begun
err-reports-empty-file = the file { $file } is empty; nothing was saved
err-reports-file-too-large = the file { $file } is larger than { $max } MB; nothing was saved
err-reports-bad-language = "{ $code }" is not a language code; write for example sv or en
err-reports-no-delivery = { $report } for { $month } has not been delivered
err-reports-not-a-report-item = the item takes up no report
err-reports-no-verdict = Staden does not approve or dispute { $report }; only the service-level report gets such a decision
err-reports-no-reason = the reason for the dispute is missing

## Report types in the catalogue file

err-catalog-report-twice = the report "{ $report }" is there twice
err-catalog-unknown-forum = the catalogue has no forum "{ $forum }"
err-catalog-unknown-theme = the forum has no theme "{ $theme }"
err-catalog-bad-due-day = { $day } is not a day of every month; write 1 to 28

## fora reports

help-reports = The supplier's reports: the register by month, delivery, history and trend
help-reports--month = The month, YYYY-MM
help-reports--since = The first month of the period, YYYY-MM
help-reports--until = The last month of the period, YYYY-MM (default: last month)
help-reports--trend = Each report over the last twelve months: on time, late, missing, approved, disputed
help-reports--report = The report, by id or name (see fora reports)
help-reports-deliver = Register a delivered report; the file is kept in the database with its SHA-256
help-reports-deliver--file = The report file, in any format
help-reports-deliver--by = Who delivered it
help-reports-deliver--language = The report's language (default sv; another needs Staden's approval)
help-reports-show = Show a month's report with all its versions and its history
help-reports-open = Write the stored file out
help-reports-open--version = The version (default: the latest)
help-reports-open--output = The file to write (default: the file's name in the current folder)
help-reports-format = Register that Staden approved the report's format
help-reports-format--proposed-by = Who at Leverantören proposed the format
help-reports-format--approved-by = Who at Staden approved it
help-reports-format--date = The day of the approval (default: today)
help-value-month = MONTH
help-value-code = CODE
help-value-report = REPORT

reports-late = late
reports-missing = missing
reports-not-due = not due
reports-not-scheduled = no report this month
reports-untracked = before the register's first month
reports-col-report = Report
reports-col-state = State
reports-col-delivered = Delivered
reports-col-version = Version
reports-col-by = By
reports-col-format = Format
reports-col-months = Months
reports-col-on-time = On time
reports-col-late = Late
reports-col-missing = Missing
reports-col-approved = Approved
reports-col-disputed = Disputed
reports-format-not-approved = not approved
reports-heading-month = Reports for { $month }
reports-heading-period = Reports { $since } – { $until }
reports-legend = ● delivered  ◆ reviewed  ✓ approved  ✗ disputed  ! late  – missing  · not due
reports-delivered = { $report } for { $month } is registered.
reports-delivered-again = { $report } for { $month } was already there: saved as version { $version }, version { $earlier } is kept.
reports-format-missing = The format of { $report } is not approved by Staden; register the approval with fora reports format { $id }.
reports-not-swedish = The report is in the language { $code }; reports are to be in Swedish unless Staden has agreed otherwise.
reports-format-approved = The format was proposed by { $proposed } and approved by { $approved } on { $date }.
reports-nothing-delivered = Nothing delivered.
reports-event-delivered = Version { $version } delivered { $at } by { $by }: { $file } ({ $size } bytes, language { $language }, SHA-256 { $sha })
reports-event-agenda = Version { $version } on the agenda of { $forum } { $date }
reports-event-verdict = Version { $version } { $verdict } { $date } ({ $decision })
err-reports-period = the period begins { $since }, after it ends { $until }
err-reports-file-exists = { $path } already exists; choose another file with -o
reports-doctor-ok = { $count } stored report file(s), each matching its SHA-256
reports-doctor-changed = changed after delivery: { $files }; restore the latest backup
reports-written-to = The report file was written to { $path }

## The reports screen

reports-tui-title = Reports by month
reports-tui-chart = Twelve months
reports-tui-chart-key = The bars: reports on time each month, of { $count }. Under them: late and missing.
reports-tui-chart-late = late
reports-tui-chart-missing = missing
reports-tui-keys = ←→↑↓ select   Enter history   Esc back   ? help
reports-tui-close = Any key closes.
reports-help-heading = The supplier's reports
reports-help =
    ↑↓ j k	select a report
    ←→ h l	select a month
    Enter	the delivery and its history
    q Esc	back to the home screen
    Ctrl-C	quit

## Staden's verdict on the meeting screen

reports-verdict-title = Staden's decision on the outcome
reports-verdict-approve = Staden approves the outcome
reports-verdict-dispute = Staden disputes the outcome (the reason comes next)
reports-verdict-keys = 1 or 2 chooses · Esc cancels
reports-verdict-reason = The reason for the dispute:
reports-verdict-reason-keys = Enter saves · Esc back
reports-verdict-saved = Staden's decision saved and linked to the delivery.
err-reports-period-too-long = the period is longer than { $max } months; choose a shorter one
