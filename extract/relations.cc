#include "extract/relations.h"
#include "extract/pattern_apply.h"
#include "extract/sides.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace newsgraph::extract {
namespace {


class SentenceRelations {
 public:
  SentenceRelations(const ArticleContext& ctx, std::vector<SentenceMentions>& all, std::size_t si,
                    std::vector<RawRelation>& out)
      : ctx_(ctx), lex_(*ctx.lex), all_(all), si_(si), s_(all[si]), t_(s_.tokens), out_(out) {}

  void run() {
    rule_ = "code:leads";
    leads_and_membership();
    rule_ = "code:rounds";
    rounds();
    rule_ = "code:expiry";
    expiry();
  }

 private:
  const ArticleContext& ctx_;
  const Lexicon& lex_;
  std::vector<SentenceMentions>& all_;
  std::size_t si_;
  SentenceMentions& s_;
  const std::vector<Token>& t_;
  std::vector<RawRelation>& out_;
  std::string_view rule_;  // the step running, named in --trace

  std::size_t n() const { return t_.size(); }
  const Mention& m(int i) const { return s_.mentions[static_cast<std::size_t>(i)]; }
  int count() const { return static_cast<int>(s_.mentions.size()); }
  RelEnd end(int mention) const { return {static_cast<int>(si_), mention, m(mention).type, {}}; }
  RelEnd named(EntityType type, std::string name) const { return {-1, -1, type, std::move(name)}; }
  void emit(RelationType type, RelEnd from, RelEnd to) {
    out_.push_back({type, std::move(from), std::move(to), static_cast<int>(si_), rule_});
  }

  // The mention covering token k, or -1.
  int mention_at(std::size_t k) const {
    for (int i = 0; i < count(); ++i)
      if (m(i).tok_begin <= k && k < m(i).tok_end) return i;
    return -1;
  }
  // First mention of a type starting in [b, e), or -1.
  int first_of(EntityType type, std::size_t b, std::size_t e) const {
    for (int i = 0; i < count(); ++i)
      if (m(i).type == type && m(i).tok_begin >= b && m(i).tok_begin < e) return i;
    return -1;
  }
  // Adds a delegation mention for a country entry (a negotiator cue names no delegation word).
  RelEnd delegation_of(std::uint32_t country) const {
    return named(EntityType::agency, lex_.delegation_adjective(country) + " delegation");
  }
  std::optional<std::uint32_t> country_of(const Mention& x) const { return extract::country_of(lex_, x); }
  std::optional<std::uint32_t> adjective_at(std::size_t k) const {
    if (auto a = extract::adjective_at(lex_, t_, k)) return a->country;
    return std::nullopt;
  }
  // A country for a person's side in [b, e): country mentions, agencies with adjectives,
  // or adjectives; the one nearest `near` wins.
  std::optional<std::uint32_t> side_in(std::size_t b, std::size_t e, std::size_t near) const {
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
  std::size_t appositive_end(int person) const {
    std::size_t e = m(person).tok_end;
    const std::size_t limit = std::min(n(), e + 30);
    for (std::size_t k = e; k < limit; ++k) {
      const int mi = mention_at(k);
      if (mi >= 0 && mi != person && m(mi).type == EntityType::person) return k;
      if (t_[k].text == ";" || t_[k].text == ")") return k;
      // ", at their talks in …", ", who …": the appositive is over
      if (k > e && t_[k].text == "," && k + 1 < n() && is_any(t_[k + 1], lex_.words(Words::after_appositive))) return k;
      if (k > e && t_[k].word && !t_[k].cap && (is(t_[k], "said") || is(t_[k], "says") || is(t_[k], "will") ||
                                                    is(t_[k], "has") || is(t_[k], "shakes") || is(t_[k], "met") ||
                                                    is(t_[k], "told") || is(t_[k], "added") || is(t_[k], "warned")))
        return k;
    }
    return limit;
  }

  void leads_and_membership() {
    std::vector<int> people;
    for (int i = 0; i < count(); ++i)
      if (m(i).type == EntityType::person) people.push_back(i);
    if (people.empty()) {
      pronoun_career();
      return;
    }

    for (int p : people) {
      const Mention& pm = m(p);
      const std::size_t pb = pm.tok_begin, pe = pm.tok_end;
      const bool appositive = pe < n() && (t_[pe].text == "," || t_[pe].text == "(");
      const std::size_t ae = appositive ? appositive_end(p) : pe;
      bool led = false;

      // "X (has) led / will lead / heads D", "X … appointed … to head D"
      // (a name that is an object — after a comma or a preposition — is not the subject of a
      // participle clause after it: "… Chief of Staff to the President, B, before becoming head of D")
      const bool object = pb > 0 && (t_[pb - 1].text == "," || is(t_[pb - 1], "of") || is(t_[pb - 1], "to") ||
                                     is(t_[pb - 1], "with") || is(t_[pb - 1], "by"));
      for (std::size_t k = pe; k < std::min(n(), pe + 25) && !led; ++k) {
        const int mi = mention_at(k);
        if (mi >= 0 && m(mi).type == EntityType::person) break;
        if (is(t_[k], "while") || is(t_[k], "whereas") || is(t_[k], "but") || t_[k].text == ";") break;
        if (object && t_[k].text == "," && k + 2 < n() && (is(t_[k + 1], "before") || is(t_[k + 1], "after")) &&
            t_[k + 2].text.ends_with("ing"))
          break;
        if (!is_any(t_[k], lex_.words(Words::lead_verbs))) continue;
        if (k > 0 && is(t_[k - 1], "by")) break;
        int d = first_of(EntityType::agency, k + 1, std::min(n(), k + 5));
        // "heads the EU's Task Force": the possessed agency
        if (d >= 0 && m(d).tok_end + 1 < n() && t_[m(d).tok_end].text == "'s") {
          const int owned = mention_at(m(d).tok_end + 1);
          if (owned >= 0 && m(owned).type == EntityType::agency) d = owned;
        }
        if (d >= 0) {
          emit(RelationType::leads, end(p), end(d));
          led = true;
        }
      }
      // "… will lead the EU side": a country-named side ("side" is a delegation word).
      // "D (has been / will be / was) led|headed by X"
      std::size_t tb = pm.title >= 0 ? pm.title_begin : pb;
      // "led by presidential aide Vladimir Medinsky": step back over a lower-case description
      for (std::size_t k = tb, words = 0; k > 1 && words < 3 && t_[k - 1].word && !t_[k - 1].cap; --k, ++words)
        if (is(t_[k - 1], "by")) break;
        else if (is(t_[k - 2], "by")) { tb = k - 1; break; }
      // "led by U.S. Special Presidential Envoy …": step back over the country before the title.
      while (tb >= 3 && !is(t_[tb - 1], "by") && (mention_at(tb - 1) >= 0 || adjective_at(tb - 1)) &&
             (mention_at(tb - 1) < 0 || m(mention_at(tb - 1)).type == EntityType::place))
        --tb;
      // "headed by the US Deputy Secretary of state … X"
      if (tb >= 3 && tb < pb && is(t_[tb - 1], "the") && is(t_[tb - 2], "by")) --tb;
      if (tb >= 2 && is(t_[tb - 1], "by") && is_any(t_[tb - 2], lex_.words(Words::lead_verbs))) {
        const int d = subject_agency(tb - 2);
        if (d >= 0) {
          emit(RelationType::leads, end(p), end(d));
          led = true;
        } else if (talks_subject(tb - 2)) {
          led = led_talks(people) || led;
        }
      }

      if (!led) led = gapped_representation(p);
      // Negotiator cue around the name: "South Korea's chief negotiator X", "X, … represents Y".
      if (!led) led = negotiator(p, pb, ae);

      // A title that makes X head of an agency named in the article.
      if (pm.title >= 0) title_relations(p);

      // "X, head of A": a pattern (data/patterns/leads.pat)
      if (!led) led = led_by_pattern(p);

      // "RCEP trade negotiating committee chief X": a body, a lower-case head word, the name
      if (!led && pb >= 2 && !t_[pb - 1].cap && is_any(t_[pb - 1], lex_.words(Words::head_words))) {
        const int a = mention_at(pb - 2);
        if (a >= 0 && m(a).type == EntityType::agency && m(a).tok_end == pb - 1) {
          emit(RelationType::leads, end(p), end(a));
          led = true;
        }
      }
      // "the head of the Afghan negotiating team(,) X", "The leader of the government's delegation, X"
      if (!led) led = head_of_before(p);
      // "was led by its Foreign Minister, Dr. Fuad Hussein", "Leading the Seychelles' delegation … is
      // X" (a pattern, checked above), "From the Japanese side, X, … (Chief Delegate)"
      if (!led) led = led_by_described(p);
      if (!led) led = chief_delegate(p, pe, ae);

      // Membership: agencies in the appositive, "A's <title> X", credits "(X / AFP)".
      membership(p, pe, ae);
      affiliation(p, pe);
      represents_in(p, pe);
      if (!led) role_before(p);
      career(end(p), pe);
      if (p == people.front()) joined_before(p);
    }
    // "He previously served as …": the person of the sentence before.
    if (people.empty() || m(people.front()).tok_begin > 3) pronoun_career();

    delegations_under(people);
    coordinated_heads(people);
    counterparts(people);
    delegation_members(people);
  }

  // "The Indian delegation also included X, joint secretary …", "For the US, the talks will be led
  // by A and include B, C and D": each person named after the verb belongs to the delegation.
  void delegation_members(const std::vector<int>& people) {
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
  std::optional<RelEnd> participant_before(std::size_t cue) const {
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
  bool holder_of_post(int p) const {
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
  std::size_t members_cue() const {
    for (std::size_t k = 0; k < n(); ++k) {
      if (is(t_[k], "include") || is(t_[k], "includes") || is(t_[k], "included") || is(t_[k], "comprises")) return k;
      if (k + 1 < n() && is_any(t_[k], lex_.words(Words::made_of)) && is(t_[k + 1], "of")) return k;
      if (k + 2 < n() && is(t_[k], "made") && is(t_[k + 1], "up") && is(t_[k + 2], "of")) return k;
      if (k > 0 && is(t_[k - 1], "with") && is(t_[k], "members")) return k;
    }
    return n();
  }

  // "D was led by its Foreign Minister, X": "by", a short description with one comma, the person.
  bool led_by_described(int p) {
    const std::size_t pb = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
    if (pb < 3 || t_[pb - 1].text != ",") return false;
    // (the description may name a body: "headed by the secretary of the Supreme National Security
    // Council, X")
    for (std::size_t k = pb - 1; k-- > 1 && k + 13 > pb;) {
      if (is(t_[k], "by")) {
        if (!is_any(t_[k - 1], lex_.words(Words::lead_verbs))) return false;
        const int d = subject_agency(k - 1);
        if (d < 0) return false;
        emit(RelationType::leads, end(p), end(d));
        described_ministry(p, d, k + 1, pb - 1);
        described_body(p, k + 1, pb - 1);
        return true;
      }
      const int mi = mention_at(k);
      if (!t_[k].word || (mi >= 0 && m(mi).type != EntityType::place && m(mi).type != EntityType::agency)) return false;
    }
    return false;
  }

  // "headed by the secretary of the Supreme National Security Council, X": X works in the body the
  // description names (heads it after "chairman of").
  void described_body(int p, std::size_t b, std::size_t e) {
    for (int i = 0; i < count(); ++i) {
      const Mention& a = m(i);
      if (a.type != EntityType::agency || a.delegation || a.outlet || a.tok_begin < b || a.tok_end > e) continue;
      emit(heads_after(a.tok_begin) ? RelationType::leads : RelationType::member_of, end(p), end(i));
    }
  }

  // "The Iraqi delegation was led by its Foreign Minister, X": the title in the description makes
  // X head of the ministry of the delegation's country, where the article names that ministry.
  void described_ministry(int p, int d, std::size_t b, std::size_t e) {
    const auto c = country_of(m(d));
    if (!c) return;
    for (std::size_t k = b; k < e; ++k)
      for (const auto& tm : lex_.matches(t_, k)) {
        const LexEntry& title = lex_.entry(tm.entry);
        if (title.kind != LexKind::title || title.attr("role") != "head" || k + tm.length > e) continue;
        const std::string org = title.attr("org");
        const std::string dept = lex_.ministry_for(org.substr(0, org.find(' ')));
        if (org.empty() || dept.empty()) continue;
        emit(RelationType::leads, end(p),
             named(EntityType::agency, "Ministry of " + dept + " of " + ministry_country(lex_.entry(*c))));
        return;
      }
  }

  // Whether a pattern (run before this code) made person p lead a body in this sentence: the
  // code's fallbacks then leave p alone, as they would after one of their own rules.
  bool led_by_pattern(int p) const {
    return std::any_of(out_.begin(), out_.end(), [&](const RawRelation& r) {
      return r.type == RelationType::leads && r.sentence == static_cast<int>(si_) && r.from.sentence == r.sentence &&
             r.from.mention == p && !r.rule.starts_with("code");
    });
  }

  // "From the Japanese side, Mr. X, Deputy Minister (Chief Delegate)": the side named before.
  bool chief_delegate(int p, std::size_t pe, std::size_t ae) {
    bool cue = false;
    for (std::size_t k = pe; k + 1 < std::min(n(), ae + 2) && !cue; ++k)
      cue = (is(t_[k], "chief") || is(t_[k], "head")) && (is(t_[k + 1], "delegate") ||
            (k + 2 < n() && is(t_[k + 1], "of") && is(t_[k + 2], "delegation")));
    if (!cue) return false;
    int d = -1;
    for (int i = 0; i < count(); ++i)
      if (m(i).type == EntityType::agency && m(i).delegation && m(i).tok_end <= m(p).tok_begin) d = i;
    if (d < 0) return false;
    emit(RelationType::leads, end(p), end(d));
    return true;
  }

  // "head of the D X": a head word, "of", a delegation (or agency) mention, then the person.
  bool head_of_before(int p) {
    std::size_t k = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
    // "the speaker of the National Assembly, opposition leader X": a short description between
    std::size_t q0 = k;
    while (q0 > 0 && k - q0 < 3 && t_[q0 - 1].word && !t_[q0 - 1].cap) --q0;
    if (q0 < k && q0 > 0 && t_[q0 - 1].text == ",") k = q0;
    if (k > 0 && t_[k - 1].text == ",") --k;
    const int a = k > 0 ? mention_at(k - 1) : -1;
    if (a < 0 || m(a).type != EntityType::agency || m(a).tok_end != k) return false;
    std::size_t q = m(a).tok_begin;
    if (q > 0 && is(t_[q - 1], "the")) --q;
    if (q < 2 || !is(t_[q - 1], "of") || !is_any(t_[q - 2], lex_.words(Words::head_words))) return false;
    // "A, head of the office of the President of the Region, B": A is the head (B the President)
    if (q >= 4 && t_[q - 3].text == "," && mention_at(q - 4) >= 0 && m(mention_at(q - 4)).type == EntityType::person)
      return false;
    emit(RelationType::leads, end(p), end(a));
    return true;
  }

  // The agency a passive "led by" is about: the nearest agency before the verb in the clause.
  int subject_agency(std::size_t verb) const {
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
  bool talks_subject(std::size_t verb) const {
    for (std::size_t k = verb; k > 0 && k + 6 > verb; --k)
      if (is_any(t_[k - 1], lex_.words(Words::talk_words))) return true;
    return false;
  }
  // "The talks will be led by A, …, and B, …": each person leads their side's delegation.
  bool led_talks(const std::vector<int>& people) {
    bool any = false;
    for (int p : people) {
      const std::size_t pe = m(p).tok_end;
      const std::size_t ae = appositive_end(p);
      // A delegation named in the person's own clause ("to head the South Korean negotiation team").
      int d = -1;
      for (int i = 0; i < count(); ++i)
        if (m(i).type == EntityType::agency && m(i).delegation && m(i).tok_begin >= pe && m(i).tok_begin < ae) d = i;
      if (d >= 0) {
        emit(RelationType::leads, end(p), end(d));
        any = true;
        continue;
      }
      std::size_t tb = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
      // "… for the UK and Daniel Mullaney, the assistant US trade representative": the person's
      // own appositive says the side before the words of the one named before
      std::optional<std::uint32_t> c;
      if (pe < n() && t_[pe].text == ",") c = side_in(pe, ae, pe);
      if (!c) c = side_in(tb >= 2 ? tb - 2 : 0, tb, tb);
      if (!c) c = side_in(pe, ae, pe);
      if (!c && tb > 0 && is(t_[tb - 1], "by") && (c = opening_side())) {
        // "For the US, the talks will be led by X and include Y, Z": X heads the side (its members
        // are delegation_members')
        emit(RelationType::leads, end(p), delegation_of(*c));
        any = true;
        continue;
      }
      if (c) {
        emit(RelationType::leads, end(p), delegation_of(*c));
        any = true;
      }
    }
    return any;
  }

  // "For the US, …", "For Japan, …": the side a sentence opens with, or none.
  std::optional<std::uint32_t> opening_side() const {
    if (n() < 4 || !is(t_[0], "for")) return std::nullopt;
    for (std::size_t k = 1; k < 4 && k + 1 < n(); ++k) {
      const int mi = mention_at(k);
      if (mi < 0 || m(mi).tok_begin != k) continue;
      if (m(mi).tok_end < n() && t_[m(mi).tok_end].text == ",") return country_of(m(mi));
      return std::nullopt;
    }
    return std::nullopt;
  }

  // Two titles for one person, "EU Chief Negotiator and Deputy Director-General for Trade X":
  // the first, a negotiator's with its side before it, makes X head of that side's delegation.
  bool stacked_negotiator_title(int p, std::size_t before) {
    if (before < 3 || !is(t_[before - 1], "and")) return false;
    const std::size_t title_end = before - 1;
    for (std::size_t k = title_end >= 4 ? title_end - 4 : 0; k < title_end; ++k)
      for (const auto& tm : lex_.matches(t_, k)) {
        const LexEntry& title = lex_.entry(tm.entry);
        if (title.kind != LexKind::title || k + tm.length != title_end || title.attr("role") != "negotiator" ||
            lower(title.name).find("negotiator") == std::string::npos)
          continue;
        if (auto c = side_in(k >= 3 ? k - 3 : 0, k, k)) {
          emit(RelationType::leads, end(p), delegation_of(*c));
          return true;
        }
      }
    return false;
  }

  // "Japan will be represented by A and Russia by B": the verb left out after "and"; B heads
  // the delegation of the side before "by".
  bool gapped_representation(int p) {
    const std::size_t tb = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
    if (tb < 4 || !is(t_[tb - 1], "by")) return false;
    const int side = mention_at(tb - 2);
    if (side < 0 || m(side).tok_end != tb - 1) return false;
    const std::size_t sb = m(side).tok_begin;
    if (sb < 2 || !(is(t_[sb - 1], "and") || t_[sb - 1].text == ",")) return false;
    bool verb = false;  // the verb the clause leaves out: "represented by", "led by", "headed by"
    for (std::size_t k = 1; k + 1 < sb; ++k)
      verb = verb || (is(t_[k + 1], "by") && (is(t_[k], "represented") || is_any(t_[k], lex_.words(Words::lead_verbs))));
    if (!verb) return false;
    std::optional<std::uint32_t> c;
    if (m(side).type == EntityType::agency && m(side).delegation) {
      emit(RelationType::leads, end(p), end(side));
      return true;
    }
    if (!(c = country_of(m(side)))) return false;
    emit(RelationType::leads, end(p), delegation_of(*c));
    return true;
  }

  // "U.S. Trade Representative A and Canadian Minister of International Trade B said negotiators
  // were meeting": two titled people of two countries, joined by "and", in a sentence about the
  // talks, each lead their country's side (where nothing else made them lead a delegation).
  void coordinated_heads(const std::vector<int>& people) {
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

  // Heads of state or government ("President", "Prime Minister") who agree on talks are not
  // their countries' negotiators ("negotiated between Korean President A and U.S. President B").
  bool leads_a_country(const Mention& x) const {
    const LexEntry& title = lex_.entry(static_cast<std::uint32_t>(x.title));
    const std::string role = title.attr("role"), org = title.attr("org");
    const auto last = title.name.rfind(' ');
    const std::string_view word = std::string_view(title.name).substr(last == std::string::npos ? 0 : last + 1);
    if (role == "honorific")
      return lex_.words(Words::rulers).holds(word);
    return role == "head" && (org.empty() || org == "government");
  }

  // Whether this sentence already made person p head of a delegation.
  bool leads_a_delegation(int p) const {
    return std::any_of(out_.begin(), out_.end(), [&](const RawRelation& r) {
      if (r.type != RelationType::leads || r.from.sentence != static_cast<int>(si_) || r.from.mention != p) return false;
      return r.to.sentence < 0 ? r.to.name.ends_with(" delegation")
                               : r.to.sentence == static_cast<int>(si_) && m(r.to.mention).delegation;
    });
  }

  // "the meeting of the two delegations under Ambassadors A and B": the people lead the sides
  // in the order the sentence named them before ("The Greek government … Turkish diplomacy").
  bool delegations_under(const std::vector<int>& people) {
    std::size_t under = n();
    for (std::size_t k = 1; k + 1 < n() && under == n(); ++k)
      if (is(t_[k], "under") && (is(t_[k - 1], "delegations") || is(t_[k - 1], "teams"))) under = k;
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

  bool negotiator(int p, std::size_t pb, std::size_t ae) {
    const std::size_t before = m(p).title >= 0 ? m(p).title_begin : pb;
    if (stacked_negotiator_title(p, before)) return true;
    if (m(p).title >= 0) {
      // "US Chief Negotiator Dan Mullaney": the title itself says who leads which side.
      const LexEntry& title = lex_.entry(static_cast<std::uint32_t>(m(p).title));
      if (title.attr("role") == "negotiator" && lower(title.name).find("negotiator") != std::string::npos) {
        if (auto c = side_in(before >= 3 ? before - 3 : 0, before, before)) {
          emit(RelationType::leads, end(p), delegation_of(*c));
          // "EU Chief Negotiator X" works for the EU as well
          if (before > 0 && mention_at(before - 1) >= 0 && m(mention_at(before - 1)).type == EntityType::agency)
            emit(RelationType::member_of, end(p), end(mention_at(before - 1)));
          return true;
        }
      }
    }
    // Before the name (title included): up to 12 tokens of the same clause.
    std::size_t wb = before;
    // A coordinated name ("A, Seoul's chief negotiator, and B") does not inherit A's cue.
    while (wb > 0 && before - wb < 12 && t_[wb - 1].text != "." && t_[wb - 1].text != ";" &&
           !is(t_[wb - 1], "and") && !is(t_[wb - 1], "while")) {
      const int mi = mention_at(wb - 1);
      if (mi >= 0 && m(mi).type == EntityType::person) break;
      --wb;
    }
    auto cue_in = [&](std::size_t b, std::size_t e) -> std::size_t {
      for (std::size_t k = b; k < e && k < n(); ++k) {
        if (is_any(t_[k], lex_.words(Words::negotiator_words))) {
          if (is(t_[k], "envoy")) {
            // an envoy to the talks or for negotiations, not any envoy
            bool about_talks = false;
            for (std::size_t q = k + 1; q < std::min(n(), k + 8); ++q)
              if (is(t_[q], "talks") || is(t_[q], "negotiations")) about_talks = true;
            if (!about_talks) continue;
          }
          if ((k > 0 && is(t_[k - 1], "deputy")) || (k > 1 && is(t_[k - 2], "deputy"))) continue;
          return k;
        }
      }
      return SIZE_MAX;
    };
    std::size_t cue = cue_in(wb, pb);
    std::optional<std::uint32_t> c;
    if (cue != SIZE_MAX) {
      c = side_in(wb, cue, cue);
    } else {
      cue = cue_in(m(p).tok_end, ae);
      if (cue == SIZE_MAX) return false;
      if (is(t_[cue], "represents") || is(t_[cue], "represent") || is(t_[cue], "representing"))
        c = side_in(cue + 1, std::min(n(), cue + 4), cue);
      else
        c = side_in(m(p).tok_end, cue, cue);
    }
    if (!c) return false;
    emit(RelationType::leads, end(p), delegation_of(*c));
    return true;
  }

  // "EU Trade Commissioner X": a member's title the lexicon writes with its body's short name
  // ("EU") makes X a member of that body too, where the article names it (no edge otherwise).
  void body_in_title(int p) {
    const std::size_t tb = m(p).title_begin;
    if (tb >= m(p).tok_begin || mention_at(tb) >= 0) return;
    for (const auto& tm : lex_.matches(t_, tb)) {
      const LexEntry& body = lex_.entry(tm.entry);
      if (body.kind != LexKind::agency || !body.attr("outlet").empty() || tb + tm.length >= m(p).tok_begin) continue;
      emit(RelationType::member_of, end(p), named(EntityType::agency, body.name));
      return;
    }
  }

  void title_relations(int p) {
    const Mention& pm = m(p);
    const LexEntry& title = lex_.entry(static_cast<std::uint32_t>(pm.title));
    const std::string role = title.attr("role");
    const std::string org = title.attr("org");
    // "European Council President Donald Tusk": an agency right before a head title.
    std::size_t tb = pm.title_begin;
    if (role == "member") body_in_title(p);
    // "President of the National Assembly X": the body inside the title's portfolio.
    if (role == "head")
      for (int i = 0; i < count(); ++i)
        if (m(i).type == EntityType::agency && m(i).tok_begin > tb && m(i).tok_end <= pm.tok_begin) {
          emit(RelationType::leads, end(p), end(i));
          return;
        }
    // "UN Special Envoy X", "EU Ambassador X": a member's or envoy's title after the body
    if (role == "head" || role.empty() || role == "member" || role == "negotiator") {
      for (int i = 0; i < count(); ++i) {
        // (or its abbreviation just before: "The United Nations (UN) Special Envoy X")
        const bool before = m(i).tok_end == tb || (m(i).tok_end + 1 == tb && t_[tb - 1].text == ")");
        if (m(i).type != EntityType::agency || !before || m(i).delegation) continue;
        if (role == "head") emit(RelationType::leads, end(p), end(i));
        else emit(RelationType::member_of, end(p), end(i));
        return;
      }
    }
    // "Business and Trade Secretary X": the department of that portfolio, if the article names it.
    // (not a country's adjective: "Venezuelan President X" names no department "Venezuelan")
    if ((role == "head" || role == "member" || role.empty()) && org.empty() && tb >= 1 && t_[tb - 1].cap &&
        mention_at(tb - 1) < 0 && !lex_.country_by_adjective(t_[tb - 1].text)) {
      std::size_t pb = tb;
      while (pb > 0 && (t_[pb - 1].cap || (is(t_[pb - 1], "and") && pb >= 2 && t_[pb - 2].cap)) && mention_at(pb - 1) < 0 &&
             tb - pb < 6)
        --pb;
      if (pb < tb) {
        RelEnd dept = named(EntityType::agency, std::string(s_.text.substr(t_[pb].begin, t_[tb - 1].end() - t_[pb].begin)));
        dept.suffix = true;
        // "Defence Undersecretary X" works there; "Business and Trade Secretary X" heads it
        emit(role == "member" ? RelationType::member_of : RelationType::leads, end(p), std::move(dept));
        return;
      }
    }
    // "defence undersecretary X": a member's title after a lower-case portfolio works in the
    // department of that portfolio, if the article names it ("Department of National Defence").
    if (role == "member" && org.empty() && tb >= 1 && t_[tb - 1].word && !t_[tb - 1].cap && mention_at(tb - 1) < 0 &&
        !lex_.ministry_for(std::string(t_[tb - 1].text)).empty()) {
      std::string word(t_[tb - 1].text);
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
      RelEnd dept = named(EntityType::agency, std::move(word));
      dept.suffix = true;
      emit(RelationType::member_of, end(p), std::move(dept));
      return;
    }
    if ((role == "head" || role == "member") && !org.empty() && lex_.find(LexKind::agency, org)) {
      // The title names its agency outright ("Business and Trade Secretary": Department for
      // Business and Trade): the edge stands if the article names that agency.
      emit(role == "head" ? RelationType::leads : RelationType::member_of, end(p),
           named(EntityType::agency, lex_.entry(*lex_.find(LexKind::agency, org)).name));
      return;
    }
    if ((role == "head" || role == "member") && !org.empty()) {
      // The ministry the title names, for the country before it or the article's own.
      const auto words = org.find(' ');
      const std::string dept = lex_.ministry_for(org.substr(0, words));
      if (dept.empty()) return;
      std::optional<std::uint32_t> c;
      if (tb > 0) c = side_in(tb >= 3 ? tb - 3 : 0, tb, tb);
      std::string name;
      if (c) {
        name = "Ministry of " + dept + " of " + ministry_country(lex_.entry(*c));
      } else if (auto it = ctx_.ministries.find(dept); it != ctx_.ministries.end()) {
        // (not another country's: "South Korea's chief negotiator, Assistant Commerce Minister X"
        // in an article that names China's commerce ministry)
        const auto own = side_in(tb >= 8 ? tb - 8 : 0, tb, tb);
        if (own && !it->second.ends_with(" of " + ministry_country(lex_.entry(*own)))) return;
        name = it->second;
      }
      if (name.empty()) return;
      emit(role == "head" ? RelationType::leads : RelationType::member_of, end(p), named(EntityType::agency, name));
    }
  }

  void membership(int p, std::size_t pe, std::size_t ae) {
    // "US AIR Force's Lieutenant General Thomas Bussiere"
    const std::size_t tb = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
    if (tb >= 2 && t_[tb - 1].text == "'s") {
      const int a = mention_at(tb - 2);
      if (a >= 0 && m(a).type == EntityType::agency && !m(a).delegation) emit(RelationType::member_of, end(p), end(a));
    }
    // Credits: "AFP/JOE KLAMAR", "(AP Photo/Jane Doe)"
    if (tb >= 2 && t_[tb - 1].text == "/") {
      std::size_t k = tb - 2;
      if (k >= 1 && (is(t_[k], "photo") || is(t_[k], "photos"))) --k;
      const int a = mention_at(k);
      if (a >= 0 && m(a).type == EntityType::agency && m(a).outlet) emit(RelationType::member_of, end(p), end(a));
    }
    // Credits: "(JOE KLAMAR / AFP)"
    if (pe + 1 < n() && t_[pe].text == "/") {
      const int a = mention_at(pe + 1);
      if (a >= 0 && m(a).type == EntityType::agency) emit(RelationType::member_of, end(p), end(a));
      return;
    }
    if (ae <= pe) {
      // e-mail byline without a comma: "Gi-Jae Han record@donga.com"
      if (pe + 2 < n() && t_[pe + 1].text == "@") {
        const int a = mention_at(pe + 2);
        if (a >= 0 && m(a).type == EntityType::agency) emit(RelationType::member_of, end(p), end(a));
      }
      return;
    }
    for (int i = 0; i < count(); ++i) {
      const Mention& a = m(i);
      if (a.type != EntityType::agency || a.delegation || a.tok_begin < pe || a.tok_begin >= ae) continue;
      // "X, head of A" is leads, handled above
      if (a.tok_begin >= 2 && is(t_[a.tok_begin - 1], "of") && is_any(t_[a.tok_begin - 2], lex_.words(Words::head_words))) continue;
      if (accredited_to(a.tok_begin) || titles_next_person(i)) continue;
      emit(RelationType::member_of, end(p), end(i));
    }
  }

  // "the UK's ambassador to the EU", "envoy to the African Union": the body a diplomat is sent
  // to is not theirs.
  bool accredited_to(std::size_t b) const {
    std::size_t k = b;
    if (k > 0 && is(t_[k - 1], "the")) --k;
    return k >= 2 && is(t_[k - 1], "to") && is_any(t_[k - 2], lex_.words(Words::sent_to));
  }

  // "A, B, Lebanese Petroleum Administration board member C": a body followed by a role and the
  // next name is that person's, not the one before.
  bool titles_next_person(int a) const {
    const std::size_t e = m(a).tok_end;
    for (int i = 0; i < count(); ++i) {
      if (m(i).type != EntityType::person) continue;
      const std::size_t b = m(i).title >= 0 ? m(i).title_begin : m(i).tok_begin;
      if (b < e || b > e + 3) continue;
      bool role = true;  // only lower-case words between: "board member"
      for (std::size_t k = e; k < b; ++k) role = role && t_[k].word && !t_[k].cap;
      if (role) return true;
    }
    return false;
  }

  // "X, …, who has been representing India in the Working Mechanism for …": X sits on the body
  // a side is represented in.
  void represents_in(int p, std::size_t pe) {
    for (std::size_t k = pe; k + 2 < n() && k < pe + 25; ++k) {
      const int mi = mention_at(k);
      if (mi >= 0 && m(mi).type == EntityType::person) return;
      if (t_[k].text == ";" || !(is(t_[k], "representing") || is(t_[k], "represents") || is(t_[k], "represented")))
        continue;
      for (std::size_t q = k + 1; q + 1 < n() && q < k + 5; ++q) {
        if (!(is(t_[q], "in") || is(t_[q], "at") || is(t_[q], "on"))) continue;
        const int a = mention_at(is(t_[q + 1], "the") ? q + 2 : q + 1);
        if (a >= 0 && m(a).type == EntityType::agency && !m(a).delegation && !m(a).outlet)
          emit(RelationType::member_of, end(p), end(a));
        return;
      }
      return;
    }
  }

  // "said Ana Ruiz of the Lowy Institute", "led by Tom Reed at the Department for Business and
  // Trade": the body right after the name is the person's own.
  void affiliation(int p, std::size_t pe) {
    if (pe + 1 >= n() || !(is(t_[pe], "of") || is(t_[pe], "at") || is(t_[pe], "from"))) return;
    std::size_t k = pe + 1;
    if (is(t_[k], "the")) ++k;
    const int a = mention_at(k);
    if (a < 0 || m(a).tok_begin != k || m(a).type != EntityType::agency || m(a).delegation || m(a).outlet) return;
    if (is(t_[pe], "at")) {
      // "met with Mr Barnier at the European Commission's headquarters": a place of meeting
      if (m(a).tok_end < n() && t_[m(a).tok_end].text == "'s") return;
      const std::size_t tb = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
      for (std::size_t q = tb >= 3 ? tb - 3 : 0; q < tb; ++q)
        if (is(t_[q], "with") || is(t_[q], "met") || is(t_[q], "meet") || is(t_[q], "meets") || is(t_[q], "visited"))
          return;
    }
    emit(RelationType::member_of, end(p), end(a));
  }

  // "foreign ministry spokesman Geng Shuang", "Joint River Commission member X", "JRC Executive
  // Engineer X": a body, a role, then the name (a head's role makes it leads).
  void role_before(int p) {
    // a role may be the title ("spokeswoman"); an honorific is passed over ("chief Sir Mark Sedwill")
    const bool honorific = m(p).title >= 0 &&
                           lex_.entry(static_cast<std::uint32_t>(m(p).title)).attr("role") == "honorific";
    const std::size_t tb = honorific ? m(p).title_begin : m(p).tok_begin;
    std::size_t k = tb;
    if (k > 1 && t_[k - 1].text == "," && is_any(t_[k - 2], lex_.words(Words::roles))) --k;  // "Taliban spokesman, Suhail Shaheen"
    bool role = false, head = false, qualified = false;
    // the role's words, and lower-case words qualifying it ("political spokesman")
    while (k > 0 && tb - k < 4 && mention_at(k - 1) < 0 && t_[k - 1].word &&
           (is_any(t_[k - 1], lex_.words(Words::roles)) || is_any(t_[k - 1], lex_.words(Words::head_roles)) || is(t_[k - 1], "executive") ||
            (!t_[k - 1].cap && !t_[k - 1].digit && !is(t_[k - 1], "and") && !is(t_[k - 1], "the")))) {
      --k;
      role = role || is_any(t_[k], lex_.words(Words::roles)) || is_any(t_[k], lex_.words(Words::head_roles));
      // a head of part of the body only: "U.N. climate chief", "deputy director"
      qualified = qualified || !(is_any(t_[k], lex_.words(Words::roles)) || is_any(t_[k], lex_.words(Words::head_roles)) || is(t_[k], "executive"));
      head = head || is_any(t_[k], lex_.words(Words::head_roles));
    }
    if (!role || k == 0) return;
    const int a = mention_at(k - 1);
    if (a < 0 || m(a).type != EntityType::agency || m(a).tok_end != k || m(a).outlet) return;
    emit(head && !qualified && !m(a).delegation ? RelationType::leads : RelationType::member_of, end(p), end(a));
  }

  // A career told after the name: "X previously served as deputy chief of mission at the U.S.
  // Embassy in Nairobi, director of the Office of …", "X worked at the World Bank": each body named
  // in the clause is the person's (led by them after "director of", "head of" …).
  void career(const RelEnd& who, std::size_t from) {
    std::size_t v = from;
    while (v < n() && v < from + 3 && is_any(t_[v], lex_.words(Words::career_between))) ++v;
    if (v >= n() || !is_any(t_[v], lex_.words(Words::career_verbs))) return;
    // "was" tells a career only with "previously"/"formerly" before or "a former" after it
    if (is(t_[v], "was") && !(v > from && (is(t_[v - 1], "previously") || is(t_[v - 1], "formerly"))) &&
        !(v + 2 < n() && is(t_[v + 2], "former")))
      return;
    for (int i = 0; i < count(); ++i) {
      const Mention& a = m(i);
      if (a.tok_begin <= v) continue;
      if (a.type == EntityType::person || t_[a.tok_begin].text == ";") break;
      if (a.type != EntityType::agency || a.delegation || a.outlet) continue;
      emit(heads_after(a.tok_begin) ? RelationType::leads : RelationType::member_of, who, end(i));
    }
  }

  // "director of the Office of …", "commandant of the National War College" (not "deputy chief of").
  bool heads_after(std::size_t k) const {
    if (k > 0 && is(t_[k - 1], "the")) --k;
    if (k < 2 || !is(t_[k - 1], "of") || !is_any(t_[k - 2], lex_.words(Words::head_of))) return false;
    return !(k >= 3 && (is(t_[k - 3], "deputy") || is(t_[k - 3], "assistant") || is(t_[k - 3], "vice")));
  }

  // "Before joining the State Department, Reed worked …": the body the person joined.
  void joined_before(int p) {
    std::size_t k = 0;
    while (k < n() && !t_[k].word) ++k;
    if (k + 2 >= n() || !(is(t_[k], "before") || is(t_[k], "after") || is(t_[k], "since")) ||
        !(is(t_[k + 1], "joining") || is(t_[k + 1], "leaving")))
      return;
    for (int i = 0; i < count(); ++i)
      if (m(i).type == EntityType::agency && !m(i).delegation && m(i).tok_end <= m(p).tok_begin &&
          m(i).tok_begin <= k + 3)
        emit(RelationType::member_of, end(p), end(i));
  }

  // "He previously served as …": a career told of the last person of the sentence before.
  void pronoun_career() {
    if (si_ == 0 || n() < 3) return;
    std::size_t k = 0;
    while (k < n() && !t_[k].word) ++k;
    if (k >= n() || !(t_[k].text == "He" || t_[k].text == "She")) return;
    const auto& prev = all_[si_ - 1].mentions;
    for (std::size_t i = prev.size(); i-- > 0;)
      if (prev[i].type == EntityType::person) {
        career({static_cast<int>(si_ - 1), static_cast<int>(i), EntityType::person, {}}, k + 1);
        return;
      }
  }

  // "his U.S. counterpart, James DeHart" (or "James DeHart, his American counterpart"):
  // counterpart of the sentence's first person, and head of the side the adjective names.
  void counterparts(const std::vector<int>& people) {
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

  // ---- rounds: held-in, held-on ----
  void rounds() {
    std::vector<int> rounds;
    for (int i = 0; i < count(); ++i)
      if (m(i).type == EntityType::round) rounds.push_back(i);
    if (rounds.empty()) {
      if (!counted_earlier_rounds() && !listed_meetings() && !meeting_at_place()) talks_held();
      return;
    }
    const bool expiry_sentence = has_expiry_trigger();
    for (std::size_t r = 0; r < rounds.size(); ++r) {
      const int ri = rounds[r];
      const std::size_t stop = r + 1 < rounds.size() ? m(rounds[r + 1]).tok_begin : n();
      int place = place_after(m(ri).tok_end, stop);
      const int before = r == 0 ? place_before(m(ri).tok_begin) : -1;
      if (place < 0 && before < 0) place = travelled_to(m(ri).tok_end, stop);
      // "reconvene in Kolkata for a two-day meeting … hosted at the Hyatt Regency hotel": the city
      // first (it names the round), the venue too (held-in keeps the most specific).
      if (before >= 0 && (place < 0 || venue_name(m(place).name))) emit(RelationType::held_in, end(ri), end(before));
      if (place >= 0) {
        emit(RelationType::held_in, end(ri), end(place));
      } else if (!ctx_.dateline_city.empty()) {
        // "The first round … has ended here": the city of the dateline
        // ("troops stationed here" is not the round's place: the word must follow a verb of meeting)
        for (std::size_t k = m(ri).tok_end; k < clause_end(m(ri).tok_end, stop); ++k)
          if (t_[k].text == "here" && is_any(t_[k - 1], lex_.words(Words::meet_here))) {
            emit(RelationType::held_in, end(ri), named(EntityType::place, ctx_.dateline_city));
            break;
          }
      }
      if (m(ri).modifier == "dated") {  // "Monday's meeting"
        for (int i = 0; i < count(); ++i)
          if (m(i).type == EntityType::date && m(i).tok_end + 1 == m(ri).tok_begin)
            emit(RelationType::held_on, end(ri), end(i));
        continue;
      }
      if (!expiry_sentence) {
        int date = -1;
        const std::size_t clause = clause_end(m(ri).tok_end, stop);
        for (int i = 0; i < count(); ++i)
          if (m(i).type == EntityType::date && m(i).tok_begin >= m(ri).tok_end && m(i).tok_begin < clause &&
              meeting_date(i) && (date < 0 || m(i).tok_begin < m(date).tok_begin))
            date = i;
        if (date >= 0) emit(RelationType::held_on, end(ri), end(date));
        else if (rounds.size() == 1) {
          const int before = last_date_before(m(ri).tok_begin);
          if (before >= 0 && meeting_date(before) && held_verb_between(m(before).tok_end, m(ri).tok_begin))
            emit(RelationType::held_on, end(ri), end(before));
          else if (const int met = date_before(m(ri).tok_begin); met >= 0)
            emit(RelationType::held_on, end(ri), end(met));
          else if (meeting_now(m(ri).tok_begin))
            emit(RelationType::held_on, end(ri), named(EntityType::date, ctx_.date->iso()));
          else if (m(ri).round == RoundRef::numbered && m(ri).ordinal == 1)
            if (auto opened = talks_opened_before()) emit(RelationType::held_on, end(ri), *opened);
        }
      }
    }
  }

  // A date that tells when something was said, or a deadline, is not when a round is held.
  bool meeting_date(int date) const {
    std::size_t b = m(date).tok_begin;
    // "explained, on 12 July": look past "on", "the" and commas.
    while (b > 0 && (is(t_[b - 1], "on") || is(t_[b - 1], "in") || is(t_[b - 1], "the") || is(t_[b - 1], "late") ||
                     is(t_[b - 1], "early") || t_[b - 1].text == ","))
      --b;
    if (b == 0) return true;
    // "the 2010 New START treaty", "their 2015 deal": a year naming a thing, not a meeting.
    const std::size_t e = m(date).tok_end;
    if (m(date).date.month == 0 && e < n() && (t_[e].cap || is(t_[e], "nuclear") || mention_at(e) >= 0))
      return false;
    if (plan_given_up(b)) return false;
    const Token& p = t_[b - 1];
    // (also a round's last day: "which will end Friday"; held-on is its first)
    // (and when the talks themselves were set up: "the Dialogue, which was initiated in June 2020")
    // (or the day the sides agreed to meet: "agreed late on Tuesday to hold another round")
    return !is_any(p, lex_.words(Words::not_meeting_date));
  }

  // "had been scheduled to begin Friday, but …": a plan the pluperfect says was not kept.
  bool plan_given_up(std::size_t date_begin) const {
    for (std::size_t k = date_begin; k-- > 2 && k + 5 >= date_begin;)
      if (is_any(t_[k], lex_.words(Words::scheduled_for)) && is(t_[k - 1], "been") && is(t_[k - 2], "had")) return true;
    return false;
  }

  // "Seychelles and the EU on Monday started the first round": a verb of holding or opening
  // between a date and the round.
  // (Not across a dateline's dash: "LIMA, June 14 -- Chile and Peru held the third round".)
  bool held_verb_between(std::size_t b, std::size_t e) const {
    bool verb = false;
    for (std::size_t k = b; k < e; ++k) {
      if (!t_[k].word && t_[k].text != "," && !(t_[k].text == "-" && t_[k - 1].word && t_[k + 1].word)) return false;
      verb = verb || is_any(t_[k], lex_.words(Words::held_verbs)) || is_any(t_[k], lex_.words(Words::meet_verbs));
    }
    return verb;
  }

  // The last date mention that ends before token e, or -1.
  int last_date_before(std::size_t e) const {
    int found = -1;
    for (int i = 0; i < count(); ++i)
      if (m(i).type == EntityType::date && m(i).tok_end <= e) found = i;
    return found;
  }

  // A place after a preposition ("in Honolulu", "on Jeju Island", "at the Niederoesterreich
  // Palace", "island of Jeju") or "hosted by New Delhi", in [b, stop).
  // The clause of a round only: "the last before the next Summit, to be held in Tokyo on 29 May".
  std::size_t clause_end(std::size_t b, std::size_t stop) const {
    bool relative = false;  // inside ", which …,": the clause goes on after its closing comma
    for (std::size_t k = b; k < stop; ++k) {
      if (relative) {
        relative = t_[k].text != ",";
        continue;
      }
      // (a later event: "a full round, which was followed by a ministerial meeting on 18 July")
      if (is(t_[k], "before") || is(t_[k], "after") || is(t_[k], "while") || is(t_[k], "when") || is(t_[k], "since") ||
          is(t_[k], "followed") ||
          is(t_[k], "whereas") || t_[k].text == ";")
        return k;
      // "The talks, which began at 9am, were held at …"
      if (t_[k].text == "," && k + 1 < stop && is(t_[k + 1], "which")) {
        relative = true;
        ++k;
        continue;
      }
      // "The fifth round was a success, officials in Geneva said": another clause
      if (t_[k].text == "," && k + 1 < stop && !is_any(t_[k + 1], lex_.words(Words::goes_on)) && !t_[k + 1].digit &&
          mention_at(k + 1) < 0)
        return k;
    }
    return stop;
  }

  int place_after(std::size_t b, std::size_t stop) const {
    stop = clause_end(b, stop);
    for (int i = 0; i < count(); ++i) {
      const Mention& x = m(i);
      if (x.type != EntityType::place || x.tok_begin < b || x.tok_begin >= stop) continue;
      if (cue_on("venue", x)) return i;
    }
    return -1;
  }
  // The cue of a kind that marks mention x ("in", "hosted by" before a place: data/patterns/held-in.pat).
  const Cue* cue_on(std::string_view kind, const Mention& x) const {
    for (const Cue& c : s_.cues)
      if (c.kind == kind && c.begin == x.tok_begin && c.end == x.tok_end) return &c;
    return nullptr;
  }

  // "Round 9 took place in a hybrid format, with some Indian officials travelling to London": the
  // city the delegates travel to for the round, in [b, stop), or -1.
  int travelled_to(std::size_t b, std::size_t stop) const {
    for (int i = 0; i < count(); ++i) {
      const Mention& x = m(i);
      if (x.type != EntityType::place || x.government || x.tok_begin < b + 2 || x.tok_begin >= stop) continue;
      if (!is(t_[x.tok_begin - 1], "to") || !is_any(t_[x.tok_begin - 2], lex_.words(Words::travel))) continue;
      if (auto c = lex_.country_by_code(x.country); c && lex_.entry(*c).name == x.name) continue;
      return i;
    }
    return -1;
  }

  // "at the Diaoyutai State Guesthouse in Beijing": the city a venue stands in, told right after
  // it, or -1. It names the round (extractor.cc keeps the venue as the more specific held-in).
  int city_after_venue(int venue) const {
    if (!venue_name(m(venue).name)) return -1;
    const std::size_t e = m(venue).tok_end;
    if (e + 1 >= n() || !is(t_[e], "in")) return -1;
    const int city = mention_at(e + 1);
    if (city < 0 || m(city).type != EntityType::place || m(city).government) return -1;
    if (auto c = lex_.country_by_code(m(city).country); c && lex_.entry(*c).name == m(city).name) return -1;
    return city;
  }

  // A venue named by its head word ("Edsa Room", "Camp Aguinaldo", "Hyatt Regency hotel").
  bool venue_name(std::string_view name) const {
    const auto sp = name.rfind(' '), first = name.find(' ');
    return sp != std::string_view::npos &&
           (lex_.is_venuehead(name.substr(sp + 1)) || lex_.is_venuehead(name.substr(0, first), true));
  }


  // "Negotiators met in Beijing on Monday for a fifth round of talks": the date a verb of meeting
  // puts the sides together on, just before the round, in its clause.
  int date_before(std::size_t round_begin) const {
    for (int i = count(); i-- > 0;) {
      const Mention& x = m(i);
      if (x.type != EntityType::date || x.tok_end > round_begin || x.tok_end + 4 < round_begin) continue;
      for (std::size_t k = x.tok_end; k < round_begin; ++k)
        if (!t_[k].word) return -1;  // another clause
      if (!meeting_date(i)) return -1;
      for (std::size_t k = x.tok_begin; k-- > 0 && k + 8 >= x.tok_begin;) {
        if (!t_[k].word && t_[k].text != "-" && t_[k].text != "." && t_[k].text != ",") return -1;
        if (is_any(t_[k], lex_.words(Words::meet_verbs))) return i;
      }
      return -1;
    }
    return -1;
  }

  // "X and Y will open the talks with a video call on Tuesday. The first round will then run for
  // two weeks": the day the sentence before opens the talks on is the first round's.
  std::optional<RelEnd> talks_opened_before() const {
    if (si_ == 0) return std::nullopt;
    const SentenceMentions& p = all_[si_ - 1];
    const auto& t = p.tokens;
    for (std::size_t k = 0; k + 2 < t.size(); ++k) {
      if (!is_any(t[k], lex_.words(Words::open))) continue;
      const std::size_t o = is(t[k + 1], "the") ? k + 2 : k + 1;
      if (o >= t.size() || !(is(t[o], "talks") || is(t[o], "negotiations"))) continue;
      for (std::size_t i = 0; i < p.mentions.size(); ++i) {
        const Mention& d = p.mentions[i];
        if (d.type == EntityType::date && d.tok_begin > o && d.tok_begin <= o + 10 && d.date.day > 0 &&
            is(t[d.tok_begin - 1], "on"))
          return RelEnd{static_cast<int>(si_ - 1), static_cast<int>(i), EntityType::date, {}};
      }
    }
    return std::nullopt;
  }

  // "Dendias and Blinken are meeting in Washington for the third round": a meeting told in the
  // present progressive is held on the day the article is dated.
  bool meeting_now(std::size_t round_begin) const {
    if (!ctx_.date || ctx_.date->day == 0) return false;
    for (std::size_t k = round_begin; k-- > 1 && k + 8 >= round_begin;) {
      if (!t_[k].word) return false;
      if ((is(t_[k], "meeting") || is(t_[k], "holding")) && (is(t_[k - 1], "are") || is(t_[k - 1], "is")))
        return true;
    }
    return false;
  }

  // "They are meeting in Washington for the third round", "began on Monday in Lima the second
  // round": a place a verb of meeting puts the sides in, just before the round, in its clause.
  int place_before(std::size_t round_begin) const {
    for (int i = count(); i-- > 0;) {
      const Mention& x = m(i);
      if (x.type != EntityType::place || x.tok_end > round_begin || x.tok_end + 8 < round_begin) continue;
      if (x.tok_begin == 0) return -1;
      // "the Indian delegation visited Islamabad for the previous talks": the city travelled to
      const bool visited = is_any(t_[x.tok_begin - 1], lex_.words(Words::visited)) && is(t_[x.tok_end], "for");
      if (!visited && !is_any(t_[x.tok_begin - 1], lex_.words(Words::place_prepositions))) return -1;
      // "met in Brussels, from 9 to 17 July for a full round": a date may stand between
      std::size_t after = x.tok_end;
      if (after + 1 < round_begin && t_[after].text == ",") {
        const int d = mention_at(after + 1 + (is(t_[after + 1], "from") || is(t_[after + 1], "on") ? 1 : 0));
        if (d >= 0 && m(d).type == EntityType::date) after = m(d).tok_end;
      }
      for (std::size_t k = after; k < round_begin; ++k)
        if (!t_[k].word && t_[k].text != "-") return -1;  // another clause
      if (visited) return i;
      for (std::size_t k = x.tok_begin - 1; k-- > 0 && k + 6 >= x.tok_begin;)
        if (is_any(t_[k], lex_.words(Words::meet_verbs))) return i;
      return -1;
    }
    return -1;
  }

  // "The talks were held in Washington from Friday to Sunday", "at their talks in Washington on
  // Jan. 14": a round named by its place (extractor.cc decides whether it is a round seen before).
  void talks_held() {
    for (std::size_t k = 0; k < n(); ++k) {
      const bool talks = is(t_[k], "talks") || is(t_[k], "negotiations") || is(t_[k], "consultations");
      // "The new meeting took place …": a meeting as the subject, never "at a meeting in X"
      if (!talks && !((is(t_[k], "meeting") || is(t_[k], "session")) && subject_at(k))) continue;
      if (habitual()) return;  // "The meeting is held annually alternately in A and B
      // "talks in X" or "talks … (were) held in X" within a few tokens
      std::size_t e = std::min(n(), k + 5);
      bool held = false;
      for (std::size_t q = k + 1; q < e; ++q)
        if (is_any(t_[q], lex_.words(Words::held_verbs)) || is(t_[q], "place")) held = true;
      const bool direct = k + 1 < n() && (is(t_[k + 1], "in") || is(t_[k + 1], "at"));
      int place = held || direct ? place_after(k + 1, std::min(n(), k + 14)) : -1;
      // "Consultations between A and B on the treaty began on Tuesday in Geneva", "The
      // negotiations will last three days from Dec. 11 in Seoul": the verb near the place.
      if (place < 0) place = place_after_verb(k + 1, std::min(n(), k + 35));
      if (place < 0) {
        if (dated_talks(k)) return;
        continue;
      }
      const Mention& pl = m(place);
      // Only a city or venue names a round; "talks in South Korea" says too little, but places
      // a round named just before ("the nine-day negotiations in the Gulf state of Qatar").
      const auto c = lex_.country_by_code(pl.country);
      Mention round;
      round.type = EntityType::round;
      round.round = RoundRef::place_talks;
      if (c && lex_.entry(*c).name == pl.name) round.modifier = "country";
      round.tok_begin = static_cast<std::uint32_t>(k);
      round.tok_end = static_cast<std::uint32_t>(k + 1);
      round.surface = "talks in " + pl.name;
      round.alias_only = true;  // "talks in Washington" describes, it does not name
      s_.mentions.push_back(round);
      const int ri = count() - 1;
      if (const int city = city_after_venue(place); city >= 0) emit(RelationType::held_in, end(ri), end(city));
      emit(RelationType::held_in, end(ri), end(place));
      if (!m(ri).modifier.empty()) return;  // a round told before has its date there
      const int date = first_of(EntityType::date, k + 1, n());
      if (date >= 0 && meeting_date(date) && !has_expiry_trigger()) emit(RelationType::held_on, end(ri), end(date));
      return;
    }
  }

  // "The negotiating teams will meet again in Montevideo, Uruguay from 10 to 14 September",
  // "negotiators were meeting in Washington this week": the sides meeting at a place are a round
  // there (extractor.cc decides whether it is one seen before).
  bool meeting_at_place() {
    for (std::size_t k = 1; k + 2 < n(); ++k) {
      const bool again = (is(t_[k], "meet") || is(t_[k], "met") || is(t_[k], "reconvene")) && is(t_[k + 1], "again");
      const bool ongoing = is(t_[k], "meeting") && (is(t_[k - 1], "were") || is(t_[k - 1], "are") ||
                                                     is(t_[k - 1], "was") || is(t_[k - 1], "is"));
      if (!again && !ongoing) continue;
      const std::size_t b = k + (again ? 2 : 1);
      const int place = place_after(b, std::min(n(), b + 3));
      if (place < 0 || m(place).tok_begin != b + 1) continue;
      if (auto c = lex_.country_by_code(m(place).country); c && lex_.entry(*c).name == m(place).name) continue;
      Mention round;
      round.type = EntityType::round;
      round.round = RoundRef::place_talks;
      round.tok_begin = static_cast<std::uint32_t>(k);
      round.tok_end = static_cast<std::uint32_t>(k + 1);
      round.surface = "talks in " + m(place).name;
      round.alias_only = true;
      if (again) round.modifier = "again";  // another meeting, never the round just named
      s_.mentions.push_back(round);
      const int ri = count() - 1;
      emit(RelationType::held_in, end(ri), end(place));
      const int date = first_of(EntityType::date, m(place).tok_end, clause_end(m(place).tok_end, n()));
      if (date >= 0 && meeting_date(date)) emit(RelationType::held_on, end(ri), end(date));
      return true;
    }
    return false;
  }

  // A sentence about how meetings are usually held, not about one of them.
  bool habitual() const {
    for (std::size_t k = 0; k < n(); ++k)
      if (is_any(t_[k], lex_.words(Words::usually))) return true;
    return false;
  }

  // Whether the word at k is the sentence's subject: only "the", "new", "latest" … before it.
  bool subject_at(std::size_t k) const {
    if (k > 3) return false;
    for (std::size_t q = 0; q < k; ++q)
      if (!is_any(t_[q], lex_.words(Words::before_subject)) && lex_.ordinal(t_[q].text) <= 0) return false;
    return true;
  }

  // "Talks began Sunday.", "The new meeting took place this Monday": the talks as the subject of a
  // verb of holding or beginning, then a date; no place. The date of the round named just before
  // (extractor.cc names it; with no round nearby it names nothing).
  bool dated_talks(std::size_t k) {
    if (!subject_at(k) || has_expiry_trigger()) return false;
    std::size_t v = k + 1;
    while (v < n() && v < k + 3 && (is(t_[v], "were") || is(t_[v], "was") || is(t_[v], "have") ||
                                    is(t_[v], "has") || is(t_[v], "had")))
      ++v;
    if (v >= n() || !is_any(t_[v], lex_.words(Words::began))) return false;
    const int date = first_of(EntityType::date, v + 1, std::min(n(), v + 5));
    if (date < 0 || m(date).date.day == 0 || !meeting_date(date)) return false;
    Mention round;
    round.type = EntityType::round;
    round.round = RoundRef::place_talks;
    round.modifier = "dated";
    round.tok_begin = static_cast<std::uint32_t>(k);
    round.tok_end = static_cast<std::uint32_t>(k + 1);
    round.alias_only = true;
    s_.mentions.push_back(round);
    emit(RelationType::held_on, end(count() - 1), end(date));
    return true;
  }

  // A place in [b, stop) with a verb of holding, opening or lasting at most 9 tokens before it ("last for three days from Dec. 11 in Seoul").
  int place_after_verb(std::size_t b, std::size_t stop) const {
    const int place = place_after(b, stop);
    if (place < 0) return -1;
    const std::size_t p = m(place).tok_begin;
    for (std::size_t k = p; k-- > b && k + 10 > p;)
      if (is_any(t_[k], lex_.words(Words::run_verbs)) || is_any(t_[k], lex_.words(Words::held_verbs))) return place;
    return -1;
  }

  // "Earlier meetings took place in Honolulu in March, on Jeju Island in April and in Washington,
  // D.C. in May": one round per place listed, each with the date that follows its place.
  // The word that opens a list of meetings ("Earlier meetings took place", "The previous ones
  // took place", "started negotiations in A, followed by talks in B"), or n().
  std::size_t listed_start() const {
    for (std::size_t k = 0; k < n(); ++k) {
      const bool meetings = is(t_[k], "meetings") || is(t_[k], "rounds") || is(t_[k], "sessions");
      // "The previous ones", "the earlier ones": rounds named in the sentence before
      const bool ones = is(t_[k], "ones") && k > 0 && (is(t_[k - 1], "previous") || is(t_[k - 1], "earlier"));
      if (meetings || ones) {
        // a count ("eight rounds", "the first six rounds") says which rounds no more than it names them
        if (k > 0 && (t_[k - 1].digit || is(t_[k - 1], "two") || is(t_[k - 1], "three") || is(t_[k - 1], "several")))
          return n();
        for (std::size_t q = k + 1; q < std::min(n(), k + 4); ++q)
          if (is_any(t_[q], lex_.words(Words::held_verbs))) return k;
        return n();
      }
      // "The two sides started negotiations … in Honolulu in March, followed by talks on Jeju Island"
      if ((is(t_[k], "negotiations") || is(t_[k], "talks")) && k > 0 &&
          (is(t_[k - 1], "started") || is(t_[k - 1], "began") || is(t_[k - 1], "opened") || is(t_[k - 1], "launched")))
        for (std::size_t q = k + 1; q + 1 < n(); ++q)
          if (is(t_[q], "followed") && is(t_[q + 1], "by")) return k;
    }
    return n();
  }

  // "Like the two previous U.S.-Russia Strategic Stability Dialogues in Geneva last year": that
  // many earlier rounds, each held at the place and on the date told (extractor.cc numbers them
  // back from the highest numbered round where the count fits).
  bool counted_earlier_rounds() {
    for (std::size_t k = 1; k + 2 < n(); ++k) {
      if (!is(t_[k], "previous") && !is(t_[k], "earlier")) continue;
      const int told = is(t_[k - 1], "two") ? 2 : is(t_[k - 1], "three") ? 3 : is(t_[k - 1], "four") ? 4 : 0;
      if (told == 0) continue;
      std::size_t h = k + 1;
      while (h < n() && h < k + 8 && !is_any(t_[h], lex_.words(Words::meetings)) && (t_[h].word || t_[h].text == "-" || t_[h].text == "."))
        ++h;
      if (h >= n() || !is_any(t_[h], lex_.words(Words::meetings))) continue;
      const int place = place_after(h + 1, std::min(n(), h + 4));
      if (place < 0) continue;
      const int date = first_of(EntityType::date, m(place).tok_end, clause_end(m(place).tok_end, n()));
      for (int j = 0; j < told; ++j) {
        Mention round;
        round.type = EntityType::round;
        round.round = RoundRef::place_talks;
        round.modifier = "listed";
        round.tok_begin = static_cast<std::uint32_t>(h);
        round.tok_end = static_cast<std::uint32_t>(h);
        round.alias_only = true;
        s_.mentions.push_back(round);
        const int ri = count() - 1;
        emit(RelationType::held_in, end(ri), end(place));
        if (date >= 0 && meeting_date(date)) emit(RelationType::held_on, end(ri), end(date));
      }
      return true;
    }
    return false;
  }

  // Whether [b, e) holds at most a few capitalised words and stops ("D.C.", ", Hawaii").
  bool only_names_between(std::size_t b, std::size_t e) const {
    if (e > b + 5) return false;
    for (std::size_t k = b; k < e; ++k)
      if (t_[k].word && !t_[k].cap) return false;
    return true;
  }

  bool listed_meetings() {
    const std::size_t k = listed_start();
    if (k == n()) return false;
    std::vector<int> places;
    for (int i = 0; i < count(); ++i) {
      const Mention& x = m(i);
      if (x.type != EntityType::place || x.tok_begin <= k || x.tok_begin == 0) continue;
      std::size_t p = x.tok_begin - 1;
      if (is(t_[p], "the") && p > 0) --p;
      // "in Washington D.C., Seoul and Seattle": a place listed right after a listed place
      const bool next_in_list = !places.empty() && (t_[p].text == "," || is(t_[p], "and")) &&
                                only_names_between(m(places.back()).tok_end, p);
      if (!is_any(t_[p], lex_.words(Words::place_prepositions)) && !next_in_list) continue;
      if (auto c = lex_.country_by_code(x.country); c && lex_.entry(*c).name == x.name) continue;
      places.push_back(i);
    }
    if (places.size() < 2) return false;
    for (std::size_t j = 0; j < places.size(); ++j) {
      const int place = places[j];
      const std::size_t stop = j + 1 < places.size() ? m(places[j + 1]).tok_begin : n();
      Mention round;
      round.type = EntityType::round;
      round.round = RoundRef::place_talks;
      round.modifier = "listed";
      round.tok_begin = m(place).tok_begin;
      round.tok_end = m(place).tok_begin;
      round.alias_only = true;
      s_.mentions.push_back(round);
      const int ri = count() - 1;
      emit(RelationType::held_in, end(ri), end(place));
      const int date = first_of(EntityType::date, m(place).tok_end, stop);
      if (date >= 0) emit(RelationType::held_on, end(ri), end(date));
    }
    return true;
  }

  // ---- expires ----
  bool has_expiry_trigger() const { return expiry_trigger() != SIZE_MAX; }
  // The first cue of the sentence that says an agreement ends (data/patterns/expires.pat), or none.
  const Cue* expiry_cue() const {
    const Cue* first = nullptr;
    for (const Cue& c : s_.cues)
      if (c.kind == "expiry" && (!first || c.begin < first->begin)) first = &c;
    return first;
  }
  // Position of that verb, SIZE_MAX if none.
  std::size_t expiry_trigger() const {
    const Cue* c = expiry_cue();
    return c ? c->begin : SIZE_MAX;
  }

  void expiry() {
    bool any_date = false;  // most sentences have none: no need to look for the verb
    for (int i = 0; i < count() && !any_date; ++i) any_date = m(i).type == EntityType::date;
    if (!any_date) return;
    const Cue* cue = expiry_cue();
    if (!cue) return;
    const std::size_t trig = cue->begin;
    rule_ = cue->rule;
    // the date after the verb
    int date = -1;
    for (int i = 0; i < count(); ++i)
      if (m(i).type == EntityType::date && m(i).tok_begin > trig && (date < 0 || m(i).tok_begin < m(date).tok_begin))
        date = i;
    if (date < 0) return;
    // "… the deal that expired on …" with no date → nothing; "expired in months" has no date mention.
    // "next year on January 17": the day told right after a year is in that year
    if (date + 1 < count()) {
      Mention& day = s_.mentions[static_cast<std::size_t>(date + 1)];
      const Date& year = m(date).date;
      if (day.type == EntityType::date && day.tok_begin <= m(date).tok_end + 1 && day.date.month && !year.month) {
        day.date.year = year.year;
        day.name = day.date.iso();
        ++date;
      }
    }
    int agreement = -1;
    for (int i = 0; i < count(); ++i)
      if (m(i).type == EntityType::agreement && m(i).tok_begin < trig && !(agreement >= 0 && complement(m(i))))
        agreement = i;
    if (agreement < 0) {
      for (int i = 0; i < count(); ++i)
        if (m(i).type == EntityType::agreement && m(i).tok_begin > trig && m(i).tok_begin < m(date).tok_begin) {
          agreement = i;
          break;
        }
    }
    if (agreement < 0) {
      previous_agreement_expiry(trig, date);
      return;
    }
    // a date that only says when the agreement was signed is not its end
    if (m(date).tok_begin > 0 && is(t_[m(date).tok_begin - 1], "since")) return;
    emit(RelationType::expires, end(agreement), end(date));
  }

  // "The current protocol to the agreement will expire …": an agreement after "to" or "of" is a
  // complement of the subject, not what expires.
  bool complement(const Mention& a) const {
    std::size_t k = a.tok_begin;
    if (k > 0 && (is(t_[k - 1], "the") || is(t_[k - 1], "this"))) --k;
    return k > 0 && (is(t_[k - 1], "to") || is(t_[k - 1], "of"));
  }

  // "The Ganges treaty was signed in 1996. It expires in 2026.": "it" just before the verb is the
  // agreement the sentence before ends on.
  void previous_agreement_expiry(std::size_t trig, int date) {
    if (si_ == 0 || trig == 0) return;
    // only auxiliaries between: "it is due to expire", "it will lapse", "it also expires"
    std::size_t k = trig;
    while (k > 0 && trig - k < 4 && is_any(t_[k - 1], lex_.words(Words::expiry_between))) --k;
    if (k == 0 || !is(t_[k - 1], "it")) return;
    const SentenceMentions& prev = all_[si_ - 1];
    int agreement = -1;
    for (std::size_t i = 0; i < prev.mentions.size(); ++i)
      if (prev.mentions[i].type == EntityType::agreement) agreement = static_cast<int>(i);
    if (agreement < 0) return;
    if (m(date).tok_begin > 0 && is(t_[m(date).tok_begin - 1], "since")) return;
    emit(RelationType::expires, {static_cast<int>(si_ - 1), agreement, EntityType::agreement, {}}, end(date));
  }
};

}  // namespace

void find_relations(const ArticleContext& ctx, std::vector<SentenceMentions>& sentences, std::size_t si,
                    std::vector<RawRelation>& out) {
  // Patterns first: a fact both find is credited to its pattern.
  pattern_relations(ctx, sentences, si, out);
  SentenceRelations(ctx, sentences, si, out).run();
}

}  // namespace newsgraph::extract
