#include "extract/normalise.h"

#include <gtest/gtest.h>

using newsgraph::extract::normalise;

TEST(Normalise, FoldsCurlyQuotesDashesAndSpaces) {
  auto n = normalise("\xE2\x80\x9CWe agree,\xE2\x80\x9D the EU\xE2\x80\x99s envoy said\xC2\xA0today \xE2\x80\x93 again.");
  EXPECT_EQ(n.text, "\"We agree,\" the EU's envoy said today - again.");
  EXPECT_EQ(n.invalid_utf8, 0u);
}

TEST(Normalise, CrlfAndLoneCrBecomeLf) {
  EXPECT_EQ(normalise("a\r\nb\rc\n").text, "a\nb\nc\n");
}

TEST(Normalise, InvalidUtf8IsReplacedAndCounted) {
  auto n = normalise("Mercosur \xFF talks \xC3");
  EXPECT_EQ(n.invalid_utf8, 2u);
  EXPECT_EQ(n.text, "Mercosur \xEF\xBF\xBD talks \xEF\xBF\xBD");
}

TEST(Normalise, RemovesNulControlsBomAndBidiMarks) {
  std::string raw("\xEF\xBB\xBFKyiv\0 talks\x07 \xE2\x80\x8Fok", 21);
  auto n = normalise(raw);
  EXPECT_EQ(n.text, "Kyiv talks ok");
  EXPECT_EQ(n.control_chars, 2u);
}

TEST(Normalise, KeepsOtherScriptsAndEmoji) {
  const std::string s = "\xED\x95\x9C\xEA\xB5\xAD \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80";
  EXPECT_EQ(normalise(s).text, s);
}
