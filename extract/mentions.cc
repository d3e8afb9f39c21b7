#include "extract/mentions.h"


#include <algorithm>
#include <array>
#include <cctype>
#include <tuple>

namespace newsgraph::extract {
namespace {

// ---- small token helpers ---------------------------------------------------------------

bool has_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "A.K.", "J.": initials, written in capitals but part of a name.
bool is_initials(std::string_view w) {
  if (w.size() < 2 || w.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < w.size(); i += 2)
    if (!(w[i] >= 'A' && w[i] <= 'Z') || w[i + 1] != '.') return false;
  return true;
}

// "Francisco Baraan III": a generation suffix, in capitals but part of a name.
bool is_generation(std::string_view w) { return w == "III" || w == "IV" || w == "Jr"; }

// A capitalised word that is not shouted: a word with lower case, initials or a generation suffix.
bool name_cased(std::string_view w) { return has_lower(w) || is_initials(w) || is_generation(w); }

std::string_view span_text(const SentenceMentions& s, std::size_t b, std::size_t e) {
  return s.text.substr(s.tokens[b].begin, s.tokens[e - 1].end() - s.tokens[b].begin);
}

// "JOE KLAMAR" → "Joe Klamar" (names printed in capitals in credits and headlines).
std::string title_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter && !start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    start = !letter && c != '\'';
  }
  return out;
}


// The full name of a person named in the article that `name` is a short form of, or "" (also
// "" when two people fit).
std::string known_as(const ArticleContext& ctx, const std::string& name, bool any_first_word) {
  std::string found;
  const std::size_t n_words = std::count(name.begin(), name.end(), ' ') + 1;
  for (const auto& full : ctx.people) {
    if (full == name) return full;
    if (full.size() <= name.size()) continue;
    const bool suffix = full.compare(full.size() - name.size(), name.size(), name) == 0 &&
                        full[full.size() - name.size() - 1] == ' ';
    const auto sp = full.find(' ');
    const bool east_asian_family = n_words == 1 && sp != std::string::npos && full.compare(0, sp, name) == 0 &&
                                   (any_first_word || full.find('-', sp) != std::string::npos ||
                                    std::count(full.begin(), full.end(), ' ') == 2);
    if (suffix || east_asian_family) {
      if (!found.empty() && found != full) return {};  // ambiguous: two people
      found = full;
    }
  }
  return found;
}

std::string known_full_name(const ArticleContext& ctx, const std::string& name) {
  std::string found = known_as(ctx, name, false);
  // "Liu" for "Liu He": a family name written first, when no full name ends with the word.
  if (found.empty() && name.find(' ') == std::string::npos) found = known_as(ctx, name, true);
  return found;
}

// ---- the recogniser state for one sentence -----------------------------------------------

class Recogniser {
 public:
  Recogniser(ArticleContext& ctx, SentenceMentions& s)
      : ctx_(ctx), lex_(*ctx.lex), s_(s), t_(s.tokens), used_(s.tokens.size(), false) {}

  void run() {
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
    for (std::size_t i = 0; i < t_.size();) i = at(i);
    place_agreements();
    if (s_.byline) script_byline();
    count_adjectives();
    std::sort(s_.mentions.begin(), s_.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.tok_begin < b.tok_begin; });
  }


 private:
  // "the Syrian parties", "the Syrian Constitutional Committee": a country's adjective says which
  // country's internal talks an article is about (internal_side()).
  void count_adjectives() {
    for (const Token& t : t_)
      if (t.cap && t.word && t.text.size() > 3)
        if (auto c = lex_.country_by_adjective(t.text))
          if (lex_.entry(*c).kind == LexKind::country) ++ctx_.adjective_counts[lex_.entry(*c).attr("code")];
  }

  // "(Reporting by David Lawder in Washington and Andrea Hopkins in Ottawa; Editing by …)"
  bool credit_line() const {
    for (std::size_t k = 0; k + 1 < n() && k < 3; ++k)
      if ((is(t_[k], "reporting") || is(t_[k], "editing") || is(t_[k], "writing")) && is(t_[k + 1], "by"))
        return true;
    return false;
  }

  // "By 정주원": a byline in a script without capitals names its author all the same.
  void script_byline() {
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

  ArticleContext& ctx_;
  const Lexicon& lex_;
  SentenceMentions& s_;
  const std::vector<Token>& t_;
  std::vector<bool> used_;

  bool headline_ = false;  // a title-case headline: its small words are capitalised too

  // "Unions Get Out On Picket Lines In Force": five words or more, every one capitalised or a
  // short lower-case word, and a capitalised small word inside.
  bool title_case_headline() const {
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

  std::size_t n() const { return t_.size(); }
  bool free(std::size_t b, std::size_t e) const {
    for (std::size_t k = b; k < e; ++k)
      if (used_[k]) return false;
    return true;
  }
  void claim(std::size_t b, std::size_t e) {
    for (std::size_t k = b; k < e; ++k) used_[k] = true;
  }
  Mention& add(Mention m, std::size_t b, std::size_t e) {
    m.tok_begin = static_cast<std::uint32_t>(b);
    m.tok_end = static_cast<std::uint32_t>(e);
    if (m.surface.empty()) m.surface = std::string(span_text(s_, b, e));
    if (m.type == EntityType::agency && !m.delegation && !m.outlet) remember_initials(m.name);
    claim(b, e);
    s_.mentions.push_back(std::move(m));
    return s_.mentions.back();
  }
  bool word_at(std::size_t i, std::string_view w) const { return i < n() && is(t_[i], w); }

  // "Joint River Commission" → "JRC" (and "India-Bangladesh Joint River Commission" → "JRC" and
  // "IBJRC"): the initials of a body's capitalised words, for an abbreviation the article uses
  // without defining it ("JRC Executive Engineer X").
  void remember_initials(const std::string& name) {
    auto initials = [](std::string_view text, std::size_t& words) {
      std::string out;
      for (const auto& t : tokenize(text))
        if (t.word && t.cap) {
          out += t.text[0];
          ++words;
        }
      return out;
    };
    std::size_t words = 0, rest_words = 0;
    const std::string all = initials(name, words);
    const auto sp = name.find(' ');
    const bool parties = sp != std::string::npos && name.find('-') < sp;
    const std::string plain = parties ? initials(std::string_view(name).substr(sp + 1), rest_words) : all;
    if (words < 2) return;
    for (const std::string& key : {all, plain}) {
      if (key.size() < 2) continue;
      auto [it, fresh] = ctx_.initials.emplace(key, name);
      if (fresh || it->second == name || it->second.empty()) continue;
      // one body with and without its parties before it ("India-Bangladesh Joint River Commission")
      if (name.ends_with(" " + it->second)) continue;
      if (it->second.ends_with(" " + name)) it->second = name;
      else it->second.clear();
    }
  }
  // An undefined abbreviation at token k standing for a body named before (by its initials).
  bool initials_body(std::size_t k) {
    const std::string_view w = t_[k].text;
    if (w.size() < 2 || w.size() > 6 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      return false;
    auto it = ctx_.initials.find(std::string(w));
    if (it == ctx_.initials.end() || it->second.empty() || !longest_at(k).empty()) return false;
    Mention m;
    m.type = EntityType::agency;
    m.name = it->second;
    add(std::move(m), k, k + 1);
    return true;
  }

  // Lexicon matches starting at token k, looked up once per sentence: several recognisers ask
  // about the same tokens.
  mutable std::vector<std::optional<std::vector<LexMatch>>> matches_;
  const std::vector<LexMatch>& matches_at(std::size_t k) const {
    static const std::vector<LexMatch> none;
    if (k >= n()) return none;
    if (matches_.empty()) matches_.resize(n());
    if (!matches_[k]) matches_[k] = lex_.matches(t_, k);
    return *matches_[k];
  }
  std::vector<LexMatch> longest_at(std::size_t k) const { return Lexicon::longest_of(matches_at(k)); }

  // A country adjective or name (with "'s") ending just before position `end`; returns the
  // country entry and sets `begin` to where it starts.
  std::optional<std::uint32_t> country_before(std::size_t end, std::size_t& begin) const {
    if (end == 0) return std::nullopt;
    std::size_t e = end;
    if (e >= 1 && t_[e - 1].text == "'s") --e;  // "South Korea's"
    // "the Seychelles' delegation", "the Philippines' panel"
    if (e >= 2 && e == end && t_[e - 1].text == "'" && !t_[e - 1].space_before && t_[e - 2].text.ends_with("s")) --e;
    for (std::size_t len = std::min<std::size_t>(3, e); len >= 1; --len) {
      const std::size_t b = e - len;
      if (!(t_[b].cap || t_[b].digit)) continue;
      const std::string_view phrase = span_text(s_, b, e);
      std::optional<std::uint32_t> c;
      if (e == end) c = lex_.country_by_adjective(phrase);
      if (!c) {
        for (const auto& m : matches_at(b))
          if (m.length == len && (lex_.entry(m.entry).kind == LexKind::country ||
                                  !lex_.entry(m.entry).attr("adj").empty()))
            c = m.entry;
        if (!c) c = lex_.country_by_capital(phrase);
      }
      if (c) {
        begin = b;
        return c;
      }
    }
    return std::nullopt;
  }

  // The country of the last country or delegation mention before token b in this sentence.
  std::optional<std::uint32_t> country_mentioned_before(std::size_t b) const {
    std::optional<std::uint32_t> found;
    for (const auto& m : s_.mentions) {
      if (m.tok_end > b || m.country.empty()) continue;
      if ((m.type == EntityType::place && !m.government) || (m.type == EntityType::agency && m.delegation)) {
        auto c = lex_.country_by_code(m.country);
        if (c && (m.delegation || lex_.entry(*c).name == m.name)) found = c;
      }
    }
    return found;
  }

  std::string official_name(std::uint32_t country) const { return ministry_country(lex_.entry(country)); }

  // ---- dates ----
  // Whether a sentence can hold a date at all: a number or a calendar word. Most sentences
  // cannot, and the date scanner is the costliest recogniser.
  bool may_hold_date() const {
    // Prefixes of the date scanner's words (dates.cc), not words: they stay beside it, in code.
    static constexpr std::array<std::string_view, 36> kCalendar = {{
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "year", "month",
        "yesterday", "tomorrow", "mid", "end", "week", "weekend", "today", "tonight", "day", "spring", "autumn"}};
    // Every calendar word has three letters or more: their first three letters, folded, sift
    // the tokens before the full comparison (this runs on every token of every sentence).
    static const std::array<std::uint32_t, kCalendar.size()> kHeads = [] {
      std::array<std::uint32_t, kCalendar.size()> out{};
      for (std::size_t i = 0; i < kCalendar.size(); ++i) out[i] = folded_prefix3(kCalendar[i]);
      std::sort(out.begin(), out.end());
      return out;
    }();
    for (const Token& t : t_) {
      if (t.digit) return true;
      if (t.text.size() < 3 || !t.word) continue;
      const std::uint32_t head = folded_prefix3(t.text);
      if (!std::binary_search(kHeads.begin(), kHeads.end(), head)) continue;
      // compare the first letters: "January" → "jan", "Wednesday" → "wed"
      for (std::string_view w : kCalendar)
        if (t.text.size() >= w.size() && iequals(t.text.substr(0, w.size()), w)) return true;
    }
    return false;
  }

  void dates() {
    if (!s_.dates) s_.dates = may_hold_date() ? find_dates(s_.text, ctx_.date) : std::vector<DateMention>{};
    for (const auto& d : *s_.dates) {
      std::size_t b = n(), e = 0;
      for (std::size_t k = 0; k < n(); ++k) {
        if (t_[k].begin >= d.begin && t_[k].end() <= d.end) {
          b = std::min(b, k);
          e = std::max(e, k + 1);
        }
      }
      if (b >= e || !free(b, e)) continue;
      Mention m;
      m.type = EntityType::date;
      m.name = d.value.iso();
      m.surface = d.surface;
      m.date = d.value;
      add(std::move(m), b, e);
    }
  }

  // ---- rounds ----
  // The token of the ordinal of the round word at i: just before it, or before at most two
  // describing words ("the 7th negotiation round", "the third indirect negotiation meeting");
  // i where there is none.
  std::size_t ordinal_before(std::size_t i) const {
    int words = 0;  // a hyphen joins words into one ("US-mediated")
    for (std::size_t k = i; k-- > 0;) {
      if (lex_.ordinal(t_[k].text) > 0) return k;
      if (t_[k].text == "-") continue;
      if (!t_[k].word || t_[k].digit || is_any(t_[k], lex_.words(Words::not_round_descriptors)) || is_any(t_[k], lex_.words(Words::round_words)) ||
          ++words > 2 + (k > 0 && t_[k - 1].text == "-"))
        break;
    }
    return i;
  }

  // The first token of a day's date owning the round word at i ("Monday's meeting"), else i.
  std::size_t dated_by(std::size_t i) const {
    if (i < 2 || t_[i - 1].text != "'s") return i;
    for (const auto& x : s_.mentions)
      if (x.type == EntityType::date && x.tok_end == i - 1 && x.date.day > 0) return x.tok_begin;
    return i;
  }

  bool since_follows(std::size_t k) const {
    for (std::size_t q = k; q < std::min(n(), k + 3); ++q)
      if (is(t_[q], "since")) return true;
    return false;
  }

  // "The commanders met for the seventh time on Monday", "This is the third time the dialogue
  // has convened": round 7, round 3, where a verb of meeting stands within a few words.
  void nth_time_met() {
    for (std::size_t i = 1; i < n(); ++i) {
      if (!is(t_[i], "time") || used_[i] || used_[i - 1] || lex_.ordinal(t_[i - 1].text) <= 0) continue;
      bool met = false;
      for (std::size_t k = i >= 5 ? i - 5 : 0; k < i && !met; ++k) met = is_any(t_[k], lex_.words(Words::met));
      // after it, a name counts as one word ("the third time the U.S.-Russia Strategic Stability
      // Dialogue has convened")
      for (std::size_t k = i + 1, words = 0; k < n() && words < 6 && !met; ++k) {
        met = is_any(t_[k], lex_.words(Words::met));
        if (!t_[k].cap && t_[k].text != "-" && t_[k].text != ".") ++words;
      }
      if (!met) continue;
      Mention m;
      m.type = EntityType::round;
      m.round = RoundRef::numbered;
      m.ordinal = lex_.ordinal(t_[i - 1].text);
      m.alias_only = true;  // "the seventh time" describes the meeting, it does not name it
      add(std::move(m), i - 1, i + 1);
    }
  }

  // The first token of "two-day" ("two-day" or "two - day") just before i, else i.
  std::size_t multi_day_before(std::size_t i) const {
    if (i == 0) return i;
    const std::string_view w = t_[i - 1].text;
    if (w.size() > 4 && iequals(w.substr(w.size() - 4), "-day")) return i - 1;
    if (i > 2 && is(t_[i - 1], "day") && t_[i - 2].text == "-" && t_[i - 3].word) return i - 3;
    return i;
  }

  // "the previous Indus treaty talks", "the next talks": talks of one meeting, told relative to a
  // round named nearby (up to three describing words between).
  void relative_talks() {
    for (std::size_t i = 2; i < n(); ++i) {
      if (!(is(t_[i], "talks") || is(t_[i], "negotiations")) || used_[i]) continue;
      for (std::size_t k = i; k-- > 1 && k + 4 >= i;) {
        if (is(t_[k], "previous") || is(t_[k], "next")) {
          if (!is(t_[k - 1], "the") || !free(k, i + 1)) break;
          Mention m;
          m.type = EntityType::round;
          m.round = RoundRef::relative;
          m.modifier = lower(t_[k].text);
          add(std::move(m), k, i + 1);
          break;
        }
        if (!t_[k].word || t_[k].digit || is_any(t_[k], lex_.words(Words::not_round_descriptors))) break;
      }
    }
  }

  void rounds() {
    nth_time_met();
    relative_talks();
    for (std::size_t i = 0; i < n(); ++i) {
      if (used_[i] || !is_any(t_[i], lex_.words(Words::round_words))) continue;
      const bool plural = is(t_[i], "rounds") || is(t_[i], "sessions");
      const bool is_round = is(t_[i], "round");
      Mention m;
      m.type = EntityType::round;
      std::size_t b = i, e = i + 1;
      if (t_[i].text == "Round" && i + 1 < n() && t_[i + 1].digit) {  // "Round 9"
        m.ordinal = std::atoi(std::string(t_[i + 1].text).c_str());
        m.round = RoundRef::numbered;
        e = i + 2;
      } else if (const std::size_t o = ordinal_before(i); o < i && !plural) {
        m.ordinal = lex_.ordinal(t_[o].text);
        m.round = RoundRef::numbered;
        b = o;
      } else if (i > 0 && is_round && is(t_[i - 1], "opening")) {  // "the opening round": round 1
        m.ordinal = 1;
        m.round = RoundRef::numbered;
        b = i - 1;
      } else if (i > 0 && !plural && is_round && is_any(t_[i - 1], lex_.words(Words::round_modifiers))) {
        m.modifier = lower(t_[i - 1].text);
        m.round = (m.modifier == "this" || m.modifier == "that" || m.modifier == "the") ? RoundRef::anaphor
                                                                                         : RoundRef::relative;
        b = i - 1;
      } else if (const std::size_t d = multi_day_before(i); d < i && !plural) {
        m.modifier = "n-day";  // "the two-day session": a round whose number or place is told nearby
        m.round = RoundRef::relative;
        b = d;
      } else if (const std::size_t d = dated_by(i); d < i && !plural) {
        // "Monday's meeting", "Sunday's session": a round named just before, held on that day
        m.round = RoundRef::anaphor;
        m.modifier = "dated";
        m.surface = std::string(span_text(s_, d, i + 1));
        add(std::move(m), i, i + 1);
        continue;
      } else if (i > 0 && !plural && is(t_[i], "meeting") &&
                 (is(t_[i - 1], "previous") || is(t_[i - 1], "last") || is(t_[i - 1], "next") ||
                  is(t_[i - 1], "upcoming"))) {
        m.modifier = lower(t_[i - 1].text);
        m.round = RoundRef::relative;
        b = i - 1;
      } else {
        continue;
      }
      if (m.round == RoundRef::numbered && !is_round && !is(t_[i], "session") && !is(t_[i], "meeting") &&
          !is(t_[i], "cycle") && !is(t_[i], "phase") && t_[i].text != "Round")
        continue;
      if (b > 0 && (is(t_[b - 1], "the") || is(t_[b - 1], "an") || is(t_[b - 1], "a") ||
                    is(t_[b - 1], "their") || is(t_[b - 1], "its"))) {
        // keep the determiner out of the surface
      }
      // The surface runs on through "of (the) ... talks/negotiations" for a fuller alias.
      std::size_t se = e;
      if (word_at(se, "of")) {
        std::size_t k = se + 1;
        if (word_at(k, "the")) ++k;
        std::size_t stop = std::min(n(), k + 6);
        for (std::size_t q = k; q < stop; ++q) {
          if (is(t_[q], "talks") || is(t_[q], "negotiations") || is(t_[q], "consultations")) {
            se = q + 1;
            break;
          }
          if (!t_[q].word && t_[q].text != "-") break;  // "of the Russian-Japanese consultations"
        }
      }
      // "cycle" and "phase" are rounds only of talks ("the fourth cycle of peace talks").
      if ((is(t_[i], "cycle") || is(t_[i], "phase")) && se == e) continue;
      // "their first meeting face-to-face since the appointment" counts meetings since an
      // event, not the rounds of the talks.
      if (m.round == RoundRef::numbered && m.ordinal == 1 && since_follows(se)) continue;
      m.surface = std::string(span_text(s_, b, se));
      if (m.round == RoundRef::anaphor) m.surface.clear();  // "this round" names nothing by itself
      if (m.surface.empty()) m.alias_only = true;
      if (m.surface.empty()) m.surface = std::string(span_text(s_, b, e));
      add(std::move(m), b, e);
    }
  }

  // ---- delegations ----
  // The owner of a delegation ending just before `end`: a country (name or adjective) or a known
  // body ("Mercosur"); its delegation's name, and where the owner starts.
  std::optional<std::string> delegation_owner(std::size_t end, std::size_t& begin, std::string& code) const {
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
  void paired_delegations() {
    for (std::size_t i = 3; i < n(); ++i) {
      std::size_t head = i;
      if (is(t_[i], "teams") && (is(t_[i - 1], "negotiating") || is(t_[i - 1], "negotiation"))) head = i - 1;
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
        add(std::move(m), b, e);
      }
    }
  }

  void delegations() {
    paired_delegations();
    for (std::size_t i = 0; i < n(); ++i) {
      if (used_[i]) continue;
      std::size_t head_end = i + 1;
      bool ok = is(t_[i], "delegation") || is(t_[i], "negotiators");
      if (!ok && (is(t_[i], "negotiation") || is(t_[i], "negotiating")) && word_at(i + 1, "team")) {
        ok = true;
        head_end = i + 2;
      }
      if (!ok && (is(t_[i], "team") || is(t_[i], "side") || is(t_[i], "panel"))) ok = true;
      if (!ok) continue;
      std::size_t b = i;
      // "the Colombian government delegation", "the Afghan government negotiating team": a
      // government's side in civil peace talks is still its country's delegation
      const std::size_t owner_end = i > 1 && is(t_[i - 1], "government") && !used_[i - 1] ? i - 1 : i;
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
        for (std::size_t k = i; k-- > 0 && k + 4 > i && !c;)
          for (const auto& m : matches_at(k))
            if (lex_.entry(m.entry).kind == LexKind::agency && k + m.length == i) {
              c = m.entry;
              b = k;
              name = short_body_name(lex_.entry(m.entry)) + " delegation";
            }
      }
      if (!c && (is(t_[i], "delegation") || is(t_[i], "side"))) {
        if (const auto home = internal_side(i, b, name)) c = home;
      }
      if (!c || !free(b, i)) continue;
      // "side"/"team"/"panel" need a country right before ("the EU side", "the Philippine panel").
      Mention m;
      m.type = EntityType::agency;
      m.delegation = true;
      m.name = name;
      m.country = lex_.entry(*c).kind == LexKind::country ? lex_.entry(*c).attr("code") : std::string();
      add(std::move(m), b, head_end);
    }
  }

  // The country the article is about: the one most named as an actor (not as where talks are
  // held: "the Venezuelan talks in Mexico"), else most named at all; none on a tie.
  // With `adjectives`, a country's adjectives count as mentions as an actor.
  std::optional<std::uint32_t> article_country(bool adjectives = false) const {
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
  std::optional<std::uint32_t> internal_side(std::size_t i, std::size_t& begin, std::string& name) const {
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

  // ---- embassies: "the Iraqi embassy", "U.S. Embassy in Peru", "Embassy of Japan in Seoul" ----
  // One agency per sending and host country; with no host named, the dateline's country.
  void embassies() {
    for (std::size_t i = 0; i < n(); ++i) {
      if (used_[i] || !is(t_[i], "embassy")) continue;
      std::size_t b = i, e = i + 1;
      std::optional<std::uint32_t> sender = country_before(i, b);
      if (!sender && t_[i].cap && word_at(i + 1, "of")) {
        std::size_t k = i + 2 + (word_at(i + 2, "the") ? 1 : 0);
        for (const auto& m : matches_at(k))
          if (lex_.entry(m.entry).kind == LexKind::country) {
            sender = m.entry;
            e = k + m.length;
          }
      }
      if (!sender || !free(b, e)) continue;
      std::optional<std::uint32_t> host;
      if (word_at(e, "in") || word_at(e, "to")) {
        std::size_t k = e + 1 + (word_at(e + 1, "the") ? 1 : 0);
        for (const auto& m : longest_at(k)) {
          const LexEntry& x = lex_.entry(m.entry);
          const std::string code = x.kind == LexKind::country ? x.attr("code") : x.attr("country");
          if (x.kind == LexKind::agency || code.empty()) continue;
          host = lex_.country_by_code(code);
          e = k + m.length;
          break;
        }
      }
      const std::string sender_code = lex_.entry(*sender).attr("code");
      if (!host && !ctx_.dateline_country.empty() && ctx_.dateline_country != sender_code)
        host = lex_.country_by_code(ctx_.dateline_country);
      Mention m;
      m.type = EntityType::agency;
      m.name = "Embassy of " + with_article(lex_.entry(*sender));
      if (host && *host != *sender) m.name += " in " + with_article(lex_.entry(*host));
      m.country = sender_code;
      add(std::move(m), b, e);
    }
  }

  // "UK Government", "Government of Colombia", "the British Government": the country acting,
  // an alias of its place node (guidelines), not an agency.
  std::optional<std::uint32_t> government_of(std::size_t b, std::size_t e) const {
    if (e >= b + 3 && (is(t_[b], "Federal") || is(t_[b], "National") || is(t_[b], "Central"))) ++b;
    auto whole_country = [&](std::size_t x, std::size_t y) -> std::optional<std::uint32_t> {
      if (x < y && is(t_[x], "the")) ++x;
      if (x >= y) return std::nullopt;
      if (auto c = lex_.country_by_adjective(span_text(s_, x, y))) return c;
      for (const auto& m : matches_at(x))
        if (lex_.entry(m.entry).kind == LexKind::country && x + m.length == y) return m.entry;
      return std::nullopt;
    };
    auto is_government = [&](std::size_t k) { return is(t_[k], "government") || is(t_[k], "administration"); };
    if (e - b >= 2 && is_government(e - 1)) return whole_country(b, e - 1);
    if (e - b >= 3 && is_government(b) && is(t_[b + 1], "of")) return whole_country(b + 2, e);
    return std::nullopt;
  }

  // "ELN" for the National Liberation Army, "Mercosur": how a body's delegation is named.
  static std::string short_body_name(const LexEntry& body) {
    if (std::count(body.name.begin(), body.name.end(), ' ') < 2) return body.name;
    for (const auto& a : body.aliases)
      if (a.size() >= 2 && a.size() <= 5 && is_all_caps(a) && a.find('.') == std::string::npos) return a;
    return body.name;
  }

  // ---- ministries ----
  // "the Greek and Turkish Foreign Ministries": one ministry of each country.
  void paired_ministries(std::size_t i) {
    if (i < 4 || !is(t_[i - 3], "and") || !free(i - 4, i + 1)) return;
    const std::string dept = lex_.ministry_for(t_[i - 1].text);
    const auto first = lex_.country_by_adjective(t_[i - 4].text);
    const auto second = lex_.country_by_adjective(t_[i - 2].text);
    if (dept.empty() || !first || !second) return;
    for (const auto& [c, b, e] : {std::tuple{*first, i - 4, i - 3}, std::tuple{*second, i - 2, i + 1}}) {
      Mention m;
      m.type = EntityType::agency;
      m.name = "Ministry of " + dept + " of " + official_name(c);
      m.country = lex_.entry(c).attr("code");
      m.alias_only = true;  // "Greek" alone is no name of the ministry
      add(std::move(m), b, e);
    }
  }

  void ministries() {
    for (std::size_t i = 0; i < n(); ++i) {
      if (!used_[i] && is(t_[i], "ministries")) paired_ministries(i);
      if (used_[i] || !is(t_[i], "ministry")) continue;
      std::string dept;
      std::size_t b = i, e = i + 1;
      std::optional<std::uint32_t> country;
      if (t_[i].cap && word_at(i + 1, "of") && i + 2 < n() && t_[i + 2].cap) {
        // "Ministry of Foreign Affairs (of X)"
        std::size_t k = i + 2;
        while (k < n() && (t_[k].cap || (is(t_[k], "and") && k + 1 < n() && t_[k + 1].cap) || listed_portfolio(k)))
          ++k;
        dept = std::string(span_text(s_, i + 2, k));
        e = k;
        if (word_at(e, "of")) {
          std::size_t cb = 0;
          std::size_t ce = e + 1;
          if (word_at(ce, "the")) ++ce;
          for (const auto& m : matches_at(ce))
            if (lex_.entry(m.entry).kind == LexKind::country) {
              country = m.entry;
              cb = ce + m.length;
            }
          if (country) e = cb;
        }
        const std::string mapped = lex_.ministry_for(dept);
        if (!mapped.empty()) dept = mapped;
        if (!country) country = country_before(i, b);
      } else if (i > 0) {
        // "(the) [South Korean|Seoul's] foreign ministry"
        dept = lex_.ministry_for(t_[i - 1].text);
        if (dept.empty()) {
          if (!is(t_[i - 1], "the")) continue;
          // "the ministry": the last ministry named
          if (ctx_.ministries.empty()) continue;
          Mention m;
          m.type = EntityType::agency;
          m.name = ctx_.ministries.rbegin()->second;
          m.alias_only = true;
          if (!last_ministry_.empty()) m.name = last_ministry_;
          add(std::move(m), i, i + 1);
          continue;
        }
        b = i - 1;
        country = country_before(i - 1, b);
      } else {
        continue;
      }
      if (dept.empty() || !free(b, e)) continue;
      std::string name;
      // A portfolio no government shares ("Ministry of Peshmerga Affairs") names one ministry by
      // itself: no country is guessed from elsewhere in the article.
      const bool distinctive = !country && t_[i].cap && lex_.ministry_for(dept).empty();
      if (distinctive) {
        name = "Ministry of " + dept;
      } else if (country) {
        name = "Ministry of " + dept + " of " + official_name(*country);
      } else if (auto it = ctx_.ministries.find(dept); it != ctx_.ministries.end()) {
        name = it->second;
      } else if (auto near = country_mentioned_before(b)) {
        // "Japan's delegation was led by X, director-general of the Foreign Ministry's …"
        name = "Ministry of " + dept + " of " + official_name(*near);
        country = near;
      } else if (!ctx_.dateline_country.empty()) {
        if (auto hc = lex_.country_by_code(ctx_.dateline_country))
          name = "Ministry of " + dept + " of " + official_name(*hc);
      }
      // No country known: an unqualified "Ministry of X" would merge the ministries of every
      // country across articles, so it is no node.
      if (name.empty()) continue;
      ctx_.ministries[dept] = name;
      last_ministry_ = name;
      Mention m;
      m.type = EntityType::agency;
      m.name = name;
      if (country) m.country = lex_.entry(*country).attr("code");
      add(std::move(m), b, e);
    }
  }
  std::string last_ministry_;

  // A comma inside a list of portfolios: "Ministry of Trade, Industry and Energy".
  bool listed_portfolio(std::size_t k) const {
    if (t_[k].text != "," || k + 1 >= n() || !t_[k + 1].cap) return false;
    for (std::size_t q = k + 1; q < n() && q < k + 6; ++q) {
      if (is(t_[q], "and")) return q + 1 < n() && t_[q + 1].cap;
      if (!t_[q].cap) return false;
    }
    return false;
  }

  // ---- "the Austrian capital", "the U.S. capital" → the capital city ----
  void capitals() {
    for (std::size_t i = 1; i < n(); ++i) {
      if (used_[i] || !is(t_[i], "capital")) continue;
      std::size_t b = i;
      auto c = country_before(i, b);
      if (!c || !free(b, i)) continue;
      const std::string city = lex_.entry(*c).attr("capital");
      if (city.empty()) continue;
      Mention m;
      m.type = EntityType::place;
      m.name = city;
      m.country = lex_.entry(*c).attr("code");
      if (auto ce = lex_.find(LexKind::city, city)) {
        if (const auto ll = lex_.entry(*ce).coordinates()) {
          m.lat = ll->first;
          m.lon = ll->second;
        }
      }
      add(std::move(m), b, i + 1);
    }
  }

  // ---- "the 2011 Teesta River agreement", "the Doha accord" ----
  // A place (not a country) right before a lower-case agreement word names the agreement after it.
  // (A country there is a party, not a name: "the Iran deal" is left to the lexicon.)
  void place_agreements() {
    for (std::size_t i = 1; i < n(); ++i) {
      if (used_[i] || t_[i].cap || !is_any(t_[i], lex_.words(Words::generic_agreement_words))) continue;
      if (is(t_[i], "agreements") || is(t_[i], "accords")) continue;
      const Mention* place = nullptr;
      for (const auto& m : s_.mentions)
        if (m.type == EntityType::place && m.tok_end == i && !m.government) place = &m;
      if (!place || lex_.find(LexKind::country, place->name)) continue;
      Mention m;
      m.type = EntityType::agreement;
      m.name = m.series = place->surface + " " + lower(t_[i].text);  // as the text calls it: "Nile River"
      m.surface = place->surface + " " + std::string(t_[i].text);
      add(std::move(m), i, i + 1);
    }
  }

  // ---- "the current deal", "the new agreement", "The current arrangement, signed in 2014" ----
  // Named later: the article's series or one of its numbered instances (extractor.cc).
  void generic_agreements() {
    for (std::size_t i = 0; i < n(); ++i) {
      if (used_[i] || t_[i].cap || !is_any(t_[i], lex_.words(Words::generic_agreement_words))) continue;
      if (is(t_[i], "agreements") || is(t_[i], "accords")) continue;
      // Walk back over lower-case modifiers to a determiner.
      std::size_t b = i;
      std::string modifier;
      // (quotes and compounds are skipped: an "ambitious" post-Brexit free trade agreement)
      auto quote = [&](std::size_t k) { return t_[k].text == "\"" || t_[k].text == "'" || t_[k].text == "\u201c" || t_[k].text == "\u201d"; };
      auto compound = [&](std::size_t k) {
        return !used_[k] && ((t_[k].text == "-" && !t_[k].space_before) ||
                             (t_[k].cap && k > 0 && t_[k - 1].text == "-" && !t_[k].space_before));
      };
      while (b > 0 && b + 9 > i && (quote(b - 1) || compound(b - 1) ||
                                    (t_[b - 1].word && !t_[b - 1].cap && (!used_[b - 1] || t_[b - 1].digit))) &&
             !is(t_[b - 1], "the") && !is(t_[b - 1], "a") && !is(t_[b - 1], "an") && !is(t_[b - 1], "its") &&
             !is(t_[b - 1], "their") && !is_any(t_[b - 1], lex_.words(Words::no_modifier))) {
        --b;
        if (is_any(t_[b], lex_.words(Words::agreement_modifiers))) modifier = lower(t_[b].text);
      }
      if (b == 0 || !(is(t_[b - 1], "the") || is(t_[b - 1], "its") || is(t_[b - 1], "their") ||
                      is(t_[b - 1], "this") || is(t_[b - 1], "a") || is(t_[b - 1], "an")))
        continue;
      // A description the lexicon knows ("the cost-sharing deal" for the SMA) is a name.
      bool known = false;
      int ordinal = 0;
      for (std::size_t k = b; k <= i && !known; ++k) {
        for (const auto& lm : longest_at(k))
          known = known || (lex_.entry(lm.entry).kind == LexKind::agreement && k + lm.length > i);
        if (lex_.ordinal(t_[k].text) > 0) ordinal = lex_.ordinal(t_[k].text);
        if (is(t_[k], "such")) ordinal = -1;  // "the first such agreement": a kind's first, no instance
      }
      if (known) continue;
      ordinal = std::max(ordinal, 0);
      Mention m;
      m.type = EntityType::agreement;
      m.agreement = AgreementRef::generic;
      m.modifier = modifier;
      // "The current deal, the ninth since 1991": an appositive ordinal names the instance.
      std::size_t e = i + 1;
      m.ordinal = ordinal;  // "the 10th deal"
      if (e + 2 < n() && t_[e].text == "," && is(t_[e + 1], "the") && lex_.ordinal(t_[e + 2].text) > 0) {
        m.ordinal = lex_.ordinal(t_[e + 2].text);
      }
      if (const std::size_t end = commodity_end(b, i); end > e) {
        m.agreement = AgreementRef::named;
        m.name = m.series = commodity_name(i + 2, end);
        e = end;
      }
      add(std::move(m), b, e);
    }
  }

  // "a new trade agreement on softwood lumber": a trade deal on one good is named after it
  // ("Softwood Lumber Agreement"), as such deals are. The end of "on <one or two words>" after
  // the agreement word at i, where [b, i) holds "trade" and the words end the phrase; else 0.
  std::size_t commodity_end(std::size_t b, std::size_t i) const {
    // words that are no good's name: determiners and the trade's own nouns ("sugar exports")
    // words that may follow the good's name: the phrase ends there
    bool trade = false;
    for (std::size_t k = b; k < i; ++k) trade = trade || is(t_[k], "trade");
    if (!trade || !word_at(i + 1, "on")) return 0;
    std::size_t k = i + 2;
    while (k < n() && k < i + 5 && t_[k].word && !t_[k].cap && !t_[k].digit && !used_[k] &&
           !is_any(t_[k], lex_.words(Words::not_goods)) && !is_any(t_[k], lex_.words(Words::phrase_ends)))
      ++k;
    const std::size_t words = k - (i + 2);
    if (words < 1 || words > 2) return 0;
    if (k < n() && (t_[k].word || t_[k].digit) && !is_any(t_[k], lex_.words(Words::phrase_ends)))
      return 0;  // a longer phrase ("on sugar exports to …") is a description, not a name
    return k;
  }
  std::string commodity_name(std::size_t b, std::size_t e) const {
    std::string name;
    for (std::size_t k = b; k < e; ++k) {
      std::string w(t_[k].text);
      w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      name += w + " ";
    }
    return name + "Agreement";
  }

  // ---- places ----
  bool location_context(std::size_t b, std::size_t e) const {
    // "Seoul's share", "in Seoul's view": a possessive capital is the government acting
    if (e < n() && t_[e].text == "'s") return false;
    if (b == 0 || after_leading_date(b)) {
      // a dateline: "SEOUL, Jan. 24" / "Jakarta." / "VIENNA —" / "London:"
      if (lex_.is_stopword(t_[0].text)) return false;
      // "WASHINGTON (AP) —", "NEW DELHI (PTI) —"
      if (e + 1 < n() && t_[e].text == "(" && is_all_caps(t_[0].text)) return true;
      // "Mora, Deputy Secretary-General of …": a person's appositive title, not a dateline
      if (e + 1 < n() && t_[e].text == ",")
        for (const auto& m : matches_at(e + 1))
          if (lex_.entry(m.entry).kind == LexKind::title) return false;
      return e < n() && (t_[e].text == "," || t_[e].text == "." || t_[e].text == "-" || t_[e].text == ":") &&
             (is_all_caps(t_[0].text) || e + 1 >= n() || t_[e + 1].cap || t_[e].text != ",");
    }
    std::size_t p = b - 1;
    if (is(t_[p], "the") && p > 0) --p;
    if (is_any(t_[p], lex_.words(Words::location_prepositions))) return true;
    // "scheduled for Brussels", "set for Geneva"
    if (is(t_[p], "for") && p > 0 && is_any(t_[p - 1], lex_.words(Words::scheduled_for))) return true;
    if (is_any(t_[p], lex_.words(Words::visit))) return true;  // "visited Seoul": the city
    // "leaves Kabul for Doha": the cities travelled from and to
    if (is_any(t_[p], lex_.words(Words::leave))) return true;
    if (is(t_[p], "for") && p >= 2 && (is_any(t_[p - 2], lex_.words(Words::leave)) || (p >= 3 && is_any(t_[p - 3], lex_.words(Words::leave))))) return true;
    if (is(t_[p], "by") && p > 0 && is(t_[p - 1], "hosted")) return true;
    if (after_listed_location(b - 1, e)) return true;
    if (is(t_[p], "of") && p > 0 &&
        (is(t_[p - 1], "south") || is(t_[p - 1], "north") || is(t_[p - 1], "east") || is(t_[p - 1], "west") ||
         is(t_[p - 1], "island") || is(t_[p - 1], "city") || is(t_[p - 1], "outskirts")))
      return true;
    // "the Vienna talks", "a Geneva summit": the city where they meet
    if (e < n() && !t_[e].cap) {
      if (is_any(t_[e], lex_.words(Words::events))) return true;
    }
    // "Honolulu, Hawaii" / "Busan, South Korea"
    if (e + 1 < n() && t_[e].text == ",") {
      for (const auto& m : matches_at(e + 1)) {
        const auto k = lex_.entry(m.entry).kind;
        if (k == LexKind::country || k == LexKind::region) return true;
      }
    }
    return false;
  }

  // A place that is not a country, named before token p as the previous item of a list
  // ("in Washington, Seoul and Seattle": Seattle is a location like Washington).
  // After a comma the item must go on the list ("in Mexico City, Nylander read …" is no list).
  bool after_listed_location(std::size_t p, std::size_t item_end) const {
    if (!(t_[p].text == "," || is(t_[p], "and") || is(t_[p], "or"))) return false;
    // the item is not the first word of a longer name: "the Caribbean and Central American states"
    if (item_end < n() && t_[item_end].cap) return false;
    if (t_[p].text == "," && !(item_end < n() && (t_[item_end].text == "," || is(t_[item_end], "and") ||
                                                  is(t_[item_end], "or"))))
      return false;
    if ((is(t_[p], "and") || is(t_[p], "or")) && p > 0 && t_[p - 1].text == ",") --p;  // "A, B, and C"
    for (const auto& m : s_.mentions) {
      if (m.tok_end != p || m.type != EntityType::place || m.government) continue;
      auto c = lex_.country_by_code(m.country);
      return !(c && lex_.entry(*c).name == m.name);
    }
    return false;
  }

  // Whether a country or region starts at token k, or a compass word and one ("South Lebanon").
  bool place_at(std::size_t k) const {
    for (std::size_t at = k; at <= k + 1 && at < n(); ++at) {
      if (at > k && !(t_[k].cap && (is(t_[k], "North") || is(t_[k], "South") || is(t_[k], "East") ||
                                    is(t_[k], "West"))))
        break;
      for (const auto& m : matches_at(at)) {
        const auto kind = lex_.entry(m.entry).kind;
        if (kind == LexKind::country || kind == LexKind::region) return true;
      }
    }
    return false;
  }

  // The end of a place named by a capitalised span [b, e) that is in no lexicon, where the words
  // around it say it is a place; 0 if they do not.
  std::size_t cued_place_end(std::size_t b, std::size_t e) const {
    if (e - b > 4 || ctx_.people.count(std::string(span_text(s_, b, e))) ||
        lex_.country_by_adjective(span_text(s_, b, e)))
      return 0;
    // "the Chenab basin", "the Hyatt Regency hotel": a head word in lower case after the name
    if (e < n() && !t_[e].cap && lex_.is_placehead(t_[e].text, false)) return e + 1;
    // "Kiru (624 MW)": a power plant by its capacity
    if (e + 3 < n() && t_[e].text == "(" && t_[e + 1].digit &&
        (t_[e + 2].text == "MW" || t_[e + 2].text == "GW" || is(t_[e + 2], "megawatts")))
      return e;
    if (b == 0) return 0;
    // "the border town of Naqoura", "the village of Panmunjom"
    if (b >= 2 && is(t_[b - 1], "of") && !t_[b - 2].cap && is_any(t_[b - 2], lex_.words(Words::settlements))) return e;
    // one word only: "in Washington and Andrea Hopkins in Ottawa" lists people after a place
    if (e == b + 1 && after_listed_location(b - 1, e)) return e;
    // "in Naqoura, South Lebanon": a location preposition before, a known wider place after
    std::size_t p = b - 1;
    if (is(t_[p], "the") && p > 0) --p;
    if (is_any(t_[p], lex_.words(Words::location_prepositions)) && !t_[p].cap && e + 1 < n() && t_[e].text == "," &&
        place_at(e + 1))
      return e;
    return 0;
  }

  // "South Lebanon", "eastern Ladakh", "the western Indian Ocean": a compass word before a known
  // place names a region of it. Records it over the compass word and the place [b, e) when the
  // compass word stands right before b (capitalised or not).
  bool compass_place(const LexEntry& entry, std::size_t b, std::size_t e) {
    if (b == 0 || used_[b - 1] || !is_any(t_[b - 1], lex_.words(Words::compass))) return false;
    // "north" in lower case is a direction ("north of Seoul"), "northern" a region
    if (!t_[b - 1].cap && !t_[b - 1].text.ends_with("ern")) return false;
    std::string word(t_[b - 1].text);
    word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    Mention m;
    m.type = EntityType::place;
    m.name = word + " " + entry.name;
    m.country = entry.kind == LexKind::country ? entry.attr("code") : entry.attr("country");
    // "the eastern Mediterranean": a region known under the compass name keeps the lexicon's name
    if (auto known = lex_.find(LexKind::region, word + " " + std::string(span_text(s_, b, e))))
      m.name = lex_.entry(*known).name;
    add(std::move(m), b - 1, e);
    return true;
  }

  // "the Inter-American Conference on Social Security (ISSC)": a name of three words or more
  // that the text abbreviates in brackets, each capital of the abbreviation an initial of the name
  // (in any order: names translated keep the original's), is a body.
  bool defined_body(std::size_t b, std::size_t e) {
    if (e + 2 >= n() || t_[e].text != "(" || t_[e + 2].text != ")" || !is_all_caps(t_[e + 1].text)) return false;
    const std::string_view abbr = t_[e + 1].text;
    if (abbr.size() < 3 || abbr.size() > 6) return false;
    // a meeting is no body ("Border Personnel Meeting (BPM) point")
    if (is_any(t_[e - 1], lex_.words(Words::meeting_names)) || (e + 3 < n() && t_[e + 3].word && !t_[e + 3].cap &&
                                       lex_.is_placehead(t_[e + 3].text, false)))
      return false;
    std::string initials;
    std::size_t words = 0;
    for (std::size_t k = b; k < e; ++k)
      if (t_[k].cap && t_[k].word) initials += t_[k].text[0], words += t_[k].space_before || k == b;
    if (words < 3 || ctx_.people.count(std::string(span_text(s_, b, e)))) return false;
    // a body says so by a head word ("Conference", "Commission", "Mechanism"): a policy, a right,
    // a line or a dam abbreviated the same way is none ("Common Agricultural Policy (CAP)")
    bool body = false;
    for (std::size_t k = b; k < e && !body; ++k) body = lex_.is_orghead(t_[k].text) || is(t_[k], "Conference");
    if (!body) return false;
    for (char c : abbr) {
      const auto at = initials.find(c);
      if (at == std::string::npos) return false;
      initials.erase(at, 1);
    }
    Mention m;
    m.type = EntityType::agency;
    m.name = std::string(span_text(s_, b, e));
    add(std::move(m), b, e);
    abbreviation_after(s_.mentions.back(), e);
    return true;
  }

  // "hold the session at the Korea Institute for Defense Analyses in Seoul": a body with a
  // building of its own, where a meeting is held, is the venue (a place).
  bool venue_of_meeting(std::size_t b, std::size_t e) const {
    bool building = false;
    for (std::size_t k = b; k < e; ++k) building = building || is_any(t_[k], lex_.words(Words::buildings));
    std::size_t p = b;
    if (p > 0 && is(t_[p - 1], "the")) --p;
    if (!building || p == 0 || !is(t_[p - 1], "at")) return false;
    for (std::size_t k = p >= 10 ? p - 10 : 0; k + 1 < p; ++k)
      if (!t_[k].cap && is_any(t_[k], lex_.words(Words::hosting))) return true;
    return false;
  }

  // A capitalised span [b, e) that is a compass word and a known place ("South Lebanon").
  bool compass_span(std::size_t b, std::size_t e) {
    if (e < b + 2) return false;
    for (const auto& m : matches_at(b + 1)) {
      const LexEntry& entry = lex_.entry(m.entry);
      const bool is_place = entry.kind == LexKind::country || entry.kind == LexKind::region ||
                            entry.kind == LexKind::city;
      if (is_place && b + 1 + m.length == e && compass_place(entry, b + 1, e)) return true;
    }
    return false;
  }

  // Whether only a date (and the word "date") stands before token b: "date 2022-05-31 New Delhi:",
  // a dateline after a printed date.
  bool after_leading_date(std::size_t b) const {
    if (b == 0 || b > 6) return false;
    for (std::size_t k = 0; k < b; ++k)
      if (!used_[k] && !is(t_[k], "date")) return false;
    for (const auto& m : s_.mentions)
      if (m.type == EntityType::date && m.tok_end == b) return true;
    return false;
  }

  void place(const LexEntry& entry, std::size_t b, std::size_t e) {
    if (entry.kind == LexKind::country) ++ctx_.country_counts[entry.attr("code")];
    if (entry.kind == LexKind::country && !location_context(b, e)) ++ctx_.actor_counts[entry.attr("code")];
    // "the Indus treaty talks", "the Paris accord": a river or city naming an agreement is no place
    // (written with its head word it still is one: "the Nile River agreement")
    if ((entry.kind == LexKind::region || entry.kind == LexKind::city) && e < n() && !t_[e].cap &&
        is_any(t_[e], lex_.words(Words::agreement_nouns)) && !lex_.is_placehead(t_[e - 1].text, false))
      return;
    Mention m;
    m.type = EntityType::place;
    m.name = entry.name;
    m.country = entry.kind == LexKind::country ? entry.attr("code") : entry.attr("country");
    if (entry.kind == LexKind::country) {
      ctx_.countries_seen.insert(m.country);
    } else {
      if (const auto ll = entry.coordinates()) {
        m.lat = ll->first;
        m.lon = ll->second;
      }
    }
    if (entry.kind == LexKind::venue && entry.attr("seat") == "1" && !location_context(b, e)) {
      // "the White House said": the government, an alias of the country
      if (auto c = lex_.country_by_code(entry.attr("country"))) {
        m.name = lex_.entry(*c).name;
        m.lat.reset();
        m.lon.reset();
        m.government = true;
        ctx_.countries_seen.insert(m.country);
      }
    }
    if (entry.kind == LexKind::city) {
      const std::string_view text = span_text(s_, b, e);
      // "from March 6-7": a month is no town (March, Cambridgeshire) whatever the preposition;
      // "Mora, Deputy Secretary-General …": the article's person
      if (e == b + 1 && entry.attr("curated").empty() && is_calendar_name(t_[b].text)) return;
      if (!known(std::string(text)).empty()) return;
      const auto capital_of = lex_.country_by_capital(entry.name);
      const bool at_place = location_context(b, e);
      const std::string body = entry.attr("seat_of");
      if (!body.empty() && !at_place) {
        // "a deal with Brussels": the body seated there (the European Union), not Belgium
        if (auto a = lex_.find(LexKind::agency, body)) {
          Mention g;
          g.type = EntityType::agency;
          g.name = lex_.entry(*a).name;
          g.surface = std::string(span_text(s_, b, e));
          add(std::move(g), b, e);
          return;
        }
      }
      if (capital_of && !at_place) {
        // "Seoul and Washington are deadlocked": the government, an alias of the country.
        const LexEntry& c = lex_.entry(*capital_of);
        m.name = c.name;
        m.country = c.attr("code");
        m.lat.reset();
        m.lon.reset();
        m.government = true;
        ctx_.countries_seen.insert(m.country);
      } else if (!capital_of && !at_place && entry.attr("curated").empty() && entry.population < 1000000) {
        return;  // a lesser-known city name outside a location context is too often a word or name
      }
      if (is_all_caps(text) && text.size() > 3) m.surface = title_case(text);
    }
    add(std::move(m), b, e);
  }

  // "the Obama administration", "the Ivan Petrov Administration": a leader's government is the
  // country (guidelines), known when the article gave the leader a country's title ("Russian
  // President Ivan Petrov"); else no node at all (neither the leader's name a place nor an agency).
  // Returns the end of the phrase starting at i, or 0.
  std::size_t leader_government(std::size_t i) {
    if (!t_[i].cap || (i > 0 && t_[i - 1].cap && !is(t_[i - 1], "the"))) return 0;
    std::size_t e = i;
    while (e < n() && e < i + 3 && t_[e].cap && t_[e].word && !is(t_[e], "administration")) ++e;
    if (e == i || e >= n() || !is(t_[e], "administration")) return 0;
    if (t_[e].cap && !ctx_.people.count(std::string(span_text(s_, i, e)))) return 0;  // "Drug Enforcement Administration"
    for (std::size_t k = i; k < e; ++k)
      if (lex_.is_orghead(t_[k].text) || lex_.is_stopword(t_[k].text)) return 0;
    const std::string_view name = span_text(s_, i, e);
    if (lex_.country_by_adjective(name)) return 0;  // "the U.S. administration": government_of
    for (const auto& m : matches_at(i)) {
      const auto kind = lex_.entry(m.entry).kind;
      if (kind == LexKind::country || kind == LexKind::agency) return 0;
    }
    std::string full = ctx_.people.count(std::string(name)) ? std::string(name) : known(std::string(name));
    auto it = ctx_.person_country.find(full);
    auto c = it == ctx_.person_country.end() ? std::nullopt : lex_.country_by_code(it->second);
    if (!c) {
      claim(i, e + 1);
      return e + 1;
    }
    Mention g;
    g.type = EntityType::place;
    g.name = lex_.entry(*c).name;
    g.country = it->second;
    g.government = true;
    add(std::move(g), i, e + 1);
    return e + 1;
  }

  // "the National Assembly", "Parliament", "the parliament": a bare legislature is the one of
  // the country named last before it in the sentence, else of the article's most named country;
  // named "<word> of <country>" unless the lexicon knows it otherwise ("Hellenic Parliament").
  // Returns the end of the phrase starting at i, or 0.
  std::size_t legislature(std::size_t i, bool name_follows = false, std::optional<std::uint32_t> c = std::nullopt) {
    std::size_t e = i;
    std::string word;
    if (is(t_[i], "parliament")) {
      e = i + 1, word = "Parliament";
    } else if (is(t_[i], "national") && i + 1 < n() && is(t_[i + 1], "assembly") && t_[i].cap == t_[i + 1].cap) {
      e = i + 2, word = "National Assembly";
    } else {
      return 0;
    }
    // part of a longer name ("Kurdistan Parliament", "National Assembly Speaker")
    if (i > 0 && t_[i - 1].cap && !is(t_[i - 1], "the")) return 0;
    if (e < n() && t_[e].cap && !t_[e].digit && !is(t_[e], "of") && !name_follows) return 0;
    if (e + 1 < n() && is(t_[e], "of") && t_[e + 1].cap) return 0;  // "Parliament of Ghana": the name itself
    if (!t_[i].cap && (i == 0 || !is(t_[i - 1], "the"))) return 0;  // "a parliament", "parliament members"
    // the country named last before it in the sentence, by name or adjective ("the Nigerian
    // Constitution … the National Assembly")
    std::size_t last = 0;
    for (const auto& m : s_.mentions)
      if (m.tok_end <= i && !m.country.empty() && (m.type == EntityType::place || m.delegation) && !name_follows)
        if (auto mc = lex_.country_by_code(m.country); mc && (m.delegation || lex_.entry(*mc).name == m.name))
          c = mc, last = m.tok_end;
    Mention m;
    m.type = EntityType::agency;
    // a legislature named before in the article ("the European Parliament … the parliament")
    if (!c && !ctx_.legislature.empty() && ctx_.legislature.find(word) != std::string::npos) {
      m.name = ctx_.legislature;
      add(std::move(m), i, e);
      return e;
    }
    // a country's adjective in the sentence, before it or else after it ("… the National Assembly
    // ratifies …, in line with … the Nigerian Constitution")
    for (std::size_t k = last; k < i && !name_follows; ++k)
      if (t_[k].cap && !used_[k])
        if (auto adj = lex_.country_by_adjective(t_[k].text)) c = adj;
    for (std::size_t k = e; k < n() && !c && !name_follows; ++k)
      if (t_[k].cap) c = lex_.country_by_adjective(t_[k].text);
    if (!c) c = article_country();
    if (!c) return 0;
    m.name = word + " of " + with_article(lex_.entry(*c));
    if (auto known = lex_.find(LexKind::agency, m.name)) m.name = lex_.entry(*known).name;
    m.country = lex_.entry(*c).attr("code");
    ctx_.legislature = m.name;
    add(std::move(m), i, e);
    return e;
  }

  // "the office of the President of the Kurdistan Region": a head's office is a body, named
  // "Office of the <title> of <X>". Returns the end of the phrase starting at i, or 0.
  std::size_t office_of(std::size_t i) {
    if (t_[i].cap || !is(t_[i], "office") || i == 0 || !is(t_[i - 1], "the") || !word_at(i + 1, "of") ||
        !word_at(i + 2, "the"))
      return 0;
    for (const auto& tm : matches_at(i + 3)) {
      const LexEntry& title = lex_.entry(tm.entry);
      if (title.kind != LexKind::title || title.attr("role") != "head") continue;
      std::size_t q = i + 3 + tm.length;
      if (!word_at(q, "of")) continue;
      std::size_t b = q + 1;
      if (word_at(b, "the")) ++b;
      const std::size_t e = cap_span_end(b);
      if (e == b || e > b + 5) return 0;
      Mention m;
      m.type = EntityType::agency;
      m.name = "Office of the " + std::string(span_text(s_, i + 3, q)) + " of " + std::string(span_text(s_, q + 1, e));
      add(std::move(m), i, e);
      return e;
    }
    return 0;
  }

  // ---- the main walk ----
  // Handles the token at i; returns the next position.
  std::size_t at(std::size_t i) {
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
      for (std::size_t k = i + len; k < span_end; ++k)
        joined = joined || ((is(t_[k], "and") || t_[k].text == "&") && !one_body_over_and(i, k));
      if (span_end > i + len && !joined && (org_span(i, span_end) || agreement_span(i, span_end)))
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

  // Chooses among equally long lexicon matches and records the mention; false if none applies.
  bool lexicon(const std::vector<LexMatch>& matches, std::size_t b, std::size_t e) {
    static constexpr LexKind kPriority[] = {LexKind::country, LexKind::agency, LexKind::agreement,
                                            LexKind::title,   LexKind::city,   LexKind::region,
                                            LexKind::venue};
    for (LexKind want : kPriority) {
      for (const auto& m : matches) {
        const LexEntry& entry = lex_.entry(m.entry);
        if (entry.kind != want) continue;
        switch (want) {
          case LexKind::country:
          case LexKind::region:
          case LexKind::venue:
          case LexKind::city: {
            if (want != LexKind::venue && compass_place(entry, b, e)) return true;
            const std::size_t before = s_.mentions.size();
            place(entry, b, e);
            if (s_.mentions.size() == before) continue;
            return true;
          }
          case LexKind::agency: {
            Mention mm;
            mm.type = venue_of_meeting(b, e) ? EntityType::place : EntityType::agency;
            mm.name = entry.name;
            mm.country = entry.attr("country");
            mm.outlet = entry.attr("outlet") == "1";
            if (mm.name.find("Parliament") != std::string::npos || mm.name.find("Assembly") != std::string::npos ||
                mm.name.find("Congress") != std::string::npos)
              ctx_.legislature = mm.name;  // what a later bare "the parliament" refers to
            add(std::move(mm), b, e);
            abbreviation_after(s_.mentions.back(), e);
            inner_agreement(b, e);
            return true;
          }
          case LexKind::agreement: {
            agreement(entry.name, b, e);
            return true;
          }
          case LexKind::title:
            return title(b, e, m.entry);
          default:
            break;
        }
      }
    }
    return false;
  }

  // An agreement mention over [b, e), with an ordinal just before making it an instance.
  void agreement(const std::string& series, std::size_t b, std::size_t e) {
    Mention m;
    m.type = EntityType::agreement;
    m.series = series;
    m.name = series;
    std::size_t start = b;
    if (b > 0 && lex_.ordinal(t_[b - 1].text) > 0 && !used_[b - 1]) {
      m.ordinal = lex_.ordinal(t_[b - 1].text);
      m.name = ordinal_suffix(m.ordinal) + " " + series;
      start = b - 1;
    } else if (b > 0 && is_any(t_[b - 1], lex_.words(Words::agreement_modifiers))) {
      m.modifier = lower(t_[b - 1].text);
    } else if (b > 1 && t_[b - 1].word && !t_[b - 1].cap && is_any(t_[b - 2], lex_.words(Words::agreement_modifiers))) {
      m.modifier = lower(t_[b - 2].text);
    }
    if (b > 0 && !t_[b - 1].cap && t_[b - 1].word && m.modifier.empty() && !m.ordinal &&
        (b < 2 || is(t_[b - 2], "the")))
      m.modifier = lower(t_[b - 1].text);  // "the five-year SMA"
    add(std::move(m), start, e);
    abbreviation_after(s_.mentions.back(), e);
  }

  // A title: a person name should follow. Returns true (the title is consumed).
  bool title(std::size_t b, std::size_t e, std::uint32_t entry) {
    claim(b, e);
    std::size_t p = e;
    // Portfolio after the title: "Special Presidential Envoy for Arms Control Marshall Billingslea".
    // A portfolio of two departments goes on after "and": "Minister of Industry and Trade …" (the
    // lexicon's title may hold the first: "Minister of Industry").
    bool in_portfolio = false;
    for (std::size_t k = b; k < e; ++k) in_portfolio = in_portfolio || is(t_[k], "of") || is(t_[k], "for");
    auto department = [&](std::size_t k) { return !lex_.ministry_for(lower(t_[k].text)).empty(); };
    const bool portfolio = word_at(p, "for") || word_at(p, "of") || (in_portfolio && word_at(p, "and") && department(p - 1));
    // "Special Envoy to Syria Geir Pedersen": a posting to a country or body, then the name
    if (word_at(p, "to") && !portfolio) {
      std::size_t q = p + 1 + (word_at(p + 1, "the") ? 1 : 0);
      for (const auto& m : longest_at(q)) {
        const LexKind k = lex_.entry(m.entry).kind;
        if (k != LexKind::country && k != LexKind::agency) continue;
        const std::size_t name_b = q + m.length, name_e = cap_span_end(name_b);
        bool named_thing = false;  // (a city's name may be a given name too: "Amara")
        for (const auto& x : longest_at(name_b)) named_thing = named_thing || lex_.entry(x.entry).kind != LexKind::city;
        if (name_e >= name_b + 2 && name_e <= name_b + 3 && !named_thing)
          person(name_b, name_e, /*evidence=*/true, static_cast<int>(entry), b);
        break;
      }
      return true;
    }
    std::size_t end = portfolio ? cap_span_end(p + 1) : cap_span_end(p);
    if (end == p) return true;
    std::size_t name_b = p;
    if (portfolio && end == p + 1) {
      // a portfolio in lower case: "Deputy Secretary of state for arms control and international
      // security Andrea Thompson"
      std::size_t q = p + 1;
      while (q < n() && q < p + 12 && t_[q].word && !t_[q].cap && !t_[q].digit) ++q;
      // "President of the National Assembly Jorge Rodriguez": the legislature, then the name
      if (q < n() && q == p + 2 && is(t_[q - 1], "the"))
        if (const std::size_t le = legislature(q, /*name_follows=*/true,
                                               b > 0 ? lex_.country_by_adjective(t_[b - 1].text) : std::nullopt)) {
          const std::size_t name_e = cap_span_end(le);
          if (name_e >= le + 2 && name_e <= le + 3) person(le, name_e, /*evidence=*/true, static_cast<int>(entry), b);
          return true;
        }
      // not a body or place: "President of the Kurdistan Region", "for relations with Russia …"
      if (q >= n() || !t_[q].cap || is(t_[q - 1], "the") || !matches_at(q).empty()) return true;
      const std::size_t name_e = cap_span_end(q);
      if (name_e >= q + 2 && name_e <= q + 3) person(q, name_e, /*evidence=*/true, static_cast<int>(entry), b);
      return true;
    }
    if (portfolio) {
      if (end > p + 1 && word_at(end, "and") && department(end - 1) && end + 1 < n() && t_[end + 1].cap &&
          !used_[end + 1])
        end = cap_span_end(end + 1);
      // the portfolio keeps at least one word: "Envoy for Arms Control" names nobody
      name_b = end >= p + 4 ? end - 2 : end;
      if (end >= p + 4 && t_[end - 2].text.size() == 2 && t_[end - 2].text[1] == '.') name_b = end - 3;
      // a portfolio that ends in a ministry's word ends there: "Minister of Industry and Trade
      // Vu Huy Hoang" (a name of three words)
      for (std::size_t cut = end - 2; cut >= p + 2 && cut + 4 > end && end >= p + 4; --cut)
        if (!lex_.ministry_for(lower(t_[cut - 1].text)).empty() ||
            !lex_.ministry_for(lower(span_text(s_, cut - 2, cut))).empty()) {
          name_b = cut;
          break;
        }
    }
    // Another title may follow ("Deputy" + "Foreign Minister"): let the walk see it. A rank
    // after a post ("Corps Commander Lt General Harinder Singh") is passed over: the post says more.
    for (bool again = true; again;) {
      again = false;
      // "Deputy Prime Ministers Mher Grigorian and …": a plural title is no name either
      if (const std::size_t plural = plural_title(name_b); plural > 0 && name_b + plural + 2 <= end) {
        name_b += plural;
        again = true;
        continue;
      }
      for (const auto& m : longest_at(name_b)) {
        if (lex_.entry(m.entry).kind != LexKind::title) continue;
        if (lex_.entry(m.entry).attr("role") != "honorific") return true;
        // (a rank written with a period ends the capitalised run: "Commander Gen. Robert Abrams")
        const std::size_t nb = name_b + m.length, ne = std::max(end, cap_span_end(nb));
        if (nb + 2 > ne) return true;
        name_b = nb;
        end = ne;
        again = true;
        break;
      }
    }
    std::size_t words = 0;  // particles do not count: "Luiz Inacio Lula da Silva"
    for (std::size_t k = name_b; k < end; ++k) words += !is_any(t_[k], lex_.words(Words::connectors));
    if (words > 4 || end <= name_b) return true;
    person(name_b, end, /*evidence=*/true, static_cast<int>(entry), b);
    return true;
  }

  // "Presidents", "Ministers": the plural of a title.
  // Tokens of a plural title starting at k ("Presidents": 1, "Prime Ministers": 2), 0 if none.
  std::size_t plural_title(std::size_t k) const {
    for (std::size_t len = 1; len <= 2 && k + len <= n(); ++len) {
      const std::string_view w = t_[k + len - 1].text;
      // "Presidents", "FMs" (an abbreviation's plural)
      if (w.size() < 3 || w.back() != 's' || (w.size() == 3 && !is_all_caps(w.substr(0, 2)))) continue;
      const std::string singular = (len == 2 ? std::string(t_[k].text) + " " : std::string()) +
                                   std::string(w.substr(0, w.size() - 1));
      if (lex_.find(LexKind::title, singular)) return len;
    }
    return 0;
  }

  // End (exclusive) of the capitalised span starting at i (i itself if none).
  std::size_t cap_span_end(std::size_t i) const {
    // No name is longer than this; the bound keeps a line of endless capitals linear.
    constexpr std::size_t kMaxSpan = 16;
    std::size_t j = i;
    while (j < n() && !used_[j] && j - i < kMaxSpan) {
      const Token& t = t_[j];
      // "Toronto-based", "Russian-proposed": an adjective ends the span it is in (span() drops it)
      if (t.cap && t.word && compound_adjective(t.text)) { ++j; break; }
      // a headline's capitalised small words part its names ("Get Out On Picket Lines")
      if (headline_ && j > i && t.cap && lex_.is_stopword(t.text)) break;
      if (t.cap && t.word) { ++j; continue; }
      // "St. Paul", "Mt. Kenya": an abbreviation's period inside a name
      if (j > i && t.text == "." && !t.space_before && j + 1 < n() && t_[j + 1].cap && !used_[j + 1] &&
          (t_[j - 1].text == "St" || t_[j - 1].text == "Mt" || t_[j - 1].text == "Ft")) {
        ++j;
        continue;
      }
      // "Armando Calderon Sol of El Salvador": a person's country follows the name, outside it
      // (not "Sea of Japan", "Gulf of Oman": a place's head word before "of")
      if (j > i && is(t, "of") && country_at(j + 1) && !org_span(i, j) && !place_span(i, j) &&
          !lex_.is_placehead(t_[j - 1].text, false))
        break;
      // "U.S. Department of the Interior", "UN Office of the High Commissioner": an organisation
      // goes on over "of the"
      if (j > i && is(t, "of") && j + 2 < n() && is(t_[j + 1], "the") && t_[j + 2].cap && !used_[j + 2] &&
          lex_.is_orghead(t_[j - 1].text) &&
          !(j + 3 < n() && !t_[j + 3].cap && lex_.country_by_adjective(t_[j + 2].text))) {  // "of the Syrian government"
        j += 2;
        continue;
      }
      if (t.digit && j == i && lex_.ordinal(t.text)) { ++j; continue; }
      // "Norbord Inc and Canfor Corp", "the Partnership Agreement and Protocol": a name that has
      // ended on its head word is not continued by "and"
      if (j > i && is_any(t, lex_.words(Words::connectors)) && j + 1 < n() && t_[j + 1].cap && !used_[j + 1] &&
          !is_calendar_name(t_[j + 1].text) &&
          !(is(t, "and") && ((person_like(i, j) && !one_body_over_and(i, j)) || lex_.is_orghead(t_[j - 1].text) ||
                             lex_.is_agreementhead(t_[j - 1].text)))) {
        ++j;
        continue;
      }
      // an Arabic article joined by a hyphen: "Mustafa al-Kadhemi", "Nimr al-Nimr"
      if (j > i && (is(t, "al") || is(t, "el")) && j + 2 < n() && t_[j + 1].text == "-" &&
          !t_[j + 1].space_before && t_[j + 2].cap && !t_[j + 2].space_before && !used_[j + 2]) {
        j += 3;
        continue;
      }
      // two particles in a row: "Juan de la Torre", "Ursula von der Leyen"
      if (j > i && !is(t, "and") && is_any(t, lex_.words(Words::connectors)) && j + 2 < n() && is_any(t_[j + 1], lex_.words(Words::connectors)) &&
          !is(t_[j + 1], "and") && t_[j + 2].cap && !used_[j + 2]) {
        j += 2;
        continue;
      }
      // "Federal Mediation & Conciliation Service": one body over a spaced ampersand too
      if (j > i && t.text == "&" && t.space_before && j + 1 < n() && t_[j + 1].cap && one_body_over_and(i, j)) {
        ++j;
        continue;
      }
      if (j > i && (t.text == "-" || t.text == "&") && !t.space_before && j + 1 < n() && t_[j + 1].cap &&
          !t_[j + 1].space_before && !glued_dateline(i, j)) {
        ++j;
        continue;
      }
      break;
    }
    // A span never ends on a connector.
    while (j > i && (is_any(t_[j - 1], lex_.words(Words::connectors)) || t_[j - 1].text == "-")) --j;
    return j;
  }

  // "Airlines of ASEAN and the EU will …": a sentence's first word, capitalised as such, a plural
  // before "of" and a body the lexicon knows, is a common noun; the body is named on its own.
  // Returns where the body starts (the caller goes on there), else 0.
  std::size_t plural_of_known(std::size_t b, std::size_t e) const {
    const bool first = b == 0 || (b == 1 && !t_[0].word);
    if (!first || e < b + 3 || !is(t_[b + 1], "of") || !t_[b].text.ends_with("s") || t_[b].text.ends_with("ss"))
      return 0;
    for (const auto& lm : matches_at(b + 2))
      if (lex_.entry(lm.entry).kind == LexKind::agency && b + 2 + lm.length == e) return b + 2;
    return 0;
  }

  // "ANKARA-Anadolu Agency": a shouted dateline city glued by a hyphen to the line's first name
  // ("NATO-Russia Council" is one name: NATO is no city).
  bool glued_dateline(std::size_t i, std::size_t dash) const {
    if (i != 0 || dash != 1 || !is_all_caps(t_[0].text) || is_all_caps(t_[2].text)) return false;
    for (const auto& lm : matches_at(0))
      if (lm.length == 1 && lex_.entry(lm.entry).kind == LexKind::city) return true;
    return false;
  }

  // A capitalised common word, never part of a person's name: "Draft", "Rights", or a
  // department's word ("Trade", "Finance").
  bool common_word(std::size_t k) const {
    const Token& t = t_[k];
    if (!t.cap || !t.word) return false;
    return lex_.is_nonname(t.text) || !lex_.ministry_for(t.text).empty();
  }

  // A span shaped as a place's name: "Galwan Valley", "Havana Convention Center", "Mount Kenya".
  bool place_span(std::size_t b, std::size_t e) const {
    if (e <= b + 1 || !t_[e - 1].cap) return false;
    if (lex_.is_placehead(t_[e - 1].text, false)) return true;
    if (lex_.is_placehead(span_text(s_, e - 2, e), false)) return true;
    if (e > b + 2 && is(t_[b + 1], "of") && lex_.is_placehead(t_[b].text, false)) return true;  // "Gulf of Guinea"
    return lex_.is_placehead(t_[b].text, true) && !org_span(b, e) && !agreement_span(b, e);
  }

  // "Lansing-based", "Russian-proposed", "Commander-level": a compound adjective, no name.
  bool compound_adjective(std::string_view w) const {
    const auto dash = w.rfind('-');
    if (dash == std::string_view::npos || dash + 1 >= w.size()) return false;
    return lex_.words(Words::compound_tails).holds_exactly(w.substr(dash + 1));
  }

  // A country's name starting at token k ("Ecuador", "El Salvador").
  bool country_at(std::size_t k) const {
    if (k >= n() || !t_[k].cap) return false;
    for (const auto& m : matches_at(k))
      if (lex_.entry(m.entry).kind == LexKind::country) return true;
    return false;
  }

  // "Federal Mediation and Conciliation Service", "Fire and Fury Corps": the words before "and"
  // (at `conj`) are no name of their own, and those after end in an organisation's head word.
  bool one_body_over_and(std::size_t b, std::size_t conj) const {
    std::size_t r = conj + 1;  // up to the first head word: "Fire and Fury Corps Commander …"
    while (r < n() && t_[r].cap && t_[r].word && !used_[r] && r < conj + 5 && !lex_.is_orghead(t_[r - 1].text)) ++r;
    if (r == conj + 1 || !lex_.is_orghead(t_[r - 1].text)) return false;
    if (b > 0 && used_[b - 1]) return false;  // a name after a title: "President Joe Biden and Central Bank …"
    // neither side holds a name the lexicon knows ("Arms Control and US Air Force")
    for (std::size_t k = b; k < r; ++k) {
      if (k == conj) continue;
      if (!t_[k].cap || lex_.is_stopword(t_[k].text) || (k < conj && lex_.is_orghead(t_[k].text))) return false;
      for (const auto& m : matches_at(k))  // (a city's name is often a word too: "Federal")
        if (lex_.entry(m.entry).kind != LexKind::city) return false;
    }
    const std::string left(span_text(s_, b, conj));
    return !ctx_.people.count(left) && known(left).empty();
  }

  bool person_like(std::size_t b, std::size_t e) const {
    return e > b && !org_span(b, e) && !agreement_span(b, e);
  }

  bool org_span(std::size_t b, std::size_t e) const {
    if (e <= b) return false;
    if (lex_.is_orghead(t_[e - 1].text)) return true;
    if (e - b >= 2 && lex_.is_orghead(std::string(span_text(s_, e - 2, e)))) return true;
    // "Bureau of Political-Military Affairs", "Department for Business and Trade",
    // "Directorate-General for Trade" (a head in two words joined by a hyphen)
    for (std::size_t k = b; k + 1 < e; ++k) {
      std::size_t after = k + 1;
      if (after + 2 < e && t_[after].text == "-" && !t_[after].space_before &&
          lex_.is_orghead(std::string(span_text(s_, k, after + 2))))
        after += 2;
      const bool head = lex_.is_orghead(t_[k].text) ||
                        (k > b && lex_.is_orghead(std::string(span_text(s_, k - 1, k + 1))));  // "Episcopal Conference of …"
      if (head && (is(t_[after], "of") || is(t_[after], "for"))) return true;
    }
    return false;
  }

  bool agreement_span(std::size_t b, std::size_t e) const {
    return e > b + 1 && lex_.is_agreementhead(t_[e - 1].text);
  }

  // A capitalised span [b, e) not in the lexicon.
  // "at the Presidential Palace", "in the Edsa Room", "at Camp Aguinaldo": a named venue (two
  // words at least, a venue head word ending or starting it) where a place is expected.
  // Returns the venue's end ("at the Hyatt Regency hotel" takes in the lower-case head), or 0.
  std::size_t venue_end(std::size_t b, std::size_t e) const {
    // "at the Swiss resort of Mont Pelerin": a country's adjective names no venue
    if (!location_context(b, e) || lex_.country_by_adjective(span_text(s_, b, e))) return 0;
    if (e < n() && !t_[e].cap && lex_.is_venuehead(t_[e].text)) return e + 1;
    if (e >= b + 2 && (lex_.is_venuehead(t_[e - 1].text) || lex_.is_venuehead(t_[b].text, true))) return e;
    return 0;
  }

  std::size_t span(std::size_t b, std::size_t e) {
    // Sentence-initial or stop words are not part of names ("The", "Since", "Meanwhile"), nor
    // are trailing ones ("Mari Koseki Tel: …").
    const std::size_t span_end = e;
    bool titled = false;  // "Presidents Donald Trump and Xi Jinping"
    for (;;) {
      if (b < e && (lex_.is_stopword(t_[b].text) || is(t_[b], "the"))) {
        ++b;
      } else if (const std::size_t plural = b < e ? plural_title(b) : 0) {
        b += plural;
        titled = true;
      } else {
        break;
      }
    }
    // "Heads of Government": a plural title's body is no name
    if (titled && b < e && is_any(t_[b], lex_.words(Words::connectors))) return span_end;
    // "Toronto-based", "Corp Commander-level": an adjective and what leads to it name nothing here
    if (b < e && compound_adjective(t_[e - 1].text)) return span_end;
    // a stop word ends no name, except the body's members of "Council of Ministers"
    while (e > b && lex_.is_stopword(t_[e - 1].text) &&
           !(e >= b + 3 && (is(t_[e - 2], "of") || is(t_[e - 2], "for")) && org_span(b, e)))
      --e;
    while (e > b && is_any(t_[e - 1], lex_.words(Words::connectors))) --e;
    if (b >= e) return span_end;
    // "the Economic Partnership Agreement Seychelles has with the EU": a country after an
    // agreement's head word is no part of its name
    if (e > b + 2 && lex_.is_agreementhead(t_[e - 2].text)) {
      for (const auto& lm : matches_at(e - 1))
        if (lm.length == 1 && lex_.entry(lm.entry).kind == LexKind::country) {
          span(b, e - 1);
          place(lex_.entry(lm.entry), e - 1, e);
          claim(b, e);
          return span_end;
        }
    }
    if (place_span(b, e)) {
      unknown_place(b, e);
      return e;
    }
    // A government is its country's place node: "Syrian Government", "Government of Canada".
    if (auto c = government_of(b, e)) {
      place(lex_.entry(*c), b, e);
      if (!s_.mentions.empty() && s_.mentions.back().tok_begin == b) s_.mentions.back().government = true;
      claim(b, e);
      return e;
    }
    // A title inside the span ("U.S. President Donald Trump" reached at "President"); not a
    // word of a company's name ("General Motors", "Major League Baseball Players Association").
    bool company = lex_.is_orghead(t_[e - 1].text);
    for (std::size_t k = b; k < e && company; ++k) company = !is_any(t_[k], lex_.words(Words::connectors));
    for (std::size_t k = b; k < e; ++k) {
      // the tail of a hyphenated word is no title: "Directorate-General for Trade"
      if (k > b && t_[k - 1].text == "-" && !t_[k].space_before) continue;
      auto ms = matches_at(k);
      for (const auto& m : ms) {
        if (lex_.entry(m.entry).kind != LexKind::title) continue;
        if (company && lex_.entry(m.entry).attr("role") == "honorific") continue;
        // "Office of the High Commissioner for Refugees": a title inside a body's name (not one after
        // "and": "… Leading Group and Vice Minister X")
        bool in_body = false;
        for (std::size_t q = b + 1; q + 1 < k && !in_body; ++q)
          in_body = (is(t_[q], "of") || is(t_[q], "for")) && lex_.is_orghead(t_[q - 1].text);
        if (in_body && !is(t_[k - 1], "and") && !is(t_[k - 1], "Vice")) continue;
        std::size_t left = k;  // "… Leading Group and Vice Minister X": the "and" joins no name
        while (left > b && (is_any(t_[left - 1], lex_.words(Words::connectors)) || is(t_[left - 1], "Vice"))) --left;
        // (not a service of no country before a rank: "Air Force Brigadier General X")
        if (left > b && !lex_.country_by_adjective(span_text(s_, b, left)) &&
            !lex_.is_orghead(std::string(span_text(s_, b, left))))
          span(b, left);
        title(k, k + m.length, m.entry);
        return std::max<std::size_t>(k + m.length, k + 1);
      }
    }
    if (const std::size_t ve = venue_end(b, e)) {
      Mention m;
      m.type = EntityType::place;
      m.name = std::string(span_text(s_, b, ve));
      add(std::move(m), b, ve);
      return ve;
    }
    if (const std::size_t rest = plural_of_known(b, e)) return rest;
    if (org_span(b, e)) {
      bool only_heads = true, shouting = e - b > 3;
      for (std::size_t k = b; k < e; ++k) {
        only_heads = only_heads && lex_.is_orghead(t_[k].text);
        shouting = shouting && !has_lower(t_[k].text);
      }
      const bool bare_ministry = e - b == 2 && is(t_[e - 1], "ministry");  // "Foreign Ministry" of no country
      // "the Association of Serb majority municipalities": a name cut off by the lower-case words
      // its nationality adjective describes is a description, not a body's name
      const bool cut_description = e < n() && t_[e].word && !t_[e].cap && !is_any(t_[e], lex_.words(Words::connectors)) &&
                                   lex_.country_by_adjective(t_[e - 1].text) && !lex_.is_orghead(t_[e - 1].text);
      only_heads = only_heads || cut_description;
      // "the Biden Administration": a government named by its leader, whose country is not said here
      if (is(t_[e - 1], "Administration") && e > b + 1 && !known(std::string(span_text(s_, b, e - 1))).empty())
        only_heads = true;
      // "the Biden Administration": one name-like word, not a field ("the Maritime Administration")
      if (is(t_[e - 1], "Administration") && e == b + 2 && b > 0 && is(t_[b - 1], "the") && has_lower(t_[b].text) &&
          !common_word(b) && !lex_.country_by_adjective(t_[b].text) && matches_at(b).empty())
        only_heads = true;
      if (only_heads || shouting || bare_ministry) {  // "News", "THIS PICTURE WAS PROVIDED BY A THIRD PARTY"
        claim(b, e);
        return e;
      }
      Mention m;
      m.type = venue_of_meeting(b, e) ? EntityType::place : EntityType::agency;
      m.name = std::string(span_text(s_, b, e));
      add(std::move(m), b, e);
      abbreviation_after(s_.mentions.back(), e);
      inner_agreement(b, e);
      claim(b, e);
      return e;
    }
    if (agreement_span(b, e)) {
      // A title-case headline running into a known agreement ("Envoy Sizes Up Ongoing Columbia
      // River Treaty"): the agreement is the known name, the words before it are no part of it.
      for (std::size_t k = b + 1; k + 1 < e; ++k)
        if (auto known = lex_.find(LexKind::agreement, span_text(s_, k, e))) {
          span(b, k);
          agreement(lex_.entry(*known).name, k, e);
          claim(b, e);
          return e;
        }
      // "a US Treaty arrangement", "the Iran Deal": a country and a head word describe a deal
      // of that country, they do not name one; the country stays a place
      if (e == b + 2 && !used_[b]) {
        for (const auto& lm : matches_at(b))
          if (lm.length == 1 && lex_.entry(lm.entry).kind == LexKind::country) {
            place(lex_.entry(lm.entry), b, b + 1);
            claim(b, e);
            return e;
          }
      }
      std::size_t start = b;
      if (lex_.ordinal(t_[b].text) > 0) ++start;
      used_[b] = false;
      agreement(std::string(span_text(s_, start, e)), start, e);
      claim(b, e);
      return e;
    }
    // "Teesta River", "Hamid Karzai International Airport", "Camp Aguinaldo": a place by its head word.
    if (e - b >= 2 && (lex_.is_placehead(t_[e - 1].text, false) || lex_.is_placehead(t_[b].text, true)) &&
        !ctx_.people.count(std::string(span_text(s_, b, e)))) {
      Mention m;
      m.type = EntityType::place;
      m.name = std::string(span_text(s_, b, e));
      add(std::move(m), b, e);
      return e;
    }
    if (compass_span(b, e)) return e;
    // "Chushul-Moldo Border Personnel Meeting (BPM) point": the name and its head, without the
    // bracketed abbreviation
    if (e + 3 < n() && t_[e].text == "(" && t_[e + 2].text == ")" && is_all_caps(t_[e + 1].text) &&
        t_[e + 3].word && !t_[e + 3].cap && lex_.is_placehead(t_[e + 3].text, false) && e - b <= 6) {
      Mention m;
      m.type = EntityType::place;
      m.name = std::string(span_text(s_, b, e)) + " " + std::string(t_[e + 3].text);
      add(std::move(m), b, e + 4);
      return e + 4;
    }
    // "the Iremmo institute", "the Hoover institution": a body by a lower-case head word after it
    bool named = true;  // "the Geneva-based institution" is no name
    for (std::size_t k = b; k < e; ++k) {
      const auto dash = t_[k].text.find('-');
      named = named && t_[k].cap && !(dash != std::string_view::npos && dash + 1 < t_[k].text.size() &&
                                      std::islower(static_cast<unsigned char>(t_[k].text[dash + 1])));
    }
    if (named && e < n() && !t_[e].cap && is_any(t_[e], lex_.words(Words::lower_bodies)) && b > 0 && is(t_[b - 1], "the") && e - b <= 3 &&
        !ctx_.people.count(std::string(span_text(s_, b, e))) && !lex_.country_by_adjective(span_text(s_, b, e))) {
      Mention m;
      m.type = EntityType::agency;
      m.name = std::string(span_text(s_, b, e + 1));
      add(std::move(m), b, e + 1);
      return e + 1;
    }
    if (const std::size_t pe = cued_place_end(b, e)) {
      Mention m;
      m.type = EntityType::place;
      m.name = std::string(span_text(s_, b, pe));
      add(std::move(m), b, pe);
      return pe;
    }
    // A defined abbreviation or a short reference to someone named before.
    if (e == b + 1) {
      if (auto it = ctx_.abbreviations.find(std::string(t_[b].text)); it != ctx_.abbreviations.end()) {
        Mention m = it->second;
        m.surface.clear();
        add(std::move(m), b, e);
        return e;
      }
      if (initials_body(b)) return e;
      if (is(t_[b], "North") || is(t_[b], "South")) {
        // "the North": the country "North …" named in the article
        if (b > 0 && is(t_[b - 1], "the") && (b + 1 >= n() || !t_[b + 1].cap)) {
          const std::string prefix = std::string(t_[b].text) + " ";
          for (const auto& code : ctx_.countries_seen) {
            auto c = lex_.country_by_code(code);
            if (c && lex_.entry(*c).name.rfind(prefix, 0) == 0) {
              place(lex_.entry(*c), b, e);
              return e;
            }
          }
        }
        return e;
      }
    }
    if (defined_body(b, e)) return e;
    // "JRC Executive Engineer Kazi Shahidur Rahman": a role word inside the span; the name follows.
    for (std::size_t k = e - 2; e >= b + 4 && k > b + 1 && k + 4 > e; --k)
      if (is_any(t_[k - 1], lex_.words(Words::person_before)) && !is_any(t_[k - 1], lex_.words(Words::connectors))) {
        initials_body(b);
        claim(b, k);
        person(k, e, /*evidence=*/true);
        return e;
      }
    // Two things joined by "and" that make no one organisation: "the Commission and Japan".
    for (std::size_t k = b + 1; k + 1 < e; ++k)
      if (is(t_[k], "and")) {
        span(b, k);
        return k + 1;
      }
    // "Tuxtla Gutierrez, the capital of …", "Kiru, a small town": a place by its apposition.
    if (place_apposition(e)) {
      unknown_place(b, e);
      return e;
    }
    // "Crans-Montana Switzerland": a place and its country, the comma left out.
    for (std::size_t k = b + 1; k < e && k <= b + 3 && place_head_of_country(b, k); ++k)
      for (const auto& m : matches_at(k))
        if (k + m.length == e && lex_.entry(m.entry).kind == LexKind::country && known(std::string(span_text(s_, b, k))).empty()) {
          unknown_place(b, k);
          return k;
        }
    // Long spans are no single name (connectors such as "da", "e" do not count).
    std::size_t words = 0;
    for (std::size_t k = b; k < e; ++k) words += !is_any(t_[k], lex_.words(Words::connectors));
    if (words > 5) return e;
    person(b, e, (s_.byline || titled) && e - b >= 2);
    return e;
  }

  // Words [b, k) that may name a place before its country: not a thing ("Economic Partnership
  // Agreement Seychelles"), a shouted word ("RELATED South Korea") or a compass word ("South Lebanon").
  bool place_head_of_country(std::size_t b, std::size_t k) const {
    // (nor a sentence's first word or a headline's: "Reiterating Armenia's …", "Oil-rich Qatar")
    bool first = true;  // a sentence's first word
    for (std::size_t q = 0; q < b && first; ++q) first = !t_[q].word;
    if (first || headline_ || org_span(b, k) || agreement_span(b, k)) return false;
    for (std::size_t q = b; q < k; ++q) {
      const std::string_view w = t_[q].text;
      const auto dash = w.find('-');
      if (w == "-" && q > b && !t_[q].space_before) continue;  // "Crans-Montana"
      if (!t_[q].cap || !has_lower(w) || lex_.is_stopword(w) || is_any(t_[q], lex_.words(Words::place_qualifiers)) || common_word(q) ||
          (dash != std::string_view::npos && dash + 1 < w.size() && !(w[dash + 1] >= 'A' && w[dash + 1] <= 'Z')))
        return false;
    }
    return true;
  }

  // ", the capital of", ", a small town": a place noun in the apposition after token e.
  bool place_apposition(std::size_t e) const {
    if (e + 2 >= n() || t_[e].text != "," || !(is(t_[e + 1], "the") || is(t_[e + 1], "a"))) return false;
    for (std::size_t k = e + 2; k < std::min(n(), e + 5); ++k) {
      if (t_[k].cap || !t_[k].word) return false;
      if (is_any(t_[k], lex_.words(Words::place_nouns))) return true;
    }
    return false;
  }

  // A place the lexicon does not know, named by its shape ("Galwan Valley").
  void unknown_place(std::size_t b, std::size_t e) {
    Mention m;
    m.type = EntityType::place;
    const std::string_view text = span_text(s_, b, e);
    m.name = is_all_caps(text) ? title_case(text) : std::string(text);
    add(std::move(m), b, e);
  }

  // Records a person over [b, e) if the evidence holds (or it is someone named before).
  void person(std::size_t b, std::size_t e, bool evidence, int title_entry = -1, std::size_t title_b = 0) {
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
    const bool cue = evidence || (words >= 2 && words <= 5 && person_cue(b, e));
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

  std::string known(const std::string& name) const { return known_full_name(ctx_, name); }

  // Words of a name, written apart: "Eid-al-Fitr" is one, "Hamad bin Khalifa al-Thani" three
  // (a lone particle such as "bin" or "da" is none).
  std::size_t name_words(std::size_t b, std::size_t e) const {
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
  bool outlet_slash_before(std::size_t b) const {
    if (b < 2 || t_[b - 1].text != "/") return false;
    for (const auto& m : s_.mentions)
      if (m.tok_end == b - 1 && m.outlet) return true;
    return false;
  }

  // Cues that a capitalised span [b, e) of 2+ words names a person.
  bool person_cue(std::size_t b, std::size_t e) const {
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
    if (b > 0) {
      const Token& p = t_[b - 1];
      if (!p.cap && is_any(p, lex_.words(Words::person_before))) return true;
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
      if (p.text == "," && b > 1 && is_any(t_[b - 2], lex_.words(Words::person_before))) return true;  // "his counterpart, X"
      if (p.text == "," && titled_body_before(b - 1)) return true;
      if (p.text == "(" && e < n() && t_[e].text == "/") return true;                // "(JOE KLAMAR / AFP)"
      // credit lines: "Author: Flyn Braun", "(AP Photo/Marco Ugarte)", "Courtesy Jane Doe"
      if (is_any(p, lex_.words(Words::credit_labels))) return true;
      if ((p.text == ":" || p.text == "/") && b > 1 && is_any(t_[b - 2], lex_.words(Words::credit_labels))) return true;
      // the speaker after a quotation: "… a deal," Laury Haytayan, director of …
      if ((p.text == "\"" || p.text == "\u201D") && b > 1 && t_[b - 2].text == "," && e < n() &&
          (t_[e].text == "," || is_any(t_[e], lex_.words(Words::speech_verbs))))
        return true;
      // "said Adel Bakawan of the Iremmo institute." (the speaker after the verb, closing the sentence)
      if ((is(p, "said") || is(p, "says")) && e - b <= 3 &&
          (e >= n() || t_[e].text == "," || t_[e].text == "." || is(t_[e], "of")))
        return true;
      if (p.text == "-" && p.space_before) {  // "Britain's Chief Negotiator for the FTA - Harjinder Kang"
        for (std::size_t k = b >= 8 ? b - 8 : 0; k + 1 < b; ++k)
          for (const auto& m : matches_at(k))
            if (lex_.entry(m.entry).kind == LexKind::title && lex_.entry(m.entry).attr("role") != "honorific") return true;
      }
    }
    if (e < n()) {
      const Token& a = t_[e];
      if (is_any(a, lex_.words(Words::speech_verbs))) return true;
      // a photo credit: "Bilal Hussein/AP", "Jane Doe / Reuters"
      if (a.text == "/" && e + 1 < n() && t_[e + 1].cap) {
        if (is_all_caps(t_[e + 1].text)) return true;
        for (const auto& m : matches_at(e + 1))
          if (lex_.entry(m.entry).attr("outlet") == "1") return true;
      }
      if (is_any(a, lex_.words(Words::lead_after)) && (e + 1 >= n() || !is(a, "will") || is(t_[e + 1], "lead") || is(t_[e + 1], "head")) &&
          (!is(a, "has") || (e + 1 < n() && (is(t_[e + 1], "led") || is(t_[e + 1], "headed")))))
        return true;
      // "Jeong Eun-bo (R)", "Mikhail Ulyanov (@Amb_Ulyanov)"; not "Pakal Dul (1,000 MW)"
      if (a.text == "(" && !(e + 1 < n() && t_[e + 1].digit)) return true;
      if (a.text == "@" || (e + 1 < n() && t_[e + 1].text == "@")) return true;  // byline e-mail
      if (is(a, "Tel")) return true;
      if (a.text == "," && e + 1 < n()) {
        const Token& x = t_[e + 1];
        // "Pangong Tso, the Galwan Valley and …": a list, unless a role follows ("X, the U.S. envoy")
        if (is(x, "the") && e + 2 < n() && t_[e + 2].cap) {
          std::size_t k = e + 2;
          bool role = false;  // "X, the KRG Representative to Washington"
          while (k < n() && (t_[k].cap || t_[k].text == "'s")) role = role || is_any(t_[k++], lex_.words(Words::person_before));
          if (!role && !role_after(k)) return false;
        }
        if (x.word && !x.cap && !x.digit && !is(x, "and") && !is(x, "or") && !is(x, "which") && !is(x, "where") &&
            !is(x, "who") && !is(x, "when") && !is(x, "but") && !is(x, "held") && !is(x, "based") &&
            !is_any(x, lex_.words(Words::not_appositive)))
          return true;
        for (const auto& m : matches_at(e + 1))
          if (lex_.entry(m.entry).kind == LexKind::title) return true;
        if (lex_.country_by_adjective(x.text) && e + 2 < n() && !t_[e + 2].cap) return true;
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

  // "the Vice President of Venezuela, Delcy Rodríguez", "the President of the Kurdistan Region,
  // Nechirvan Barzani": a title and the country or body it serves end just before `comma`.
  bool titled_body_before(std::size_t comma) const {
    for (std::size_t k = comma, steps = 0; k-- > 1 && steps < 8; ++steps) {
      const Token& w = t_[k];
      if (is(w, "of")) {
        if (is_any(t_[k - 1], lex_.words(Words::person_before))) return true;
        for (std::size_t q = k >= 3 ? k - 3 : 0; q < k; ++q)
          for (const auto& m : matches_at(q))
            if (q + m.length == k && lex_.entry(m.entry).kind == LexKind::title &&
                lex_.entry(m.entry).attr("role") != "honorific")
              return true;
        return false;
      }
      if (!(w.cap || is(w, "the"))) return false;
    }
    return false;
  }

  // An agreement named inside an organisation's name ("JCPOA Joint Commission") is mentioned too.
  void inner_agreement(std::size_t b, std::size_t e) {
    for (std::size_t k = e - 1; k > b; --k) {
      auto found = lex_.find(LexKind::agreement, span_text(s_, b, k));
      if (!found) continue;
      Mention a;
      a.type = EntityType::agreement;
      a.name = a.series = lex_.entry(*found).name;
      a.tok_begin = static_cast<std::uint32_t>(b);
      a.tok_end = static_cast<std::uint32_t>(k);
      a.surface = std::string(span_text(s_, b, k));
      s_.mentions.push_back(std::move(a));
      return;
    }
  }

  // A person's role within the next few words: "trade minister", "top negotiator", "biggest
  // export" is none.
  bool role_after(std::size_t k) const {
    for (std::size_t q = k; q < std::min(n(), k + 3); ++q) {
      if (t_[q].cap || !t_[q].word) return false;
      if (is_any(t_[q], lex_.words(Words::person_before))) return true;
      for (const auto& m : matches_at(q))
        if (lex_.entry(m.entry).kind == LexKind::title) return true;
    }
    return false;
  }

  // "Special Measures Agreement (SMA)", "Status of Forces Agreement, or SOFA,"
  void abbreviation_after(const Mention& m, std::size_t e) {
    std::size_t k = e;
    if (k + 1 < n() && t_[k].text == "(") {
      ++k;
      // "New Strategic Arms Treaty (New START)": a known abbreviation gives the lexicon's name.
      if (m.type == EntityType::agency || m.type == EntityType::agreement) {
        const LexKind kind = m.type == EntityType::agency ? LexKind::agency : LexKind::agreement;
        for (const auto& lm : matches_at(k)) {
          const LexEntry& entry = lex_.entry(lm.entry);
          if (entry.kind != kind || k + lm.length >= n() || t_[k + lm.length].text != ")") continue;
          Mention& own = s_.mentions.back();
          if (&own != &m || own.name == entry.name) break;
          if (own.ordinal > 0) own.name = ordinal_suffix(own.ordinal) + " " + entry.name;
          else own.name = entry.name;
          own.series = kind == LexKind::agreement ? entry.name : own.series;
          return;  // the lexicon match itself is found by the walk
        }
      }
      k = e;
    }
    if (k + 2 < n() && t_[k].text == "(" && t_[k + 2].text == ")") {
      ++k;
    } else if (k + 2 < n() && t_[k].text == "," && is(t_[k + 1], "or")) {
      k += 2;
    } else {
      return;
    }
    const Token& abbr = t_[k];
    if (!abbr.cap || abbr.text.size() < 2 || abbr.text.size() > 12) return;
    int caps = 0;
    for (char c : abbr.text) caps += (c >= 'A' && c <= 'Z');
    if (caps < 2) return;
    Mention copy = m;
    if (copy.type == EntityType::agreement && copy.ordinal > 0) {
      // "the 12th Special Measures Agreement (SMA)": the abbreviation names the series.
      copy.name = copy.series;
      copy.ordinal = 0;
    }
    copy.surface = std::string(abbr.text);
    ctx_.abbreviations[copy.surface] = copy;
    if (!used_[k]) add(std::move(copy), k, k + 1);
  }
};

}  // namespace

std::string with_article(const LexEntry& country) {
  // "the United States", "the Czech Republic", "the Solomon Islands", and the countries whose
  // lexicon line lists the article ("The Philippines", "The Gambia"); not "Cyprus", "Laos"
  const std::string& name = country.name;
  bool the = name.rfind("United ", 0) == 0 || name.ends_with("Republic") || name.ends_with("Islands");
  for (const auto& a : country.aliases) the = the || a == "The " + name;
  return the ? "the " + name : name;
}

std::string ministry_country(const LexEntry& country) {
  const std::string styled = country.attr("ministries");
  return styled.empty() ? with_article(country) : styled;
}

std::string ordinal_suffix(int n) {
  const int mod100 = n % 100;
  const char* suffix = "th";
  if (mod100 < 11 || mod100 > 13) {
    if (n % 10 == 1) suffix = "st";
    else if (n % 10 == 2) suffix = "nd";
    else if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

void find_mentions(ArticleContext& ctx, SentenceMentions& s) { Recogniser(ctx, s).run(); }

std::string known_person(const ArticleContext& ctx, const std::string& name) { return known_full_name(ctx, name); }

namespace {
// The one person of the article whose full name ends in the single word `surname`, or "".
std::string longer_name(const ArticleContext& ctx, const std::string& surname) {
  std::string found;
  for (const auto& full : ctx.people) {
    if (full.size() <= surname.size() + 1 || full[full.size() - surname.size() - 1] != ' ' ||
        full.compare(full.size() - surname.size(), surname.size(), surname) != 0)
      continue;
    if (!found.empty()) return {};  // two people share the surname
    found = full;
  }
  return found;
}
}  // namespace

void resolve_pending(const ArticleContext& ctx, SentenceMentions& s) {
  // "Kim Jong Un and Moon Jae-in met": a name coordinated with a person is a person.
  auto coordinated = [&](const SentenceMentions::Pending& p) {
    const std::size_t words = std::count(p.name.begin(), p.name.end(), ' ') + 1;
    if (words < 2 || words > 3 || p.end + 1 >= s.tokens.size() || !is(s.tokens[p.end], "and")) return false;
    for (const auto& m : s.mentions)
      if (m.type == EntityType::person && m.tok_begin == p.end + 1) return true;
    return false;
  };
  // "Mr Frost" named before "David Frost" was known to be a person: the one full name ending so.
  for (auto& m : s.mentions)
    if (m.type == EntityType::person && m.name.find(' ') == std::string::npos)
      if (std::string full = longer_name(ctx, m.name); !full.empty()) m.name = full;
  if (s.pending.empty()) return;  // most sentences: the mentions are already in order
  const std::size_t before = s.mentions.size();
  for (const auto& p : s.pending) {
    std::string full = ctx.people.count(p.name) ? p.name : known_person(ctx, p.name);
    if (full.empty() && coordinated(p)) full = p.name;
    if (full.empty()) continue;
    Mention m;
    m.type = EntityType::person;
    m.name = full;
    m.tok_begin = p.begin;
    m.tok_end = p.end;
    m.surface = std::string(s.text.substr(s.tokens[p.begin].begin, s.tokens[p.end - 1].end() - s.tokens[p.begin].begin));
    s.mentions.push_back(std::move(m));
  }
  s.pending.clear();
  if (s.mentions.size() == before) return;
  std::stable_sort(s.mentions.begin(), s.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.tok_begin < b.tok_begin; });
}

void promote_candidates(ArticleContext& ctx) {
  for (const auto& word : ctx.surname_cues) {
    const std::string suffix = " " + word;
    const std::string* found = nullptr;
    int count = 0;
    for (const auto& c : ctx.name_candidates)
      if (c.size() > suffix.size() && c.compare(c.size() - suffix.size(), suffix.size(), suffix) == 0) {
        found = &c;
        ++count;
      }
    if (count == 1) ctx.people.insert(*found);
  }
}

}  // namespace newsgraph::extract
