# Where talks are held: the words before a place that make it the venue of what the clause is
# about (a cue: the rounds step takes the first such place in the round's clause).

# "talks in Montevideo", "at the Itamaraty Palace", "in Geneva" — but not "troops stationed in
# Japan" or "the war in Yemen", not a possessor ("in Uruguay's capital"), and not the wider
# place of "in the Caribbean island of Barbados" (venue-island-of finds the island)
pattern venue-after-preposition
  match ( ^ | !cue:other-place Any ) prep:place the? x=PLACE !'s !noun:place-kind
  emit cue venue x
  example The fourth round of the Mercosur-EU talks was held in Montevideo on Monday.
  expect cue venue Montevideo
  never The fourth round of the talks discussed troops stationed in Montevideo.
  never The fourth round of the fisheries talks was held in the Pacific island of Tonga.
  never The fourth round of the talks was suspended over the political crisis in Montevideo.
  never The fourth round of the talks discussed the needs of people in Montevideo.

# "on the island of Zanzibar", "in the Gulf state of Qatar"
pattern venue-island-of
  match noun:place-kind of the? x=PLACE !'s
  emit cue venue x
  example The next round of Sudan peace talks opens on Monday in the Gulf state of Qatar.
  expect cue venue Qatar
  never The next round of Sudan peace talks opens on Monday with the mediation of Qatar.

# "held on the Indian side of the Chushul-Moldo border meeting point": one side of a border
# place (but not "troops stationed on the … side of")
pattern venue-side-of
  match ( ^ | !cue:other-place Any ) on|at the Any side of the? x=PLACE !'s
  emit cue venue x
  example The ninth round of the border talks was held on the Kenyan side of the Oltepesi border meeting point.
  expect cue venue Oltepesi border meeting point
  never The ninth round of the border talks discussed troops stationed on the Kenyan side of the Oltepesi border meeting point.

# "talks hosted by Oman"
pattern venue-hosted-by
  match hosted by the? x=PLACE !'s
  emit cue venue x
  example The indirect talks between Iran and the United States were hosted by Oman.
  expect cue venue Oman
  never The indirect talks between Iran and the United States were welcomed by Oman.

# "The second round is scheduled for Brussels"
pattern venue-scheduled-for
  match cue:scheduled-for for the? x=PLACE !'s
  emit cue venue x
  example The second round of the fisheries talks is scheduled for Reykjavik.
  expect cue venue Reykjavik
  never The second round of the fisheries talks is scheduled for March.

# "with some officials travelling to London", "the delegation flew to Doha": where the delegates go
# for a round (the rounds step takes such a city when the clause names no other place)
pattern travel-to
  match verb:travel to x=PLACE
  emit cue travel x
  example The sixth round was held in a hybrid format, with some Kenyan officials travelling to Geneva.
  expect cue travel Geneva
  never The sixth round was held in a hybrid format, with some Kenyan officials calling from Geneva.

# "Nairobi hosted the second session of …", "Oman will host the next round": the place that hosts
# a round, written before it, is its venue (not "the country hosts 2,500 troops": no round follows)
pattern venue-hosts
  match x=PLACE ( will | would | to )? verb:host the? ROUND
  emit cue host x
  example Reykjavik hosted the third round of the fisheries talks last week.
  expect cue host Reykjavik
  never Reykjavik hosted a concert before the third round of the fisheries talks.
