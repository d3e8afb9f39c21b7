// The article pipeline: normalise → sentences → tokens → people (first pass) → mentions →
// relations → article-level naming (headline agreements cut to what the body writes, rounds,
// "the current deal", "the protocol") → entities and relations (party-to: the sides, and the
// countries written with each agreement).
#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/mentions.h"
#include "extract/normalise.h"
#include "extract/pattern_apply.h"
#include "extract/relations.h"
#include "extract/sentences.h"

namespace newsgraph::extract {

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}

namespace {

bool is_current(const Lexicon& lex, const std::string& modifier) {
  return lex.words(Words::current).holds_exactly(modifier);
}

// Blanks lines that are page furniture ("Go to Contents", "Most Popular").
std::string drop_clutter(const Lexicon& lex, std::string text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    if (lex.is_clutter_line(std::string_view(text).substr(pos, nl - pos)))
      std::fill(text.begin() + static_cast<long>(pos), text.begin() + static_cast<long>(nl), ' ');
    pos = nl + 1;
  }
  return text;
}

// Whether mentions x and y (x first) of sentence s are joined as a pair: "X and (the) Y", also
// across an abbreviation ("the European Union (EU) and Japan"); with `headline`, also "X, Y",
// "X-Y" and "X & Y". One test for sides, parties and the parties of a trade agreement.
bool paired(const SentenceMentions& s, const Mention& x, const Mention& y, bool headline) {
  std::size_t k = x.tok_end;
  while (k < y.tok_begin && (s.tokens[k].text == "(" || s.tokens[k].text == ")" || is_all_caps(s.tokens[k].text))) ++k;
  if (k >= y.tok_begin) return false;
  const std::string_view joint = s.tokens[k].text;
  const bool joined = iequals(joint, "and") || (headline && (joint == "," || joint == "-" || joint == "&"));
  if (!joined) return false;
  ++k;
  if (k < y.tok_begin && iequals(s.tokens[k].text, "the")) ++k;
  return k == y.tok_begin;
}

// The whole article being assembled.
class ArticleBuilder {
 public:
  ArticleBuilder(const Lexicon& lex, Article& out) : lex_(lex), out_(out) { ctx_.lex = &lex; }

  void run(std::string_view text, const std::optional<Date>& published) {
    ctx_.date = find_publication_date(text);
    if (!ctx_.date) ctx_.date = published;
    out_.date = ctx_.date;
    // No year hint from elsewhere in the text: an undated "Dec. 31" in a story that mentions
    // 2014 is not 2014-12-31 (dates.h resolves a month/day from a full date in its own sentence).
    const auto sentences = split_sentences(text);
    sents_.resize(sentences.size());
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      sents_[i].index = static_cast<int>(i + 1);
      sents_[i].text = sentences[i].text;
      tokenize(sentences[i].text, sents_[i].tokens);
    }
    dateline();
    for (auto& s : sents_) find_mentions(ctx_, s);
    promote_candidates(ctx_);
    for (auto& s : sents_) resolve_pending(ctx_, s);
    for (auto& s : sents_) {
      pattern_mentions(ctx_, s);
      pattern_cues(ctx_, s);
    }
    for (std::size_t i = 0; i < sents_.size(); ++i) find_relations(ctx_, sents_, i, rels_);
    agreements();
    name_generic_agreements();
    name_rounds();
    build();
  }

  void trace() {
    out_.trace.push_back("publication date: " + (ctx_.date ? ctx_.date->iso() : std::string("none")));
    for (const auto& s : sents_) {
      out_.trace.push_back("S" + std::to_string(s.index) + ": " + std::string(s.text));
      for (const auto& m : s.mentions)
        out_.trace.push_back("   " + std::string(to_string(m.type)) + " '" + m.name + "' <" + m.surface + ">" +
                             (m.ordinal ? " #" + std::to_string(m.ordinal) : "") +
                             (m.modifier.empty() ? "" : " mod=" + m.modifier) + (m.government ? " gov" : "") +
                             (m.rule.empty() ? "" : " [" + std::string(m.rule) + "]"));
      for (const auto& c : s.cues)
        out_.trace.push_back("   cue " + std::string(c.kind) + " <" +
                             std::string(s.text.substr(s.tokens[c.begin].begin,
                                                       s.tokens[c.end - 1].end() - s.tokens[c.begin].begin)) +
                             "> [" + std::string(c.rule) + "]");
    }
    for (const auto& r : rels_) {
      auto name = [&](const RelEnd& e) {
        return e.sentence < 0 ? e.name : sents_[e.sentence].mentions[e.mention].name;
      };
      out_.trace.push_back("R S" + std::to_string(r.sentence + 1) + " " + std::string(to_string(r.type)) + " '" +
                           name(r.from) + "' -> '" + name(r.to) + "' [" + std::string(r.rule) + "]");
    }
  }

 private:
  const Lexicon& lex_;
  Article& out_;
  ArticleContext ctx_;
  std::vector<SentenceMentions> sents_;
  std::vector<RawRelation> rels_;
  std::string main_series_;
  std::map<int, std::string> instances_;  // ordinal → name, of the main series
  std::string negotiated_;               // the instance under negotiation (highest ordinal)
  std::set<int> current_;                // ordinals of instances the article presents as in force

  Mention& mention(const RelEnd& e) { return sents_[e.sentence].mentions[e.mention]; }

  // The dateline's city and its country: "SEOUL, Jan. 24 (Yonhap)", "Jakarta.", "VIENNA —", "London:".
  void dateline() {
    for (std::size_t i = 0; i < std::min<std::size_t>(sents_.size(), 8); ++i) {
      const auto& t = sents_[i].tokens;
      if (t.empty()) continue;
      for (const auto& m : lex_.longest(t, 0)) {
        const LexEntry& e = lex_.entry(m.entry);
        if (e.kind != LexKind::city || m.length >= t.size()) continue;
        const auto sep = t[m.length].text;
        if (sep == "," || sep == "." || sep == "-" || sep == ":" || (sep == "(" && is_all_caps(t[0].text))) {
          ctx_.dateline_country = e.attr("country");
          ctx_.dateline_city = e.name;
          return;
        }
      }
    }
  }



  // An agreement name made only of type words ("Economic Partnership Agreement", "Free Trade
  // Agreement"): it says what kind of deal, not whose.
  bool generic_title(const Mention& m) const {
    if (m.ordinal > 0 || lex_.find(LexKind::agreement, m.name)) return false;
    for (const auto& t : tokenize(m.name))
      if (t.word && !lex_.words(Words::agreement_type_words).holds(t.text))
        return false;
    return true;
  }

  // The short name of a party for an agreement's name: "EU", "UK", "Japan".
  std::string party_short(const Mention& m) const {
    std::optional<std::uint32_t> e = m.type == EntityType::place ? lex_.find(LexKind::country, m.name)
                                                                  : lex_.find(LexKind::agency, m.name);
    if (!e) return m.name;
    // "China", "Japan"; else the short capitals form: "US", "UK", "EU"
    const std::string& name = lex_.entry(*e).name;
    if (name.find(' ') == std::string::npos) return name;
    // "US", "UK", "EU": an abbreviation made of the name's initials ("ROK" is no short name of South Korea)
    std::string initials;
    for (const auto& t : tokenize(name))
      if (t.word) initials += t.text[0];
    for (const auto& a : lex_.entry(*e).aliases)
      if (a == initials) return a;
    // a body known by a short form in capitals, whatever its language: "ELN"
    if (m.type == EntityType::agency)
      for (const auto& a : lex_.entry(*e).aliases)
        if (a.size() >= 2 && a.size() <= 5 && is_all_caps(a)) return a;
    return name;
  }

  // "The European Union (EU) and Japan … toward a bilateral free trade agreement": a trade
  // agreement described, not named, between two parties of the sentence → "EU-Japan Free Trade
  // Agreement" (the lexicon's spelling when it knows it).
  // What a described agreement is called after its parties' names: "a bilateral free trade
  // agreement" → "Free Trade Agreement", "a peace treaty" → "peace treaty"; "" for other deals.
  static std::string described_kind(const std::string& surface) {
    if (surface.find("free trade") != std::string::npos || surface.find("free-trade") != std::string::npos)
      return "Free Trade Agreement";
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
    if (auto e = lex_.find(LexKind::agreement, x + "-" + y + " " + kind)) return lex_.entry(*e).name;
    if (auto f = lex_.find(LexKind::agreement, y + "-" + x + " " + kind)) return lex_.entry(*f).name;
    return x + "-" + y + " " + kind;
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
          for (std::size_t k = first; k < i; ++k) out.push_back(party_short(ms[k]));
          out.push_back(party_short(ms[i]));
          out.push_back(party_short(y));
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
      if (std::find(out.begin(), out.end(), party_short(x)) == out.end()) out.push_back(party_short(x));
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
        lex_.find(LexKind::agreement, m.name))
      return {};
    const auto& t = s.tokens;
    const std::string_view dash = t[m.tok_begin - 1].text;
    if (dash != "-" && dash != "\u2013") return {};
    const Mention* before = nullptr;
    for (const auto& x : s.mentions)
      if (x.tok_end == m.tok_begin - 1 && (x.type == EntityType::place || x.type == EntityType::agency)) before = &x;
    if (!before) return {};
    for (const auto& lm : lex_.longest(t, m.tok_begin)) {
      const LexEntry& e = lex_.entry(lm.entry);
      if ((e.kind != LexKind::country && e.kind != LexKind::agency) || m.tok_begin + lm.length >= m.tok_end) continue;
      Mention own;
      own.type = e.kind == LexKind::country ? EntityType::place : EntityType::agency;
      own.name = e.name;
      const std::size_t rest = t[m.tok_begin + lm.length].begin - t[m.tok_begin].begin;
      return parties_name(party_short(*before), party_short(own), m.surface.substr(rest));
    }
    return {};
  }

  // "The European Union (EU) and Japan … toward a bilateral free trade agreement": an agreement
  // described, not named, between two parties of the sentence → "EU-Japan Free Trade Agreement".
  void name_trade_agreements() {
    std::map<std::string, std::string> renamed;
    for (auto& s : sents_) {
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
        const std::string name =
            parties.size() == 2 ? parties_name(parties[0], parties[1], described ? kind_described : m.name, described)
                                : listed_parties_name(parties, described ? kind_described : m.name);
        if (!described) renamed[m.name] = name;  // "(CEPA)" and later "CEPA" follow the name
        m.agreement = AgreementRef::named;
        m.name = m.series = name;
      }
    }
    for (auto& s : sents_)
      for (auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.ordinal == 0)
          if (auto it = renamed.find(m.name); it != renamed.end()) m.name = m.series = it->second;
  }

  // "Evolution of Global Plastics Treaty", "Caribbean Community to Weigh Trade Deal": a title-case
  // headline capitalises the words before an agreement's name too. A headline agreement the body
  // never writes is cut to the longest ending the body writes ("Global Plastics Treaty"), else it
  // is no name at all. A title-case link line elsewhere ("Read more: Evolution of Global Plastics
  // Treaty") is cut the same way after "of", "for" or "on" where the words before hold no
  // agreement word.
  static bool written_in(std::string_view text, const std::string& name) {
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
      const std::size_t end = at + name.size();
      if ((at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]))) &&
          (end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]))))
        return true;
    }
    return false;
  }
  // Whether a body sentence other than `except` writes `name`.
  bool written(const std::string& name, const SentenceMentions* except) const {
    for (const auto& s : sents_)
      if (!s.headline && &s != except && written_in(s.text, name)) return true;
    return false;
  }
  void headline_agreements() {
    for (auto& s : sents_) {
      for (auto& m : s.mentions) {
        if (m.type != EntityType::agreement || m.agreement != AgreementRef::named || m.ordinal > 0 ||
            lex_.find(LexKind::agreement, m.name) || (s.headline && written(m.name, nullptr)))
          continue;
        std::string kept;
        bool head_before = false;  // an agreement word before the cut: "Protocol of Amendment to …"
        for (std::size_t sp = m.name.find(' '); sp != std::string::npos && kept.empty(); sp = m.name.find(' ', sp + 1)) {
          const std::size_t word = m.name.rfind(' ', sp - 1);
          const std::string before = m.name.substr(word == std::string::npos ? 0 : word + 1, sp - (word == std::string::npos ? 0 : word + 1));
          head_before = head_before || lex_.is_agreementhead(before);
          const std::string rest = m.name.substr(sp + 1);
          if (rest.find(' ') == std::string::npos) continue;
          const bool connector = before == "of" || before == "for" || before == "on";
          if (s.headline ? written(rest, nullptr) : connector && !head_before && written(rest, &s)) kept = rest;
        }
        if (!kept.empty()) {
          m.name = m.series = m.surface = kept;
        } else if (s.headline) {
          m.name = m.series = {};
        }
      }
    }
  }

  // "Deputy Head for Sustainable Fisheries Partnership Agreements": the plural of an agreement
  // the article names is the kind of deal, not a node.
  void plural_kinds() {
    std::set<std::string> named;
    for (const auto& s : sents_)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.agreement == AgreementRef::named) named.insert(m.name);
    for (auto& s : sents_)
      for (auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.agreement == AgreementRef::named && m.name.ends_with("s") &&
            named.count(m.name.substr(0, m.name.size() - 1)))
          m.name = m.series = {};
  }

  // The article's agreement series and its numbered instances.
  void agreements() {
    headline_agreements();
    plural_kinds();
    name_trade_agreements();
    std::map<std::string, int> count;
    std::vector<std::string> order;
    for (const auto& s : sents_)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.agreement == AgreementRef::named && !m.name.empty()) {
          if (!count.count(m.series)) order.push_back(m.series);
          ++count[m.series];
        }
    int best = 0;
    for (const auto& series : order)
      if (count[series] > best) {
        best = count[series];
        main_series_ = series;
      }
    for (const auto& s : sents_)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.ordinal > 0 && m.agreement == AgreementRef::named &&
            m.series == main_series_)
          instances_[m.ordinal] = m.name;
    for (const auto& s : sents_)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.agreement == AgreementRef::generic && m.ordinal > 0 &&
            !main_series_.empty())
          instances_.emplace(m.ordinal, ordinal_suffix(m.ordinal) + " " + main_series_);
    // The instance under negotiation: the highest-numbered one the article does not present as
    // the current deal ("The 10th SMA, which expires Dec. 31": rounds are not its rounds).
    std::set<int>& current = current_;
    for (const auto& s : sents_)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.ordinal > 0 && is_current(lex_, m.modifier)) current.insert(m.ordinal);
    for (const auto& r : rels_)
      if (r.type == RelationType::expires && r.from.sentence >= 0) {
        const Mention& a = sents_[r.from.sentence].mentions[r.from.mention];
        const Mention& d = sents_[r.to.sentence].mentions[r.to.mention];
        if (a.ordinal > 0 && (!ctx_.date || d.date.year <= ctx_.date->year + 1) && is_current(lex_, a.modifier))
          current.insert(a.ordinal);
        else if (a.ordinal > 0 && a.modifier.empty() && ctx_.date && d.date.year <= ctx_.date->year)
          current.insert(a.ordinal);  // expires this year or before: the deal in force, not the new one
      }
    for (auto it = instances_.rbegin(); it != instances_.rend(); ++it)
      if (!current.count(it->first)) {
        negotiated_ = it->second;
        break;
      }
  }

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
    if (word.empty() || main_series_.empty() || ends_with_word(main_series_)) return {};
    std::string found;
    for (const auto& s : sents_)
      for (const auto& x : s.mentions) {
        if (x.type != EntityType::agreement || x.agreement != AgreementRef::named || x.ordinal > 0 ||
            !ends_with_word(x.name) || x.name == found)
          continue;
        if (!found.empty()) return {};
        found = x.name;
      }
    return found;
  }

  void name_generic_agreements() {
    for (auto& s : sents_)
      for (auto& m : s.mentions) {
        if (m.type != EntityType::agreement || m.agreement != AgreementRef::generic) continue;
        m.series = main_series_;
        m.alias_only = true;
        if (const std::string same_kind = named_of_kind(m); !same_kind.empty()) {
          m.name = m.series = same_kind;
          continue;
        }
        if (main_series_.empty()) continue;
        if (m.ordinal > 0) m.name = instances_[m.ordinal];
        else if (!is_current(lex_, m.modifier) && instances_.size() == 1 && !negotiated_.empty()) m.name = negotiated_;
        else if (is_current(lex_, m.modifier) && current_.size() == 1) m.name = instances_[*current_.begin()];  // "the current deal"
        else m.name = main_series_;
      }
    // "Under the five-year SMA that will last until 2030": a series mention that expires after
    // the article's date, in an article about one instance, is that instance.
    for (auto& r : rels_) {
      if (r.type != RelationType::expires || r.from.sentence < 0) continue;
      Mention& a = mention(r.from);
      if (a.agreement != AgreementRef::named || a.ordinal > 0 || a.modifier.empty() || is_current(lex_, a.modifier) ||
          instances_.size() != 1 || a.series != main_series_)
        continue;
      const Mention& d = mention(r.to);
      if (ctx_.date && d.date.year > ctx_.date->year) {
        a.name = negotiated_;
        a.alias_only = true;  // its surface ("SMA") names the series, not this instance
      }
    }
  }

  // The agreement a round in sentence `si` belongs to.
  std::string round_agreement(const SentenceMentions& s) const {
    for (const auto& m : s.mentions) {
      if (m.type != EntityType::agreement || m.name.empty()) continue;
      if (m.ordinal > 0) return m.name;
      if (m.series == main_series_ && !negotiated_.empty()) return negotiated_;
      if (m.agreement == AgreementRef::named) return m.name;
    }
    return negotiated_.empty() ? main_series_ : negotiated_;
  }

  // "the third round of strategic dialogue between the two allies": rounds of a dialogue are no
  // rounds of the agreement the article is about (an agreement's own name never ends so).
  static bool of_a_dialogue(const SentenceMentions& s, const Mention& m) {
    const auto& t = s.tokens;
    std::size_t k = m.tok_end;
    if (k >= t.size() || !iequals(t[k].text, "of")) return false;
    ++k;
    if (k < t.size() && iequals(t[k].text, "the")) ++k;
    for (std::size_t q = k; q < std::min(t.size(), k + 3); ++q)
      if (iequals(t[q].text, "dialogue")) return true;
    return false;
  }

  // Rounds of talks that name no agreement are named after the talks' sides ("Round 1 of UK-EU
  // talks"): a bare "Round 1 of talks" would merge the rounds of unrelated negotiations.
  std::string round_name(int ordinal, const std::string& agreement) const {
    const std::string& about = agreement.empty() ? negotiation_ : agreement;
    return "Round " + std::to_string(ordinal) + " of " + (about.empty() ? std::string() : about + " ") + "talks";
  }

  // The sides of the talks: the first "X and Y" pair of countries or bodies in the article, else
  // its most named country.
  std::string negotiation_name() const {
    // The sides are named in the headline and lead, not in a later aside ("Saudi Arabia and
    // Russia opposed limits …").
    for (std::size_t si = 0; si < std::min<std::size_t>(sents_.size(), 4); ++si) {
      const auto& s = sents_[si];
      for (std::size_t i = 0; i + 1 < s.mentions.size(); ++i) {
        const Mention& x = s.mentions[i];
        const Mention& y = s.mentions[i + 1];
        const bool party_x = (x.type == EntityType::place && is_country(x)) || (x.type == EntityType::agency && !x.delegation && !x.outlet);
        const bool party_y = (y.type == EntityType::place && is_country(y)) || (y.type == EntityType::agency && !y.delegation && !y.outlet);
        if (!party_x || !party_y || x.name == y.name) continue;
        if (paired(s, x, y, true)) return party_short(x) + "-" + party_short(y);
      }
      if (auto sides = adjective_pair(s); !sides.empty()) return sides;
      if (auto sides = government_and_other(s); !sides.empty()) return sides;
    }
    std::string best;
    int count = 1;  // a country named once is no side of the talks
    for (const auto& [code, n] : ctx_.country_counts)
      if (n > count) {
        if (auto c = lex_.country_by_code(code)) {
          best = lex_.entry(*c).name;
          count = n;
        }
      }
    return best;
  }
  std::string negotiation_;

  // Civil talks between a government and a group: "The Colombian government and the guerrillas of
  // the National Liberation Army (ELN)" → "Colombia-ELN"; "Venezuela's government and opposition"
  // → "Venezuelan government-opposition"; or "".
  std::string government_and_other(const SentenceMentions& s) const {
    const auto& t = s.tokens;
    for (std::size_t k = 1; k + 2 < t.size(); ++k) {
      if (!iequals(t[k].text, "government")) continue;
      std::optional<std::uint32_t> country = lex_.country_by_adjective(t[k - 1].text);  // "Colombian government"
      std::size_t e = k + 1;
      for (const auto& m : s.mentions)
        if (m.type == EntityType::place && is_country(m) && (m.tok_end == k - 1 || (m.tok_begin <= k && k < m.tok_end))) {
          // "Venezuela's government", "the Government of Colombia"
          if (m.tok_end == k - 1 && t[k - 1].text != "'s") continue;
          country = lex_.find(LexKind::country, m.name);
          e = std::max<std::size_t>(e, m.tok_end);
        }
      if (!country || e + 1 >= t.size() || !iequals(t[e].text, "and")) continue;
      std::size_t q = e + 1;
      if (iequals(t[q].text, "the") || iequals(t[q].text, "a")) ++q;
      if (q + 1 < t.size() && t[q + 1].text == "'s") q += 2;  // "the country's opposition"
      if (q < t.size() && iequals(t[q].text, "opposition"))
        return lex_.delegation_adjective(*country) + " government-opposition";
      // "the guerrillas of", "a delegation from"
      if (q + 1 < t.size() && t[q].word && !t[q].cap && (iequals(t[q + 1].text, "of") || iequals(t[q + 1].text, "from")))
        q += 2;
      if (q < t.size() && iequals(t[q].text, "the")) ++q;
      for (const auto& m : s.mentions)
        if (m.tok_begin == q && m.type == EntityType::agency && !m.delegation && !m.outlet) {
          Mention c;
          c.type = EntityType::place;
          c.name = lex_.entry(*country).name;
          return party_short(c) + "-" + party_short(m);
        }
    }
    return {};
  }

  // "Indian and Chinese Corps Commanders met": two country adjectives joined by "and" name the
  // sides ("India-China"), or "".
  std::string adjective_pair(const SentenceMentions& s) const {
    const auto& t = s.tokens;
    for (std::size_t k = 0; k + 2 < t.size(); ++k) {
      if (!t[k].cap || !iequals(t[k + 1].text, "and") || !t[k + 2].cap) continue;
      const auto x = lex_.country_by_adjective(t[k].text), y = lex_.country_by_adjective(t[k + 2].text);
      if (!x || !y || *x == *y) continue;
      auto side = [&](std::uint32_t c) {
        Mention m;
        m.type = EntityType::place;
        m.name = lex_.entry(c).name;
        return party_short(m);
      };
      return side(*x) + "-" + side(*y);
    }
    return {};
  }

  // The body whose rounds they are, where the talks have no sides: "the sixth round of meetings
  // of the Constitutional Committee" → "Constitutional Committee" (a few words after the round).
  std::string meeting_body() const {
    for (const auto& s : sents_)
      for (std::size_t i = 0; i + 1 < s.mentions.size(); ++i) {
        const Mention& r = s.mentions[i];
        const Mention& a = s.mentions[i + 1];
        if (r.type == EntityType::round && r.round == RoundRef::numbered && a.type == EntityType::agency &&
            !a.delegation && !a.outlet && !a.name.empty() && a.tok_begin > r.tok_end && a.tok_begin <= r.tok_end + 5)
          return a.name;
      }
    return {};
  }

  // The place a round mention is held in (from the held-in relations), or "".
  std::string held_in(std::size_t si, std::size_t mi) const {
    for (const auto& r : rels_)
      if (r.type == RelationType::held_in && r.from.sentence == static_cast<int>(si) &&
          r.from.mention == static_cast<int>(mi))
        return r.to.sentence < 0 ? r.to.name : sents_[r.to.sentence].mentions[r.to.mention].name;
    return {};
  }

  // The talks' own name where they are a named dialogue: "the U.S.-Russia Strategic Stability
  // Dialogue has convened" → "U.S.-Russia Strategic Stability Dialogue" (capitalised words up to
  // "Dialogue"; at least two before it, so that a bare "Strategic Dialogue" names no sides).
  std::string dialogue_name() const {
    for (const auto& s : sents_) {
      const auto& t = s.tokens;
      for (std::size_t k = 2; k < t.size(); ++k) {
        if (t[k].text != "Dialogue") continue;
        std::size_t b = k;
        while (b > 0 && (t[b - 1].cap || ((t[b - 1].text == "-" || t[b - 1].text == ".") && b > 1 && t[b - 2].cap)))
          --b;
        if (b < k && (t[b].text == "-" || t[b].text == ".")) ++b;
        int words = 0;
        for (std::size_t q = b; q < k; ++q) words += t[q].word && t[q].cap;
        if (words < 3 || iequals(t[b].text, "The")) continue;
        return std::string(s.text.substr(t[b].begin, t[k].end() - t[b].begin));
      }
    }
    return {};
  }

  // What rounds of no agreement are named after: the dialogue, else the sides.
  std::string talks_name() const {
    std::string name = dialogue_name();
    return name.empty() ? negotiation_name() : name;
  }

  void name_rounds() {
    if (main_series_.empty()) negotiation_ = talks_name();
    if (main_series_.empty() && negotiation_.empty()) negotiation_ = meeting_body();
    struct Named {
      std::size_t si;
      std::size_t mi;
    };
    std::vector<Named> named;  // rounds with a name, in text order
    const bool unnumbered_placed = has_placed_talks(false);
    const bool unnumbered_listed = has_placed_talks(true);
    int highest = 0;
    for (const auto& s : sents_)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::round && m.round == RoundRef::numbered) highest = std::max(highest, m.ordinal);
    int last_ordinal = 0;  // the last numbered round so far, and its sentence
    std::size_t last_si = 0;
    // Numbered and placed rounds first.
    for (std::size_t si = 0; si < sents_.size(); ++si) {
      auto& s = sents_[si];
      for (std::size_t mi = 0; mi < s.mentions.size(); ++mi) {
        Mention& m = s.mentions[mi];
        if (m.type != EntityType::round) continue;
        const std::string agreement = of_a_dialogue(s, m) ? std::string() : round_agreement(s);
        if (agreement.empty() && negotiation_.empty()) negotiation_ = talks_name();
        m.series = agreement;
        if (m.round == RoundRef::relative && last_ordinal > 0 && si - last_si <= 4) {
          // "the ninth round … the previous round": round 8. The round after the highest
          // numbered one is the next only where no unnumbered round may lie between them; the
          // one before, where the text lists no earlier rounds by place alone.
          if (m.modifier == "previous" && last_ordinal > 1 && !unnumbered_listed) m.ordinal = last_ordinal - 1;
          if (m.modifier == "next" && last_ordinal == highest && !unnumbered_placed) m.ordinal = last_ordinal + 1;
          if (m.ordinal > 0) m.round = RoundRef::numbered;
        }
        // "this round", "the next meeting (of the 118th)" keep the numbered round in view
        if ((m.round == RoundRef::anaphor || (m.round == RoundRef::numbered && m.modifier == "next")) &&
            last_ordinal > 0)
          last_si = si;
        if (m.modifier == "n-day")
          if (const Mention* r = numbered_near(si)) {
            m.round = RoundRef::numbered;
            m.ordinal = r->ordinal;
          }
        if (m.round == RoundRef::numbered) {
          if (m.modifier.empty() || m.modifier == "this") {
            last_ordinal = m.ordinal;
            last_si = si;
          }
          m.name = round_name(m.ordinal, agreement);
        } else if (m.round == RoundRef::relative || m.round == RoundRef::place_talks) {
          const std::string place = held_in(si, mi);
          if (m.round == RoundRef::place_talks && m.modifier != "listed" && m.modifier != "again" &&
              recent_round(si) >= 0)
            continue;  // "the talks" of a round just named
          if (m.modifier == "country") continue;  // a country names no round by itself
          const std::string& about = agreement.empty() ? negotiation_ : agreement;
          if (!place.empty())
            m.name = place + " round of " + (about.empty() ? std::string() : about + " ") + "talks";
        }
        if (!m.name.empty()) named.push_back({si, mi});
      }
    }
    number_listed(highest);
    fold_place_talks();
    // References: "this round", "the upcoming round", "talks at X" right after a round.
    for (std::size_t si = 0; si < sents_.size(); ++si) {
      auto& s = sents_[si];
      for (std::size_t mi = 0; mi < s.mentions.size(); ++mi) {
        Mention& m = s.mentions[mi];
        if (m.type != EntityType::round || !m.name.empty()) continue;
        if ((m.modifier == "next" && !lead_round_ahead(si)) || m.modifier == "previous" || m.modifier == "last")
          continue;
        if ((m.modifier == "country" || m.modifier == "dated") && recent_round(si) < 0) continue;
        const Named* prev = nullptr;
        const Named* next = nullptr;
        for (const auto& x : named) {
          if (x.si < si || (x.si == si && x.mi < mi)) prev = &x;
          else if (!next) next = &x;
        }
        const Named* ref = prev ? prev : ((m.round != RoundRef::place_talks || si == 0) ? next : nullptr);
        if (!ref) continue;
        m.name = sents_[ref->si].mentions[ref->mi].name;
        m.series = sents_[ref->si].mentions[ref->mi].series;
        m.ordinal = sents_[ref->si].mentions[ref->mi].ordinal;
      }
    }
  }

  // "The third session … will be held in Washington. The previous ones took place in Honolulu in
  // March and on Jeju Island in April": where a sentence lists as many meetings by place as came
  // before the article's highest numbered round, they are rounds 1 … N-1 in the order told.
  void number_listed(int highest) {
    for (auto& s : sents_) {
      std::vector<Mention*> listed;
      for (auto& m : s.mentions)
        if (m.type == EntityType::round && m.modifier == "listed") listed.push_back(&m);
      if (listed.empty() || static_cast<int>(listed.size()) != highest - 1) continue;
      for (std::size_t j = 0; j < listed.size(); ++j) {
        Mention& m = *listed[j];
        m.round = RoundRef::numbered;
        m.ordinal = static_cast<int>(j) + 1;
        m.name = round_name(m.ordinal, m.series);
      }
    }
  }

  // Whether the lead (first sentence) names a round by its place, a few sentences before si, with
  // no numbered round: "Talks will resume on Tuesday in Washington … The next round will commence
  // with deputy-level meetings" tells one round twice.
  bool lead_round_ahead(std::size_t si) const {
    if (si == 0 || si > 3) return false;
    for (std::size_t k = 0; k <= si; ++k)
      for (const auto& m : sents_[k].mentions)
        if (m.type == EntityType::round && m.round == RoundRef::numbered) return false;
    for (const auto& m : sents_[0].mentions)
      if (m.type == EntityType::round && m.round == RoundRef::place_talks && !m.name.empty()) return true;
    return false;
  }

  // "Saudi Arabia and Iran held talks in Baghdad … a first meeting took place on April 9": where
  // the article reports one numbered round, held nowhere else, its talks at a place are that
  // round.
  // So is "a new round" told before that round's number ("A new round of talks concluded in
  // Geneva … This is the third time the Dialogue has convened").
  void fold_place_talks() {
    const Mention* only = nullptr;
    std::size_t only_si = 0;
    std::vector<std::string> places;  // where that round was held
    for (std::size_t si = 0; si < sents_.size(); ++si)
      for (std::size_t mi = 0; mi < sents_[si].mentions.size(); ++mi) {
        const Mention& m = sents_[si].mentions[mi];
        if (m.type != EntityType::round || m.round != RoundRef::numbered || !m.modifier.empty()) continue;
        if (only && only->name != m.name) return;
        if (!only) only_si = si;
        only = &m;
        if (auto p = held_in(si, mi); !p.empty()) places.push_back(p);
      }
    if (!only) return;
    for (std::size_t si = 0; si < sents_.size(); ++si)
      for (std::size_t mi = 0; mi < sents_[si].mentions.size(); ++mi) {
        Mention& m = sents_[si].mentions[mi];
        const bool fresh = m.round == RoundRef::relative && (m.modifier == "new" || m.modifier == "latest") &&
                           si < only_si;
        if (m.type != EntityType::round || (m.round != RoundRef::place_talks && !fresh) || m.modifier == "listed" ||
            m.modifier == "again" || m.name.empty())
          continue;
        const std::string place = held_in(si, mi);
        if (!places.empty() && std::find(places.begin(), places.end(), place) == places.end()) continue;
        m.name = only->name;
        m.ordinal = only->ordinal;
        m.series = only->series;
      }
  }

  // The one numbered round named in sentence si or the sentences beside it, or null.
  const Mention* numbered_near(std::size_t si) const {
    const Mention* found = nullptr;
    for (std::size_t k = si > 0 ? si - 1 : 0; k < std::min(sents_.size(), si + 2); ++k)
      for (const auto& m : sents_[k].mentions)
        if (m.type == EntityType::round && m.round == RoundRef::numbered && m.modifier.empty()) {
          if (found && found->ordinal != m.ordinal) return nullptr;
          found = &m;
        }
    return found;
  }

  // Whether the article names a round only by its place ("the talks in Portland"; `listed`:
  // in a list, "earlier meetings took place in A in March and B in May"): the rounds'
  // numbering then has gaps the text does not fill.
  bool has_placed_talks(bool listed) const {
    for (const auto& s : sents_)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::round && m.round == RoundRef::place_talks && (!listed || m.modifier == "listed"))
          return true;
    return false;
  }

  // Sentence index of a round named in this or the 3 previous sentences (or, from a headline,
  // the 2 next ones), or -1.
  // ("Talks will resume on Tuesday in Washington … The next round will commence with …": a round
  // told as the next one, unnumbered, after the lead is the lead's round, which its place names.)
  int recent_round(std::size_t si) const {
    auto has_round = [&](std::size_t k, bool ahead) {
      for (const auto& m : sents_[k].mentions)
        if (m.type == EntityType::round && m.round != RoundRef::place_talks &&
            !(ahead && m.round == RoundRef::relative && (m.modifier == "next" || m.modifier == "upcoming")))
          return true;
      return false;
    };
    for (std::size_t k = si + 1; k-- > 0 && si - k <= 3;)
      if (has_round(k, false)) return static_cast<int>(k);
    if (si == 0)
      for (std::size_t k = 1; k < std::min<std::size_t>(sents_.size(), 3); ++k)
        if (has_round(k, true)) return static_cast<int>(k);
    return -1;
  }

  // ---- entities and relations ----
  std::map<std::pair<EntityType, std::string>, std::size_t> index_;

  std::size_t entity(const Mention& m, int sentence) {
    const auto key = std::make_pair(m.type, m.name);
    auto it = index_.find(key);
    std::size_t i;
    if (it == index_.end()) {
      i = out_.entities.size();
      Entity e;
      e.type = m.type;
      e.name = m.name;
      e.first_sentence = sentence;
      out_.entities.push_back(std::move(e));
      index_.emplace(key, i);
    } else {
      i = it->second;
    }
    Entity& e = out_.entities[i];
    ++e.mentions;
    if (e.country.empty()) e.country = m.country;
    if (!e.lat && m.lat) {
      e.lat = m.lat;
      e.lon = m.lon;
    }
    if (!e.ordinal) e.ordinal = m.ordinal;
    if (e.series.empty()) e.series = m.series;
    if (!m.alias_only && !m.surface.empty() && m.surface != m.name &&
        std::find(e.aliases.begin(), e.aliases.end(), m.surface) == e.aliases.end())
      e.aliases.push_back(m.surface);
    return i;
  }

  std::optional<std::size_t> named_entity(EntityType type, const std::string& name, bool create) {
    auto it = index_.find({type, name});
    if (it != index_.end()) return it->second;
    if (!create) return std::nullopt;
    Mention m;
    m.type = type;
    m.name = name;
    m.delegation = true;
    m.alias_only = true;
    const std::size_t i = entity(m, 0);
    out_.entities[i].mentions = 1;
    return i;
  }

  // The one agency of the article whose name ends with `words` ("Department for Business and
  // Trade" for "Business and Trade"), if there is exactly one.
  std::optional<std::size_t> agency_ending_with(const std::string& words) const {
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < out_.entities.size(); ++i) {
      const Entity& e = out_.entities[i];
      if (e.type != EntityType::agency) continue;
      // by its name or a form the article wrote ("Department of National Defence" for the
      // Department of National Defense of the Philippines)
      auto ends = [&](const std::string& name) {
        return name.size() > words.size() + 1 && name.compare(name.size() - words.size(), words.size(), words) == 0 &&
               name[name.size() - words.size() - 1] == ' ';
      };
      if (!ends(e.name) && std::none_of(e.aliases.begin(), e.aliases.end(), ends)) continue;
      if (found) return std::nullopt;
      found = i;
    }
    return found;
  }

  void relation(RelationType type, std::size_t from, std::size_t to, int sentence, std::string_view rule = "article") {
    if (from == to) return;
    for (const auto& r : out_.relations)
      if (r.type == type && r.from == from && r.to == to) return;
    Relation r;
    r.type = type;
    r.from = from;
    r.to = to;
    r.sentence = sentence + 1;
    r.evidence = std::string(sents_[static_cast<std::size_t>(sentence)].text);
    r.rule = rule;
    out_.relations.push_back(std::move(r));
  }

  void build() {
    // Every mention with a name becomes (part of) an entity, but dates only when a fact needs them.
    std::map<std::pair<int, int>, std::size_t> of_mention;
    for (std::size_t si = 0; si < sents_.size(); ++si)
      for (std::size_t mi = 0; mi < sents_[si].mentions.size(); ++mi) {
        const Mention& m = sents_[si].mentions[mi];
        if (m.name.empty() || m.type == EntityType::date) continue;
        of_mention[{static_cast<int>(si), static_cast<int>(mi)}] = entity(m, sents_[si].index);
      }
    auto resolve = [&](const RelEnd& e, bool create_delegation) -> std::optional<std::size_t> {
      if (e.sentence < 0 && e.suffix) return agency_ending_with(e.name);
      if (e.sentence < 0)
        return named_entity(e.type, e.name,
                            e.type == EntityType::date || (create_delegation && e.name.ends_with(" delegation")));
      const Mention& m = sents_[e.sentence].mentions[e.mention];
      if (m.name.empty()) return std::nullopt;
      if (m.type == EntityType::date) return entity(m, sents_[e.sentence].index);
      auto it = of_mention.find({e.sentence, e.mention});
      if (it == of_mention.end()) return std::nullopt;
      return it->second;
    };
    for (const auto& r : rels_) {
      auto from = resolve(r.from, r.type == RelationType::leads);
      // (a side's delegation is made by who leads it, or by the members a sentence lists for it)
      auto to = resolve(r.to, r.type == RelationType::leads || r.type == RelationType::member_of);
      if (!from || !to) continue;
      // (two things of one type only where the kind joins such things: counterparts)
      const RelationSpec& spec = relation_spec(r.type);
      if (out_.entities[*from].type == out_.entities[*to].type && spec.from != spec.to) continue;
      relation(r.type, *from, *to, r.sentence, r.rule);
    }
    precise_meeting_dates();
    most_specific_places();
    drop_membership_of_heads();
    part_of();
    authors();
    party_to();
    counterparts();
    drop_unused_dates();
    for (auto& e : out_.entities) {
      std::sort(e.aliases.begin(), e.aliases.end());
      if (e.type == EntityType::person) e.key = lex_.person_key(e.name);
    }
  }

  // Dates are nodes only when a fact needs them.
  void drop_unused_dates() {
    std::vector<bool> used(out_.entities.size(), false);
    for (const auto& r : out_.relations) used[r.from] = used[r.to] = true;
    std::vector<std::size_t> remap(out_.entities.size());
    std::vector<Entity> kept;
    for (std::size_t i = 0; i < out_.entities.size(); ++i) {
      if (out_.entities[i].type == EntityType::date && !used[i]) continue;
      remap[i] = kept.size();
      kept.push_back(std::move(out_.entities[i]));
    }
    out_.entities = std::move(kept);
    for (auto& r : out_.relations) {
      r.from = remap[r.from];
      r.to = remap[r.to];
    }
  }

  // "earlier this month" and "on Jan. 14, 2020" for one round: the most precise date stays.
  void precise_meeting_dates() {
    auto& rs = out_.relations;
    std::vector<bool> drop(rs.size(), false);
    for (std::size_t i = 0; i < rs.size(); ++i)
      for (std::size_t j = 0; j < rs.size(); ++j) {
        if (i == j || rs[i].type != RelationType::held_on || rs[j].type != RelationType::held_on ||
            rs[i].from != rs[j].from)
          continue;
        const std::string& a = out_.entities[rs[i].to].name;
        const std::string& b = out_.entities[rs[j].to].name;
        if (b.size() > a.size() && b.compare(0, a.size(), a) == 0) drop[i] = true;
        // "talks began Sunday … held more talks on Monday": held-on is a round's first day
        if (a.size() == 10 && b.size() == 10 && b < a) drop[i] = true;
      }
    std::vector<Relation> kept;
    for (std::size_t i = 0; i < rs.size(); ++i)
      if (!drop[i]) kept.push_back(std::move(rs[i]));
    rs = std::move(kept);
    // A date no fact needs any more is no node: entities are filtered at the end of build().
  }

  bool named_like_a_body(std::string_view name) const {
    for (const auto& t : tokenize(name))
      if (t.word && t.cap && lex_.is_orghead(t.text)) return true;
    return false;
  }

  bool is_headed_venue(std::string_view name) const {
    const auto sp = name.rfind(' '), first = name.find(' ');
    return sp != std::string_view::npos &&
           (lex_.is_venuehead(name.substr(sp + 1)) || lex_.is_venuehead(name.substr(0, first), true));
  }

  // "talks at the Niederoesterreich Palace … ended here (Vienna)": held-in keeps the most specific
  // place, a venue rather than the city it is in.
  void most_specific_places() {
    auto& rs = out_.relations;
    std::vector<bool> drop(rs.size(), false);
    for (std::size_t i = 0; i < rs.size(); ++i) {
      if (rs[i].type != RelationType::held_in) continue;
      // "talks in Mexico" of a round held in Mexico City: the city
      const Entity& to = out_.entities[rs[i].to];
      if (const auto c = lex_.find(LexKind::country, to.name); c && lex_.entry(*c).name == to.name)
        for (std::size_t j = 0; j < rs.size() && !drop[i]; ++j)
          drop[i] = j != i && rs[j].type == RelationType::held_in && rs[j].from == rs[i].from &&
                    out_.entities[rs[j].to].country == to.country && out_.entities[rs[j].to].name != to.name;
      const std::string& name = out_.entities[rs[i].to].name;
      auto venue = lex_.find(LexKind::venue, name);
      // A venue known by its head word only ("Hyatt Regency hotel"): the city held-in beside it,
      // in the same sentence or the two before ("talks in Caracas. The meeting took place at the
      // La Casona Residence"), is where it stands.
      // (also a body hosting the talks, taken for the place it stands: "Korea Institute for
      // Defense Analyses"; a place named like a body is no town)
      const bool headed = !venue && (is_headed_venue(name) || named_like_a_body(name));
      if (!venue && !headed) continue;
      const std::string city = venue ? lex_.entry(*venue).attr("city") : std::string();
      for (std::size_t j = 0; j < rs.size(); ++j)
        if (j != i && rs[j].type == RelationType::held_in && rs[j].from == rs[i].from &&
            (venue ? out_.entities[rs[j].to].name == city
                   : rs[j].sentence <= rs[i].sentence && rs[j].sentence + 2 >= rs[i].sentence &&
                         !is_headed_venue(out_.entities[rs[j].to].name)))
          drop[j] = true;
    }
    std::vector<Relation> kept;
    for (std::size_t i = 0; i < rs.size(); ++i)
      if (!drop[i]) kept.push_back(std::move(rs[i]));
    rs = std::move(kept);
  }

  // Who leads an agency is not also listed as a mere member of it.
  void drop_membership_of_heads() {
    auto& rs = out_.relations;
    std::set<std::pair<std::size_t, std::size_t>> heads;
    for (const auto& r : rs)
      if (r.type == RelationType::leads) heads.insert({r.from, r.to});
    std::erase_if(rs, [&](const Relation& r) { return r.type == RelationType::member_of && heads.count({r.from, r.to}); });
  }

  // "Picture: Getty", "(Photo: AFP)": an agency credited for a picture did not write the article.
  static bool photo_credit(const SentenceMentions& s, const Mention& m) {
    if (m.tok_begin < 2 || s.tokens[m.tok_begin - 1].text != ":") return false;
    const Token& word = s.tokens[m.tok_begin - 2];
    return is(word, "picture") || is(word, "photo") || is(word, "image") || is(word, "photograph");
  }

  // Bylines: the authors work for the article's outlet (the first one it names).
  void authors() {
    std::optional<std::size_t> outlet;
    for (const auto& s : sents_) {
      for (const auto& m : s.mentions)
        if (m.outlet && !outlet && !photo_credit(s, m)) outlet = named_entity(EntityType::agency, m.name, false);
    }
    if (!outlet) return;
    for (std::size_t si = 0; si < sents_.size(); ++si) {
      if (!sents_[si].byline) continue;
      for (const auto& m : sents_[si].mentions)
        if (m.type == EntityType::person)
          if (auto p = named_entity(EntityType::person, m.name, false))
            relation(RelationType::member_of, *p, *outlet, static_cast<int>(si));
    }
  }

  void part_of() {
    const std::size_t n = out_.entities.size();
    for (std::size_t i = 0; i < n; ++i) {
      const Entity& e = out_.entities[i];
      if (e.type != EntityType::round || e.series.empty()) continue;
      auto a = named_entity(EntityType::agreement, e.series, false);
      if (a) relation(RelationType::part_of, i, *a, e.first_sentence > 0 ? e.first_sentence - 1 : 0);
    }
  }

  // Countries that are sides of the negotiation: "X and Y" pairs of countries, and the
  // countries of delegations. They are parties to the article's agreement.
  void party_to() {
    named_parties();
    if (main_series_.empty()) return;
    const std::string target = instances_.size() == 1 && !negotiated_.empty() ? negotiated_ : main_series_;
    auto agreement = named_entity(EntityType::agreement, target, false);
    if (!agreement) return;
    std::map<std::size_t, int> sides;  // country entity → first sentence
    for (std::size_t si = 0; si < sents_.size(); ++si) {
      const auto& s = sents_[si];
      if (!about_negotiation(s)) continue;
      for (std::size_t mi = 0; mi + 1 < s.mentions.size(); ++mi) {
        const Mention& a = s.mentions[mi];
        const Mention& b = s.mentions[mi + 1];
        if (a.type != EntityType::place || b.type != EntityType::place) continue;
        if (!is_country(a) || !is_country(b) || a.name == b.name || !paired(s, a, b, false)) continue;
        for (const Mention* x : {&a, &b})
          if (auto e = named_entity(EntityType::place, x->name, false)) sides.emplace(*e, static_cast<int>(si));
      }
    }
    // "the top U.S. and Canadian trade negotiators": a country and a country adjective joined
    // by "and" before the people or things of the talks
    for (std::size_t si = 0; si < sents_.size(); ++si) {
      const auto& s = sents_[si];
      if (!about_negotiation(s)) continue;
      for (std::size_t k = 1; k + 2 < s.tokens.size(); ++k) {
        if (!iequals(s.tokens[k].text, "and") || s.tokens[k + 2].cap || !s.tokens[k + 2].word) continue;
        const std::string left = country_at(s, k, false), right = country_at(s, k + 1, true);
        if (left.empty() || right.empty() || left == right) continue;
        // one side a bare adjective ("Canadian"), not a mention of a body or place ("the UK and EU")
        auto bare_adjective = [&](std::size_t w) {
          for (const auto& m : s.mentions)
            if (m.tok_begin <= w && w < m.tok_end) return false;
          return lex_.country_by_adjective(s.tokens[w].text).has_value();
        };
        if (bare_adjective(k - 1) || bare_adjective(k + 1))
          for (const std::string& c : {left, right})
            if (auto e = named_entity(EntityType::place, c, false)) sides.emplace(*e, static_cast<int>(si));
      }
    }
    // The countries of the delegations in the talks: led by someone, or named in a sentence
    // about the negotiation — not a delegation sent elsewhere ("Pyongyang's delegation to the
    // Winter Olympics").
    std::set<std::size_t> negotiating;
    for (const auto& r : out_.relations)
      if (r.type == RelationType::leads) negotiating.insert(r.to);
    for (std::size_t si = 0; si < sents_.size(); ++si) {
      const auto& s = sents_[si];
      if (!about_negotiation(s)) continue;
      for (const auto& m : s.mentions) {
        if (!m.delegation) continue;
        const bool elsewhere = m.tok_end < s.tokens.size() &&
                               (iequals(s.tokens[m.tok_end].text, "to") || s.tokens[m.tok_end].text == "'s");
        if (!elsewhere)
          if (auto d = named_entity(EntityType::agency, m.name, false)) negotiating.insert(*d);
      }
    }
    for (std::size_t d : negotiating) {
      const Entity& e = out_.entities[d];
      if (!e.name.ends_with(" delegation") || e.country.empty()) continue;
      auto c = lex_.country_by_code(e.country);
      if (!c) continue;
      if (auto pe = named_entity(EntityType::place, lex_.entry(*c).name, false)) sides.emplace(*pe, 0);
    }
    for (const auto& [country, si] : sides) relation(RelationType::party_to, country, *agreement, si);
    listed_parties();
  }

  // The country named by the place mention or the country adjective ending before token k
  // (starting at k with `at`), or "".
  std::string country_at(const SentenceMentions& s, std::size_t k, bool at) const {
    for (const auto& m : s.mentions)
      if (m.type == EntityType::place && is_country(m) && (at ? m.tok_begin == k : m.tok_end == k)) return m.name;
    const std::size_t w = at ? k : k - 1;
    if (auto c = lex_.country_by_adjective(s.tokens[w].text)) return lex_.entry(*c).name;
    return {};
  }

  // Parties the text writes with the agreement itself: "Iran's nuclear deal", "renew the
  // Columbia River Treaty with Canada", "a deal between Kenya and Uganda", and the countries its
  // name starts with ("EU-Seychelles Fisheries Protocol", "Japan-Russia peace treaty").
  void named_parties() {
    for (std::size_t si = 0; si < sents_.size(); ++si) {
      const auto& s = sents_[si];
      const auto& ms = s.mentions;
      for (std::size_t mi = 0; mi < ms.size(); ++mi) {
        const Mention& a = ms[mi];
        if (a.type != EntityType::agreement || a.name.empty()) continue;
        auto target = named_entity(EntityType::agreement, a.name, false);
        if (!target) continue;
        auto party = [&](const Mention& c) {
          if (c.type != EntityType::place || !is_country(c)) return;
          if (auto e = named_entity(EntityType::place, c.name, false))
            relation(RelationType::party_to, *e, *target, static_cast<int>(si));
        };
        // "Iran's nuclear deal", a country and an agreement or one name the lexicon knows
        if (mi > 0 && ms[mi - 1].tok_end + 1 == a.tok_begin && s.tokens[ms[mi - 1].tok_end].text == "'s")
          party(ms[mi - 1]);
        for (const auto& lm : lex_.matches(s.tokens, a.tok_begin)) {
          const LexEntry& c = lex_.entry(lm.entry);
          if (c.kind != LexKind::country || a.tok_begin + lm.length + 1 >= a.tok_end ||
              s.tokens[a.tok_begin + lm.length].text != "'s")
            continue;
          if (auto e = named_entity(EntityType::place, c.name, false))
            relation(RelationType::party_to, *e, *target, static_cast<int>(si));
        }
        // "the Economic Partnership Agreement Seychelles has with the EU", "the deal Japan signed"
        if (mi + 1 < ms.size() && ms[mi + 1].tok_begin == a.tok_end && ms[mi + 1].tok_end < s.tokens.size() &&
            is_any(s.tokens[ms[mi + 1].tok_end], lex_.words(Words::made))) {
          party(ms[mi + 1]);
          // … "with (the) Japan"
          std::size_t w = ms[mi + 1].tok_end + 1;
          if (w < s.tokens.size() && iequals(s.tokens[w].text, "with") && mi + 2 < ms.size() &&
              (ms[mi + 2].tok_begin == w + 1 || (ms[mi + 2].tok_begin == w + 2 && iequals(s.tokens[w + 1].text, "the"))))
            party(ms[mi + 2]);
        }
        // "… Treaty with Canada", "… deal between Kenya and Uganda"
        const std::size_t k = a.tok_end;
        const bool next_follows = mi + 1 < ms.size() && k + 1 < s.tokens.size() &&
                                  (ms[mi + 1].tok_begin == k + 1 ||
                                   (ms[mi + 1].tok_begin == k + 2 && iequals(s.tokens[k + 1].text, "the")));
        if (next_follows) {
          if (iequals(s.tokens[k].text, "with")) party(ms[mi + 1]);
          if (iequals(s.tokens[k].text, "between") && mi + 2 < ms.size() && paired(s, ms[mi + 1], ms[mi + 2], false)) {
            party(ms[mi + 1]);
            party(ms[mi + 2]);
          }
        }
      }
    }
    // "EU-Seychelles Fisheries Protocol": the countries before the first space, joined by dashes
    for (std::size_t i = 0; i < out_.entities.size(); ++i) {
      const Entity& e = out_.entities[i];
      if (e.type != EntityType::agreement) continue;
      const std::string head = e.name.substr(0, e.name.find(' '));
      if (head.find('-') == std::string::npos) continue;
      for (const auto& t : tokenize(head)) {
        if (!t.word) continue;
        auto c = lex_.find(LexKind::country, std::string(t.text));
        if (!c) continue;
        if (auto pe = named_entity(EntityType::place, lex_.entry(*c).name, false))
          relation(RelationType::party_to, *pe, i, std::max(0, out_.entities[i].first_sentence - 1));
      }
    }
  }

  // "RCEP … involving … Australia, China, India, Japan, South Korea and New Zealand", "the other
  // powers involved - Britain, China, France, Germany and Russia": a list of three or more
  // countries in a sentence about an agreement are its parties.
  void listed_parties() {
    for (std::size_t si = 0; si < sents_.size(); ++si) {
      const auto& s = sents_[si];
      const Mention* agreement = nullptr;
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && !m.name.empty() && !agreement) agreement = &m;
      if (!agreement) continue;
      auto target = named_entity(EntityType::agreement, agreement->name, false);
      if (!target) continue;
      std::vector<const Mention*> run;
      auto flush = [&] {
        if (run.size() >= 3)
          for (const Mention* c : run)
            if (auto e = named_entity(EntityType::place, c->name, false))
              relation(RelationType::party_to, *e, *target, static_cast<int>(si));
        run.clear();
      };
      for (const auto& m : s.mentions) {
        if (m.type != EntityType::place || !is_country(m)) {
          if (m.type != EntityType::date) flush();
          continue;
        }
        if (!run.empty()) {
          // only commas and "and" between the countries of one list
          bool joined = true;
          for (std::size_t k = run.back()->tok_end; k < m.tok_begin; ++k) {
            const auto& t = s.tokens[k].text;
            joined = joined && (t == "," || iequals(t, "and"));
          }
          if (!joined) flush();
        }
        run.push_back(&m);
      }
      flush();
    }
  }

  // A sentence that speaks of the agreement or its negotiation.
  bool about_negotiation(const SentenceMentions& s) const {
    for (const auto& m : s.mentions)
      if (m.type == EntityType::agreement || m.type == EntityType::round) return true;
    for (const auto& t : s.tokens)
      if ((t.text.size() >= 8 && iequals(t.text.substr(0, 8), "negotiat")) || is_any(t, lex_.words(Words::deal_words))) return true;
    return false;
  }

  bool is_country(const Mention& m) const {
    auto c = lex_.country_by_code(m.country);
    return c && lex_.entry(*c).name == m.name;
  }

  // Heads of different sides of the talks are counterparts.
  void counterparts() {
    std::map<std::size_t, std::vector<std::pair<std::size_t, int>>> leaders;  // delegation → (person, sentence)
    for (const auto& r : out_.relations)
      if (r.type == RelationType::leads && out_.entities[r.to].name.ends_with(" delegation"))
        leaders[r.to].push_back({r.from, r.sentence - 1});
    const auto delegations = std::count_if(out_.entities.begin(), out_.entities.end(), [](const Entity& e) {
      return e.type == EntityType::agency && e.name.ends_with(" delegation");
    });
    // Every side led by someone: each two sides' heads are counterparts (three-party talks give
    // three pairs); a delegation without a head says the talks have sides we cannot pair.
    if (leaders.size() < 2 || static_cast<std::size_t>(delegations) != leaders.size()) return;
    for (auto x = leaders.begin(); x != leaders.end(); ++x)
      for (auto y = std::next(x); y != leaders.end(); ++y)
        for (const auto& [p, sa] : x->second)
          for (const auto& [q, sb] : y->second) relation(RelationType::counterpart_of, p, q, std::max(sa, sb));
  }
};

}  // namespace

Article Extractor::extract(std::string_view id, std::string_view raw, std::optional<Date> published) const {
  Article out;
  out.id = std::string(id);
  Normalised nz = normalise(raw);
  if (nz.invalid_utf8) out.warnings.push_back(std::to_string(nz.invalid_utf8) + " invalid UTF-8 sequences replaced by U+FFFD");
  if (nz.control_chars) out.warnings.push_back(std::to_string(nz.control_chars) + " control characters removed");
  std::string text = drop_clutter(*lexicon_, std::move(nz.text));
  unwrap_hard_wrapped(text);
  ArticleBuilder builder(*lexicon_, out);
  builder.run(text, published);
  if (trace_) builder.trace();
  return out;
}

}  // namespace newsgraph::extract
