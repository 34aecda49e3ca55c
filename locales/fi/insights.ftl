# Oivallukset-paneeli (src/ui/insights).

insights-title = Oivallukset
insights-heatmap = TERMS-lämpökartta
insights-hidden-impact = Piilotyön vaikutus
insights-handoffs = Luovutukset ({ $count })
insights-promises = Lupaukset ({ $count })
insights-warnings = Varoitukset ({ $count })
insights-curves = Tunnekäyrät
# Kartan koko: ”8 kosketuspistettä (4 näkyvissä, 4 piilossa) · 9 yhteyttä · 5 luovutusta”.
insights-summary = { $touchpoints } ({ $visible } näkyvissä, { $hidden } piilossa) · { $links } · { $handoffs }
insights-handoff-count = { $count ->
    [one] { $count } luovutus
   *[other] { $count } luovutusta
}
insights-terms-tagged = { $area }: merkitty { $count } kosketuspisteeseen
insights-untitled = (ei otsikkoa)
# $what on asia numeroineen: ”kosketuspiste 3”.
insights-missing = ({ $what } puuttuu)
insights-unnamed = (nimetön { $what })
insights-click-to-show = Napsauta, niin se näytetään kartalla.
insights-first-warnings = Näytä vain { $count } ensimmäistä varoitusta
insights-all-warnings = Näytä kaikki { $count } varoitusta
insights-first-hidden-steps = Näytä vain { $count } ensimmäistä piilossa olevaa kosketuspistettä
insights-all-hidden-steps = Näytä kaikki { $count } piilossa olevaa kosketuspistettä
insights-first-owner-pairs = Näytä vain { $count } ensimmäistä vastuutahoparia
insights-all-owner-pairs = Näytä kaikki { $count } vastuutahoparia

## TERMS-lämpökartta

insights-heatmap-no-stages = Ei vielä vaiheita: lisää asiakaspolun vaiheet.
insights-clear-filter = Poista suodatin
insights-heatmap-untagged = TERMS-ongelmia ei ole vielä merkitty. Merkitse ne kosketuspisteisiin ominaisuuspaneelissa, niin kartta täyttyy.
insights-heatmap-help = Kukin solu laskee yhteen vaiheen merkintöjen vakavuudet (1 = pieni … 3 = kriittinen). Napsauta solua, niin sen kosketuspisteet näytetään kartalla.
insights-unnamed-stage = (nimetön vaihe)
insights-cell-name = { $area } vaiheessa { $stage }: { $value }
insights-cell-click = Napsauta, niin kartalla näytetään vain nämä kosketuspisteet.
insights-cell-hover = { $label } (vakavuuksien summa). { $action }
insights-column-name = { $area } kaikissa vaiheissa
insights-column-click = Napsauta, niin kartalla näytetään vain kosketuspisteet, joissa on ongelma alueella { $area }.
insights-column-hover = { $area }, kaikissa vaiheissa. { $action }
insights-click-to-clear = Poista suodatin napsauttamalla uudelleen.
# Mitä lämpökartan suodatin näyttää: ”Näytetään Raha vaiheessa Maksu: 2 kosketuspistettä”.
insights-showing = Näytetään { $what }: { $touchpoints }
insights-showing-area-in-stage = { $area } vaiheessa { $stage }
insights-showing-area = { $area } kaikissa vaiheissa
insights-showing-stage = vaihe { $stage }
insights-showing-everything = kaikki

## Piilotyön vaikutus

insights-hidden-impact-empty = Ei vielä piilossa olevia kosketuspisteitä. Lisää asiakkaan hetkien takana tehtävä työ taustatoiminnan ja tukiprosessien kaistoille ja yhdistä se kosketuspisteisiin, jotka se tekee mahdollisiksi.
insights-missing-lane = (kaista puuttuu)
insights-hidden-step-details = { $lane } · tukee { $supported } näkyvää · paino { $weight }
insights-hidden-step-name = Näytä piilossa oleva kosketuspiste { $rank }: { $title }
insights-supports-nothing = Se ei tue yhtään näkyvää kosketuspistettä: yhdistä se kosketuspisteisiin, jotka se tekee mahdollisiksi.
insights-supports = Jos se pettää, nämä hetket kärsivät:
insights-more-supported = … ja { $count } muuta

## Luovutukset

insights-handoffs-empty = Ei luovutuksia: mikään yhteys ei kulje vastuutaholta toiselle. Anna jokaiselle kosketuspisteelle vastuutaho, niin näet, missä työ vaihtaa käsiä.
insights-handoffs-summary = { $handoffs } { $pairs } vastuutahoparin välillä, vilkkaimmat ensin.
# $owners: ”Laskutus → Myynti”.
insights-handoff-pair-name = Luovutukset { $owners }
insights-handoff-pair-fold = Napsauta, niin ne piilotetaan
insights-handoff-pair-unfold = Napsauta, niin ne luetellaan
insights-handoff-name = Näytä luovutus { $owners }: { $ends }
insights-click-to-show-link = Napsauta, niin yhteys näytetään kartalla.

## Lupaukset

insights-promises-empty = Ei vielä lupauksia. Lisää brändin asiakaslupaukset, niin näet, pitääkö kartta ne.
insights-promise-text = ”{ $text }”
insights-promise-no-text = (lupaus ilman tekstiä)
insights-covered = ✓ katettu · { $redeemed } · { $secured }
insights-not-covered = ⚠ { $redeemed } · { $secured }
insights-redeemed-by = lunastetaan { $count } kohdassa
insights-not-redeemed = ei lunastettu
insights-secured-by = varmistetaan { $count } kohdassa
insights-not-secured = ei varmistettu
insights-redeemed-where = Lunastetaan siellä, missä asiakkaat näkevät sen:
insights-redeemed-nowhere = ei vielä missään
insights-secured-how = Varmistetaan taustatyöllä:
insights-secured-by-nothing = ei vielä millään

## Varoitukset

insights-no-warnings = Ei varoituksia
insights-show = Näytä
insights-show-hover = Näytä se kartalla
insights-show-warning-name = Näytä varoitus { $number }
insights-no-jump-map = Tämä koskee koko karttaa: yksittäistä kohdetta ei ole näytettävänä.
insights-no-jump-idea = Ideat ovat parkkipaikalla, eivät kartalla.
insights-no-jump-lane = Kaistoja ei voi valita kartalta: korjaa asia siellä, missä kaistoja muokataan.
insights-no-jump-stage = Vaiheita ei voi valita kartalta: korjaa asia siellä, missä vaiheita muokataan.
insights-no-jump-persona = Persoonat eivät ole kartalla: korjaa asia siellä, missä persoonia muokataan.
insights-no-jump-promise = Lupaukset eivät ole kartalla: korjaa asia siellä, missä lupauksia muokataan.

## Tunnekäyrät

insights-persona = Persoona
insights-curves-everyone = Kaikki (näkyvät kosketuspisteet)
insights-curves-everyone-caption = Kaikki näkyvät kosketuspisteet asiakaspolun järjestyksessä.
insights-curves-customer-caption = { $count ->
    [one] { $count } kosketuspiste tämän persoonan polulla.
   *[other] { $count } kosketuspistettä tämän persoonan polulla.
}
insights-curves-employee-caption = { $count ->
    [one] { $count } työvaihe tämän persoonan polulla.
   *[other] { $count } työvaihetta tämän persoonan polulla.
}
insights-curves-unrated = Tunteita ei ole vielä arvioitu
insights-curves-unrated-help = Arvioi ominaisuuspaneelissa, miltä kukin askel asiakkaista tuntuu ja miten työntekijät sen kokevat.
insights-customer-emotion = Asiakkaan tunne
insights-employee-experience = Työntekijäkokemus
insights-chart-unrated = Ei vielä arvioitu
# Käyrän piste: ”Asiakkaan tunne kohdassa Avaa lasku: −2”.
insights-point-name = { $what } kohdassa { $title }: { $value }
insights-feedback-changes = Mikä muuttui
insights-feedback-mirror = Missä molemmat laskevat
insights-feedback-sources = Palautelähteet
insights-feedback-compare = Vertaa viimeisintä
insights-feedback-day = päivää
insights-feedback-week = viikkoa
insights-feedback-month = kuukautta
insights-feedback-latest = edelliseen; viimeisin päättyy { $date }.
insights-feedback-no-changes = Mikään ei huonontunut edellisestä jaksosta.
insights-feedback-changed = { $whose }: { $before } → { $after }; kielteisiä { $negative_before } → { $negative_after }
insights-feedback-show = Näytä { $title } kartalla
insights-feedback-no-mirror = Yksikään asiakkaan hetki ei ole matala tai laskeva niin, että työntekijät arvioisivat myös sen taustavaiheet matalaksi.
insights-feedback-mirror-intro = Asiakkaan hetket, jotka ovat matalia tai laskevia, ja niiden taustavaiheet, jotka työntekijät arvioivat matalaksi:
insights-feedback-falling = laskeva
insights-feedback-customers = asiakkaat { $score }
insights-feedback-employees = työntekijät { $score } vaiheessa { $step }
insights-feedback-more-unusable = ja { $count } muuta; polku feedback check luettelee kaikki
insights-feedback-groups = Vaiheittain ja poluittain
insights-feedback-path = Polku: { $persona }
insights-feedback-no-groups = Yksikään vastaus ei koske vaiheen tai persoonan polun kosketuspistettä.
insights-feedback-group-figure = { $audience ->
    [customer] asiakkaat
   *[employee] työntekijät
} { $score } ({ $responses })
insights-feedback-from = Vastaukset alkaen
insights-feedback-to = asti
insights-feedback-any-day = kaikki
insights-feedback-not-a-date = kirjoita päivämäärä muodossa 2026-11-30
