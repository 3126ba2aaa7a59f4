# fora: where the review screen keeps its work when the review file's folder
# cannot be written, in English. Same keys in assets/i18n/sv/review-folder.ftl.

review-folder-read-only = The folder { $dir } cannot be written; the draft and the response are kept in { $fallback }.
review-folder-turned = { $dir } could not be written; the draft and the response are now kept in { $fallback }.
review-folder-nowhere = The folder { $dir } cannot be written and fora has no folder of its own to keep them in: no draft or response can be kept.
review-quit-draft = What you wrote stays in the draft { $path } and is offered next time.
review-quit-no-draft = What you wrote is in no draft: it could not be kept. Write the response with w, or it is lost.
# Said after the review screen has closed.
review-left-draft = What you wrote stays in the draft { $path }; it is offered when you open the review file again.
review-left-lost = What you wrote after the last response could not be kept.
