# Words that make the person named near them the head of a side's delegation (who leads what:
# person -> agency). Each pattern marks the word (a cue); the leads step then finds the side — a
# country within the person's clause before the word, or between the name and the word after it
# ("X, Peru's negotiator") — and makes the person head of that side's delegation. Not a deputy's
# word ("deputy chief negotiator"): the first group is the look-behind that says so.

pattern negotiator-word
  match ( ^ | ^ !deputy Any | !deputy Any !deputy Any ) v=negotiator
  emit cue negotiator v
  example Ecuador's top banana negotiator, Rosa Mena, said the tariff gap had narrowed.
  expect leads Rosa Mena -> Ecuadorian delegation
  example Rosa Mena, Ecuador's negotiator at the banana talks, said the gap had narrowed.
  expect leads Rosa Mena -> Ecuadorian delegation
  never Ecuador's deputy banana negotiator, Rosa Mena, said the tariff gap had narrowed.

# "Norway's special envoy to the peace talks, X": an envoy to talks, not any envoy
pattern negotiator-envoy-to-talks
  match ( ^ | ^ !deputy Any | !deputy Any !deputy Any ) v=envoy ..6 talks|negotiations
  emit cue negotiator v
  example Norway's special envoy to the Colombian peace talks, Dag Larsen, arrived in Havana.
  expect leads Dag Larsen -> Norwegian delegation
  never Norway's special envoy Dag Larsen arrived in Havana for a state visit.

# "X, who represents Bolivia at the water talks": the side after the verb; "representing Bolivia,
# X" before the name, like a negotiator's side
pattern negotiator-represents
  match ( ^ | ^ !deputy Any | !deputy Any !deputy Any ) v=represents|represent|representing|represented
  emit cue represents v
  example Water Minister Ana Flores, who represents Bolivia at the Pilcomayo talks, said a deal was near.
  expect leads Ana Flores -> Bolivian delegation
  never Water Minister Ana Flores, who met Bolivia's team at the Pilcomayo talks, said a deal was near.
