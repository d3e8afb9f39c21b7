#include "extract/sentences.h"

#include <gtest/gtest.h>

using newsgraph::extract::split_sentences;

std::vector<std::string> texts(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& x : split_sentences(s)) out.emplace_back(x.text);
  return out;
}

TEST(Sentences, AbbreviationsDoNotEndSentences) {
  auto s = texts("The U.S. and Mexico met on Dec. 3 in Mexico City. Talks resume Jan. 9, officials said.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "The U.S. and Mexico met on Dec. 3 in Mexico City.");
}

TEST(Sentences, LineBreaksEndSentences) {
  auto s = texts("Canada, EU resume trade talks\n\nOTTAWA, March 2 (Reuters) -- Negotiators met. They agreed.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "Canada, EU resume trade talks");
  EXPECT_EQ(s[1], "OTTAWA, March 2 (Reuters) -- Negotiators met.");
  EXPECT_EQ(s[2], "They agreed.");
}

TEST(Sentences, ClosingQuoteStaysWithItsSentence) {
  auto s = texts("\"We are close.\" The minister left.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "\"We are close.\"");
}

TEST(Sentences, InitialsAndDecimalsDoNotSplit) {
  auto s = texts("Vicente J. Luna spoke. Growth was 3.5 percent.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "Vicente J. Luna spoke.");
}

TEST(Sentences, OffsetsPointIntoTheText) {
  const std::string text = "First one. Second one.";
  auto s = split_sentences(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(text.substr(s[1].offset, s[1].text.size()), "Second one.");
}

TEST(Sentences, HardWrappedLinesJoinWithinAParagraph) {
  const std::string text =
      "GENEVA March 4 The Swiss and Indian\n"
      "negotiators said on Friday they would meet\n"
      "again on the free trade deal.\n"
      "In a statement, Swiss State Secretary Helene\n"
      "Budliger Artieda and Indian Commerce Secretary\n"
      "Sunil Barthwal said talks were going well.\n"
      "Farmers in both countries have asked for\n"
      "protection of dairy products and some\n"
      "other goods.\n"
      "(Reporting by Jane Doe in Geneva and John\n"
      "Roe in New Delhi)\n";
  std::string unwrapped = text;
  newsgraph::extract::unwrap_hard_wrapped(unwrapped);
  auto s = texts(unwrapped);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[1], "In a statement, Swiss State Secretary Helene Budliger Artieda and Indian Commerce Secretary "
                  "Sunil Barthwal said talks were going well.");
}

TEST(Sentences, UnwrappedHeadlinesStayApart) {
  std::string text = "Talks resume in Geneva\nNegotiators met. They agreed.\nNo deal yet\nOfficials said more talks were due.";
  newsgraph::extract::unwrap_hard_wrapped(text);
  auto s = texts(text);
  ASSERT_EQ(s.size(), 5u);
  EXPECT_EQ(s[0], "Talks resume in Geneva");
}

TEST(Sentences, AFullStopGluedToTheNextSentenceSplits) {
  auto s = texts("Talks resume next week, the ministry said Friday.The round will be held in Oslo. The U.S.Army agreed. "
                 "Quotas date from the 1990s.Oslo wants more.");
  ASSERT_EQ(s.size(), 5u);
  EXPECT_EQ(s[3], "Quotas date from the 1990s.");
  EXPECT_EQ(s[0], "Talks resume next week, the ministry said Friday.");
  EXPECT_EQ(s[1], "The round will be held in Oslo.");
  EXPECT_EQ(s[2], "The U.S.Army agreed.");
}
