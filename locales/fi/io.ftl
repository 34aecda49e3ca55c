# Tiedostot: karttojen avaaminen, tallentaminen ja palauttaminen, liittäminen, tuonti,
# kuvat ja raportit.

## Karttojen avaaminen ja tallentaminen

io-save-failed = { $path }: tallennus ei onnistunut: { $reason }; levyllä olevaa tiedostoa ei muutettu
io-backup-failed = varmuuskopiota { $path } ei voitu tehdä: { $reason }
io-list-of = { $what ->
    [lanes] kaistojen luettelo
    [stages] vaiheiden luettelo
    [touchpoints] kosketuspisteiden luettelo
    [links] yhteyksien luettelo
    [personas] persoonien luettelo
    [promises] lupausten luettelo
   *[other] ideoiden luettelo
}
io-list-too-long = kartassa voi olla enintään { $limit } { $what ->
    [lanes] kaistaa
    [stages] vaihetta
    [touchpoints] kosketuspistettä
    [links] yhteyttä
    [personas] persoonaa
    [promises] lupausta
   *[other] ideaa
}; tässä luettelossa on enemmän
io-file-empty = tiedosto on tyhjä; polku-kartta alkaa näin: `(version: { $version },`
io-not-utf8 = tämä ei ole UTF-8-tekstiä; polku-kartta on RON-tekstitiedosto (tallennettiinko se jollakin toisella ohjelmalla?)
io-utf16 = tämä tiedosto on UTF-16-tekstiä; polku lukee karttoja UTF-8-muodossa: tallenna se editorissa UTF-8-muotoon (tai anna polun kirjoittaa se)
io-path-not-a-file = tiedostopolusta puuttuu tiedoston nimi
io-is-folder = tämä on kansio eikä karttatiedosto
io-no-such-file = tiedostoa ei ole
io-permission-denied = ei käyttöoikeutta: polku ei saa lukea tätä tiedostoa
io-could-not-read = tiedostoa ei voitu lukea: { $reason }
io-reason-not-found = tiedostoa tai kansiota ei ole
io-reason-permission-denied = ei käyttöoikeutta
io-reason-already-exists = se on jo olemassa
io-reason-is-a-folder = se on kansio
io-reason-not-a-folder = osa polusta ei ole kansio
io-reason-disk-full = levy on täynnä
io-reason-read-only = levylle voi vain lukea
io-reason-broken-pipe = sitä lukeva ohjelma lopetti
io-reason-bad-name = nimi ei kelpaa tässä järjestelmässä
io-reason-too-large = tiedostosta tulisi suurempi kuin järjestelmä sallii
io-reason-crosses-devices = se pitäisi siirtää levyltä toiselle
io-not-regular = tämä ei ole tavallinen tiedosto vaan laite, putki tai pistoke; polku lukee vain tavallisia tiedostoja
io-output-is-input = { $path }: tämä on { $input }, jota polku lukee; kirjoita toiseen tiedostoon
io-output-is-folder = tämä on kansio; anna sen sisällä olevan tiedoston nimi
io-output-stdout = vakiotuloste
io-link-loop = symboliset linkit kiertävät tässä kehää; anna itse tiedoston nimi
io-changed-meanwhile = toinen ohjelma muutti tiedostoa sillä aikaa, kun polku käsitteli sitä, joten polku jätti sen version paikalleen; aja komento uudelleen
io-save-too-large = tallennettuna kartta veisi { $size } MiB, mutta polku avaa enintään { $limit } MiB:n karttoja, joten sitä ei tallennettu; jaa se pienempiin karttoihin tai lyhennä sen pisimpiä tekstejä
io-too-large = tiedoston koko on { $size } tavua; polku lukee enintään { $limit } tavun ({ $mib } MiB) tiedostoja
io-no-version = tiedostossa ei ole versiota; polku-kartta alkaa näin: `(version: { $version }, …`
io-version-zero = tiedostomuodon versiota 0 ei ole; polku-kartan versio on 1 tai uudempi
io-version-newer = tämä kartta on tehty uudemmalla polku-versiolla ja käyttää tiedostomuodon versiota { $version }; tämä polku ({ $polku }) lukee versioita { $newest } asti. Avaa kartta polku-versiolla, joka lukee tiedostomuodon version { $version }

## RON-jäsentimen ilmoitukset

io-parser-eof = tiedosto loppuu kesken; se on ehkä katkennut, tai siitä puuttuu sulkeva `)` tai `]`
io-parser-too-deep = sulkeita on sisäkkäin liian monta polku-kartaksi
io-parser-expected-list = tähän odotettiin luetteloa hakasulkeissa: `[ … ]`
io-parser-expected-list-end = tähän odotettiin luettelon päättävää `]`-merkkiä tai pilkkua ennen seuraavaa kohtaa
io-parser-expected-boolean = tähän odotettiin totuusarvoa (true tai false)
io-parser-expected-comma = tähän odotettiin pilkkua kahden kentän tai luettelon kahden kohdan väliin
io-parser-expected-char = tähän odotettiin merkkiä puolilainausmerkeissä
io-parser-expected-float = tähän odotettiin lukua
io-parser-expected-integer = tähän odotettiin kokonaislukua
io-parser-expected-option = tähän odotettiin arvoa (kuten `emotion: -1`) tai `None`; kentän voi myös jättää pois
io-parser-expected-paren-end = tähän odotettiin `)`-merkkiä tai pilkkua ennen seuraavaa kenttää
io-parser-expected-map = tähän odotettiin `{"{"}`-merkkiä
io-parser-expected-colon = tähän odotettiin kaksoispistettä kentän nimen ja arvon väliin
io-parser-expected-map-end = tähän odotettiin `{"}"}`-merkkiä
io-parser-expected-paren = tähän odotettiin `(`-merkkiä
io-parser-expected-map-paren = polku-kartta alkaa `(`-merkillä, näin: `(version: 1, title: "…", …)`
io-parser-json = tämä näyttää JSONilta; polku-kartta on RONia, näin: `(version: 1, title: "…", …)`
io-parser-expected-fragment-paren = polun leikepöytäteksti alkaa `(`-merkillä
io-parser-expected-struct = tähän odotettiin `(`-merkkiä, josta alkaa { $name }
io-parser-expected-unit = tähän odotettiin tyhjää arvoa `()`
io-parser-expected-string = tähän odotettiin tekstiä lainausmerkeissä
io-parser-expected-string-end = tästä alkavalta tekstiltä puuttuu loppulainausmerkki `"`; lisää se tekstin loppuun
io-parser-expected-identifier = tähän odotettiin nimeä: kentän nimeä tai arvoa, kuten Customer
io-parser-integer-out-of-bounds = tämä luku on polulle liian suuri tai liian pieni
io-parser-negative = { $number } on negatiivinen; tunnisteet ja määrät ovat kokonaislukuja nollasta ylöspäin
io-parser-too-large = { $number } on polulle liian suuri; tunnisteet ovat kokonaislukuja enintään 18446744073709551615
io-parser-decimal = { $number } ei ole kokonaisluku; kirjoita tähän { $whole } tai jokin muu kokonaisluku
io-parser-version = { $number } ei ole tiedostomuodon versio; versio on kokonaisluku, kuten `version: 1`
io-parser-invalid-digit = { $digit } ei ole luvun numero
io-parser-invalid-escape = tämä kenoviiva ei aloita mitään tekstin merkintää; kirjoita kenoviiva muodossa \\
io-parser-unclosed-comment = `/*`-merkeillä alkava kommentti ei pääty `*/`-merkkeihin
io-parser-unclosed-line-comment = `//`-merkeillä alkava kommentti ei pääty rivinvaihtoon
io-parser-unexpected-char = { $char } ei kuulu tähän
io-parser-trailing-characters = kartan sulkevan `)`-merkin jälkeen on vielä tekstiä; poista se
io-parser-invalid-value = tähän odotettiin: { $expected }; nyt tässä on { $found }
io-parser-different-length = tähän odotettiin: { $expected }; nyt tässä on { $found ->
    [0] tyhjää
    [one] yksi arvo
   *[other] { $found } arvoa
}
io-parser-unknown-variant = { $found } ei käy tämän kentän arvoksi; kirjoita { $expected }
io-parser-unknown-variant-in = { $found } ei ole { $outer }; kirjoita { $expected }
io-parser-unknown-field = kenttää { $found } ei ole tässä; kentät ovat { $expected }
io-parser-unknown-field-in = kenttää { $found } ei ole tässä ({ $outer }); sen kentät ovat { $expected }
io-parser-missing-field = tästä puuttuu kenttä { $field }; lisää se
io-parser-missing-field-in = tästä puuttuu kenttä { $field } ({ $outer }); lisää se
io-parser-duplicate-field = kenttä { $field } on tässä kahdesti; jätä yksi
io-parser-duplicate-field-in = kenttä { $field } on kahdesti ({ $outer }); jätä yksi
io-parser-nothing = ei mitään
io-parser-list-or = { $list } tai { $last }
io-parser-list-and = { $list } ja { $last }
io-parser-not-a-map = tämä on RONia, jota polku-kartassa ei ole tässä kohdassa
io-type-map = kartta
io-type-fragment = leikepöydän teksti
io-type-lane = kaista
io-type-stage = vaihe
io-type-touchpoint = kosketuspiste
io-type-link = yhteys
io-type-terms-tag = TERMS-merkintä
io-type-observation = havainto
io-type-persona = persoona
io-type-promise = lupaus
io-type-idea = idea
io-type-lane-kind = kaistatyyppi
io-type-channel = kanava
io-type-link-kind = yhteystyyppi
io-type-terms-area = TERMS-alue
io-type-evidence = näytön taso
io-type-persona-kind = persoonatyyppi

## Palautus

io-untitled = Nimetön
io-recovered-file = { $stem } (palautettu)
io-recovered-file-again = { $stem } (palautettu { $n })
io-ago-now = alle minuutti sitten
io-ago-minutes = { $count ->
    [one] minuutti sitten
   *[other] { $count } minuuttia sitten
}
io-ago-hours = { $count ->
    [one] tunti sitten
   *[other] { $count } tuntia sitten
}
io-ago-days = { $count ->
    [one] päivä sitten
   *[other] { $count } päivää sitten
}

## Kosketuspisteiden liittäminen

io-fragment-not-touchpoints = leikepöydällä ei ole polku-sovelluksesta kopioituja kosketuspisteitä; kopioi ensin joitakin
io-fragment-whole-map = leikepöydällä on kokonainen polku-kartta eikä kopioituja kosketuspisteitä; avaa se tiedostona
io-fragment-malformed = leikepöydän kosketuspisteitä ei voi lukea tällä polku-versiolla: rivi { $line }, sarake { $column }: { $message }
io-fragment-newer = leikepöydän kosketuspisteet on kopioitu uudemmasta polku-versiosta (leikkeen versio { $version }); tämä versio lukee version { $supported }, joten liitä ne uudemmalla versiolla
io-fragment-empty = leikepöydällä ei ole kosketuspisteitä; valitse joitakin ja kopioi uudelleen
io-fragment-duplicate-touchpoint = leikepöydällä on { $touchpoint } kahdesti; kopioi kosketuspisteet uudelleen
io-fragment-link-to-missing = kopioitu { $link } vie kohteeseen { $touchpoint }, jota ei kopioitu; kopioi kosketuspisteet uudelleen
io-fragment-unknown-lane = kopioidun kohteen { $touchpoint } kaistaa ({ $lane }) ei ole kuvattu leikepöydän tekstissä; kopioi kosketuspisteet uudelleen
io-fragment-unknown-stage = kopioidun kohteen { $touchpoint } vaihetta ({ $stage }) ei ole kuvattu leikepöydän tekstissä; kopioi kosketuspisteet uudelleen
io-fragment-duplicate-tag = kopioidulla kohteella { $touchpoint } on kaksi saman TERMS-alueen merkintää; kopioi kosketuspisteet uudelleen
io-fragment-not-finite = kopioidun kohteen { $touchpoint } sijainti ei ole luku; kopioi kosketuspisteet uudelleen
io-fragment-no-lanes = kartassa ei ole kaistoja, joille liittää; lisää ensin kaista
io-fragment-no-stages = kartassa ei ole vaiheita, joihin liittää; lisää ensin vaihe

## Kosketuspisteinventaarion (CSV) tuonti

io-column-id = tunniste
io-column-title = nimi
io-column-lane = kaista
io-column-lane-kind = kaistatyyppi
io-column-stage = vaihe
io-column-actor = toimija
io-column-owner = omistaja
io-column-channel = kanava
io-column-terms = terms
io-column-terms-notes = terms_huomiot
io-column-emotion = tunnetila
io-column-employee-experience = työntekijäkokemus
io-column-evidence = näyttö
io-column-after = jälkeen
io-column-supports = tukee
io-column-notes = kuvaus
io-lane-kind-customer = asiakas
io-lane-kind-frontstage = näkyvä
io-lane-kind-backstage = näkymätön
io-lane-kind-support = tuki
io-lane-kind-evidence = todiste
io-import-or = tai
io-import-title = Inventaario: { $name }
io-import-title-plain = Inventaario
io-import-description = Tuotu kosketuspisteinventaariosta { $file }.
io-import-empty = tiedosto on tyhjä; ensimmäisen rivin pitää nimetä sarakkeet, esimerkiksi tunniste;nimi;kaista;vaihe
io-import-no-rows = tiedostossa ei ole rivejä
io-import-unnamed-column = sarakkeella { $column } ei ole nimeä, joten sen solut ohitettiin; nimeä sarake (esimerkiksi kuvaus) tai poista se
io-import-same-column = sarakkeissa "{ $first }" ({ $first_column }) ja "{ $second }" ({ $second_column }) on sama tieto ({ $what }); säilytä niistä vain toinen
io-import-unknown-column = polku ei lue saraketta { $column } "{ $name }", joten se ohitettiin; sarakkeet ovat { $columns }
io-import-no-header = ensimmäinen rivi ei nimeä yhtään saraketta, jonka polku lukee; sen pitää olla otsikkorivi, joka nimeää sarakkeet, esimerkiksi tunniste, nimi, kaista, vaihe (englanniksi: id, title, lane, stage)
io-import-missing-column = sarake { $column } puuttuu; lisää se otsikolla { $headers }
io-import-save-as-utf8 = tallenna se muodossa CSV UTF-8 (Excelissä: Tallenna nimellä, "CSV UTF-8"; LibreOfficessa: merkistö Unicode (UTF-8)) ja tuo se uudelleen
io-import-utf16 = tämä tiedosto on UTF-16-tekstiä, jota polku ei lue; { $save_as }
io-import-not-utf8 = tämä tiedosto ei ole UTF-8-tekstiä (tavu { $byte } ei ole UTF-8:aa; tiedosto on luultavasti tallennettu Windows-1252-merkistöllä eli "ANSI"-muodossa); { $save_as }
io-import-row-unread = tällä rivillä ei ole mitään sarakkeissa, jotka polku lukee, joten rivi ohitettiin
io-import-column-name = { $name } (sarake { $letter })
io-import-lines = rivit { $first }–{ $last }
io-import-line = rivi { $line }
io-import-quote-never-closed = solun { $column } aloittaa lainausmerkki rivillä { $line }, eikä mikään lainausmerkki sulje sitä, joten koko loppu tiedostosta kuuluisi siihen soluun; sulje lainausmerkki tai kirjoita solun sisällä oleva lainausmerkki kahdesti ("")
io-import-text-after-quote = solun { $column } ({ $lines }) lainausmerkit eivät ole tasapainossa: sen sulkevan lainausmerkin jälkeen tulee "{ $text }"; kirjoita solun sisällä oleva lainausmerkki kahdesti ("") ja koko solu lainausmerkkeihin
io-import-mixed-delimiters = tämä rivi erottaa solunsa merkillä { $found }, mutta otsikkorivi merkillä { $header }; käytä samaa koko tiedostossa
io-import-delimiter-comma = pilkku
io-import-delimiter-semicolon = puolipiste
io-import-delimiter-tab = sarkain
io-import-name-spans-lines = solu { $column } jatkuu usealle riville ({ $lines }); nimi, kaista ja vaihe ovat yhdellä rivillä. Lainausmerkki saattaa puuttua tai olla ylimääräinen
io-import-cell-spans-lines = solu { $column } jatkuu usealle tiedoston riville ({ $lines })
io-import-cell-holds-rows = solu { $column } jatkuu usealle tiedoston riville ({ $lines }), ja osa niistä näyttää omilta riveiltään; jos ne ovat, solun alusta puuttuu lainausmerkki tai siinä on ylimääräinen
io-import-too-many-touchpoints = kartassa voi olla enintään { $limit } kosketuspistettä, ja tätä edeltävät rivit täyttävät sen; jaa inventaario pienempiin karttoihin
io-import-too-many-lanes = tämä rivi nimeää uuden kaistan, ja kartassa voi olla enintään { $limit }; käytä aiemmin nimettyä kaistaa tai jaa inventaario
io-import-too-many-stages = tämä rivi nimeää uuden vaiheen, ja kartassa voi olla enintään { $limit }; käytä aiemmin nimettyä vaihetta tai jaa inventaario
io-import-too-many-links = kartassa voi olla enintään { $limit } yhteyttä, ja tätä edeltävät rivit täyttävät sen; jaa inventaario pienempiin karttoihin
io-import-over-limit = tämä kosketuspiste on liian pitkä: { $problem }; lyhennä sitä
io-import-cell-over-limit = { $column }: { $problem }; lyhennä sitä
io-import-extra-cells = tällä rivillä on enemmän soluja kuin otsikkorivillä on sarakkeita ({ $count }); ylimääräiset solut ohitettiin
io-import-empty-title = { $column } on tyhjä; kirjoita, mitä tässä kohdassa tapahtuu, esimerkiksi "Maksaa laskun"
io-import-empty-lane = { $column } on tyhjä; kirjoita sen kaistan (kartan vaakasuoran osan) nimi, jolla tämä kohta on, esimerkiksi Asiakas
io-import-empty-stage = { $column } on tyhjä; kirjoita sen vaiheen (polun jakson) nimi, johon tämä kohta kuuluu, esimerkiksi Maksaminen
io-import-bad-id = { $column } "{ $id }" sisältää välilyönnin, pilkun tai puolipisteen, joilla sarakkeissa { $after } ja { $supports } erotetaan tunnisteet toisistaan; kirjoita se ilman niitä, esimerkiksi T12
io-import-bad-lane-kind = { $column } "{ $value }" ei ole kaistatyyppi; { $hint } tai jätä solu tyhjäksi
io-import-bad-channel = { $column } "{ $value }" ei ole kanava, jonka polku tuntee, joten kanavaksi tuli muu; { $hint }
io-import-bad-evidence = { $column } "{ $value }" ei ole näytön taso, joten tasoksi tuli oletettu; { $hint }
io-import-lane-kind-hint = kirjoita asiakas, näkyvä, näkymätön, tuki tai todiste (englanniksi: customer, frontstage, backstage, support, evidence)
io-import-channel-hint = polku tuntee kanavat kasvokkain, puhelin, verkko, sovellus, sähköposti, kirje, chat ja muu (englanniksi: in person, phone, web, app, email, letter, chat, other)
io-import-evidence-hint = kirjoita havaittu, kerrottu tai oletettu (englanniksi: observed, reported, assumed)
io-import-rating = { $column } "{ $value }" ei ole asteikolla; kirjoita kokonaisluku väliltä -2 (erittäin huono) … +2 (erittäin hyvä) tai jätä solu tyhjäksi
io-import-terms-hint = kirjoita kirjaimet T E R M S tai sanat aika, tunne, riski, raha, tilanne (englanniksi: time, emotion, risk, money, situation), kunkin perään halutessasi vakavuus :1, :2 tai :3, esimerkiksi "T:2 R" tai "aika:2, riski"
io-import-terms-severity = terms-sarakkeen kohdan "{ $token }" vakavuus on "{ $severity }"; vakavuus on 1 (pieni), 2 (merkittävä) tai 3 (kriittinen), esimerkiksi { $name }:2
io-import-terms-twice = terms-sarakkeessa on { $area } useammin kuin kerran; mainitse kukin alue vain kerran
io-import-terms-no-area = terms-sarakkeen kohdasta "{ $token }" puuttuu alue ennen kaksoispistettä; { $hint }
io-import-terms-letter = terms-sarakkeen kohdassa "{ $token }" on kirjain { $letter }, joka ei ole TERMS-alue; { $hint }
io-import-terms-unknown = terms-sarakkeen kohta "{ $token }" ei ole mikään TERMS-alue; { $hint }
io-import-notes-no-area = terms_huomiot: aloita kukin huomio sen alueella ja kaksoispisteellä, esimerkiksi "aika: jono etenee hitaasti; raha: laskutettu kahdesti"
io-import-notes-untagged = terms_huomiot-sarakkeessa on huomio alueesta { $area }, mutta terms-sarakkeessa ei ole aluetta { $area }; lisää { $area } terms-sarakkeeseen tai poista huomio
io-import-notes-twice = terms_huomiot-sarakkeessa on kaksi huomiota alueesta { $area }; yhdistä ne yhdeksi
io-import-nothing-under-header = otsikkorivin alla ei ole rivejä; lisää yksi rivi kutakin kosketuspistettä kohden
io-import-row-skipped = rivi ohitettiin: { $problem }
io-import-link-to-skipped = { $column } nimeää tunnisteen "{ $id }", jonka rivi { $row } ohitettiin, joten yhteys jätettiin pois
io-import-duplicate-id = tunniste "{ $id }" on jo käytössä rivillä { $row }; anna jokaiselle riville oma tunniste
io-import-lane-kind-conflict = kaista "{ $lane }" on rivillä { $row } tyyppiä { $first }, mutta tässä tyyppiä { $kind }; kaistalla on vain yksi tyyppi, joten kirjoita sarakkeeseen { $column } { $first } tai anna tälle kaistalle toinen nimi
io-import-unknown-id = { $column } nimeää tunnisteen "{ $id }", mutta millään rivillä ei ole sitä; kirjoita jonkin toisen rivin tunniste (sarakkeesta { $id_column }) tai poista se
io-import-self-link = { $column } nimeää tämän rivin oman tunnisteen "{ $id }"; kohta ei voi olla yhteydessä itseensä, joten yhteys jätettiin pois
io-import-linked-twice = { $column } nimeää tunnisteen "{ $id }" kahdesti; yhteys tehtiin vain kerran
io-import-invalid = karttaa ei voitu tehdä: { $error }
io-import-lane-kind-guessed = kaistalla "{ $lane }" ei ole tyyppiä, eikä sen nimi kerro tyyppiä, joten siitä tuli { $kind }; voit valita tyypin itse: { $hint } sarakkeeseen { $column }

## Kuvat (SVG, PNG, PDF)

io-untitled-map = Nimetön kartta
io-untitled-touchpoint = (nimetön)
io-legend-severity = Vakavuus
io-legend-links = Yhteydet
io-legend-flow = kulku: mitä tapahtuu seuraavaksi
io-legend-support = tuki: mahdollistaa vaiheen
io-legend-cards = Kortit
io-legend-hidden = piilossa asiakkaalta (taustatoiminta, tukiprosessit)
io-legend-emotion = asiakkaan tunne, −2 … +2
io-notes-heading = TERMS-merkintöjen huomiot (numerot ovat korttien merkeissä)
io-notes-note = { $letter } ({ $severity }) { $title }: { $note }
io-orientation-portrait = pystysuunnassa
io-orientation-landscape = vaakasuunnassa
io-tile-label = Rivi { $row }, sarake { $column } / { $rows }×{ $columns }
io-picture-too-many-tiles = kun korttien otsikot ovat luettavan kokoisia ({ $title } pistettä), kartta vie { $pages } { $paper }-sivua ({ $rows } riviä × { $columns } saraketta), ja polku paloittelee enintään { $most } sivulle; tulosta juliste (--page a0) tai kartan kokoinen PDF-sivu
io-picture-bad-scale = mittakaavan pitää olla nollaa suurempi luku, ei { $scale }; 1 antaa yhden kuvapisteen karttapistettä kohden, 2 tarkemman kuvan
io-picture-too-large = { $width }×{ $height } px:n PNG-kuva on liian suuri (enintään { $side } px sivua kohden ja { $megapixels } megapikseliä); käytä pienempää mittakaavaa (--scale) tai vie SVG- tai PDF-kuva, joka pysyy terävänä missä koossa tahansa
io-picture-layer-missing = piirroksen kerros katosi matkalla PDF-tiedostoon
io-picture-scale-too-large = { $asked } kuvapisteellä karttapistettä kohden PNG-kuvasta tulisi suurempi kuin PNG-kuva voi olla (enintään { $side } px sivua kohden ja { $megapixels } megapikseliä); suurin tähän karttaan mahtuva mittakaava on { $largest } (--scale { $largest }), tai vie SVG- tai PDF-kuva, joka pysyy terävänä missä koossa tahansa
io-picture-out-of-memory = muisti ei riitä { $width }×{ $height } px:n kuvaan; käytä pienempää mittakaavaa (--scale)
io-picture-drawing = piirrosta ei voitu lukea takaisin ({ $reason }); tämä on polku-sovelluksen virhe, ilmoitathan siitä
io-picture-png = PNG-kuvaa ei voitu koodata: { $reason }
io-picture-pdf = PDF-tiedostoa ei voitu tehdä: { $reason }

## Raportit (Markdown ja HTML)

io-report-summary = Yhteenveto
io-report-heatmap = TERMS-lämpökartta
io-report-hidden-impact = Piilossa olevien askelten vaikutus
io-report-handoffs = Luovutukset
io-report-promises = Lupaukset
io-report-warnings = Varoitukset
io-report-personas = Persoonat
io-report-touchpoints = Kosketuspisteet vaiheittain
io-report-parking-lot = Parkkipaikka
io-report-contents = Sisällys
io-report-html-title = { $title }: havainnot
io-report-html-kicker = Polun havainnot
io-report-html-footer = polku kirjoitti tämän sivun pelkän kartan pohjalta; sivu ei lataa mitään muualta.
io-report-missing-touchpoint = (puuttuva kosketuspiste)
io-report-missing-lane = (puuttuva kaista)
io-report-unnamed-lane = (nimetön kaista)
io-report-missing-stage = (puuttuva vaihe)
io-report-unnamed-stage = (nimetön vaihe)
io-report-unnamed-persona = (nimetön persoona)
io-report-no-text = (ei tekstiä)
io-report-no-stage = Ei missään vaiheessa
io-report-lane-kind = { $lane } ({ $kind })
io-report-place-owner = { $place }, vastuutaho { $owner }
io-report-lane-seen = { $lane } ({ $kind }, asiakas näkee)
io-report-lane-hidden = { $lane } ({ $kind }, piilossa asiakkaalta)
io-report-fact-lane = Kaista
io-report-fact-channel = Kanava
io-report-fact-owner = Vastuutaho
io-report-fact-actor = Toimija
io-report-fact-emotion = Asiakkaan tunne
io-report-fact-employee-experience = Työntekijäkokemus
io-report-fact-evidence = Näytön taso
io-report-nobody-named = ei nimetty
io-report-not-rated = ei arvioitu
io-report-summary-touchpoints = { $touchpoints }: asiakas näkee niistä { $visible }, ja { $hidden } on piilossa näkyvyyden rajan takana.
io-report-summary-links = { $links }. Luovutuksia eli kohtia, joissa työ siirtyy vastuutaholta toiselle, on { $handoffs }.
io-report-summary-no-terms = TERMS-ongelmia ei ole vielä merkitty.
io-report-summary-terms = Kosketuspisteet, joilla on TERMS-ongelma: { $areas }.
io-report-summary-promises = Katettuja lupauksia { $covered }/{ $count }.
io-report-summary-warnings = { $count ->
    [one] { $count } varoitus
   *[other] { $count } varoitusta
} tarkistettavana.
io-report-fix-first = Korjaa ensin
io-report-fix-hidden = piilossa oleva askel, jonka varassa on { $count ->
    [one] { $count } asiakashetki
   *[other] { $count } asiakashetkeä
} (TERMS-paino { $weight }), kaistalla { $place }.
io-report-fix-hotspot = { $area } vaiheessa { $stage }
io-report-fix-hotspot-why = TERMS-lämpökartan kuuma kohta, vakavuuksien summa { $severity }.
io-report-nothing-stands-out = Mikään ei vielä erotu: mikään asiakashetki ei ole piilossa olevan askeleen varassa, eikä TERMS-ongelmia ole merkitty.
io-report-heatmap-intro = TERMS-merkintöjen vakavuuksien summat (1 pieni, 2 merkittävä, 3 kriittinen) vaiheittain
io-report-stage = Vaihe
io-report-total = Yhteensä
io-report-all-stages = Kaikki vaiheet
io-report-colour = Väri
io-report-hidden-impact-intro = Piilossa olevat askeleet järjestettyinä sen mukaan, montako asiakashetkeä on niiden varassa (näkyvät kosketuspisteet, joihin päästään vain piilossa olevien askelten kautta), ja sitten näiden hetkien TERMS-painon mukaan.
io-report-no-hidden-steps = Kartassa ei ole piilossa olevia askelia.
io-report-supports-nothing = Ei tue yhtään näkyvää kosketuspistettä.
io-report-md-supports = Tukee { $count } näkyvää: { $touchpoints }. TERMS-paino { $weight }.
io-report-html-supports = Tukee { $count } näkyvää, TERMS-paino { $weight }
io-report-more-supported = ja { $count } muuta
io-report-no-handoffs = Mikään yhteys ei siirrä työtä vastuutaholta toiselle.
io-report-md-handoffs-intro = Yhteydet, joissa työ siirtyy vastuutaholta toiselle ja asiakasta pallotellaan, vastuutahopareittain.
io-report-html-handoffs-intro = Yhteydet, joissa työ siirtyy vastuutaholta toiselle ja asiakasta pallotellaan: { $count ->
    [one] { $count } luovutus
   *[other] { $count } luovutusta
}, vastuutahopareittain.
io-report-from = Keneltä
io-report-to = Kenelle
io-report-links = Yhteydet
io-report-no-promises = Kartassa ei ole asiakaslupauksia.
io-report-promises-intro = Näkyvät kosketuspisteet lunastavat lupauksen; työntekijöiden ja piilossa olevat kosketuspisteet varmistavat sen.
io-report-promise = Lupaus
io-report-coverage = Kattavuus
io-report-redeemed-by = Lunastajat
io-report-secured-by = Varmistajat
io-report-no-visible-touchpoint = ei yhtään näkyvää kosketuspistettä
io-report-no-touchpoint = ei yhtään kosketuspistettä
io-report-covered = katettu
io-report-not-redeemed = ei lunastettu
io-report-not-secured = ei varmistettu
io-report-not-redeemed-not-secured = ei lunastettu eikä varmistettu
io-report-no-warnings = Ei varoituksia: kartta läpäisee kaikki tarkistukset.
io-report-no-personas = Kartassa ei ole persoonia.
io-report-path = Polku
io-report-path-none = ei vielä
io-report-no-path = Polkua ei ole vielä.
io-report-touchpoints-intro = Kunkin vaiheen kosketuspisteet siinä järjestyksessä, jossa polku etenee. Piilossa olevilla askelilla on katkoviivareuna.
io-report-no-touchpoints = Ei kosketuspisteitä.
io-report-terms-none = ei merkintöjä
io-report-observations = Havainnot
io-report-parking-lot-intro = Työpajan ideat, jotka eivät vielä sovi karttaan: { $count }.
io-conflict-markers = git yhdisti tämän kartan tekstinä ja jätti siihen ristiriitamerkintänsä (<<<<<<<), koska polkua ei ole asetettu tähän klooniin. Aja `git merge --abort`, sitten `polku git-setup`, ja yhdistä uudelleen: polku yhdistää kartat merkityksen mukaan.

## Palautetiedostojen lukeminen (kyselyjen viennit)

io-feedback-role-touchpoint = kosketuspiste
io-feedback-role-score = pisteet
io-feedback-role-date = päivämäärä
io-feedback-role-comment = kommentti
# Sarake, jonka kartan palautelähde nimeää: $name on sen otsikko, $what mitä siinä on.
io-feedback-column = "{ $name }" ({ $what })
io-feedback-no-touchpoint = kosketuspisteen solu on tyhjä, joten vastaus ei kuulu mihinkään kosketuspisteeseen
io-feedback-unknown-touchpoint = "{ $text }" ei ole minkään kartan kosketuspisteen tunnus, numero tai nimi; anna kosketuspisteelle tämä tunnus tai korjaa solu
io-feedback-ambiguous-touchpoint = "{ $text }" nimeää useamman kuin yhden kartan kosketuspisteen; anna kullekin oma tunnus ja käytä tunnusta tiedostossa
io-feedback-no-score = pisteiden solu on tyhjä
io-feedback-bad-score = pisteet "{ $text }" eivät ole kokonaisluku; vie pisteet lukuina eikä niiden nimikkeinä
io-feedback-score-outside-scale = pisteet { $score } ovat asteikon { $low }–{ $high } ulkopuolella
io-feedback-bad-date = "{ $text }" ei ole päivämäärä, jonka polku lukee; kirjoita se muodossa 2026-12-01, 1.12.2026 tai 12/1/2026, halutessasi kellonajan kanssa
io-feedback-bad-record = tämän rivin lainausmerkit eivät mene pareittain, joten sen soluja ei voi erottaa; kirjoita solun sisäinen lainausmerkki kahdesti ("") ja laita koko solu lainausmerkkeihin
io-feedback-empty = tiedosto on tyhjä; palautetiedosto alkaa otsikkorivillä, joka nimeää sen sarakkeet
io-feedback-not-text = tämä ei ole CSV-tekstiä eikä Excel-työkirja (.xlsx) (onko se vanha .xls-työkirja tai UTF-16-tekstiä ilman tavujärjestysmerkkiä?); vie vastaukset CSV- tai XLSX-muodossa
io-feedback-workbook = tämä näyttää Excel-työkirjalta (.xlsx), mutta sitä ei voi lukea sellaisena ({ $reason }); tallenna se uudelleen taulukkolaskennasta tai vie vastaukset CSV-muodossa
io-feedback-broken-encoding = tiedosto sanoo olevansa { $encoding }-tekstiä, mutta ei ole; vie vastaukset CSV-muodossa uudelleen
io-feedback-header-quotes = otsikkorivin lainausmerkit eivät mene pareittain, joten sen sarakkeita ei voi erottaa; kirjoita otsikon sisäinen lainausmerkki kahdesti ("") ja laita koko otsikko lainausmerkkeihin
io-feedback-no-headers = ei yhtään
io-feedback-more-headers = {" "}ja { $count } muuta
io-feedback-missing-columns = tiedostossa ei ole saraketta { $columns }; sen sarakkeet ovat { $headers }. Korjaa sarakkeen nimi kartan palautelähteeseen tai otsikko tiedostoon
io-feedback-same-column = { $count } saraketta on nimetty "{ $column }", joten polku ei tiedä, missä vastaukset ovat; nimeä tiedostossa kaikki paitsi yksi uudelleen
io-report-feedback = Mitä asiakkaat ja työntekijät sanoivat
io-report-feedback-day = päivä
io-report-feedback-week = viikko
io-report-feedback-month = kuukausi
io-report-feedback-period = Viimeisin jakso ({ $period }, { $latest } asti) verrattuna edelliseen.
io-report-feedback-changes = Mikä muuttui
io-report-feedback-no-changes = Mikään ei huonontunut edellisestä jaksosta.
io-report-feedback-touchpoint = Kosketuspiste
io-report-feedback-whose = Keiden
io-report-feedback-before = Ennen
io-report-feedback-after = Viimeisin
io-report-feedback-negative = Kielteisiä
io-report-feedback-said = Mitä he sanoivat
io-report-feedback-mirror = Missä työntekijä- ja asiakaskokemus laskevat yhdessä
io-report-feedback-no-mirror = Yksikään asiakkaan hetki ei ole matala tai laskeva niin, että työntekijät arvioisivat myös sen taustavaiheet matalaksi.
io-report-feedback-moment = Asiakkaan hetki
io-report-feedback-customers = Asiakkaat
io-report-feedback-support = Taustavaihe
io-report-feedback-employees = Työntekijät
io-report-feedback-falling = laskeva
io-report-feedback-sources = Lähteet
io-feedback-source-read = { $file } ({ $whose }): { $rows } riviä, { $matched } yhdistetty kosketuspisteeseen, { $unusable } käyttökelvotonta
io-report-feedback-groups = Vaiheittain ja poluittain
io-report-feedback-group = Vaihe tai polku
io-report-feedback-path = Polku: { $persona }
