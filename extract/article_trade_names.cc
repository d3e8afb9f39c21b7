// Agreements named after their parties: "EU-Japan Free Trade Agreement" for a deal described
// between two parties, "Vietnam - EU Free Trade Agreement", "India-Australia CEPA".
#include "extract/article_steps.h"

#include <algorithm>
#include <array>
#include <map>

#include "extract/article_draft.h"

namespace newsgraph::extract::article {
namespace {

class TradeNames {
 public:
  explicit TradeNames(Draft& d) : d_(d) {}

  // "The European Union (EU) and Japan … toward a bilateral free trade agreement": an agreement
  // described, not named, between two parties of the sentence → "EU-Japan Free Trade Agreement".
  void name_trade_agreements() {
    std::map<std::string, std::string> renamed;
    for (auto& s : d_.sents) {
      for (auto& m : s.mentions) {
        if (m.type != EntityType::agreement || (m.agreement == AgreementRef::named && m.name.empty())) continue;
        if (const std::string prefixed = dash_prefixed(s, m); !prefixed.empty()) {
          renamed[m.name] = prefixed;  // "(EVFTA)" and later "EVFTA" follow the name
          m.name = m.series = prefixed;
          continue;
        }
        const std::string surface = lower(m.surface);
        // a described deal, or a bare type name such as "their Economic Partnership Agreement"
        const std::string kind_described = m.agreement == AgreementRef::generic ? described_kind(surface) : std::string();
        const bool described = !kind_described.empty();
        if (!described && !(m.agreement == AgreementRef::named && generic_title(m))) continue;
        const std::vector<std::string> parties = parties_of(s, m);
        if (parties.size() < 2) continue;
        // a title the parties gave their deal keeps their order ("India-Australia CEPA")
        std::string name =
            parties.size() == 2 ? parties_name(parties[0], parties[1], described ? kind_described : m.name, described)
                                : listed_parties_name(parties, described ? kind_described : m.name);
        if (described && parties.size() == 2)
          if (std::string named = named_of_parties(parties[0], parties[1]); !named.empty()) name = named;
        if (!described) renamed[m.name] = name;  // "(CEPA)" and later "CEPA" follow the name
        m.agreement = AgreementRef::named;
        m.name = m.series = name;
      }
    }
    for (auto& s : d_.sents)
      for (auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.ordinal == 0)
          if (auto it = renamed.find(m.name); it != renamed.end()) m.name = m.series = it->second;
  }

 private:
  Draft& d_;

  // An agreement name made only of type words ("Economic Partnership Agreement", "Free Trade
  // Agreement"): it says what kind of deal, not whose.
  bool generic_title(const Mention& m) const {
    if (m.ordinal > 0 || d_.lex.find(LexKind::agreement, m.name)) return false;
    for (const auto& t : tokenize(m.name))
      if (t.word && !d_.lex.words(Words::agreement_type_words).holds(t.text))
        return false;
    return true;
  }

  // What a described agreement is called after its parties' names: "a bilateral free trade
  // agreement" → "Free Trade Agreement", "a peace treaty" → "peace treaty"; "" for other deals.
  static std::string described_kind(const std::string& surface) {
    if (surface.find("free trade") != std::string::npos || surface.find("free-trade") != std::string::npos)
      return "Free Trade Agreement";
    // The names the graph gives described deals (mapped to from phrasing here): output, not a word list.
    static constexpr std::array<std::string_view, 4> kKinds = {{"peace treaty", "peace agreement", "peace accord", "trade agreement"}};
    for (std::string_view k : kKinds)
      if (surface.ends_with(k)) return std::string(k);
    if (surface.ends_with("trade deal") || surface.ends_with("trade pact")) return "trade agreement";
    return {};
  }

  // "X-Y <kind>", with `sorted` the parties in alphabetical order, so that "Russia and Japan" and
  // "Japan and Russia" name one described treaty; the lexicon's spelling where it knows either order.
  std::string parties_name(std::string x, std::string y, const std::string& kind, bool sorted = true) const {
    if (sorted && y < x) std::swap(x, y);
    if (auto e = d_.lex.find(LexKind::agreement, x + "-" + y + " " + kind)) return d_.lex.entry(*e).name;
    if (auto f = d_.lex.find(LexKind::agreement, y + "-" + x + " " + kind)) return d_.lex.entry(*f).name;
    return x + "-" + y + " " + kind;
  }

  // "the trade deal" of CARICOM and Canada beside "the CARICOM-Canada Trade and Development
  // Agreement": the agreement the article names with the same two parties first, if one.
  std::string named_of_parties(const std::string& x, const std::string& y) const {
    const std::string px = party(x), py = party(y);
    for (const auto& s : d_.sents)
      for (const auto& a : s.mentions) {
        if (a.type != EntityType::agreement || a.agreement != AgreementRef::named || a.ordinal != 0) continue;
        const auto sp = a.name.find(' '), dash = a.name.find('-');
        if (sp == std::string::npos || dash == std::string::npos || dash > sp) continue;
        const std::string l = party(a.name.substr(0, dash)), r = party(a.name.substr(dash + 1, sp - dash - 1));
        if ((l == px && r == py) || (l == py && r == px)) return a.name;
      }
    return {};
  }

  // A party's name as the lexicon writes it ("CARICOM" → "Caribbean Community"), else as given.
  std::string party(const std::string& name) const {
    if (auto e = d_.lex.find(LexKind::agency, name)) return d_.lex.entry(*e).name;
    if (auto e = d_.lex.find(LexKind::country, name)) return d_.lex.entry(*e).name;
    return name;
  }

  static bool is_party(const Mention& x) { return x.type == EntityType::place || x.type == EntityType::agency; }

  // The short names of the parties of an agreement mention: "X and Y" (or "X, Y and Z") before it
  // in its sentence, else "among X, Y and Z" right after it.
  std::vector<std::string> parties_of(const SentenceMentions& s, const Mention& m) const {
    std::vector<std::string> out;
    const auto& ms = s.mentions;
    for (std::size_t i = 0; i + 1 < ms.size() && out.empty(); ++i) {
      if (ms[i].tok_begin >= m.tok_begin || !is_party(ms[i])) continue;
      for (std::size_t j = i + 1; j < ms.size(); ++j) {
        const Mention& y = ms[j];
        if (y.tok_begin >= m.tok_begin) break;
        if (y.name == ms[i].name) continue;  // "(EU)" after "European Union"
        if (!is_party(y)) break;
        if (paired(s, ms[i], y, false)) {
          // "South Korea, China and Japan": the list runs back over commas
          std::size_t first = i;
          while (first > 0 && is_party(ms[first - 1]) && ms[first - 1].tok_end + 1 == ms[first].tok_begin &&
                 s.tokens[ms[first - 1].tok_end].text == ",")
            --first;
          for (std::size_t k = first; k < i; ++k) out.push_back(d_.party_short(ms[k]));
          out.push_back(d_.party_short(ms[i]));
          out.push_back(d_.party_short(y));
        }
        break;
      }
    }
    if (!out.empty()) return out;
    // "a Free Trade Agreement (FTA) among Japan, China and the ROK"
    std::size_t k = m.tok_end;
    const auto& t = s.tokens;
    if (k + 2 < t.size() && t[k].text == "(" && t[k + 2].text == ")") k += 3;
    if (k >= t.size() || !(iequals(t[k].text, "among") || iequals(t[k].text, "between"))) return out;
    ++k;
    for (const auto& x : ms) {
      if (x.tok_begin < k) continue;
      if (x.tok_begin > k || !is_party(x)) break;
      if (std::find(out.begin(), out.end(), d_.party_short(x)) == out.end()) out.push_back(d_.party_short(x));
      k = x.tok_end;
      for (;;) {
        if (k + 2 < t.size() && t[k].text == "(" && t[k + 2].text == ")") k += 3;  // "(ROK)"
        else if (k < t.size() && (t[k].text == "," || iequals(t[k].text, "and") || iequals(t[k].text, "the"))) ++k;
        else break;
      }
    }
    return out;
  }

  // "China-Japan-South Korea Free Trade Agreement": three or more parties, in alphabetical order.
  std::string listed_parties_name(std::vector<std::string> parties, const std::string& kind) const {
    std::sort(parties.begin(), parties.end());
    std::string name;
    for (const auto& p : parties) name += (name.empty() ? "" : "-") + p;
    return name + " " + kind;
  }

  // "Vietnam - EU Free Trade Agreement": a party named just before the dash belongs to the name
  // that starts with the other party. Returns the new name or "".
  std::string dash_prefixed(const SentenceMentions& s, const Mention& m) const {
    if (m.agreement != AgreementRef::named || m.ordinal > 0 || m.tok_begin < 2 || m.surface != m.name ||
        d_.lex.find(LexKind::agreement, m.name))
      return {};
    const auto& t = s.tokens;
    const std::string_view dash = t[m.tok_begin - 1].text;
    if (dash != "-" && dash != "\u2013") return {};
    const Mention* before = nullptr;
    for (const auto& x : s.mentions)
      if (x.tok_end == m.tok_begin - 1 && (x.type == EntityType::place || x.type == EntityType::agency)) before = &x;
    if (!before) return {};
    for (const auto& lm : d_.lex.longest(t, m.tok_begin)) {
      const LexEntry& e = d_.lex.entry(lm.entry);
      if ((e.kind != LexKind::country && e.kind != LexKind::agency) || m.tok_begin + lm.length >= m.tok_end) continue;
      Mention own;
      own.type = e.kind == LexKind::country ? EntityType::place : EntityType::agency;
      own.name = e.name;
      const std::size_t rest = t[m.tok_begin + lm.length].begin - t[m.tok_begin].begin;
      return parties_name(d_.party_short(*before), d_.party_short(own), m.surface.substr(rest));
    }
    return {};
  }
};

}  // namespace

void name_trade_agreements(Draft& d) { TradeNames(d).name_trade_agreements(); }

}  // namespace newsgraph::extract::article
