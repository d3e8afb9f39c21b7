#include "extract/phrase_index.h"

#include <algorithm>

namespace newsgraph::extract {
namespace {
// A phrase whose first word holds a capital or a digit ("New York", "10th") matches only a
// text whose first token is capitalised too.
bool has_upper_or_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}
}  // namespace

void PhraseIndex::add(std::uint32_t entry, std::string_view phrase) {
  std::vector<Token> toks = tokenize(phrase);
  if (toks.empty()) return;
  Phrase p;
  p.entry = entry;
  p.needs_cap = has_upper_or_digit(toks.front().text);
  for (const auto& t : toks) {
    p.tokens.push_back(lower(t.text));
    p.all_caps.push_back(is_all_caps(t.text));
  }
  auto& bucket = building_[p.tokens.front()].phrases;
  for (auto& q : bucket)
    if (q.entry == entry && q.tokens == p.tokens) {
      // "Chief Negotiator" and "chief negotiator": the laxer spelling rules.
      q.needs_cap = q.needs_cap && p.needs_cap;
      for (std::size_t k = 0; k < q.all_caps.size(); ++k) q.all_caps[k] = q.all_caps[k] && p.all_caps[k];
      return;
    }
  bucket.push_back(std::move(p));
}

void PhraseIndex::finish() {
  first_words_.assign(kFirstWordBits / 64, 0);
  std::size_t slots = 16;
  while (slots < 2 * building_.size()) slots *= 2;
  slots_.assign(slots, 0);
  buckets_.reserve(building_.size());
  for (auto& [word, bucket] : building_) {
    bucket.lax = std::any_of(bucket.phrases.begin(), bucket.phrases.end(), [](const Phrase& p) { return !p.needs_cap; });
    for (const Phrase& p : bucket.phrases)
      bucket.keys.push_back({p.tokens.size() > 1 ? static_cast<std::uint32_t>(fold_hash(p.tokens[1])) : 0,
                             static_cast<std::uint32_t>(p.tokens.size()), p.needs_cap});
    const std::size_t h = fold_hash(word);
    for (const std::size_t bit : {h & (kFirstWordBits - 1), (h >> 32) & (kFirstWordBits - 1)})
      first_words_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    bucket.word = word;
    bucket.hash = h;
    std::size_t slot = h & (slots - 1);
    while (slots_[slot] != 0) slot = (slot + 1) & (slots - 1);
    buckets_.push_back(std::move(bucket));
    slots_[slot] = static_cast<std::uint32_t>(buckets_.size());
  }
  building_.clear();
}

const PhraseIndex::Bucket* PhraseIndex::bucket_of(std::string_view word, std::uint64_t fold) const {
  if (slots_.empty()) return nullptr;  // an index never finished
  const auto h = static_cast<std::size_t>(fold);
  if (!may_start_phrase(h)) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = h & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
    const Bucket& b = buckets_[slots_[slot] - 1];
    if (b.hash == h && iequals(b.word, word)) return &b;
  }
  return nullptr;
}

std::vector<LexMatch> PhraseIndex::matches(const std::vector<Token>& tokens, std::size_t pos) const {
  std::vector<LexMatch> out;
  if (pos >= tokens.size()) return out;
  const Bucket* bucket = bucket_of(tokens[pos].text, tokens[pos].fold);
  if (!bucket) return out;
  const bool capital = tokens[pos].cap || tokens[pos].digit;
  if (!bucket->lax && !capital) return out;
  const std::size_t left = tokens.size() - pos;
  const auto second = left > 1 ? static_cast<std::uint32_t>(tokens[pos + 1].fold) : 0;
  for (std::size_t i = 0; i < bucket->keys.size(); ++i) {
    const PhraseKey& key = bucket->keys[i];
    if ((key.needs_cap && !capital) || key.length > left || (key.length > 1 && key.second != second)) continue;
    const Phrase& p = bucket->phrases[i];
    bool ok = !p.all_caps[0] || is_all_caps(tokens[pos].text);
    for (std::size_t k = 1; k < p.tokens.size() && ok; ++k) {
      const Token& t = tokens[pos + k];
      ok = iequals(t.text, p.tokens[k]) && (!p.all_caps[k] || is_all_caps(t.text));
    }
    if (!ok) continue;
    const auto len = static_cast<std::uint32_t>(p.tokens.size());
    if (std::none_of(out.begin(), out.end(), [&](const LexMatch& m) { return m.entry == p.entry && m.length == len; }))
      out.push_back({p.entry, len});
  }
  return out;
}

}  // namespace newsgraph::extract
