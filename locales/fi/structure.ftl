# Karttapaneeli: kartan otsikko ja kuvaus, kaistat ja vaiheet (src/ui/structure).
# "undo"-loppuiset tekstit nimeävät muokkausvaiheen Muokkaa-valikossa, joka näyttää ne
# pienillä kirjaimilla.

structure-title = Kartta
structure-map-title = Kartan otsikko
structure-map-title-hint = Mikä asiakaspolku tämä on?
structure-map-title-undo = Muuta kartan otsikkoa
structure-map-description = Kartan kuvaus
structure-map-description-hint = Kenen polku, mikä palvelu, mihin tarkoitukseen
structure-map-description-undo = Muokkaa kartan kuvausta

## Kaistat.

structure-lanes = Kaistat
# Myös muokkausvaiheen nimi.
structure-add-lane = Lisää kaista
# Uuden kaistan nimi.
structure-new-lane = Uusi kaista
structure-lane-name-hint = Kaistan nimi
structure-lane-name = Kaistan { $n } nimi
structure-lane-rename-undo = Nimeä kaista uudelleen
structure-lane-kind = Kaistan { $n } tyyppi
structure-lane-kind-undo = Vaihda kaistan tyyppi
structure-lane-move-undo = Siirrä kaista
structure-lane-move-up-hover = Siirrä ylemmäs
structure-lane-move-down-hover = Siirrä alemmas
structure-lane-move-up = Siirrä kaista { $n } ylemmäs
structure-lane-move-down = Siirrä kaista { $n } alemmas
structure-lane-remove = Poista kaista { $n }
structure-lane-remove-hover = Poista tämä kaista
structure-lane-remove-holding-hover = { $count ->
        [one] Poista tämä kaista. Siinä on { $count } kosketuspiste, ja saat valita, mitä sille tehdään.
       *[other] Poista tämä kaista. Siinä on { $count } kosketuspistettä, ja saat valita, mitä niille tehdään.
    }
structure-lane-remove-last = Kartassa on oltava vähintään yksi kaista: lisää uusi ennen kuin poistat tämän
structure-lane-help-evidence = Fyysiset todisteet: mitä asiakas konkreettisesti näkee, kuten lasku tai opaste
structure-lane-help-customer = Asiakas: mitä asiakas tekee
structure-lane-help-frontstage = Näkyvä toiminta: työntekijöiden toiminta, jonka asiakas näkee
structure-lane-help-backstage = Taustatoiminta: työntekijöiden toiminta, jota asiakas ei näe
structure-lane-help-support = Tukiprosessit: prosessit ja järjestelmät, kuten laskutus, logistiikka ja tietotekniikka

## Vaiheet.

structure-stages = Vaiheet
# Myös muokkausvaiheen nimi.
structure-add-stage = Lisää vaihe
# Uuden vaiheen nimi.
structure-new-stage = Uusi vaihe
structure-stage-name-hint = Vaiheen nimi
structure-stage-name = Vaiheen { $n } nimi
structure-stage-rename-undo = Nimeä vaihe uudelleen
structure-stage-move-undo = Siirrä vaihe
structure-stage-move-earlier-hover = Siirrä aiemmaksi
structure-stage-move-later-hover = Siirrä myöhemmäksi
structure-stage-move-earlier = Siirrä vaihe { $n } aiemmaksi
structure-stage-move-later = Siirrä vaihe { $n } myöhemmäksi
structure-stage-remove = Poista vaihe { $n }
structure-stage-remove-hover = Poista tämä vaihe
structure-stage-remove-holding-hover = { $count ->
        [one] Poista tämä vaihe. Siinä on { $count } kosketuspiste, ja saat valita, mitä sille tehdään.
       *[other] Poista tämä vaihe. Siinä on { $count } kosketuspistettä, ja saat valita, mitä niille tehdään.
    }
structure-stage-remove-last = Kartassa on oltava vähintään yksi vaihe: lisää uusi ennen kuin poistat tämän

## Kosketuspisteitä sisältävän kaistan tai vaiheen poistaminen. $name on jo lainausmerkeissä.

structure-lane-remove-undo = Poista kaista { $name }
structure-lane-remove-question = Poistetaanko kaista { $name }?
structure-lane-remove-holds = { $count ->
        [one] Kaistalla { $name } on { $count } kosketuspiste. Mitä sille tehdään?
       *[other] Kaistalla { $name } on { $count } kosketuspistettä. Mitä niille tehdään?
    }
structure-lane-move-them = Siirrä kaistalle
structure-lane-move-them-name = Kaista, jolle ne siirretään
structure-stage-remove-undo = Poista vaihe { $name }
structure-stage-remove-question = Poistetaanko vaihe { $name }?
structure-stage-remove-holds = { $count ->
        [one] Vaiheessa { $name } on { $count } kosketuspiste. Mitä sille tehdään?
       *[other] Vaiheessa { $name } on { $count } kosketuspistettä. Mitä niille tehdään?
    }
structure-stage-move-them = Siirrä vaiheeseen
structure-stage-move-them-name = Vaihe, johon ne siirretään
structure-delete-them-too = Poista kosketuspisteineen
structure-undo-brings-back = Kumoamalla saat kaiken takaisin.
structure-cancel = Peruuta
structure-feedback = Palautetiedostot
structure-feedback-none = Ei vielä yhtään: lisää kyselyn vienti (CSV tai XLSX), niin näet kartalla, mitä asiakkaat ja työntekijät sanovat.
structure-feedback-add-hover = Nimeä kyselyvastausten tiedosto tämän kartan lähteeksi; sen sarakkeet ja asteikko päätellään otsikoista.
structure-feedback-remove = Lopeta tiedoston { $file } lukeminen (itse tiedosto säilyy ennallaan)
structure-feedback-remove-undo = Palautetiedoston poistaminen
structure-feedback-audience-undo = Palautetiedoston vastaajien asettaminen
structure-feedback-scale-undo = Palautetiedoston asteikon asettaminen
structure-feedback-columns = kosketuspiste sarakkeessa ”{ $touchpoint }”, pisteet sarakkeessa ”{ $score }”
structure-feedback-nps = NPS 0–10
structure-feedback-csat = CSAT 1–5
structure-feedback-ces = vaivannäkö 1–7
structure-feedback-rating = arvio 1–{ $high }
structure-feedback-scale = asteikko
