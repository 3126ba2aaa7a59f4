# fora: the fixed words of a protocol (every export format), in Swedish.
# Each key must also be in assets/i18n/en/protocol.ftl; `cargo test` fails otherwise.
# A key protocol-some-name is the field some_name of src/protocol/labels.rs.
# Exported protocols are compared byte for byte by the tests: a change here shows there.

## Headings, field names and phrases

# The document's name, before the forum's: "Protokoll".
protocol-protocol = Protokoll
protocol-date = Datum
protocol-time = Tid
protocol-place = Plats
protocol-channel = Mötesform
protocol-minute-keeper = Protokollförare
protocol-approvers = Justerare
protocol-meeting-status = Mötesstatus
protocol-cancelled-because = Inställt
protocol-not-given = ej angiven
protocol-attendance = Närvaro
protocol-present = Närvarande
protocol-guests = Gäster
protocol-not-there = Frånvarande och anmält förhinder
protocol-vacant = vakant
protocol-name-missing = namn ej angivet
protocol-remote = på distans
protocol-substitute-for = ersättare för
protocol-substitute = ersättare
protocol-joined = anslöt
protocol-left = lämnade
protocol-not-recorded = närvaro ej noterad
protocol-agenda = Dagordning
protocol-nothing-recorded = Inga anteckningar.
protocol-item = Punkt
protocol-owner = Ansvarig
protocol-due = Klart senast
protocol-status = Status
protocol-open = öppen
protocol-done = klar
protocol-to-forum = till
protocol-parties = parter
protocol-actions = Åtgärder
protocol-no-actions = Inga åtgärder.
protocol-action = Åtgärd
# Before the date of the meeting an action followed up comes from.
protocol-followed-up-from = Uppföljd åtgärd från
# The status of an action followed up and marked done at this meeting.
protocol-done-here = klar vid detta möte
# An open action followed up past its due date.
protocol-overdue = försenad
protocol-escalations = Eskaleringar och meningsskiljaktigheter
protocol-no-escalations = Inga eskaleringar eller meningsskiljaktigheter.
protocol-kind = Typ
protocol-description = Beskrivning
protocol-target-or-parties = Till forum / parter
protocol-approval = Justering
# "Justeras": the heading of the approvers' signatures.
protocol-approved-by = Justeras
# "Vid protokollet": the heading of the minute keeper's signature.
protocol-at-the-protocol = Vid protokollet
protocol-signature-date = Datum
protocol-signature = Underskrift
protocol-name = Namn
protocol-role = Roll
# Before the forum's approver rule: "Enligt forumets regel justeras protokollet av".
protocol-rule-prefix = Enligt forumets regel justeras protokollet av
protocol-no-approvers = Ingen som ska justera var närvarande.

## How a meeting was held, and the page footer

# How a meeting was held, as the header says it.
protocol-held-in-person = fysiskt möte
protocol-held-by-phone = telefonmöte
protocol-held-by-video = videomöte
# The footer of each page of a PDF protocol.
protocol-page-of = Sida { $page } ({ $total })
