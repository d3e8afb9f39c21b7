// Finding the next byte that needs work in text, 16 bytes at a time (internal to export/): the
// escapers and the cleaner copy long runs of plain bytes, and testing them one by one was most of
// their cost. Blocks are GCC/Clang vector types, which compile to SSE2 on x86-64 and to what
// each other machine has.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsgraph::exporter {

// 16 bytes; comparing a block gives 0xFF in each byte where the comparison holds, else 0.
using Block = unsigned char __attribute__((vector_size(16)));

// Which of the 8 bytes a nonzero word marks comes first in memory.
inline std::size_t first_marked(std::uint64_t word) {
  const int bit = std::endian::native == std::endian::little ? __builtin_ctzll(word) : __builtin_clzll(word);
  return static_cast<std::size_t>(bit) / 8;
}

// Index of the first marked byte of a block, or 16 when none is.
inline std::size_t first_marked(Block marks) {
  std::uint64_t half[2];
  std::memcpy(half, &marks, sizeof half);
  if (half[0] != 0) return first_marked(half[0]);
  if (half[1] != 0) return 8 + first_marked(half[1]);
  return sizeof(Block);
}

// Index of the first byte at or after `i` that special(block) marks (nonzero), s.size() when
// none. The last bytes, fewer than 16, are copied into a block and the marks past the end dropped.
template <class BlockTest>
std::size_t find_special(std::string_view s, std::size_t i, BlockTest special) {
  for (; i + sizeof(Block) <= s.size(); i += sizeof(Block)) {
    Block b;
    std::memcpy(&b, s.data() + i, sizeof b);
    const std::size_t k = first_marked(special(b));
    if (k < sizeof(Block)) return i + k;
  }
  if (i >= s.size()) return s.size();
  const std::size_t n = s.size() - i;
  Block b{};
  std::memcpy(&b, s.data() + i, n);
  constexpr Block kIndex = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
  const std::size_t k = first_marked(Block(special(b) & Block(kIndex < static_cast<unsigned char>(n))));
  return k < sizeof(Block) ? i + k : s.size();
}

}  // namespace newsgraph::exporter
