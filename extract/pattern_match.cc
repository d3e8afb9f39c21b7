// Matching patterns against one sentence: which patterns to try (the index), and a backtracking
// matcher over tokens and mentions. Sentences are short (tens of tokens) and a sentence meets
// only the few patterns whose index word it holds, so plain backtracking is fast enough.
#include <algorithm>
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

class Matcher {
 public:
  Matcher(const Pattern& p, const SentenceMentions& s, const Lexicon& lex) : p_(p), s_(s), lex_(lex) {
    starting_.assign(s.tokens.size(), -1);
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
      const auto b = s.mentions[i].tok_begin;
      if (b < starting_.size() && starting_[b] < 0) starting_[b] = static_cast<int>(i);
    }
    find_anchor();
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
  struct Binding {
    int capture;
    PatternMatch::Bound span;
  };
  const Pattern& p_;
  const SentenceMentions& s_;
  const Lexicon& lex_;
  std::vector<int> starting_;  // token → the mention starting there, or -1
  std::vector<Binding> bound_;
  // The anchor: the first required top-level word or mention condition, which every match
  // holds at a distance from its start between anchor_lo_ and anchor_hi_ tokens (what the items
  // before it can cover); anchors_[k] counts the tokens before k where it holds. Most starts of
  // a pattern opening with a group or an optional word are turned away by it, without backtracking.
  const PatternItem* anchor_ = nullptr;
  std::size_t anchor_lo_ = 0, anchor_hi_ = 0;
  std::vector<std::uint32_t> anchors_;

  static constexpr std::size_t kUnbounded = std::size_t{1} << 20;  // more tokens than a sentence has

  // How many tokens one item can cover: [lo, hi] (hi kUnbounded when it has no bound).
  static std::pair<std::size_t, std::size_t> width(const PatternItem& it) {
    if (it.negated || it.kind == Kind::start) return {0, 0};
    std::size_t lo = 1, hi = 1;  // one repetition: one token for the single-token conditions
    switch (it.kind) {
      case Kind::title:
      case Kind::mention:
      case Kind::delegation:
      case Kind::country: hi = kUnbounded; break;
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
  static std::pair<std::size_t, std::size_t> width(const std::vector<PatternItem>& items, std::size_t count) {
    std::size_t lo = 0, hi = 0;
    for (std::size_t i = 0; i < count; ++i) {
      const auto [l, h] = width(items[i]);
      lo = std::min(kUnbounded, lo + l), hi = std::min(kUnbounded, hi + h);
    }
    return {lo, hi};
  }

  void find_anchor() {
    for (std::size_t i = 0; i < p_.items.size(); ++i) {
      const PatternItem& it = p_.items[i];
      if (it.min == 0 || it.negated) continue;
      if (it.kind != Kind::words && it.kind != Kind::mention && it.kind != Kind::delegation) continue;
      anchor_ = &it;
      std::tie(anchor_lo_, anchor_hi_) = width(p_.items, i);
      break;
    }
    if (!anchor_) return;
    anchors_.assign(n() + 1, 0);
    for (std::size_t k = 0; k < n(); ++k) {
      int unused = -1;
      anchors_[k + 1] = anchors_[k] + (single(*anchor_, k, unused) != 0 ? 1 : 0);
    }
  }

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
        return it.words.holds(t.text) ? pos + 1 : 0;
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
          if (e.kind == LexKind::title && (it.role.empty() || e.attr("role") == it.role))
            best = std::max<std::size_t>(best, pos + m.length);
        }
        return best;
      }
      case Kind::ordinal: return lex_.ordinal(t.text) > 0 ? pos + 1 : 0;
      case Kind::cap: return t.word && t.cap ? pos + 1 : 0;
      case Kind::num: return t.digit ? pos + 1 : 0;
      case Kind::word: return t.word ? pos + 1 : 0;
      case Kind::any: return pos + 1;
      case Kind::gap: return t.text == ";" ? 0 : pos + 1;
      case Kind::group:
      case Kind::start: break;
    }
    return 0;
  }
};

// The words a sentence cannot lack for the pattern to match: those of its first required
// word condition (empty when it has none), looking into a required group of one alternative
// (a capture's group: "v=( led by )").
const PatternItem* index_item(const std::vector<PatternItem>& items) {
  for (const auto& it : items) {
    if (it.min == 0 || it.negated) continue;
    if (it.kind == Kind::words || it.kind == Kind::mention) return &it;
    if (it.kind == Kind::group && it.alternatives.size() == 1)
      if (const PatternItem* inner = index_item(it.alternatives[0])) return inner;
  }
  return nullptr;
}

}  // namespace

void PatternSet::index(std::uint32_t p) {
  const PatternItem* it = index_item(patterns_[p].items);
  if (!it) always_.push_back(p);
  else if (it->kind == Kind::mention) by_type_[static_cast<int>(it->type)].push_back(p);
  else
    for (const auto& w : it->words.words) {
      by_word_[w].push_back(p);
      word_lengths_ |= std::uint64_t{1} << std::min<std::size_t>(w.size(), 63);
      const auto c = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
      first_letters_[c >> 6] |= std::uint64_t{1} << (c & 63);
    }
}

void PatternSet::candidates(const SentenceMentions& s, PatternOutput output, std::vector<std::uint32_t>& out) const {
  out.clear();
  if (patterns_.empty()) return;
  if (!s.pattern_words) {
    std::vector<std::uint32_t> words;
    std::string key;
    for (const Token& t : s.tokens) {
      if (t.text.empty() || !(word_lengths_ >> std::min<std::size_t>(t.text.size(), 63) & 1)) continue;
      auto c = static_cast<unsigned char>(t.text[0]);
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      if (!(first_letters_[c >> 6] >> (c & 63) & 1)) continue;
      key.assign(t.text);
      for (char& k : key)
        if (k >= 'A' && k <= 'Z') k = static_cast<char>(k - 'A' + 'a');
      if (auto f = by_word_.find(key); f != by_word_.end()) words.insert(words.end(), f->second.begin(), f->second.end());
    }
    s.pattern_words = std::move(words);
  }
  out = always_;
  out.insert(out.end(), s.pattern_words->begin(), s.pattern_words->end());
  bool seen[6] = {};
  for (const auto& m : s.mentions) seen[static_cast<int>(m.type)] = true;
  for (int t = 0; t < 6; ++t)
    if (seen[t]) out.insert(out.end(), by_type_[t].begin(), by_type_[t].end());
  std::erase_if(out, [&](std::uint32_t p) { return patterns_[p].output != output; });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::vector<PatternMatch> PatternSet::match(const Pattern& p, const SentenceMentions& s, const Lexicon& lex) const {
  std::vector<PatternMatch> out;
  Matcher m(p, s, lex);
  if (!m.may_match()) return out;
  for (std::size_t b = 0; b < s.tokens.size();) {
    if (m.may_start(b))
      if (auto found = m.at(b)) out.push_back(std::move(*found));
    ++b;
  }
  return out;
}

}  // namespace newsgraph::extract
