#include "extract/recognise.h"

#include <algorithm>

namespace newsgraph::extract::recognise {

void Recogniser::run() {
  s_.mentions.reserve(n() / 4 + 4);  // room for most sentences' mentions: each move copies ~250 bytes
  s_.byline = t_.size() < 30 && ((!t_.empty() && t_[0].text == "By") || credit_line());
  headline_ = title_case_headline();
  s_.headline = headline_;
  dates();
  rounds();
  delegations();
  embassies();
  ministries();
  capitals();
  generic_agreements();
  glued_dateline();
  nicknamed_people();
  for (std::size_t i = 0; i < t_.size();) i = at(i);
  place_agreements();
  if (s_.byline) script_byline();
  count_adjectives();
  std::sort(s_.mentions.begin(), s_.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.tok_begin < b.tok_begin; });
}

// ---- the main walk ----
// Handles the token at i; returns the next position.
std::size_t Recogniser::at(std::size_t i) {
  if (used_[i]) return i + 1;
  const Token& tok = t_[i];
  if (const std::size_t g = leader_government(i)) return g;
  if (const std::size_t g = legislature(i)) return g;
  if (const std::size_t g = office_of(i)) return g;
  // Lexicon, longest match.
  auto matches = longest_at(i);
  if (!matches.empty() && free(i, i + matches.front().length)) {
    const std::size_t len = matches.front().length;
    const std::size_t span_end = cap_span_end(i);
    // A longer capitalised organisation or agreement name wins ("Korea Herald" over "Korea").
    bool joined = false;  // "X Office and Y Council" are two names, not one
    bool venue = false;   // … but "Punta del Este Convention and Exhibition Centre" is one building
    for (std::size_t k = i + len; k < span_end; ++k) {
      const bool one_building = is(t_[k], "and") && shared_place_head(k);
      venue = venue || one_building;
      joined = joined || ((is(t_[k], "and") || t_[k].text == "&") && !one_body_over_and(i, k) && !one_building &&
                          !one_agreement_over_and(k));
    }
    if (span_end > i + len && !joined &&
        (org_span(i, span_end) || agreement_span(i, span_end) || (venue && place_span(i, span_end))))
      return span(i, span_end);
    if (lexicon(matches, i, i + len)) return i + len;
  }
  if (tok.cap) {
    // "The United States and China …": a stop word starts no span, the next word is looked up.
    if (lex_.is_stopword(tok.text) || is(tok, "the")) return i + 1;
    std::size_t e = cap_span_end(i);
    if (e > i) return span(i, e);
  } else if (tok.digit && lex_.ordinal(tok.text)) {
    // "10th Special Measures Agreement": an ordinal starts a span only for an agreement name.
    std::size_t e = cap_span_end(i);
    if (agreement_span(i, e)) return span(i, e);
  }
  return i + 1;
}

// "the Syrian parties", "the Syrian Constitutional Committee": a country's adjective says which
// country's internal talks an article is about (internal_side()).
void Recogniser::count_adjectives() {
  for (const Token& t : t_)
    if (t.cap && t.word && t.text.size() > 3)
      if (auto c = lex_.country_by_adjective(t.text))
        if (lex_.entry(*c).kind == LexKind::country) ++ctx_.adjective_counts[lex_.entry(*c).attr("code")];
}

// "(Reporting by David Lawder in Washington and Andrea Hopkins in Ottawa; Editing by …)"
bool Recogniser::credit_line() const {
  for (std::size_t k = 0; k + 1 < n() && k < 3; ++k)
    if (is_any(t_[k], lex_.words(Words::credit_verbs)) && is(t_[k + 1], "by"))
      return true;
  return false;
}

// "By 정주원": a byline in a script without capitals names its author all the same.
void Recogniser::script_byline() {
  if (n() < 2 || n() > 4 || t_[0].text != "By" || used_[1]) return;
  const Token& w = t_[1];
  if (!w.word || w.cap || static_cast<unsigned char>(w.text[0]) < 0x80) return;
  std::size_t e = 2;
  while (e < n() && t_[e].word && !t_[e].cap && static_cast<unsigned char>(t_[e].text[0]) >= 0x80) ++e;
  Mention m;
  m.type = EntityType::person;
  m.name = std::string(span_text(s_, 1, e));
  ctx_.people.insert(m.name);
  add(std::move(m), 1, e);
}

// "Kiru Malawi-Malawi and Zambia resumed …": a dateline ("KIRU, Malawi —") whose dash lost its
// spaces runs into the first word of the sentence. A town (one to three capitalised words, known
// as nothing else), a country glued to a dash, and a capitalised word: the town and the country
// are places, the sentence starts after the dash (no person "Kiru Malawi-Malawi").
void Recogniser::glued_dateline() {
  if (n() < 5 || !t_[0].cap || !t_[0].word || used_[0] || lex_.is_stopword(t_[0].text)) return;
  for (std::size_t j = 1; j <= 3 && j + 2 < n(); ++j) {
    if (!t_[j - 1].cap || !t_[j - 1].word || used_[j - 1] || common_word(j - 1) ||
        is_any(t_[j - 1], lex_.words(Words::compass)))
      return;
    for (const auto& m : longest_at(j)) {
      const std::size_t d = j + m.length;
      const LexEntry& country = lex_.entry(m.entry);
      if (country.kind != LexKind::country || d + 1 >= n() || t_[d].text != "-" || t_[d].space_before ||
          t_[d + 1].space_before || !t_[d + 1].cap || !free(0, d + 1))
        continue;
      bool town = true;  // the words before the country name no known thing but a city
      for (std::size_t k = 0; k < j && town; ++k)
        for (const auto& x : matches_at(k)) town = town && lex_.entry(x.entry).kind == LexKind::city && k + x.length <= j;
      if (!town) return;
      const auto city = lex_.find(LexKind::city, span_text(s_, 0, j));
      if (city) {  // (as written in a dateline: no government reading of a capital here)
        Mention c;
        c.type = EntityType::place;
        c.name = lex_.entry(*city).name;
        add(std::move(c), 0, j);
      } else {
        unknown_place(0, j);
      }
      place(country, j, d);
      claim(0, d + 1);
      return;
    }
  }
}

// "Unions Get Out On Picket Lines In Force": five words or more, every one capitalised or a
// short lower-case word, and a capitalised small word inside.
bool Recogniser::title_case_headline() const {
  std::size_t words = 0, small_caps = 0, caps = 0, shouted = 0;
  for (std::size_t k = 0; k < n(); ++k) {
    const Token& t = t_[k];
    if (!t.word || t.digit) continue;
    ++words;
    caps += t.cap;
    shouted += t.text.size() > 2 && is_all_caps(t.text);  // a shouted line is no headline
    if (!t.cap && t.text.size() > 4) return false;
    if (k > 0 && t.cap && t.text.size() <= 4 && has_lower(t.text) && lex_.is_stopword(t.text)) ++small_caps;
  }
  return words >= 5 && shouted * 2 < words && (small_caps >= 1 || caps * 4 >= words * 3);
}

}  // namespace newsgraph::extract::recognise
