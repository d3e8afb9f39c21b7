// Unit tests of the mention recognisers (extract/mentions.h) through the public Extractor, with
// the built-in lexicons, on invented sentences about trade and peace talks.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "extract/extract.h"

namespace newsgraph::extract {
namespace {

using Strings = std::vector<std::string>;

const std::shared_ptr<const Lexicon>& lexicon() {
  static const std::shared_ptr<const Lexicon> lex = [] {
    auto load = load_lexicon({}, NEWSGRAPH_SOURCE_DIR "/data/lexicon");
    if (load.error) ADD_FAILURE() << load.error->to_string();
    return load.lexicon;
  }();
  return lex;
}

Article run(std::string_view text) {
  Extractor x(lexicon());
  return x.extract("test", text);
}

// Sorted canonical names of the entities of one type.
Strings names(const Article& a, EntityType type) {
  Strings out;
  for (const auto& e : a.entities)
    if (e.type == type) out.push_back(e.name);
  std::sort(out.begin(), out.end());
  return out;
}

const Entity* find(const Article& a, EntityType type, std::string_view name) {
  for (const auto& e : a.entities)
    if (e.type == type && e.name == name) return &e;
  return nullptr;
}

bool has_alias(const Entity* e, std::string_view alias) {
  return e && std::find(e->aliases.begin(), e->aliases.end(), alias) != e->aliases.end();
}

constexpr auto kPerson = EntityType::person;
constexpr auto kAgency = EntityType::agency;
constexpr auto kAgreement = EntityType::agreement;
constexpr auto kRound = EntityType::round;
constexpr auto kPlace = EntityType::place;
constexpr auto kDate = EntityType::date;

// ---------------------------------------------------------------- people

TEST(People, NameAfterTitle) {
  const Article a = run("Trade Minister Piyush Goyal said India wants a deal with the EU.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Piyush Goyal"}));
  EXPECT_TRUE(has_alias(find(a, kPerson, "Piyush Goyal"), "Trade Minister Piyush Goyal"));
}

TEST(People, MultiWordTitleIsKeptWholeInTheAlias) {
  const Article a = run("Secretary of State Mike Pompeo said the talks with Iran would continue.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Mike Pompeo"}));
  EXPECT_TRUE(has_alias(find(a, kPerson, "Mike Pompeo"), "Secretary of State Mike Pompeo"));
}

TEST(People, NameBeforeAppositive) {
  EXPECT_EQ(names(run("Maros Sefcovic, the EU's trade chief, said the talks would continue.\n"), kPerson),
            (Strings{"Maros Sefcovic"}));
  EXPECT_EQ(names(run("Maros Sefcovic, the EU's trade chief, met Brazilian officials.\n"), kPerson),
            (Strings{"Maros Sefcovic"}));
}

TEST(People, NameBeforeSpeechVerb) {
  EXPECT_EQ(names(run("Simon Birmingham told reporters the deal with Japan was close.\n"), kPerson),
            (Strings{"Simon Birmingham"}));
  EXPECT_EQ(names(run("Any deal must protect farmers, Celso Amorim warned on Friday.\n"), kPerson),
            (Strings{"Celso Amorim"}));
}

TEST(People, HyphenatedKoreanGivenNameIsAName) {
  const Article a = run("Yeo Han-koo arrived in Washington for tariff talks.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Yeo Han-koo"}));
}

TEST(People, SurnameRefersToTheFullName) {
  const Article a = run(
      "Katherine Tai said the WTO needed reform. Tai added that Beijing had not kept its promises.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Katherine Tai"}));
  const Entity* tai = find(a, kPerson, "Katherine Tai");
  ASSERT_NE(tai, nullptr);
  EXPECT_EQ(tai->mentions, 2);
  EXPECT_TRUE(has_alias(tai, "Tai"));
}

TEST(People, SurnameBeforeTheFullNameIsResolvedToo) {
  const Article a = run(
      "Tai arrived in Geneva on Monday. U.S. Trade Representative Katherine Tai said the WTO needed reform.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Katherine Tai"}));
  EXPECT_EQ(find(a, kPerson, "Katherine Tai")->mentions, 2);
}

TEST(People, LaterSurnameCueMakesTheFullNameAPerson) {
  const Article a = run("Trade Minister Yeo Han-koo met Katherine Tai. Tai said the talks were useful.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Katherine Tai", "Yeo Han-koo"}));
  EXPECT_TRUE(has_alias(find(a, kPerson, "Katherine Tai"), "Tai"));
}

TEST(People, KoreanFamilyNameFirstRefersToTheFullName) {
  const Article a = run("Yeo Han-koo said the talks would continue. Yeo added that Seoul was ready.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Yeo Han-koo"}));
  EXPECT_TRUE(has_alias(find(a, kPerson, "Yeo Han-koo"), "Yeo"));
}

TEST(People, SharedSurnameIsNotResolved) {
  const Article a = run(
      "Trade Minister Piyush Goyal and Commerce Secretary Sunil Goyal met. Goyal said the talks went well.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Piyush Goyal", "Sunil Goyal"}));
  EXPECT_EQ(find(a, kPerson, "Piyush Goyal")->mentions, 1);
  EXPECT_EQ(find(a, kPerson, "Sunil Goyal")->mentions, 1);
}

TEST(People, CapitalisedSentenceStartIsNotAnEntity) {
  const Article a = run("Negotiations resumed in Geneva. Meanwhile, Brazil said it would wait.\n");
  EXPECT_TRUE(names(a, kPerson).empty());
  EXPECT_TRUE(names(a, kAgency).empty());
  EXPECT_EQ(names(a, kPlace), (Strings{"Brazil", "Geneva"}));
}

TEST(People, MayTheMonthOrModalIsNotAPerson) {
  const Article a = run("In May, the EU and Mercosur resumed talks. Talks may end in May.\n");
  EXPECT_TRUE(names(a, kPerson).empty());
  EXPECT_EQ(find(a, kPerson, "May"), nullptr);
}

TEST(People, LoneUnknownCapitalisedWordIsNotAPerson) {
  const Article a = run("Officials from Brazil met Sefcovic.\n");
  EXPECT_TRUE(names(a, kPerson).empty());
  EXPECT_EQ(names(a, kPlace), (Strings{"Brazil"}));
}

// ---------------------------------------------------------------- agencies

TEST(Agencies, MinistryByHeadWord) {
  const Article a = run("The Ministry of Commerce said exports rose in March.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ministry of Commerce"}));
}

TEST(Agencies, MinistryOfANamedCountry) {
  const Article a = run("China's Ministry of Commerce said the tariffs were unfair.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ministry of Commerce of the People's Republic of China"}));
}

TEST(Agencies, DirectorateGeneralByHeadWord) {
  const Article a = run("Officials at the Directorate-General for Trade disagreed with Brasilia.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Directorate-General for Trade"}));
}

TEST(Agencies, ForeignMinistryTakesTheOfficialCountryName) {
  const Article a = run("India's foreign ministry said the talks with Canada would continue.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ministry of Foreign Affairs of the Republic of India"}));
  EXPECT_TRUE(has_alias(find(a, kAgency, "Ministry of Foreign Affairs of the Republic of India"),
                        "India's foreign ministry"));
}

TEST(Agencies, ForeignMinistryOfTheDatelineCountry) {
  const Article a = run("NEW DELHI, Jan. 5, 2023 -- The foreign ministry said the talks would continue.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ministry of Foreign Affairs of the Republic of India"}));
}

TEST(Agencies, ForeignMinistryWithoutAnyCountryIsNoNode) {
  EXPECT_TRUE(names(run("The foreign ministry said the talks would continue.\n"), kAgency).empty());
}

TEST(Agencies, LexiconAgencyWithItsAbbreviation) {
  const Article a = run(
      "Members of the World Trade Organization (WTO) met in Geneva. Later the WTO said talks would continue.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"World Trade Organization"}));
  const Entity* wto = find(a, kAgency, "World Trade Organization");
  EXPECT_TRUE(has_alias(wto, "WTO"));
  EXPECT_GE(wto->mentions, 2);
}

// ---------------------------------------------------------------- delegations

TEST(Delegations, CountryAdjectiveDelegation) {
  const Article a = run("The Japanese delegation arrived in Canberra on Sunday.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Japanese delegation"}));
  EXPECT_EQ(find(a, kAgency, "Japanese delegation")->country, "JP");
}

TEST(Delegations, PossessiveNegotiatingTeam) {
  const Article a = run("Canada's negotiating team arrived in New Delhi on Monday.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Canadian delegation"}));
  EXPECT_TRUE(has_alias(find(a, kAgency, "Canadian delegation"), "Canada's negotiating team"));
}

TEST(Delegations, AnyAdjectiveNamesTheCanonicalDelegation) {
  const Article a = run("The U.S. delegation and the American team met the Chinese side.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Chinese delegation", "U.S. delegation"}));
  EXPECT_EQ(find(a, kAgency, "U.S. delegation")->mentions, 2);
}

TEST(Delegations, NoCountryNoDelegation) {
  EXPECT_TRUE(names(run("A delegation of farmers arrived. The team left.\n"), kAgency).empty());
}

// ---------------------------------------------------------------- agreements

TEST(Agreements, AbbreviationDefinedInTheText) {
  const Article a = run(
      "India and Australia signed the Comprehensive Economic Partnership Agreement (CEPA) last year. "
      "Officials said CEPA would cut tariffs.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Comprehensive Economic Partnership Agreement"}));
  const Entity* cepa = find(a, kAgreement, "Comprehensive Economic Partnership Agreement");
  EXPECT_TRUE(has_alias(cepa, "CEPA"));
  EXPECT_GE(cepa->mentions, 2);
}

TEST(Agreements, NumberedInstance) {
  const Article a = run("Officials began work on the 3rd Comprehensive Economic Partnership Agreement.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"3rd Comprehensive Economic Partnership Agreement"}));
  const Entity* e = find(a, kAgreement, "3rd Comprehensive Economic Partnership Agreement");
  EXPECT_EQ(e->ordinal, 3);
  EXPECT_EQ(e->series, "Comprehensive Economic Partnership Agreement");
}

TEST(Agreements, LexiconAliasesNameOneAgreement) {
  const Article a = run("Iran said the JCPOA was dead. Europe wants to revive the Iran nuclear deal.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Joint Comprehensive Plan of Action"}));
  const Entity* e = find(a, kAgreement, "Joint Comprehensive Plan of Action");
  EXPECT_TRUE(has_alias(e, "JCPOA"));
  EXPECT_TRUE(has_alias(e, "Iran nuclear deal"));
}

TEST(Agreements, GenericDealWithoutANamedAgreementIsNoNode) {
  EXPECT_TRUE(names(run("Officials said the deal was close.\n"), kAgreement).empty());
}

// ---------------------------------------------------------------- places

TEST(Places, CountriesAndTheirAliases) {
  const Article a = run("Britain and the U.S. held talks on steel.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"United Kingdom", "United States"}));
  EXPECT_TRUE(has_alias(find(a, kPlace, "United Kingdom"), "Britain"));
  EXPECT_TRUE(has_alias(find(a, kPlace, "United States"), "U.S."));
}

TEST(Places, LowerCaseWordIsNotTheCountry) {
  const Article a = run("Negotiators from Turkey discussed turkey imports.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Turkey"}));
  EXPECT_EQ(find(a, kPlace, "Turkey")->mentions, 1);
}

TEST(Places, CapitalAsGovernmentIsTheCountry) {
  const Article a = run("Ottawa and Canberra disagree on dairy quotas.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Australia", "Canada"}));
  EXPECT_TRUE(has_alias(find(a, kPlace, "Canada"), "Ottawa"));
  EXPECT_TRUE(has_alias(find(a, kPlace, "Australia"), "Canberra"));
  EXPECT_EQ(find(a, kPlace, "Ottawa"), nullptr);
}

TEST(Places, CapitalAsLocationIsTheCity) {
  const Article a = run("The talks in Ottawa ended without a deal.\n");
  EXPECT_NE(find(a, kPlace, "Ottawa"), nullptr);
  EXPECT_EQ(find(a, kPlace, "Canada"), nullptr);
  EXPECT_EQ(find(a, kPlace, "Ottawa")->country, "CA");
}

TEST(Places, DatelineCityIsTheCity) {
  const Article a = run("OTTAWA, Jan. 12, 2024 -- India and Canada resumed talks.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Canada", "India", "Ottawa"}));
  ASSERT_TRUE(a.date.has_value());
  EXPECT_EQ(a.date->iso(), "2024-01-12");
}

// ---------------------------------------------------------------- rounds

TEST(Rounds, OrdinalRoundOfTheArticlesAgreement) {
  const Article a = run(
      "Negotiators discussed the EU-Mercosur Agreement. The fourth round of talks will open on Monday.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 4 of EU-Mercosur Agreement talks"}));
  const Entity* r = find(a, kRound, "Round 4 of EU-Mercosur Agreement talks");
  EXPECT_EQ(r->ordinal, 4);
  EXPECT_TRUE(has_alias(r, "fourth round of talks"));
}

TEST(Rounds, OrdinalRoundWithoutAnAgreementIsNamedAfterTheSides) {
  const Article a = run("Japan and Australia held the third round of talks in Canberra.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 3 of Japan-Australia talks"}));
}

TEST(Rounds, RoundWithANumber) {
  const Article a = run("Round 9 of the negotiations ended in Lima.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 9 of talks"}));
  EXPECT_EQ(find(a, kRound, "Round 9 of talks")->ordinal, 9);
}

TEST(Rounds, OtherRoundsAreNotNegotiationRounds) {
  EXPECT_TRUE(names(run("Another round of tariffs hit exports. A round of applause followed.\n"), kRound).empty());
}

// ---------------------------------------------------------------- dates

TEST(Dates, MonthDayResolvedFromTheArticleDate) {
  const Article a = run("BRUSSELS, March 3, 2022 -- EU officials met.\nThe Windsor Framework expires Dec. 31.\n");
  ASSERT_TRUE(a.date.has_value());
  EXPECT_EQ(a.date->iso(), "2022-03-03");
  EXPECT_EQ(names(a, kDate), (Strings{"2022-12-31"}));
  EXPECT_TRUE(has_alias(find(a, kDate, "2022-12-31"), "Dec. 31"));
}

TEST(Dates, UnanchoredMonthDayIsNoDateNode) {
  const Article a = run("Officials said the Windsor Framework expires Dec. 31.\n");
  EXPECT_FALSE(a.date.has_value());
  EXPECT_TRUE(names(a, kDate).empty());
}

TEST(Dates, DateNoFactNeedsIsNoNode) {
  const Article a = run("BRUSSELS, March 3, 2022 -- Officials met on March 1.\n");
  EXPECT_TRUE(names(a, kDate).empty());
}

// ---------------------------------------------------------------- scraped clutter

TEST(Clutter, ClutterLinesAreIgnored) {
  const Article a = run("Breaking News\nGo to Contents\nThe Japanese delegation arrived in Canberra.\n");
  EXPECT_TRUE(find(a, kAgency, "Breaking News") == nullptr);
  EXPECT_EQ(names(a, kAgency), (Strings{"Japanese delegation"}));
}

TEST(Clutter, SimilarLineThatIsNotClutterIsKept) {
  const Article a = run("Breaking News Agency\nTrade talks resumed in Geneva.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Breaking News Agency"}));
}

}  // namespace
}  // namespace newsgraph::extract
