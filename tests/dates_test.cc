// Unit tests of the date recogniser (extract/dates.h) on invented sentences and headers.
#include "extract/dates.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract_test_helpers.h"

namespace newsgraph::extract {
namespace {

using Strings = std::vector<std::string>;

constexpr Date kThu2018{2018, 4, 5};   // a Thursday
constexpr Date kMon2021{2021, 3, 8};   // a Monday
constexpr Date kJul2018{2018, 7, 12};  // a Thursday

// The built-in lexicon: its word classes hold the phrasing around dates.
const Lexicon& lex() { return *lexicon(); }

// "surface=iso" for every mention, in order.
Strings found(std::string_view sentence, std::optional<Date> anchor = std::nullopt, int hint = 0) {
  Strings out;
  for (const DateMention& m : find_dates(lex(), sentence, anchor, hint)) out.push_back(m.surface + "=" + m.value.iso());
  return out;
}

std::string pub(std::string_view text) {
  const auto d = find_publication_date(lex(), text);
  return d ? d->iso() : "null";
}

// ---------------------------------------------------------------- Date

TEST(DateValue, IsoAtEachPrecision) {
  EXPECT_EQ(Date{2018}.iso(), "2018");
  EXPECT_EQ((Date{2018, 12}.iso()), "2018-12");
  EXPECT_EQ((Date{2018, 12, 31}.iso()), "2018-12-31");
  EXPECT_EQ((Date{987, 3, 5}.iso()), "0987-03-05");  // zero-padded to the ISO widths
  EXPECT_EQ((Date{2020, 2, 5}.iso()), "2020-02-05");
}

TEST(DateValue, ValidAndOrder) {
  EXPECT_FALSE(Date{}.valid());
  EXPECT_TRUE(Date{1991}.valid());
  EXPECT_LT((Date{2018, 3}), (Date{2018, 3, 1}));
  EXPECT_LT((Date{2018, 12, 31}), (Date{2019}));
  EXPECT_EQ((Date{2018, 3, 1}), (Date{2018, 3, 1}));
}

// ---------------------------------------------------------------- absolute dates

TEST(AbsoluteDates, MonthDayYear) {
  EXPECT_EQ(found("The EU and Mercosur will meet again on March 3, 2022 in Brussels."),
            (Strings{"March 3, 2022=2022-03-03"}));
  EXPECT_EQ(found("Canada and Britain signed the continuity deal on Dec. 9, 2020."), (Strings{"Dec. 9, 2020=2020-12-09"}));
  EXPECT_EQ(found("Talks resumed Jan 14 2020 in Geneva."), (Strings{"Jan 14 2020=2020-01-14"}));
  EXPECT_EQ(found("New START was due to lapse on Feb 5, 2021."), (Strings{"Feb 5, 2021=2021-02-05"}));
  EXPECT_EQ(found("The sides met on Sept. 30, 2019 and on Sept 2, 2019."),
            (Strings{"Sept. 30, 2019=2019-09-30", "Sept 2, 2019=2019-09-02"}));
  EXPECT_EQ(found("Posted April. 03, 2020 07:38"), (Strings{"April. 03, 2020=2020-04-03"}));
  EXPECT_EQ(found("AUGUST 25, 2015"), (Strings{"AUGUST 25, 2015=2015-08-25"}));
  EXPECT_EQ(found("Chile joined on November 29th, 2021."), (Strings{"November 29th, 2021=2021-11-29"}));
  // written without spaces, as some sites print a header's date; a number is not a date
  EXPECT_EQ(pub("Posted on : Mar.4,2019 09:12 KST\n\nNile talks resume.\n"), "2019-03-04");
  EXPECT_EQ(found("Peru shipped 7,2018 tonnes of hake in 2019."), (Strings{"2019=2019"}));
}

TEST(AbsoluteDates, DayMonthYear) {
  EXPECT_EQ(found("The round opened on 14 January 2020 in Canberra."), (Strings{"14 January 2020=2020-01-14"}));
  EXPECT_EQ(found("Ministers met on 1st of May 2019."), (Strings{"1st of May 2019=2019-05-01"}));
  EXPECT_EQ(found("It was signed 21 April 2015, in Tokyo."), (Strings{"21 April 2015=2015-04-21"}));
}

TEST(AbsoluteDates, IsoForms) {
  EXPECT_EQ(found("The accord was initialled on 2019-06-28, officials said."), (Strings{"2019-06-28=2019-06-28"}));
  EXPECT_EQ(found("Ottawa published the text on 2021/02/05."), (Strings{"2021/02/05=2021-02-05"}));
  EXPECT_EQ(found("Filed 2020.01.24 by the ministry."), (Strings{"2020.01.24=2020-01-24"}));
  EXPECT_EQ(found("2014-01-12 12:05:28"), (Strings{"2014-01-12=2014-01-12"}));
  const auto bad = find_dates(lex(), "An impossible 2019-02-30 stamp.", std::nullopt);  // not a day; at most the year
  ASSERT_LE(bad.size(), 1u);
  if (!bad.empty()) {
    EXPECT_EQ(bad[0].value, Date{2019});
  }
}

TEST(AbsoluteDates, MonthYear) {
  EXPECT_EQ(found("Swiss and EU negotiators last met in March 2023."), (Strings{"March 2023=2023-03"}));
  EXPECT_EQ(found("The tariff truce lapsed in June, 2019."), (Strings{"June, 2019=2019-06"}));
  EXPECT_EQ(found("Talks stalled in Oct. 2016 over fishing quotas."), (Strings{"Oct. 2016=2016-10"}));
}

TEST(AbsoluteDates, YearAlone) {
  EXPECT_EQ(found("Mexico and Canada have traded under NAFTA since 1994."), (Strings{"1994=1994"}));
  EXPECT_EQ(found("The quota regime runs through 2018."), (Strings{"2018=2018"}));
  EXPECT_EQ(found("The five-year pact will last until 2030."), (Strings{"2030=2030"}));
  EXPECT_EQ(found("It covers the period ending in 2025."), (Strings{"2025=2025"}));
  EXPECT_EQ(found("Negotiations began in 2013 in Bali."), (Strings{"2013=2013"}));
  EXPECT_EQ(found("Norway's 2014 fisheries agreement and Iran's 2015 nuclear deal."),
            (Strings{"2014=2014", "2015=2015"}));
  EXPECT_EQ(found("The 2020 talks in Nairobi failed."), (Strings{"2020=2020"}));
  EXPECT_EQ(found("Output rose in mid-2019."), (Strings{"mid-2019=2019"}));
  EXPECT_EQ(found("(2016) archive"), (Strings{"2016=2016"}));
}

TEST(AbsoluteDates, YearRangeGivesFirstYearOrNothing) {
  const auto m = find_dates(lex(), "a legacy of the 1950-1953 Korean War", std::nullopt);
  ASSERT_LE(m.size(), 1u);
  if (!m.empty()) {
    EXPECT_EQ(m[0].value, Date{1950});
  }
  EXPECT_EQ(found("the 2013-14 fishing season"), (Strings{"2013-14=2013"}));
}

TEST(AbsoluteDates, YearsOutsideRangeAreNot) {
  EXPECT_TRUE(found("The fleet has 1850 ships and 2150 boats.").empty());
}

// ---------------------------------------------------------------- ranges

TEST(Ranges, ValueIsTheFirstDay) {
  const Date aug2015{2015, 8, 25};
  EXPECT_EQ(found("The tenth round is scheduled for Oct. 12-16 in Busan.", aug2015), (Strings{"Oct. 12-16=2015-10-12"}));
  EXPECT_EQ(found("It was held during 20-31 March 2023 in New Delhi."), (Strings{"20-31 March 2023=2023-03-20"}));
  EXPECT_EQ(found("Round 4 took place between April 24 and 28 in Ottawa.", std::nullopt, 2023),
            (Strings{"April 24 and 28=2023-04-24"}));
  EXPECT_EQ(found("Japan will host the round in Tokyo from 22 to 28 April.", Date{2015, 4, 21}),
            (Strings{"22 to 28 April=2015-04-22"}));
  EXPECT_EQ(found("The Doha session ran Jan. 24-26, 2020."), (Strings{"Jan. 24-26, 2020=2020-01-24"}));
  EXPECT_EQ(found("Delegates gathered 24\u201328 April in Lima.", Date{2019}), (Strings{"24\u201328 April=2019-04-24"}));
}

TEST(Ranges, AcrossMonthsAndYears) {
  EXPECT_EQ(found("The round ran from Dec. 28 to Jan. 3, 2020 in Doha."), (Strings{"Dec. 28 to Jan. 3, 2020=2019-12-28"}));
  EXPECT_EQ(found("Envoys met 30 November - 2 December 2021 in Geneva."),
            (Strings{"30 November - 2 December 2021=2021-11-30"}));
  EXPECT_EQ(found("The round runs from Nov. 30 to Dec. 2.", Date{2019, 11, 20}), (Strings{"Nov. 30 to Dec. 2=2019-11-30"}));
}

TEST(Ranges, AYearEarlierInTheSentenceServesWhenThereIsNoAnchor) {
  EXPECT_EQ(found("After the round of 20-31 March 2023 in Delhi, the ninth was held during 24-28 April."),
            (Strings{"20-31 March 2023=2023-03-20", "24-28 April=2023-04-24"}));
}

// ---------------------------------------------------------------- month/day without year

TEST(MonthDay, TakesTheAnchorYear) {
  EXPECT_EQ(found("The current arrangement is set to expire on Dec. 31.", kThu2018), (Strings{"Dec. 31=2018-12-31"}));
  EXPECT_EQ(found("GENEVA, Jan. 24 (AFP) -- Trade envoys met.", Date{2020, 1, 24}), (Strings{"Jan. 24=2020-01-24"}));
  EXPECT_EQ(found("The summit opens April 24.", Date{2017}), (Strings{"April 24=2017-04-24"}));
  EXPECT_EQ(found("The EU-Japan summit is to be held in Tokyo on 29 May.", Date{2015, 4, 21}),
            (Strings{"29 May=2015-05-29"}));
}

TEST(MonthDay, FallsBackOnTheHintThenNothing) {
  EXPECT_EQ(found("Talks resume Dec. 31.", std::nullopt, 2016), (Strings{"Dec. 31=2016-12-31"}));
  EXPECT_TRUE(found("Talks resume Dec. 31.", std::nullopt, 0).empty());
  EXPECT_TRUE(found("The Quito round closed on 12 July.").empty());
  // the anchor wins over the hint
  EXPECT_EQ(found("Talks resume Dec. 31.", Date{2019}, 2016), (Strings{"Dec. 31=2019-12-31"}));
}

TEST(MonthDay, ImpossibleDaysGiveNothing) {
  EXPECT_TRUE(found("Talks resume June 31.", Date{2019}).empty());
  EXPECT_TRUE(found("Talks resume Feb. 29.", Date{2019}).empty());
  EXPECT_EQ(found("Talks resume Feb. 29.", Date{2020}), (Strings{"Feb. 29=2020-02-29"}));
}

TEST(MonthDay, TenseCrossesTheYearBoundaryOnlyWhenClear) {
  // a future sentence in December about January
  EXPECT_EQ(found("The next round will be held on Jan. 10 in Lima.", Date{2019, 12, 20}),
            (Strings{"Jan. 10=2020-01-10"}));
  // a past verb in January about December
  EXPECT_EQ(found("The two sides met on Dec. 17 in Lima.", Date{2020, 1, 6}), (Strings{"Dec. 17=2019-12-17"}));
  // a participle after "be" is not a past verb
  EXPECT_EQ(found("The deal is to be signed on Jan. 10.", Date{2019, 12, 20}), (Strings{"Jan. 10=2020-01-10"}));
  EXPECT_EQ(found("The round was held on Dec. 17 in Lima.", Date{2020, 1, 6}), (Strings{"Dec. 17=2019-12-17"}));
  // an expiry later in the same year stays put
  EXPECT_EQ(found("The deal expires Dec. 31, the ministry said.", Date{2018, 1, 15}), (Strings{"Dec. 31=2018-12-31"}));
}

// ---------------------------------------------------------------- month alone

TEST(MonthAlone, TakesTheAnchorYear) {
  EXPECT_EQ(found("Earlier meetings took place in Nairobi in March, in Lusaka in April and in Accra in May.", kJul2018),
            (Strings{"March=2018-03", "April=2018-04", "May=2018-05"}));
  EXPECT_EQ(found("A second round will be held in Brussels in October.", Date{2013, 7, 15}), (Strings{"October=2013-10"}));
  EXPECT_EQ(found("The first two rounds took place in June and July.", Date{2020, 8}),
            (Strings{"June=2020-06", "July=2020-07"}));
  EXPECT_EQ(found("Since Apr, the two sides held eight rounds.", Date{2024, 10, 4}), (Strings{"Apr=2024-04"}));
  EXPECT_EQ(found("The ministers discussed it back in July.", Date{2015, 8, 25}), (Strings{"July=2015-07"}));
}

TEST(MonthAlone, NeedsAnAnchorAndACue) {
  EXPECT_TRUE(found("The treaty expires in February.", std::nullopt, 2020).empty());
  EXPECT_TRUE(found("March saw a flurry of meetings.", kJul2018).empty());
  EXPECT_TRUE(found("June Kim chaired the session.", kJul2018).empty());
}

TEST(MonthAlone, MayTheModalVerbIsNotADate) {
  EXPECT_TRUE(found("She may attend.", kJul2018).empty());
  EXPECT_TRUE(found("May attend the talks if invited.", kJul2018).empty());
  EXPECT_TRUE(found("MAY RESUME TALKS", kJul2018).empty());
  EXPECT_TRUE(found("Theresa May met Juncker; the plan won support from May.", kJul2018).empty());
  EXPECT_TRUE(found("Confidence in May's cabinet fell.", kJul2018).empty());
  EXPECT_EQ(found("The vote is set for May 5.", kJul2018), (Strings{"May 5=2018-05-05"}));
  EXPECT_EQ(found("The envoys met in May.", kJul2018), (Strings{"May=2018-05"}));
  EXPECT_EQ(found("The envoys met in mid-May.", kJul2018), (Strings{"mid-May=2018-05"}));
}

TEST(MonthAlone, SurfaceDropsASentenceFinalPeriod) {
  const auto m = find_dates(lex(), "They met in June.", kJul2018);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].surface, "June");
  EXPECT_EQ(found("Envoys will return in Jan.", Date{2018, 11}), (Strings{"Jan.=2019-01"}));
}

// ---------------------------------------------------------------- relative to the anchor

TEST(Relative, Years) {
  EXPECT_EQ(found("Seoul will pay more this year.", kThu2018), (Strings{"this year=2018"}));
  EXPECT_EQ(found("Under last year's deal, Oslo paid less.", kThu2018), (Strings{"last year=2017"}));
  EXPECT_EQ(found("A new pact is due next year.", kThu2018), (Strings{"next year=2019"}));
  EXPECT_EQ(found("Prices rose earlier this year.", kThu2018), (Strings{"earlier this year=2018"}));
  EXPECT_EQ(found("Seoul will pay more this year.", Date{2018}), (Strings{"this year=2018"}));  // year anchor is enough
  EXPECT_TRUE(found("Seoul will pay more this year.").empty());
  EXPECT_TRUE(found("Over the next year the allies will meet often.", kThu2018).empty());
  EXPECT_TRUE(found("a year of talks, a five-year deal, in months, in recent weeks", kThu2018).empty());
}

TEST(Relative, EndOfPeriods) {
  EXPECT_EQ(found("The existing deal expires at the end of this year.", kJul2018), (Strings{"end of this year=2018-12-31"}));
  EXPECT_EQ(found("They aim to finish by the end of the year.", kJul2018), (Strings{"end of the year=2018-12-31"}));
  EXPECT_EQ(found("It is due to expire at the end of next year.", Date{2024, 8, 15}),
            (Strings{"end of next year=2025-12-31"}));
  EXPECT_EQ(found("The prior accord expired at the end of last year.", Date{2014, 1, 12}),
            (Strings{"end of last year=2013-12-31"}));
  EXPECT_EQ(found("The current deal expires at the end of 2018."), (Strings{"end of 2018=2018-12-31"}));
  EXPECT_EQ(found("A third round should come before the end of 2013."), (Strings{"end of 2013=2013-12-31"}));
  EXPECT_EQ(found("The waiver ran to the end of February 2024."), (Strings{"end of February 2024=2024-02-29"}));
  EXPECT_EQ(found("Quotas are fixed until end-2018."), (Strings{"end-2018=2018-12-31"}));
  EXPECT_EQ(found("A text is expected by the end of the month.", Date{2019, 6}),
            (Strings{"end of the month=2019-06-30"}));
  EXPECT_TRUE(found("It expires at the end of this year.").empty());
}

TEST(Relative, Months) {
  const Date jan2020{2020, 1, 24};
  EXPECT_EQ(found("They will meet in Seoul early next month.", jan2020), (Strings{"early next month=2020-02"}));
  EXPECT_EQ(found("The first meeting was held last month in Hawaii.", kThu2018), (Strings{"last month=2018-03"}));
  EXPECT_EQ(found("Last month, the ministry recalled its envoy.", kThu2018), (Strings{"Last month=2018-03"}));
  EXPECT_EQ(found("A deal may come later this month.", kThu2018), (Strings{"later this month=2018-04"}));
  EXPECT_EQ(found("The envoys met late last month.", kThu2018), (Strings{"late last month=2018-03"}));
  EXPECT_EQ(found("Talks resume next month.", Date{2019, 12, 10}), (Strings{"next month=2020-01"}));
  EXPECT_EQ(found("Talks ended last month.", Date{2020, 1, 2}), (Strings{"last month=2019-12"}));
  EXPECT_EQ(found("It was appointed in mid-November.", kThu2018), (Strings{"mid-November=2018-11"}));
  EXPECT_EQ(found("Talks resume in early April.", Date{2019, 3, 1}), (Strings{"early April=2019-04"}));
  EXPECT_EQ(found("The round opens the second week of April.", Date{2019, 3, 1}),
            (Strings{"second week of April=2019-04"}));
  EXPECT_TRUE(found("Talks resume next month.", Date{2019}).empty());  // needs a month anchor
  // the article's week is its month where it lies in one (Mon 2 – Sun 8 April); other weeks stay undated
  EXPECT_EQ(found("They met last week and will meet this week and next week.", kThu2018),
            (Strings{"this week=2018-04"}));
  EXPECT_TRUE(found("They meet this week.", Date{2018, 4, 30}).empty());  // Mon 30 April – Sun 6 May
}

TEST(Relative, NamedMonthsAroundTheAnchor) {
  EXPECT_EQ(found("They have negotiated since January last year.", kThu2018), (Strings{"January last year=2017-01"}));
  EXPECT_EQ(found("The deal was reached last March.", Date{2020, 1, 10}), (Strings{"last March=2019-03"}));
  EXPECT_EQ(found("A vote is planned next May.", Date{2020, 1, 10}), (Strings{"next May=2020-05"}));
  EXPECT_EQ(found("A vote is planned next May.", Date{2020, 6, 10}), (Strings{"next May=2021-05"}));
}

TEST(Relative, YesterdayAndTomorrow) {
  EXPECT_EQ(found("The foreign ministry said yesterday.", Date{2024, 10, 4}), (Strings{"yesterday=2024-10-03"}));
  EXPECT_EQ(found("Signing is set for tomorrow.", Date{2020, 12, 31}), (Strings{"tomorrow=2021-01-01"}));
  EXPECT_TRUE(found("It happened yesterday.", Date{2024, 10}).empty());
}

// ---------------------------------------------------------------- weekdays

TEST(Weekdays, BareIsOnOrBeforeTheAnchor) {
  EXPECT_EQ(found("Officials met on Monday in Lima.", kThu2018), (Strings{"Monday=2018-04-02"}));
  EXPECT_EQ(found("The ministry said Thursday.", kThu2018), (Strings{"Thursday=2018-04-05"}));
  EXPECT_EQ(found("On Wednesday, the minister told reporters the talks went well.", kThu2018),
            (Strings{"Wednesday=2018-04-04"}));
}

TEST(Weekdays, LastAndNext) {
  EXPECT_EQ(found("The round began last Thursday.", kThu2018), (Strings{"last Thursday=2018-03-29"}));
  EXPECT_EQ(found("The round began last Wednesday.", kThu2018), (Strings{"last Wednesday=2018-04-04"}));
  EXPECT_EQ(found("The round opens next Wednesday.", kThu2018), (Strings{"next Wednesday=2018-04-11"}));
  EXPECT_EQ(found("The round opens next Thursday.", kThu2018), (Strings{"next Thursday=2018-04-12"}));
}

TEST(Weekdays, APlanToldInThePastLooksBack) {
  EXPECT_EQ(found("The border session had been scheduled to begin Friday, but it was postponed.", kThu2018),
            (Strings{"Friday=2018-03-30"}));
  EXPECT_EQ(found("The water talks were set to open on Tuesday.", kThu2018), (Strings{"Tuesday=2018-04-03"}));
}

TEST(Weekdays, APresentVerbRunningUntilADayLooksAhead) {
  EXPECT_EQ(found("The water talks continue through Saturday.", kThu2018), (Strings{"Saturday=2018-04-07"}));
  EXPECT_EQ(found("The session runs until Monday.", kThu2018), (Strings{"Monday=2018-04-09"}));
  EXPECT_EQ(found("The session lasted until Monday.", kThu2018), (Strings{"Monday=2018-04-02"}));
}

TEST(Weekdays, FutureSentencesLookAhead) {
  EXPECT_EQ(found("Envoys will meet in Lima on Monday.", kThu2018), (Strings{"Monday=2018-04-09"}));
  EXPECT_EQ(found("The session is to take place in Oslo on Wednesday and Thursday.", kJul2018),
            (Strings{"Wednesday=2018-07-18", "Thursday=2018-07-19"}));
  EXPECT_EQ(found("The talks are scheduled for Friday.", kThu2018), (Strings{"Friday=2018-04-06"}));
  EXPECT_EQ(found("The round is to be held on Monday.", kThu2018), (Strings{"Monday=2018-04-09"}));
  EXPECT_EQ(found("The talks, which began on Wednesday, will end on Friday.", Date{2019, 11, 20}),
            (Strings{"Wednesday=2019-11-20", "Friday=2019-11-22"}));
  // a past verb right before the weekday wins over the future cue
  EXPECT_EQ(found("Oslo said Monday that the envoys will return next week.", kThu2018), (Strings{"Monday=2018-04-02"}));
  EXPECT_EQ(found("The talks will be held on Jeju next Wednesday and Thursday.", kThu2018),
            (Strings{"next Wednesday=2018-04-11", "Thursday=2018-04-12"}));
}

TEST(Weekdays, RangesAreOneMention) {
  EXPECT_EQ(found("Round six took place from Monday to Wednesday in Ottawa.", Date{2024, 8, 15}),
            (Strings{"Monday to Wednesday=2024-08-12"}));
  EXPECT_EQ(found("The talks were held in Canberra from Friday to Sunday.", kMon2021),
            (Strings{"Friday to Sunday=2021-03-05"}));
  EXPECT_EQ(found("Experts will meet Wednesday through Friday.", kMon2021),
            (Strings{"Wednesday through Friday=2021-03-10"}));
}

TEST(Weekdays, AbbreviationsOnlyWithACue) {
  EXPECT_EQ(found("The envoys met on Tue. in Rome.", kThu2018), (Strings{"Tue.=2018-04-03"}));
  EXPECT_TRUE(found("The Sun. reported it; we sat down.", kThu2018).empty());
  EXPECT_TRUE(found("The Sun reported the deal.", kThu2018).empty());
}

TEST(Weekdays, NeedADayAnchor) {
  EXPECT_TRUE(found("The talks began last Wednesday.", Date{2018, 4}).empty());
  EXPECT_TRUE(found("The talks began last Wednesday.", std::nullopt, 2018).empty());
}

TEST(Weekdays, NotDatesOrAlreadyDated) {
  EXPECT_TRUE(found("The Good Friday Agreement was signed in Belfast.", kThu2018).empty());
  EXPECT_TRUE(found("Weekly talks happen on Mondays.", kThu2018).empty());
  EXPECT_EQ(found("The round opened on Monday, March 3, 2025.", kThu2018), (Strings{"March 3, 2025=2025-03-03"}));
}

// ---------------------------------------------------------------- numbers that are not dates

TEST(NotDates, MoneyCountsAndCodes) {
  for (const char* s : {"about 28,500 troops", "28, 500 U.S. troops", "$1.2 billion", "$870 million",
                        "1.52 trillion won", "Route 66", "a five-year deal", "Resolution 2094 was passed",
                        "about 2000 soldiers", "some 1999 workers", "COVID-19 delayed it", "in the 1990s",
                        "in the G20", "Tel: 03-5422-6034", "at 10:30 a.m.", "EU News 105/2015", "Article 50",
                        "a 3.5 percent rise", "2,000 troops", "No. 2010", "$2019 each", "rose 2020%",
                        "this summer", "the 10th round on the 24th"}) {
    EXPECT_TRUE(found(s, kThu2018).empty()) << s;
  }
}

// ---------------------------------------------------------------- offsets and robustness

TEST(Mentions, OffsetsPointAtTheSurface) {
  const std::string s = "The deal expires at the end of 2018, and on Dec. 31 it lapses.";
  const auto m = find_dates(lex(), s, Date{2018, 2, 1});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].surface, "end of 2018");
  EXPECT_EQ(s.substr(m[0].begin, m[0].end - m[0].begin), "end of 2018");
  EXPECT_EQ(m[1].surface, "Dec. 31");
  EXPECT_EQ(s.substr(m[1].begin, m[1].end - m[1].begin), "Dec. 31");
}

TEST(Mentions, OddInputsDoNotCrash) {
  for (const char* s : {"", " ", ".", "Dec.", "Dec", "2020-", "2020-01-", "31", "end of", "end-", "last",
                        "from Monday to", "between April 24 and", "mid-", "\xE2\x80", "\xC2", "May", "1st of"}) {
    EXPECT_NO_THROW(find_dates(lex(), s, kThu2018, 2018)) << s;
  }
  EXPECT_EQ(found("\u201CWe met on 12 July,\u201D he said.", Date{2013, 7, 15}), (Strings{"12 July=2013-07-12"}));
  EXPECT_EQ(found("Talks\u00A0resume\u00A0on\u00A0Jan.\u00A014,\u00A02020."), (Strings{"Jan.\u00A014,\u00A02020=2020-01-14"}));
}

// ---------------------------------------------------------------- publication date

TEST(PublicationDate, WireServiceHeader) {
  EXPECT_EQ(pub("Go to Contents Go to Navigation\n\nChile, Peru step up trade talks\n\nAll News 09:00 March 2, 2021\n\n"
                "SANTIAGO, March 2 (Yonhap) -- Chile and Peru said Tuesday ..."),
            "2021-03-02");
}

TEST(PublicationDate, DatelineTakesTheYearFromTheHeader) {
  EXPECT_EQ(pub("A delegate arrives for talks on March 1, 2022 in Geneva, in a long caption about the photo and the people in it.\n\n"
                "GENEVA, March 3 (AFP) -- WTO members resumed fisheries talks on Thursday."),
            "2022-03-03");
}

TEST(PublicationDate, DatelineConfirmsACaptionDate) {
  EXPECT_EQ(pub("Envoys of Iran and the E3 wait for the start of a meeting in Vienna, Austria April 6, 2021. "
                "Handout via REUTERS ATTENTION EDITORS - THIS PICTURE WAS PROVIDED BY A THIRD PARTY\n\n"
                "By Jane Roe\n\nVIENNA, April 6 (Reuters) \u2013 Diplomats sounded upbeat on Tuesday."),
            "2021-04-06");
}

TEST(PublicationDate, ProseDateInACaptionIsNotThePublicationDate) {
  EXPECT_EQ(pub("The envoy (right) gives a press conference on June 23, 2020 in Vienna after the US and Russia met for "
                "talks on their last major nuclear weapons agreement. (AFP)\n"
                "VIENNA \u2014 The first round of talks has ended with no results."),
            "null");
}

TEST(PublicationDate, PostedLines) {
  EXPECT_EQ(pub("Go to contents\n\nTalks stall\n\nPosted May. 12, 2019 10:21,   \n\nUpdated May. 13, 2019 10:21\n\nText."),
            "2019-05-12");
  EXPECT_EQ(pub("EU, Chile conclude talks\n\nPosted on : 2022-12-09 17:39 KST Modified on : 2022-12-10 09:00 KST\nBody."),
            "2022-12-09");
}

TEST(PublicationDate, ShortDateLines) {
  EXPECT_EQ(pub("EU and Vietnam to hold 5th round of trade negotiations\n\nEU News 33/2013\n\n12 March 2013\n\nThe EU ..."),
            "2013-03-12");
  EXPECT_EQ(pub("ASEAN-Backed Pact Talks to Continue\n\n\nMAY 12, 2016\n\nJakarta. Negotiations ..."), "2016-05-12");
  EXPECT_EQ(pub("Kenya, Britain agree trade deal\n\nEnglish.news.cn   2020-12-08 18:05:28\n\nNAIROBI, Dec. 8 (Xinhua) -- ..."),
            "2020-12-08");
}

TEST(PublicationDate, ArchiveAndIssuedLines) {
  EXPECT_EQ(pub(" date 2024-10-04 (MENAFN- Nam News Network) SEOUL, Oct 5 (NNN-YONHAP) \u2013 Seoul and Washington ..."),
            "2024-10-04");
  EXPECT_EQ(pub(" date 2017-06-07 Japan, EU to hold talks\n\n(Source: Kyodo; issued June 7, 2017)\n\nTOKYO --- ..."),
            "2017-06-07");
  EXPECT_EQ(pub("Japan, EU to hold talks\n\n(Source: Kyodo; issued June 7, 2017)\n\nTOKYO --- Officials ..."),
            "2017-06-07");
}

TEST(PublicationDate, PublishedWithTimeFirst) {
  EXPECT_EQ(pub("EU and New Zealand seal a free trade agreement after four years of negotiations in Brussels\n"
                "By A. Writer for the Trade Desk of the Daily Paper | Published: 14:32 BST, 15 June 2022 | "
                "Updated: 16:00 BST, 16 June 2022\nText"),
            "2022-06-15");
}

TEST(PublicationDate, ArchivedOnIsNotPublished) {
  EXPECT_EQ(pub("This site has been archived on 28 of April 2017\n\nEU and Chile to hold talks\n\n12 May 2015\n\nText"),
            "2015-05-12");
}

TEST(PublicationDate, TrailingDateLine) {
  std::string text = "TTIP: NEGOTIATORS END SECOND ROUND.\nEU and US negotiators concluded, on 15 November, the round.\n";
  for (int i = 0; i < 12; ++i) text += "The talks covered services, procurement and rules of origin in some depth.\n";
  text += "Publication: | European Report |\n---|---|\nDate: | Nov 18, 2013 |\nWords: | 300 |\n";
  EXPECT_EQ(pub(text), "2013-11-18");
}

TEST(PublicationDate, NothingPrintedGivesNull) {
  EXPECT_EQ(pub(""), "null");
  EXPECT_EQ(pub("London: The ninth round of talks concluded, the government said Wednesday.\nMore text."), "null");
  EXPECT_EQ(pub("SEOUL, Jan. 24 (Yonhap) -- No year anywhere in this header."), "null");
}

TEST(PublicationDate, LooksOnlyAtTheHeader) {
  std::string text = "Trade talks resume\n";
  while (text.size() < 700) text += "Officials from both sides discussed tariffs, quotas and services at length.\n";
  text += "\nMAY 12, 2016\n";
  for (int i = 0; i < 10; ++i) text += "More text about the negotiations follows here in the body of the story.\n";
  EXPECT_EQ(pub(text), "null");
}

// ---------------------------------------------------------------- the lexicon's date words

// The built-in lexicon and a user file read after it (as --lexicon), which adds words to classes.
std::shared_ptr<const Lexicon> with_user_file(std::string_view text) {
  namespace fs = std::filesystem;
  const fs::path file = fs::temp_directory_path() / ("newsgraph-date-words-" + std::to_string(::getpid()) + ".tsv");
  std::ofstream(file) << text;
  auto load = load_lexicon({file.string()}, NEWSGRAPH_SOURCE_DIR "/data/lexicon");
  fs::remove(file);
  EXPECT_FALSE(load.error) << load.error->to_string();
  return load.lexicon;
}

TEST(DateWords, AUserFileAddsAPrepositionBeforeAMonth) {
  const auto user = with_user_file("words\tprep:month\tere\n");
  ASSERT_TRUE(user);
  const std::string_view s = "The envoys met twice ere March.";
  EXPECT_EQ(found(s, kJul2018), Strings{});  // a month alone needs a word before it that makes it a date
  const auto m = find_dates(*user, s, kJul2018);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].surface, "March");
  EXPECT_EQ(m[0].value.iso(), "2018-03");
}

TEST(DateWords, AUserFileAddsAPartOfAPeriod) {
  const auto user = with_user_file("words\tnoun:date-part-of\tdawn\n");
  ASSERT_TRUE(user);
  const std::string_view s = "Talks stalled at the dawn of 2019.";
  EXPECT_EQ(found(s), Strings{"2019=2019"});
  const auto m = find_dates(*user, s, std::nullopt);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].surface, "dawn of 2019");  // the word opens the expression, as "beginning of 2019"
  EXPECT_EQ(m[0].value.iso(), "2019");
}

TEST(DateWords, AUserFileAddsAVerbOfPublication) {
  const auto user = with_user_file("words\tverb:published\tfiled\n");
  ASSERT_TRUE(user);
  // a long line: a date in it is prose unless a verb of publication comes before it
  const std::string text =
      "Filed 15 June 2019 by our correspondent in the capital, who has followed the talks since they began.\n"
      "The two delegations met again in Geneva.";
  EXPECT_EQ(pub(text), "null");
  const auto d = find_publication_date(*user, text);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->iso(), "2019-06-15");
}

}  // namespace
TEST(CalendarNames, FullMonthsAndWeekdaysButNotMay) {
  EXPECT_TRUE(is_calendar_name("Tuesday"));
  EXPECT_TRUE(is_calendar_name("MARCH"));
  EXPECT_TRUE(is_calendar_name("Sept"));
  EXPECT_FALSE(is_calendar_name("May"));   // also a given name and a verb
  EXPECT_FALSE(is_calendar_name("Tue"));   // abbreviations are read by the date scanner only
  EXPECT_FALSE(is_calendar_name("Marchetti"));
}

}  // namespace newsgraph::extract
