#include "extract/relations_rules.h"

#include <algorithm>

namespace newsgraph::extract::rel {

// "The Indian delegation also included X, joint secretary …", "For the US, the talks will be led
// by A and include B, C and D": each person named after the verb belongs to the delegation.
void Delegations::delegation_members(const std::vector<int>& people) {
  const std::size_t k = members_cue();
  if (k >= n()) return;
  RelEnd delegation;
  bool found = false;
  for (int i = 0; i < count(); ++i)
    if (m(i).type == EntityType::agency && m(i).delegation && m(i).tok_end <= k) {
      delegation = end(i);
      found = true;
    }
  if (!found) {
    // "For the US, the talks …": the side named before the talks
    bool talks = false;
    for (std::size_t q = 0; q < k; ++q) talks = talks || is_any(t_[q], lex_.words(Words::talk_words));
    auto c = talks ? opening_side() : std::nullopt;
    if (c) delegation = delegation_of(*c);
    else if (auto side = participant_before(k)) delegation = *side;
    else return;
  }
  for (int p : people)
    if (m(p).tok_begin > k && !holder_of_post(p)) emit(RelationType::member_of, end(p), delegation);
}

// "The KRG participated in the talks as well. The delegates included …": a sentence whose
// subject is a bare "the delegates" (or "its delegation", "the team") lists the delegation of
// the side the sentence before says took part: a country's, or a body's by its short name.
std::optional<RelEnd> Delegations::participant_before(std::size_t cue) const {
  if (si_ == 0 || cue == 0 || cue > 4 || !is_any(t_[cue - 1], lex_.words(Words::group))) return std::nullopt;
  const SentenceMentions& prev = all_[si_ - 1];
  if (prev.mentions.empty() || prev.mentions.front().tok_begin > 1) return std::nullopt;
  const Mention& subject = prev.mentions.front();
  bool joined = false;
  for (std::size_t q = subject.tok_end; q < prev.tokens.size() && q < subject.tok_end + 8; ++q)
    joined = joined || is_any(prev.tokens[q], lex_.words(Words::joined));
  if (!joined) return std::nullopt;
  if (subject.type == EntityType::place) {
    if (auto c = lex_.country_by_code(subject.country); c && lex_.entry(*c).name == subject.name) return delegation_of(*c);
    return std::nullopt;
  }
  if (subject.type != EntityType::agency || subject.delegation || subject.outlet) return std::nullopt;
  // the body's defined short form, as "KRG delegation" is written
  std::string name = subject.name;
  for (const auto& [abbr, full] : ctx_.abbreviations)
    if (full.name == subject.name && full.type == EntityType::agency) name = abbr;
  return named(EntityType::agency, name + " delegation");
}

// "head of the office of the President of the Region, B": B, right after a comma that ends
// "the <head's title> of …", holds that post; B is no item of the list.
bool Delegations::holder_of_post(int p) const {
  const std::size_t pb = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
  if (pb < 4 || t_[pb - 1].text != ",") return false;
  for (std::size_t q = pb - 2; q-- > 0 && q + 10 > pb;) {
    if (t_[q].text == "," || t_[q].text == ";") return false;
    if (!is(t_[q], "the")) continue;
    for (const auto& tm : lex_.matches(t_, q + 1)) {
      const LexEntry& title = lex_.entry(tm.entry);
      const std::size_t after = q + 1 + tm.length;
      if (title.kind == LexKind::title && title.attr("role") == "head" && after + 1 < pb && is(t_[after], "of"))
        return true;
    }
  }
  return false;
}

// Where a sentence starts listing a body's members: "included", "is composed of", "consists of",
// "is made up of", "with members A, B and C". n() if nowhere.
std::size_t Delegations::members_cue() const {
  const Cue* c = first_cue("members");  // data/patterns/members.pat
  return c ? c->begin : n();
}

// "the meeting of the two delegations under Ambassadors A and B": the people lead the sides
// in the order the sentence named them before ("The Greek government … Turkish diplomacy").
bool Delegations::delegations_under(const std::vector<int>& people) {
  std::size_t under = n();
  for (std::size_t k = 1; k + 1 < n() && under == n(); ++k)
    if (is(t_[k], "under") && is_any(t_[k - 1], lex_.words(Words::delegations_plural))) under = k;
  if (under == n()) return false;
  std::vector<int> heads;  // the coordinated names right after "under"
  for (int p : people) {
    const std::size_t b = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
    if (b > under && b < under + (heads.empty() ? 3 : 12)) heads.push_back(p);
  }
  std::vector<std::uint32_t> sides;
  for (std::size_t k = 0; k < under; ++k) {
    const int mi = mention_at(k);
    std::optional<std::uint32_t> c;
    if (mi >= 0 && m(mi).tok_begin == k) c = country_of(m(mi));
    if (!c && mi < 0) c = adjective_at(k);
    if (c && std::find(sides.begin(), sides.end(), *c) == sides.end()) sides.push_back(*c);
  }
  if (heads.size() != 2 || sides.size() != 2) return false;
  for (std::size_t i = 0; i < 2; ++i) emit(RelationType::leads, end(heads[i]), delegation_of(sides[i]));
  return true;
}

// "U.S. Trade Representative A and Canadian Minister of International Trade B said negotiators
// were meeting": two titled people of two countries, joined by "and", in a sentence about the
// talks, each lead their country's side (where nothing else made them lead a delegation).
void Delegations::coordinated_heads(const std::vector<int>& people) {
  bool talks = false;
  for (std::size_t k = 0; k < n() && !talks; ++k) talks = is_any(t_[k], lex_.words(Words::talk_words)) || is_any(t_[k], lex_.words(Words::negotiating));
  if (!talks) return;
  for (std::size_t i = 0; i + 1 < people.size(); ++i) {
    const int a = people[i], b = people[i + 1];
    const std::size_t joint = m(a).tok_end;  // "and"
    if (m(a).title < 0 || m(b).title < 0 || joint + 1 >= n() || !is(t_[joint], "and") || m(b).title_begin > joint + 3)
      continue;
    // (the country's adjective may stand before the title the mention records: "Mexican Economy
    // Secretary A")
    std::size_t ab = m(a).title_begin;
    while (ab > 0 && m(a).title_begin - ab < 3 && t_[ab - 1].cap && mention_at(ab - 1) < 0) --ab;
    const auto ca = side_in(ab, m(a).tok_begin, ab);
    const auto cb = side_in(joint + 1, m(b).tok_begin, joint + 1);
    if (!ca || !cb || *ca == *cb || leads_a_delegation(a) || leads_a_delegation(b)) continue;
    if (leads_a_country(m(a)) || leads_a_country(m(b))) continue;
    emit(RelationType::leads, end(a), delegation_of(*ca));
    emit(RelationType::leads, end(b), delegation_of(*cb));
  }
}

// "the chief negotiators of Serbia and Kosovo, A and B", "the Greek and Turkish chief
// negotiators, A and B": two sides and two names in the same order; each leads its side's
// delegation.
void Delegations::respective_heads(const std::vector<int>& people) {
  for (std::size_t k = 1; k < n(); ++k) {
    if (!is(t_[k], "negotiators") || !is_any(t_[k - 1], lex_.words(Words::chief))) continue;
    // the sides: after "of"/"from" up to the names, or before the noun
    const bool after = k + 1 < n() && (is(t_[k + 1], "of") || is(t_[k + 1], "from"));
    std::size_t first = people.size();
    for (std::size_t i = 0; i < people.size() && first == people.size(); ++i)
      if (m(people[i]).tok_begin > k) first = i;
    if (first + 1 >= people.size()) return;
    const int a = people[first], b = people[first + 1];
    const std::size_t ab = m(a).title >= 0 ? m(a).title_begin : m(a).tok_begin;
    const std::size_t bb = m(b).title >= 0 ? m(b).title_begin : m(b).tok_begin;
    // the names: "A and B", right after the sides (a comma between at most)
    if (!is(t_[m(a).tok_end], "and") || bb != m(a).tok_end + 1) continue;
    const std::size_t sb = after ? k + 2 : (k >= 7 ? k - 7 : 0), se = after ? ab : k - 1;
    if (after && (se > sb + 8 || (t_[se - 1].text != "," && se - 1 > sb && mention_at(se - 1) < 0))) continue;
    if (!after && ab > k + 2) continue;
    std::size_t joint = SIZE_MAX;
    for (std::size_t j = sb; j < se; ++j)
      if (is(t_[j], "and")) joint = j;
    if (joint == SIZE_MAX) continue;
    const auto ca = side_in(sb, joint, joint), cb = side_in(joint + 1, se, joint + 1);
    if (!ca || !cb || *ca == *cb) continue;
    emit(RelationType::leads, end(a), delegation_of(*ca));
    emit(RelationType::leads, end(b), delegation_of(*cb));
    return;
  }
}

// Heads of state or government ("President", "Prime Minister") who agree on talks are not
// their countries' negotiators ("negotiated between Korean President A and U.S. President B").
bool Delegations::leads_a_country(const Mention& x) const {
  const LexEntry& title = lex_.entry(static_cast<std::uint32_t>(x.title));
  const std::string role = title.attr("role"), org = title.attr("org");
  const auto last = title.name.rfind(' ');
  const std::string_view word = std::string_view(title.name).substr(last == std::string::npos ? 0 : last + 1);
  if (role == "honorific")
    return lex_.words(Words::rulers).holds(word);
  return role == "head" && (org.empty() || org == "government");
}

// Whether this sentence already made person p head of a delegation.
bool Delegations::leads_a_delegation(int p) const {
  return std::any_of(out_.begin(), out_.end(), [&](const RawRelation& r) {
    if (r.type != RelationType::leads || r.from.sentence != static_cast<int>(si_) || r.from.mention != p) return false;
    return r.to.sentence < 0 ? r.to.name.ends_with(" delegation")
                             : r.to.sentence == static_cast<int>(si_) && m(r.to.mention).delegation;
  });
}

// "his U.S. counterpart, James DeHart" (or "James DeHart, his American counterpart"):
// counterpart of the sentence's first person, and head of the side the adjective names.
void Delegations::counterparts(const std::vector<int>& people) {
  for (std::size_t k = 0; k + 1 < n(); ++k) {
    if (!is(t_[k], "counterpart")) continue;
    int after = -1;
    for (int p : people)
      if (m(p).tok_begin > k && m(p).tok_begin <= k + 3) after = p;
    if (after < 0)  // the appositive form
      for (int p : people)
        if (m(p).tok_end < k && m(p).tok_end + 4 >= k && t_[m(p).tok_end].text == ",") after = p;
    int before = -1;
    for (int p : people)
      if (p != after && m(p).tok_end <= k) before = before < 0 ? p : before;
    if (after < 0) continue;
    auto c = side_in(k >= 3 ? k - 3 : 0, k, k);
    if (c) emit(RelationType::leads, end(after), delegation_of(*c));
    if (before >= 0) emit(RelationType::counterpart_of, end(before), end(after));
  }
}

}  // namespace newsgraph::extract::rel
