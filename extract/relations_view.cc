#include "extract/relations_view.h"

#include <algorithm>

namespace newsgraph::extract::rel {

// A country for a person's side in [b, e): country mentions, agencies with adjectives,
// or adjectives; the one nearest `near` wins.
std::optional<std::uint32_t> RelView::side_in(std::size_t b, std::size_t e, std::size_t near) const {
  std::optional<std::uint32_t> best;
  std::size_t best_dist = SIZE_MAX;
  for (std::size_t k = b; k < e && k < n(); ++k) {
    std::optional<std::uint32_t> c;
    const int mi = mention_at(k);
    if (mi >= 0 && m(mi).tok_begin == k) c = country_of(m(mi));
    if (!c && mi < 0) c = adjective_at(k);
    if (!c) continue;
    const std::size_t d = k > near ? k - near : near - k;
    if (d < best_dist) {
      best = c;
      best_dist = d;
    }
  }
  return best;
}

// Token index of the clause end after a person: next person, ';', or end of sentence.
std::size_t RelView::appositive_end(int person) const {
  std::size_t e = m(person).tok_end;
  std::size_t limit = std::min(n(), e + 30);
  // "A, Governor of the Bank of Korea B": the title of the next person named is theirs
  for (int i = 0; i < count(); ++i)
    if (i != person && m(i).type == EntityType::person && m(i).title >= 0 && m(i).title_begin >= e &&
        m(i).title_begin < m(i).tok_begin)
      limit = std::min<std::size_t>(limit, m(i).title_begin);
  for (std::size_t k = e; k < limit; ++k) {
    const int mi = mention_at(k);
    if (mi >= 0 && mi != person && m(mi).type == EntityType::person) return k;
    if (t_[k].text == ";" || t_[k].text == ")") return k;
    // ", at their talks in …", ", who …": the appositive is over
    if (k > e && t_[k].text == "," && k + 1 < n() && is_any(t_[k + 1], lex_.words(Words::after_appositive))) return k;
    if (k > e && t_[k].word && !t_[k].cap && is_any(t_[k], lex_.words(Words::ends_appositive))) return k;
  }
  return limit;
}

// "the UK's ambassador to the EU", "envoy to the African Union": the body a diplomat is sent
// to is not theirs.
bool RelView::accredited_to(std::size_t b) const {
  std::size_t k = b;
  if (k > 0 && is(t_[k - 1], "the")) --k;
  if (k < 2 || !is(t_[k - 1], "to")) return false;
  if (is_any(t_[k - 2], lex_.words(Words::sent_to))) return true;
  // "Permanent Representative of Peru to the United Nations": the sender between
  for (std::size_t q = k - 2; q > 1 && q + 5 > k; --q)
    if (is(t_[q], "of")) return is_any(t_[q - 1], lex_.words(Words::sent_to));
  return false;
}

// The agency a passive "led by" is about: the nearest agency before the verb in the clause.
int RelView::subject_agency(std::size_t verb) const {
  int best = -1;
  for (int i = 0; i < count(); ++i)
    if (m(i).type == EntityType::agency && m(i).tok_end <= verb && m(i).tok_end + 5 >= verb) best = i;
  if (best >= 0) return best;
  // "The US delegation in Wednesday's discussions, held by videoconference, was led by": a
  // delegation further back, with no person or other body between
  for (int i = 0; i < count(); ++i) {
    if (m(i).tok_end > verb || m(i).tok_end + 14 < verb) continue;
    if (m(i).type == EntityType::agency && m(i).delegation) best = i;
    else if (m(i).type == EntityType::person || m(i).type == EntityType::agency) best = -1;
  }
  return best;
}

// Whether what a passive lead verb at `verb` says is led is the talks ("The talks, led by …") or
// the people of both sides ("Officials, led by …"): each leader then heads their own side.
bool RelView::talks_subject(std::size_t verb) const {
  for (std::size_t k = verb, steps = 0; k > 0 && steps < 6; ++steps) {
    const Token& t = t_[k - 1];
    if (is_any(t, lex_.words(Words::talk_words)) || is_any(t, lex_.words(Words::sides_people))) return true;
    // "The talks, held over two days at a naval base, were led by …": over a clause set off by commas
    if (t.text == "," && k >= 2) {
      std::size_t q = k - 1;
      while (q > 0 && k - q < 20 && t_[q - 1].text != "," && t_[q - 1].text != ";") --q;
      if (q > 1 && t_[q - 1].text == ",") {
        k = q - 1;
        continue;
      }
    }
    --k;
  }
  return false;
}

// "led the talks", "chaired the negotiations": talks right after a verb (its object).
bool RelView::talks_object(std::size_t k) const {
  if (k < n() && is(t_[k], "the")) ++k;
  return k < n() && is_any(t_[k], lex_.words(Words::talk_words));
}

// "For the US, …", "For Japan, …": the side a sentence opens with, or none.
std::optional<std::uint32_t> RelView::opening_side() const {
  if (n() < 4 || !is(t_[0], "for")) return std::nullopt;
  for (std::size_t k = 1; k < 4 && k + 1 < n(); ++k) {
    const int mi = mention_at(k);
    if (mi < 0 || m(mi).tok_begin != k) continue;
    if (m(mi).tok_end < n() && t_[m(mi).tok_end].text == ",") return country_of(m(mi));
    return std::nullopt;
  }
  return std::nullopt;
}

// "director of the Office of …", "commandant of the National War College" (not "deputy chief of").
bool RelView::heads_after(std::size_t k) const {
  if (k > 0 && is(t_[k - 1], "the")) --k;
  if (k < 2 || !is(t_[k - 1], "of") || !is_any(t_[k - 2], lex_.words(Words::head_of))) return false;
  return !(k >= 3 && is_any(t_[k - 3], lex_.words(Words::deputy)));
}

// The first cue of a kind in the sentence (the leftmost: data/patterns/*.pat), or none.
const Cue* RelView::first_cue(std::string_view kind) const {
  const Cue* first = nullptr;
  for (const Cue& c : s_.cues)
    if (c.kind == kind && (!first || c.begin < first->begin)) first = &c;
  return first;
}

// The first cue of the sentence that says an agreement ends (data/patterns/expires.pat), or none.
const Cue* RelView::expiry_cue() const { return first_cue("expiry"); }

// Position of that verb, SIZE_MAX if none.
std::size_t RelView::expiry_trigger() const {
  const Cue* c = expiry_cue();
  return c ? c->begin : SIZE_MAX;
}

// "Iran's OPEC Governor X": a country's own seat in a body of
// countries (one the lexicon knows, with no country of its own), not the body's head.
bool RelView::country_seat(const Mention& body) const {
  if (body.outlet) return false;
  const auto known = lex_.find(LexKind::agency, body.name);
  if (!known || !lex_.entry(*known).attr("country").empty()) return false;
  const std::size_t b = body.tok_begin;
  if (b >= 2 && t_[b - 1].text == "'s") {
    const int owner = mention_at(b - 2);
    return owner >= 0 && m(owner).type == EntityType::place && country_of(m(owner)).has_value();
  }
  return false;
}

}  // namespace newsgraph::extract::rel
