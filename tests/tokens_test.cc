#include "extract/tokens.h"

#include <gtest/gtest.h>

using newsgraph::extract::tokenize;

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(s)) out.emplace_back(t.text);
  return out;
}

TEST(Tokens, InitialismsKeepTheirPeriods) {
  EXPECT_EQ(words("the U.S. and D.C. talks"), (std::vector<std::string>{"the", "U.S.", "and", "D.C.", "talks"}));
}

TEST(Tokens, PossessiveIsItsOwnToken) {
  EXPECT_EQ(words("Ottawa's envoy"), (std::vector<std::string>{"Ottawa", "'s", "envoy"}));
}

TEST(Tokens, HyphenatedWordsStayWholeButCapitalisedCompoundsSplit) {
  EXPECT_EQ(words("Lee Jae-myung's cost-sharing"), (std::vector<std::string>{"Lee", "Jae-myung", "'s", "cost-sharing"}));
  EXPECT_EQ(words("EU-Mercosur deal"), (std::vector<std::string>{"EU", "-", "Mercosur", "deal"}));
}

TEST(Tokens, NumbersWithSeparators) {
  EXPECT_EQ(words("28,500 troops and 3.5 percent"), (std::vector<std::string>{"28,500", "troops", "and", "3.5", "percent"}));
}

TEST(Tokens, FlagsAndOffsets) {
  auto t = tokenize("In Brussels 10th");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_TRUE(t[1].cap);
  EXPECT_TRUE(t[2].digit);
  EXPECT_EQ(t[1].begin, 3u);
  EXPECT_TRUE(t[1].space_before);
}
