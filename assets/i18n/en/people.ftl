# fora: the words of keeping the people register clean (add, edit, merge, remove, import), in English.
# Each key must also be in assets/i18n/sv/people.ftl; `cargo test` fails otherwise.

## Help

help-people-add--also = Add the person although someone has that name already (another person of the same name)
help-people-edit = Change a person's name, organisation, e-mail or phone
help-people-edit--name = The new name
help-people-edit--org = The new organisation's name or id
help-people-edit--email = The new e-mail address (empty text removes it)
help-people-edit--phone = The new phone number (empty text removes it)
help-people-edit--also = Allow a name someone else already has
help-people-merge = Merge two records of one person: the second's roles and attendance move to the first, and the second is removed
help-people-merge--keep = The person kept (name or id)
help-people-merge--duplicate = The duplicate, which is removed (name or id)
help-people-remove = Remove a person added by mistake (not one who appears in a meeting)

## Output

out-person-edited = Changed person { $id }: { $name } ({ $organisation })
out-people-merged = Merged { $duplicate } into { $keep }; { $duplicate } is removed
out-person-removed = Removed { $name }
out-imported-people = Import: { $new } new { $new ->
        [one] person
       *[other] people
    }, { $changed } changed, { $roles } new { $roles ->
        [one] role
       *[other] roles
    }

## Errors

err-no-person = person { $id } does not exist
err-named-alike = someone already has that name: { $names }. If this is another person, give --also; if it is the same, use the one there
err-person-in-use = { $name } cannot be removed: { $reasons }. Merge into the right person instead (fora people merge)
err-person-use-attendance = appears in the attendance of { $count } { $count ->
        [one] meeting
       *[other] meetings
    }
err-person-use-actions = owns { $count } { $count ->
        [one] action
       *[other] actions
    }
err-person-use-approvals = approved or reviewed { $count } { $count ->
        [one] time
       *[other] times
    }
err-merge-with-itself = a person cannot be merged with themselves
err-import-ambiguous = the row could mean several people in the register: { $names }. Give the row the right person's e-mail, or merge them first (fora people merge)
err-import-row = line { $line }: { $problem }
err-csv-field-count = the row has { $found } fields, but the header has { $expected }
err-cli-edit-nothing = say what to change: --name, --org, --email or --phone
