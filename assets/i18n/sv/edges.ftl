# Cancelling meetings, and the other edges of issue 15.

err-already-cancelled = forumets möte { $date } är redan inställt
err-cancel-held = forumet höll möte { $date }; ett hållet möte kan inte ställas in
err-cancel-outside-window = { $date } ligger för långt från i dag: ett möte kan ställas in från { $earliest } till { $latest } (en mötesperiod före eller efter i dag), eller den dag ett möte redan är planerat

# The home screen: a meeting left going on, or text waiting as drafts.
tui-home-running = Pågående möte: { $forum } { $date }{ $drafts ->
    [0] {""}
    [one] {" "}· ett utkast väntar
   *[other] {" "}· { $drafts } utkast väntar
} · Enter på forumet fortsätter
tui-home-drafts-waiting = { $forum } { $date }: { $drafts ->
    [one] ett utkast väntar
   *[other] { $drafts } utkast väntar
} · Enter på forumet öppnar mötet
