# How news tells a person's career (member-of, or leads after "director of", "head of" …). Each
# pattern marks the words (a cue); the careers step takes the person right before them ("X
# previously served as …", with words such as "previously" between: cue:career-between) — or,
# after "He"/"She" opening a sentence, the last person of the sentence before — and each body
# named after them in the clause.

pattern career-verb
  match v=verb:career
  emit cue career v
  example Dr. Lena Fischer previously served as director of the Danube Water Institute and worked at the World Bank.
  expect leads Lena Fischer -> Danube Water Institute
  expect member-of Lena Fischer -> World Bank
  never Dr. Lena Fischer praised the Danube Water Institute and the World Bank.

# "was" tells a career only as "previously was", "formerly was" or "was a former …"
pattern career-was-formerly
  match previously|formerly v=was
  emit cue career v
  example Dr. Lena Fischer previously was an economist at the World Bank.
  expect member-of Lena Fischer -> World Bank
  never Dr. Lena Fischer was at the World Bank on Monday for the water talks.

pattern career-was-a-former
  match v=was Any former
  emit cue career v
  example Dr. Lena Fischer was a former economist at the World Bank.
  expect member-of Lena Fischer -> World Bank
  never Dr. Lena Fischer was a guest of the World Bank on Monday.

# "Before joining the World Bank, X …": the body a person joined or left, opening the sentence
pattern career-before-joining
  match ^ ( !Word Any )* v=( before|after|since joining|leaving ) Any
  emit cue career-start v
  example Before joining the World Bank, Dr. Lena Fischer taught hydrology in Graz.
  expect member-of Lena Fischer -> World Bank
  never Dr. Lena Fischer taught hydrology in Graz before the World Bank hired her.
