# Who leads which body (person -> agency). Format: data/patterns/FORMAT.md.

pattern leads-inverted
  match ^ leading|heading ..4 d=DELEGATION ..12 is|was title? p=PERSON
  emit leads p -> d
  example Leading the Peruvian delegation at the water talks in La Paz was Vice Minister Elena Quispe.
  expect leads Elena Quispe -> Peruvian delegation
  never Elena Quispe, leading the talks for Peru, said the Peruvian delegation was ready.
