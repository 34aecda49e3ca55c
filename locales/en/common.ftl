# Texts used all over polku.

language-name = English
language-system = As the system
touchpoint-count = { $count ->
    [one] { $count } touchpoint
   *[other] { $count } touchpoints
}
link-count = { $count ->
    [one] { $count } link
   *[other] { $count } links
}

## TERMS: the letters stay; the areas are named in each language.

terms-time = Time
terms-emotion = Emotion
terms-risk = Risk
terms-money = Money
terms-situation = Situation
