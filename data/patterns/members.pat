# Who belongs to a side: the words that open the list of a delegation's members, and the words
# that make a person the head of the delegation named before (cues: the delegation steps find the
# delegation and the people around them).

# "The Kenyan delegation also included X", "The team comprises X and Y", "For Chile, the talks
# will be led by A and include B"
pattern members-include
  match v=include|includes|included|comprises
  emit cue members v
  example The Kenyan delegation also included Amina Otieno, a senior trade official.
  expect cue members included
  never The Kenyan delegation also met Amina Otieno, a senior trade official.

# "The panel is composed of", "consists of", "made up of", "with members from"
pattern members-made-of
  match v=verb:made-of of
  emit cue members v
  example The Chilean negotiating team is composed of Rosa Diaz and Jorge Ruiz.
  expect cue members composed
  never The Chilean negotiating team composed a letter to Rosa Diaz and Jorge Ruiz.

pattern members-made-up-of
  match v=made up of
  emit cue members v
  example The Chilean negotiating team is made up of Rosa Diaz and Jorge Ruiz.
  expect cue members made
  never The Chilean negotiating team made an offer to Rosa Diaz and Jorge Ruiz.

pattern members-with-members
  match with v=members
  emit cue members v
  example The Chilean delegation, with members from the mining ministry, arrived in Lima.
  expect cue members members
  never The Chilean delegation met members of the mining ministry in Lima.

# "From the Japanese side, Mr. X, Deputy Minister (Chief Delegate)", "X, head of delegation"
pattern chief-delegate
  match v=chief|head ( delegate | of delegation )
  emit cue chief-delegate v
  example From the Peruvian side, Ms. Elena Quispe, Vice Minister (Chief Delegate), attended.
  expect cue chief-delegate Chief
  never From the Peruvian side, Ms. Elena Quispe, Vice Minister and chief economist, attended.

# "Andean Community Vice President Rosa Diaz", "the United Nations (UN) Special Envoy X": a body right
# before a member's or negotiator's title
pattern member-body-before-title
  match !DELEGATION a=AGENCY ")"? title:member|negotiator p=PERSON
  emit member-of p -> a
  example The Andean Community Vice President Rosa Diaz attended the water talks in Quito.
  expect member-of Rosa Diaz -> Andean Community
  never The Andean Community thanked Vice President Rosa Diaz at the water talks in Quito.
