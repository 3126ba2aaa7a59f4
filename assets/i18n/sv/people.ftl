# fora: the words of keeping the people register clean (add, edit, merge, remove, import), in Swedish.
# Each key must also be in assets/i18n/en/people.ftl; `cargo test` fails otherwise.

## Help

help-people-add--also = Lägg till personen fast någon redan heter så (en annan person med samma namn)
help-people-edit = Ändra en persons namn, organisation, e-post eller telefon
help-people-edit--name = Det nya namnet
help-people-edit--org = Den nya organisationens namn eller id
help-people-edit--email = Den nya e-postadressen (tom text tar bort den)
help-people-edit--phone = Det nya telefonnumret (tom text tar bort det)
help-people-edit--also = Tillåt ett namn som någon annan redan har
help-people-merge = Slå ihop två poster för samma person: den andras roller och närvaro flyttas till den första, och den andra tas bort
help-people-merge--keep = Personen som behålls (namn eller id)
help-people-merge--duplicate = Dubbletten, som tas bort (namn eller id)
help-people-remove = Ta bort en person som lagts till av misstag (inte någon som finns i ett möte)

## Output

out-person-edited = Ändrade person { $id }: { $name } ({ $organisation })
out-people-merged = Slog ihop { $duplicate } med { $keep }; { $duplicate } är borttagen
out-person-removed = Tog bort { $name }
out-imported-people = Import: { $new } { $new ->
        [one] ny person
       *[other] nya personer
    }, { $changed } { $changed ->
        [one] ändrad
       *[other] ändrade
    }, { $roles } { $roles ->
        [one] ny roll
       *[other] nya roller
    }

## Errors

err-no-person = person { $id } finns inte
err-named-alike = det finns redan en person med det namnet: { $names }. Är det en annan person, ange --also; är det samma, använd den som finns
err-person-in-use = { $name } kan inte tas bort: { $reasons }. Slå ihop med rätt person i stället (fora people merge)
err-person-use-attendance = finns i närvaron vid { $count } { $count ->
        [one] möte
       *[other] möten
    }
err-person-use-actions = är ansvarig för { $count } { $count ->
        [one] åtgärd
       *[other] åtgärder
    }
err-person-use-approvals = är justerare eller granskare { $count } { $count ->
        [one] gång
       *[other] gånger
    }
err-merge-with-itself = en person kan inte slås ihop med sig själv
err-import-ambiguous = raden kan avse flera personer i registret: { $names }. Ge raden den rätta personens e-postadress, eller slå ihop dem först (fora people merge)
err-import-row = rad { $line }: { $problem }
err-csv-field-count = raden har { $found } fält, men rubrikraden har { $expected }
err-cli-edit-nothing = ange vad som ska ändras: --name, --org, --email eller --phone
