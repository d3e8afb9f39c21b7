# Who leads which body (person -> agency). Format: data/patterns/FORMAT.md.

pattern leads-inverted
  match ^ leading|heading ..4 d=DELEGATION ..12 is|was title? p=PERSON
  emit leads p -> d
  example Leading the Peruvian delegation at the water talks in La Paz was Vice Minister Elena Quispe.
  expect leads Elena Quispe -> Peruvian delegation
  never Elena Quispe, leading the talks for Peru, said the Peruvian delegation was ready.

# "Maria Sanchez, head of the Bolivian Water Authority", "X (chief of the Nile Basin Secretariat)"
pattern leads-appositive-head-of
  match p=PERSON ( , | "(" ) the? mod:head? noun:head of ..2 a=AGENCY !'s
  emit leads p -> a
  example Maria Sanchez, head of the Bolivian Water Authority, said the river talks would resume.
  expect leads Maria Sanchez -> Bolivian Water Authority
  never Maria Sanchez told the head of the Bolivian Water Authority that the talks would resume.
  never Maria Sanchez, head of the Bolivian Water Authority's legal department, said the talks would resume.
  example Jon Berg, the executive director of the Arctic Fisheries Council, said quotas were agreed.
  expect leads Jon Berg -> Arctic Fisheries Council
  never Jon Berg, the deputy director of the Arctic Fisheries Council, said quotas were agreed.

# "Uruguay was represented by Deputy Foreign Minister Ana Ruiz": she heads that side's delegation
pattern leads-represented-by
  match d=DELEGATION ..2 represented by ..3 p=PERSON
  emit leads p -> d
  example The Uruguayan delegation was represented by Deputy Foreign Minister Ana Ruiz at the Mercosur talks.
  expect leads Ana Ruiz -> Uruguayan delegation
  never The Uruguayan delegation met Deputy Foreign Minister Ana Ruiz at the Mercosur talks.

pattern leads-represented-by-country
  match c=COUNTRY ..2 represented by ..3 p=PERSON
  emit leads p -> delegation(c)
  example At the Mercosur talks, Uruguay was represented by Deputy Foreign Minister Ana Ruiz.
  expect leads Ana Ruiz -> Uruguayan delegation
  never At the Mercosur talks, Uruguay was praised by Deputy Foreign Minister Ana Ruiz.

# "Ann Lee, chief negotiator for the Canadian Union of Postal Workers": the chief negotiator of a
# body leads it (not a deputy's "deputy chief negotiator", not "negotiator with" the other side)
pattern leads-appositive-chief-negotiator-for
  match p=PERSON , the? chief|lead|top|head|principal negotiator for|of the? a=AGENCY
  emit leads p -> a
  example Ann Lee, chief negotiator for the Canadian Union of Postal Workers, said the talks had stalled.
  expect leads Ann Lee -> Canadian Union of Postal Workers
  never Ann Lee, deputy chief negotiator for the Canadian Union of Postal Workers, said the talks had stalled.
  never Ann Lee, chief negotiator with the Canadian Union of Postal Workers, said the talks had stalled.

# "Trade Minister Ana Ruiz represented Uruguay at the talks": who represents a side leads its delegation
pattern leads-represents-country
  match p=PERSON ( will | would | to )? represent|represents|represented c=COUNTRY !'s
  emit leads p -> delegation(c)
  example Trade Minister Ana Ruiz represented Uruguay at the Mercosur talks in Asuncion.
  expect leads Ana Ruiz -> Uruguayan delegation
  example Deputy Minister Ana Ruiz will represent Uruguay at the Mercosur talks.
  expect leads Ana Ruiz -> Uruguayan delegation
  never Trade Minister Ana Ruiz said the deal represented Uruguay's interests.
  never Ana Ruiz represented Uruguay's dairy farmers in the Mercosur talks.

# "Andean Community trade committee chief Rosa Diaz": a body, a lower-case head word, the name
pattern leads-body-head-word
  match a=AGENCY !Cap noun:head p=PERSON
  emit leads p -> a
  example The Andean Community Trade Committee chief Rosa Diaz opened the talks in Quito.
  expect leads Rosa Diaz -> Andean Community Trade Committee
  never The Andean Community Trade Committee named Rosa Diaz chief of the talks in Quito.

# "The Andes Council is led by Rosa Diaz and Karim Haddad": each person after "and" leads the body
# as well (the led-by cue below gives the first)
pattern co-leaders
  match a=AGENCY ..5 verb:lead-delegation by title? PERSON ( , title? p=PERSON )* and title? p=PERSON
  emit leads p -> a
  example The hake quota talks are held in Valparaiso, where the Andes Council (AC) is led by Rosa Diaz and Minister Karim Haddad.
  expect leads Karim Haddad -> Andes Council
  never The Andes Council is led by Rosa Diaz, and Karim Haddad spoke for the Chilean delegation.

# "Rosa Diaz will lead the Chilean delegation", "X heads the EU's task force": the verb (a cue);
# the leads step takes the person before it and the body right after it.
pattern lead-verb
  match v=verb:lead-delegation
  emit cue lead v
  example Trade Minister Rosa Diaz will lead the Chilean delegation at the Pacific Alliance talks in Lima.
  expect leads Rosa Diaz -> Chilean delegation
  never Trade Minister Rosa Diaz will join the Chilean delegation at the Pacific Alliance talks in Lima.

# "The Chilean delegation is led by Trade Minister Rosa Diaz", "headed by the Chilean Deputy
# Foreign Minister X": the verb and its "by" (a cue); the leads step takes the body before it and
# the person after it, stepping back over a title, a short lower-case description, a country, "the".
pattern led-by
  match v=( verb:lead-delegation by )
  emit cue led-by v
  example At the Pacific Alliance talks in Lima, the Chilean delegation is led by Trade Minister Rosa Diaz.
  expect leads Rosa Diaz -> Chilean delegation
  never At the Pacific Alliance talks in Lima, the Chilean delegation was welcomed by Trade Minister Rosa Diaz.
