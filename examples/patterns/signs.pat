# An example user pattern file: a relation kind the ontology lacks, and two ways news writes it.
#   newsgraph build articles/ --patterns examples/patterns/signs.pat -o out
# Format: data/patterns/FORMAT.md. The words of verb:sign are in data/lexicon/words.tsv.

relation signs: person -> agreement

# "Foreign Minister Mara Novak signed the Ohrid Agreement", "X, who signed the accord"
pattern signs-agreement
  match p=PERSON ( , who )? verb:sign the? a=AGREEMENT
  emit signs p -> a
  example Foreign Minister Mara Novak signed the Ohrid Agreement in Skopje on Friday.
  expect signs Mara Novak -> Ohrid Agreement
  example Trade Minister Ivo Horvat, who signed the Central European Free Trade Agreement, resigned.
  expect signs Ivo Horvat -> Central European Free Trade Agreement
  never Foreign Minister Mara Novak said the Ohrid Agreement was signed in 2001.

# "The Ohrid Agreement, signed by Mara Novak and Ivo Horvat", "the treaty was signed by X"
pattern signed-by
  match a=AGREEMENT ( , | verb:be ) verb:sign by title? p=PERSON ( , title? p=PERSON )* ( and title? p=PERSON )?
  emit signs p -> a
  example The Ohrid Agreement, signed by Foreign Minister Mara Novak and Prime Minister Ivo Horvat, ended the fighting.
  expect signs Mara Novak -> Ohrid Agreement
  expect signs Ivo Horvat -> Ohrid Agreement
  never The Ohrid Agreement was praised by Foreign Minister Mara Novak.
