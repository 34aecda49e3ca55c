# Ominaisuuspaneeli: sivupaneeli, jossa muokataan valittua (src/ui/inspector).
# "undo"-loppuiset tekstit nimeävät muokkausvaiheen Muokkaa-valikossa ("Kumoa: aseta
# kanava"), joka näyttää ne pienillä kirjaimilla.

inspector-title = Ominaisuudet
inspector-nothing-selected = Valitse kosketuspiste tai yhteys, niin voit muokata sitä. Lisää kosketuspiste kaksoisnapsauttamalla kartan tyhjää kohtaa.

## Paneelien yhteiset osat.

inspector-suggestions-hover = Tässä kartassa jo käytetyt arvot
# Kentän vieressä olevan valikkopainikkeen nimi ruudunlukijalle: "Vastuutaho: ehdotukset".
inspector-suggestions-name = { $name }: ehdotukset
# Valikko usealle asialle, joilla ei ole yhteistä arvoa.
inspector-choice-mixed = vaihtelee
# Valikko, jonka arvoa (kaistaa tai vaihetta) kartassa ei ole.
inspector-choice-missing = puuttuu
# Kosketuspisteen otsikko lauseessa.
inspector-quoted = ”{ $title }”
inspector-untitled = (ei otsikkoa)

## Osioiden otsikot.

inspector-section-place = Sijainti
inspector-section-terms = TERMS
inspector-section-experience = Kokemus
inspector-section-links = Yhteydet
inspector-section-observations = Havainnot
inspector-section-touchpoints = Kosketuspisteet

## Yksi kosketuspiste.

inspector-touchpoint-title = Kosketuspiste
inspector-visible = Näkyy asiakkaalle
inspector-hidden = Piilossa asiakkaalta, näkyvyyden rajan alapuolella
inspector-delete-touchpoint = Poista kosketuspiste
inspector-delete-touchpoint-hover = Poistaa kosketuspisteen ja sen yhteydet. Kumoamalla saat ne takaisin.
inspector-title-label = Otsikko
inspector-title-hint = Mitä tässä tapahtuu?
inspector-title-undo = Muuta kosketuspisteen otsikkoa
inspector-description = Kuvaus
inspector-description-undo = Muokkaa kuvausta
inspector-actor = Toimija
# Toimijavalikon ensimmäinen ehdotus; valittuna se kirjoitetaan karttaan.
inspector-actor-customer = Asiakas
inspector-actor-hint = Asiakas tai työntekijän rooli
inspector-actor-typed-undo = Muokkaa toimijaa
inspector-actor-picked-undo = Aseta toimija
inspector-owner = Vastuutaho
inspector-owner-hint = Vastuussa oleva yksikkö
inspector-owner-typed-undo = Muokkaa vastuutahoa
inspector-set-owner = Aseta vastuutaho
inspector-channel = Kanava
inspector-channel-undo = Aseta kanava
inspector-evidence = Näyttö
inspector-evidence-hover = Mistä tiedämme: joku näki sen, joku kertoi siitä, tai oletamme niin
inspector-evidence-undo = Aseta näytön taso
inspector-lane = Kaista
inspector-stage = Vaihe
inspector-move-undo = Siirrä kosketuspiste
inspector-no-links = Ei yhteyksiä. Luo yhteys vetämällä kortin reunasta.
# $title on jo lainausmerkeissä; $kind on flow tai support.
inspector-link-to = → kohteeseen { $title } ({ $kind ->
        [flow] kulku
       *[support] tuki
    })
inspector-link-from = ← kohteesta { $title } ({ $kind ->
        [flow] kulku
       *[support] tuki
    })

## Yhden kosketuspisteen TERMS-merkinnät. $area on TERMS-alueen nimi (terms-time …).

inspector-terms-tag-undo = Merkitse: { $area }
inspector-terms-untag-undo = Poista merkintä: { $area }
# Vakavuuspainikkeen nimi ruudunlukijalle: "Raha: vakavuus 3 kriittinen".
inspector-terms-severity-name = { $area }: vakavuus { $severity }
inspector-terms-severity-undo = Aseta vakavuus: { $area }
inspector-terms-note-hint = Mikä tässä menee vikaan?
inspector-terms-note-name = { $area }: muistiinpano
inspector-terms-note-undo = Muokkaa TERMS-muistiinpanoa
inspector-terms-none = Tähän ei ole merkitty TERMS-ongelmia.
inspector-terms-help-time = Aika: odottaminen, viiveet, hitaat vastaukset, turha vaiva
inspector-terms-help-emotion = Tunne: miltä asiakkaasta tuntuu: epävarmalta, sivuutetulta, ärtyneeltä
inspector-terms-help-risk = Riski: mikä voi mennä pieleen: virheet, kadonneet tiedot, pettymykset
inspector-terms-help-money = Raha: odottamattomat kulut, virheelliset laskut, huono vastine rahalle
inspector-terms-help-situation = Tilanne: missä ja milloin: paikka, laite, hetki

## Yhden kosketuspisteen arviot.

inspector-emotion = Asiakkaan tunne
inspector-emotion-undo = Aseta asiakkaan tunne
inspector-employee = Työntekijäkokemus
inspector-employee-undo = Aseta työntekijäkokemus
# Arviopainikkeiden nimet ruudunlukijalle: "Asiakkaan tunne: ei arvioitu", "Asiakkaan tunne −2".
inspector-rating-none-name = { $what }: ei arvioitu
inspector-rating-name = { $what } { $rating }

## Yhden kosketuspisteen havainnot.

inspector-observations-none = Ei vielä havaintoja.
inspector-observation-remove-undo = Poista havainto
inspector-observation-remove-hover = Poista tämä havainto
inspector-observation-remove-name = Poista havainto { $number }
inspector-observation = Havainto
inspector-observation-hint = Mitä joku näki tai kuuli?
inspector-observation-source = Lähde
inspector-observation-source-hint = Kuka kertoi, tai mistä tieto on
inspector-observation-evidence = Näyttö
inspector-observation-date = Päiväys
# Myös muokkausvaiheen nimi.
inspector-observation-add = Lisää havainto
# Päivämäärä kirjoitetaan esimerkin muodossa kielestä riippumatta.
inspector-observation-add-disabled = Kirjoita, mitä havaittiin, ja päivämäärä muodossa 2026-03-14

## Yksi yhteys.

inspector-link-title = Yhteys
inspector-link-from-label = Mistä
inspector-link-to-label = Mihin
inspector-link-kind = Tyyppi
inspector-link-flow-help = Kulku: mitä seuraavaksi tapahtuu.
inspector-link-support-help = Tuki: toiminto, joka mahdollistaa toisen toiminnon tai tuottaa sille tarvittavaa.
inspector-link-kind-undo = Vaihda yhteyden tyyppi
inspector-link-label = Selite
inspector-link-label-hint = Valinnainen, esim. ”jos maksettu”
inspector-link-label-undo = Muokkaa yhteyden selitettä
# Myös muokkausvaiheen nimi.
inspector-delete-link = Poista yhteys

## Useita asioita kerralla. $what on touchpoint-count, link-count tai inspector-several-both.

inspector-several-both = { $touchpoints } ja { $links }
inspector-several-selected = Valittuna { $what }
inspector-several-help = Tässä tehdyt muutokset koskevat kaikkia valittuja, ja yksi kumoaminen peruu ne.
# Myös muokkausvaiheen nimi.
inspector-several-delete = Poista { $what }
inspector-several-move-lane-undo = Siirrä { $count ->
        [one] { $count } kosketuspiste
       *[other] { $count } kosketuspistettä
    } toiselle kaistalle
inspector-several-move-stage-undo = Siirrä { $count ->
        [one] { $count } kosketuspiste
       *[other] { $count } kosketuspistettä
    } toiseen vaiheeseen
inspector-several-owner-hover = { $count ->
        [one] Aseta tämä vastuutaho kosketuspisteelle
       *[other] Aseta tämä vastuutaho kaikille { $count } kosketuspisteelle
    }
inspector-several-owner-undo = Aseta { $count } kosketuspisteen vastuutaho
# Painike usean kosketuspisteen vastuutahokentän alla.
inspector-set-owner-all = Aseta kaikille
inspector-severity = Vakavuus
inspector-tag-all = Merkitse kaikki
inspector-tag-all-hover = Jo kirjoitetut muistiinpanot säilyvät ennallaan
inspector-untag-all = Poista merkintä kaikista
inspector-several-tag-undo = Merkitse: { $area }, { $count ->
        [one] { $count } kosketuspiste
       *[other] { $count } kosketuspistettä
    }
inspector-several-untag-undo = Poista merkintä: { $area }, { $count ->
        [one] { $count } kosketuspiste
       *[other] { $count } kosketuspistettä
    }
inspector-several-kind-undo = Vaihda { $count } yhteyden tyyppi
inspector-key = Palautetunnus
inspector-key-hint = esim. lasku-ensin
inspector-key-hover = Lyhyt tunnus, jolla kyselyjen viennit voivat nimetä tämän kosketuspisteen. Vastaus yhdistetään kosketuspisteeseen, jonka tunnus, numero tai otsikko on vastauksen kosketuspistesarakkeessa.
inspector-key-undo = Aseta palautetunnus
inspector-section-feedback = Palaute
inspector-feedback-figure = { $audience ->
    [customer] Asiakkaat
   *[employee] Työntekijät
}: { $score } ({ $responses } vastausta)
inspector-feedback-period = { $from } – { $until }
inspector-feedback-in-period = { $score } ({ $responses })
inspector-feedback-none = Yksikään vastaus ei koske tätä kosketuspistettä.
inspector-feedback-comments = Uusimmat kommentit
inspector-feedback-undated = päiväämätön
inspector-feedback-said = { $audience ->
    [customer] Asiakkaat
   *[employee] Työntekijät
}, { $date }, pisteet { $score }
inspector-feedback-to-observation = Tee havainnoksi
inspector-feedback-to-observation-hover = Lisää kommentin kosketuspisteen havaintoihin kerrottuna, lähteenä { $file }.
inspector-feedback-already-observed = Tämä kommentti on jo kosketuspisteen havainto.
inspector-feedback-to-observation-undo = Kommentin tekeminen havainnoksi
