# What makes a capitalised name a person's, as the mention recognisers read it (cues found on the
# words alone, before any mention: they may hold no mention condition). Format: data/patterns/FORMAT.md.

# "Rosa Diaz said", "… a deal," Rosa Diaz told reporters: a verb of saying right after the name
pattern speech-verb
  match v=verb:speech
  emit cue speech v
  example "We are close to a deal on hake quotas," Rosa Diaz told reporters in Valparaiso.
  expect cue speech told
  never "We are close to a deal on hake quotas," according to Rosa Diaz in Valparaiso.

# "Photo: Rosa Diaz", "(Andes Photo/Rosa Diaz)", "Courtesy Rosa Diaz": a credit label (and its
# colon or slash) right before the name
pattern credit-label
  match v=( cue:credit-label :|/? )
  emit cue credit v
  example The Chilean and Argentine delegations meet in Punta Arenas. (Andes Photo/Rosa Diaz)
  expect cue credit Photo/
  never The Chilean and Argentine delegations meet in Punta Arenas. (Andes Press/Rosa Diaz)
