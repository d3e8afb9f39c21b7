#include "extract/tokens.h"

#include "extract/lexicon.h"

#include <gtest/gtest.h>

using newsgraph::extract::iequals;
using newsgraph::extract::is_any;
using newsgraph::extract::roman_value;
using newsgraph::extract::tokenize;
using newsgraph::extract::WordSet;

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

TEST(Tokens, CaseInsensitiveEqualityFoldsLettersOnly) {
  EXPECT_TRUE(iequals("Geneva", "gENEVA"));
  EXPECT_FALSE(iequals("Geneva", "Genev"));
  EXPECT_FALSE(iequals("Genevb", "Geneva"));
  // '@' and '`' differ as 'A' and 'a' do (bit 5), but are no letters.
  EXPECT_FALSE(iequals("@x", "`x"));
  EXPECT_TRUE(iequals("", ""));
}

TEST(Tokens, RomanNumeralsOnlyAsNumbersAreWritten) {
  EXPECT_EQ(roman_value("XV"), 15);
  EXPECT_EQ(roman_value("XIV"), 14);
  EXPECT_EQ(roman_value("XLIX"), 49);
  EXPECT_EQ(roman_value("CCXC"), 290);
  // capitals that merely look like numerals, or numerals written two ways
  EXPECT_EQ(roman_value("LDC"), 0);
  EXPECT_EQ(roman_value("IIII"), 0);
  EXPECT_EQ(roman_value("VX"), 0);
  EXPECT_EQ(roman_value("xv"), 0);
  EXPECT_EQ(roman_value("EU"), 0);
}

TEST(Tokens, WordSetsMatchAnyCaseAndTurnAwayOtherWords) {
  WordSet kWords;
  for (const char* w : {"round", "session", "talks", "3rd"}) kWords.add(w);
  const auto tok = [](std::string_view s) { return tokenize(s).front(); };
  EXPECT_TRUE(is_any(tok("ROUND"), kWords));
  EXPECT_TRUE(is_any(tok("session"), kWords));
  EXPECT_TRUE(is_any(tok("3rd"), kWords));
  EXPECT_FALSE(is_any(tok("sound"), kWords));   // a word's length, another first letter
  EXPECT_FALSE(is_any(tok("rounds"), kWords));  // a word's first letter, another length
  EXPECT_FALSE(is_any(tok("4th"), kWords));
  // a token is looked up by the hash the tokenizer gave it, with the answer of its text's lookup
  for (const char* w : {"Round", "TALKS", "Session", "sound", "round-trip", "3RD", "talk"})
    EXPECT_EQ(kWords.holds(tok(w)), kWords.holds(std::string_view(w))) << w;
  EXPECT_EQ(tok("Talks").fold, tok("tALKS").fold);
}

TEST(Tokens, LongSentencesKeepEveryToken) {
  std::string s;
  for (int i = 0; i < 200; ++i) s += "a, ";  // more tokens than bytes / 4
  const auto t = tokenize(s);
  ASSERT_EQ(t.size(), 400u);
  EXPECT_EQ(t[399].text, ",");
  EXPECT_EQ(t[398].begin, 597u);
}
