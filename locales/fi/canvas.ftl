# Kartta (src/ui/canvas) ja läpikäynti uusin asiakaslasein (src/ui/walkthrough).
# "edit"-nimiset tekstit nimeävät Muokkaa-valikon vaiheen ("Kumoa kosketuspisteen
# siirtäminen"); valikko näyttää ne pienellä alkukirjaimella, joten ne kirjoitetaan teonnimenä.

## Kartta.

canvas-empty-hint = Lisää kosketuspiste kaksoisnapsauttamalla kaistaa
canvas-overview-shown = { $shown }/{ $count }
canvas-overview-stages = Vaiheet { $first }–{ $last }
# Kortin reunassa olevan kahvan saavutettava nimi; kahvasta vedetään yhteys.
canvas-link-from = Yhteys kohteesta { $title }
# Kaksoisnapsautuksella tehdyn kosketuspisteen alkuperäinen otsikko.
canvas-new-title = Uusi kosketuspiste
# Asiakas-kaistalle tehdyn kosketuspisteen toimija.
canvas-new-actor-customer = Asiakas
canvas-edit-add = Kosketuspisteen lisääminen
canvas-edit-move-one = Kosketuspisteen siirtäminen
canvas-edit-move = Kosketuspisteiden siirtäminen
canvas-edit-link = Kosketuspisteiden yhdistäminen
# Valinnan siirtäminen nuolinäppäimillä.
canvas-edit-nudge = Hienosiirtäminen
# Kirjaimet kartalla korostetun lupauksen korteissa: L lunastaa sen, V varmistaa sen.
canvas-mark-redeems = L
canvas-mark-secures = V

## Läpikäynti.

canvas-walk-customer-glasses = Uudet asiakaslasit
canvas-walk-employee-glasses = Uudet työntekijälasit
canvas-walk-persona = Persoona
canvas-walk-everyone = Kaikki
canvas-walk-back = ◀ Edellinen
canvas-walk-next = Seuraava ▶
canvas-walk-step = Askel { $step } / { $total }
canvas-walk-reveal = Näytä piilossa oleva työ
canvas-walk-leave = Lopeta läpikäynti
canvas-walk-strip-step = { $step }. { $title }
canvas-walk-nothing = Täällä ei ole mitään läpikäytävää: näiden lasien läpi ei näy yhtään kosketuspistettä.
canvas-walk-out-of-sight = Tämän hetken takana oleva työ on piilossa. Näet sen painamalla H:ta tai painiketta ”Näytä piilossa oleva työ”.
# Läpikäynnin näppäimet sen alla. Näppäimet (T E R M S, N, H) ovat samat kaikilla kielillä.
canvas-walk-keys = → tai välilyönti: seuraava   ← tai askelpalautin: edellinen   T E R M S: merkitse (uudelleen: vakavampi, sitten pois)   1–5: tunne −2…+2   N: muistiinpano   H: näytä piilossa oleva   Esc: lopeta
# TERMS-alue (tai sen kirjain) ja vakavuus: "Raha: kriittinen", "M: kriittinen".
canvas-walk-area-severity = { $area }: { $severity }
canvas-walk-not-rated = ei arvioitu
canvas-walk-emotion = Asiakkaan tunne: { $rating }
canvas-walk-observations = { $count ->
    [one] { $count } havainto; uusin { $date }: { $text }
   *[other] { $count } havaintoa; uusin { $date }: { $text }
}
canvas-walk-note = Muistiinpano
canvas-walk-note-hint = Mitä uusi asiakas huomaa tässä? Enter tallentaa, Esc hylkää
canvas-walk-behind = Tämän hetken takana
canvas-walk-behind-none = Tähän ei johda yhtään piilossa olevaa askelta: mikään taustatoiminta ei tue tätä hetkeä, tai sitä ei ole vielä kartoitettu.
canvas-walk-edit-tag = { $area }-merkintä
canvas-walk-edit-emotion = Tunteen arvioiminen
canvas-walk-edit-note = Havainnon lisääminen
# Läpikäynnillä kirjatun havainnon lähde, tallennetaan kartan mukana.
canvas-walk-source = Läpikäynti

## Mitä läpikäynti löysi: yhteenveto sen päättyessä.

canvas-walk-found-tag = { $area }: { $severity }
canvas-walk-found-cleared = { $area }: poistettu
canvas-walk-found-emotion = Tunne { $rating }
canvas-walk-found-note = Muistiinpano: { $text }
canvas-summary-title = Mitä läpikäynti löysi
canvas-summary-empty = Tällä läpikäynnillä ei merkitty eikä kirjattu mitään.
# Kosketuspisteen paikalla, jos se on poistettu sen jälkeen, kun läpikäynti löysi siitä jotain.
canvas-summary-removed = (poistettu)
canvas-summary-done = Valmis

## Mitä ruudunlukija kertoo kortista otsikon jälkeen.
canvas-card-place = Kaista { $lane }, vaihe { $stage }
canvas-card-tags = TERMS: { $tags }
canvas-card-emotion = Tunne { $rating }
canvas-card-measured = { $whose }: mitattu { $score } ({ $responses } vastausta)
