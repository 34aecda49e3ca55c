# Komentorivi: mitä polku check, fmt, insights, export, report, import, new ja generate
# sanovat, ja polku --help -ohje.

## Ohje

cli-about = Kartoita asiakaspolut yhdessä niiden takana olevan henkilöstön ja taustatoimintojen työn kanssa
cli-heading-usage = Käyttö
cli-heading-commands = Komennot
cli-heading-arguments = Argumentit
cli-heading-options = Valitsimet
cli-help-flag = Näytä ohje
cli-help-flag-short = Näytä ohje (laajempi ohje: '--help')
cli-help-flag-long = Näytä ohje (tiivistelmä: '-h')
cli-version-flag = Näytä versio
cli-help-subcommand = Näytä annettujen alikomentojen ohje
cli-help-about = Näytä tämä ohje tai annettujen alikomentojen ohje
cli-check-about = Lataa ja tarkista kartat ja kerro, mitä kukin sisältää
cli-fmt-about = Kirjoita kartat uudelleen vakiomuotoon
cli-insights-about = Näytä kartan analyysit: piilossa olevien askelten vaikutus, TERMS-lämpökartta, luovutukset, lupaukset
cli-export-about = Vie kuva kartasta: SVG, PNG tai PDF (pyydettäessä julistesivulle tai usealle sivulle paloiteltuna)
cli-report-about = Kirjoita raportti kartasta: Markdown, HTML tai CSV (rivi kutakin kosketuspistettä kohden)
cli-import-about = Tee kartta taulukkolaskentaohjelmassa pidetystä kosketuspisteinventaariosta (CSV)
cli-new-about = Luo uusi kartta mallipohjasta
cli-generate-about = Kirjoita suuri keksitty kartta, jolla polkua voi kokeilla isoon palveluun
cli-arg-open-file = Ikkunassa avattava kartta. Ilman sitä polku avaa uuden kartan
cli-arg-check-files = Tarkistettavat kartat
cli-arg-fmt-check = Älä kirjoita mitään; päätä tilakoodilla 1 ja nimeä kartat, jotka eivät ole vakiomuodossa
cli-arg-fmt-drop-comments = Muotoile myös kartat, joissa on kommentteja; vakiomuoto ei säilytä niitä
cli-arg-fmt-files = Muotoiltavat kartat
cli-arg-insights-json = Tulosta raportin sijaan yksi JSON-olio (sen avaimet on kuvattu README-tiedostossa)
cli-arg-insights-file = Analysoitava kartta
cli-arg-export-file = Piirrettävä kartta
cli-arg-export-svg = Kirjoita SVG-kuva tähän
cli-arg-export-png = Kirjoita PNG-kuva tähän
cli-arg-export-scale = Montako kuvapistettä PNG-kuvaan tulee karttapistettä kohden (2 tai vähemmän, jos suurempi kartta sitä vaatii)
cli-arg-export-pdf = Kirjoita PDF tähän
cli-arg-export-page = Täytä tämänkokoinen julistesivu kartalla, sivu käännettynä niin, että kartta on suurimmillaan
cli-arg-export-tiles = Paloittele kartta tämänkokoisille sivuille koottavaksi yhteen, korttien otsikot vähintään 9 pt
cli-arg-export-force = Korvaa OUT, jos se on jo olemassa
cli-arg-report-file = Kartta, josta raportti tehdään
cli-arg-report-output = Kirjoita raportti tähän tiedostoon vakiotulosteen sijaan (`-` on vakiotuloste)
cli-arg-report-force = Korvaa OUT, jos se on jo olemassa
cli-value-md = Markdown
cli-value-html = Verkkosivu, jota voi lukea ilman polkua
cli-value-csv = Rivi kutakin kosketuspistettä kohden, inventaariomuodossa, jonka `polku import` lukee
cli-arg-import-inventory = Inventaario: CSV, jossa on otsikkorivi ja erottimena pilkku, puolipiste tai sarkain
cli-arg-import-out = Mihin uusi kartta kirjoitetaan
cli-arg-import-skip-bad-rows = Tuo kelvolliset rivit ja ilmoita virheelliset varoituksina
cli-arg-import-force = Korvaa OUT, jos se on jo olemassa
cli-arg-new-template = Mihin kartta tehdään
cli-value-blueprint = Palvelupiirustus: asiakkaan, näkyvän toiminnan, taustatoiminnan ja tukiprosessien kaistat
cli-value-journey = Asiakaspolkukartta
cli-value-employee = Työntekijän polku: uuden työntekijän ensimmäiset kuukaudet
cli-arg-new-force = Korvaa tiedosto, jos se on jo olemassa
cli-arg-new-file = Mihin uusi kartta kirjoitetaan
cli-arg-generate-touchpoints = Montako kosketuspistettä karttaan tulee: 1–100000
cli-arg-generate-seed = Sama siemenluku antaa aina saman kartan
cli-arg-generate-force = Korvaa tiedosto, jos se on jo olemassa
cli-arg-generate-file = Mihin kartta kirjoitetaan

## Mitä kartassa on (check, new, import)

cli-summary = { $touchpoints } ({ $visible } näkyvissä, { $hidden } piilossa), { $links }, { $stages }, { $lanes }, { $tags }
cli-stage-count = { $count ->
    [one] { $count } vaihe
   *[other] { $count } vaihetta
}
cli-lane-count = { $count ->
    [one] { $count } kaista
   *[other] { $count } kaistaa
}
cli-tag-count = { $count ->
    [one] { $count } TERMS-merkintä
   *[other] { $count } TERMS-merkintää
}
cli-exists = { $path }: on jo olemassa; valitse toinen nimi tai lisää --force, niin tiedosto korvataan
cli-could-not-print = polku ei voinut kirjoittaa kaikkea sanottavaansa: { $reason }

## polku check, polku fmt

cli-check-ok = { $path }: kunnossa, { $summary }
cli-check-warning = varoitus: { $warning }
cli-fmt-could-not-write = { $path }: karttaa ei voitu kirjoittaa: { $reason }
cli-fmt-not-canonical = { $path }: ei ole vakiomuodossa; aja sille `polku fmt`
cli-fmt-formatted = { $path }: muotoiltu
cli-fmt-has-comments = tässä kartassa on kommentteja (ensimmäinen on tässä), eikä vakiomuodossa ole niille paikkaa, joten polku jätti tiedoston ennalleen; siirrä niiden sisältö karttaan (kuvaukseen tai huomioon) tai aja `polku fmt --drop-comments`, niin kartta muotoillaan ilman niitä

## polku new, polku generate

cli-new-from-template = luotu mallipohjasta { $template }
cli-new-generated = luotu siemenluvulla { $seed }
cli-generate-failed = { $count } kosketuspisteen karttaa ei voitu tehdä, joten mitään ei kirjoitettu: { $reasons }. Tämä on polun virhe; ilmoita siitä ja kerro ajamasi komento
cli-new-written = { $path }: { $how }, { $summary }

## polku insights

cli-insights-could-not-write = { $path }: raporttia ei voitu kirjoittaa: { $reason }
cli-insights-counts = { $touchpoints ->
    [one] { $touchpoints } kosketuspiste
   *[other] { $touchpoints } kosketuspistettä
} ({ $visible } näkyvissä, { $hidden } piilossa), { $links ->
    [one] { $links } yhteys
   *[other] { $links } yhteyttä
}, { $handoffs ->
    [one] { $handoffs } luovutus
   *[other] { $handoffs } luovutusta
}
cli-insights-terms = TERMS-ongelmia kosketuspisteissä: { $areas }
cli-insights-hidden-impact = Piilossa olevat askeleet, joiden varassa on eniten asiakashetkiä:
cli-insights-no-hidden-steps = ei piilossa olevia askelia
cli-insights-impact = { $title } ({ $lane }): tukee { $count } näkyvää, TERMS-paino { $weight }
cli-insights-heatmap = TERMS-lämpökartta (vakavuuksien summat):
cli-insights-stage = Vaihe
cli-insights-handoffs = Luovutukset vastuutahojen välillä:
cli-insights-none = ei yhtään
cli-insights-promises = Lupaukset:
cli-insights-covered = katettu
cli-insights-not-redeemed = mikään näkyvä kosketuspiste ei lunasta
cli-insights-not-secured = mikään kosketuspiste ei varmista
cli-insights-warnings = Varoitukset:

## polku export

cli-export-no-target = polku export: kerro, mitä kirjoitetaan: --svg OUT, --png OUT [--scale N] tai --pdf OUT [--page a3|a1|a0 | --tiles a4|a3]
cli-export-binary-to-terminal = PNG- tai PDF-kuva kirjoitettaisiin päätteeseen; anna tiedoston nimi tai ohjaa vakiotuloste tiedostoon tai toiselle ohjelmalle (`> kartta.png`)
cli-export-failed = { $path }: { $reason }; mitään ei kirjoitettu
cli-export-could-not-write = { $path }: kuvaa ei voitu kirjoittaa: { $reason }
cli-export-written = { $path }: { $what }, { $touchpoints }
cli-export-svg = SVG-kuva
cli-export-png = PNG-kuva ({ $width }×{ $height } px)
cli-export-png-scaled = PNG-kuva ({ $width }×{ $height } px, { $scale } kuvapistettä karttapistettä kohden: suurin, joka mahtuu PNG-kuvaan; vie SVG- tai PDF-kuva, joka pysyy terävänä missä koossa tahansa)
cli-export-pdf = PDF (1 sivu, { $size })
cli-export-poster-size = { $page } { $orientation }, { $width }×{ $height } mm, korttien otsikot { $title } pt
cli-export-page-size = { $width }×{ $height } mm
cli-export-page-size-scaled = { $width }×{ $height } mm, kartta { $percent } %:n kokoisena, koska PDF-sivu on enintään 5 m sivultaan; lähennä lukeaksesi tai vie SVG
cli-export-tiled = PDF ({ $pages ->
        [one] 1 sivu
       *[other] { $pages } sivua
    }, { $paper } { $orientation }, { $width }×{ $height } mm: { $rows ->
        [one] 1 rivi
       *[other] { $rows } riviä
    }, { $columns ->
        [one] 1 sivu
       *[other] { $columns } sivua
    } rivissä, korttien otsikot { $title } pt; leikkaa leikkausmerkkejä pitkin, vierekkäiset sivut menevät { $overlap } mm päällekkäin)

## polku report

cli-report-markdown = Markdown-raportti
cli-report-html = HTML-raportti
cli-report-csv = kosketuspisteinventaario (CSV)
cli-report-could-not-write = { $path }: kirjoittaminen ei onnistunut ({ $what }): { $reason }; aiemmin olemassa ollutta tiedostoa ei muutettu
cli-report-written = { $path }: { $what } kartasta { $map }

## polku import

cli-import-same-file = { $path }: tämä on itse inventaario; kirjoita kartta omaan .ron-tiedostoonsa
cli-import-nothing = { $inventory }: mitään ei tuotu, eikä tiedostoa { $target } kirjoitettu
cli-import-nothing-only-row-bad = { $inventory }: mitään ei tuotu, eikä tiedostoa { $target } kirjoitettu (sen ainoa rivi on virheellinen)
cli-import-nothing-all-rows-bad = { $inventory }: mitään ei tuotu, eikä tiedostoa { $target } kirjoitettu (sen kaikki { $count } riviä ovat virheellisiä)
cli-import-nothing-fix = { $inventory }: mitään ei tuotu, eikä tiedostoa { $target } kirjoitettu; { $count ->
    [one] korjaa virheellinen rivi
   *[other] korjaa { $count } virheellistä riviä
} tai lisää --skip-bad-rows, niin muut rivit tuodaan
cli-import-done = { $path }: tuotu { $summary } tiedostosta { $inventory }
cli-import-no-such-file = tiedostoa ei ole; tarkista nimi ja kansio
cli-import-folder = tämä on kansio; anna inventaarion CSV-tiedoston nimi

## diff, merge ja git
cli-diff-about = Näytä, mitä kartan kahden version välillä muuttui, merkityksen mukaan
cli-merge-about = Yhdistä kahden ihmisen muutokset karttaan yhteisen lähtöversion avulla
cli-git-setup-about = Aseta tämän git-varaston kartat yhdistymään ja näkymään polku-ohjelman avulla
cli-git-diff-about = Diff-komento, jota git ajaa kartoille, kun polku git-setup on asettanut sen
cli-arg-diff-json = Tulosta yksi JSON-olio rivien sijaan
cli-arg-diff-old = Vanhempi versio
cli-arg-diff-new = Uudempi versio
cli-arg-merge-base = Versio, josta molemmat lähtivät
cli-arg-merge-ours = Oma versiomme: se pidetään, kun molemmat muuttivat samaa
cli-arg-merge-theirs = Toisen versio
cli-arg-merge-output = Kirjoita yhdistetty kartta tähän (se voi olla OURS) vakiotulosteen sijaan
cli-arg-merge-force = Korvaa OUT, jos se on jo olemassa
cli-arg-merge-shown-as = Kartan nimi viesteissä
cli-arg-git-diff-args = Mitä git antaa diff-komennolle
cli-merge-nothing-written = { $path }: mitään ei yhdistetty eikä kirjoitettu
cli-merge-could-not-write = tiedostoa { $path } ei voitu kirjoittaa: { $reason }
cli-merge-clean = { $path }: yhdistetty, ei ristiriitoja
cli-merge-conflicts = { $path }: yhdistetty, { $count ->
    [one] yksi ristiriita
   *[other] { $count } ristiriitaa
} ratkaistavana:
cli-merge-values = lähtöversio: { $base } · oma: { $ours } · toinen: { $theirs }
cli-merge-resolve-hint = Avaa kartta polku-ohjelmassa: ristiriidat näkyvät kartan alla, ja kunkin voi ratkaista valitsemalla oman tai toisen version tai muokkaamalla karttaa itse. `polku check` luettelee jäljellä olevat.
cli-check-conflicts = { $count ->
    [one] yksi yhdistämisen ristiriita ratkaistavana:
   *[other] { $count } yhdistämisen ristiriitaa ratkaistavana:
}
cli-git-not-a-repository = polku git-setup toimii git-varastossa: { $reason }
cli-git-no-program = polkun omaa ohjelmaa ei löytynyt: { $reason }
cli-git-attributes-there = .gitattributes sisältää jo rivin ”{ $line }”
cli-git-attributes-added = lisättiin ”{ $line }” tiedostoon .gitattributes (vie se versionhallintaan, jotta kaikkien git yhdistää kartat polku-ohjelmalla)
cli-git-driver-name = polku: yhdistä kartat merkityksen mukaan
cli-git-config-set = asetettiin { $key } = { $value }
cli-git-config-failed = asetusta { $key } ei voitu asettaa: { $reason }
cli-git-ready = git yhdistää nyt kartat (*.ron) polku-ohjelmalla ja näyttää niiden muutokset merkityksen mukaan. Jokaisen, joka kloonaa varaston, on ajettava polku git-setup kerran.
cli-git-diff-unmerged = { $path }: ristiriidat ratkaisematta
cli-git-diff-arguments = polku git-diff odottaa sitä, mitä git antaa diff-komennolle (1, 7 tai 9 argumenttia), ei { $count }
cli-git-diff-same = (sama kartta: vain tekstin asettelu eroaa)
cli-git-text-about = Kartta vertailtavina riveinä gitin textconvia varten, kun polku git-setup on asettanut sen
cli-arg-git-text-file = Kartta
cli-merge-renumbered = molemmat lisäsivät: { $theirs }; toisen lisäys on yhdistetyssä kartassa { $now }

## feedback
cli-feedback-about = Nimeä asiakaspalautteen ja henkilöstön pulssikyselyjen tiedostot, joista kartta lukee lukunsa, ja tarkista ne
cli-feedback-add-about = Lisää karttaan vastaustiedosto; sarakkeet, joita ei nimetä, päätellään otsikoista
cli-feedback-check-about = Lue jokainen kartan nimeämä vastaustiedosto ja luettele rivit, joita ei voitu käyttää
cli-arg-feedback-map = Kartta
cli-arg-feedback-file = Vastaustiedosto: CSV (pilkku, puolipiste tai sarkain) sellaisena kuin kyselytyökalu sen vie
cli-arg-feedback-audience = Keiden vastauksia tiedostossa on
cli-arg-feedback-touchpoint = Sarake, joka nimeää kosketuspisteen (sen avaimen, tunnuksen tai otsikon)
cli-arg-feedback-score = Sarake, jossa on pisteet
cli-arg-feedback-scale = Pisteiden asteikko
cli-arg-feedback-date = Sarake, jossa on vastauksen päivämäärä
cli-arg-feedback-comment = Sarake, jossa on vastaajan kommentti
cli-feedback-guessed = { $what }: pääteltiin sarake { $column }
cli-feedback-what-touchpoint = kosketuspiste
cli-feedback-what-score = pisteet
cli-feedback-what-date = päivämäärä
cli-feedback-what-comment = kommentti
cli-feedback-guessed-scale = asteikko pääteltiin pisteiden otsikosta: { $scale }
cli-feedback-guessed-scale-from-scores = asteikko pääteltiin pisteistä: { $scale } (anna --scale, jos se on toinen)
cli-feedback-name-the-columns = { $path }: ei voitu päätellä, missä sarakkeissa ovat kosketuspiste ja pisteet; nimeä ne valitsimilla --touchpoint ja --score. Tiedoston sarakkeet: { $columns }
cli-feedback-read = { $path }: { $rows } riviä, joista { $matched } kohdistui kosketuspisteeseen ja { $unusable } ei kelvannut
cli-feedback-added = { $file } lisättiin karttaan { $map }
cli-feedback-none = { $map } ei nimeä yhtään palautetiedostoa; lisää sellainen komennolla polku feedback add
cli-arg-insights-since = Laske palautteet tästä päivästä alkaen (VVVV-KK-PP)
cli-arg-insights-until = Laske palautteet tähän päivään asti (VVVV-KK-PP)
cli-arg-insights-period = Mihin palautteen muutokset verrataan: viimeisin päivä, viikko tai kuukausi edelliseen
cli-feedback-heading = Palaute:
cli-feedback-source = { $file } ({ $whose }): { $rows } riviä, { $matched } kohdistui kosketuspisteeseen, { $unusable } ei kelvannut
cli-feedback-mirror = Missä työntekijä- ja asiakaskokemus heikkenevät yhdessä:
cli-feedback-mirrored = { $touchpoint }: asiakkaat { $customer } ← { $support }: työntekijät { $employee }
cli-feedback-falling = laskussa
cli-feedback-changes = Mikä heikkeni edelliseen jaksoon verrattuna:
cli-feedback-changed = { $title } ({ $whose }): { $before } → { $after }, kielteiset vastaukset { $negative_before } → { $negative_after }
