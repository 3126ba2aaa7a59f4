# Fixing slips in a meeting: undo, moving an entry, showing it, starting and
# discarding deliberately, action fields, join times, and taking over.

## undo

slips-nothing-to-undo = Nothing more to undo in this meeting.
slips-undone = Undone: { $what }
slips-undid-entry-added = { $entry } added
slips-undid-entry-edited = the edit of { $entry }
slips-undid-entry-deleted = the deletion of { $entry }
slips-undid-entry-moved = the move of { $entry }; it is under { $item } again
slips-undid-attendance = the attendance mark of { $who }
slips-undid-presence = { $joined ->
    [yes] when { $who } joined
   *[no] when { $who } left
}
slips-undid-action-done = the done or open mark of { $entry }
slips-undid-guest = the guest { $who }
slips-undid-item-added = the item { $item } added
slips-undid-item-renamed = the new title of { $item }
slips-undid-item-moved = the move of the item { $item }
slips-undid-item-done = { $item } marked done
slips-undid-item-removed = the removal of the item { $item }

## an entry: shown, edited, moved

slips-view-keys = E edit · Esc close
slips-edit-select-entry = Select an entry in the agenda to edit it.
slips-move-select-entry = Select an entry in the agenda to move it.
slips-move-title = Move to item
slips-move-keys = ↑↓ choose · Enter move · Esc cancel
slips-moved-to = the entry is now under { $item }

## starting, discarding and cancelling

slips-confirm-start = Start a meeting of { $forum } today, { $date }?
slips-leave-discard = discard the meeting (nothing is recorded)
slips-leave-cancel = cancel the meeting, with a reason
slips-confirm-discard = Discard the meeting of { $forum } on { $date }? Nothing was recorded; it goes entirely.
slips-cancel-title = Cancel the meeting of { $forum } on { $date }
slips-field-reason = Reason
slips-err-no-reason = Write why the meeting is cancelled.
slips-cancelled = the meeting is cancelled
err-meeting-not-empty = something was recorded in meeting { $meeting }, so it cannot be discarded; cancel it instead

## action fields

slips-no-owner = no owner
slips-warn-no-owner = The action has no owner (choose «no owner» if that is intended).
slips-warn-no-due = The action has no due date.
slips-warn-due-past = The due date has already passed.
slips-warn-save-anyway = Enter again saves it anyway.

## joining and leaving

slips-field-time = Time (hh:mm)
slips-err-time = «{ $time }» is not a time; write e.g. 14:05.
slips-warn-party-left = { $party } has nobody left at the meeting: { $who } left at { $time }

## a second fora

slips-confirm-take-over = Take over recording from { $who }? Only do this when their fora has stopped responding, e.g. their laptop died: what is saved there after this becomes read-only.
