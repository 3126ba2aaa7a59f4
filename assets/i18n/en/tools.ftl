# fora in the shell and the calendar: completions, the man page and the schedule as iCalendar.

help-completions = A script that lets the shell complete fora's commands, forums and meetings
help-completions--shell = The shell: bash, zsh, fish or powershell
help-man = The manual page in roff, for example `fora man > fora.1`
help-man--dir = Write the page and one page for each subcommand into this folder
err-cli-man-dir = cannot write the manual pages into { $path }: { $reason }

help-schedule--ics = Write the schedule as an iCalendar file (RFC 5545) for the calendar
help-schedule--output = Write the calendar to this file instead of standard output
help-schedule--months = How many months ahead the calendar reaches (default 6)
err-cli-ics-months = the period must be 1 to { $max } months
ics-calendar-name = Forums – { $contract }
ics-due = { $forum } (by cadence)
ics-cancelled = { $forum } (cancelled)
ics-forum = Forum: { $forum }
ics-channel = Channel: { $channels }
ics-roster = Permanent participants:
ics-vacant = vacant
