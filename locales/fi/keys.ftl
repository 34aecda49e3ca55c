# Pikanäppäinluettelo (F1 tai ?): kaikki komennot haettavina ja kartan näppäimet.

keys-title = Näppäimistö ja komennot
keys-search = Etsi komento
keys-search-hint = Kirjoita etsiäksesi komentoa; ↑ ↓ valitsee, Enter suorittaa, Esc sulkee
keys-no-match = Mikään komento ei vastaa hakua ”{ $query }”.
keys-commands = Komennot
keys-on-map = Kartan näppäimet
keys-in-walk = Läpikäynnin näppäimet (uudet asiakaslasit)
keys-command = Näppäimistö ja komennot…
keys-in-menu = { $menu }: { $command }
keys-in-new = Uusi
keys-in-recent = Avaa viimeisimmistä
keys-in-export = Vie
keys-in-theme = Teema
keys-in-language = Kieli
keys-close = Sulje

keys-map-tab = Seuraava tai edellinen kosketuspiste asiakaspolun järjestyksessä
keys-map-arrows = Lähin kosketuspiste siihen suuntaan
keys-map-enter = Muokkaa valitun kosketuspisteen otsikkoa (Enter tai Esc palaa kartalle)
keys-map-add = Lisää kosketuspiste valitun jälkeen ja yhdistä se siihen
keys-map-link = Yhdistä valitut kosketuspisteet vasemmalta oikealle
keys-map-move = Siirrä valittuja kosketuspisteitä (ylös ja alas: ylempään tai alempaan kaistaan)
keys-map-extend = Lisää valintaan lähin kosketuspiste siihen suuntaan
keys-map-delete = Poista valitut
keys-map-escape = Tyhjennä valinta; sen jälkeen sarkain kulkee paneelien läpi
keys-map-fit = Sovita kartta ikkunaan
keys-map-sheet = Tämä luettelo

keys-walk-next = Seuraava vaihe
keys-walk-previous = Edellinen vaihe
keys-walk-tag = Merkitse Aika, Tunne, Riski, Raha tai Tilanne (pieni → merkittävä → kriittinen → pois)
keys-walk-emotion = Miltä asiakkaasta tuntuu, −2:sta +2:een
keys-walk-note = Kirjoita muistiinpano
keys-walk-reveal = Näytä vaiheen taustalla tehtävä työ
keys-walk-end = Lopeta läpikäynti
