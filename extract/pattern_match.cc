// Matching patterns against one sentence: which patterns to try (the index), and a backtracking
// matcher over tokens and mentions. Sentences are short (tens of tokens) and a sentence meets
// only the few patterns whose required words and mention types it holds, so plain backtracking
// is fast enough.
#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "extract/lexicon.h"
#include "extract/mentions.h"
#include "extract/patterns.h"
#include "extract/sides.h"

namespace newsgraph::extract {
namespace {

using Kind = PatternItem::Kind;


// A non-owning callable: the continuation of a match (what must follow), called at most a few
// times per item; std::function would allocate for every item tried.
template <typename Sig>
class FnRef;
template <typename R, typename... A>
class FnRef<R(A...)> {
 public:
  template <typename F>
  FnRef(const F& f) : obj_(&f), call_([](const void* o, A... a) { return (*static_cast<const F*>(o))(a...); }) {}
  R operator()(A... a) const { return call_(obj_, a...); }

 private:
  const void* obj_;
  R (*call_)(const void*, A...);
};
using Next = FnRef<bool(std::size_t)>;

constexpr std::size_t kUnbounded = std::size_t{1} << 20;  // more tokens than a sentence has

std::pair<std::size_t, std::size_t> width(const std::vector<PatternItem>& items, std::size_t count);

// How many tokens one item can cover: [lo, hi] (hi kUnbounded when it has no bound).
std::pair<std::size_t, std::size_t> width(const PatternItem& it) {
  if (it.negated || it.kind == Kind::start) return {0, 0};
  std::size_t lo = 1, hi = 1;  // one repetition: one token for the single-token conditions
  switch (it.kind) {
    case Kind::title:
    case Kind::mention:
    case Kind::delegation:
    case Kind::country:
    case Kind::name: hi = kUnbounded; break;
    case Kind::group:
      lo = kUnbounded, hi = 0;
      for (const auto& alt : it.alternatives) {
        const auto [l, h] = width(alt, alt.size());
        lo = std::min(lo, l), hi = std::max(hi, h);
      }
      if (it.alternatives.empty()) lo = 0;
      break;
    default: break;
  }
  const auto times = [](std::size_t w, int k) { return std::min(kUnbounded, w * static_cast<std::size_t>(std::max(k, 0))); };
  return {times(lo, it.min), times(hi, it.max)};
}
// The tokens the first `count` items of a sequence can cover.
std::pair<std::size_t, std::size_t> width(const std::vector<PatternItem>& items, std::size_t count) {
  std::size_t lo = 0, hi = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const auto [l, h] = width(items[i]);
    lo = std::min(kUnbounded, lo + l), hi = std::min(kUnbounded, hi + h);
  }
  return {lo, hi};
}


// Where a pattern's anchor is, from the items every match holds.
PatternSet::Anchor first_required(const std::vector<PatternItem>& items, bool delegation) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    const PatternItem& it = items[i];
    if (it.min == 0 || it.negated) continue;
    if (it.kind == Kind::words || it.kind == Kind::mention || (delegation && it.kind == Kind::delegation)) {
      const auto [lo, hi] = width(items, i);
      return {&it, lo, hi};
    }
    if (it.kind == Kind::group && it.alternatives.size() == 1)
      if (auto inner = first_required(it.alternatives[0], delegation); inner.item) {
        const auto [lo, hi] = width(items, i);
        return {inner.item, std::min(kUnbounded, lo + inner.lo), std::min(kUnbounded, hi + inner.hi)};
      }
  }
  return {};
}

// A title condition's roles ("head", or "head|member|negotiator") admit the title's role.
bool role_fits(const PatternItem& it, const LexEntry& title) {
  if (it.role.empty()) return true;
  const std::string& role = title.attr("role");
  for (std::size_t b = 0;;) {
    const auto bar = it.role.find('|', b);
    if (std::string_view(it.role).substr(b, bar == std::string::npos ? std::string::npos : bar - b) == role) return true;
    if (bar == std::string::npos) return false;
    b = bar + 1;
  }
}

struct Binding {
  int capture;
  PatternMatch::Bound span;
};
// A matcher's working arrays, kept per thread: a sentence meets a dozen patterns, and allocating
// them for each was a tenth of the matching time.
struct Scratch {
  std::vector<int> starting;
  std::vector<std::uint32_t> anchors;
  std::vector<Binding> bound;
};
Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

class Matcher {
 public:
  // `at`: the tokens where the anchor holds, when the sentence's index already found them (the
  // anchor is the pattern's index word); otherwise each token is tested.
  // `name`: the span a name pattern's NAME stands for ([b, e); none for other patterns).
  Matcher(const Pattern& p, const SentenceMentions& s, const Lexicon& lex, const PatternSet::Anchor& anchor,
          std::span<const std::pair<std::uint32_t, std::uint32_t>> at, Scratch& scratch,
          std::pair<std::size_t, std::size_t> name = {0, 0})
      : p_(p), s_(s), lex_(lex), starting_(scratch.starting), bound_(scratch.bound), anchor_(anchor.item),
        anchor_lo_(anchor.lo), anchor_hi_(anchor.hi), anchors_(scratch.anchors), name_(name) {
    starting_.assign(s.tokens.size(), -1);
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
      const auto b = s.mentions[i].tok_begin;
      if (b < starting_.size() && starting_[b] < 0) starting_[b] = static_cast<int>(i);
    }
    if (!anchor_) return;
    anchors_.assign(n() + 1, 0);
    if (anchor.need >= 0) {
      for (const auto& [need, token] : at) anchors_[token + 1] = 1;
      for (std::size_t k = 0; k < n(); ++k) anchors_[k + 1] += anchors_[k];
      return;
    }
    for (std::size_t k = 0; k < n(); ++k) {
      int unused = -1;
      anchors_[k + 1] = anchors_[k] + (single(*anchor_, k, unused) != 0 ? 1 : 0);
    }
  }

  // Whether a match may start at token b: the anchor holds somewhere in the window where the
  // items before it would put it (a quick test before backtracking from every token).
  bool may_start(std::size_t b) const {
    if (p_.items.empty()) return false;
    if (!anchor_) return true;
    const std::size_t lo = std::min(b + anchor_lo_, n()), hi = std::min(b + anchor_hi_ + 1, n());
    return lo < hi && anchors_[hi] > anchors_[lo];
  }
  // Whether the anchor holds anywhere: when not, no start can match.
  bool may_match() const { return !p_.items.empty() && (!anchor_ || anchors_[n()] > 0); }

  std::optional<PatternMatch> at(std::size_t begin) {
    bound_.clear();
    std::size_t end = 0;
    const bool ok = seq(p_.items, 0, begin, [&](std::size_t e) {
      end = e;
      return true;
    });
    if (!ok || end == begin) return std::nullopt;
    PatternMatch m;
    m.begin = begin;
    m.end = end;
    m.captures.resize(p_.captures.size());
    for (const auto& b : bound_) m.captures[static_cast<std::size_t>(b.capture)].push_back(b.span);
    return m;
  }

 private:
  const Pattern& p_;
  const SentenceMentions& s_;
  const Lexicon& lex_;
  std::vector<int>& starting_;  // token → the mention starting there, or -1
  std::vector<Binding>& bound_;
  // The anchor: the first required top-level word or mention condition, which every match
  // holds at a distance from its start between anchor_lo_ and anchor_hi_ tokens (what the items
  // before it can cover); anchors_[k] counts the tokens before k where it holds. Most starts of
  // a pattern opening with a group or an optional word are turned away by it, without backtracking.
  const PatternItem* anchor_;
  std::size_t anchor_lo_, anchor_hi_;
  std::vector<std::uint32_t>& anchors_;
  std::pair<std::size_t, std::size_t> name_;

  std::size_t n() const { return s_.tokens.size(); }

  bool seq(const std::vector<PatternItem>& items, std::size_t i, std::size_t pos, Next next) {
    if (i == items.size()) return next(pos);
    if (items[i].kind == Kind::start) return pos == 0 && seq(items, i + 1, pos, next);
    if (items[i].negated) {
      int unused = -1;
      return (pos >= n() || single(items[i], pos, unused) == 0) && seq(items, i + 1, pos, next);
    }
    return repeat(items[i], 0, pos, [&](std::size_t p) { return seq(items, i + 1, p, next); });
  }

  // Item `it` matched `count` times so far, up to `pos`: greedy (more first), except gaps (fewer first).
  bool repeat(const PatternItem& it, int count, std::size_t pos, Next next) {
    const bool can_stop = count >= it.min;
    const bool can_go = count < it.max;
    const bool lazy = it.kind == Kind::gap;
    if (lazy && can_stop && next(pos)) return true;
    if (can_go && once(it, pos, [&](std::size_t p) { return p > pos && repeat(it, count + 1, p, next); })) return true;
    return !lazy && can_stop && next(pos);
  }

  bool once(const PatternItem& it, std::size_t pos, Next next) {
    if (it.kind == Kind::group) {
      for (const auto& alt : it.alternatives) {
        const std::size_t mark = bound_.size();
        const bool ok = seq(alt, 0, pos, [&](std::size_t e) {
          // a capture on a group binds the tokens the alternative covered
          if (it.capture >= 0) bound_.push_back({it.capture, {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(e), -1}});
          if (next(e)) return true;
          if (it.capture >= 0) bound_.pop_back();
          return false;
        });
        if (ok) return true;
        bound_.resize(mark);
      }
      return false;
    }
    if (pos >= n()) return false;
    int mention = -1;
    const std::size_t end = single(it, pos, mention);
    if (end == 0) return false;
    if (it.capture < 0) return next(end);
    bound_.push_back({it.capture, {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end), mention}});
    if (next(end)) return true;
    bound_.pop_back();
    return false;
  }

  // One condition at `pos`: the token after it, or 0 when it does not hold.
  std::size_t single(const PatternItem& it, std::size_t pos, int& mention) const {
    const Token& t = s_.tokens[pos];
    switch (it.kind) {
      case Kind::words:
        return it.words.holds(t) ? pos + 1 : 0;
      case Kind::mention:
      case Kind::delegation: {
        const int m = starting_[pos];
        if (m < 0 || s_.mentions[static_cast<std::size_t>(m)].type != it.type) return 0;
        if (it.kind == Kind::delegation && !s_.mentions[static_cast<std::size_t>(m)].delegation) return 0;
        mention = m;
        return s_.mentions[static_cast<std::size_t>(m)].tok_end;
      }
      case Kind::country: {
        if (const int m = starting_[pos]; m >= 0) {
          if (!country_of(lex_, s_.mentions[static_cast<std::size_t>(m)])) return 0;
          mention = m;
          return s_.mentions[static_cast<std::size_t>(m)].tok_end;
        }
        if (auto a = adjective_at(lex_, s_.tokens, pos)) return pos + a->length;
        return 0;
      }
      case Kind::title: {
        std::size_t best = 0;
        for (const auto& m : lex_.matches(s_.tokens, pos)) {
          const LexEntry& e = lex_.entry(m.entry);
          if (e.kind == LexKind::title && role_fits(it, e))
            best = std::max<std::size_t>(best, pos + m.length);
        }
        // the whole title the recogniser read before a person, with what it took in ("Special
        // Envoy to Syria X", "Commander Gen. X"): up to the name
        for (const auto& m : s_.mentions)
          if (m.type == EntityType::person && m.title >= 0 && m.title_begin == pos && m.tok_begin > pos &&
              role_fits(it, lex_.entry(static_cast<std::uint32_t>(m.title))))
            best = std::max<std::size_t>(best, m.tok_begin);
        return best;
      }
      case Kind::ordinal: return lex_.ordinal(t.text) > 0 ? pos + 1 : 0;
      case Kind::cap: return t.word && t.cap ? pos + 1 : 0;
      case Kind::num: return t.digit ? pos + 1 : 0;
      case Kind::word: return t.word ? pos + 1 : 0;
      case Kind::any: return pos + 1;
      case Kind::gap: return t.text == ";" ? 0 : pos + 1;
      case Kind::name: return pos == name_.first && name_.second > pos ? name_.second : 0;
      case Kind::group:
      case Kind::start: break;
    }
    return 0;
  }
};

}  // namespace

PatternStage PatternSet::stage_of(const Pattern& p) {
  switch (p.output) {
    case PatternOutput::mention: return PatternStage::mentions;
    case PatternOutput::relation: return PatternStage::relations;
    case PatternOutput::name: return PatternStage::names;
    case PatternOutput::cue: break;
  }
  return PatternStage::cues;
}

namespace {
// What a sentence cannot lack for a pattern to match: the word conditions and mention types of
// its required items, looking into required groups of one alternative (a capture's group).
void needs_of(const std::vector<PatternItem>& items, std::vector<const PatternItem*>& words, unsigned& types) {
  for (const PatternItem& it : items) {
    if (it.min == 0 || it.negated) continue;
    if (it.kind == Kind::words) {
      words.push_back(&it);
    } else if (it.kind == Kind::mention || it.kind == Kind::delegation) {
      types |= 1u << static_cast<int>(it.type);
    } else if (it.kind == Kind::group && it.alternatives.size() == 1) {
      needs_of(it.alternatives[0], words, types);
    }
  }
}
}  // namespace

void PatternSet::plan() {
  std::map<std::string, std::vector<std::uint32_t>> by_word;  // lower-case word → needs
  for (Bits& b : by_stage_) b.assign(patterns_.size() / 64 + 1, 0);
  needs_.assign(patterns_.size(), {});
  anchors_.clear();
  before_name_.clear();
  std::uint32_t next_need = 0;
  std::vector<bool> anchor_need;
  for (std::uint32_t p = 0; p < patterns_.size(); ++p) {
    const Pattern& pat = patterns_[p];
    by_stage_[static_cast<int>(stage_of(pat))][p / 64] |= std::uint64_t{1} << (p % 64);
    Anchor anchor = first_required(pat.items, true);
    std::vector<const PatternItem*> words;
    needs_of(pat.items, words, needs_[p].types);
    for (const PatternItem* it : words) {
      const std::uint32_t need = next_need++;
      needs_[p].words.push_back(need);
      // the tokens of the anchor's words are the anchor's tokens: the matcher need not test each
      anchor_need.push_back(it == anchor.item);
      if (it == anchor.item) anchor.need = static_cast<int>(need);
      for (const auto& w : it->words.words) {
        auto& list = by_word[w];
        if (list.empty() || list.back() != need) list.push_back(need);
      }
    }
    anchors_.push_back(anchor);
    // a name pattern's start: where the items before NAME, covering lo to hi tokens, end
    const auto at_name = std::find_if(pat.items.begin(), pat.items.end(), [](const auto& it) { return it.kind == Kind::name; });
    before_name_.push_back(at_name == pat.items.end() ? std::pair<std::size_t, std::size_t>{0, 0}
                                                      : width(pat.items, static_cast<std::size_t>(at_name - pat.items.begin())));
  }
  need_count_ = next_need;
  anchor_need_ = std::move(anchor_need);
  words_.clear();
  for (auto& [w, needs] : by_word) words_.push_back({w, fold_hash(w), std::move(needs)});
  std::size_t size = 4;
  while (size < 2 * words_.size()) size *= 2;
  slots_.assign(size, 0);
  for (std::uint32_t i = 0; i < words_.size(); ++i) {
    std::size_t slot = words_[i].hash & (size - 1);
    while (slots_[slot] != 0) slot = (slot + 1) & (size - 1);
    slots_[slot] = i + 1;
  }
}

const PatternSet::IndexWord* PatternSet::word_of(const Token& t) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = t.fold & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
    const IndexWord& w = words_[slots_[slot] - 1];
    if (w.hash == t.fold && iequals(w.word, t.text)) return &w;
  }
  return nullptr;
}

const std::vector<std::uint64_t>& PatternSet::index_words(const SentenceMentions& s) const {
  const std::size_t width = need_count_ / 64 + 1;
  if (!s.pattern_words || s.pattern_words->bits.size() != width) {
    SentenceMentions::PatternWords words;
    words.bits.resize(width);
    for (const Token& t : s.tokens) {
      if (const IndexWord* w = word_of(t))
        for (const std::uint32_t need : w->needs) {
          words.bits[need / 64] |= std::uint64_t{1} << (need % 64);
          if (anchor_need_[need]) words.at.emplace_back(need, static_cast<std::uint32_t>(&t - s.tokens.data()));
        }
    }
    std::sort(words.at.begin(), words.at.end());
    s.pattern_words = std::move(words);
  }
  return s.pattern_words->bits;
}

void PatternSet::candidates(const SentenceMentions& s, PatternStage stage, std::vector<std::uint32_t>& out) const {
  out.clear();
  if (patterns_.empty()) return;
  const auto& have = index_words(s);
  unsigned types = 0;
  for (const auto& m : s.mentions) types |= 1u << static_cast<int>(m.type);
  const Bits& in_stage = by_stage_[static_cast<int>(stage)];
  for (std::size_t w = 0; w < in_stage.size(); ++w)
    for (std::uint64_t bits = in_stage[w]; bits; bits &= bits - 1) {
      const auto p = static_cast<std::uint32_t>(w * 64 + static_cast<unsigned>(__builtin_ctzll(bits)));
      const Needs& need = needs_[p];
      if ((need.types & ~types) != 0) continue;
      if (std::all_of(need.words.begin(), need.words.end(), [&](std::uint32_t n) { return have[n / 64] >> (n % 64) & 1; }))
        out.push_back(p);
    }
}

namespace {
std::vector<PatternMatch> all_matches(Matcher& m, std::size_t tokens) {
  std::vector<PatternMatch> out;
  if (!m.may_match()) return out;
  for (std::size_t b = 0; b < tokens; ++b)
    if (m.may_start(b))
      if (auto found = m.at(b)) out.push_back(std::move(*found));
  return out;
}
}  // namespace

std::vector<PatternMatch> PatternSet::match(const Pattern& p, const SentenceMentions& s, const Lexicon& lex) const {
  Anchor anchor = first_required(p.items, true);
  Matcher m(p, s, lex, anchor, {}, scratch());
  return all_matches(m, s.tokens.size());
}

std::vector<PatternMatch> PatternSet::match(std::uint32_t pi, const SentenceMentions& s, const Lexicon& lex) const {
  const Anchor& anchor = anchors_[pi];
  std::span<const std::pair<std::uint32_t, std::uint32_t>> at;
  if (anchor.need >= 0) {
    if (!s.pattern_words) return match(patterns_[pi], s, lex);  // candidates() has not seen s
    const auto& hits = s.pattern_words->at;
    const std::pair<std::uint32_t, std::uint32_t> key{static_cast<std::uint32_t>(anchor.need), 0};
    const auto [lo, hi] = std::equal_range(hits.begin(), hits.end(), key,
                                           [](const auto& a, const auto& b) { return a.first < b.first; });
    if (lo == hi) return {};
    at = {&*lo, static_cast<std::size_t>(hi - lo)};
  }
  Matcher m(patterns_[pi], s, lex, anchor, at, scratch());
  return all_matches(m, s.tokens.size());
}

std::string_view PatternSet::name_pattern(const SentenceMentions& s, std::size_t b, std::size_t e,
                                         const Lexicon& lex) const {
  const Bits& in_stage = by_stage_[static_cast<int>(PatternStage::names)];
  if (std::none_of(in_stage.begin(), in_stage.end(), [](std::uint64_t w) { return w != 0; })) return {};
  const auto& have = index_words(s);
  unsigned types = 0;
  for (const auto& m : s.mentions) types |= 1u << static_cast<int>(m.type);
  for (std::size_t w = 0; w < in_stage.size(); ++w)
    for (std::uint64_t bits = in_stage[w]; bits; bits &= bits - 1) {
      const auto pi = static_cast<std::uint32_t>(w * 64 + static_cast<unsigned>(__builtin_ctzll(bits)));
      const Pattern& p = patterns_[pi];
      // the sentence's index words rule most patterns out at once
      const Needs& need = needs_[pi];
      if ((need.types & ~types) != 0) continue;
      if (!std::all_of(need.words.begin(), need.words.end(), [&](std::uint32_t n) { return have[n / 64] >> (n % 64) & 1; }))
        continue;
      const auto [lo, hi] = before_name_[pi];
      if (lo > b) continue;
      Matcher m(p, s, lex, {}, {}, scratch(), {b, e});
      for (std::size_t start = b - lo + 1; start-- > (hi >= b ? 0 : b - hi);)
        if (m.at(start)) return p.name;
    }
  return {};
}

}  // namespace newsgraph::extract
