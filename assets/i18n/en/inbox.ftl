# The secretary's justering inbox (P), and versions compared.

domain-version-state-superseded = superseded by a newer version

help-protocol-versions--diff = Show the line-by-line difference between two versions (A and B) of the protocol in Markdown
out-diff-same = Version { $a } and version { $b } are the same.
out-diff-version = version { $number }
