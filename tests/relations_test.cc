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

TEST(Leads, BodysLastWordAndAMembersTitleMakeAHeadsTitle) {
  // "US Treasury" is the body, "Treasury Secretary" the head's title that overlaps it
  const Article a = run("The dam talks were mediated by US Treasury Secretary Jane Holt in Geneva.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Jane Holt -> United States Department of the Treasury"}));
  EXPECT_TRUE(edges(a, kMemberOf).empty());
  // a member's title after a body stays a member's
  const Article b = run("The Andean Community Vice President Rosa Diaz attended the water talks in Quito.\n");
  EXPECT_TRUE(edges(b, kLeads).empty());
}

TEST(Leads, TitleOfABodyThenTheHoldersName) {
  // "Title of the Body Name": the body's name runs into its officer's; a head's title leads it,
  // a deputy's makes a member; the list's earlier name does not take the next one's title
  const Article a = run(
      "Attending were Finance Minister Ana Ruiz, Governor of the Central Bank of Uruguay Diego Sosa "
      "and Vice Chairman of the Mercosur Trade Commission Lucas Pereira.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Diego Sosa -> Central Bank of Uruguay"}));
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Lucas Pereira -> Mercosur Trade Commission"}));
}

TEST(Leads, ChiefNegotiatorsOfTwoSidesNamedInTheSameOrder) {
  const Article a = run("The mediator met the chief negotiators of Sudan and South Sudan, Amin Hassan and Deng Mayen, in Juba.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Amin Hassan -> Sudanese delegation", "Deng Mayen -> South Sudanese delegation"}));
  const Article b = run("The Ethiopian and Egyptian chief negotiators, Sileshi Bekele and Hany Sewilam, met in Cairo for the talks.\n");
  EXPECT_EQ(edges(b, kLeads), (Strings{"Hany Sewilam -> Egyptian delegation", "Sileshi Bekele -> Ethiopian delegation"}));
  // plain negotiators, or names in another clause, are not the sides' heads
  const Article c = run("The negotiators of Sudan and South Sudan met in Juba; Amin Hassan and Deng Mayen said so.\n");
  EXPECT_TRUE(edges(c, kLeads).empty());
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

TEST(Leads, CoordinatedTitledPeopleOfTwoCountriesInTalksLeadTheirSides) {
  const Article a = run(
      "In a joint statement, Mexican Economy Secretary Rosa Vidal and Canadian Minister of International Trade "
      "Paul Girard said negotiators were meeting in Ottawa this week.\n");
  const Strings leads = edges(a, kLeads);
  EXPECT_NE(std::find(leads.begin(), leads.end(), "Rosa Vidal -> Mexican delegation"), leads.end())
      << ::testing::PrintToString(leads);
  EXPECT_NE(std::find(leads.begin(), leads.end(), "Paul Girard -> Canadian delegation"), leads.end());
  EXPECT_EQ(edges(a, RelationType::counterpart_of).size(), 1u);
}

TEST(Leads, CoordinatedHeadsOfStateDoNotLeadTheTalks) {
  const Article a = run(
      "The deal would then be negotiated between Mexican President Rosa Vidal and Canadian Prime Minister Paul Girard.\n");
  const Strings leads = edges(a, kLeads);
  EXPECT_EQ(std::find(leads.begin(), leads.end(), "Rosa Vidal -> Mexican delegation"), leads.end())
      << ::testing::PrintToString(leads);
  EXPECT_EQ(std::find(leads.begin(), leads.end(), "Paul Girard -> Canadian delegation"), leads.end());
}

TEST(Leads, AMinistersTitleIsNotAnotherCountrysMinistryNamedInTheArticle) {
  const Article a = run(
      "Vietnam's chief negotiator, Assistant Commerce Minister Tran Van Minh, opened the talks in Hanoi.\n"
      "China's commerce ministry said the talks went well.\n");
  for (const auto& e : all_edges(a)) EXPECT_EQ(e.find("People's Republic of China"), std::string::npos) << e;
}

TEST(Leads, MinisterAfterALowerCasePortfolioHeadsThatMinistry) {
  const Article a = run(
      "Kazakhstan's irrigation ministry confirmed the dates of the canal talks.\n"
      "Kazakh irrigation minister Aibek Serikov met his Uzbek counterpart in Tashkent.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Aibek Serikov -> Ministry of Irrigation of Kazakhstan"}));
  // two words of one portfolio
  const Article b = run(
      "The Iraqi water ministry confirmed the dates of the river talks.\n"
      "Iraqi water resources minister Salim Hadi met his Turkish counterpart in Ankara.\n");
  EXPECT_EQ(edges(b, kLeads), (Strings{"Salim Hadi -> Ministry of Water Resources of Iraq"}));
  // no ministry named: no node, no edge
  const Article c = run("Kazakh irrigation minister Aibek Serikov met his Uzbek counterpart in Tashkent.\n");
  EXPECT_TRUE(edges(c, kLeads).empty());
  EXPECT_TRUE(names(c, kAgency).empty());
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

TEST(Leads, ACountrysSeatInABodyOfCountriesIsMembershipNotItsHead) {
  const Article a = run("Venezuela's OPEC Governor Luis Marquez said the producers agreed to cut output.\n");
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Luis Marquez -> Organization of the Petroleum Exporting Countries"}));
  EXPECT_TRUE(edges(a, kLeads).empty());
  // the body's own head, and a country's own company, are heads
  const Article b = run("OPEC Secretary General Haitham Lobo and Japan's Toyota President Akio Sato met.\n");
  EXPECT_EQ(edges(b, kLeads), (Strings{"Akio Sato -> Toyota Motor Corporation",
                                       "Haitham Lobo -> Organization of the Petroleum Exporting Countries"}));
}

TEST(Leads, ANameBeforeACompanyHeadsTitleIsTheCompanyItLeads) {
  const Article a = run("Andesfreight CEO Lena Varga met the dockworkers' union. Acting CEO Tomas Brandt left.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Lena Varga -> Andesfreight"}));
  EXPECT_EQ(names(a, kAgency), (Strings{"Andesfreight"}));
  // the company's name in full elsewhere in the article: one body, the short name its alias
  const Article b = run("Andesfreight Shipping Co reached a deal with the union. Andesfreight CEO Lena Varga "
                        "praised it.\n");
  EXPECT_EQ(edges(b, kLeads), (Strings{"Lena Varga -> Andesfreight Shipping Co"}));
}

TEST(Leads, EveryPersonJoinedByAndAfterLedByLeadsTheBody) {
  const Article a = run("At the Mekong water talks, the Lao delegation was led by Deputy Minister Somsak Vongsa and "
                        "Khalid al-Amin, head of the river commission's legal office.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Khalid al-Amin -> Lao delegation", "Somsak Vongsa -> Lao delegation"}));
  // a second name after "and" with no cue of its own is a person there too
  const Article b = run("The Mekong River Council is led by Omar al-Rashid and Mohammad Sabri.\n");
  EXPECT_TRUE(has_entity(b, kPerson, "Mohammad Sabri"));
  EXPECT_EQ(edges(b, kLeads), (Strings{"Mohammad Sabri -> Mekong River Council", "Omar al-Rashid -> Mekong River Council"}));
}

// "led by <body> <role> X": the leader described by a body and a lower-case role in it leads
// the delegation, and is a member of the body.
TEST(Leads, LedByABodysMember) {
  const Article a = run("The Cambodian delegation, led by Mekong River Commission member Sokha Chan, reached Vientiane.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Sokha Chan -> Cambodian delegation"}));
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Sokha Chan -> Mekong River Commission"}));
}

// "headed by Mali's UN ambassador X": a country, "'s", a body and a lower-case role describe the
// leader between the verb and the name.
TEST(Leads, LedByACountrysBodysRole) {
  const Article a = run("The Malian delegation is headed by Mali's UN ambassador Oumar Diarra, officials said.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Oumar Diarra -> Malian delegation"}));
}

// In talks of a government with rebels, "government negotiator" is the side of the country the
// article is about; the head of that side is not also a member of it.
TEST(Leads, GovernmentNegotiatorLeadsTheCountrysDelegation) {
  const Article a = run(
      "Mozambique and the Renamo rebels resumed talks in Maputo, where Mozambique hosts the mediators.\n"
      "Lead government negotiator Celso Matavel said the accord would take effect only with a full peace deal.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Celso Matavel -> Mozambican delegation"}));
  EXPECT_TRUE(edges(a, kMemberOf).empty());
  // no country the article is about: no side
  EXPECT_TRUE(edges(run("Lead government negotiator Celso Matavel said the accord would take effect.\n"), kLeads).empty());
}

// "Officials, led by A and B": the people of both sides, each leader heading their country's side.
TEST(Leads, OfficialsLedByTwoSidesLeaders) {
  const Article a = run("Senior officials, led by Ghanaian Trade Minister Kofi Mensah and Ivorian Foreign Minister "
                        "Awa Kone, gathered in Accra.\n");
  const Strings leads = edges(a, kLeads);
  EXPECT_NE(std::find(leads.begin(), leads.end(), "Kofi Mensah -> Ghanaian delegation"), leads.end());
  EXPECT_NE(std::find(leads.begin(), leads.end(), "Awa Kone -> Ivorian delegation"), leads.end());
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

TEST(Leads, HeadOfADelegationThenWhereItSitsThenTheName) {
  // phrases saying where the delegation sits lie between it and its head's name
  EXPECT_EQ(edges(run("On Friday, the head of the delegation of Finland to the Arctic fisheries forum in Oslo, "
                      "Mika Virtanen, presented the quota plan.\n"),
                  kLeads),
            (Strings{"Mika Virtanen -> Finnish delegation"}));
  EXPECT_EQ(edges(run("Head of the Chilean delegation at the border talks in Lima Rosa Vidal said the map was ready.\n"),
                  kLeads),
            (Strings{"Rosa Vidal -> Chilean delegation"}));
  // a verb between: the name is another clause's
  EXPECT_TRUE(edges(run("The head of the Chilean delegation thanked the hosts in Lima, Rosa Vidal and Ana Ruiz.\n"),
                    kLeads)
                  .empty());
  EXPECT_TRUE(edges(run("The head of the Chilean delegation to the talks met in Lima Minister Rosa Vidal.\n"), kLeads)
                  .empty());
}

TEST(Leads, HeadInTheAppositiveOfTheFirstOfTwoPeopleLeadsAlone) {
  // ", and B" after the first person's appositive adds a person, not a description of the head
  EXPECT_EQ(edges(run("Pedro Alvarez, the leader of the ELN delegation, and Marta Ruiz, Norwegian envoy for peace "
                      "in Colombia, shook hands after the talks in Havana.\n"),
                  kLeads),
            (Strings{"Pedro Alvarez -> ELN delegation"}));
}

TEST(Leads, HeadOfAPartOfABodyDoesNotLeadTheBody) {
  // "the <body>'s <lower-case part>": the person heads the part, which is no node
  const Article a = run("Nils Dahl, a Danish Liberal who chairs the Nordic Council's fisheries committee, said the "
                        "quota talks would resume. Ana Ruiz, head of the Andean Water Authority's legal department, "
                        "agreed.\n");
  EXPECT_TRUE(edges(a, kLeads).empty());
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Ana Ruiz -> Andean Water Authority", "Nils Dahl -> Nordic Council"}));
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

// The talks as the thing led, each person heading their own side: the talks set off from "were
// led by" by a clause, or named after an active "led" with the people before it.
TEST(Leads, TalksLedByBothSidesAcrossAClause) {
  const Article a = run(
      "The talks, held over two days at a naval base near Mombasa, were led by Amina Odhiambo, Kenya's chief "
      "negotiator, and Rashid Juma, a senior Tanzanian trade official.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Amina Odhiambo -> Kenyan delegation", "Rashid Juma -> Tanzanian delegation"}));
}

// Talks held between a side's named head and another person: that person heads the other side.
TEST(Leads, TalksBetweenOneSidesHeadAndAnother) {
  const Article a = run(
      "The deal was reached during the ninth round of talks held in Lima last week between Ana Ruiz, Peru's "
      "chief negotiator, and Jorge Soto, a senior Chilean trade official.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Ana Ruiz -> Peruvian delegation", "Jorge Soto -> Chilean delegation"}));
  // talks between two people neither of whom is said to head a side: no delegations
  const Article b = run(
      "The talks between Ana Ruiz, a Peruvian economist, and Jorge Soto, a senior Chilean trade official, "
      "ended in Lima.\n");
  EXPECT_TRUE(edges(b, kLeads).empty());
}

TEST(Leads, PeopleOfBothSidesLedTheTalks) {
  const Article a = run(
      "Amina Odhiambo, a former diplomat who heads the Kenyan team, and Rashid Juma, a senior Tanzanian trade "
      "official, led the talks at a hotel in Arusha.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Amina Odhiambo -> Kenyan delegation", "Rashid Juma -> Tanzanian delegation"}));
  // a country's ministry, as the article names it, says the side too
  const Article c = run(
      "Amina Odhiambo, Kenya's chief negotiator, and Rashid Juma, a senior adviser at the Tanzanian Foreign "
      "Ministry, led the talks at a hotel in Arusha.\n");
  EXPECT_EQ(edges(c, kLeads), (Strings{"Amina Odhiambo -> Kenyan delegation", "Rashid Juma -> Tanzanian delegation"}));
  // a body after the verb is what is led, not the talks
  const Article b = run("Rashid Juma, a senior adviser, led the Tanzanian delegation at the talks in Arusha.\n");
  EXPECT_EQ(edges(b, kLeads), (Strings{"Rashid Juma -> Tanzanian delegation"}));
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

TEST(HeldIn, AVenueNamedWithALowerCaseKindAndHead) {
  const Article a = run("The generals held the ninth round of talks at the Kibithu border meeting point on 4 May.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 9 of talks -> Kibithu border meeting point"}));
  // lower-case words of another kind end no venue's name
  const Article b = run("The ninth round was held in Gangtok on trade point by point.\n");
  EXPECT_EQ(edges(b, kHeldIn), (Strings{"Round 9 of talks -> Gangtok"}));
}

TEST(HeldIn, TheCityTheNegotiatorsArriveInForTheRound) {
  const Article a = run("Canadian negotiators arrived in Bogota on Monday for the third round of talks on a trade deal.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 3 of talks -> Bogota"}));
  const Article b = run("Dozens of Chilean officials descended upon Canberra last week for the second round of negotiations.\n");
  EXPECT_EQ(edges(b, kHeldIn), (Strings{"Round 2 of talks -> Canberra"}));
  const Article d = run("The Chilean envoy lands in Canberra for the second round of negotiations.\n");
  EXPECT_EQ(edges(d, kHeldIn), (Strings{"Round 2 of talks -> Canberra"}));
  // arriving somewhere is not where a round named in another clause was held
  const Article c = run("Canadian negotiators arrived in Bogota on Monday, and the third round of talks began later.\n");
  EXPECT_TRUE(edges(c, kHeldIn).empty());
}

TEST(HeldIn, ThePlaceThatHostsTheRound) {
  const Article a = run("Geneva hosted the third session of the hake quota talks.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 3 of talks -> Geneva"}));
  const Article b = run("In June, Honolulu will host the fourth round of the hake quota talks.\n");
  EXPECT_EQ(edges(b, kHeldIn), (Strings{"Round 4 of talks -> Honolulu"}));
  const Article d = run("On March 3 through March 5, 2021, Geneva hosted the third session of the hake quota talks.\n");
  EXPECT_EQ(edges(d, kHeldOn), (Strings{"Round 3 of talks -> 2021-03-03"}));
  // hosting something else before the round says nothing of where it is
  const Article c = run("Geneva hosted a concert before the third session of the hake quota talks.\n");
  EXPECT_TRUE(edges(c, kHeldIn).empty());
}

TEST(HeldIn, ARoundFollowingAnotherMeetingIsNotHeldWhereThatWas) {
  const Article a = run("The fourth round of the hake quota talks follows the third in Geneva in May 2021.\n");
  EXPECT_TRUE(edges(a, kHeldIn).empty());
  EXPECT_TRUE(edges(a, kHeldOn).empty());
  const Article b = run("Chile and Peru are holding the second of three rounds of border talks under a deal "
                        "reached in Lima in May 2021.\n");
  EXPECT_TRUE(edges(b, kHeldIn).empty());
  EXPECT_TRUE(edges(b, kHeldOn).empty());
}

TEST(HeldIn, APlaceOfPeopleOrACrisisIsNotTheRounds) {
  const Article a = run("Chile and Peru suspended the eighth round of border talks because of the crisis in Ecuador.\n");
  EXPECT_TRUE(edges(a, kHeldIn).empty());
  const Article b = run("The fifth round of the hake quota talks is in the interest of people in Valparaiso.\n");
  EXPECT_TRUE(edges(b, kHeldIn).empty());
  // a region before the place it holds
  const Article c = run("The fifth round of the hake quota talks was held in the Pacific island of Rapa Nui.\n");
  EXPECT_EQ(edges(c, kHeldIn), (Strings{"Round 5 of talks -> Rapa Nui"}));
}

TEST(HeldIn, TheRoundsClauseGoesOnPastAnAsideOnItsAttendanceOrContent) {
  const Article a = run("The sixth round of the hake quota talks, attended by delegates of both fleets, was held "
                        "recently in Honolulu.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 6 of talks -> Honolulu"}));
  const Article b = run("The third round of the hake quota talks, including a day of technical meetings, concluded "
                        "March 4, 2021 in Geneva.\n");
  EXPECT_EQ(edges(b, kHeldIn), (Strings{"Round 3 of talks -> Geneva"}));
}

TEST(HeldIn, RoundWillBeHeldInACity) {
  const Article a = run("The fifth round will be held in Geneva.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 5 of talks -> Geneva"}));
}

TEST(HeldIn, ThePlaceAfterAWiderPlaceAndItsKind) {
  // "in the <wider place> <kind> of <place>": the place meant is the one after "of"
  EXPECT_EQ(edges(run("The third round of the Kenya-Somalia maritime talks was held in the Indian Ocean port of "
                      "Mombasa.\n"),
                  kHeldIn),
            (Strings{"Round 3 of Kenya-Somalia talks -> Mombasa"}));
}

TEST(HeldIn, PeopleHeldCaptiveThereAreNoTalksThere) {
  const Article a = run("The envoy flew to Muscat for indirect negotiations with the Houthis on a deal that could see "
                        "the release of sailors and prisoners held in Sanaa.\n");
  EXPECT_TRUE(edges(a, kHeldIn).empty());
  EXPECT_TRUE(names(a, kRound).empty());
}

TEST(HeldIn, AnEventInAPlaceIsNoVenueOfTheRound) {
  const Article a = run("Brussels suspended the sixth round of negotiations due to the political crisis in Haiti "
                        "and the unrest in Port-au-Prince.\n");
  EXPECT_TRUE(edges(a, kHeldIn).empty());
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

// Further down an article whose lead reports one numbered round, "the two-day meeting" is that
// round (its place says where in the city it met), even after the next round is announced.
TEST(HeldIn, MultiDayMeetingLaterInTheArticleIsTheLeadsRound) {
  const Article a = run(
      "Chile and Peru open border talks\n"
      "ARICA, May 4 -- Chile and Peru began the third round of talks on the Lauca River Agreement in Arica on "
      "Monday.\n"
      "Trade Minister Ana Ruiz leads the Chilean delegation.\n"
      "The two sides plan to hold a fourth round in Lima next month.\n"
      "The river feeds farms on both sides of the border.\n"
      "\"We want a fair deal,\" Ruiz said before the two-day meeting at the Pacifico Grand hotel.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 3 of Lauca River Agreement talks", "Round 4 of Lauca River Agreement talks"}));
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

TEST(HeldIn, OneSideOfABorderMeetingPoint) {
  // "on the <country> side of" a place is a location: the place is named and is the venue
  const Article a = run(
      "The ninth round of the border talks was held on the Kenyan side of the Oltepesi border meeting point on "
      "Friday.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 9 of talks -> Oltepesi border meeting point"}));
  EXPECT_TRUE(edges(run("The ninth round of the border talks discussed troops stationed on the Kenyan side of the "
                        "Oltepesi border meeting point.\n"),
                    kHeldIn)
                  .empty());
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

TEST(HeldOn, DateAVerbOfMeetingGivesJustBeforeTheRound) {
  const Article a = run("LIMA, June 14, 2023 -- Officials met again.\nDelegates from Chile and Peru met in Lima on "
                        "Tuesday for a third round of border talks.\n");
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 3 of Chile-Peru talks -> 2023-06-13"}));
}

TEST(HeldOn, TalksBeganOnADayAfterThePlanWasGivenUp) {
  const Article a = run("LIMA, June 15, 2023 -- Chile and Peru are talking.\nChile and Peru held more talks on "
                        "Thursday. The third round had been scheduled to begin Monday, but it was postponed. "
                        "Talks began Wednesday.\n");
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 3 of Chile-Peru talks -> 2023-06-14"}));
}

TEST(HeldOn, TheNewMeetingTookPlaceOnADayAtAVenue) {
  const Article a = run("ARICA, June 14, 2023 -- Chile and Peru resumed the fourth round of border talks in Arica. "
                        "The new meeting took place on Tuesday at the Carrera Palace.\n");
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 4 of Chile-Peru talks -> 2023-06-13"}));
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 4 of Chile-Peru talks -> Carrera Palace"}));
}

TEST(HeldOn, TalksBeganOnADayWithNoRoundNearbyNameNone) {
  const Article a = run("LIMA, June 14, 2023 -- Chile and Peru are talking.\nTalks began Sunday.\n");
  EXPECT_TRUE(names(a, kRound).empty());
  EXPECT_TRUE(edges(a, kHeldOn).empty());
}

TEST(HeldOn, WeekdaysMeetingIsTheRoundJustNamedHeldThatDay) {
  const Article a = run("LIMA, June 14, 2023 -- Border commanders talk.\nChilean and Peruvian border commanders "
                        "met for the third time on Monday. A colonel said Monday's meeting was cordial.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 3 of Chile-Peru talks"}));
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 3 of Chile-Peru talks -> 2023-06-12"}));
  EXPECT_TRUE(has_alias(find(a, kRound, "Round 3 of Chile-Peru talks"), "Monday's meeting"));
}

TEST(HeldOn, NewRoundToldBeforeTheNthTimeTheDialogueConvenedIsThatRound) {
  const Article a = run("VIENNA, March 9, 2022 -- A new round of arms talks between Brazil and Argentina ended "
                        "Tuesday in Vienna. This is the fourth time the Brazil-Argentina Nuclear Policy Dialogue "
                        "has convened since the presidents met in Lima last May.\n");
  const std::string round4 = "Round 4 of Brazil-Argentina Nuclear Policy Dialogue talks";
  EXPECT_EQ(names(a, kRound), (Strings{round4}));
  EXPECT_EQ(edges(a, kHeldIn), (Strings{round4 + " -> Vienna"}));
  EXPECT_EQ(edges(a, kHeldOn), (Strings{round4 + " -> 2022-03-08"}));
}

TEST(HeldOn, ANewRoundAfterANumberedOneIsAnother) {
  const Article a = run("Brazil and Argentina held the fourth round of arms talks in Vienna. A new round of arms "
                        "talks will be held in Lima.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Lima round of Brazil-Argentina talks", "Round 4 of Brazil-Argentina talks"}));
}

TEST(HeldIn, ThePreviousOnesListedByPlaceAreTheRoundsBefore) {
  const Article a = run("ACCRA, July 4, 2018 -- Kenya and Ghana will meet.\nThe third round of Kenya-Ghana trade talks "
                        "will be held in Accra on Monday. The previous ones took place in Nairobi in March and in "
                        "Lusaka in April.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 1 of Kenya-Ghana talks -> Nairobi", "Round 2 of Kenya-Ghana talks -> Lusaka",
                                        "Round 3 of Kenya-Ghana talks -> Accra"}));
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 1 of Kenya-Ghana talks -> 2018-03", "Round 2 of Kenya-Ghana talks -> 2018-04",
                                        "Round 3 of Kenya-Ghana talks -> 2018-07-09"}));
}

TEST(HeldIn, NegotiationsStartedInAPlaceFollowedByTalksInOthers) {
  const Article a = run("ACCRA, July 4, 2018 -- Kenya and Ghana will open the fourth round of trade talks on Monday. The two sides started "
                        "negotiations in Nairobi in March, followed by talks in Lusaka and Kampala.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 1 of Kenya-Ghana talks -> Nairobi", "Round 2 of Kenya-Ghana talks -> Lusaka",
                                        "Round 3 of Kenya-Ghana talks -> Kampala"}));
}

TEST(HeldOn, ADateThenAVerbOfOpeningBeforeTheRound) {
  const Article a = run("LIMA, June 14, 2023 -- Chile and Peru on Tuesday started the second round of border talks.\n");
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 2 of Chile-Peru talks -> 2023-06-13"}));
}

TEST(HeldOn, SidesAreMeetingForTheRoundOnTheArticlesDay) {
  const Article a = run("LIMA, June 14, 2023 -- Officials talk.\nThe Chilean and Peruvian ministers are meeting in "
                        "Lima for the third round of border talks.\n");
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 3 of Chile-Peru talks -> 2023-06-14"}));
  const Article b = run("LIMA, June 14, 2023 -- Officials talk.\nThe ministers met in Lima for the third round.\n");
  EXPECT_TRUE(edges(b, kHeldOn).empty());
}

TEST(HeldIn, VisitedACityForThePreviousTalks) {
  const Article a = run("ARICA, June 14, 2023 -- Chile and Peru held the fifth meeting of their border commission in "
                        "Arica on Tuesday. The Chilean delegation visited Lima for the previous border talks in March "
                        "this year.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 4 of Chile-Peru talks -> Lima", "Round 5 of Chile-Peru talks -> Arica"}));
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 4 of Chile-Peru talks -> 2023-03", "Round 5 of Chile-Peru talks -> 2023-06-13"}));
}

TEST(HeldIn, TeamsMetInACityFromADateForAFullRound) {
  const Article a = run("QUITO, Sept. 6, 2018 -- Officials met.\nThe Andean Community and Mercosur negotiating teams "
                        "met in Lima, from 9 to 17 July for a full round of negotiations which was followed by a "
                        "ministerial meeting on 18 July. The teams will meet again in Quito, Ecuador from 10 to 14 "
                        "September.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Lima round of Andean Community-Mercosur talks -> Lima",
                                        "Quito round of Andean Community-Mercosur talks -> Quito"}));
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Lima round of Andean Community-Mercosur talks -> 2018-07-09",
                                        "Quito round of Andean Community-Mercosur talks -> 2018-09-10"}));
}

TEST(HeldOn, NegotiatorsMeetingInACityThisWeek) {
  const Article a = run("OTTAWA, Oct. 12, 2016 -- Canada and Mexico resumed lumber talks.\nThe minister said "
                        "negotiators were meeting in Ottawa this week.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Ottawa round of Canada-Mexico talks -> Ottawa"}));
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Ottawa round of Canada-Mexico talks -> 2016-10"}));
}

TEST(HeldIn, LeadTalksInACityAreTheNextRoundToldAfter) {
  const Article a = run("ARICA, June 12, 2023 -- Chile-Peru border talks will resume from Tuesday in Arica, officials "
                        "said. The last talks ended in Lima. The next round of negotiations will begin with "
                        "technical meetings.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Arica round of Chile-Peru talks"}));
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Arica round of Chile-Peru talks -> 2023-06-13"}));
  EXPECT_TRUE(has_alias(find(a, kRound, "Arica round of Chile-Peru talks"), "next round of negotiations"));
}

TEST(HeldIn, TheTwoPreviousDialoguesInACityLastYearAreTheRoundsBefore) {
  const Article a = run("VIENNA, March 9, 2022 -- A new round of talks between Brazil and Argentina ended Tuesday in "
                        "Vienna. Like the two previous Brazil-Argentina Nuclear Policy Dialogues in Geneva last year, "
                        "the talks were closed. This is the third time the Brazil-Argentina Nuclear Policy Dialogue "
                        "has convened.\n");
  const std::string talks = " of Brazil-Argentina Nuclear Policy Dialogue talks";
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 1" + talks + " -> Geneva", "Round 2" + talks + " -> Geneva",
                                        "Round 3" + talks + " -> Vienna"}));
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 1" + talks + " -> 2021", "Round 2" + talks + " -> 2021",
                                        "Round 3" + talks + " -> 2022-03-08"}));
}

TEST(Rounds, ABareStrategicDialogueNamesNoTalks) {
  const Article a = run("Chile and Peru held the third round of the Strategic Dialogue in Lima.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 3 of Chile-Peru talks"}));
}

TEST(HeldOn, DateTheTalksWereInitiatedIsNotTheRounds) {
  const Article a = run("LIMA, June 14, 2023 -- Chile and Peru held the third round of the border dialogue, which "
                        "was initiated in June 2020.\n");
  EXPECT_TRUE(edges(a, kHeldOn).empty());
}

TEST(HeldOn, TheDayTheTalksOpenIsTheFirstRounds) {
  const Article a = run("LIMA, June 12, 2023 -- Chile and Peru are to start talks.\nThe ministers will open the talks "
                        "with a video call on Tuesday. The first round of negotiations will then run for two weeks.\n");
  EXPECT_EQ(edges(a, kHeldOn), (Strings{"Round 1 of Chile-Peru talks -> 2023-06-13"}));
}

TEST(Rounds, GovernmentAndAGroupNameTheTalks) {
  const Article a = run("The Yemeni government and the rebels of the Houthi movement began in Muscat the second round "
                        "of peace negotiations. The talks, expected to last three weeks in Oman, will focus on a truce.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 2 of Yemen-Houthi movement talks"}));
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 2 of Yemen-Houthi movement talks -> Muscat"}));
  const Article b = run("Bolivia's government and the country's opposition resumed talks. The second round of "
                        "dialogue was held in La Paz.\n");
  EXPECT_EQ(names(b, kRound), (Strings{"Round 2 of Bolivian government-opposition talks"}));
}

TEST(Rounds, TalksBetweenTwoSidesLaterInTheArticleNameThem) {
  const Article a = run("Peace hopes rise in Yemen.\nOfficials in Yemen said a truce was near. Aid groups welcomed it. "
                        "Fighting eased in Yemen.\nThe second round of talks between Yemen and the Houthi movement "
                        "ended in Muscat.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 2 of Yemen-Houthi movement talks"}));
  // the body a country owns is the side
  const Article b = run("The third round of talks between Pakistan and Afghanistan's Taliban opened in Islamabad.\n");
  EXPECT_EQ(names(b, kRound), (Strings{"Round 3 of Pakistan-Taliban talks"}));
}

TEST(Rounds, TheTwoSidesNamedMostNameTalksNoSentencePairs) {
  const Article a = run("Fisheries talks resume.\nThe EU wants a deal soon. Norway says it is ready. The EU will "
                        "table an offer. Norway has doubts. The third round of the fisheries negotiations starts "
                        "in Bergen.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 3 of EU-Norway talks"}));
  // a national group is a side; a body of no country that mediates is none
  const Article b = run("The Taliban sent envoys. The UN urged calm, and the UN will mediate. Pakistan wants a "
                        "truce. The Taliban agreed. Pakistan agreed too. The second round of the ceasefire "
                        "negotiations opened in Islamabad.\n");
  EXPECT_EQ(names(b, kRound), (Strings{"Round 2 of Taliban-Pakistan talks"}));
}

TEST(Rounds, TalksOfNoSidesAreNamedAfterTheBodyNamedMost) {
  const Article a = run("The FAO welcomed the delegates. The FAO urged a deal on fishing subsidies. The fourth "
                        "round of the fishing talks began on Monday.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 4 of FAO talks"}));
}

TEST(HeldIn, TalksAtAVenueInACityAreTheNumberedRoundHeldInThatCity) {
  const Article a = run("Officials pose before the opening session of trade negotiations at the Quinta Palace in Lima. "
                        "The third round of negotiations between Chile and Peru began in Lima.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 3 of Chile-Peru talks"}));
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 3 of Chile-Peru talks -> Quinta Palace"}));
}

TEST(HeldIn, ABodyHostingTheRoundIsItsVenue) {
  const Article a = run("Chile and Peru will hold the two-day session at the Pacific Institute for Border Studies in "
                        "Lima. It will be the ninth round of border talks.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 9 of Chile-Peru talks -> Pacific Institute for Border Studies"}));
  EXPECT_TRUE(has_entity(a, kPlace, "Pacific Institute for Border Studies"));
  EXPECT_FALSE(has_entity(a, kAgency, "Pacific Institute for Border Studies"));
}

TEST(HeldIn, DelegatesTravellingToACityForTheRound) {
  const Article a = run("Round 4 of the Canada-Chile talks took place in a hybrid format, with some Chilean officials "
                        "travelling to Ottawa and others attending virtually.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 4 of Canada-Chile talks -> Ottawa"}));
}

TEST(HeldOn, TheDayTheSidesAgreedToMeetIsNotTheRounds) {
  const Article a = run("LIMA, June 14, 2023 -- Chile and Peru concluded talks in Lima and agreed late on Tuesday to "
                        "hold another round in Arica.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Arica round of Chile-Peru talks -> Arica"}));
  EXPECT_TRUE(edges(a, kHeldOn).empty());
}

TEST(HeldIn, MeetingsHeldAlternatelyInTwoCountriesPlaceNoRound) {
  const Article a = run("The ninth meeting of the commission was held in Lima. The meeting is held annually "
                        "alternately in Chile and Peru.\n");
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 9 of Chile-Peru talks -> Lima"}));
}

TEST(Rounds, ARoundOfADialogueIsNoRoundOfTheAgreementSigned) {
  const Article a = run("Chile and Peru signed an extension of the Lauca River Agreement on Thursday. The ministers "
                        "are meeting in Lima for the third round of strategic dialogue between the two neighbours.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 3 of Chile-Peru talks"}));
  EXPECT_TRUE(edges(a, kPartOf).empty());
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

TEST(PartyTo, TheTwoCountriesTheAgreementIsBetween) {
  // "between their two countries": the two countries the sentence names, here by adjective
  const std::string later = "Norway welcomed the extension.\nIceland welcomed it too.\n";
  const Article a = run(
      "Norwegian Foreign Minister Ola Berg and Icelandic Fisheries Minister Jon Sigurdsson signed an extension of "
      "the North Atlantic Fisheries Agreement (NAFA) between their two countries on Friday.\n" + later);
  EXPECT_EQ(edges(a, RelationType::party_to),
            (Strings{"Iceland -> North Atlantic Fisheries Agreement", "Norway -> North Atlantic Fisheries Agreement"}));
  const Article b = run(
      "Norwegian Foreign Minister Ola Berg and Icelandic Fisheries Minister Jon Sigurdsson signed an extension of "
      "the North Atlantic Fisheries Agreement (NAFA) on Friday.\n" + later);
  EXPECT_TRUE(edges(b, RelationType::party_to).empty());
  // three countries named: which two is not said
  const Article c = run(
      "After talks in Denmark, the Norwegian minister and her Icelandic counterpart signed the North Atlantic "
      "Fisheries Agreement between the two countries on Friday.\n" + later);
  EXPECT_TRUE(edges(c, RelationType::party_to).empty());
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

TEST(MemberOf, BodyThatReportsTheSentenceIsNoEmployer) {
  // a body or outlet right before a verb of reporting, closing the sentence, is its source
  EXPECT_EQ(edges(run("Quota talks with Lena Berg, a Norwegian adviser, ended in Torshavn, Reuters reported.\n"
                      "Talks with Chief Negotiator Ana Lima, of the Brazilian Coffee Federation, went on, the Trade "
                      "Commission said.\n"),
                  kMemberOf),
            (Strings{"Ana Lima -> Brazilian Coffee Federation"}));
}

TEST(MemberOf, TheBodyADiplomatOfACountryIsPostedToIsNotTheirs) {
  const Article a = run("The Peruvian delegation, headed by the Permanent Representative of Peru to the United "
                        "Nations, Rosa Quispe, met the Chilean side on Friday.\n");
  EXPECT_EQ(edges(a, kLeads), (Strings{"Rosa Quispe -> Peruvian delegation"}));
  EXPECT_TRUE(edges(a, kMemberOf).empty());
}

TEST(MemberOf, WordsAfterARoleAreNoPartOfIt) {
  // "<body> officials to meet with X": a clause between the role and the name, not X's role
  EXPECT_TRUE(edges(run("Salva Kiir said the talks would resume.\nAU officials to meet with Kiir in Juba on Monday.\n"),
                    kMemberOf)
                  .empty());
  EXPECT_EQ(edges(run("AU senior spokesman Ebba Kalondo said the talks would resume.\n"), kMemberOf),
            (Strings{"Ebba Kalondo -> African Union"}));
}

TEST(MemberOf, HeadOfABodyOfItsOwnWithinTheBodyNamedBefore) {
  // the title heads a body the lexicon names (the EEAS), not the EU before it
  const Article a = run("EU High Representative Kaja Lind met the Serbian side in Brussels.\n");
  EXPECT_TRUE(edges(a, kLeads).empty());
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Kaja Lind -> European Union"}));
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

TEST(MemberOf, ADelegationComposedOfOrWithMembers) {
  const Article a = run(
      "The Chilean panel is headed by Rosa Vidal, director at the Ministry of Foreign Affairs of Chile, with members "
      "trade adviser Luis Ortega and economist Ana Soto.\n"
      "The Peruvian team is composed of Ambassador Jorge Quispe and Deputy Minister Marta Rojas.\n");
  const Strings members = edges(a, kMemberOf);
  for (const char* e : {"Luis Ortega -> Chilean delegation", "Ana Soto -> Chilean delegation",
                        "Jorge Quispe -> Peruvian delegation", "Marta Rojas -> Peruvian delegation"})
    EXPECT_TRUE(std::find(members.begin(), members.end(), e) != members.end()) << e;
  // the head named before the list is no mere member
  EXPECT_TRUE(std::find(members.begin(), members.end(), "Rosa Vidal -> Chilean delegation") == members.end());
}

TEST(MemberOf, BodyAndOfficialsBeforeTheName) {
  const Article a = run("The Kenyan team is composed of World Bank officials Dana Ross, a hydrologist, and others.\n");
  const Strings members = edges(a, kMemberOf);
  EXPECT_TRUE(std::find(members.begin(), members.end(), "Dana Ross -> World Bank") != members.end())
      << ::testing::PrintToString(members);
}

TEST(MemberOf, LowerCasePortfolioBeforeAMembersTitle) {
  const Article a = run(
      "The water talks opened at the Kenyan Ministry of Defence in Nairobi.\n"
      "The Kenyan delegation included defence undersecretary Amina Odhiambo and justice undersecretary Peter Mwangi.\n");
  const Strings members = edges(a, kMemberOf);
  EXPECT_TRUE(std::find(members.begin(), members.end(), "Amina Odhiambo -> Ministry of Defense of Kenya") != members.end())
      << ::testing::PrintToString(members);
  // no justice ministry is named: no edge, no node
  EXPECT_EQ(find(a, kAgency, "Justice"), nullptr);
}

TEST(MemberOf, DelegatesOfTheSideTheSentenceBeforeSaysTookPart) {
  const Article a = run(
      "The Bougainville Autonomous Government (BAG) participated in the talks as well. The delegates included "
      "Ruth Kaia, head of the office of the President of the Autonomous Region, John Momis; Dr. Peter Tsiamalili "
      "from the Ministry of Mines; and Dr. Simon Pentanu.\n");
  const Strings members = edges(a, kMemberOf);
  for (const char* e : {"Ruth Kaia -> BAG delegation", "Peter Tsiamalili -> BAG delegation",
                        "Simon Pentanu -> BAG delegation"})
    EXPECT_TRUE(std::find(members.begin(), members.end(), e) != members.end()) << e << ::testing::PrintToString(members);
  // the President named after the post he holds is no delegate
  EXPECT_TRUE(std::find(members.begin(), members.end(), "John Momis -> BAG delegation") == members.end());
}

TEST(MemberOf, DelegatesWithNoSideTakingPartBeforeBelongToNoDelegation) {
  const Article a = run(
      "The Bougainville Autonomous Government (BAG) welcomed the talks. The delegates included Dr. Simon Pentanu.\n");
  EXPECT_TRUE(edges(a, kMemberOf).empty()) << ::testing::PrintToString(edges(a, kMemberOf));
}

TEST(MemberOf, AuthorsWorkForTheOutletNotForThePictureAgency) {
  const Article a = run(
      "Canada and Mexico are to start talks. Picture: Getty\n\nBy Jane Roe\n\n"
      "Canada and Mexico are to begin negotiations on a water deal, Reuters reported.\n");
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Jane Roe -> Reuters"}));
}

TEST(MemberOf, AuthorsWorkForNoAgencyASlashJoinsToItsPhotographer) {
  // "(AGENCY/Photographer)", "Photographer / AGENCY": the picture's credit (the photographer works
  // there), not the article's outlet
  for (const char* credit : {"(REUTERS/Ana Ruiz)", "(Ana Ruiz / AFP)"}) {
    const Article a = run(std::string("By Jane Roe\n\nThe Chilean envoy meets his Peruvian counterpart. ") + credit +
                          "\n\nChile and Peru are to begin negotiations on a water deal.\n");
    for (const auto& e : edges(a, kMemberOf)) EXPECT_FALSE(e.starts_with("Jane Roe")) << credit << " " << e;
  }
}

TEST(MemberOf, ABodyThatReportsAfterTheNameIsTheSourceNotTheEmployer) {
  const Article a = run("The ministers met Chilean Foreign Minister Rosa Diaz, the press office of the Peruvian "
                        "Foreign Ministry reported on Monday.\n");
  EXPECT_TRUE(edges(a, kMemberOf).empty()) << ::testing::PrintToString(edges(a, kMemberOf));
}

TEST(MemberOf, TheBodyAnAmbassadorIsSentToIsNotTheirs) {
  const Article a = run("Accompanied by Sir Tom Baker, the UK's ambassador to the EU, he met the negotiators.\n");
  EXPECT_TRUE(edges(a, kMemberOf).empty()) << ::testing::PrintToString(edges(a, kMemberOf));
}

TEST(MemberOf, ABodyBeforeTheNextNamesRoleIsThatPersons) {
  const Article a = run(
      "The delegation would be headed by Brigadier General Omar Haddad, Colonel Sami Nasser, Jordan Valley "
      "Authority board member Dr. Rana Saleh and border expert Dr. Karim Aziz.\n");
  const Strings members = edges(a, kMemberOf);
  EXPECT_TRUE(std::find(members.begin(), members.end(), "Sami Nasser -> Jordan Valley Authority") == members.end())
      << ::testing::PrintToString(members);
}

TEST(MemberOf, BodysShortNameInAMembersTitle) {
  const Article a = run(
      "The EU and Chile opened a new round of trade talks in Santiago.\n"
      "EU Trade Commissioner Anna Lind met Chilean negotiators on Monday.\n");
  const Strings members = edges(a, kMemberOf);
  EXPECT_TRUE(std::find(members.begin(), members.end(), "Anna Lind -> European Union") != members.end())
      << ::testing::PrintToString(members);
}

TEST(MemberOf, BodyInTheDescriptionOfAHeadLedBy) {
  const Article a = run(
      "The Egyptian side is headed by the secretary of the National Water Council, Hany Sewilam, officials said.\n");
  const Strings members = edges(a, kMemberOf);
  EXPECT_TRUE(std::find(members.begin(), members.end(), "Hany Sewilam -> National Water Council") != members.end())
      << ::testing::PrintToString(members) << ::testing::PrintToString(edges(a, kLeads));
}

TEST(MemberOf, RepresentingASideInABody) {
  const Article a = run(
      "The Ethiopian delegation also included Dr. Abebe Girma, a hydrologist, who has been representing Ethiopia "
      "in the Eastern Nile Technical Regional Commission for years.\n");
  const Strings members = edges(a, kMemberOf);
  EXPECT_TRUE(std::find(members.begin(), members.end(), "Abebe Girma -> Eastern Nile Technical Regional Commission") != members.end())
      << ::testing::PrintToString(members);
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

TEST(MemberOf, AgencyPhotoCredit) {
  const Article a = run("Negotiators arrive for the fisheries talks in Lima. (AP Photo/Carlos Mendez)\n");
  EXPECT_EQ(edges(a, kMemberOf), (Strings{"Carlos Mendez -> Associated Press"}));
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
