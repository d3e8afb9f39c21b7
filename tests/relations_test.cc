// Unit tests of the relation patterns (extract/relations.h) through the public Extractor, with
// the built-in lexicons, on invented sentences about trade and peace talks.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract_test_helpers.h"

namespace newsgraph::extract {
namespace {

// ---------------------------------------------------------------- leads

TEST(Leads, PresidentOfALegislatureBeforeTheName) {
  const Article a = run("Bolivian President of the National Assembly Andrea Quispe opened the session in La Paz.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Andrea Quispe -> National Assembly of Bolivia"}));
  // a country's adjective before a title names no department "Bolivian"
  EXPECT_EQ(find(a, kAgency, "Bolivian"), nullptr);
}

TEST(Leads, GappedRepresentationGivesEachSideItsHead) {
  const Article a = run("Chile will be represented by Ambassador Rosa Vidal and Peru by Deputy Foreign Minister Luis Ortega.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Luis Ortega -> Peruvian delegation", "Rosa Vidal -> Chilean delegation"}));
}

TEST(Leads, TwoDelegationsUnderTwoNamedHeadsInTheSentencesOrder) {
  const Article a = run("Armenian officials proposed to Azerbaijani diplomacy that the meeting of the two delegations "
                        "under Ambassadors Aram Petrosyan and Elnur Aliyev be held in May.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Aram Petrosyan -> Armenian delegation", "Elnur Aliyev -> Azerbaijani delegation"}));
}

TEST(Leads, SideTheSentenceOpensWithAndTheMembersItIncludes) {
  const Article a = run("For Canada, the talks will be led by Trade Minister Anne Leclerc and include "
                        "Finance Minister Paul Girard and Dana Ross.\n");
  const Strings leads = edges(a, kLeads);
  EXPECT_NE(std::find(leads.begin(), leads.end(), "Anne Leclerc -> Canadian delegation"), leads.end());
  EXPECT_EQ(std::find(leads.begin(), leads.end(), "Dana Ross -> Canadian delegation"), leads.end());
  const Strings members = edges(a, kMemberOf);
  EXPECT_NE(std::find(members.begin(), members.end(), "Dana Ross -> Canadian delegation"), members.end());
}

TEST(Leads, StackedTitlesWithANegotiatorsFirst) {
  const Article a = run("EU Chief Negotiator and Deputy Director-General for Trade Maria Rossi presented the progress.\n");
  const Strings leads = edges(a, kLeads);
  EXPECT_NE(std::find(leads.begin(), leads.end(), "Maria Rossi -> EU delegation"), leads.end());
}

TEST(Leads, OwnAppositiveSaysTheSideOfTheSecondHead) {
  const Article a = run("The talks will be led by Jane Hill at the Department for Business and Trade for the UK and "
                        "Tom Baker, the assistant US trade representative for Europe.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Jane Hill -> British delegation", "Tom Baker -> U.S. delegation"}));
}

TEST(Leads, HeadOfTheOfficeOfATitledHead) {
  const Article a = run("The delegates included Omar Haddad, head of the office of the Prime Minister of Jordan, "
                        "and two advisers.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Omar Haddad -> Office of the Prime Minister of Jordan"}));
}

TEST(Leads, DelegationLedByADescriptionNamingABody) {
  const Article a = run("Talks were held between the Qatari side and the Omani side headed by the secretary of the "
                        "Supreme Defence Council, Salim Al-Harthy, officials said.\n");
  const Strings leads = edges(a, kLeads);
  EXPECT_NE(std::find(leads.begin(), leads.end(), "Salim Al-Harthy -> Omani delegation"), leads.end());
}

TEST(Leads, DelegationFarBeforeItsPassiveLeadVerb) {
  const Article a = run("The French delegation in Monday's discussions, held by videoconference, was led by "
                        "Foreign Minister, Claire Dubois.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Claire Dubois -> French delegation"}));
}

TEST(Leads, HeadedByTheCountrysTitledOfficial) {
  const Article a = run("The Japanese delegation is headed by the Japanese Deputy Minister for foreign affairs Ken Sato.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Ken Sato -> Japanese delegation"}));
}

TEST(Leads, NamedTeamOfACountryIsItsDelegation) {
  const Article a = run("Dr. Anna Berg, who leads Norway's Task Group North negotiating team, spoke.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Anna Berg -> Norwegian delegation"}));
}

TEST(Leads, PersonAfterTheOfficeOfATitleIsNotItsHead) {
  const Article a = run("The delegates included Omar Haddad, head of the office of the President of the Region, "
                        "Karim Nasser; and others.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Omar Haddad -> Office of the President of the Region"}));
}

TEST(Leads, CommanderOfABodyInTheAppositiveAndBeforeARank) {
  const Article a = run("The Thai delegation was led by Major General Somchai Rattana, Commander of the Eastern Military District.\n");
  const Strings leads = edges(a, kLeads);
  EXPECT_NE(std::find(leads.begin(), leads.end(), "Somchai Rattana -> Eastern Military District"), leads.end());
  const Article b = run("Half of the workers were furloughed, NATO Commander Gen. Peter Lang said Wednesday.\n");
  EXPECT_EQ(edges(b, kLeads), (Strings{"Peter Lang -> North Atlantic Treaty Organization"}));
}

TEST(Leads, SpearheadedBy) {
  const Article a = run("The Kenyan delegation, spearheaded by Trade Secretary Ruth Wanjiku, arrived.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Ruth Wanjiku -> Kenyan delegation"}));
}

TEST(Leads, DepartmentWordBeforeAMembersTitleByAnAlias) {
  // the department the article wrote in its own spelling; an undersecretary works there
  const Article a = run("The talks were held at the Department of National Defence building. "
                        "Defence Undersecretary Carlos Reyes welcomed the panels.\n");
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Carlos Reyes -> Department of National Defense of the Philippines"}));
  EXPECT_TRUE(edges(a, kLeads).empty());
}

TEST(Leads, TitleInTheDescriptionOfAPassiveLeadGivesItsMinistry) {
  const Article a = run("Jordan's Foreign Ministry confirmed the date. The Jordanian delegation was led by its "
                        "Foreign Minister, Dr. Samir Haddad, who served as Chief of Staff to the former Prime Minister, "
                        "Omar Nasser, before becoming head of the ministry.\n");
  const Strings leads = edges(a, kLeads);
  EXPECT_NE(std::find(leads.begin(), leads.end(), "Samir Haddad -> Jordanian delegation"), leads.end());
  EXPECT_NE(std::find(leads.begin(), leads.end(), "Samir Haddad -> Ministry of Foreign Affairs of Jordan"), leads.end());
  for (const auto& l : leads) EXPECT_EQ(l.find("Omar Nasser"), std::string::npos) << l;
}

TEST(Leads, SpeakerOfABodyThenADescriptionThenTheName) {
  const Article a = run("Talks between the government and the speaker of the National Assembly of Peru, "
                        "opposition leader Rosa Quispe, resumed.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Rosa Quispe -> National Assembly of Peru"}));
}

TEST(Leads, BodyThenALowerCaseHeadWordThenTheName) {
  const Article a = run("\"We are close,\" African Union commission chief Amina Diallo said on Tuesday.\n");
  const Strings leads = edges(a, kLeads);
  ASSERT_EQ(leads.size(), 1u);
  EXPECT_EQ(leads[0].rfind("Amina Diallo -> African Union", 0), 0u);
}

TEST(Leads, SubjectHasLedTheDelegation) {
  const Article a = run("Steve Verheul, a veteran trade official, has led the Canadian delegation since 2017.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Steve Verheul -> Canadian delegation"}));
}

TEST(Leads, HeadOfAGovernmentNegotiatingTeamBeforeTheName) {
  const Article a = run("The head of the Sudanese government negotiating team Khalid Omer Yousif briefed the council.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Khalid Omer Yousif -> Sudanese delegation"}));
  EXPECT_TRUE(has_alias(find(a, kAgency, "Sudanese delegation"), "Sudanese government negotiating team"));
}

TEST(Leads, HeadOfAGovernmentDelegationAfterTheName) {
  const Article a = run("\"We want peace,\" said Iván Cepeda, head of the Colombian government delegation, on Monday.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Iván Cepeda -> Colombian delegation"}));
}

TEST(Leads, HeadOfAnArmedGroupsDelegationTakesItsShortName) {
  const Article a = run("\"Peace is near,\" said Antonio García, head of the ELN delegation.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Antonio García -> ELN delegation"}));
}

TEST(Leads, DelegationOfACountryWithAPluralName) {
  const Article a = run("The Maldives' delegation was led by Abdulla Shahid in the fisheries talks.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Abdulla Shahid -> Maldivian delegation"}));
}

TEST(Leads, LedByADescriptionThenTheName) {
  const Article a = run("The Kenyan delegation was led by its Trade Minister, Moses Kuria, who arrived on Sunday.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Moses Kuria -> Kenyan delegation"}));
}

TEST(Leads, LeadingTheDelegationIsX) {
  const Article a = run("Leading the Mauritian delegation at the fisheries talks is Sudheer Maudhoo, the minister.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Sudheer Maudhoo -> Mauritian delegation"}));
}

TEST(Leads, ChiefDelegateOfTheSideNamedBefore) {
  const Article a = run("From the Thai side, Mr. Somchai Wongsawat, Deputy Minister of Commerce (Chief Delegate), "
                        "attended the meeting.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Somchai Wongsawat -> Thai delegation"}));
}

TEST(Leads, ACountrysPanelIsItsDelegation) {
  const Article a = run("The Indonesian panel is headed by Retno Marsudi, the foreign minister.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Retno Marsudi -> Indonesian delegation"}));
}

TEST(Leads, BareNameHasLedTheDelegation) {
  const Article a = run("Steve Verheul has led the Canadian delegation since 2017.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Steve Verheul -> Canadian delegation"}));
}

TEST(Leads, SurnameSubjectHasLedTheDelegation) {
  const Article a = run(
      "Steve Verheul said progress was slow. Verheul has led the Canadian delegation since 2017.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Steve Verheul -> Canadian delegation"}));
}

TEST(Leads, PassiveHeadedByAfterATitle) {
  const Article a = run("The Japanese team will be headed by Ambassador Hiroshi Suzuki.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Hiroshi Suzuki -> Japanese delegation"}));
}

TEST(Leads, CountrysChiefNegotiator) {
  const Article a = run("Australia's chief negotiator Elisabeth Bowes said the gap had narrowed.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Elisabeth Bowes -> Australian delegation"}));
  EXPECT_TRUE(has_entity(a, EntityType::agency, "Australian delegation"));
}

TEST(Leads, AmbassadorForTheDealRepresentsACountry) {
  const Article a = run("Rodrigo Yanez, ambassador for the trade deal, represents Chile in the talks.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Rodrigo Yanez -> Chilean delegation"}));
}

TEST(Leads, TalksLedByTwoPeopleOfTwoSides) {
  const Article a = run(
      "The talks were led by Piyush Goyal, the Indian commerce minister, and Mary Ng, the Canadian trade "
      "minister.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Mary Ng -> Canadian delegation", "Piyush Goyal -> Indian delegation"}));
}

TEST(Leads, TalksLedByTitledPeople) {
  const Article a = run(
      "The talks were led by Indian Commerce Minister Piyush Goyal and Canadian Trade Minister Mary Ng.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Mary Ng -> Canadian delegation", "Piyush Goyal -> Indian delegation"}));
}

TEST(Leads, HeadOfAnAgency) {
  const Article a = run("Sabine Weyand, head of the Directorate-General for Trade, said talks would go on.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Sabine Weyand -> Directorate-General for Trade"}));
}

TEST(Leads, CountrysChiefNegotiatorAfterTheTitle) {
  const Article a = run("Canada's chief negotiator Kendal Hembroff said the gap had narrowed.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Kendal Hembroff -> Canadian delegation"}));
}

TEST(Leads, DeputyChiefNegotiatorDoesNotLead) {
  const Article a = run("Canada's deputy chief negotiator Kendal Hembroff said the gap had narrowed.\n");
  EXPECT_TRUE(has_entity(a, EntityType::person, "Kendal Hembroff"));
  EXPECT_TRUE(edges(a, kLeads).empty());
  EXPECT_FALSE(has_entity(a, EntityType::agency, "Canadian delegation"));
}

TEST(Leads, NameWithParticlesHeadsADelegation) {
  const Article a = run("Uruguay's chief negotiator, Maria dos Santos e Sousa, heads the Mercosur delegation.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Maria dos Santos e Sousa -> Mercosur delegation"}));
}

TEST(Leads, MeetingADelegationIsNotLeadingIt) {
  const Article a = run("Trade Minister Piyush Goyal met the Canadian delegation in New Delhi.\n");
  EXPECT_TRUE(edges(a, kLeads).empty());
}

TEST(Leads, TitleWithoutANamedAgencyGivesNoEdge) {
  const Article a = run("U.S. Trade Representative Katherine Tai met the Chinese delegation in Geneva.\n");
  EXPECT_TRUE(all_edges(a).empty()) << ::testing::PrintToString(all_edges(a));
}

// ---------------------------------------------------------------- held-in, held-on, part-of

TEST(HeldIn, RoundWillBeHeldInACity) {
  const Article a = run("The fifth round will be held in Geneva.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 5 of talks -> Geneva"}));
}

TEST(HeldIn, RoundTakesPlaceInACity) {
  const Article a = run("The second round of talks will take place in Ottawa.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 2 of talks -> Ottawa"}));
}

TEST(HeldIn, RoundOfANamedAgreementIsPartOfIt) {
  const Article a = run(
      "Canada and India held the second round of talks on the Early Progress Trade Agreement in Ottawa.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 2 of Early Progress Trade Agreement talks -> Ottawa"}));
  EXPECT_EQ(edges(a, kPartOf),
            (Strings{"Round 2 of Early Progress Trade Agreement talks -> Early Progress Trade Agreement"}));
}

TEST(HeldIn, TalksHeldInACityAreARoundNamedByThePlace) {
  const Article a = run("Talks will be held in Ottawa next month.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Ottawa round of talks -> Ottawa"}));
}

TEST(HeldIn, OfficialsInACitySayingSoIsNoVenue) {
  const Article a = run("The third round was productive, diplomats in Vienna said.\n");
  EXPECT_TRUE(edges(a, kHeldIn).empty());
  EXPECT_TRUE(has_entity(a, EntityType::place, "Vienna"));
  EXPECT_EQ(edges(run("The third round will be held in Vienna.\n"), kHeldIn),
            (Strings{"Round 3 of talks -> Vienna"}));
}

TEST(HeldIn, PlaceWhereTroopsAreStationedIsNoVenue) {
  const Article a = run("The fourth round of talks covered the cost of American troops stationed in South Korea.\n");
  EXPECT_TRUE(has_entity(a, EntityType::place, "South Korea"));
  EXPECT_TRUE(edges(a, kHeldIn).empty());
  EXPECT_EQ(edges(run("The fourth round of talks was held in Seoul.\n"), kHeldIn),
            (Strings{"Round 4 of talks -> Seoul"}));
}

TEST(HeldIn, RoundOfATradeAgreementBetweenTwoParties) {
  const Article a = run(
      "Australia and the European Union held the fifth round of negotiations for a free trade agreement in "
      "Canberra.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 5 of Australia-EU Free Trade Agreement talks -> Canberra"}));
  EXPECT_EQ(edges(a, kPartOf),
            (Strings{"Round 5 of Australia-EU Free Trade Agreement talks -> Australia-EU Free Trade Agreement"}));
}

TEST(HeldIn, RoundNamedAfterItsSides) {
  const Article a = run("Switzerland and the European Union began the second round of talks in Bern.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 2 of Switzerland-EU talks -> Bern"}));
  EXPECT_TRUE(edges(a, kPartOf).empty());
}

TEST(HeldIn, PeopleMeetingInACityIsNoRound) {
  const Article a = run("President Lula met President Biden in Brasilia on Tuesday.\n");
  EXPECT_TRUE(edges(a, kHeldIn).empty());
  EXPECT_TRUE(std::none_of(a.entities.begin(), a.entities.end(),
                           [](const Entity& e) { return e.type == EntityType::round; }));
  EXPECT_TRUE(all_edges(a).empty()) << ::testing::PrintToString(all_edges(a));
}

TEST(HeldOn, RoundDateInTheSameClause) {
  const Article a = run("The fifth round will be held in Geneva on June 12, 2023.\n");
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 5 of talks -> 2023-06-12"}));
}

TEST(HeldOn, WeekdayResolvedFromTheDateline) {
  const Article a = run("GENEVA, June 14, 2023 -- Officials met again.\nThe fifth round was held in Geneva on Monday.\n");
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 5 of talks -> 2023-06-12"}));
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 5 of talks -> Geneva"}));
}

TEST(HeldOn, TalksHeldOnADate) {
  const Article a = run("OTTAWA, Jan. 12, 2024 -- Officials met.\nTalks were held in Ottawa on Jan. 10.\n");
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Ottawa round of talks -> 2024-01-10"}));
}

TEST(HeldOn, DateOfAStatementIsNotTheMeetingDate) {
  const Article a = run("The fifth round, officials said on June 12, 2023, was productive.\n");
  EXPECT_TRUE(edges(a, kHeldOn).empty());
  EXPECT_FALSE(has_entity(a, EntityType::date, "2023-06-12"));
}

TEST(HeldOn, DateARoundIsRevealedOnOrEndsOnIsNotItsDate) {
  const Article a = run(
      "NAIROBI, March 4, 2024 -- The ministry revealed on Friday that the third round will take place in "
      "Nairobi from next Tuesday.\n");
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 3 of talks -> 2024-03-05"}));
  const Article b = run("NAIROBI, March 4, 2024 -- Officials met.\nThe third round, which will end Friday, began in Nairobi.\n");
  EXPECT_TRUE(edges(b, kHeldOn).empty());
}

// ---------------------------------------------------------------- expires

TEST(Expires, AgreementExpiresOnADate) {
  const Article a = run(
      "India and Canada signed the Early Progress Trade Agreement. The agreement expires on June 30, 2025.\n");
  EXPECT_EQ(edges(a, kExpires), (Strings{"Early Progress Trade Agreement -> 2025-06-30"}));
}

TEST(Expires, NamedAgreementExpiresOnADate) {
  const Article a = run("Officials said the Windsor Framework expires on Dec. 31, 2023.\n");
  EXPECT_EQ(edges(a, kExpires), (Strings{"Windsor Framework -> 2023-12-31"}));
}

TEST(Expires, SetToExpireAtTheEndOfNextYear) {
  const Article a = run(
      "WASHINGTON, May 4, 2021 -- Officials said the talks would resume.\n"
      "Officials said the Phase One deal is set to expire at the end of next year.\n");
  EXPECT_EQ(edges(a, kExpires), (Strings{"Phase One Trade Agreement -> 2022-12-31"}));
}

TEST(Expires, OneLineDatelineAnchorsTheEndOfNextYear) {
  const Article a = run(
      "ANKARA, July 3, 2022 -- Officials said the Black Sea Grain Initiative is set to expire at the end of next "
      "year.\n");
  ASSERT_TRUE(a.date.has_value());
  EXPECT_EQ(a.date->iso(), "2022-07-03");
  EXPECT_EQ(edges(a, kExpires), (Strings{"Black Sea Grain Initiative -> 2023-12-31"}));
}

TEST(Expires, ExpiredWithoutADateGivesNoEdge) {
  const Article a = run("Russia said the Black Sea grain deal, which expired, would not be renewed.\n");
  EXPECT_TRUE(edges(a, kExpires).empty());
  EXPECT_TRUE(std::none_of(a.entities.begin(), a.entities.end(),
                           [](const Entity& e) { return e.type == EntityType::date; }));
}

TEST(Expires, SigningDateIsNotAnExpiry) {
  const Article a = run("Officials said the Phase One deal was signed on Jan. 15, 2020.\n");
  EXPECT_TRUE(edges(a, kExpires).empty());
}

TEST(Expires, UnanchoredDateGivesNoEdge) {
  const Article a = run("Officials said the Windsor Framework expires Dec. 31.\n");
  EXPECT_TRUE(edges(a, kExpires).empty());
}

// ---------------------------------------------------------------- member-of

TEST(MemberOf, AppositiveAgency) {
  const Article a = run("Li Chenggang, a director at the Ministry of Commerce, said exports rose.\n");
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Li Chenggang -> Ministry of Commerce"}));
}

TEST(MemberOf, AgencyInAnotherClauseIsNotMembership) {
  const Article a = run(
      "Katherine Tai said Washington would respond, while Wang Wentao said the Ministry of Commerce was studying "
      "the plan.\n");
  EXPECT_TRUE(has_entity(a, EntityType::person, "Wang Wentao"));
  EXPECT_TRUE(has_entity(a, EntityType::agency, "Ministry of Commerce"));
  EXPECT_TRUE(all_edges(a).empty()) << ::testing::PrintToString(all_edges(a));
}

// ---------------------------------------------------------------- counterpart-of

TEST(Counterparts, HeadsOfTheTwoSides) {
  const Article a = run(
      "Australia's chief negotiator Elisabeth Bowes met her Japanese counterpart, Hiroshi Suzuki, in Canberra.\n");
  EXPECT_EQ(edges(a, kLeads),
            (Strings{"Elisabeth Bowes -> Australian delegation", "Hiroshi Suzuki -> Japanese delegation"}));
  const Strings c = edges(a, kCounterpart);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0] == "Elisabeth Bowes -> Hiroshi Suzuki" || c[0] == "Hiroshi Suzuki -> Elisabeth Bowes") << c[0];
}

TEST(Counterparts, TwoSidedTalksLedByTwoPeople) {
  const Article a = run(
      "The talks were led by Indian Commerce Minister Piyush Goyal and Canadian Trade Minister Mary Ng.\n");
  EXPECT_EQ(edges(a, kCounterpart).size(), 1u);
}

TEST(Counterparts, ThreeSidedTalksGiveAPairPerTwoSides) {
  const Article a = run(
      "The Indian delegation was led by Piyush Goyal. The Canadian delegation was led by Mary Ng. "
      "The Australian delegation was led by Dan Tehan.\n");
  EXPECT_EQ(edges(a, kLeads).size(), 3u);
  EXPECT_EQ(edges(a, kCounterpart).size(), 3u);
}

TEST(Counterparts, ASideWithoutAHeadLeavesThePairsOut) {
  const Article a = run(
      "The Indian delegation was led by Piyush Goyal. The Canadian delegation was led by Mary Ng. "
      "The Australian delegation arrived late.\n");
  EXPECT_TRUE(edges(a, kCounterpart).empty());
}

// ---------------------------------------------------------------- evidence

TEST(Evidence, RelationCarriesItsSentence) {
  const Article a = run("Negotiators met in March. The fifth round will be held in Geneva.\n");
  ASSERT_EQ(edges(a, kHeldIn).size(), 1u);
  for (const auto& r : a.relations)
    if (r.type == kHeldIn) {
      EXPECT_EQ(r.sentence, 2);
      EXPECT_EQ(r.evidence, "The fifth round will be held in Geneva.");
    }
}

}  // namespace
}  // namespace newsgraph::extract
