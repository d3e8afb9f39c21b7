# How news says that an agreement ends: each pattern marks the verb (a cue); the expiry step then
# takes the agreement before it (or after it, or the one "it" refers back to) and the date after it.

pattern expiry-expire
  match v=verb:expire
  emit cue expiry v
  example The Mekong Fisheries Agreement between Laos and Cambodia expires on March 31, 2027.
  expect expires Mekong Fisheries Agreement -> 2027-03-31
  never The Mekong fisheries accord between Laos and Cambodia was renewed on March 31, 2022.

pattern expiry-last-until
  match v=verb:last-until prep:until
  emit cue expiry v
  example The Columbia River Treaty remains valid until Sept. 16, 2024.
  expect expires Columbia River Treaty -> 2024-09-16
  never Talks on the Columbia River Treaty will last for three days from Sept. 16, 2024.

pattern expiry-ends-on
  match v=verb:ends prep:ends-at
  emit cue expiry v
  example The Black Sea Grain Initiative lapses on July 17, 2023.
  expect expires Black Sea Grain Initiative -> 2023-07-17
  never The Black Sea Grain Initiative was extended for 120 days on July 17, 2023.

pattern expiry-to-end
  match to an? v=end prep:ends-at
  emit cue expiry v
  example The New START Treaty is due to end on Feb. 5, 2026.
  expect expires New Strategic Arms Reduction Treaty -> 2026-02-05
  never The talks on the New START Treaty end on Feb. 5, 2026.

pattern expiry-runs-out
  match v=verb:runs-out out
  emit cue expiry v
  example The Indus Waters Treaty runs out in 2030, officials say.
  expect expires Indus Waters Treaty -> 2030
  never Patience with the Indus Waters Treaty runs thin, officials said in 2030.

pattern expiry-effective
  match v=effective
  emit cue expiry v
  example The Open Skies Treaty will be effective over the next five years through 2018.
  expect expires Open Skies Treaty -> 2018
  never The Open Skies Treaty was signed in 1992.
