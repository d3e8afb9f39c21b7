// Unit tests of the relation patterns (extract/relations.h) through the public Extractor, with
// the built-in lexicons, on invented sentences about trade and peace talks.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract_test_helpers.h"

namespace newsgraph::extract {
namespace {

// ---------------------------------------------------------------- leads

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

TEST(HeldIn, MeetingInAPlaceForTheRound) {
  const Article a = run("Officials from Chile and Peru are meeting in Lima for the fourth round of talks.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 4 of Chile-Peru talks -> Lima"}));
}

TEST(HeldIn, RoundBegunInAPlaceBeforeItIsNamed) {
  const Article a = run("Chile and Peru began on Monday in Santiago the third round of border talks.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 3 of Chile-Peru talks -> Santiago"}));
}

TEST(HeldIn, PlaceOfAnotherClauseBeforeTheRoundIsNoVenue) {
  const Article a = run("Chile and Peru met in Santiago last year, and the third round of border talks is due.\n");
  EXPECT_TRUE(edges(a, kHeldIn).empty());
}

TEST(HeldIn, AnotherRoundInACityIsNamedByThePlace) {
  const Article a = run("Chile and Peru said another round of border talks will take place in Arica.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Arica round of Chile-Peru talks -> Arica"}));
}

TEST(HeldIn, TheNegotiationsAfterARoundLastingInACity) {
  const Article a = run("Chile and Peru will hold the fourth round of border talks next week. The negotiations "
                        "will last for two days from June 3 in Arica.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 4 of Chile-Peru talks -> Arica"}));
}

TEST(HeldIn, ConsultationsWithALongSubjectBeganInACity) {
  const Article a = run("Consultations between Chile and Peru in a technical format on the maritime boundary "
                        "began on Tuesday in Lima.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Lima round of Chile-Peru talks -> Lima"}));
}

TEST(HeldIn, NamedVenueWithAHeadWordIsTheRoundsPlace) {
  const Article a = run("Chile and Peru opened the second round of border talks at the Carrera Palace.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 2 of Chile-Peru talks -> Carrera Palace"}));
  EXPECT_TRUE(names(a, kPerson).empty());
}

TEST(HeldIn, TalksWithARelativeClauseHeldAtAVenue) {
  const Article a = run("Chile and Peru began the third round of border talks. The talks, which began at 9am "
                        "and ended at noon, were held at the Quinta Room of the foreign ministry at Fort Tiwanaku.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 3 of Chile-Peru talks -> Quinta Room"}));
  EXPECT_TRUE(has_entity(a, kPlace, "Fort Tiwanaku"));
}

TEST(HeldIn, VenueHeadOutsideALocationIsNoPlace) {
  const Article a = run("Officials said Grand Hall staff had left.\n");
  EXPECT_TRUE(names(a, kPlace).empty());
}

TEST(HeldIn, NegotiationsInACountryPlaceTheRoundJustNamed) {
  const Article a = run("Armenia and Azerbaijan concluded the fifth round of talks aimed at ending the war in "
                        "Karabakh. The week-long negotiations in the Gulf state of Qatar were wrapped up on Monday.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 5 of Armenia-Azerbaijan talks -> Qatar"}));
  EXPECT_TRUE(edges(a, kHeldOn).empty());
}

TEST(HeldIn, TalksInACountryAloneNameNoRound) {
  const Article a = run("Officials said talks in Qatar would resume.\n");
  EXPECT_TRUE(names(a, kRound).empty());
}

TEST(HeldIn, MultiDayMeetingInACityAtAHotelKeepsTheVenue) {
  const Article a = run("Chile and Peru discussed the Lauca River Agreement. The delegations will reconvene in "
                        "Arica for a three-day meeting, hosted at the Pacifico Grand hotel.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Arica round of Lauca River Agreement talks"}));
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Arica round of Lauca River Agreement talks -> Pacifico Grand hotel"}));
}

TEST(HeldIn, MultiDaySessionBesideANumberedRoundIsThatRound) {
  const Article a = run("Chile and Peru will hold the two-day session in Arica. It will be the ninth round of "
                        "border talks.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 9 of Chile-Peru talks"}));
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 9 of Chile-Peru talks -> Arica"}));
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

TEST(Expires, DueToEndAndLapse) {
  EXPECT_EQ(edges(run("Officials said the Nile Basin Accord is due to end in March 2027.\n"), kExpires),
            (Strings{"Nile Basin Accord -> 2027-03"}));
  EXPECT_EQ(edges(run("The Nile Basin Accord eventually came to an end in June 2019.\n"), kExpires),
            (Strings{"Nile Basin Accord -> 2019-06"}));
  EXPECT_EQ(edges(run("Officials fear the Nile Basin Accord will lapse in May 2026.\n"), kExpires),
            (Strings{"Nile Basin Accord -> 2026-05"}));
  // talks that end are no agreement's end
  EXPECT_TRUE(edges(run("Talks on the Nile Basin Accord will end in May 2026.\n"), kExpires).empty());
}

TEST(Expires, AnAgreementWordAfterAPrepositionIsNoReferenceToIt) {
  // "a pivotal role in treaty renewal": the walk back from "treaty" stops at "in"
  const Article a = run(
      "India and Nepal signed the Kosi Treaty in 1954.\n"
      "She played a pivotal role in treaty renewal, which ended in May 2019.\n");
  EXPECT_TRUE(edges(a, kExpires).empty());
}

TEST(Expires, TheProtocolToTheAgreementExpiresNotTheAgreement) {
  // "the protocol" is the article's one Protocol; "to the agreement" is its complement; "next
  // year on March 3" is told most precisely by its second date
  const Article a = run(
      "MANILA, June 2, 2021 -- Japan and the Philippines began talks on a new Tuna Partnership Agreement.\n"
      "The Tuna Partnership Agreement covers 20 vessels, and the Tuna Protocol sets their fees.\n"
      "The current protocol to the agreement will expire next year on March 3.\n");
  EXPECT_EQ(edges(a, kExpires), (Strings{"Tuna Protocol -> 2022-03-03"}));
}

TEST(Expires, ItExpiresIsTheAgreementOfTheSentenceBefore) {
  const Article a = run(
      "Egypt and Sudan signed the Nile Basin Accord in 1999. It expires in December 2029, officials said.\n");
  EXPECT_EQ(edges(a, kExpires), (Strings{"Nile Basin Accord -> 2029-12"}));
  const Article b = run("Egypt and Sudan signed the Nile Basin Accord in 1999. It said talks expire in 2029.\n");
  EXPECT_EQ(edges(b, kExpires), (Strings{}));
}

// ---------------------------------------------------------------- party-to

TEST(PartyTo, ACountryWrittenWithTheAgreementIsAParty) {
  // "<agreement> with <country>"
  const Article a = run(
      "Norway said on Monday that talks to renew the Barents Sea Treaty with Russia went well.\n"
      "Officials in Oslo praised the Barents Sea Treaty.\n");
  EXPECT_EQ(edges(a, RelationType::party_to), (Strings{"Russia -> Barents Sea Treaty"}));
}

TEST(PartyTo, TheCountryThatHasOrSignedTheAgreement) {
  const Article a = run(
      "Chile sent a delegation to Tokyo.\n"
      "The Investment Protection Treaty Chile signed with Japan will be reviewed in Tokyo.\n");
  EXPECT_EQ(edges(a, RelationType::party_to),
            (Strings{"Chile -> Investment Protection Treaty", "Japan -> Investment Protection Treaty"}));
}

TEST(PartyTo, ACountryAndACountryAdjectiveAreTheSides) {
  const Article a = run(
      "The top Chilean and Peruvian fisheries negotiators resumed talks on the Humboldt Current Accord.\n"
      "Chile wants higher quotas. Peru wants a longer season.\n");
  EXPECT_EQ(edges(a, RelationType::party_to),
            (Strings{"Chile -> Humboldt Current Accord", "Peru -> Humboldt Current Accord"}));
  // two bodies named in full are no adjective pair
  const Article b = run(
      "The deal lets the UK and EU begin a new chapter on the Humboldt Current Accord, officials said.\n");
  EXPECT_TRUE(edges(b, RelationType::party_to).empty());
}

TEST(PartyTo, ThePartiesAnAgreementsNameStartsWith) {
  const Article a = run(
      "Chile and Peru met in Lima. Officials said the Chile-Peru Maritime Accord was close and that "
      "Ecuador would watch.\n");
  EXPECT_EQ(edges(a, RelationType::party_to),
            (Strings{"Chile -> Chile-Peru Maritime Accord", "Peru -> Chile-Peru Maritime Accord"}));
}

TEST(PartyTo, ACountrysPossessiveBeforeTheAgreement) {
  const Article a = run(
      "Iran sent its foreign minister to Muscat.\n"
      "Analysts said Iran's nuclear deal with world powers could be revived in Vienna.\n");
  EXPECT_EQ(edges(a, RelationType::party_to), (Strings{"Iran -> Joint Comprehensive Plan of Action"}));
}

// ---------------------------------------------------------------- member-of

TEST(MemberOf, AppositiveAgency) {
  const Article a = run("Li Chenggang, a director at the Ministry of Commerce, said exports rose.\n");
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Li Chenggang -> Ministry of Commerce"}));
}

TEST(MemberOf, CareerClauseNamesEachBody) {
  const Article a = run(
      "Ambassador Ruth Okafor will lead the Nigerian delegation. Okafor previously served as deputy chief of "
      "mission at the Nigerian Embassy in Accra, director of the Office of Trade Policy, and commandant of "
      "the National Defence College.\n");
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Ruth Okafor -> Embassy of Nigeria in Ghana"}));
  const Strings leads = edges(a, kLeads);
  EXPECT_TRUE(std::find(leads.begin(), leads.end(), "Ruth Okafor -> Office of Trade Policy") != leads.end());
  EXPECT_TRUE(std::find(leads.begin(), leads.end(), "Ruth Okafor -> National Defence College") != leads.end());
}

TEST(MemberOf, CareerOfThePersonBeforeAPronoun) {
  const Article a = run(
      "The water talks are chaired by Lena Vogt. She previously worked at the World Bank.\n");
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Lena Vogt -> World Bank"}));
}

TEST(MemberOf, BodyRightAfterTheName) {
  const Article a = run(
      "\"Both sides want a deal,\" said Omar Haddad of the Carnegie Institute.\n"
      "Before joining the World Bank, Peter Lund, an economist, worked on fisheries.\n"
      "Officials met with Anna Berg at the European Commission's headquarters.\n");
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Omar Haddad -> Carnegie Institute", "Peter Lund -> World Bank"}));
}

TEST(MemberOf, BodyAndRoleBeforeTheName) {
  const Article a = run(
      "Mekong River Commission member Somchai Phan and Mekong River Commission spokeswoman Mai Tran said the "
      "survey was done.\n");
  EXPECT_EQ(edges(a, kMemberOf),
            (Strings{"Mai Tran -> Mekong River Commission", "Somchai Phan -> Mekong River Commission"}));
}

TEST(MemberOf, ADelegationsListedMembers) {
  const Article a = run(
      "The Kenyan delegation also included Amina Odhiambo, a water expert, and economist Peter Mwangi.\n"
      "For Japan, the talks will be led by Ambassador Kenji Sato and include trade adviser Yumi Abe.\n");
  const Strings members = edges(a, kMemberOf);
  for (const char* e : {"Amina Odhiambo -> Kenyan delegation", "Peter Mwangi -> Kenyan delegation",
                        "Yumi Abe -> Japanese delegation"})
    EXPECT_TRUE(std::find(members.begin(), members.end(), e) != members.end()) << e;
}

TEST(MemberOf, RoleCommaNameAndFrom) {
  const Article a = run(
      "Hamas political spokesman, Basem Naim, said the truce talks stalled.\n"
      "The team included Dara Aziz from the Ministry of Water Resources.\n");
  const Strings members = edges(a, kMemberOf);
  EXPECT_TRUE(std::find(members.begin(), members.end(), "Basem Naim -> Hamas") != members.end());
}

TEST(MemberOf, BodyBeforeAnEnvoysTitle) {
  const Article a = run(
      "The African Union (AU) Special Envoy to Sudan Amara Diallo said the ceasefire talks would resume.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Amara Diallo"}));
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Amara Diallo -> African Union"}));
}

TEST(MemberOf, OutletBeforeAPhotoCredit) {
  const Article a = run("Delegates shake hands before the border talks.\nAFP/ANNA PETROVA / POOL\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Anna Petrova"}));
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Anna Petrova -> Agence France-Presse"}));
}

TEST(Leads, CommanderOfAUnitAndARankAfterAPost) {
  const Article a = run(
      "The talks were held by Maj. Gen. Chen Bo, Commander of the Western Military District, and NATO "
      "Commander Gen. Anna Holm said they went well.\n");
  const Strings leads = edges(a, kLeads);
  EXPECT_TRUE(std::find(leads.begin(), leads.end(), "Chen Bo -> Western Military District") != leads.end());
  EXPECT_TRUE(std::find(leads.begin(), leads.end(), "Anna Holm -> North Atlantic Treaty Organization") != leads.end());
}

TEST(MemberOf, TheOutletToldIsNotTheSpeakersBody) {
  const Article a = run(
      "\"The gap is wide,\" Rana Saad, a director at the Arab Reform Institute, told Reuters.\n");
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Rana Saad -> Arab Reform Institute"}));
}

TEST(MemberOf, AHeadOfPartOfABodyIsAMember) {
  const Article a = run(
      "World Bank water chief Olga Ivanova and World Bank chief Mark Dunn said the basin deal was near.\n");
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Olga Ivanova -> World Bank"}));
  EXPECT_EQ(edges(a, kLeads), (Strings{"Mark Dunn -> World Bank"}));
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
