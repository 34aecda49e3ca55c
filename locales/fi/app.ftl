# Ikkuna kartan ympärillä (src/app) valikkoineen, työkalupalkkeineen ja työpajapalkkeineen
# (src/ui). "edit"-nimiset tekstit nimeävät Muokkaa-valikon vaiheen ("Kumoa leikkaaminen");
# valikko näyttää ne pienellä alkukirjaimella, joten ne kirjoitetaan teonnimenä.

## Ikkuna ja tilarivi.

app-untitled = Nimetön
app-tab-inspector = Ominaisuudet
app-tab-insights = Oivallukset
app-tab-people = Persoonat ja lupaukset
# Zoomaus tilarivillä lukumäärien jälkeen: "28 kosketuspistettä · 35 yhteyttä · 75 %".
app-status-zoom = { $percent } %
# $what on vaihe, joka epäonnistui: "Kosketuspisteen siirtäminen ei onnistunut: …".
app-edit-failed = { $what } ei onnistunut: { $error }
app-not-a-map = { $path } ei ole polku-kartta (.ron)
app-autosave-off-folder = Automaattinen tallennus ei ole käytössä: polku ei voinut käyttää kansiota { $path }: { $error }
app-autosave-off-no-folder = Automaattinen tallennus ei ole käytössä: järjestelmässä ei ole kansiota asetuksille
app-window-failed = polku ei voinut avata ikkunaansa: { $error }

## Valikot.

app-menu-file = Tiedosto
app-menu-new = Uusi
app-menu-open-recent = Viimeisimmät tiedostot
app-menu-no-recent = Ei viimeisimpiä tiedostoja
app-menu-export = Vie
app-menu-keep-backup-hover = Kun kartan päälle tallennetaan, aiempi versio säilytetään nimellä NIMI.ron.bak
app-menu-edit = Muokkaa
app-menu-view = Näytä
app-menu-theme = Teema
# $what on vaihe pienellä alkukirjaimella: "Kumoa kosketuspisteen siirtäminen".
app-menu-undo-what = Kumoa { $what }
app-menu-redo-what = Tee uudelleen { $what }

app-new-blueprint = Palvelupiirustus
app-new-journey = Asiakaspolkukartta
app-new-employee = Työntekijäpolku
app-command-open = Avaa…
app-command-clear-recent = Tyhjennä viimeisimmät tiedostot
app-command-save = Tallenna
app-command-save-as = Tallenna nimellä…
app-command-quit = Lopeta
app-command-undo = Kumoa
app-command-redo = Tee uudelleen
app-command-cut = Leikkaa
app-command-copy = Kopioi
app-command-paste = Liitä
app-command-duplicate = Monista
app-command-delete = Poista
app-command-select-all = Valitse kaikki
app-command-tidy = Siisti asettelu
app-command-fit-view = Sovita kartta ikkunaan
app-command-zoom-in = Lähennä
app-command-zoom-out = Loitonna
app-command-actual-size = Todellinen koko (100 %)
app-command-import = Tuo kosketuspisteluettelo (CSV)…
app-command-keep-backup = Säilytä varmuuskopio tallennettaessa
app-command-own-file-dialog = Käytä polun omaa tiedostoikkunaa
app-menu-own-file-dialog-hover = Kysy tiedostoja ikkunan sisällä näkyvällä valintaikkunalla järjestelmän oman sijaan (polku tekee niin muutenkin, jos järjestelmässä sellaista ei ole, kuten joissakin kioski- ja työpajakoneissa)
app-file-dialog-open = Avaa
app-file-dialog-save = Tallenna
app-file-dialog-up = ⬆ Ylös
app-file-dialog-file = Tiedosto:
app-file-dialog-folder = Kansio:
app-file-dialog-empty = Täällä ei ole mitään avattavaa
app-file-dialog-unreadable = Kansiota { $folder } ei voitu lukea: { $reason }
app-file-dialog-no-name = Kirjoita tiedoston nimi tai valitse se yltä
app-file-dialog-no-such-file = Täällä ei ole tiedostoa { $name }
app-file-dialog-no-such-folder = Kansiota { $name } ei ole
app-no-system-dialog = Järjestelmässä ei ole tiedostoikkunaa näytettäväksi, joten polku kysyy ikkunassaan
app-replace-title = Korvataanko { $name }?
app-replace-body = { $path } on jo olemassa. Korvaaminen hävittää sen nykyisen sisällön.
app-replace = Korvaa
app-command-glasses = Uudet asiakaslasit
app-command-find = Etsi…
app-command-workshop = Työpajatila
app-command-present = Esitä koko kartta
app-command-emotion-row = Tunnerivi
app-presenting-hint = F5 tai Esc: takaisin muokkaamaan
app-command-show-touchpoint = Näytä kosketuspiste
app-command-show-link = Näytä yhteys

app-theme-light = Vaalea
app-theme-dark = Tumma
app-theme-system = Järjestelmän mukaan

app-export-svg = Kuva (SVG)…
app-export-png = Kuva (PNG)…
app-export-pdf = Kuva (PDF)…
# $size on A3, A1 tai A0.
app-export-poster = Juliste, { $size } (PDF)…
app-export-tiled = Paloiteltuna { $size }-sivuille (PDF)…
app-export-markdown = Raportti (Markdown)…
app-export-html = Raportti (verkkosivu)…
app-export-csv = Kosketuspisteluettelo (CSV)…

## Muokkausvaiheet ja mitä tilarivi niistä kertoo. $what on vaihe pienellä alkukirjaimella.

app-undid = Kumottu: { $what }
app-redid = Tehty uudelleen: { $what }
app-edit-cut = Leikkaaminen
app-edit-duplicate = Monistaminen
app-edit-reload = Lataaminen levyltä
app-edit-delete = Poistaminen
app-edit-tidy = Asettelun siistiminen
app-tidied = { $count ->
    [one] Siistitty: yksi kortti siirtyi sarakkeeseensa
   *[other] Siistitty: { $count } korttia siirtyi sarakkeisiinsa
}
app-tidy-nothing = Jokainen kortti on jo sarakkeessaan
app-edit-paste = Liittäminen
app-copied = { $count ->
    [one] Kopioitiin { $count } kosketuspiste
   *[other] Kopioitiin { $count } kosketuspistettä
}
app-nothing-pasted = Mitään ei liitetty: { $error }
# $what: kosketuspisteen otsikko lainausmerkeissä, kosketuspisteiden tai yhteyksien määrä,
# tai molemmat (app-touchpoints-and-links).
app-deleted = Poistettu { $what }
app-cut = Leikattu { $what }
app-touchpoints-and-links = { $touchpoints } ja { $links }

## Työkalupalkki: lasit, haku ja suodattimet.

app-toolbar-glasses-on = Uudet asiakaslasit
app-toolbar-glasses-off = Ota lasit pois
app-toolbar-glasses-hover = Kulje polku niin kuin uusi asiakas sen kohtaa (G)
app-toolbar-search = Haku
app-toolbar-search-hint = otsikot, kuvaukset, muistiinpanot
app-toolbar-terms = TERMS
app-toolbar-any-area = Kaikki TERMS-alueet
app-toolbar-owner = Vastuutaho
app-toolbar-any-owner = Kaikki vastuutahot
app-toolbar-channel = Kanava
app-toolbar-any-channel = Kaikki kanavat
app-toolbar-persona = Persoona
app-toolbar-any-persona = Kaikki persoonat
app-toolbar-shown = { $shown } / { $total } näkyvissä
app-toolbar-clear = Tyhjennä suodattimet

## Avaaminen ja tallentaminen sekä kysymys tallentamattomista muutoksista.

app-dialog-open = Avaa kartta
app-dialog-save = Tallenna kartta
app-dialog-export = Vie kartta
app-dialog-import = Tuo kosketuspisteluettelo
# Tiedostotyyppi tiedostoikkunoissa.
app-dialog-map-filter = polku-kartta
# $name on tiedoston nimi tai "Nimetön".
app-unsaved-title = Tallennetaanko muutokset karttaan { $name }?
app-unsaved-before-new = Muutoksesi menetetään, jos et tallenna niitä ennen uuden kartan aloittamista.
app-unsaved-before-open = Muutoksesi menetetään, jos et tallenna niitä ennen toisen kartan avaamista.
app-unsaved-before-quit = Muutoksesi menetetään, jos et tallenna niitä ennen sulkemista.
app-unsaved-before-import = Muutoksesi menetetään, jos et tallenna niitä ennen tuontia.
app-save = Tallenna
app-dont-save = Älä tallenna
app-cancel = Peruuta
app-ok = OK
app-open-failed = Karttaa ei voitu avata
app-save-failed = Karttaa ei voitu tallentaa
# Virheilmoituksen jälkeen, kun karttaa ei voitu avata tai tuoda.
app-map-unchanged = Näytöllä olevaa karttaa ei muutettu.
app-saved = Tallennettu: { $path }
app-map-has-comments = Tiedostossa { $name } on kommentteja (ensimmäinen rivillä { $line }); polku ei säilytä kommentteja, joten ne katoavat tallennettaessa

## Vienti ja tuonti.

app-exporting = Viedään { $name }…
app-still-busy = Työ on vielä kesken: { $doing } Yritä uudelleen, kun se on valmis.
app-importing = Tuodaan { $name }…
app-opening = Avataan { $name }…
app-saving = Tallennetaan { $name }…
app-job-stopped = Taustatyö keskeytyi odottamatta; mitään ei kirjoitettu
app-closing-when-saved = polku sulkeutuu, kun kartta on tallennettu
app-export-write-failed = { $path }: kirjoittaminen ei onnistunut: { $error }
app-exported = Viety tiedostoon { $path }
app-export-png-scaled = (piirretty { $scale } kuvapisteellä karttapistettä kohden, suurimmalla, joka tämän kartan PNG-kuvaan mahtuu; SVG ja PDF pysyvät terävinä missä koossa tahansa)
app-export-tiled-note = ({ $pages ->
        [one] 1 { $paper }-sivu
       *[other] { $pages } { $paper }-sivua
    }, { $rows } × { $columns }; leikkaa leikkausmerkkejä pitkin)
app-export-failed = Karttaa ei voitu viedä
app-export-is-the-map = { $path } on tämän kartan oma tiedosto ({ $map }); vienti sinne korvaisi kartan. Valitse toinen nimi
app-save-not-a-file = { $path } ei ole tavallinen tiedosto vaan laite, putki tai kansio; tallenna kartta tiedostoon
app-import-failed = Luetteloa ei voitu tuoda
app-imported = { $count ->
    [one] Tuotiin { $count } kosketuspiste tiedostosta { $path }
   *[other] Tuotiin { $count } kosketuspistettä tiedostosta { $path }
}
app-imported-with-warnings = { $count ->
        [one] Tuotiin { $count } kosketuspiste
       *[other] Tuotiin { $count } kosketuspistettä
    }, { $warnings ->
        [one] { $warnings } varoitus
       *[other] { $warnings } varoitusta
    }
app-imported-rows-to-check = { $count ->
    [one] Tuotiin { $count } kosketuspiste; osa riveistä kannattaa tarkistaa
   *[other] Tuotiin { $count } kosketuspistettä; osa riveistä kannattaa tarkistaa
}

## Automaattinen tallennus ja palautus kaatumisen jälkeen.

app-recovery-write-failed = Palautuskopiota ei voitu kirjoittaa tiedostoon { $path }: { $error }
app-recovery-remove-failed = Palautuskopiota ei voitu poistaa: { $error }
# Miksi palautuskopiota ei voitu kirjoittaa, kun sitä kirjoittanut säie pysähtyi.
app-recovery-writer-stopped = kirjoittaminen keskeytyi
app-restored = { $name } palautettiin; tallenna se, jotta se säilyy.
app-kept-aside = { $name } tallennettiin erilleen: { $path }
app-discarded = { $name } hylättiin
app-recover-failed = Karttaa ei voitu palauttaa
app-recovery-copy-kept = Palautuskopio on yhä tallessa; polku tarjoaa sitä uudelleen seuraavalla käynnistyskerralla.
app-recovery-title = polku löysi tallentamatonta työtä
app-recovery-intro = polku ei sulkeutunut viime kerralla normaalisti. Näissä kartoissa oli muutoksia, joita ei ollut tallennettu:
app-crashed-title = polku pysähtyi virheen vuoksi
app-crashed-nothing-lost = Tallentamatonta työtä ei menetetty.
app-crash-report = Se pysähtyi virheen vuoksi; raportti kirjoitettiin tiedostoon { $path }
# $ago kertoo milloin: "5 minuuttia sitten".
app-autosaved-ago = Tallennettu automaattisesti { $ago }
app-restore = Palauta
app-restore-one-map = Ikkunassa on kerrallaan yksi kartta: tallenna tämä erilleen ja avaa se, kun olet tallentanut palauttamasi kartan.
app-keep-aside = Tallenna erilleen
app-keep-aside-hover = Tallenna se omaksi tiedostokseen alkuperäisen viereen, niin voit avata sen myöhemmin
app-discard = Hylkää

## Avoin tiedosto muuttui levyllä.

app-file-gone-title = { $name } on siirretty tai poistettu
app-file-gone = Tiedostoa { $path } ei enää ole. Karttasi on yhä auki täällä; Tallenna kirjoittaa sen takaisin samaan paikkaan, Tallenna nimellä johonkin muualle.
app-reloaded = { $name } ladattiin uudelleen
app-reloaded-replacing = { $name } ladattiin uudelleen; Kumoa palauttaa muutoksesi
app-keeping-mine = Karttasi säilytetään; tallentaminen korvaa levyllä olevan tiedoston { $name }
app-changed-title = { $name } on muuttunut levyllä
app-changed = Toinen ohjelma (synkronointi, git pull tai kollega) on muuttanut tiedostoa sen jälkeen, kun avasit tai viimeksi tallensit sen.
app-changed-saving = Toinen ohjelma on muuttanut tiedostoa sen jälkeen, kun avasit tai viimeksi tallensit sen. Jos tallennat nyt, sen muutokset korvautuvat.
app-changed-reload-loses = Uudelleenlataus korvaa näytöllä olevan kartan tiedostolla; Kumoa palauttaa tallentamattomat muutoksesi.
app-reload = Lataa uudelleen
app-reload-losing = Lataa uudelleen muutosteni päälle
app-keep-mine = Pidä omani
app-save-mine = Tallenna omani sen päälle
app-keep-mine-hover = Pidä näytöllä oleva kartta; seuraava tallennus korvaa tiedoston
app-compare = Vertaa
# Virhe tulee tämän jälkeen omalle rivilleen.
app-compare-unreadable = Levyllä oleva tiedosto ei aukea karttana:
app-compare-same = Levyllä olevassa tiedostossa on sama kartta kuin ikkunassa.
app-compare-different = Eroavat levyllä olevasta
app-compare-only-disk = Vain levyllä
app-compare-only-mine = Vain sinun kartassasi

## Työpajatila: yläpalkki ja ideoiden parkkipaikka.

app-workshop-pause = Tauko
app-workshop-resume = Jatka
app-workshop-reset = Nollaa
app-workshop-stage = Vaihe
app-workshop-lane = Kaista
app-workshop-quick-add = Pikalisäys
app-workshop-quick-add-hint = askel, sitten Enter
app-workshop-add = Lisää
app-workshop-edit-add = Kosketuspisteen lisääminen
app-workshop-parking-lot-count = Parkkipaikka ({ $count })
app-workshop-leave = Lopeta työpaja
app-parking-lot = Parkkipaikka
app-parking-lot-intro = Ideat, jotka eivät vielä sovi karttaan. Ne tallentuvat kartan mukana.
app-parking-lot-new = Uusi idea
app-parking-lot-hint = Kirjoita ja paina Enter (Vaihto+Enter aloittaa uuden rivin)
app-parking-lot-park = Vie parkkiin
app-parking-lot-edit-park = Idean vieminen parkkiin
app-parking-lot-empty = Parkissa ei ole vielä mitään.
app-parking-lot-remove-hover = Poista tämä idea
# Idean vieressä olevan ✕-painikkeen saavutettava nimi.
app-parking-lot-remove = Poista idea { $number }
app-parking-lot-edit-remove = Idean poistaminen

## Yhdistämisen jättämät ristiriidat kartan alla.
app-conflicts-title = { $count ->
    [one] Yksi ristiriita yhdistämisestä
   *[other] { $count } ristiriitaa yhdistämisestä
}
app-conflicts-intro = Kartassa on kussakin oma versiosi, tai se, minkä toinen poisti mutta toinen vielä käyttää, kunnes valitset. Kun ristiriitoja ei enää ole, luettelo jää tallennettaessa pois.
app-conflict-show = Näytä
app-conflict-base = Lähtöversio
app-conflict-ours = Oma
app-conflict-theirs = Toisen
app-conflict-take-ours = Pidä oma
app-conflict-take-ours-hint = Palauta karttaan oma arvosi (tai poista asia, jos oma versiosi poisti sen)
app-conflict-take-theirs = Ota toisen versio
app-conflict-take-theirs-hint = Vaihda karttaan toisen version arvo (tai poista asia, jos toinen versio poisti sen)
app-conflict-as-it-is = Ratkaistu näin
app-conflict-as-it-is-hint = Muokkasit karttaa itse: pidä se sellaisenaan ja poista ristiriita luettelosta
app-conflict-undo = Ristiriidan ratkaisu
app-conflict-problem = Ristiriitaa ei voi ratkaista näin: { $error }

## Tiedosto → Yhdistä kopio…
app-command-merge-copy = Yhdistä kopio…
app-dialog-merge-copy = Yhdistä kopio tästä kartasta
app-merge-reading = Luetaan tiedostoa { $name } yhdistämistä varten…
app-merge-failed = Kopiota ei voitu yhdistää
app-merge-nothing-new = Tiedostossa { $name } ei ole mitään, mitä tässä kartassa ei jo olisi
app-merge-undo = Kopion yhdistäminen
app-merged = { $name } yhdistetty: ei ristiriitoja
app-merged-with-conflicts = { $name } yhdistetty: { $count ->
    [one] yksi ristiriita
   *[other] { $count } ristiriitaa
} ratkaistavana kartan alla
app-merge-copy-title = Yhdistä { $name }
app-merge-copy-intro = polku ei löytänyt versiota, josta molemmat kopiot lähtivät (gitissä viimeisimmän commitin kartta), joten se näyttää jokaisen eron: valitse kustakin, mitä karttaan jää. Molempien lisäykset pidetään, ellet toisin valitse.
app-merge-all-mine = Oma versio kaikkiin muutoksiin
app-merge-all-theirs = Kopion versio kaikkiin muutoksiin
app-merge-only-mine = Vain tässä kartassa:
app-merge-only-theirs = Vain kopiossa:
app-merge-changed = Muuttunut:
app-merge-take-mine = Oma
app-merge-take-theirs = Kopion
app-merge-keep = Pidä
app-merge-remove = Poista (kuten kopiossa)
app-merge-add = Lisää
app-merge-leave-out = Jätä pois
app-merge-copy-merge = Yhdistä
app-merge-copy-suggested = Jokainen ero tämän kartan ja kopion välillä. Kuhunkin on valittu valmiiksi se puoli, joka on muuttanut sitä kartan viimeisimmän git-commitin jälkeen (jos molemmat, tämä kartta). Tarkista valinnat: kopio voi olla tehty vanhemmasta versiosta.
app-merge-both-versions = Molemmat, kahtena
app-feedback-reading = Luetaan palautetta ({ $done }/{ $files })…
app-feedback-failed = Palautetta ei voitu lukea: { $reason }
app-feedback-problems = { $count ->
    [one] Yhtä palautelähdettä ei voitu lukea: katso Oivallukset.
   *[other] { $count } palautelähdettä ei voitu lukea: katso Oivallukset.
}
app-feedback-stopped = Palautteen lukeminen pysähtyi odottamatta; se luetaan uudelleen, kun tiedosto tai kartta muuttuu.
app-command-add-feedback = Lisää palautetiedosto…
app-dialog-add-feedback = Lisää asiakaspalautteen tai henkilöstökyselyn tiedosto
app-dialog-responses = Kyselyvastaukset
app-feedback-add-failed = Palautetiedostoa ei voitu lisätä
app-feedback-save-first = Tallenna kartta ensin: se nimeää palautetiedostonsa suhteessa omaan kansioonsa.
app-edit-add-feedback = Palautetiedoston lisääminen
app-feedback-added-rows = { $rows } riviä, { $matched } yhdistetty kosketuspisteeseen, { $unusable } käyttökelvotonta
app-feedback-added = Lisätty { $file } ({ $whose }): { $guesses }. { $counted }.
