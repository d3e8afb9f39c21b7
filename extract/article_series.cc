// The article's agreement series, its numbered instances, the one under negotiation, and the
// names of generic references ("the current deal", "the protocol").
#include "extract/article_steps.h"

#include <algorithm>
#include <map>
#include <set>

#include "extract/article_draft.h"

namespace newsgraph::extract::article {
namespace {

class Series {
 public:
  explicit Series(Draft& d) : d_(d) {}

  // The article's agreement series and its numbered instances.
  void agreements() {
    modifier_in_name();
    headline_agreements(d_);
    plural_kinds(d_);
    name_trade_agreements(d_);
    std::map<std::string, int> count;
    std::vector<std::string> order;
    const int now = article_year();
    for (const auto& s : d_.sents)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.agreement == AgreementRef::named && !m.name.empty()) {
          if (of_an_earlier_year(s, m, now)) continue;
          if (!count.count(m.series)) order.push_back(m.series);
          ++count[m.series];
        }
    int best = 0;
    for (const auto& series : order)
      if (count[series] > best) {
        best = count[series];
        d_.main_series = series;
      }
    for (const auto& s : d_.sents)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.ordinal > 0 && m.agreement == AgreementRef::named &&
            m.series == d_.main_series)
          d_.instances[m.ordinal] = m.name;
    for (const auto& s : d_.sents)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.agreement == AgreementRef::generic && m.ordinal > 0 &&
            !d_.main_series.empty())
          d_.instances.emplace(m.ordinal, ordinal_suffix(m.ordinal) + " " + d_.main_series);
    // The instance under negotiation: the highest-numbered one the article does not present as
    // the current deal ("The 10th SMA, which expires Dec. 31": rounds are not its rounds).
    std::set<int>& current = d_.current;
    for (const auto& s : d_.sents)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.ordinal > 0 && is_current(d_.lex, m.modifier)) current.insert(m.ordinal);
    for (const auto& r : d_.rels)
      if (r.type == RelationType::expires && r.from.sentence >= 0) {
        const Mention& a = d_.sents[r.from.sentence].mentions[r.from.mention];
        const Mention& d = d_.sents[r.to.sentence].mentions[r.to.mention];
        if (a.ordinal > 0 && (!d_.ctx.date || d.date.year <= d_.ctx.date->year + 1) && is_current(d_.lex, a.modifier))
          current.insert(a.ordinal);
        else if (a.ordinal > 0 && a.modifier.empty() && d_.ctx.date && d.date.year <= d_.ctx.date->year)
          current.insert(a.ordinal);  // expires this year or before: the deal in force, not the new one
      }
    for (auto it = d_.instances.rbegin(); it != d_.instances.rend(); ++it)
      if (!current.count(it->first)) {
        d_.negotiated = it->second;
        break;
      }
  }

  // "an enhanced UK-Chile Free Trade Agreement" beside "the UK-Chile Enhanced Free Trade
  // Agreement": a name with a word the other writes before it, in lower case, is the same one.
  void modifier_in_name() {
    std::vector<std::string> names;
    for (const auto& s : d_.sents)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.agreement == AgreementRef::named && !m.name.empty() &&
            std::find(names.begin(), names.end(), m.name) == names.end())
          names.push_back(m.name);
    if (names.size() < 2) return;
    for (auto& s : d_.sents)
      for (auto& m : s.mentions) {
        if (m.type != EntityType::agreement || m.agreement != AgreementRef::named || m.tok_begin == 0) continue;
        const Token& before = s.tokens[m.tok_begin - 1];
        if (!before.word || before.cap) continue;
        for (const auto& longer : names) {
          // the longer name is this one with the word before it inserted, capitalised
          const auto at = longer.size() > m.name.size() + before.text.size() ? longer.find(' ') : std::string::npos;
          if (at == std::string::npos || !iequals(std::string_view(longer).substr(at + 1, before.text.size()), before.text))
            continue;
          if (longer.substr(0, at) + longer.substr(at + 1 + before.text.size()) != m.name) continue;
          m.name = m.series = longer;
          break;
        }
      }
  }

  // The article's year; with no date of its own, the latest year it names.
  int article_year() const {
    if (d_.ctx.date) return d_.ctx.date->year;
    int now = 0;
    for (const auto& s : d_.sents)
      for (const auto& d : s.mentions)
        if (d.type == EntityType::date) now = std::max(now, d.date.year);
    return now;
  }

  // "the 2015 Declaration of Principles" in an article of 2019 (`now`): an agreement of a year
  // before the article's is one the talks build on, not the one they negotiate.
  bool of_an_earlier_year(const SentenceMentions& s, const Mention& m, int now) const {
    if (m.tok_begin == 0) return false;
    const std::string_view w = s.tokens[m.tok_begin - 1].text;
    if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    const int year = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
    return year > 1900 && year < now;
  }

  void name_generic_agreements() {
    for (auto& s : d_.sents)
      for (auto& m : s.mentions) {
        if (m.type != EntityType::agreement || m.agreement != AgreementRef::generic) continue;
        m.series = d_.main_series;
        m.alias_only = true;
        if (const std::string same_kind = named_of_kind(m); !same_kind.empty()) {
          m.name = m.series = same_kind;
          continue;
        }
        if (d_.main_series.empty()) continue;
        if (m.ordinal > 0) m.name = d_.instances[m.ordinal];
        else if (!is_current(d_.lex, m.modifier) && d_.instances.size() == 1 && !d_.negotiated.empty()) m.name = d_.negotiated;
        else if (is_current(d_.lex, m.modifier) && d_.current.size() == 1) m.name = d_.instances[*d_.current.begin()];  // "the current deal"
        else m.name = d_.main_series;
      }
    // "Under the five-year SMA that will last until 2030": a series mention that expires after
    // the article's date, in an article about one instance, is that instance.
    for (auto& r : d_.rels) {
      if (r.type != RelationType::expires || r.from.sentence < 0) continue;
      Mention& a = d_.mention(r.from);
      if (a.agreement != AgreementRef::named || a.ordinal > 0 || a.modifier.empty() || is_current(d_.lex, a.modifier) ||
          d_.instances.size() != 1 || a.series != d_.main_series)
        continue;
      const Mention& d = d_.mention(r.to);
      if (d_.ctx.date && d.date.year > d_.ctx.date->year) {
        a.name = d_.negotiated;
        a.alias_only = true;  // its surface ("SMA") names the series, not this instance
      }
    }
  }

 private:
  Draft& d_;

  // "the protocol" in an article about a fisheries agreement that names its "Fisheries Protocol":
  // a generic reference whose word is not the main series' head word is the one agreement of
  // the article named with that word, if there is exactly one.
  std::string named_of_kind(const Mention& m) const {
    const std::size_t sp = m.surface.rfind(' ');
    const std::string word = m.surface.substr(sp == std::string::npos ? 0 : sp + 1);
    auto ends_with_word = [&](const std::string& name) {
      return name.size() > word.size() && name[name.size() - word.size() - 1] == ' ' &&
             iequals(std::string_view(name).substr(name.size() - word.size()), word);
    };
    if (word.empty() || d_.main_series.empty() || ends_with_word(d_.main_series)) return {};
    std::string found;
    for (const auto& s : d_.sents)
      for (const auto& x : s.mentions) {
        if (x.type != EntityType::agreement || x.agreement != AgreementRef::named || x.ordinal > 0 ||
            !ends_with_word(x.name) || x.name == found)
          continue;
        if (!found.empty()) return {};
        found = x.name;
      }
    return found;
  }
};

}  // namespace

void agreements(Draft& d) { Series(d).agreements(); }
void name_generic_agreements(Draft& d) { Series(d).name_generic_agreements(); }

}  // namespace newsgraph::extract::article
