tui-hits-at-least = minst { $count } träffar
