#include "graph/resolve.h"

#include "graph/name_slips.h"

#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>
#include <type_traits>

namespace newsgraph::graph {
namespace {

using LinkGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// The words of a name key (single spaces between words, none at the ends).
std::vector<std::string> words(const std::string& key) {
  std::vector<std::string> out;
  for (std::size_t b = 0; b < key.size();) {
    std::size_t e = key.find(' ', b);
    if (e == std::string::npos) e = key.size();
    if (e > b) out.emplace_back(key, b, e - b);
    b = e + 1;
  }
  return out;
}

// True when `shortw` is a proper suffix (family name end), the first of two family names, or, for
// names whose second word is hyphenated or that have three words (East Asian order: "Moon
// Jae-in", "Kim Jong Un"), the first word of `longw`.
bool short_form_of(const std::vector<std::string>& shortw, const std::vector<std::string>& longw,
                   const std::string& long_label) {
  if (shortw.empty() || shortw.size() >= longw.size()) return false;
  if (std::equal(shortw.rbegin(), shortw.rend(), longw.rbegin())) return true;
  // two given names and two family names: the first family name alone ("Meza-Cuadra" of
  // "Gustavo Adolfo Meza-Cuadra Velasquez", "Lopez" of "Andres Manuel Lopez Obrador")
  if (shortw.size() == 1 && longw.size() == 4 && shortw[0] == longw[2]) return true;
  if (shortw.size() == 1 && shortw[0] == longw[0]) {
    const auto sp = long_label.find(' ');
    const bool hyphenated_given = sp != std::string::npos && long_label.find('-', sp) != std::string::npos;
    return hyphenated_given || longw.size() == 3;
  }
  return false;
}

// "Marshall S. Billingslea" → "marshall billingslea": a name without its middle initials.
std::string without_initials(const std::string& key) {
  std::string out;
  for (const auto& w : words(key)) {
    if (w.size() == 1) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// "India-Pakistan Permanent Indus Commission" → "Permanent Indus Commission": the name after a
// first word of two capitalised parties joined by a hyphen, if two words or more remain; else "".
// ("Inter-American Development Bank" keeps its prefix: "Inter" is no party.)
std::string without_party_prefix(const std::string& name) {
  const auto sp = name.find(' ');
  if (sp == std::string::npos || name.find(' ', sp + 1) == std::string::npos) return "";
  const auto dash = name.find('-');
  if (dash == std::string::npos || dash > sp) return "";
  const std::string left = name.substr(0, dash), right = name.substr(dash + 1, sp - dash - 1);
  static const std::set<std::string> kPrefixes = {"Inter", "Pan", "Trans", "Anti", "Non", "Pro", "Ex", "Co", "Sub"};
  for (const std::string& part : {left, right})
    if (part.size() < 2 || !std::isupper(static_cast<unsigned char>(part[0])) || kPrefixes.count(part) ||
        part.find('-') != std::string::npos)
      return "";
  return name.substr(sp + 1);
}

// A body's key without "and" and without trailing legal forms ("South Pacific Tuna Corp",
// "… Corporation", "Federal Mediation & Conciliation Service"): the words that name the body
// itself; empty when fewer than two remain.
std::string body_key(const std::string& key) {
  static const std::set<std::string, std::less<>> kLegalForms = {"co", "corp", "corporation", "company", "inc",
                                                                 "incorporated", "ltd", "limited", "plc", "llc"};
  std::vector<std::string> w = words(key);
  w.erase(std::remove(w.begin(), w.end(), "and"), w.end());
  while (!w.empty() && kLegalForms.count(w.back())) w.pop_back();
  if (w.size() < 2) return "";
  std::string out;
  for (const auto& x : w) out += (out.empty() ? "" : " ") + x;
  return out;
}

// "WGA", "AMPTP": a name of capital letters only (2 to 8), as a body's initials are written.
bool initials_name(const std::string& name) {
  if (name.size() < 2 || name.size() > 8) return false;
  return std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isupper(c); });
}

// The initials of a body's name: the capitals that start its words, every capital of a dotted
// abbreviation ("U.S." → "US"); lower-case words ("of", "and") give none.
std::string initials_of(const std::string& name) {
  std::string out;
  bool word_start = true;
  for (std::size_t k = 0; k < name.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(name[k]);
    if (std::isupper(c) && (word_start || (k > 0 && name[k - 1] == '.'))) out += static_cast<char>(c);
    word_start = c == ' ' || c == '-';
  }
  return out;
}

// "COP29", "INC-4" → "COP29", "INC4": a session's code (2 to 6 capitals, a hyphen or none, a
// number), without the hyphen; "" for any other name.
std::string session_code(const std::string& alias) {
  std::size_t k = 0;
  while (k < alias.size() && std::isupper(static_cast<unsigned char>(alias[k]))) ++k;
  if (k < 2 || k > 6) return "";
  std::string out = alias.substr(0, k);
  if (k < alias.size() && alias[k] == '-') ++k;
  const std::size_t digits = alias.size() - k;
  if (digits == 0 || digits > 3) return "";
  for (; k < alias.size(); ++k) {
    if (!std::isdigit(static_cast<unsigned char>(alias[k]))) return "";
    out += alias[k];
  }
  return out;
}

// One agreement name is the other or an instance of it ("10th Special Measures Agreement").
bool same_series_family(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return a == b;
  return a == b || (a.size() != b.size() && (a.find(b) != std::string::npos || b.find(a) != std::string::npos));
}

// "10th Special Measures Agreement" → "Special Measures Agreement": the series of an instance.
std::string series_root(const std::string& series) {
  const auto sp = series.find(' ');
  if (sp == std::string::npos || sp == 0 || !std::isdigit(static_cast<unsigned char>(series[0]))) return series;
  return series.substr(sp + 1);
}

// "Geneva round of US-Russia talks", "Round 6 of US-Russia talks" → "US-Russia talks": what a
// round's name says the talks are.
std::string_view round_topic(std::string_view label) {
  const auto round = label.find("ound ");
  const auto of = round == std::string_view::npos ? round : label.find(" of ", round);
  return of == std::string_view::npos ? std::string_view() : label.substr(of + 4);
}

// The sides a topic names, in any order: "India-China talks" and "China-India talks" are talks of
// the same two sides, however each article orders them.
std::vector<std::string_view> topic_sides(std::string_view topic) {
  if (topic.ends_with(" talks")) topic.remove_suffix(6);
  std::vector<std::string_view> sides;
  for (std::size_t b = 0;;) {
    const auto dash = topic.find('-', b);
    sides.push_back(topic.substr(b, dash == std::string_view::npos ? std::string_view::npos : dash - b));
    if (dash == std::string_view::npos) break;
    b = dash + 1;
  }
  std::sort(sides.begin(), sides.end());
  return sides;
}

// What decides whether two rounds can be one meeting, gathered once per round (candidate pairs
// of a busy place and number are many): the labels of its dates and places, and the year of the
// first article that reported it (0: unknown).
struct RoundFacts {
  std::vector<std::string_view> dates, places;
  int year = 0;
};

RoundFacts round_facts(const Graph& g, Vertex v) {
  RoundFacts f;
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
    if (g[*e].type == RelationType::held_on) f.dates.push_back(g[boost::target(*e, g)].label);
    if (g[*e].type == RelationType::held_in) f.places.push_back(g[boost::target(*e, g)].label);
  }
  if (!g[v].seen.empty()) f.year = std::atoi(g[v].seen.begin()->substr(0, 4).c_str());
  return f;
}

// Two rounds whose dates contradict each other (2018-03 vs 2018-05) are different rounds.
bool dates_conflict(const RoundFacts& a, const RoundFacts& b) {
  for (const auto x : a.dates)
    for (const auto y : b.dates)
      if (x.substr(0, std::min(x.size(), y.size())) != y.substr(0, std::min(x.size(), y.size()))) return true;
  return false;
}

// Two rounds held in places that have nothing in common are different meetings.
bool places_conflict(const RoundFacts& a, const RoundFacts& b) {
  if (a.places.empty() || b.places.empty()) return false;
  return std::none_of(a.places.begin(), a.places.end(),
                      [&](std::string_view p) { return std::find(b.places.begin(), b.places.end(), p) != b.places.end(); });
}

// Rounds reported in articles more than a year apart are different meetings.
bool reported_apart(const RoundFacts& a, const RoundFacts& b) {
  if (a.year == 0 || b.year == 0) return false;
  return a.year - b.year > 1 || b.year - a.year > 1;
}

// The held-in or held-on targets of a round, as node indices.
std::set<std::size_t> round_anchors(const Graph& g, Vertex v) {
  std::set<std::size_t> out;
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e)
    if (g[*e].type == RelationType::held_in || g[*e].type == RelationType::held_on)
      out.insert(boost::target(*e, g));
  return out;
}

// Whether two nodes were read in one article at least.
bool share_article(const Sources& a, const Sources& b) {
  const auto x = a.sorted(), y = b.sorted();
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) return true;
    x[i] < y[j] ? ++i : ++j;
  }
  return false;
}

// Same-as links between the nodes of g, as the components of a vertex → component map.
int same_as_components(const Graph& g, std::vector<int>& component) {
  const std::size_t n = boost::num_vertices(g);
  LinkGraph links(n);

  // Same normalised name.
  std::map<std::pair<EntityType, std::string>, std::size_t> first;
  for (std::size_t v = 0; v < n; ++v)
    for (const auto& [name, c] : g[v].names) {
      auto [it, fresh] = first.emplace(std::make_pair(g[v].type, name_key(name)), v);
      if (!fresh && it->second != v) boost::add_edge(it->second, v, links);
    }

  // A body named with its parties before it is the body ("India-Pakistan Permanent Indus
  // Commission" = "Permanent Indus Commission"), when the plain name is a node too.
  for (std::size_t v = 0; v < n; ++v) {
    if (g[v].type != EntityType::agency) continue;
    for (const auto& [name, c] : g[v].names) {
      const std::string plain = without_party_prefix(name);
      if (plain.empty()) continue;
      auto it = first.find({EntityType::agency, name_key(plain)});
      if (it != first.end() && it->second != v) boost::add_edge(it->second, v, links);
    }
  }

  // A company with and without its legal form, a body with "&" for "and": one body.
  std::map<std::string, std::size_t> by_body;
  for (std::size_t v = 0; v < n; ++v) {
    if (g[v].type != EntityType::agency) continue;
    for (const auto& [name, c] : g[v].names) {
      const std::string key = body_key(name_key(name));
      if (key.empty()) continue;
      auto [it, fresh] = by_body.emplace(key, v);
      if (!fresh && it->second != v) boost::add_edge(it->second, v, links);
    }
  }

  // A body named only by its initials in one article ("AMPTP") is the one body another article
  // wrote them after in full ("the Alliance of Motion Picture and Television Producers (AMPTP)").
  std::map<std::string, std::vector<std::size_t>> by_initials;
  for (std::size_t v = 0; v < n; ++v) {
    if (g[v].type != EntityType::agency) continue;
    for (const auto& a : g[v].aliases)
      if (initials_name(a) && initials_of(g[v].label) == a) by_initials[a].push_back(v);
  }
  for (std::size_t v = 0; v < n; ++v) {
    if (g[v].type != EntityType::agency || !initials_name(g[v].label)) continue;
    auto it = by_initials.find(g[v].label);
    if (it != by_initials.end() && it->second.size() == 1 && it->second[0] != v)
      boost::add_edge(it->second[0], v, links);
  }

  // Person short forms → the unique full name. Full names are indexed by their first and last
  // word so that each short form looks at a handful of candidates, not at every person.
  std::vector<std::size_t> people;
  std::vector<std::vector<std::string>> person_words(n);
  std::vector<std::string> person_key(n);
  std::map<std::string, std::vector<std::size_t>> by_edge_word;
  for (std::size_t v = 0; v < n; ++v) {
    if (g[v].type != EntityType::person) continue;
    people.push_back(v);
    person_key[v] = name_key(g[v].label);
    person_words[v] = words(person_key[v]);
    const auto& w = person_words[v];
    if (w.size() >= 2) {
      by_edge_word[w.back()].push_back(v);
      if (w.front() != w.back()) by_edge_word[w.front()].push_back(v);
      if (w.size() == 4) by_edge_word[w[2]].push_back(v);  // the first of two family names
    }
  }
  std::vector<std::size_t> candidates;
  for (std::size_t s : people) {
    const auto& sw = person_words[s];
    if (sw.empty()) continue;
    candidates.clear();
    for (const auto* key : {&sw.back(), &sw.front()})
      if (auto it = by_edge_word.find(*key); it != by_edge_word.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    // Linked only when the matching full names are one name (the last match, as before).
    std::size_t match = n;
    const std::string* key = nullptr;
    bool several = false;
    for (std::size_t l : candidates) {
      if (l == s || !short_form_of(sw, person_words[l], g[l].label)) continue;
      if (key && *key != person_key[l]) several = true;
      key = &person_key[l];
      match = l;
    }
    if (key && !several) boost::add_edge(s, match, links);
  }
  // The same name in two romanisations ("Chung Eun-bo" / "Jeong Eun-bo").
  std::map<std::string, std::size_t> by_key;
  for (std::size_t p : people)
    for (const auto& k : g[p].keys) {
      auto [it, fresh] = by_key.emplace(k, p);
      if (!fresh && it->second != p) boost::add_edge(it->second, p, links);
    }
  // The same name with and without middle initials, when only one such full name exists.
  std::map<std::string, std::set<std::size_t>> by_bare;
  for (std::size_t p : people) by_bare[without_initials(name_key(g[p].label))].insert(p);
  for (const auto& [bare, group] : by_bare) {
    if (group.size() < 2 || bare.find(' ') == std::string::npos) continue;
    for (std::size_t p : group) boost::add_edge(*group.begin(), p, links);
  }
  // Given and family name without the middle names of the one full name that has both
  // ("Lina Haddad" / "Lina Sabri Haddad"): two full names with those ends make it no one's.
  std::map<std::string, std::vector<std::size_t>> by_ends;  // "first last" of 3+ words → people
  for (std::size_t p : people) {
    const auto& w = person_words[p];
    if (w.size() >= 3) by_ends[w.front() + ' ' + w.back()].push_back(p);
  }
  for (std::size_t p : people) {
    const auto& w = person_words[p];
    if (w.size() != 2) continue;
    auto it = by_ends.find(w.front() + ' ' + w.back());
    if (it != by_ends.end() && it->second.size() == 1) boost::add_edge(it->second[0], p, links);
  }
  // One person written twice in one article, one word slipped ("Omar Kassab" / "Omar Kassabb",
  // "Ilya Petrovsky" / "Ilya Pertovsky"); the other words the same.
  // (keyed by the slipped word's position and the other words, so the names are as long)
  std::map<std::pair<std::size_t, std::string>, std::vector<std::size_t>> by_others;
  for (std::size_t p : people) {
    const auto& w = person_words[p];
    if (w.size() < 2) continue;
    for (std::size_t i = 0; i < w.size(); ++i) {
      std::string others;
      for (std::size_t j = 0; j < w.size(); ++j)
        if (j != i) others += ' ' + w[j];
      by_others[{i, std::move(others)}].push_back(p);
    }
  }
  for (const auto& [key, group] : by_others)
    for (std::size_t x = 0; x < group.size(); ++x)
      for (std::size_t y = x + 1; y < group.size(); ++y) {
        const std::size_t a = group[x], b = group[y];
        if (one_slip_apart(person_words[a][key.first], person_words[b][key.first]) &&
            share_article(g[a].sources, g[b].sources))
          boost::add_edge(a, b, links);
      }

  // Rounds. Same number and a shared place or date: one meeting, whatever the agreement's
  // spelling ("Round 4 of talks" / "Round 4 of the EU-Mercosur talks") — unless the shared anchor
  // also holds rounds of two different instances, which a bare round must not chain together.
  std::map<std::pair<int, std::size_t>, std::vector<std::size_t>> by_anchor;       // (number, anchor) →
  std::map<std::pair<int, std::string>, std::vector<std::size_t>> by_number;       // (number, series root) →
  std::map<std::pair<std::string, std::size_t>, std::vector<std::size_t>> numbered_at;  // (root, place) →
  std::vector<std::size_t> place_rounds;
  std::vector<RoundFacts> facts(n);
  for (std::size_t v = 0; v < n; ++v) {
    if (g[v].type != EntityType::round) continue;
    facts[v] = round_facts(g, v);
    const std::string root = series_root(g[v].series);
    if (g[v].ordinal > 0) {
      by_number[{g[v].ordinal, root}].push_back(v);
      for (std::size_t anchor : round_anchors(g, v)) by_anchor[{g[v].ordinal, anchor}].push_back(v);
      for (auto [e, end] = boost::out_edges(v, g); e != end; ++e)
        if (g[*e].type == RelationType::held_in) numbered_at[{root, boost::target(*e, g)}].push_back(v);
    } else {
      place_rounds.push_back(v);
    }
  }
  auto is_instance = [&](std::size_t v) { return !g[v].series.empty() && series_root(g[v].series) != g[v].series; };
  // Two rounds of talks on no agreement are one only if they are talks of the same sides
  // ("Round 2 of Colombia-ELN talks" and "Round 2 of Venezuela talks", both in Mexico City, are not).
  auto same_sides = [&](std::size_t a, std::size_t b) {
    if (!g[a].series.empty() || !g[b].series.empty()) return true;
    const std::string_view ta = round_topic(g[a].label), tb = round_topic(g[b].label);
    return ta == tb || topic_sides(ta) == topic_sides(tb);
  };
  auto compatible = [&](std::size_t a, std::size_t b) {
    return (g[a].series.empty() || g[b].series.empty() || same_series_family(g[a].series, g[b].series)) &&
           same_sides(a, b) &&
           !reported_apart(facts[a], facts[b]) && !places_conflict(facts[a], facts[b]) &&
           !dates_conflict(facts[a], facts[b]);
  };
  for (const auto& [key, bucket] : by_anchor) {
    std::set<std::string> instances;
    for (std::size_t v : bucket)
      if (is_instance(v)) instances.insert(g[v].series);
    for (std::size_t i = 0; i < bucket.size(); ++i)
      for (std::size_t j = i + 1; j < bucket.size(); ++j) {
        const std::size_t a = bucket[i], b = bucket[j];
        if (instances.size() > 1 && is_instance(a) != is_instance(b)) continue;
        if (compatible(a, b)) boost::add_edge(a, b, links);
      }
  }
  // A session called by the same code ("COP29", "INC-4") in two articles is one meeting, whatever
  // each article named the talks after, unless the reports, places or dates say otherwise.
  std::map<std::string, std::vector<std::size_t>> by_code;
  for (std::size_t v = 0; v < n; ++v)
    if (g[v].type == EntityType::round && g[v].ordinal > 0)
      for (const auto& a : g[v].aliases)
        if (const std::string code = session_code(a); !code.empty()) by_code[code].push_back(v);
  for (const auto& [code, group] : by_code)
    for (std::size_t i = 1; i < group.size(); ++i) {
      const std::size_t a = group[0], b = group[i];
      if (a != b && !reported_apart(facts[a], facts[b]) && !places_conflict(facts[a], facts[b]) &&
          !dates_conflict(facts[a], facts[b]))
        boost::add_edge(a, b, links);
    }
  // A round reported without its instance ("Round 1 of the SMA talks") is the one round of that
  // number reported with one ("Round 1 of the 10th SMA talks") when no date or place contradicts.
  for (const auto& [key, group] : by_number) {
    for (std::size_t a : group) {
      if (g[a].series.empty() || is_instance(a)) continue;
      std::set<std::string> instances;
      std::size_t instance = n;
      for (std::size_t b : group)
        if (is_instance(b) && same_series_family(g[a].series, g[b].series) && compatible(a, b)) {
          instances.insert(g[b].series);
          instance = b;
        }
      if (instances.size() == 1) boost::add_edge(a, instance, links);
    }
  }
  // A round named by its place is the one numbered round of its talks held there.
  for (std::size_t a : place_rounds) {
    std::set<std::size_t> candidates;
    const std::string root = series_root(g[a].series);
    for (auto [e, end] = boost::out_edges(a, g); e != end; ++e) {
      if (g[*e].type != RelationType::held_in) continue;
      auto it = numbered_at.find({root, boost::target(*e, g)});
      if (it == numbered_at.end()) continue;
      for (std::size_t b : it->second)
        if (same_series_family(g[a].series, g[b].series) && !dates_conflict(facts[a], facts[b]) &&
            !reported_apart(facts[a], facts[b]) &&
            same_sides(a, b))
          candidates.insert(b);
    }
    if (candidates.size() == 1) boost::add_edge(a, *candidates.begin(), links);
  }

  component.assign(n, 0);
  return n ? boost::connected_components(links, component.data()) : 0;
}

// Moves (Data&&) or copies (const Data&) a node or edge bundle.
template <class G, class Data>
decltype(auto) take(Data& d) {
  if constexpr (std::is_const_v<G>) return static_cast<const Data&>(d);
  else return std::move(d);
}

template <class G>
void merge_components(G& g, const std::vector<int>& component, int count, Graph& out) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<bool> made(count, false);
  std::vector<Vertex> rep(count);
  for (std::size_t v = 0; v < n; ++v) {
    const int c = component[v];
    if (!made[c]) {
      rep[c] = boost::add_vertex(take<G>(g[v]), out);
      made[c] = true;
    } else {
      merge_into(out[rep[c]], take<G>(g[v]));
    }
  }
  for (int c = 0; c < count; ++c) choose_label(out[rep[c]]);

  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const Vertex a = rep[component[boost::source(*e, g)]], b = rep[component[boost::target(*e, g)]];
    if (a != b) unite_edge(out, a, b, take<G>(g[*e]));
  }
}

std::size_t merge_in_place(Graph& g, const std::vector<int>& component, int count) {
  const std::size_t n = boost::num_vertices(g);
  if (static_cast<std::size_t>(count) == n) return 0;
  // Each component is kept in its first node, as merge_components does (same data, same order).
  std::vector<Vertex> rep(count, Graph::null_vertex());
  std::vector<bool> gone(n, false);
  std::vector<Vertex> merged_into;
  for (std::size_t v = 0; v < n; ++v) {
    const int c = component[v];
    if (rep[c] == Graph::null_vertex()) {
      rep[c] = v;
    } else {
      merge_into(g[rep[c]], std::move(g[v]));
      gone[v] = true;
      merged_into.push_back(rep[c]);
    }
  }
  std::sort(merged_into.begin(), merged_into.end());
  merged_into.erase(std::unique(merged_into.begin(), merged_into.end()), merged_into.end());
  for (Vertex r : merged_into) choose_label(g[r]);
  // The edges of merged-away nodes move to the nodes they were merged into.
  struct Moved {
    Vertex from, to;
    EdgeData data;
  };
  std::vector<Moved> moved;
  for (std::size_t v = 0; v < n; ++v) {
    if (!gone[v]) continue;
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e)
      moved.push_back({v, boost::target(*e, g), std::move(g[*e])});
    for (auto [e, end] = boost::in_edges(v, g); e != end; ++e)
      if (!gone[boost::source(*e, g)]) moved.push_back({boost::source(*e, g), v, std::move(g[*e])});
  }
  std::vector<Vertex> dropped;
  for (std::size_t v = 0; v < n; ++v)
    if (gone[v]) dropped.push_back(v);
  for (auto it = dropped.rbegin(); it != dropped.rend(); ++it) boost::clear_vertex(*it, g);
  for (auto& m : moved) {
    const Vertex a = rep[component[m.from]], b = rep[component[m.to]];
    if (a != b) unite_edge(g, a, b, std::move(m.data));
  }
  // Removing a node renumbers the later ones (boost does, edges included): from the last.
  for (auto it = dropped.rbegin(); it != dropped.rend(); ++it) boost::remove_vertex(*it, g);
  return dropped.size();
}

// The agreement a round's name says it is a round of: "Round 2 of 10th SMA talks" → "10th SMA".
std::string_view named_agreement(std::string_view label) {
  std::string_view topic = round_topic(label);
  if (!topic.ends_with(" talks")) return {};
  return topic.substr(0, topic.size() - 6);
}

bool has_name(const NodeData& node, const std::string& key) {
  if (name_key(node.label) == key) return true;
  return std::any_of(node.names.begin(), node.names.end(), [&](const auto& n) { return name_key(n.first) == key; });
}

}  // namespace

void part_of_as_named(Graph& g) {
  std::set<Vertex> others;
  for (auto [v, vend] = boost::vertices(g); v != vend; ++v) {
    if (g[*v].type != EntityType::round) continue;
    const std::string key = name_key(named_agreement(g[*v].label));
    if (key.empty()) continue;
    const NodeData* named = nullptr;
    others.clear();
    for (auto [e, end] = boost::out_edges(*v, g); e != end; ++e) {
      if (g[*e].type != RelationType::part_of) continue;
      const Vertex target = boost::target(*e, g);
      if (has_name(g[target], key)) named = &g[target];
      else others.insert(target);
    }
    if (!named || others.empty()) continue;
    // Only the same agreement's series or another instance of it: a round can be part of two
    // different agreements' talks.
    std::erase_if(others, [&](Vertex t) { return !same_series_family(series_root(g[t].label), series_root(named->label)); });
    boost::remove_out_edge_if(
        *v, [&](const Graph::edge_descriptor& e) { return g[e].type == RelationType::part_of && others.count(boost::target(e, g)); },
        g);
  }
}

void resolve_graph(const Graph& in, Graph& out) {
  std::vector<int> component;
  const int count = same_as_components(in, component);
  merge_components(in, component, count, out);
}

void resolve_graph(Graph&& in, Graph& out) {
  std::vector<int> component;
  const int count = same_as_components(in, component);
  merge_components(in, component, count, out);
}

std::size_t resolve_in_place(Graph& g) {
  std::vector<int> component;
  const int count = same_as_components(g, component);
  return merge_in_place(g, component, count);
}

std::size_t resolve_again(std::unique_ptr<Graph>& g) {
  std::vector<int> component;
  const int count = same_as_components(*g, component);
  const std::size_t merged = boost::num_vertices(*g) - static_cast<std::size_t>(count);
  // Removing a node from the graph costs a pass over all of it: past a few, rebuild once.
  constexpr std::size_t kInPlace = 32;
  if (merged <= kInPlace) return merge_in_place(*g, component, count);
  auto out = std::make_unique<Graph>();
  merge_components(*g, component, count, *out);
  g = std::move(out);
  return merged;
}

}  // namespace newsgraph::graph
