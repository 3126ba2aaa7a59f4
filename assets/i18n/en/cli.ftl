# fora: the words of the command line, in English.
# Each key must also be in the other language's file of the same name; `cargo test` fails otherwise.
# Arguments are written { $name }; see https://projectfluent.org/fluent/guide/

## The command line

cli-written-to = The response was written to { $path }
cli-no-data-dir = No data directory is known for this user; name a database with --db PATH
