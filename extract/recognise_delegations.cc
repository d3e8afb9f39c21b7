#include "extract/recognise_delegations.h"

#include <algorithm>
#include <tuple>

namespace newsgraph::extract::recognise {

// ---- delegations ----
// The owner of a delegation ending just before `end`: a country (name or adjective) or a known
// body ("Mercosur"); its delegation's name, and where the owner starts.
std::optional<std::string> DelegationRules::delegation_owner(std::size_t end, std::size_t& begin, std::string& code) const {
  if (auto c = country_before(end, begin)) {
    code = lex_.entry(*c).kind == LexKind::country ? lex_.entry(*c).attr("code") : std::string();
    return lex_.delegation_adjective(*c) + " delegation";
  }
  for (std::size_t k = end; k-- > 0 && k + 4 > end;)
    for (const auto& m : matches_at(k))
      if (lex_.entry(m.entry).kind == LexKind::agency && k + m.length == end) {
        begin = k;
        code.clear();
        return short_body_name(lex_.entry(m.entry)) + " delegation";
      }
  return std::nullopt;
}

// "the EU and Mercosur negotiating teams", "the Greek and Turkish delegations": one delegation
// of each owner.
void DelegationRules::paired_delegations() {
  for (std::size_t i = 3; i < n(); ++i) {
    std::size_t head = i;
    if (is(t_[i], "teams") && is_any(t_[i - 1], lex_.words(Words::negotiating_mod))) head = i - 1;
    else if (!is(t_[i], "delegations")) continue;
    std::size_t b2 = 0, b1 = 0;
    std::string code2, code1;
    auto second = delegation_owner(head, b2, code2);
    if (!second || b2 < 2 || !is(t_[b2 - 1], "and") || !free(b2 - 1, i + 1)) continue;
    auto first = delegation_owner(b2 - 1, b1, code1);
    if (!first || !free(b1, b2)) continue;
    for (auto [name, code, b, e] : {std::tuple{*first, code1, b1, b2 - 1}, std::tuple{*second, code2, b2, i + 1}}) {
      Mention m;
      m.type = EntityType::agency;
      m.delegation = true;
      m.name = name;
      m.country = code;
      // the first owner's alias with the shared head: "EU negotiating teams", not "EU"
      if (e == b2 - 1) m.surface = std::string(span_text(s_, b, e)) + " " + std::string(span_text(s_, head, i + 1));
      named_delegation(m);
      add(std::move(m), b, e);
    }
  }
}

void DelegationRules::delegations() {
  paired_delegations();
  for (std::size_t i = 0; i < n(); ++i) {
    if (used_[i]) continue;
    std::size_t head_end = i + 1;
    bool ok = is_any(t_[i], lex_.words(Words::delegation_heads));
    if (!ok && is_any(t_[i], lex_.words(Words::negotiating_mod)) && word_at(i + 1, "team")) {
      ok = true;
      head_end = i + 2;
    }
    if (!ok && is_any(t_[i], lex_.words(Words::side_words))) ok = true;
    if (!ok) continue;
    // "the Peruvian trade delegation", "the government's peace delegation": up to two words of
    // what the delegation is for between its owner and the head (d: where they begin)
    std::size_t d = i;
    while (is(t_[i], "delegation") && d > 0 && i - d < 2 && !used_[d - 1] &&
           is_any(t_[d - 1], lex_.words(Words::delegation_modifiers)))
      --d;
    std::size_t b = d;
    // "the Colombian government delegation", "the Afghan government negotiating team": a
    // government's side in civil peace talks is still its country's delegation
    const std::size_t owner_end = d > 1 && is(t_[d - 1], "government") && !used_[d - 1] ? d - 1 : d;
    auto c = country_before(owner_end, b);
    // "the UK's Taskforce Europe negotiating team": the team's own name between owner and head
    if (!c && owner_end >= 3 && t_[owner_end - 1].cap) {
      std::size_t nb = owner_end - 1;
      while (nb > 0 && owner_end - nb < 3 && t_[nb - 1].cap && !used_[nb - 1]) --nb;
      if (nb >= 2 && (t_[nb - 1].text == "'s" || t_[nb - 1].text == "\u2019s")) c = country_before(nb, b);
    }
    std::string name;
    if (c) {
      name = lex_.delegation_adjective(*c) + " delegation";
    } else if (is(t_[i], "delegation") && i > 0) {
      // A body without a country adjective: "the Mercosur delegation"
      for (std::size_t k = d; k-- > 0 && k + 4 > d && !c;)
        for (const auto& m : matches_at(k))
          if (lex_.entry(m.entry).kind == LexKind::agency && k + m.length == d) {
            c = m.entry;
            b = k;
            name = short_body_name(lex_.entry(m.entry)) + " delegation";
          }
    }
    // "the delegation of Norway", "the delegation of the Kingdom of Norway", "a delegation from
    // Peru": the owner after "of" or "from"
    if (!c && is(t_[i], "delegation") && i + 2 < n() && is_any(t_[i + 1], lex_.words(Words::owner_prepositions))) {
      std::size_t owner_end = 0;
      if ((c = country_after(i + 2, owner_end)) && free(i, owner_end)) {
        name = lex_.delegation_adjective(*c) + " delegation";
        head_end = owner_end;
      }
    }
    if (!c && is(t_[i], "delegation")) c = opposition_owner(i, b, head_end, name);
    if (!c && (is(t_[i], "delegation") || is(t_[i], "side"))) {
      if (const auto home = internal_side(d, b, name)) c = home;
    }
    if (!c || !free(b, i)) continue;
    // "side"/"team"/"panel" need a country right before ("the EU side", "the Philippine panel").
    Mention m;
    m.type = EntityType::agency;
    m.delegation = true;
    m.name = name;
    m.country = lex_.entry(*c).kind == LexKind::country ? lex_.entry(*c).attr("code") : std::string();
    named_delegation(m);
    add(std::move(m), b, head_end);
  }
  government_negotiators();
  anaphoric_delegations();
}

// "Lead government negotiator X", "the government's chief negotiator X": in talks of a country's
// government with its opposition or rebels, "government" stands for the side of the country the
// article is about (as in "the government delegation").
void DelegationRules::government_negotiators() {
  for (std::size_t i = 0; i + 1 < n(); ++i) {
    if (used_[i] || !is(t_[i], "government")) continue;
    std::size_t k = i + 1;
    if (t_[k].text == "'s" || t_[k].text == "\u2019s") ++k;
    if (k < n() && is_any(t_[k], lex_.words(Words::chief))) ++k;
    if (k >= n() || !is_any(t_[k], lex_.words(Words::negotiator_nouns))) continue;
    const auto top = article_country(/*adjectives=*/true);
    if (!top) return;
    Mention m;
    m.type = EntityType::agency;
    m.delegation = true;
    m.name = lex_.delegation_adjective(*top) + " delegation";
    m.country = lex_.entry(*top).kind == LexKind::country ? lex_.entry(*top).attr("code") : std::string();
    named_delegation(m);
    add(std::move(m), i, i + 1);
  }
}

void DelegationRules::named_delegation(const Mention& m) {
  ctx_.delegations.emplace(m.name, m.country);
  ctx_.last_delegation = {m.name, m.country, s_.index};
}

// "A delegation from Peru arrived … The 12-member team, led by X, …": "the delegation" or "the
// team" with no owner is the delegation named in this sentence or the one before, else the one
// delegation the article has named so far (none, or two long before: no one).
void DelegationRules::anaphoric_delegations() {
  const auto& last = ctx_.last_delegation;
  std::string name, code;
  if (!last.name.empty() && last.sentence + 1 >= s_.index) name = last.name, code = last.code;
  else if (ctx_.delegations.size() == 1) name = ctx_.delegations.begin()->first, code = ctx_.delegations.begin()->second;
  if (name.empty()) return;
  for (std::size_t i = 1; i < n(); ++i) {
    if (used_[i] || !is_any(t_[i], lex_.words(Words::delegation_anaphors))) continue;
    // "the delegation", "the 12-member team", "the five-member delegation"
    std::size_t b = i;
    if (b >= 2 && t_[b - 1].text.ends_with("-member")) --b;
    else if (b >= 4 && is(t_[b - 1], "member") && t_[b - 2].text == "-") b -= 3;
    if (b == 0 || !is(t_[b - 1], "the") || !free(b, i + 1)) continue;
    // not the first word of a name ("the Team Europe initiative") nor one owned after it
    if (i + 1 < n() && (t_[i + 1].cap || is_any(t_[i + 1], lex_.words(Words::owner_prepositions)))) continue;
    Mention m;
    m.type = EntityType::agency;
    m.delegation = true;
    m.name = name;
    m.country = code;
    ctx_.last_delegation.sentence = s_.index;  // named again: still the one meant next
    add(std::move(m), b, i + 1);
  }
}

// "the Venezuelan opposition delegation", "the delegation of the Syrian armed opposition": the
// delegation of a country's opposition, a side of its own in talks with the government. Sets
// where the mention begins and ends and its name.
std::optional<std::uint32_t> DelegationRules::opposition_owner(std::size_t i, std::size_t& begin, std::size_t& end,
                                                              std::string& name) const {
  std::optional<std::uint32_t> c;
  std::size_t b = i, e = i + 1;
  if (i >= 2 && is(t_[i - 1], "opposition")) {
    c = country_before(i - 1, b);
  } else if (i + 3 < n() && is_any(t_[i + 1], lex_.words(Words::owner_prepositions))) {
    std::size_t k = i + 2;
    if (is(t_[k], "the")) ++k;
    if (k < n() && t_[k].cap) c = lex_.country_by_adjective(t_[k].text);
    if (c && k + 1 < n() && t_[k + 1].word && !t_[k + 1].cap && !is(t_[k + 1], "opposition")) ++k;  // "armed"
    if (!c || k + 1 >= n() || !is(t_[k + 1], "opposition")) return std::nullopt;
    e = k + 2;
  }
  if (!c || !free(b, e)) return std::nullopt;
  begin = b, end = e;
  name = lex_.delegation_adjective(*c) + " opposition delegation";
  return c;
}

// A country named from token k on ("Norway", "the Kingdom of Norway", "the Republic of Korea"):
// its entry, and in `end` where its name ends.
std::optional<std::uint32_t> DelegationRules::country_after(std::size_t k, std::size_t& end) const {
  if (k < n() && is(t_[k], "the")) ++k;
  for (int form = 0; form < 2 && k < n(); ++form) {
    for (const auto& m : longest_at(k))
      if (lex_.entry(m.entry).kind == LexKind::country) {
        end = k + m.length;
        return m.entry;
      }
    // "the Kingdom of Norway": a state's style before its short name
    if (k + 2 >= n() || !is_any(t_[k], lex_.words(Words::state_styles)) || !is(t_[k + 1], "of")) break;
    k += 2;
  }
  return std::nullopt;
}

// The country the article is about: the one most named as an actor (not as where talks are
// held: "the Venezuelan talks in Mexico"), else most named at all; none on a tie.
// With `adjectives`, a country's adjectives count as mentions as an actor.
std::optional<std::uint32_t> DelegationRules::article_country(bool adjectives) const {
  std::map<std::string, int> with_adjectives;
  if (adjectives) {
    with_adjectives = ctx_.actor_counts;
    for (const auto& [code, count] : ctx_.adjective_counts) with_adjectives[code] += count;
  }
  for (const auto* counts : {adjectives ? &with_adjectives : &ctx_.actor_counts, &ctx_.country_counts}) {
    std::optional<std::uint32_t> top;
    int best = 0, second = 0;
    for (const auto& [code, count] : *counts) {
      if (count > best) {
        second = best, best = count, top = lex_.country_by_code(code);
      } else if (count > second) {
        second = count;
      }
    }
    if (top && best > second && best >= 2) return top;  // one mention is too little to go on
    if (best > 0) return std::nullopt;  // a tie among actors: no guess from locations
  }
  return std::nullopt;
}

// "the government delegation", "the regime's delegation", "the government's side", "the
// opposition delegation": a side of one country's internal talks, named with no country word.
// The country is the article's most named one (none on a tie); sets `begin` and `name`.
std::optional<std::uint32_t> DelegationRules::internal_side(std::size_t i, std::size_t& begin, std::string& name) const {
  std::size_t k = i;
  if (k > 0 && (t_[k - 1].text == "'s" || t_[k - 1].text == "’s")) --k;
  if (k < 2 || used_[k - 1] || !is(t_[k - 2], "the")) return std::nullopt;
  const bool opposition = is(t_[k - 1], "opposition");
  if (!opposition && !is(t_[k - 1], "government") && !is(t_[k - 1], "regime")) return std::nullopt;
  if (opposition && k != i) return std::nullopt;  // "the opposition's side": not a delegation's name
  // (a side is named by its adjective as often as by its name: "the Syrian parties")
  const auto top = article_country(/*adjectives=*/true);
  if (!top) return std::nullopt;
  begin = k - 1;
  name = lex_.delegation_adjective(*top) + (opposition ? " opposition delegation" : " delegation");
  return top;
}

// "ELN" for the National Liberation Army, "Mercosur": how a body's delegation is named.
std::string DelegationRules::short_body_name(const LexEntry& body) {
  if (std::count(body.name.begin(), body.name.end(), ' ') < 2) return body.name;
  for (const auto& a : body.aliases)
    if (a.size() >= 2 && a.size() <= 5 && is_all_caps(a) && a.find('.') == std::string::npos) return a;
  return body.name;
}

}  // namespace newsgraph::extract::recognise
