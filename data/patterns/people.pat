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

# "Rosa Diaz heads the Chilean team", "Rosa Diaz will lead", "Rosa Diaz has headed": a verb of
# leading right after the name (one pattern per opening word, so that each is indexed by it)
pattern lead-after-name
  match v=cue:lead-after
  emit cue lead-after v
  example Rosa Diaz heads the Chilean team at the hake quota talks in Valparaiso.
  expect cue lead-after heads
  never Rosa Diaz joins the Chilean team at the hake quota talks in Valparaiso.

pattern will-lead-after-name
  match v=( will lead|head )
  emit cue lead-after v
  example Rosa Diaz will lead the Chilean team at the hake quota talks in Valparaiso.
  expect cue lead-after will lead
  never Rosa Diaz will join the Chilean team at the hake quota talks in Valparaiso.

pattern has-led-after-name
  match v=( has led|headed )
  emit cue lead-after v
  example Rosa Diaz has headed the Chilean team at the hake quota talks since 2019.
  expect cue lead-after has headed
  never Rosa Diaz has joined the Chilean team at the hake quota talks since 2019.
