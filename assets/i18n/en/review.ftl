# fora: the fixed words of the review screen (fora review), in English.
# Each key must also be in assets/i18n/sv/review.ftl; `cargo test` fails otherwise.
# A key review-some-name is the field some_name of src/tui/review/strings.rs.

## header and panes

review-version = version
review-your-answer = Your answer:
review-not-chosen = not chosen
review-approve = approve
review-request-changes = request changes
review-comments-only = comments only
review-reviewer = Reviewer:
review-name-not-given = name not given
review-draft-saved = draft saved
review-whole-protocol = Whole protocol
review-item = Item
review-agenda = Agenda
review-your-comment = Your comment
review-no-comment = No comment. Enter or c writes one.

## key bar

review-bar = Enter comment · a approve · x changes · o comments only · w write the response
# Kept at the right end of the key bar, so a narrow window cuts the others first.
review-bar-end = ? help · q quit

## comment editor

review-comment-on-item = Comment on item
review-comment-on-whole = Comment on the whole protocol
review-editor-keys = Enter save · Alt-Enter new line · Esc cancel
review-confirm-discard = Discard the change? y or Enter = yes, n or Esc = no
review-changes-hint = Changes requested: say what should change with Enter on an item or on Whole protocol.
review-comment-noted = The comment is noted; w writes the response.
review-comment-removed = The comment is removed.

## name

review-name-title = Your name
review-name-why = Goes into the response as the reviewer, e.g. Bo Ek, Supplier Ltd.
review-name-keys = Enter done · Esc cancel
review-err-no-name = Write your name.

## writing

review-err-no-verdict = First choose your answer: a approves the minutes, x requests changes, o gives comments only.
review-err-changes-need-comment = Say what should change before requesting changes: Enter on an item or on Whole protocol.
review-written = The response is written; send back the file
review-not-written = The response could not be written:
review-not-signed = The response is written but not signed:
review-no-file = no review file to write next to
review-draft-failed = The draft could not be saved:

## popups

review-draft-title = Unsaved work from last time
review-saved-at = Saved
review-draft-keys = r restore · d discard
review-draft-restored = The draft is restored.
review-draft-discarded = The draft is discarded.
review-draft-moved = A draft for another version of the minutes was moved to
review-draft-unreadable = An unreadable draft was moved to
review-quit-title = The response is not written
review-quit-keys = w write the response · q quit anyway · Esc stay
review-too-small-hint = Enlarge the window; nothing you wrote is lost.

## help

review-help-title = Keys
review-help-close = Any key closes.
review-help-review-heading = The review
review-help-review =
    ↑↓ j k	move between the items (Home End)
    PgUp PgDn	scroll the protocol text
    Enter c	comment on the selected item
    a	approve the minutes
    x	request changes (needs a comment; approvers only)
    o	comments only: neither approves nor requests changes
    n	write or change your name
    w	write the response file next to the review file (or in fora's folder, see The files)
    q Esc	quit (asks if the response is not written)
    Ctrl-C	quit at once; what you wrote is kept in the draft first, and fora says where
review-help-editor-heading = In the editor
review-help-editor =
    Enter	save the comment
    Alt-Enter	new line (also Ctrl-J)
    Esc	cancel (asks before text is discarded)
review-help-files-heading = The files
review-help-files =
    Response	<name>.response.json; an existing file is never overwritten
    Draft	<name>.response.draft.json is kept while you type and removed once the response is written
    Read-only	if the review file's folder cannot be written, both go to the folder reviews in fora's data folder; fora says where

## Sentences with values in them
review-signed = signed with key { $fingerprint } in { $path }; send both files
review-unsigned = not signed (no key); sign it with ssh-keygen -Y sign -n { $namespace } -f YOUR_KEY before sending

review-comment-count = { $count } { $count ->
        [one] comment
       *[other] comments
    }
review-an-approver = you are an approver
review-not-an-approver = you are not an approver (approved by { $rule })
review-approved-by = approved by { $rule }
