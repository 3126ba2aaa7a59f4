# fora: where the review screen keeps its work when the review file's folder
# cannot be written, in Swedish. Same keys in assets/i18n/en/review-folder.ftl.

review-folder-read-only = Mappen { $dir } går inte att skriva i; utkastet och svaret sparas i { $fallback }.
review-folder-turned = { $dir } gick inte att skriva i; utkastet och svaret sparas nu i { $fallback }.
review-folder-nowhere = Mappen { $dir } går inte att skriva i och fora har ingen egen mapp att spara i: utkast och svar kan inte sparas.
review-quit-draft = Det du skrivit finns kvar i utkastet { $path } och erbjuds nästa gång.
review-quit-no-draft = Det du skrivit finns inte i något utkast: det gick inte att spara. Skriv svaret med w, annars går det förlorat.
# Said after the review screen has closed.
review-left-draft = Det du skrivit finns kvar i utkastet { $path }; det erbjuds när du öppnar granskningsfilen igen.
review-left-lost = Det du skrivit efter det senaste svaret kunde inte sparas.
