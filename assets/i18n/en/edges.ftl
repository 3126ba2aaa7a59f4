# Cancelling meetings, and the other edges of issue 15.

err-already-cancelled = the forum's meeting on { $date } is already cancelled
err-cancel-held = the forum met on { $date }; a meeting that was held cannot be cancelled
err-cancel-outside-window = { $date } is too far from today: a meeting can be cancelled from { $earliest } to { $latest } (one meeting period before or after today), or on the day a meeting is already planned

# The home screen: a meeting left going on, or text waiting as drafts.
tui-home-running = Meeting going on: { $forum } { $date }{ $drafts ->
    [0] {""}
    [one] {" "}· one draft waiting
   *[other] {" "}· { $drafts } drafts waiting
} · Enter on the forum continues
tui-home-drafts-waiting = { $forum } { $date }: { $drafts ->
    [one] one draft waiting
   *[other] { $drafts } drafts waiting
} · Enter on the forum opens the meeting
