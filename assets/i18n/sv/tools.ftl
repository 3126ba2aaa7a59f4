# fora i skalet och i kalendern: kompletteringar, manualsidan och schemat som iCalendar.

help-completions = Skript som låter skalet komplettera fora:s kommandon, forum och möten
help-completions--shell = Skalet: bash, zsh, fish eller powershell
help-man = Manualsidan i roff-format, till exempel `fora man > fora.1`
help-man--dir = Skriv sidan och en sida för varje underkommando i den här mappen
err-cli-man-dir = manualsidorna kan inte skrivas i { $path }: { $reason }

help-schedule--ics = Skriv schemat som en iCalendar-fil (RFC 5545) för kalendern
help-schedule--output = Skriv kalendern till den här filen i stället för till standard ut
help-schedule--months = Hur många månader framåt kalendern sträcker sig (standard 6)
err-cli-ics-months = perioden ska vara 1 till { $max } månader
ics-calendar-name = Forum – { $contract }
ics-due = { $forum } (enligt kadens)
ics-cancelled = { $forum } (inställt)
ics-forum = Forum: { $forum }
ics-channel = Kanal: { $channels }
ics-roster = Ständiga deltagare:
ics-vacant = vakant
