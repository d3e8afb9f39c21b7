// Unit tests of entity resolution across articles (graph/resolve.h), on hand-built articles.
#include "graph/resolve.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract_test_helpers.h"
#include "graph/graph.h"
#include "graph_test_helpers.h"

namespace newsgraph::graph {
namespace {

using testing::Doc;
using testing::node;
using testing::Strings;

KnowledgeGraph resolved(const std::vector<Doc>& docs) {
  std::vector<extract::Article> articles;
  for (const auto& d : docs) articles.push_back(d.a);
  return testing::build(articles);
}

// Sorted labels of the nodes of one type.
Strings labels(const KnowledgeGraph& kg, EntityType type) {
  Strings out;
  const Graph& g = kg.graph();
  for (auto [v, end] = boost::vertices(g); v != end; ++v)
    if (g[*v].type == type) out.push_back(g[*v].label);
  std::sort(out.begin(), out.end());
  return out;
}

// Sorted "type from -> to" of every edge, by labels.
Strings edges(const KnowledgeGraph& kg) {
  Strings out;
  const Graph& g = kg.graph();
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    out.push_back(std::string(to_string(g[*e].type)) + " " + g[boost::source(*e, g)].label + " -> " +
                  g[boost::target(*e, g)].label);
  std::sort(out.begin(), out.end());
  return out;
}

// ---------------------------------------------------------------- people

TEST(ResolvePeople, SameNameInTwoArticlesIsOneNode) {
  Doc a("a1"), b("b2");
  a.person("Katherine Tai", {"Ambassador Katherine Tai"});
  b.person("Katherine Tai", {"Tai"});
  const auto kg = resolved({a, b});
  EXPECT_EQ(labels(kg, EntityType::person), (Strings{"Katherine Tai"}));
  const NodeData* n = node(kg, EntityType::person, "Katherine Tai");
  EXPECT_EQ(n->sources, (Sources{"a1", "b2"}));
  EXPECT_EQ(n->aliases, (std::set<std::string>{"Ambassador Katherine Tai", "Tai"}));
}

TEST(ResolvePeople, SurnameMergesWithTheUniqueFullName) {
  Doc a("a1"), b("b2");
  a.person("Joe Biden", {"President Joe Biden"});
  b.person("Biden", {"President Biden"});
  const auto kg = resolved({a, b});
  EXPECT_EQ(labels(kg, EntityType::person), (Strings{"Joe Biden"}));
  const NodeData* n = node(kg, EntityType::person, "Joe Biden");
  EXPECT_EQ(n->sources, (Sources{"a1", "b2"}));
  EXPECT_TRUE(n->aliases.count("Biden"));
  EXPECT_TRUE(n->aliases.count("President Biden"));
}

TEST(ResolvePeople, LongerFamilyNameEndMerges) {
  Doc a("a1"), b("b2");
  a.person("Ignacio Garcia Bercero");
  b.person("Garcia Bercero");
  EXPECT_EQ(labels(resolved({a, b}), EntityType::person), (Strings{"Ignacio Garcia Bercero"}));
}

TEST(ResolvePeople, FirstOfTwoFamilyNamesMergesWithTheFullName) {
  Doc a("a1"), b("b2");
  a.person("Ana Lucia Ruiz-Tagle Ossandon");
  b.person("Ruiz-Tagle", {"Ambassador Ruiz-Tagle"});
  b.person("Lucia");  // a given name is no family name
  EXPECT_EQ(labels(resolved({a, b}), EntityType::person), (Strings{"Ana Lucia Ruiz-Tagle Ossandon", "Lucia"}));
}

TEST(ResolvePeople, SurnameSharedByTwoPeopleStaysApart) {
  Doc a("a1"), b("b2"), c("c3");
  a.person("Piyush Goyal");
  b.person("Sunil Goyal");
  c.person("Goyal");
  EXPECT_EQ(labels(resolved({a, b, c}), EntityType::person), (Strings{"Goyal", "Piyush Goyal", "Sunil Goyal"}));
}

TEST(ResolvePeople, GivenNameAloneDoesNotMerge) {
  Doc a("a1"), b("b2");
  a.person("Mary Ng");
  b.person("Mary");
  EXPECT_EQ(labels(resolved({a, b}), EntityType::person), (Strings{"Mary", "Mary Ng"}));
}

TEST(ResolvePeople, KoreanFamilyNameFirstMerges) {
  Doc a("a1"), b("b2");
  a.person("Yeo Han-koo");
  b.person("Yeo");
  EXPECT_EQ(labels(resolved({a, b}), EntityType::person), (Strings{"Yeo Han-koo"}));
}

TEST(ResolvePeople, MiddleInitialMergesWithTheNameWithoutIt) {
  Doc a("a1"), b("b2");
  a.person("Marshall S. Billingslea");
  b.person("Marshall Billingslea");
  const auto kg = resolved({a, b});
  EXPECT_EQ(labels(kg, EntityType::person), (Strings{"Marshall S. Billingslea"}));
  EXPECT_TRUE(node(kg, EntityType::person, "Marshall S. Billingslea")->aliases.count("Marshall Billingslea"));
}

TEST(ResolvePeople, DifferentMiddleNamesStayApart) {
  Doc a("a1"), b("b2");
  a.person("John Andrew Smith");
  b.person("John Robert Smith");
  EXPECT_EQ(labels(resolved({a, b}), EntityType::person), (Strings{"John Andrew Smith", "John Robert Smith"}));
}

TEST(ResolvePeople, SameRomanisationKeyMerges) {
  Doc a("a1"), b("b2");
  a.a.entities[a.person("Chung Eun-bo")].key = "jeong eunbo";
  b.a.entities[b.person("Jeong Eun-bo")].key = "jeong eunbo";
  EXPECT_EQ(labels(resolved({a, b}), EntityType::person).size(), 1u);
}

// Articles as the extractor makes them, so that Entity::key holds the name as compared across
// spellings (the `variant` lines of data/lexicon/name-variants.tsv).
TEST(ResolvePeople, RomanisationVariantsFromTheExtractorAreOnePerson) {
  const auto kg = testing::build(
      {extract::run("Chief negotiator Chung Eun-bo said the cost-sharing talks went well.\n", "a1"),
       extract::run("Jeong Eun-bo told reporters the gap had narrowed.\n", "b2")});
  const Strings people = labels(kg, EntityType::person);
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(people);
  EXPECT_EQ(node(kg, EntityType::person, people[0])->sources, (Sources{"a1", "b2"}));
}

TEST(ResolvePeople, ArabicArticleInsideANameWrittenOrNotIsOnePerson) {
  const auto kg = testing::build(
      {extract::run("Libya's envoy Khalid al-Mansouri said the ceasefire talks went well.\n", "a1"),
       extract::run("Khalid Mansouri told reporters the gap had narrowed.\n", "b2"),
       extract::run("Envoy Samir El Haddad said the talks in Rabat were over.\n", "c3"),
       extract::run("Samir Haddad told reporters the gap had narrowed.\n", "d4")});
  EXPECT_EQ(labels(kg, EntityType::person).size(), 2u) << ::testing::PrintToString(labels(kg, EntityType::person));
  // a given name "Al" is a name of its own: "Al Gore" is not a Gore named alone
  const auto other = testing::build({extract::run("Chief negotiator Al Brennan said the talks went well.\n", "a1"),
                                     extract::run("Ruth Brennan told reporters the gap had narrowed.\n", "b2")});
  EXPECT_EQ(labels(other, EntityType::person), (Strings{"Al Brennan", "Ruth Brennan"}));
}

TEST(ResolvePeople, KoreanNameInWesternOrderIsOnePerson) {
  const auto kg = testing::build(
      {extract::run("Trade Minister Yeo Han-koo said the tariff talks went well.\n", "a1"),
       extract::run("Han-koo Yeo told reporters the gap on tariffs had narrowed.\n", "b2")});
  const Strings people = labels(kg, EntityType::person);
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(people);
}

TEST(ResolvePeople, EnglishShortGivenNameIsTheFullNameInAnotherArticle) {
  const auto kg = testing::build(
      {extract::run("Envoy Bill Harrow said the water-sharing talks in Geneva went well.\n", "a1"),
       extract::run("William Harrow told reporters the gap on the river had narrowed.\n", "b2"),
       extract::run("Trade Secretary Tony Marsh said the tariff talks went well.\n", "c3"),
       extract::run("Antony Marsh told reporters the tariff gap had narrowed.\n", "d4")});
  EXPECT_EQ(labels(kg, EntityType::person), (Strings{"Antony Marsh", "William Harrow"}));
  // "Steve" may be Stephen or Steven: only Steven is taken for it
  const auto other = testing::build({extract::run("Envoy Steve Cole said the border talks went well.\n", "a1"),
                                     extract::run("Stephen Cole told reporters the gap had narrowed.\n", "b2")});
  EXPECT_EQ(labels(other, EntityType::person), (Strings{"Stephen Cole", "Steve Cole"}));
}

TEST(ResolvePeople, NameWithoutItsMiddleNameIsTheOneFullName) {
  const auto kg = testing::build(
      {extract::run("Ambassador Lina Sabri Haddad chaired the water-sharing talks in Amman.\n", "a1"),
       extract::run("Lina Haddad told reporters the gap on the river had narrowed.\n", "b2")});
  EXPECT_EQ(labels(kg, EntityType::person), (Strings{"Lina Sabri Haddad"}));
  // two full names with those ends: the short one is neither's
  const auto other = testing::build(
      {extract::run("Ambassador Lina Sabri Haddad chaired the water-sharing talks in Amman.\n", "a1"),
       extract::run("Envoy Lina Maria Haddad said the border talks went well.\n", "b2"),
       extract::run("Lina Haddad told reporters the gap on the river had narrowed.\n", "c3")});
  EXPECT_EQ(labels(other, EntityType::person).size(), 3u);
}

TEST(ResolvePeople, OneWordSlippedInOneArticleIsOnePerson) {
  // a letter doubled, two letters swapped: one writer's slip within an article
  const auto kg = testing::build({extract::run(
      "Energy Minister Omar Kassab said the gas talks went well. Later Energy Minister Omar Kassabb "
      "met Ilya Petrovsky. Foreign Minister Ilya Pertovsky left for Oslo.\n",
      "a1")});
  EXPECT_EQ(labels(kg, EntityType::person).size(), 2u) << ::testing::PrintToString(labels(kg, EntityType::person));
  // in two articles they may be two people; other one-letter changes are other names
  const auto other = testing::build({extract::run("Energy Minister Omar Kassab said the gas talks went well.\n", "a1"),
                                     extract::run("Omar Kassabb told reporters the gap had narrowed.\n", "b2"),
                                     extract::run("Envoy Mark Marin met Trade Minister Mark Martin in Oslo.\n", "c3")});
  EXPECT_EQ(labels(other, EntityType::person).size(), 4u) << ::testing::PrintToString(labels(other, EntityType::person));
}

TEST(ResolvePeople, SameFamilyNameOtherGivenNameFromTheExtractorStaysApart) {
  const auto kg = testing::build(
      {extract::run("Jeong Eun-bo told reporters the gap had narrowed.\n", "a1"),
       extract::run("Defense Minister Jeong Kyeong-doo said the cost-sharing talks went well.\n", "b2")});
  EXPECT_EQ(labels(kg, EntityType::person), (Strings{"Jeong Eun-bo", "Jeong Kyeong-doo"}));
}

TEST(ResolvePeople, EdgesFollowTheMergedNode) {
  Doc a("a1"), b("b2");
  a.relation(RelationType::leads, a.person("Steve Verheul"), a.entity(EntityType::agency, "Canadian delegation"));
  b.relation(RelationType::leads, b.person("Verheul"), b.entity(EntityType::agency, "Canadian delegation"));
  const auto kg = resolved({a, b});
  EXPECT_EQ(edges(kg), (Strings{"leads Steve Verheul -> Canadian delegation"}));
  const Graph& g = kg.graph();
  const auto [e, end] = boost::edges(g);
  EXPECT_EQ(g[*e].sources, (Sources{"a1", "b2"}));
  EXPECT_EQ(g[*e].evidence.size(), 2u);
}

TEST(ResolvePeople, PersonAndPlaceOfTheSameSpellingStayApart) {
  Doc a("a1"), b("b2");
  a.entity(EntityType::place, "Jordan");
  b.person("Michael Jordan");
  b.person("Jordan");
  const auto kg = resolved({a, b});
  EXPECT_EQ(labels(kg, EntityType::place), (Strings{"Jordan"}));
  EXPECT_EQ(labels(kg, EntityType::person), (Strings{"Michael Jordan"}));
}

// ---------------------------------------------------------------- places

TEST(ResolvePlaces, CityAndTheCountryItStandsForStayApart) {
  Doc a("a1"), b("b2");
  a.entity(EntityType::place, "Canada", {"Ottawa"});  // "Ottawa and Canberra disagree"
  const auto r = b.round("Ottawa round of talks", 0, "");
  b.relation(RelationType::held_in, r, b.entity(EntityType::place, "Ottawa"));  // "talks in Ottawa"
  const auto kg = resolved({a, b});
  EXPECT_EQ(labels(kg, EntityType::place), (Strings{"Canada", "Ottawa"}));
  EXPECT_TRUE(node(kg, EntityType::place, "Canada")->aliases.count("Ottawa"));
}

TEST(ResolvePlaces, CountryAliasesAcrossArticlesAreUnited) {
  Doc a("a1"), b("b2");
  a.entity(EntityType::place, "United Kingdom", {"Britain"});
  b.entity(EntityType::place, "United Kingdom", {"UK", "London"});
  const auto kg = resolved({a, b});
  EXPECT_EQ(node(kg, EntityType::place, "United Kingdom")->aliases,
            (std::set<std::string>{"Britain", "London", "UK"}));
}

// ---------------------------------------------------------------- agencies

TEST(ResolveAgencies, BodyNamedWithItsPartiesIsTheBody) {
  Doc a("a1"), b("b2");
  a.entity(EntityType::agency, "Nepal-India Joint Committee on Water Resources", {});
  b.entity(EntityType::agency, "Joint Committee on Water Resources", {"JCWR"});
  b.entity(EntityType::agency, "Inter-American Development Bank", {});
  b.entity(EntityType::agency, "American Development Bank", {});
  const auto kg = resolved({a, b});
  EXPECT_EQ(labels(kg, EntityType::agency).size(), 3u);  // "Inter" is no party: the banks stay apart
  const NodeData* body = node(kg, EntityType::agency, "Joint Committee on Water Resources");
  if (!body) body = node(kg, EntityType::agency, "Nepal-India Joint Committee on Water Resources");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->sources, (Sources{"a1", "b2"}));
}

TEST(ResolveAgencies, CompanyWithAndWithoutItsLegalFormIsOneBody) {
  Doc a("a1"), b("b2");
  a.entity(EntityType::agency, "Pacific Salmon Packers Corp", {});
  a.entity(EntityType::agency, "Board of Trade & Industry", {});
  b.entity(EntityType::agency, "Pacific Salmon Packers Corporation", {});
  b.entity(EntityType::agency, "Board of Trade and Industry", {});
  // one word left is no name of its own: "Ford Co" and "Ford Inc" are not linked by it
  b.entity(EntityType::agency, "Acme Co", {});
  b.entity(EntityType::agency, "Acme Inc", {});
  const auto kg = resolved({a, b});
  EXPECT_EQ(labels(kg, EntityType::agency).size(), 4u);
  const NodeData* firm = node(kg, EntityType::agency, "Pacific Salmon Packers Corporation");
  if (!firm) firm = node(kg, EntityType::agency, "Pacific Salmon Packers Corp");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->sources, (Sources{"a1", "b2"}));
}

TEST(ResolveAgencies, InitialsAloneAreTheBodyAnotherArticleSpelledOut) {
  Doc a("a1"), b("b2"), c("c3");
  a.entity(EntityType::agency, "Pacific Fishing Vessel Owners Union", {"PFVOU"});
  a.entity(EntityType::agency, "U.S. Tuna Council", {"USTC"});
  b.entity(EntityType::agency, "PFVOU", {});
  b.entity(EntityType::agency, "USTC", {});
  // initials given to two bodies, or to a name they are not the initials of, join nothing
  a.entity(EntityType::agency, "Marine Resources Council", {"MRC"});
  c.entity(EntityType::agency, "Mekong River Commission", {"MRC"});
  c.entity(EntityType::agency, "MRC", {});
  c.entity(EntityType::agency, "Joint Commission of the Tuna Accord", {"TA"});
  b.entity(EntityType::agency, "TA", {});
  const auto kg = resolved({a, b, c});
  EXPECT_EQ(labels(kg, EntityType::agency),
            (Strings{"Joint Commission of the Tuna Accord", "MRC", "Marine Resources Council", "Mekong River Commission",
                     "Pacific Fishing Vessel Owners Union", "TA", "U.S. Tuna Council"}));
  const NodeData* body = node(kg, EntityType::agency, "Pacific Fishing Vessel Owners Union");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->sources, (Sources{"a1", "b2"}));
}

// ---------------------------------------------------------------- agreements

TEST(ResolveAgreements, InstancesOfDifferentOrdinalsStayApart) {
  Doc a("a1"), b("b2"), c("c3");
  a.entity(EntityType::agreement, "1st Comprehensive Economic Partnership Agreement");
  b.entity(EntityType::agreement, "2nd Comprehensive Economic Partnership Agreement");
  c.entity(EntityType::agreement, "Comprehensive Economic Partnership Agreement", {"CEPA"});
  EXPECT_EQ(labels(resolved({a, b, c}), EntityType::agreement),
            (Strings{"1st Comprehensive Economic Partnership Agreement", "2nd Comprehensive Economic Partnership Agreement",
                     "Comprehensive Economic Partnership Agreement"}));
}

// ---------------------------------------------------------------- rounds

TEST(ResolveRounds, SameNameAndPlaceAcrossArticlesIsOneRound) {
  Doc a("a1"), b("b2");
  const auto ra = a.round("Round 4 of EU-Mercosur Agreement talks", 4, "EU-Mercosur Agreement");
  a.relation(RelationType::held_in, ra, a.entity(EntityType::place, "Montevideo"));
  const auto rb = b.round("Round 4 of the EU-Mercosur Agreement talks", 4, "EU-Mercosur Agreement");
  b.relation(RelationType::held_in, rb, b.entity(EntityType::place, "Montevideo"));
  const auto kg = resolved({a, b});
  ASSERT_EQ(labels(kg, EntityType::round).size(), 1u);
  EXPECT_EQ(edges(kg).size(), 1u);
}

TEST(ResolveRounds, SessionCalledByTheSameCodeIsOneRound) {
  // each article named the talks after something else; "COP7" and "COP-7" are one code
  Doc a("a1"), b("b2"), c("c3");
  a.round("Round 7 of Mekong Water Convention talks", 7, "Mekong Water Convention");
  a.last().aliases = {"COP7", "seventh session"};
  b.round("Round 7 of Laos talks", 7, "");
  b.last().aliases = {"COP-7"};
  // another code is another meeting
  c.round("Round 7 of Cambodia talks", 7, "");
  c.last().aliases = {"MOP7"};
  const auto kg = resolved({a, b, c});
  EXPECT_EQ(labels(kg, EntityType::round), (Strings{"Round 7 of Cambodia talks", "Round 7 of Mekong Water Convention talks"}));
}

TEST(ResolveRounds, SeriesAndInstanceRoundsWithConflictingDatesStayApart) {
  const std::string series = "Early Progress Trade Agreement";
  Doc a("a1"), b("b2");
  const auto ra = a.round("Round 3 of " + series + " talks", 3, series);
  a.relation(RelationType::held_on, ra, a.entity(EntityType::date, "2023-06-12"));
  const auto rb = b.round("Round 3 of 1st " + series + " talks", 3, "1st " + series);
  b.relation(RelationType::held_on, rb, b.entity(EntityType::date, "2023-09-20"));
  EXPECT_EQ(labels(resolved({a, b}), EntityType::round).size(), 2u);
}

TEST(ResolveRounds, RoundsReportedYearsApartStayApart) {
  const std::string series = "Early Progress Trade Agreement";
  Doc a("a1", extract::Date{2015, 1, 10}), b("b2", extract::Date{2023, 1, 10});
  const auto ra = a.round("Round 3 of " + series + " talks", 3, series);
  a.relation(RelationType::held_in, ra, a.entity(EntityType::place, "Ottawa"));
  const auto rb = b.round("Round 3 of 1st " + series + " talks", 3, "1st " + series);
  b.relation(RelationType::held_in, rb, b.entity(EntityType::place, "Ottawa"));
  EXPECT_EQ(labels(resolved({a, b}), EntityType::round).size(), 2u);
}

TEST(ResolveRounds, SameNumberDifferentPlacesStayApart) {
  Doc a("a1"), b("b2");
  const auto ra = a.round("Round 4 of talks", 4, "");
  a.relation(RelationType::held_in, ra, a.entity(EntityType::place, "Brasilia"));
  const auto rb = b.round("Round 4 of EU-Mercosur Agreement talks", 4, "EU-Mercosur Agreement");
  b.relation(RelationType::held_in, rb, b.entity(EntityType::place, "Montevideo"));
  EXPECT_EQ(labels(resolved({a, b}), EntityType::round).size(), 2u);
}

TEST(ResolveRounds, DifferentNumbersAtThePlaceStayApart) {
  Doc a("a1"), b("b2");
  const auto ra = a.round("Round 4 of EU-Mercosur Agreement talks", 4, "EU-Mercosur Agreement");
  a.relation(RelationType::held_in, ra, a.entity(EntityType::place, "Montevideo"));
  const auto rb = b.round("Round 5 of EU-Mercosur Agreement talks", 5, "EU-Mercosur Agreement");
  b.relation(RelationType::held_in, rb, b.entity(EntityType::place, "Montevideo"));
  EXPECT_EQ(labels(resolved({a, b}), EntityType::round).size(), 2u);
}

TEST(ResolveRounds, RoundsOfDifferentAgreementInstancesStayApart) {
  const std::string first = "1st Comprehensive Economic Partnership Agreement";
  const std::string second = "2nd Comprehensive Economic Partnership Agreement";
  Doc a("a1"), b("b2");
  const auto ra = a.round("Round 2 of " + first + " talks", 2, first);
  a.relation(RelationType::held_in, ra, a.entity(EntityType::place, "New Delhi"));
  const auto rb = b.round("Round 2 of " + second + " talks", 2, second);
  b.relation(RelationType::held_in, rb, b.entity(EntityType::place, "New Delhi"));
  EXPECT_EQ(labels(resolved({a, b}), EntityType::round),
            (Strings{"Round 2 of " + first + " talks", "Round 2 of " + second + " talks"}));
}

TEST(ResolveRounds, SeriesRoundMergesWithItsOneInstanceRound) {
  const std::string series = "Comprehensive Economic Partnership Agreement";
  const std::string first = "1st " + series;
  Doc a("a1"), b("b2");
  const auto ra = a.round("Round 2 of " + series + " talks", 2, series);
  a.relation(RelationType::held_in, ra, a.entity(EntityType::place, "New Delhi"));
  const auto rb = b.round("Round 2 of " + first + " talks", 2, first);
  b.relation(RelationType::held_in, rb, b.entity(EntityType::place, "New Delhi"));
  EXPECT_EQ(labels(resolved({a, b}), EntityType::round), (Strings{"Round 2 of " + first + " talks"}));
}

TEST(ResolveRounds, PlaceNamedRoundMergesWithTheNumberedRoundThere) {
  Doc a("a1"), b("b2");
  const auto ra = a.round("Ottawa round of Early Progress Trade Agreement talks", 0, "Early Progress Trade Agreement");
  a.relation(RelationType::held_in, ra, a.entity(EntityType::place, "Ottawa"));
  const auto rb = b.round("Round 2 of Early Progress Trade Agreement talks", 2, "Early Progress Trade Agreement");
  b.relation(RelationType::held_in, rb, b.entity(EntityType::place, "Ottawa"));
  const auto kg = resolved({a, b});
  EXPECT_EQ(labels(kg, EntityType::round), (Strings{"Round 2 of Early Progress Trade Agreement talks"}));
  EXPECT_TRUE(node(kg, EntityType::round, "Round 2 of Early Progress Trade Agreement talks")
                  ->aliases.count("Ottawa round of Early Progress Trade Agreement talks"));
}

TEST(ResolveRounds, PlaceNamedRoundOfOtherSidesStaysApartFromTheNumberedRoundThere) {
  Doc a("a1"), b("b2");
  const auto ra = a.round("Vienna round of Serbia-Kosovo talks", 0, "");
  a.relation(RelationType::held_in, ra, a.entity(EntityType::place, "Vienna"));
  const auto rb = b.round("Round 4 of Armenia-Azerbaijan talks", 4, "");
  b.relation(RelationType::held_in, rb, b.entity(EntityType::place, "Vienna"));
  EXPECT_EQ(labels(resolved({a, b}), EntityType::round).size(), 2u);
}

TEST(ResolveRounds, PlaceNamedRoundOfTheSameSidesMergesWithoutAnAgreement) {
  Doc a("a1"), b("b2");
  const auto ra = a.round("Vienna round of Serbia-Kosovo talks", 0, "");
  a.relation(RelationType::held_in, ra, a.entity(EntityType::place, "Vienna"));
  const auto rb = b.round("Round 4 of Serbia-Kosovo talks", 4, "");
  b.relation(RelationType::held_in, rb, b.entity(EntityType::place, "Vienna"));
  EXPECT_EQ(labels(resolved({a, b}), EntityType::round), (Strings{"Round 4 of Serbia-Kosovo talks"}));
}

// Two articles may name the sides in either order: one round of the same number and date.
TEST(ResolveRounds, SameSidesInEitherOrderAreOneRound) {
  Doc a("a1"), b("b2");
  const auto ra = a.round("Round 4 of Peru-Ecuador talks", 4, "");
  a.relation(RelationType::held_on, ra, a.entity(EntityType::date, "2021-06-03"));
  const auto rb = b.round("Round 4 of Ecuador-Peru talks", 4, "");
  b.relation(RelationType::held_on, rb, b.entity(EntityType::date, "2021-06-03"));
  EXPECT_EQ(labels(resolved({a, b}), EntityType::round).size(), 1u);
  // not sides that merely share a country
  Doc c("c3");
  const auto rc = c.round("Round 4 of Peru-Chile talks", 4, "");
  c.relation(RelationType::held_on, rc, c.entity(EntityType::date, "2021-06-03"));
  EXPECT_EQ(labels(resolved({a, c}), EntityType::round).size(), 2u);
}

TEST(ResolveRounds, SameNumberAndPlaceOfOtherSidesStayApart) {
  Doc a("a1"), b("b2");
  const auto ra = a.round("Round 2 of Serbia-Kosovo talks", 2, "");
  a.relation(RelationType::held_in, ra, a.entity(EntityType::place, "Vienna"));
  const auto rb = b.round("Round 2 of Armenia-Azerbaijan talks", 2, "");
  b.relation(RelationType::held_in, rb, b.entity(EntityType::place, "Vienna"));
  EXPECT_EQ(labels(resolved({a, b}), EntityType::round).size(), 2u);
}

TEST(ResolveRounds, MergedRoundIsPartOfTheAgreementItsNameSays) {
  // One article reports the round of the series, another of the numbered instance: the merged
  // round is named after the instance and is part of it only.
  const std::string series = "Defence Cost Sharing Agreement";
  const std::string fifth = "5th " + series;
  Doc a("a1"), b("b2");
  const auto ra = a.round("Round 3 of " + series + " talks", 3, series);
  a.relation(RelationType::held_in, ra, a.entity(EntityType::place, "Manila"));
  a.relation(RelationType::part_of, ra, a.entity(EntityType::agreement, series));
  const auto rb = b.round("Round 3 of " + fifth + " talks", 3, fifth);
  b.relation(RelationType::held_in, rb, b.entity(EntityType::place, "Manila"));
  b.relation(RelationType::part_of, rb, b.entity(EntityType::agreement, fifth));
  const Strings all = edges(resolved({a, b}));
  EXPECT_NE(std::find(all.begin(), all.end(), "part-of Round 3 of " + fifth + " talks -> " + fifth), all.end());
  EXPECT_EQ(std::find(all.begin(), all.end(), "part-of Round 3 of " + fifth + " talks -> " + series), all.end());
}

TEST(ResolveRounds, RoundKeepsPartOfAnotherAgreementsTalks) {
  // Part of two different agreements' talks: the one its name does not say stays.
  Doc a("a1");
  const auto r = a.round("Round 4 of Open Skies Agreement talks", 4, "Open Skies Agreement");
  a.relation(RelationType::part_of, r, a.entity(EntityType::agreement, "Open Skies Agreement"));
  a.relation(RelationType::part_of, r, a.entity(EntityType::agreement, "Comprehensive Air Transport Agreement"));
  const Strings all = edges(resolved({a}));
  EXPECT_EQ(std::count_if(all.begin(), all.end(), [](const std::string& e) { return e.rfind("part-of", 0) == 0; }), 2);
}

// ---------------------------------------------------------------- determinism

std::vector<Doc> mixed() {
  Doc a("a1", extract::Date{2019, 12, 13});
  a.person("Boris Johnson", {"Prime Minister Boris Johnson"});
  a.person("Michel Barnier");
  a.entity(EntityType::agreement, "Brexit Withdrawal Agreement", {"Withdrawal Agreement"});
  Doc b("b2", extract::Date{2019, 12, 20});
  b.person("Johnson");
  b.person("Barnier", {"EU negotiator Barnier"});
  const auto r = b.round("Brussels round of EU-UK Trade and Cooperation Agreement talks", 0,
                         "EU-UK Trade and Cooperation Agreement");
  b.relation(RelationType::held_in, r, b.entity(EntityType::place, "Brussels"));
  Doc c("c3", extract::Date{2020, 3, 2});
  const auto frost = c.person("David Frost");
  const auto rc = c.round("Round 1 of EU-UK Trade and Cooperation Agreement talks", 1,
                          "EU-UK Trade and Cooperation Agreement");
  c.relation(RelationType::held_in, rc, c.entity(EntityType::place, "Brussels"));
  c.relation(RelationType::leads, frost, c.entity(EntityType::agency, "British delegation"));
  return {a, b, c};
}

Strings summary(const KnowledgeGraph& kg) {
  Strings out;
  const Graph& g = kg.graph();
  for (Vertex v : kg.sorted_vertices()) {
    std::string aliases;
    for (const auto& x : g[v].aliases) aliases += x + "|";
    std::string sources;
    for (const auto x : g[v].sources.sorted()) sources += std::string(x) + "|";
    out.push_back(kg.node_id(v) + " " + g[v].label + " [" + aliases + "] {" + sources + "}");
  }
  for (const auto& e : edges(kg)) out.push_back(e);
  return out;
}

TEST(ResolveDeterminism, OrderOfArticlesDoesNotMatter) {
  std::vector<Doc> docs = mixed();
  const Strings expected = summary(resolved(docs));
  std::reverse(docs.begin(), docs.end());
  EXPECT_EQ(summary(resolved(docs)), expected);
  std::rotate(docs.begin(), docs.begin() + 1, docs.end());
  EXPECT_EQ(summary(resolved(docs)), expected);
}

TEST(ResolveDeterminism, MixedCorpusResolvesAsExpected) {
  const auto kg = resolved(mixed());
  EXPECT_EQ(labels(kg, EntityType::person), (Strings{"Boris Johnson", "David Frost", "Michel Barnier"}));
  EXPECT_EQ(labels(kg, EntityType::round), (Strings{"Round 1 of EU-UK Trade and Cooperation Agreement talks"}));
}

TEST(ResolveGraph, FreeFunctionMergesLikeTheClass) {
  Doc a("a1"), b("b2");
  a.person("Joe Biden");
  b.person("Biden");
  KnowledgeGraph kg;
  kg.add(a.a);
  kg.add(b.a);
  ASSERT_EQ(boost::num_vertices(kg.parts()), 2u);
  Graph copied, moved;
  resolve_graph(kg.parts(), copied);
  EXPECT_EQ(boost::num_vertices(copied), 1u);
  EXPECT_EQ(copied[*boost::vertices(copied).first].label, "Joe Biden");
  EXPECT_EQ(boost::num_vertices(kg.parts()), 2u);  // the const form leaves its input whole
  EXPECT_EQ(kg.parts()[0].sources.size(), 1u);
  Graph parts = kg.parts();
  resolve_graph(std::move(parts), moved);
  ASSERT_EQ(boost::num_vertices(moved), 1u);
  EXPECT_EQ(moved[0].label, copied[0].label);
  EXPECT_EQ(moved[0].sources, copied[0].sources);
}

// A graph that still holds nodes to merge, with edges into, out of and between them.
Graph unmerged() {
  Graph g;
  auto person = [&](const std::string& name, const std::string& source) {
    NodeData d;
    d.type = EntityType::person;
    d.label = name;
    d.names[name] = 1;
    d.mentions = 1;
    d.sources = {source};
    return boost::add_vertex(d, g);
  };
  auto agency = [&](const std::string& name) {
    NodeData d;
    d.type = EntityType::agency;
    d.label = name;
    d.names[name] = 1;
    return boost::add_vertex(d, g);
  };
  auto edge = [&](Vertex a, Vertex b, RelationType t, const std::string& source) {
    EdgeData e;
    e.type = t;
    e.sources = {source};
    e.evidence = {{source, 1, "text of " + source}};
    boost::add_edge(a, b, e, g);
  };
  const Vertex ustr = agency("USTR"), trump = person("Donald Trump", "a1"), eu = agency("European Commission");
  const Vertex surname = person("Trump", "b2"), tai = person("Katherine Tai", "c3"), full = person("Donald Trump", "d4");
  edge(trump, ustr, RelationType::leads, "a1");
  edge(surname, ustr, RelationType::leads, "b2");  // unites with the edge above
  edge(full, eu, RelationType::member_of, "d4");
  edge(surname, trump, RelationType::counterpart_of, "b2");  // becomes a loop: dropped
  edge(tai, surname, RelationType::counterpart_of, "c3");
  edge(tai, ustr, RelationType::leads, "c3");
  return g;
}

// Node labels in vertex order with their sources, and every edge with its sources.
Strings summary(const Graph& g) {
  Strings out;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    std::string line = "node " + g[*v].label + " [";
    for (const auto s : g[*v].sources.sorted()) line += std::string(s) + " ";
    out.push_back(line + "] aliases " + std::to_string(g[*v].aliases.size()));
  }
  Strings edge_lines;
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    std::string line = std::string(to_string(g[*e].type)) + " " + g[boost::source(*e, g)].label + " -> " +
                       g[boost::target(*e, g)].label + " [";
    for (const auto s : g[*e].sources.sorted()) line += std::string(s) + " ";
    edge_lines.push_back(line + "] evidence " + std::to_string(g[*e].evidence.size()));
  }
  std::sort(edge_lines.begin(), edge_lines.end());
  out.insert(out.end(), edge_lines.begin(), edge_lines.end());
  return out;
}

TEST(ResolveGraph, InPlaceMergesLikeARebuild) {
  const Graph g = unmerged();
  Graph rebuilt;
  resolve_graph(g, rebuilt);
  Graph in_place = g;
  EXPECT_EQ(resolve_in_place(in_place), boost::num_vertices(g) - boost::num_vertices(rebuilt));
  EXPECT_EQ(summary(in_place), summary(rebuilt));
  EXPECT_EQ(boost::num_vertices(in_place), 4u);  // USTR, Donald Trump, European Commission, Katherine Tai
  EXPECT_EQ(resolve_in_place(in_place), 0u);     // nothing left to merge
}

}  // namespace
}  // namespace newsgraph::graph
