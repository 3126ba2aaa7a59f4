# Det ett svenskt protokoll håller utöver mötets anteckningar: ordförande,
# diarienummer, val av justerare och tidsgränsen för justering.

protocol-registry-number = Diarienummer
protocol-chair = Ordförande
protocol-choice-of-approvers = Val av justerare
protocol-approvers-chosen = Till justerare valdes { $names }.
protocol-no-chosen-approver = ingen som forumets regel tillåter
protocol-and = och

help-meeting-group = Det protokollet anger om ett möte: ordförande, diarienummer, valda justerare
help-meeting-set = Ange ordförande, diarienummer och de justerare mötet valde; en tom text tar bort
help-meeting-set--chair = Ordförandens namn
help-meeting-set--registry-number = Protokollets diarienummer
help-meeting-set--approvers = Justerarna som valdes, åtskilda med komma (inom forumets regel); "" låter regeln ensam avgöra
meeting-set-done = Möte { $meeting }: ordförande { $chair }, diarienummer { $number }, justerare { $approvers }
meeting-set-none = ingen
meeting-set-by-rule = enligt forumets regel
err-cli-not-choosable = { $name } kan inte väljas till justerare ({ $rule } justerar enligt forumets regel); kan väljas: { $eligible }
out-justering-overdue = Justeringen är försenad: { $forum } { $date } (möte { $meeting }) skulle ha justerats senast { $deadline }
tui-justering-overdue = { $count ->
    [one] 1 justering försenad
   *[other] { $count } justeringar försenade
}
tui-justering-late = försenad
tui-protocol-details-title = Ordförande, diarienummer, val av justerare
tui-protocol-details-saved = ordförande, diarienummer och justerare sparade
tui-field-chair = Ordförande
tui-field-registry-number = Diarienummer
tui-field-approvers = Valda justerare (komma mellan namnen; tomt: forumets regel)
tui-not-choosable = { $name } kan inte väljas till justerare; kan väljas: { $eligible }
out-field-justering-deadline = Justeras inom
out-justering-within = { $days } arbetsdagar efter mötet
