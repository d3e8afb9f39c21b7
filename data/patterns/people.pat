# What makes a capitalised name a person's, as the mention recognisers read it. Format:
# data/patterns/FORMAT.md.

# A verb of saying (a cue: a leader's description ends there, as the leads steps read it).
pattern speech-verb
  match v=verb:speech
  emit cue speech v
  example "We are close to a deal on hake quotas," Rosa Diaz told reporters in Valparaiso.
  expect cue speech told
  never "We are close to a deal on hake quotas," according to Rosa Diaz in Valparaiso.

# Name patterns: the words around a capitalised span that say it names a person. NAME stands for
# the span the person recogniser is judging (a run of capitalised words with no other evidence);
# the pattern is tried around each such span, and `emit PERSON n` over it when the words fit.

# "Rosa Diaz said", '"… a deal," Rosa Diaz told reporters': a verb of saying right after the name
pattern speaker-before-verb
  match n=NAME verb:speech
  emit PERSON n
  example "We are close to a deal on hake quotas," Rosa Diaz told reporters in Valparaiso.
  expect PERSON Rosa Diaz
  never "We are close to a deal on hake quotas," according to Rosa Diaz in Valparaiso.

# "Chilean negotiator Rosa Diaz", "the fisheries expert Rosa Diaz": a lower-case role word right
# before the name
pattern role-before-name
  match !Cap cue:person-before n=NAME
  emit PERSON n
  example The quota talks were opened by fisheries expert Rosa Diaz in Valparaiso.
  expect PERSON Rosa Diaz
  never The quota talks were opened by Fisheries Expert Rosa Diaz in Valparaiso.

# "Argentina's counterpart, Rosa Diaz, said …": the role word, then a comma
pattern role-comma-name
  match cue:person-before , n=NAME
  emit PERSON n
  example Argentina sent its counterpart, Rosa Diaz, to the hake quota talks in Valparaiso.
  expect PERSON Rosa Diaz
  never Argentina sent its team to Rosa Diaz Park for the hake quota talks in Valparaiso.

# "(ROSA DIAZ / ANDES)": a photo credit, the name in brackets before a slash
pattern credit-in-brackets
  match "(" n=NAME /
  emit PERSON n
  example The Chilean and Argentine delegations meet in Punta Arenas. (ROSA DIAZ / ANDES)
  expect PERSON Rosa Diaz
  never The Chilean and Argentine delegations meet in Punta Arenas (Rosa Diaz Hall).

# '"… a fair quota," Rosa Diaz, director of …' and '"…," Rosa Diaz told': the speaker right after
# a quotation, before a comma or a verb of saying
pattern quoted-speaker
  match , punct:close-quote n=NAME ( , | verb:speech )
  emit PERSON n
  example "We are close to a fair quota," Rosa Diaz, director of the Valparaiso fisheries institute, said.
  expect PERSON Rosa Diaz
  never "We are close to a fair quota." Rosa Diaz Hall will host the talks in Valparaiso.

# "…, said Rosa Diaz of the fisheries institute.": the speaker after the verb, closing the
# sentence or followed by a comma or "of"
pattern said-name
  match said|says n=NAME ( , | . | of | !Any )
  emit PERSON n
  example "The hake quota talks are stuck," said Rosa Diaz of the Valparaiso fisheries institute.
  expect PERSON Rosa Diaz
  never The statement said Rosa Diaz would lead the Chilean team at the hake quota talks.

# "Photo: Rosa Diaz", "(Andes Photo/Rosa Diaz)", "Courtesy Rosa Diaz": a credit label (and its
# colon or slash) right before the name
pattern credit-label
  match ( cue:credit-label :|/? ) n=NAME
  emit PERSON n
  example The Chilean and Argentine delegations meet in Punta Arenas. (Andes Photo/Rosa Diaz)
  expect PERSON Rosa Diaz
  never The Chilean and Argentine delegations meet in Punta Arenas. (Andes Press/Rosa Diaz)

# "Rosa Diaz heads the Chilean team", "Rosa Diaz will lead", "Rosa Diaz has headed": a verb of
# leading right after the name
pattern lead-after-name
  match n=NAME ( cue:lead-after | will lead|head | has led|headed )
  emit PERSON n
  example Rosa Diaz heads the Chilean team at the hake quota talks in Valparaiso.
  expect PERSON Rosa Diaz
  example Rosa Diaz will lead the Chilean team at the hake quota talks in Valparaiso.
  expect PERSON Rosa Diaz
  example Rosa Diaz has headed the Chilean team at the hake quota talks since 2019.
  expect PERSON Rosa Diaz
  never Rosa Diaz joins the Chilean team at the hake quota talks in Valparaiso.
  never Rosa Diaz will join the Chilean team at the hake quota talks in Valparaiso.

# "Jeong Eun-bo (R)", "Rosa Diaz (@rdiaz)": a bracket after the name that opens no number
# ("Pakal Dul (1,000 MW)" is a dam)
pattern bracket-after-name
  match n=NAME "(" !Num
  emit PERSON n
  example Rosa Diaz (R) shakes hands with her Argentine counterpart in Punta Arenas.
  expect PERSON Rosa Diaz
  never The Rosa Diaz (1,200 MW) plant is part of the water talks in Punta Arenas.

# A byline's contact after the name: "Rosa Diaz rdiaz@andes.cl", "Rosa Diaz @rdiaz", "Rosa Diaz Tel …"
pattern byline-contact
  match n=NAME ( "@" | Any "@" | tel )
  emit PERSON n
  example Rosa Diaz rdiaz@andes.cl contributed from Punta Arenas.
  expect PERSON Rosa Diaz
  never Rosa Diaz Street in Punta Arenas hosts the hake quota talks.

# "the Vice President of Venezuela, Delcy Rodriguez", "the head of the Kurdistan Region, X", "the
# Permanent Representative of Peru to the United Nations, X": a title (or a role word), the
# country or body it serves (and where it is posted), then a comma and the name
pattern titled-body-comma-name
  match ( title:head|member|negotiator | cue:person-before ) of ( the | to | Cap )+ , n=NAME
  emit PERSON n
  example The Vice President of Paraguay, Elena Cabral Duarte, opened the Itaipu talks in Asuncion.
  expect PERSON Elena Cabral Duarte
  never The capital of Paraguay, Ciudad del Este and Encarnacion hosted the Itaipu talks.

# "Britain's Chief Negotiator for the FTA - X": a title, what it is for, a dash, the name
pattern title-dash-name
  match title:head|member|negotiator ..6 "-" n=NAME
  emit PERSON n
  example Chile's Chief Negotiator for the fisheries accord - Elena Cabral Duarte - spoke in Lima.
  expect PERSON Elena Cabral Duarte
  never Chile's fisheries accord - Elena Cabral Duarte Park - was signed in Lima.

# An appositive after the name's comma: "Rosa Diaz, the fisheries minister, said …", "Rosa Diaz,
# a former envoy", "Rosa Diaz, 54," is not (a number), nor a list ("Lima, Quito and Bogota") or a
# clause ("Arica, where the talks …": cue:not-appositive). "the" and a capitalised word is a role
# only with a role word there ("X, the KRG Representative to Washington": code, recognise_people.cc).
pattern appositive-word-name
  match n=NAME , !the !Cap !Num !cue:not-appositive Word
  emit PERSON n
  example Hake talks resumed in Lima. Velmar Quisto, a former fisheries official, opened them.
  expect PERSON Velmar Quisto
  never Hake talks resumed at Caleta Quintay, where the fishing fleet docks.

pattern appositive-the-name
  match n=NAME , the !Cap
  emit PERSON n
  example Hake talks resumed in Lima. Velmar Quisto, the fisheries official, opened them.
  expect PERSON Velmar Quisto
  never Hake talks resumed at Caleta Quintay, the Chilean port, in May.

# "Velmar Quisto, Deputy Minister for Fisheries, said …": a title right after the comma
pattern appositive-title-name
  match n=NAME , title
  emit PERSON n
  example Hake talks resumed in Lima. Velmar Quisto, Deputy Fisheries Minister of Chile, opened them.
  expect PERSON Velmar Quisto
  never Hake talks resumed at Caleta Quintay, Valparaiso and Arica in May.

# "The Andes Council is led by Rosa Diaz and Karim Haddad": a second leader after "and", once the
# first is a person (a verb of leading and "by" mark the first only)
pattern co-leader-name
  match verb:lead-delegation by title? PERSON ( , title? PERSON )* and title? n=NAME
  emit PERSON n
  example The hake quota talks are held in Valparaiso, and the Andes Council is led by Rosa al-Diaz and Karim Haddad.
  expect PERSON Karim Haddad
  never The Andes Council is led by Rosa al-Diaz and Andes Fisheries Board staff at the hake quota talks.

# "the Andes Council's co-chairs Rosa Diaz and Karim Haddad", "Andean co-chairman Rosa Diaz": a
# shared or plural role (noun:co-role) before the names, each a person
pattern co-role-name
  match noun:co-role n=NAME
  emit PERSON n
  example The hake quota talks were opened by the Andes Council co-chairs Rosa Diaz and Karim Haddad.
  expect PERSON Rosa Diaz
  never The hake quota talks were opened by the Andes Council chairs of Rosa Diaz Park.

pattern co-role-second-name
  match noun:co-role PERSON ( , PERSON )* and n=NAME
  emit PERSON n
  example The hake quota talks were opened by the Andes Council co-chairs Rosa Diaz and Karim Haddad.
  expect PERSON Karim Haddad
  never The hake quota talks were opened by the Andes Council co-chair Rosa Diaz and Valparaiso port officials.
