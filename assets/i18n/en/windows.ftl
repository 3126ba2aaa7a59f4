tui-hits-at-least = at least { $count } matches
