#include "extract/recognise_people.h"

#include <algorithm>

namespace newsgraph::extract::recognise {

// Records a person over [b, e) if the evidence holds (or it is someone named before).
void PersonRules::person(std::size_t b, std::size_t e, bool evidence, int title_entry, std::size_t title_b) {
  std::string_view text = span_text(s_, b, e);
  // "(JOE KLAMAR / AFP)", "AFP/JOE KLAMAR": a photo credit beside an outlet
  const bool credit = (e + 1 < n() && t_[e].text == "/" && t_[e + 1].cap) || outlet_slash_before(b);
  if (!t_[b].cap) return;  // "of India": a name starts with a capital
  if (lex_.country_by_adjective(text)) return;  // "Major Canadian lumber firms"
  for (std::size_t k = b; k < e; ++k) {
    if (lex_.is_orghead(t_[k].text) || common_word(k)) return;
    if (t_[k].cap && is_any(t_[k], lex_.words(Words::person_before))) return;  // "High Commissioner for …": a role
    if (lex_.is_stopword(t_[k].text) && !(evidence && k > b)) return;
    if (!t_[k].cap && t_[k].text != "-" && !is_any(t_[k], lex_.words(Words::connectors))) return;
    // Shouted words are not names ("WARM-UP"), except initials and photo credits "(JOE KLAMAR / AFP)".
    if (t_[k].cap && !name_cased(t_[k].text) && t_[k].text.size() > 2 && !credit) return;
  }
  std::string name = is_all_caps(text) ? title_case(text) : std::string(text);
  const std::size_t words = name_words(b, e);
  std::string full = ctx_.people.count(name) ? name : known(name);
  std::string_view rule;  // the name pattern that found the cue, for --trace
  const bool cue = evidence || (words >= 2 && words <= 5 && person_cue(b, e, &rule));
  if (full.empty()) {
    if (!cue) {
      // Not (yet) known to be a person: remembered, and decided once the whole article is read
      // (resolve_pending), since the cue often comes later ("Barnier told reporters").
      if (words >= 2 && words <= 3) ctx_.name_candidates.insert(name);
      if (words == 1 && person_cue(b, e)) ctx_.surname_cues.insert(name);
      if (words <= 5) s_.pending.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), name});
      return;
    }
    full = name;
  }
  if (cue && (words >= 2 || known(name).empty())) {
    // "Mr Frost" makes a full "David Frost" seen without a cue a person (promote_candidates)
    if (words == 1) ctx_.surname_cues.insert(name);
    ctx_.people.insert(full);
  }
  Mention m;
  m.type = EntityType::person;
  m.name = full;
  m.surface = std::string(text);
  m.title = title_entry;
  m.title_begin = static_cast<std::uint32_t>(title_b);
  m.rule = rule;
  if (title_entry >= 0 && title_b < b) {
    // keep the titled form as an alias: "President Trump", "U.S. President Donald Trump"
    std::size_t tb = title_b;
    // with the country word before the title ("U.S. President …"), not a sentence's first word
    if (tb > 0 && t_[tb - 1].cap && (tb < 2 || !t_[tb - 2].cap) &&
        (lex_.country_by_adjective(t_[tb - 1].text) || !matches_at(tb - 1).empty()))
      --tb;
    if (tb < title_b)
      if (auto c = lex_.country_by_adjective(t_[tb].text)) ctx_.person_country[full] = lex_.entry(*c).attr("code");
    m.surface = std::string(span_text(s_, tb, e));
  }
  add(std::move(m), b, e);
}

// 'Joaquin "El Gato" Herrera': a nickname in quotes between a given name and a family name
// makes the words around it one person's name; the person is named without the nickname (the
// article calls him "Herrera" later), the written form with it stays an alias. Found before the
// walk, so that neither half is taken alone as a name ("Joaquin") and a title before still ends there.
void PersonRules::nicknamed_people() {
  auto quote = [&](std::size_t k) {
    return t_[k].text == "\"" || t_[k].text == "\u201c" || t_[k].text == "\u201d";
  };
  // a word that may be part of a person's name: not a known place, body, title or common word
  auto name_word = [&](std::size_t k) {
    if (used_[k] || !t_[k].cap || !t_[k].word || t_[k].digit || !has_lower(t_[k].text)) return false;
    if (lex_.is_stopword(t_[k].text) || lex_.is_orghead(t_[k].text) || common_word(k)) return false;
    if (lex_.country_by_adjective(t_[k].text)) return false;
    for (const auto& m : matches_at(k))
      if (lex_.entry(m.entry).kind != LexKind::city) return false;
    return true;
  };
  for (std::size_t q = 1; q + 3 < n(); ++q) {
    // an opening quote glued to the nickname after a name word
    if (!quote(q) || !t_[q].space_before || t_[q + 1].space_before || !name_word(q - 1)) continue;
    std::size_t c = q + 1;  // the nickname: one or two capitalised words
    while (c < n() && c < q + 4 && t_[c].cap && t_[c].word && !used_[c]) ++c;
    if (c == q + 1 || c + 1 >= n() || !quote(c) || t_[c].space_before || !t_[c + 1].space_before) continue;
    std::size_t b = q - 1, e = c + 1;  // given name(s) before, family name(s) after: two words at most each
    if (b > 0 && name_word(b - 1) && t_[b - 1].space_before) --b;
    while (e < n() && e < c + 3 && name_word(e)) ++e;
    if (e == c + 1 || (e < n() && t_[e].cap && t_[e].word)) continue;
    const std::string name = std::string(span_text(s_, b, q)) + " " + std::string(span_text(s_, c + 1, e));
    ctx_.people.insert(name);
    Mention m;
    m.type = EntityType::person;
    m.name = name;
    add(std::move(m), b, e);
    q = e;
  }
}

// Words of a name, written apart: "Eid-al-Fitr" is one, "Hamad bin Khalifa al-Thani" three
// (a lone particle such as "bin" or "da" is none).
std::size_t PersonRules::name_words(std::size_t b, std::size_t e) const {
  std::size_t words = 0;
  for (std::size_t k = b; k < e;) {
    std::size_t q = k + 1;
    while (q < e && !t_[q].space_before) ++q;
    words += !(q == k + 1 && is_any(t_[k], lex_.words(Words::connectors)));
    k = q;
  }
  return words;
}

// "AFP/", "EPA-EFE/": a news outlet and a slash just before token b.
bool PersonRules::outlet_slash_before(std::size_t b) const {
  if (b < 2 || t_[b - 1].text != "/") return false;
  for (const auto& m : s_.mentions)
    if (m.tok_end == b - 1 && m.outlet) return true;
  return false;
}

// Cues that a capitalised span [b, e) of 2+ words names a person: the words around it, as the
// name patterns (data/patterns/people.pat) say, and the cues that need more than a pattern.
// `rule`, if given, receives the name of the pattern that found it.
bool PersonRules::person_cue(std::size_t b, std::size_t e, std::string_view* rule) const {
  if (outlet_slash_before(b) && e - b <= 3) return true;
  // "the Presidential Palace, a statement said", "the Colombian Executive, affirmed": a
  // determiner says a thing or a body follows, not a person.
  if (b > 0 && t_[b - 1].text == "the") return false;
  // Name shapes: a hyphenated given name ("Chang Won-sam", "Gi-Jae Han"), in two words or more
  // (one hyphenated word is a compound: "Russian-Japanese", "Eid-al-Adha").
  bool spaced = false;
  for (std::size_t k = b + 1; k < e; ++k) spaced = spaced || t_[k].space_before;
  for (std::size_t k = b; k < e && spaced; ++k) {
    const auto dash = t_[k].text.find('-');
    if (dash != std::string_view::npos && dash + 1 < t_[k].text.size() && t_[k].text[dash + 1] >= 'a' &&
        t_[k].text[dash + 1] <= 'z' && k > b)
      return true;
    if (t_[k].text == "-" && k > b && k + 1 < e && e - b <= 4) return true;
  }
  for (std::size_t k = b; k < e; ++k)
    if (t_[k].word && !name_cased(t_[k].text) && !(b > 0 && t_[b - 1].text == "(")) return false;
  if (const std::string_view found = lex_.patterns().name_pattern(s_, b, e, lex_); !found.empty()) {
    if (rule) *rule = found;
    return true;
  }
  if (b > 0) {
    const Token& p = t_[b - 1];
    // "Presidents Donald Trump and Xi Jinping": coordinated with someone known to be a person
    if (is(p, "and") && b >= 3) {
      std::size_t k = b - 1;
      // "A of Guatemala and B": the country after the coordinated name is not part of it
      for (std::size_t c = k - 1; c + 4 > k && c > 1; --c)
        if (is(t_[c - 1], "of") && country_at(c)) {
          k = c - 1;
          break;
        }
      std::size_t s = k;
      while (s > 0 && t_[s - 1].cap && k - s < 4) --s;
      for (; s + 1 < k; ++s)  // any tail of the capitalised words before "and"
        if (ctx_.people.count(std::string(span_text(s_, s, k)))) return true;
    }
  }
  if (e < n()) {
    const Token& a = t_[e];
    // a photo credit: "Bilal Hussein/AP", "Jane Doe / Reuters"
    if (a.text == "/" && e + 1 < n() && t_[e + 1].cap) {
      if (is_all_caps(t_[e + 1].text)) return true;
      for (const auto& m : matches_at(e + 1))
        if (lex_.entry(m.entry).attr("outlet") == "1") return true;
    }
    if (a.text == "," && e + 1 < n()) {
      const Token& x = t_[e + 1];
      // "Pangong Tso, the Galwan Valley and …": a list, unless a role follows ("X, the U.S. envoy")
      if (is(x, "the") && e + 2 < n() && t_[e + 2].cap) {
        std::size_t k = e + 2;
        bool role = false;  // "X, the KRG Representative to Washington"
        while (k < n() && (t_[k].cap || t_[k].text == "'s")) role = role || is_any(t_[k++], lex_.words(Words::person_before));
        return role || role_after(k);
      }
      // (a lower-case word or a title after the comma: name patterns, data/patterns/people.pat)
      if (lex_.country_by_adjective(x.text) && e + 2 < n() && !t_[e + 2].cap) return true;
      // "X, Turkish Deputy Foreign Minister Y and Z are heading …": the next of a list of titled
      // people, or X's own title; either way X is a person
      if (lex_.country_by_adjective(x.text) && e + 2 < n())
        for (const auto& m : matches_at(e + 2))
          if (lex_.entry(m.entry).kind == LexKind::title && lex_.entry(m.entry).attr("role") != "honorific") return true;
      // "Dan Tehan, Australia's trade minister": a country's or body's <lower-case role>
      for (const auto& m : matches_at(e + 1)) {
        const std::size_t after = e + 1 + m.length;
        const LexKind k = lex_.entry(m.entry).kind;
        if ((k == LexKind::country || k == LexKind::agency) && after + 1 < n() && t_[after].text == "'s" &&
            role_after(after + 1))
          return true;
      }
    }
  }
  return false;
}

// A person's role within the next few words: "trade minister", "top negotiator", "biggest
// export" is none.
bool PersonRules::role_after(std::size_t k) const {
  for (std::size_t q = k; q < std::min(n(), k + 3); ++q) {
    if (t_[q].cap || !t_[q].word) return false;
    if (is_any(t_[q], lex_.words(Words::person_before))) return true;
    for (const auto& m : matches_at(q))
      if (lex_.entry(m.entry).kind == LexKind::title) return true;
  }
  return false;
}

}  // namespace newsgraph::extract::recognise
