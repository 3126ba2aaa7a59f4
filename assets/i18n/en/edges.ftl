# Cancelling meetings, and the other edges of issue 15.

err-already-cancelled = the forum's meeting on { $date } is already cancelled
err-cancel-held = the forum met on { $date }; a meeting that was held cannot be cancelled
err-cancel-outside-window = { $date } is too far from today: a meeting can be cancelled from { $earliest } to { $latest } (one meeting period before or after today), or on the day a meeting is already planned
