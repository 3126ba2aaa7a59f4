# The secretary's justering inbox (P), and versions compared.

domain-version-state-superseded = ersatt av en nyare version

help-protocol-versions--diff = Visa skillnaden rad för rad mellan två versioner (A och B) av protokollet i Markdown
out-diff-same = Version { $a } och version { $b } är lika.
out-diff-version = version { $number }
