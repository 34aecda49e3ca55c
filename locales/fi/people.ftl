# Persoonat ja lupaukset -paneeli (src/ui/people).

people-title = Persoonat ja lupaukset
people-personas = Persoonat
people-promises = Lupaukset
people-promises-intro = Näkyvät kosketuspisteet lunastavat lupauksen; työntekijöiden ja piilossa oleva työ varmistaa sen.
people-missing-touchpoint = (kosketuspiste puuttuu)

## Persoonan polun kirjaaminen

people-recording = Kirjataan persoonan { $name } polkua
people-recording-help = Napsauta kartalla kosketuspisteitä siinä järjestyksessä, jossa tämä persoona kohtaa ne.
people-recording-done = Valmis
people-recording-done-hover = Lopeta kirjaaminen; polku jää sellaiseksi kuin se on
people-recording-done-name = Polun kirjaaminen valmis
people-steps-so-far = { $count ->
    [one] { $count } askel kirjattu
   *[other] { $count } askelta kirjattu
}

## Persoonan polku

people-path = Polku
people-step-count = { $count ->
    [one] { $count } askel
   *[other] { $count } askelta
}
people-path-empty = Ei vielä askelia: kirjaa polku kartalla tai ota se valinnasta.
# Polun askel rivin painikkeiden nimissä: ”Siirrä persoonan 1 askel 2 ylös”.
people-step-name = persoonan { $persona } askel { $step }
people-step-remove-hover = Poista tämä askel polulta
people-record-path = Kirjaa polku
people-record-path-hover = Napsauta sitten kartalla kosketuspisteitä siinä järjestyksessä, jossa tämä persoona kohtaa ne; kukin lisätään polun loppuun
people-record-path-name = Kirjaa persoonan { $n } polku
people-path-from-selection = Polku valinnasta
people-path-from-selection-hover = Tee valituista kosketuspisteistä polku siinä järjestyksessä kuin ne ovat asiakaspolulla
people-path-from-selection-none = Valitse ensin polun kosketuspisteet kartalta
people-path-from-selection-same = Polku koostuu jo valituista kosketuspisteistä
people-path-from-selection-name = Aseta persoonan { $n } polku valinnasta
people-clear-path = Tyhjennä polku
people-clear-path-hover = Tyhjentää polun; kumoaminen palauttaa sen
people-clear-path-name = Tyhjennä persoonan { $n } polku

## Persoonat

people-personas-empty = Ei vielä persoonia. Lisää oma persoona jokaiselle asiakas- tai työntekijätyypille, jonka polku kulkee eri tavalla.
people-add-persona = Lisää persoona
# Uuden persoonan nimi.
people-new-persona = Uusi persoona
people-persona-name-hint = Persoonan nimi
people-persona-name-name = Persoonan { $n } nimi
people-kind-customer = Asiakas
people-kind-employee = Työntekijä
people-persona-kind-name = Persoonan { $n } tyyppi: { $kind }
people-persona-colour-name = Persoonan { $n } väri: { $colour }
people-pick-colour = Valitse mikä tahansa väri
people-persona-custom-colour-name = Persoonan { $n } oma väri
people-persona-description-hint = Kuka hän on ja mitä hän tarvitsee
people-persona-description-name = Persoonan { $n } kuvaus
people-highlight = Korosta kartalla
people-persona-highlight-hover = Näytä tämän persoonan polku kartalla korostettuna ja numeroituna
people-persona-highlight-name = Korosta persoona { $n } kartalla
people-remove-persona = Poista persoona
people-remove-persona-hover = Poistaa persoonan ja sen polun; kumoaminen palauttaa ne
people-remove-persona-name = Poista persoona { $n }

## Persoonien värit

people-colour-blue = sininen
people-colour-red = punainen
people-colour-green = vihreä
people-colour-purple = violetti
people-colour-orange = oranssi
people-colour-brown = ruskea
people-colour-pink = vaaleanpunainen
people-colour-cyan = syaani

## Lupaukset

people-promises-empty = Ei vielä lupauksia. Lisää, mitä brändi lupaa asiakkailleen, ja liitä sitten kuhunkin lupaukseen kosketuspisteet, jotka pitävät sen.
people-add-promise = Lisää lupaus
# Uuden lupauksen teksti.
people-new-promise = Uusi lupaus
people-promise-highlight-hover = Korostaa kartalla kosketuspisteet, jotka lunastavat ja varmistavat lupauksen
people-promise-highlight-name = Korosta lupaus { $n } kartalla
people-remove-promise = Poista lupaus
people-remove-promise-hover = Poistaa lupauksen; kumoaminen palauttaa sen
people-remove-promise-name = Poista lupaus { $n }
people-promise-text-hint = Mitä lupaamme?
people-promise-text-name = Lupauksen { $n } teksti
people-promise-description-hint = Missä lupaus annetaan: mainoksessa, sopimuksessa, verkkosivuilla
people-promise-description-name = Lupauksen { $n } kuvaus
people-covered = ✓ Katettu: lunastetaan siellä, missä asiakkaat näkevät sen, ja varmistetaan taustalla
people-not-redeemed = ⚠ Ei lunastettu: yksikään näkyvä kosketuspiste ei pidä sitä
people-not-secured = ⚠ Ei varmistettu: mikään taustatyö ei tee sitä mahdolliseksi
people-redeemed-by = Lunastavat kosketuspisteet
people-secured-by = Varmistavat kosketuspisteet
people-no-touchpoints = Ei vielä kosketuspisteitä.
people-hidden-note = piilossa: ei lasketa
# Lupauksen luettelon kosketuspiste rivin painikkeiden nimissä.
people-redeeming-name = lupauksen { $n } lunastava kosketuspiste { $index }
people-securing-name = lupauksen { $n } varmistava kosketuspiste { $index }
people-promise-row-remove-hover = Poista se tästä luettelosta
people-redeemed-by-selection = Lisää valitut lunastaviksi
people-redeemed-by-selection-name = Lisää valitut lupauksen { $n } lunastaviksi
people-secured-by-selection = Lisää valitut varmistaviksi
people-secured-by-selection-name = Lisää valitut lupauksen { $n } varmistaviksi
people-add-help-redeem-none = Valitse kosketuspisteet, joissa asiakkaat näkevät tämän lupauksen pidettävän. Vain näkyvät kosketuspisteet (kaistoilla Fyysiset todisteet, Asiakas ja Näkyvä toiminta) lunastavat lupauksen.
people-add-help-secure-none = Valitse työntekijöiden työ ja järjestelmät, jotka tekevät tämän lupauksen mahdolliseksi.
people-add-help-adds = { $count ->
    [one] Lisää valinnasta { $count } kosketuspisteen.
   *[other] Lisää valinnasta { $count } kosketuspistettä.
}
people-add-help-hidden = { $count ->
    [one] { $count } valittu kosketuspiste on piilossa näkyvyyden rajan alapuolella, joten se jätetään pois: asiakas ei koskaan kohtaa sitä, eikä se siksi voi lunastaa lupausta. Käytä sille painiketta ”{ people-secured-by-selection }”.
   *[other] { $count } valittua kosketuspistettä on piilossa näkyvyyden rajan alapuolella, joten ne jätetään pois: asiakas ei koskaan kohtaa niitä, eivätkä ne siksi voi lunastaa lupausta. Käytä niille painiketta ”{ people-secured-by-selection }”.
}

## Paneelin luettelon kosketuspiste

people-row-show-hover = Näytä se kartalla
people-row-move-earlier = Siirrä aiemmaksi
people-row-move-later = Siirrä myöhemmäksi
# $name on askel tai kosketuspiste kuten yllä: ”persoonan 1 askel 2”.
people-row-move-up-name = Siirrä { $name } ylös
people-row-move-down-name = Siirrä { $name } alas
people-row-remove-name = Poista { $name }

## Kumottavat muutokset Muokkaa-valikossa (”Kumoa: lisää persoona”), joka näyttää ne
## pienillä kirjaimilla.

people-undo-add-to-path = Lisää askel polulle
people-undo-remove-step = Poista polun askel
people-undo-move-step = Siirrä polun askelta
people-undo-path-from-selection = Aseta polku valinnasta
people-undo-clear-path = Tyhjennä polku
people-undo-add-persona = Lisää persoona
people-undo-rename-persona = Nimeä persoona uudelleen
people-undo-persona-kind = Vaihda persoonan tyyppi
people-undo-persona-colour = Vaihda persoonan väri
people-undo-persona-description = Muokkaa persoonan kuvausta
people-undo-remove-persona = Poista persoona
people-undo-add-promise = Lisää lupaus
people-undo-edit-promise = Muokkaa lupausta
people-undo-promise-description = Muokkaa lupauksen kuvausta
people-undo-remove-promise = Poista lupaus
people-undo-remove-from-promise = Poista kosketuspiste lupaukselta
people-undo-redeem = Lisää lunastavia kosketuspisteitä
people-undo-secure = Lisää varmistavia kosketuspisteitä
