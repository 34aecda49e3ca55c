# Malli (src/model): kartan asioiden nimet, viestit kartasta, joka ei aukea, tai
# muokkauksesta, joka ei sovi, tarkistukset, kahden version vertailu ja uuden kartan
# pohjat.

## Numerolla nimetyt asiat: ”kosketuspiste 7”.

model-id-touchpoint = kosketuspiste { $number }
model-id-link = yhteys { $number }
model-id-lane = kaista { $number }
model-id-stage = vaihe { $number }
model-id-persona = persoona { $number }
model-id-promise = lupaus { $number }

## Kaistojen tyypit palvelupiirustuksen mukaan.

model-lane-kind-evidence = Fyysiset todisteet
model-lane-kind-customer = Asiakas
model-lane-kind-frontstage = Näkyvä toiminta
model-lane-kind-backstage = Taustatoiminta
model-lane-kind-support = Tukiprosessit

## Kanavat: miten asiakas ja palvelu kohtaavat.

model-channel-in-person = kasvokkain
model-channel-phone = puhelin
model-channel-web = verkko
model-channel-app = sovellus
model-channel-email = sähköposti
model-channel-letter = kirje
model-channel-chat = chat
model-channel-other = muu

## Näytön tasot: kuinka hyvin tiedämme sen, mitä väitämme.

model-evidence-observed = havaittu
model-evidence-reported = kerrottu
model-evidence-assumed = oletettu

## TERMS-ongelman vakavuus.

model-severity-minor = pieni
model-severity-major = merkittävä
model-severity-critical = kriittinen

## Persoonien ja yhteyksien tyypit.

model-persona-kind-customer = Asiakas
model-persona-kind-employee = Työntekijä
model-link-kind-flow = Kulku
model-link-kind-support = Tuki

## Palvelupiirustuksen rajat kaistojen välissä.

model-line-interaction = vuorovaikutuksen raja
model-line-visibility = näkyvyyden raja
model-line-internal-interaction = sisäisen vuorovaikutuksen raja

## Mistä viesti kertoo, kun se ei ole numeroitu asia.

model-subject-map = kartta
model-subject-idea = parkkipaikan idea { $number }

## Kartta, joka ei aukea: mikä on vialla ja mitä tehdä.

model-document-duplicate = { $id } esiintyy useammin kuin kerran; anna kullekin oma tunniste
model-document-missing-lane = kosketuspiste { $touchpoint } on kaistalla { $lane }, jota ei ole; lisää kaista tai siirrä kosketuspiste
model-document-missing-stage = kosketuspiste { $touchpoint } on vaiheessa { $stage }, jota ei ole; lisää vaihe tai siirrä kosketuspiste
model-document-link-to-missing = yhteys { $link } johtaa kosketuspisteeseen { $touchpoint }, jota ei ole; poista yhteys tai lisää kosketuspiste
model-document-persona-to-missing = persoonan { $persona } polulla on kosketuspiste { $touchpoint }, jota ei ole; poista se polulta
model-document-promise-to-missing = lupaus { $promise } mainitsee kosketuspisteen { $touchpoint }, jota ei ole; poista se lupauksesta
model-document-duplicate-tag = kosketuspisteellä { $touchpoint } on kaksi { $area }-merkintää; jätä yksi
model-document-not-finite = kosketuspisteen { $touchpoint } sijainti on { $x }, jota polku ei voi piirtää; käytä tavallista lukua väliltä 0–1000000
# $subject: ”kosketuspiste 2”, ”kartta”…; $error: jokin model-limit-viesteistä.
model-document-over-limit = { $subject } ylittää rajan: { $error }

## Muokkaus, joka ei sovi karttaan.

model-edit-missing = { $id } ei ole kartalla
model-edit-id-in-use = { $id } on jo käytössä
model-edit-lane-not-empty = { $count ->
    [one] kaistalla { $lane } on vielä { $count } kosketuspiste; siirrä tai poista se ensin
   *[other] kaistalla { $lane } on vielä { $count } kosketuspistettä; siirrä tai poista ne ensin
}
model-edit-stage-not-empty = { $count ->
    [one] vaiheessa { $stage } on vielä { $count } kosketuspiste; siirrä tai poista se ensin
   *[other] vaiheessa { $stage } on vielä { $count } kosketuspistettä; siirrä tai poista ne ensin
}
model-edit-out-of-range = { $len ->
    [one] kohta { $index } on luettelon lopun jälkeen; luettelossa on { $len } kohta
   *[other] kohta { $index } on luettelon lopun jälkeen; luettelossa on { $len } kohtaa
}
model-edit-not-finite = sijainnin on oltava luku väliltä -1000000…1000000
model-edit-duplicate-tag = kosketuspisteellä voi olla vain yksi merkintä kultakin TERMS-alueelta
model-edit-unreadable = kartta ei ole eheä: { $problem }
model-edit-over-limit = kartta ylittää rajan: { $error }

## Rajat: liian pitkä teksti tai luettelo. $what on jokin model-part-nimistä.

model-limit-too-long = sen { $what } on { $chars } merkkiä pitkä; siihen mahtuu enintään { $limit } merkkiä
model-limit-too-many = siinä on { $count } { $what }; enimmäismäärä on { $limit }

# Tekstit, kuten ”sen otsikko on … merkkiä pitkä” (nominatiivi).
model-part-title = otsikko
model-part-description = kuvaus
model-part-name = nimi
model-part-actor = toimija
model-part-owner = vastuutaho
model-part-key = palautetunnus
model-part-label = selite
model-part-text = teksti
model-part-observation = havainto
model-part-source = lähde
model-part-terms-note = TERMS-muistiinpano
# Luettelot luvun perässä: ”siinä on 1001 kaistaa” (partitiivi).
model-part-lanes = kaistaa
model-part-stages = vaihetta
model-part-touchpoints = kosketuspistettä
model-part-links = yhteyttä
model-part-personas = persoonaa
model-part-promises = lupausta
model-part-ideas = ideaa
model-part-observations = havaintoa
model-part-conflicts = ristiriitaa
model-part-feedback-sources = palautelähdettä
model-part-path-steps = polun askelta
model-part-named-touchpoints = nimettyä kosketuspistettä

## Tarkistukset: ongelmat kartassa, joka silti aukeaa, ja mitä kullekin tehdä.

model-warning-no-lanes = kartalla ei ole kaistoja; lisää kaistat asiakkaan toiminnalle ja sen taustalla tehtävälle työlle
model-warning-no-stages = kartalla ei ole vaiheita; lisää polun vaiheet
model-warning-unnamed-lane = kaistalla { $lane } ei ole nimeä; nimeä se, jotta karttaa voi lukea
model-warning-unnamed-stage = vaiheella { $stage } ei ole nimeä; nimeä se, jotta karttaa voi lukea
model-warning-untitled = kosketuspisteellä { $touchpoint } ei ole otsikkoa; kerro muutamalla sanalla, mitä siinä tapahtuu
model-card-untitled = (nimetön)
model-emotion-row = Asiakkaan tunteet
model-emotion-row-persona = Tunteet: { $persona }
model-emotion-row-customer = asiakas
model-emotion-row-employee = työntekijät
model-emotion-row-customer-measured = asiakkaat, mitattu
model-emotion-row-employee-measured = työntekijät, mitattu
model-warning-unlinked = kosketuspistettä { $touchpoint } ”{ $title }” ei ole yhdistetty mihinkään; yhdistä se sitä edeltävään ja seuraavaan askeleeseen
model-warning-hidden-leads-nowhere = piilossa oleva kosketuspiste { $touchpoint } ”{ $title }” ei johda mihinkään; yhdistä se askeleeseen, jota se tukee
model-warning-critical-without-note = kosketuspisteellä { $touchpoint } ”{ $title }” on kriittinen { $area }-ongelma ilman muistiinpanoa; kirjaa, mikä menee vikaan
model-warning-self-link = yhteys { $link } johtaa kosketuspisteestä siihen itseensä; poista se
model-warning-repeated-link = yhteys { $link } toistaa yhteyden { $first } (samat päät, sama tyyppi); poista toinen niistä
model-warning-persona-without-path = persoonalla { $persona } ”{ $name }” ei ole polkua; lisää kosketuspisteet, jotka hän kohtaa, järjestyksessä
model-warning-promise-not-redeemed = lupausta { $promise } ”{ $text }” ei lunasta yksikään näkyvä kosketuspiste; liitä siihen hetket, joissa asiakkaat näkevät sen pitävän
model-warning-promise-not-secured = lupausta { $promise } ”{ $text }” ei turvaa yksikään työntekijän tai piilossa oleva kosketuspiste; liitä siihen työ, joka tekee sen mahdolliseksi

## Kartan kahden version vertailu: ”kosketuspiste 7 ”Maksaa”: otsikko → ”Maksaa laskun”, vastuutaho”.

# Nimi erossa, pitkänä katkaistuna …-merkillä.
model-compare-quoted = ”{ $text }”
model-compare-map = kartta { $title }
model-compare-idea = idea { $text }
model-compare-ideas-reordered = parkkipaikka: ideoiden järjestys
# Kentät, jotka eroavat.
model-compare-title = otsikko
model-compare-description = kuvaus
model-compare-name = nimi
model-compare-kind = tyyppi
model-compare-order = järjestys
model-compare-lane = kaista
model-compare-stage = vaihe
model-compare-position = sijainti
model-compare-actor = toimija
model-compare-channel = kanava
model-compare-owner = vastuutaho
model-compare-terms = TERMS-merkinnät
model-compare-emotion = tunne
model-compare-employee-experience = työntekijäkokemus
model-compare-evidence = näytön taso
model-compare-observations = havainnot
model-compare-label = selite
model-compare-colour = väri
model-compare-path = polku
model-compare-text = teksti
model-compare-redeemed-by = lunastavat kosketuspisteet
model-compare-secured-by = turvaavat kosketuspisteet

## Uuden kartan pohjat: otsikko, kaistat (ylhäältä alas) ja vaiheet (vasemmalta oikealle).

model-template-blueprint = Palvelupiirustus
model-template-journey = Asiakaspolku
model-template-employee = Työntekijän polku

model-template-lane-physical-evidence = Fyysiset todisteet
model-template-lane-customer-actions = Asiakkaan toiminta
model-template-lane-frontstage = Näkyvä toiminta
model-template-lane-backstage = Taustatoiminta
model-template-lane-support-processes = Tukiprosessit
model-template-lane-customer-sees = Mitä asiakas näkee
model-template-lane-customer = Asiakas
model-template-lane-staff-met = Asiakkaan kohtaama henkilöstö
model-template-lane-behind-the-scenes = Kulissien takana
model-template-lane-customer-moments = Asiakashetket
model-template-lane-tools = Työvälineet ja asiakirjat
model-template-lane-new-employee = Uusi työntekijä
model-template-lane-manager = Esihenkilö ja tiimi
model-template-lane-hr = HR, IT ja palkanlaskenta

model-template-stage-discover = Löytäminen
model-template-stage-join = Liittyminen
model-template-stage-use = Käyttö
model-template-stage-pay = Maksaminen
model-template-stage-get-help = Avun hakeminen
model-template-stage-leave = Lähteminen
model-template-stage-consider = Harkinta
model-template-stage-buy = Ostaminen
model-template-stage-renew-or-leave = Jatkaminen tai lähteminen
model-template-stage-recruitment = Rekrytointi
model-template-stage-before-day-one = Ennen ensimmäistä päivää
model-template-stage-first-day = Ensimmäinen päivä
model-template-stage-first-weeks = Ensimmäiset viikot
model-template-stage-first-90-days = Ensimmäiset 90 päivää

## Tiedoston arvot, jotka ovat sallitun ulkopuolella tai väärin kirjoitettuja.

model-value-rating = arvion on oltava vähintään -2 ja enintään 2, ei { $value }
model-value-severity = vakavuuden on oltava 1 (pieni), 2 (merkittävä) tai 3 (kriittinen), ei { $value }
# $text on lainausmerkeissä: "eilen".
model-value-date-format = päivämäärä kirjoitetaan muodossa VVVV-KK-PP, esimerkiksi 2026-03-14, ei { $text }
model-value-date-not-a-day = päivää { $text } ei ole kalenterissa
model-value-colour-format = väri kirjoitetaan muodossa #rrggbb, esimerkiksi #1f77b4, ei { $text }

## Mitä muokkaus tekee, Muokkaa-valikon Kumoa- ja Tee uudelleen -kohtiin ("Kumoa
## kosketuspisteen siirtäminen"), jotka näyttävät sen pienillä kirjaimilla. Käytössä, kun
## muokkaus tehtiin toisella kielellä kuin ikkunassa nyt on. $count: montako asiaa
## samanlaisten muokkausten joukko muutti.

model-undo-nothing = Ei muutosta
model-undo-several = { $count ->
    [one] { $count } muutos
   *[other] { $count } muutosta
}
model-undo-map-info = Kartan tietojen muokkaaminen
model-undo-add-lane = Kaistan lisääminen
model-undo-remove-lane = Kaistan poistaminen
model-undo-set-lane = Kaistan muuttaminen
model-undo-move-lane = Kaistan siirtäminen
model-undo-add-stage = Vaiheen lisääminen
model-undo-remove-stage = Vaiheen poistaminen
model-undo-rename-stage = Vaiheen nimeäminen uudelleen
model-undo-move-stage = Vaiheen siirtäminen
model-undo-add-touchpoint = { $count ->
    [one] Kosketuspisteen lisääminen
   *[other] { $count } kosketuspisteen lisääminen
}
model-undo-remove-touchpoint = { $count ->
    [one] Kosketuspisteen poistaminen
   *[other] { $count } kosketuspisteen poistaminen
}
model-undo-touchpoint-title = Kosketuspisteen otsikon muuttaminen
model-undo-touchpoint-description = Kuvauksen muokkaaminen
model-undo-touchpoint-key = Palautetunnuksen asettaminen
model-undo-touchpoint-actor = Toimijan asettaminen
model-undo-touchpoint-owner = { $count ->
    [one] Vastuutahon asettaminen
   *[other] { $count } kosketuspisteen vastuutahon asettaminen
}
model-undo-touchpoint-channel = Kanavan asettaminen
model-undo-touchpoint-emotion = Asiakkaan tunteen asettaminen
model-undo-touchpoint-employee = Työntekijäkokemuksen asettaminen
model-undo-touchpoint-evidence = Näytön tason asettaminen
model-undo-touchpoint-place = { $count ->
    [one] Kosketuspisteen siirtäminen
   *[other] { $count } kosketuspisteen siirtäminen
}
model-undo-touchpoint-tag = { $count ->
    [one] TERMS-merkinnän muuttaminen
   *[other] { $count } kosketuspisteen TERMS-merkintöjen muuttaminen
}
model-undo-add-observation = Havainnon lisääminen
model-undo-remove-observation = Havainnon poistaminen
model-undo-add-link = { $count ->
    [one] Kosketuspisteiden yhdistäminen
   *[other] { $count } yhteyden lisääminen
}
model-undo-remove-link = { $count ->
    [one] Yhteyden poistaminen
   *[other] { $count } yhteyden poistaminen
}
model-undo-set-link = { $count ->
    [one] Yhteyden muuttaminen
   *[other] { $count } yhteyden muuttaminen
}
model-undo-add-persona = Persoonan lisääminen
model-undo-remove-persona = Persoonan poistaminen
model-undo-set-persona = Persoonan muuttaminen
model-undo-add-promise = Lupauksen lisääminen
model-undo-remove-promise = Lupauksen poistaminen
model-undo-set-promise = Lupauksen muuttaminen
model-undo-add-idea = Idean vieminen parkkiin
model-undo-remove-idea = Idean poistaminen
model-undo-replace = Kartan lataaminen uudelleen
model-undo-set-idea = Idean muotoileminen uudelleen
model-undo-set-feedback = Palautetiedostojen muuttaminen

# Mitä vertailu ja yhdistäminen näyttävät arvosta.
model-compare-from = alkupää
model-compare-to = loppupää
model-compare-parking-lot = parkkipaikka
model-shown-none = ei mitään
model-shown-empty = (tyhjä)
model-shown-more = ja { $count } muuta
model-merge-unreadable-value = arvo ei sovi tähän kenttään ({ $reason })
model-merge-no-such-field = polku ei tunne kenttää ”{ $field }”
model-conflict-map = kartta
model-conflict-removed = poistettu
model-conflict-added = lisätty
model-conflict-unchanged = ennallaan
model-conflict-changed = muutettu: { $fields }
model-conflict-there = olemassa
model-conflict-not-there = ei olemassa
model-listing-conflict = ristiriita: { $what } · lähtöversio: { $base } · oma: { $ours } · toinen: { $theirs }
model-compare-conflicts = ratkaisemattomat yhdistämisen ristiriidat: { $before } → { $after }
model-merge-still-used = kohteessa { $what } on vielä kosketuspisteitä: siirrä tai poista ne ensin ja ratkaise tämä sitten
model-compare-feedback = palautelähteet
model-audience-customer = asiakkaat
model-audience-employee = työntekijät
model-score-nps = NPS { $score }
model-score-csat = CSAT { $score } %
model-score-ces = vaivannäkö { $score }/7
model-score-of = { $score }/{ $high }
model-trend-better = parempi kuin edellisellä jaksolla
model-trend-steady = sama kuin edellisellä jaksolla
model-trend-worse = huonompi kuin edellisellä jaksolla
