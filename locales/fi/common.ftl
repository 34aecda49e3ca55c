# Tekstit, joita polku käyttää kaikkialla.

language-name = Suomi
language-system = Järjestelmän mukaan
touchpoint-count = { $count ->
    [one] { $count } kosketuspiste
   *[other] { $count } kosketuspistettä
}
link-count = { $count ->
    [one] { $count } yhteys
   *[other] { $count } yhteyttä
}

## TERMS: kirjaimet pysyvät, alueet nimetään kullakin kielellä.

terms-time = Aika
terms-emotion = Tunne
terms-risk = Riski
terms-money = Raha
terms-situation = Tilanne
