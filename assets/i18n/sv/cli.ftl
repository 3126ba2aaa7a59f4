# fora: the words of the command line, in Swedish (the default language).
# Each key must also be in the other language's file of the same name; `cargo test` fails otherwise.
# Arguments are written { $name }; see https://projectfluent.org/fluent/guide/

## The command line

cli-written-to = Svaret skrevs till { $path }
cli-no-data-dir = Ingen datamapp är känd för den här användaren; ange en databas med --db SÖKVÄG
