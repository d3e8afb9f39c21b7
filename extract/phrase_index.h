// The lexicon's phrase index: which entries' names and aliases start at a token, found with
// one probe per token (most tokens start no phrase and are turned away by a Bloom filter).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/tokens.h"

namespace newsgraph::extract {

// A phrase match: entry `entry` covers `length` tokens from the start position.
struct LexMatch {
  std::uint32_t entry = 0;
  std::uint32_t length = 0;
};

class PhraseIndex {
 public:
  // Building: add every phrase, then finish() once before any lookup.
  void add(std::uint32_t entry, std::string_view phrase);
  void finish();

  // Every entry matching at tokens[pos], of any length (each entry and length once).
  std::vector<LexMatch> matches(const std::vector<Token>& tokens, std::size_t pos) const;

 private:
  struct Phrase {
    std::vector<std::string> tokens;  // lower-cased token texts
    std::vector<bool> all_caps;       // written in capitals ("WHO", "US"): the text must be too
    std::uint32_t entry;
    bool needs_cap;  // first word written with a capital: the text's first token must be capitalised
  };
  // What matches() tests before it reads a phrase's words, in one small array per bucket: a
  // bucket can hold hundreds of phrases ("San", "New" in the geonames cities), and reading each
  // phrase's word list to turn it away cost a cache miss per phrase.
  struct PhraseKey {
    std::uint32_t second = 0;  // case-folded hash of the second word (phrases of two words or more)
    std::uint32_t length = 0;  // in tokens
    bool needs_cap = false;
  };
  // The phrases that start with one word; `lax` when one of them matches a lower-case first
  // word too (most words of a sentence are lower case: their lookup ends there).
  struct Bucket {
    std::string word;  // the first word, lower-cased
    std::size_t hash = 0;
    std::vector<Phrase> phrases;
    std::vector<PhraseKey> keys;  // keys[i] is phrases[i]'s
    bool lax = false;
  };
  const Bucket* bucket_of(std::string_view word, std::uint64_t fold) const;  // fold: fold_hash(word)

  // The buckets by first word, in an open-addressing table of indices into buckets_ (0: empty
  // slot) probed with the hash the Bloom filter below already computed: one hash per token and no
  // node to chase. Built by finish() from the map building_, which only building uses.
  std::unordered_map<std::string, Bucket, FoldHash, FoldEqual> building_;
  std::vector<Bucket> buckets_;
  std::vector<std::uint32_t> slots_;  // size a power of two, at most half full
  // Bloom filter of the first tokens (two bits each, 64 KiB: stays in cache, unlike the table
  // above): most tokens of a text start no phrase, and are turned away here.
  static constexpr std::size_t kFirstWordBits = std::size_t{1} << 19;
  std::vector<std::uint64_t> first_words_;
  bool may_start_phrase(std::size_t hash) const {
    const std::size_t a = hash & (kFirstWordBits - 1), b = (hash >> 32) & (kFirstWordBits - 1);
    return (first_words_[a >> 6] >> (a & 63) & 1) && (first_words_[b >> 6] >> (b & 63) & 1);
  }
};

}  // namespace newsgraph::extract
