// Unit tests of the mention recognisers (extract/mentions.h) through the public Extractor, with
// the built-in lexicons, on invented sentences about trade and peace talks.
#include <gtest/gtest.h>

#include "extract_test_helpers.h"

namespace newsgraph::extract {
namespace {

// ---------------------------------------------------------------- people

TEST(People, NameAfterTitle) {
  const Article a = run("Trade Minister Piyush Goyal said India wants a deal with the EU.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Piyush Goyal"}));
  EXPECT_TRUE(has_alias(find(a, kPerson, "Piyush Goyal"), "Trade Minister Piyush Goyal"));
}

TEST(People, NamesAfterASharedOrPluralRoleArePeople) {
  for (const char* text : {"The fisheries board co-chairs Lena Varga and Tomas Brandt met the Andean envoys.\n",
                           "Andes Media co-chairmen Lena Varga and Tomas Brandt proposed a mediator.\n"})
    EXPECT_EQ(names(run(text), kPerson), (Strings{"Lena Varga", "Tomas Brandt"})) << text;
}

TEST(People, HyphenatedFamilyNameCountsAsOneWordOfTheName) {
  const Article a = run("The river talks were opened by outgoing Chair Ana Lucia Ruiz-Tagle Ossandon in Santiago.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Ana Lucia Ruiz-Tagle Ossandon"}));
}

TEST(People, MultiWordTitleIsKeptWholeInTheAlias) {
  const Article a = run("Secretary of State Mike Pompeo said the talks with Iran would continue.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Mike Pompeo"}));
  EXPECT_TRUE(has_alias(find(a, kPerson, "Mike Pompeo"), "Secretary of State Mike Pompeo"));
}

TEST(People, QuotedNicknameInsideANameIsLeftOutOfIt) {
  const Article a = run("Rebel commander Joaquin \"El Gato\" Herrera met government envoys in Quito. "
                        "Herrera said the ceasefire would hold.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Joaquin Herrera"}));
  EXPECT_TRUE(has_alias(find(a, kPerson, "Joaquin Herrera"), "Joaquin \"El Gato\" Herrera"));
  // after a capitalised title, with curly quotes
  const Article b = run("Commander Ivan \u201cMarquito\u201d Sosa signed the truce in Havana.\n");
  EXPECT_EQ(names(b, kPerson), (Strings{"Ivan Sosa"}));
  // a quoted word between names of no person is left alone
  EXPECT_TRUE(names(run("Voters in Chile \"Yes\" Campaign rallies cheered.\n"), kPerson).empty());
}

TEST(People, HonorificThatIsAGivenNameStartsTheNameAfterATitle) {
  // "Amir" is also a form of the honorific "Emir"; after another title or a role word it is a given name
  EXPECT_EQ(names(run("Water Commissioner Amir Reza Tavakoli said the river talks would go on.\n"), kPerson),
            (Strings{"Amir Reza Tavakoli"}));
  EXPECT_EQ(names(run("The trade envoy Amir Reza Tavakoli met officials in Baku.\n"), kPerson),
            (Strings{"Amir Reza Tavakoli"}));
  // a ruler's honorific before a name keeps its reading
  EXPECT_EQ(names(run("Emir Tamim bin Hamad Al Thani received the envoys in Doha.\n"), kPerson),
            (Strings{"Tamim bin Hamad Al Thani"}));
}

TEST(People, GivenNameEndsATitlesPortfolio) {
  // a name of five words after "Commissioner for Lake Affairs": the given name starts it
  EXPECT_EQ(names(run("The delegation was led by Commissioner for Lake Affairs Syed Muhammad Tariq Ali Khan.\n"), kPerson),
            (Strings{"Syed Muhammad Tariq Ali Khan"}));
  EXPECT_EQ(names(run("Commissioner for Border Waters Maria Elena Duarte arrived in Lima.\n"), kPerson),
            (Strings{"Maria Elena Duarte"}));
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

TEST(People, ArabicParticlesStayInTheName) {
  const Article a = run(
      "Oman's Foreign Minister Badr al-Busaidi met envoy Hamad bin Khalifa al-Thani in Muscat to discuss the truce.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Badr al-Busaidi", "Hamad bin Khalifa al-Thani"}));
}

TEST(People, NameStopsBeforeAWeekday) {
  const Article a = run("Brazilian President Luiz Inacio Lula da Silva on Monday said the Mercosur deal was close.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Luiz Inacio Lula da Silva"}));
}

TEST(People, CreditLinesNamePeople) {
  EXPECT_EQ(names(run("Negotiators met in Geneva on the water treaty.\nAuthor: Maren Solheim\n"), kPerson),
            (Strings{"Maren Solheim"}));
  EXPECT_EQ(names(run("Delegates arrive for the border talks in Minsk. (AP Photo/Oleg Petrenko)\n"), kPerson),
            (Strings{"Oleg Petrenko"}));
  EXPECT_EQ(names(run("Delegates arrive for the border talks in Minsk.\nOleg Petrenko/AP\n"), kPerson),
            (Strings{"Oleg Petrenko"}));
}

TEST(People, InitialsAndGenerationSuffixesAreNameParts) {
  const Article a = run(
      "The Bangladeshi delegation was led by M.R. Khan, and members included minister Tomas Reyes III and "
      "others.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"M.R. Khan", "Tomas Reyes III"}));
}

TEST(People, SpeakerAfterAQuoteOrSaid) {
  EXPECT_EQ(names(run("\"The talks could last months,\" Nadia Karam, a director at a Beirut think tank, said.\n"),
                  kPerson),
            (Strings{"Nadia Karam"}));
  EXPECT_EQ(names(run("The arms talks will resume in Vienna, said Pavel Orlov of the Moscow institute.\n"), kPerson),
            (Strings{"Pavel Orlov"}));
  EXPECT_EQ(names(run("The basin data was shared, commission engineer Rafiq Uddin Ahmed informed reporters.\n"),
                  kPerson),
            (Strings{"Rafiq Uddin Ahmed"}));
}

TEST(People, CompoundsVenuesAndListsAreNoPeople) {
  EXPECT_TRUE(names(run("The Indian-Chinese consultations on the border will resume.\n"), kPerson).empty());
  EXPECT_TRUE(names(run("The talks paused for Eid-al-Fitr, a Muslim festival.\n"), kPerson).empty());
  EXPECT_TRUE(names(run("Leaders met at the Royal Palace, a statement said.\n"), kPerson).empty());
  EXPECT_TRUE(names(run("Projects including Upper Tamakoshi (456 MW) were discussed.\n"), kPerson).empty());
  EXPECT_TRUE(names(run("Chapters on Rules of Origin, Public Procurement, amongst others, were closed.\n"), kPerson)
                  .empty());
}

TEST(People, HonorificSurnameMakesTheFullNameAPerson) {
  const Article a = run(
      "Olaf Brandt hits back at Paris over fishing rights.\n"
      "Mr Brandt insisted the quota talks would go on.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Olaf Brandt"}));
}

TEST(People, NameAfterNegotiatingTeam) {
  const Article a = run("The head of the Sudanese negotiating team Omar Bashir Idris met mediators in Juba.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Omar Bashir Idris"}));
}

TEST(People, PortfolioEndsAtAMinistryWord) {
  const Article a = run("Minister of Agriculture and Trade Nguyen Van Binh met the Australian delegation in Hanoi.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Nguyen Van Binh"}));
}

TEST(People, CountryAdjectiveAfterARankIsNoPerson) {
  const Article a = run("Major Brazilian beef exporters urged the Mercosur negotiators to close the deal.\n");
  EXPECT_TRUE(names(a, kPerson).empty());
}

TEST(People, NameAfterATitleOfACountryAndAComma) {
  const Article a = run("The talks were attended by the Foreign Minister of Peru, Elena Quispe Mamani.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Elena Quispe Mamani"}));
}

TEST(People, NameBeforeACommaAndACountrysTitle) {
  // the first of a list of titled people whose own title reads as no person's ("Envoy for the
  // Lusaka talks"), and a name before its appositive title
  const Article a = run(
      "Angolan Presidential Envoy for the Lusaka talks Mateus Kiala, Zambian Deputy Minister of Mines Ruth Banda "
      "and a Congolese adviser are heading the delegations of their countries.\n"
      "Nadia Osei, Ghanaian Trade Minister, said the Lusaka talks went well.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Mateus Kiala", "Nadia Osei", "Ruth Banda"}));
}

TEST(People, NameAfterATitleOfACountryPostedToABodyAndAComma) {
  const Article a = run("The talks were opened by the Permanent Representative of Peru to the United Nations, "
                        "Rosa Quispe Mamani.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Rosa Quispe Mamani"}));
}

TEST(People, NameAfterALowerCasePortfolio) {
  const Article a = run(
      "The EU side is headed by Deputy Director-General for trade and sustainable development Maria Lindqvist.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Maria Lindqvist"}));
}

TEST(People, NameAfterACapitalisedRoleInsideASpan) {
  const Article a = run("The data was shared by MRC Senior Engineer Somchai Wongsa in Vientiane.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Somchai Wongsa"}));
}

TEST(People, AuthorsOfCreditLinesAndScriptBylines) {
  EXPECT_EQ(names(run("Talks on the dairy quota resumed.\n(Reporting by Lucy Craymer in Wellington and Jane Wardell in "
                      "Sydney; Editing by Tom Hogue)\n"),
                  kPerson),
            (Strings{"Jane Wardell", "Lucy Craymer", "Tom Hogue"}));
  EXPECT_EQ(names(run("By 김민수\nThe two sides met in Busan.\n"), kPerson), (Strings{"김민수"}));
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

TEST(People, TitledNameWithAStopWord) {
  const Article a = run("Prime Minister Theresa May told lawmakers the Brexit talks would go on.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Theresa May"}));
  EXPECT_TRUE(has_alias(find(a, kPerson, "Theresa May"), "Prime Minister Theresa May"));
}

TEST(People, TitledChineseNameWithAStopWordAndItsSurnameLater) {
  const Article a = run(
      "Vice Premier Liu He arrived in Washington on Monday for trade talks. Liu told reporters that progress was "
      "made.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Liu He"}));
  const Entity* liu = find(a, kPerson, "Liu He");
  ASSERT_NE(liu, nullptr);
  EXPECT_EQ(liu->mentions, 2);
  EXPECT_TRUE(has_alias(liu, "Liu"));
  EXPECT_TRUE(has_alias(liu, "Vice Premier Liu He"));
}

TEST(People, LoneSurnameWithoutTheFullNameIsNoPerson) {
  EXPECT_TRUE(names(run("Liu told reporters that progress was made.\n"), kPerson).empty());
}

TEST(People, NameBeforeACountrysRoleAppositive) {
  const Article a = run("Mary Ng, Canada's trade minister, met Korean officials in Seoul.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Mary Ng"}));
}

TEST(People, PlaceBeforeACountrysAppositiveIsNoPerson) {
  const Article a = run("Tokyo, Japan's capital, hosted the talks.\n");
  EXPECT_TRUE(names(a, kPerson).empty());
  EXPECT_EQ(names(a, kPlace), (Strings{"Tokyo"}));
}

TEST(People, PluralTitleBeforeTwoCoordinatedNames) {
  const Article a = run("Presidents Joe Biden and Emmanuel Macron met in Paris.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Emmanuel Macron", "Joe Biden"}));
}

TEST(People, CoordinationWithAPersonDoesNotMakeAnAgencyAPerson) {
  const Article a = run("President Joe Biden and Central Bank officials met in Paris.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Joe Biden"}));
  EXPECT_EQ(names(a, kAgency), (Strings{"Central Bank"}));
}

TEST(People, NameWithoutACueIsAPersonWhenItsSurnameSpeaksLater) {
  const Article a = run(
      "Officials expect Jesus Seade in Ottawa on Monday. Seade told reporters the gap was wide.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Jesus Seade"}));
  const Entity* seade = find(a, kPerson, "Jesus Seade");
  ASSERT_NE(seade, nullptr);
  EXPECT_EQ(seade->mentions, 2);
  EXPECT_TRUE(has_alias(seade, "Seade"));
}

TEST(People, NameWithoutACueStaysUnknownWhenItsSurnameDoesNotSpeak) {
  const Article a = run("Officials expect Jesus Seade in Ottawa on Monday. Seade flew home.\n");
  EXPECT_TRUE(names(a, kPerson).empty());
}

TEST(People, NameWithParticles) {
  const Article a = run("Uruguay's chief negotiator, Maria dos Santos e Sousa, heads the Mercosur delegation.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Maria dos Santos e Sousa"}));
  EXPECT_EQ(names(run("Brazil's chief negotiator, Paulo Estivallet de Mesquita, heads the Mercosur delegation.\n"),
                  kPerson),
            (Strings{"Paulo Estivallet de Mesquita"}));
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

TEST(Agencies, OutletThenACountryIsThatOutletsEdition) {
  const Article a = run("The fisheries talks with Malaysia resumed on Monday, CNN Indonesia reported.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"CNN Indonesia"}));
  EXPECT_EQ(names(a, kPlace), (Strings{"Malaysia"}));
  // a country's possessive after the outlet starts a new phrase
  const Article b = run("Reuters Iran's foreign minister said the nuclear talks would resume.\n");
  EXPECT_EQ(names(b, kAgency), (Strings{"Reuters"}));
}

TEST(Agencies, NewsletterByItsHeadWord) {
  const Article a = run("Delegates were still divided on Friday, the Pacific Fisheries Bulletin reported.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Pacific Fisheries Bulletin"}));
}

TEST(Agencies, EuropeanCommunityIsTheEuropeanUnion) {
  // general knowledge in the lexicon: the Community's name before 1993 is the Union's alias
  const Article a = run("Turkey applied to the European Community in 1987. The EU opened accession talks in 2005.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"European Union"}));
}

TEST(Agencies, MinistryByHeadWord) {
  const Article a = run("The Ministry of Commerce said exports rose in March.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ministry of Commerce"}));
}

TEST(Agencies, RomanNumeralCountsTheSittingOfABodyNotItsName) {
  const Article a = run("The XII Peru-Japan Joint Committee met in Lima. The XIII Joint Committee will meet in Tokyo.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Joint Committee", "Peru-Japan Joint Committee"}));
  // a unit's numeral is its name
  const Article b = run("The XIV Corps said the border talks would resume.\n");
  EXPECT_EQ(names(b, kAgency), (Strings{"XIV Corps"}));
}

TEST(Agencies, MinistryOfANamedCountry) {
  const Article a = run("China's Ministry of Commerce said the tariffs were unfair.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ministry of Commerce of the People's Republic of China"}));
}

TEST(Agencies, DirectorateGeneralByHeadWord) {
  const Article a = run("Officials at the Directorate-General for Trade disagreed with Brasilia.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Directorate-General for Trade"}));
}

TEST(Agencies, ForeignMinistryTakesTheCountrysShortName) {
  const Article a = run("India's foreign ministry said the talks with Canada would continue.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ministry of Foreign Affairs of India"}));
  EXPECT_TRUE(has_alias(find(a, kAgency, "Ministry of Foreign Affairs of India"), "India's foreign ministry"));
  // "the Hellenic Republic" is no name the ministry goes by in English news
  EXPECT_EQ(names(run("The Greek Ministry of Foreign Affairs announced talks with Ankara.\n"), kAgency),
            (Strings{"Ministry of Foreign Affairs of Greece"}));
  EXPECT_EQ(names(run("Egypt's foreign ministry welcomed the talks.\n"), kAgency),
            (Strings{"Ministry of Foreign Affairs of Egypt"}));
}

TEST(Agencies, PortfolioOfTwoWordsBeforeMinistry) {
  const Article a = run("The Peruvian Foreign Affairs Ministry said the border talks would resume.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ministry of Foreign Affairs of Peru"}));
  EXPECT_TRUE(has_alias(find(a, kAgency, "Ministry of Foreign Affairs of Peru"), "Peruvian Foreign Affairs Ministry"));
}

TEST(Agencies, LowerCaseWaterPortfolios) {
  EXPECT_EQ(names(run("Kazakhstan's irrigation ministry said the canal talks would resume.\n"), kAgency),
            (Strings{"Ministry of Irrigation of Kazakhstan"}));
  EXPECT_EQ(names(run("The Uzbek water ministry said the canal talks would resume.\n"), kAgency),
            (Strings{"Ministry of Water Resources of Uzbekistan"}));
}

TEST(Agencies, ShortMinistryAfterItsFullNameIsThatMinistry) {
  // one word of a portfolio the article named in full, for the same country: the same ministry
  const Article a = run(
      "The Iraqi Ministry of Water Resources and Agriculture issued a statement.\n"
      "Later the Iraqi water ministry said the talks with Turkey would resume.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ministry of Water Resources and Agriculture of Iraq"}));
  // another country's ministry with that word is not it
  const Article b = run(
      "The Iraqi Ministry of Water Resources and Agriculture issued a statement.\n"
      "Later the Syrian water ministry said the talks with Turkey would resume.\n");
  EXPECT_EQ(names(b, kAgency),
            (Strings{"Ministry of Water Resources and Agriculture of Iraq", "Ministry of Water Resources of Syria"}));
}

TEST(Agencies, MinistryStyledWithTheOfficialNameWhereTheGovernmentDoes) {
  EXPECT_EQ(names(run("Indonesia's foreign ministry welcomed the talks.\n"), kAgency),
            (Strings{"Ministry of Foreign Affairs of the Republic of Indonesia"}));
}

TEST(Agencies, TwoCountriesMinistriesInOnePhrase) {
  const Article a = run("The talks were announced by the Serbian and Croatian Foreign Ministries on Monday.\n");
  EXPECT_EQ(names(a, kAgency),
            (Strings{"Ministry of Foreign Affairs of Croatia", "Ministry of Foreign Affairs of Serbia"}));
}

TEST(Agencies, MinistryWithAListOfPortfolios) {
  const Article a = run("Officials of the Ministry of Economy, Trade and Industry of Japan met in Ottawa.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ministry of Economy, Trade and Industry of Japan"}));
}

TEST(Agencies, MinistryOfADistinctivePortfolioNeedsNoCountry) {
  // a Washington dateline does not make a regional ministry American
  const Article a = run("WASHINGTON, March 3 -- A general from the Ministry of Hydrocarbon Affairs joined the talks.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ministry of Hydrocarbon Affairs"}));
}

TEST(Agencies, NationalDefenseMinistryKeepsItsName) {
  EXPECT_EQ(names(run("Taiwan's Ministry of National Defence said the drills ended.\n"), kAgency),
            (Strings{"Ministry of National Defense of Taiwan"}));
}

TEST(Agencies, CompanyWithAnUnpunctuatedSuffix) {
  const Article a = run("Exporters include Tolko Industries, Norbord Inc and Canfor Corp, the ministry said.\n");
  const Strings got = names(a, kAgency);
  EXPECT_NE(std::find(got.begin(), got.end(), "Norbord Inc"), got.end());
  EXPECT_NE(std::find(got.begin(), got.end(), "Canfor Corp"), got.end());
}

TEST(Agencies, EmbassyOfACountryIsOneAgencyWithItsHost) {
  EXPECT_EQ(names(run("A diplomat at the Japanese embassy in Seoul declined to comment.\n"), kAgency),
            (Strings{"Embassy of Japan in South Korea"}));
  EXPECT_EQ(names(run("The U.S. Embassy in Lima said talks on the trade pact would resume.\n"), kAgency),
            (Strings{"Embassy of the United States in Peru"}));
  // no host named: the dateline's country
  EXPECT_EQ(names(run("OTTAWA, May 2 -- The Mexican embassy team joined the lumber talks.\n"), kAgency),
            (Strings{"Embassy of Mexico in Canada"}));
  // the article where the country's name takes one, not on every name ending in "s"
  EXPECT_EQ(names(run("The Cypriot embassy in Manila hosted the fisheries talks.\n"), kAgency),
            (Strings{"Embassy of Cyprus in the Philippines"}));
}

TEST(Agencies, CountrysGovernmentIsTheCountry) {
  for (const char* text : {"The UK Government said the fishing talks would go on.\n",
                           "The Government of Peru said the fishing talks would go on.\n"}) {
    const Article a = run(text);
    EXPECT_TRUE(names(a, kAgency).empty()) << text;
    EXPECT_EQ(names(a, kPlace).size(), 1u) << text;
  }
  EXPECT_TRUE(has_alias(find(run("The Government of Peru said the talks would go on.\n"), kPlace, "Peru"),
                        "Government of Peru"));
}

TEST(Agencies, BodyOfAPluralNounKeepsItsLastWord) {
  EXPECT_EQ(names(run("An aide from the Lebanese Council of Ministers attended the maritime talks.\n"), kAgency),
            (Strings{"Lebanese Council of Ministers"}));
}

TEST(Agencies, NewsAgencyCredits) {
  EXPECT_EQ(names(run("SEOUL, April 1 (UPI) -- The talks resumed.\n"), kAgency),
            (Strings{"United Press International"}));
}

TEST(Agencies, ForeignMinistryOfTheDatelineCountry) {
  const Article a = run("NEW DELHI, Jan. 5, 2023 -- The foreign ministry said the talks would continue.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ministry of Foreign Affairs of India"}));
}

TEST(Agencies, ForeignMinistryWithoutAnyCountryIsNoNode) {
  EXPECT_TRUE(names(run("The foreign ministry said the talks would continue.\n"), kAgency).empty());
}

TEST(Agencies, UnqualifiedMinistryOfTheCountryNamedBeforeIt) {
  const Article a = run(
      "Korea's delegation was led by Yeo Han-koo, a director at the Foreign Ministry's trade bureau.\n");
  EXPECT_EQ(names(a, kAgency),
            (Strings{"Ministry of Foreign Affairs of the Republic of Korea", "South Korean delegation"}));
  EXPECT_TRUE(has_alias(find(a, kAgency, "Ministry of Foreign Affairs of the Republic of Korea"), "Foreign Ministry"));
}

TEST(Agencies, CountryNamedAfterAnUnqualifiedMinistryIsNotItsCountry) {
  const Article a = run("The foreign ministry said the talks with Canada would continue.\n");
  EXPECT_TRUE(names(a, kAgency).empty());
  EXPECT_EQ(names(a, kPlace), (Strings{"Canada"}));
  EXPECT_TRUE(names(run("A foreign ministry spokesman said the next round had been postponed.\n"), kAgency).empty());
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

TEST(Delegations, TwoOwnersOfPluralDelegations) {
  const Article a = run("The EU and Mercosur negotiating teams met in Brussels. The Greek and Turkish delegations met too.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"EU delegation", "Greek delegation", "Mercosur delegation", "Turkish delegation"}));
  EXPECT_FALSE(has_alias(find(a, kAgency, "EU delegation"), "EU"));  // the alias keeps the head word
}

TEST(Delegations, GovernmentAndOppositionSidesOfOneCountrysTalks) {
  const Article a = run("Yemen's parties met again in Muscat. Yemen's envoy hoped for progress in Yemen. "
                        "\"The government delegation brought no texts and the opposition delegation left early,\" "
                        "he said. The regime's delegation denied it.\n");
  EXPECT_NE(find(a, kAgency, "Yemeni delegation"), nullptr);
  EXPECT_NE(find(a, kAgency, "Yemeni opposition delegation"), nullptr);
  EXPECT_TRUE(has_alias(find(a, kAgency, "Yemeni delegation"), "regime's delegation"));
  // two countries equally named: no side can be told
  const Article b = run("Peru and Chile met. The government delegation left.\n");
  EXPECT_TRUE(names(b, kAgency).empty());
  // the country's adjective counts; a facilitator named once does not make the talks its own
  const Article c = run("The Sudanese parties met. Sudanese envoys and the Sudanese army talked. "
                        "The delegation of the Kingdom of Norway attended. The government delegation left.\n");
  EXPECT_NE(find(c, kAgency, "Sudanese delegation"), nullptr);
  const Article d = run("The head of the delegation of the Kingdom of Norway spoke. The government delegation left.\n");
  // (Norway's own delegation is named, but the government's side is not Norway's)
  ASSERT_NE(find(d, kAgency, "Norwegian delegation"), nullptr);
  EXPECT_FALSE(has_alias(find(d, kAgency, "Norwegian delegation"), "government delegation"));
  EXPECT_EQ(names(d, kAgency), (Strings{"Norwegian delegation"}));
}

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
  // A name made only of type words is qualified by the two parties that signed it.
  EXPECT_EQ(names(a, kAgreement), (Strings{"India-Australia Comprehensive Economic Partnership Agreement"}));
  const Entity* cepa = find(a, kAgreement, "India-Australia Comprehensive Economic Partnership Agreement");
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

TEST(Agreements, TradeAgreementBetweenTwoPartiesIsNamedAfterThem) {
  const Article a = run(
      "Australia and the European Union held the fifth round of negotiations for a free trade agreement in "
      "Canberra.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Australia-EU Free Trade Agreement"}));
  EXPECT_TRUE(has_alias(find(a, kAgreement, "Australia-EU Free Trade Agreement"), "free trade agreement"));
  EXPECT_EQ(names(a, kRound), (Strings{"Round 5 of Australia-EU Free Trade Agreement talks"}));
}

TEST(Agreements, TradeAgreementBetweenTwoPartiesTakesTheLexiconsName) {
  const Article a = run(
      "Japan and the European Union held the fourth round of negotiations for a free trade agreement in Tokyo.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"EU-Japan Free Trade Agreement"}));
  EXPECT_EQ(names(a, kRound), (Strings{"Round 4 of EU-Japan Free Trade Agreement talks"}));
}

TEST(Agreements, PartiesInEitherOrderNameOneDescribedAgreement) {
  const Article a = run(
      "Peru and Chile resumed talks on a peace treaty in Lima. Chile and Peru want to sign a peace treaty soon.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Chile-Peru peace treaty"}));
  const Article b = run("Canada and India will discuss a trade deal in Ottawa.\n");
  EXPECT_EQ(names(b, kAgreement), (Strings{"Canada-India trade agreement"}));
}

TEST(Agreements, ThreePartiesNameTheirAgreement) {
  const Article a = run("Negotiators from Thailand, Vietnam and Cambodia met for talks on a trilateral free-trade agreement.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Cambodia-Thailand-Vietnam Free Trade Agreement"}));
  const Article b = run("The second round of negotiations on a Free Trade Agreement (FTA) among Chile, Peru and the "
                        "United States (US) ended.\n");
  EXPECT_EQ(names(b, kAgreement), (Strings{"Chile-Peru-US Free Trade Agreement"}));
}

TEST(Agreements, QuotedModifierInADescribedAgreement) {
  const Article a = run("Canada and Britain began talks on an \"ambitious\" post-Brexit free trade agreement.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Canada-UK Free Trade Agreement"}));
}

TEST(Agreements, PartyBeforeADashJoinsTheAgreementsName) {
  const Article a = run("The 5th negotiation round of Chile - EU Free Trade Agreement (CEFTA) was held in Santiago. "
                        "CEFTA would cut tariffs.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Chile-EU Free Trade Agreement"}));
  EXPECT_TRUE(has_alias(find(a, kAgreement, "Chile-EU Free Trade Agreement"), "CEFTA"));
}

TEST(Agreements, HeadlineRunningIntoAKnownAgreementIsNoPartOfIt) {
  const Article a = run("Top Diplomat For Pakistan Sizes Up Stalled Indus Waters Treaty Negotiations\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Indus Waters Treaty"}));
}

TEST(Agreements, TwoAgreementsJoinedByAndAreTwo) {
  const Article a = run("The Fisheries Partnership Agreement and Protocol with Mauritius expired.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Fisheries Partnership Agreement"}));
}

TEST(Agreements, CommonWordsJoinedByAndBeforeTheHeadAreOneName) {
  const Article a = run("Envoys met in Lima on the Andean-Pacific Trade and Development Agreement.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Andean-Pacific Trade and Development Agreement"}));
  const Article b = run("Ghana and Togo revived their Trade and Investment Framework Agreement.\n");
  EXPECT_EQ(names(b, kAgreement), (Strings{"Ghana-Togo Trade and Investment Framework Agreement"}));
  // a known body first: its name starts the agreement's, not one of its own
  const Article c = run("Envoys resumed talks on the ASEAN-Chile Trade and Development Agreement.\n");
  EXPECT_EQ(names(c, kAgreement), (Strings{"ASEAN-Chile Trade and Development Agreement"}));
}

TEST(Agreements, AWordWrittenBeforeANameOrInsideItIsOneAgreement) {
  const Article a = run("Update on talks for a modernised Chile-Korea Free Trade Agreement. The second round of "
                        "negotiations on a Chile-Korea Modernised Free Trade Agreement took place in Seoul.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Chile-Korea Modernised Free Trade Agreement"}));
}

TEST(Agreements, ADescribedDealOfTheSamePartiesIsTheNamedOne) {
  // the parties as the article writes them ("ECOWAS") or as the agreement's name does
  const Article a = run("Talks on the ECOWAS-Morocco Economic Partnership Agreement resumed in Abuja. Analysts "
                        "urged the Economic Community of West African States and Morocco to seal the trade deal.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"ECOWAS-Morocco Economic Partnership Agreement"}));
}

TEST(Agreements, HeadWordFirstThenOfOrOnNamesAnAgreement) {
  const Article a = run("Laos and Thailand invoked the Declaration of Principles on the river.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Declaration of Principles"}));
  // over "on the" and "in" after a common word, whatever head word the subject ends on
  const Article b = run("The bloc adopted the Protocol on Trade in Services and the Declaration on the Conduct of "
                        "Parties in the Andaman Sea.\n");
  EXPECT_EQ(names(b, kAgreement),
            (Strings{"Declaration on the Conduct of Parties in the Andaman Sea", "Protocol on Trade in Services"}));
  EXPECT_TRUE(names(b, kPlace).empty());
  // a day is no subject, and a name running on past what is read is a description
  const Article c = run("Agreement on Monday was elusive. They seek a Convention on Curbing the Use of drones.\n");
  EXPECT_TRUE(names(c, kAgreement).empty());
}

TEST(Agreements, AnAgreementOfAnEarlierYearNamesNoRoundOfTheTalks) {
  const Article a = run("Following talks in Vientiane, the ministers agreed to meet again on March 3, 2021. A dispute "
                        "goes to the leaders under the 2016 Mekong Accord.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Mekong Accord"}));
  EXPECT_EQ(names(a, kRound), (Strings{"Vientiane round of talks"}));
}

TEST(Agreements, SpellingsOfOneWaterTreatyAreOneNode) {
  const Article a = run("Pakistan accused India of violating the Indus Water Treaty. The Indus Waters Treaty was signed "
                        "in 1960.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Indus Waters Treaty"}));
}

TEST(Agreements, NegotiationsBetweenTwoPartiesWithoutAnAgreementNameNone) {
  const Article a = run("India and the European Union held the sixth round of negotiations in Brussels.\n");
  EXPECT_TRUE(names(a, kAgreement).empty());
  EXPECT_EQ(names(a, kRound), (Strings{"Round 6 of India-EU talks"}));
}

TEST(Agreements, APlaceBeforeAnAgreementWordNamesIt) {
  const Article a = run("Farmers in Sudan opposed the 1959 Nile River agreement. Officials praised the Blue Nile accord.\n");
  EXPECT_NE(find(a, kAgreement, "Nile River agreement"), nullptr);
  EXPECT_NE(find(a, kPlace, "Nile"), nullptr);  // the river stays a place
}

TEST(Agreements, ATradeDealOnOneGoodIsNamedAfterIt) {
  const Article a = run("Australia and China resumed talks on a new trade agreement on barley, despite tariffs.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Barley Agreement"}));
  // a longer description is no good's name: the deal stays the parties' trade agreement
  EXPECT_EQ(names(run("Kenya and Uganda want a trade deal on sugar exports to the region.\n"), kAgreement),
            (Strings{"Kenya-Uganda trade agreement"}));
  // a deal that is not about trade names nothing
  EXPECT_TRUE(names(run("Serbia and Kosovo signed a deal on license plates.\n"), kAgreement).empty());
}

TEST(Agreements, TheFirstSuchAgreementIsNoInstance) {
  const Article a = run(
      "Mauritius and Japan signed the Indian Ocean Tuna Accord in Port Louis. It was the first such agreement "
      "between Japan and an African country.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Indian Ocean Tuna Accord"}));
}

TEST(Agreements, ALinkLineBeforeAKnownNameIsCutToIt) {
  const Article a = run(
      "Delegates said the Arctic Shipping Treaty would cap emissions.\n"
      "Read more: Polar routes: History of Arctic Shipping Treaty\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Arctic Shipping Treaty"}));
  // an agreement of another one keeps its name
  const Article b = run(
      "Delegates said the Arctic Shipping Treaty would cap emissions.\n"
      "Norway proposed a Protocol of Amendment of Arctic Shipping Treaty last year.\n");
  EXPECT_EQ(names(b, kAgreement), (Strings{"Arctic Shipping Treaty", "Protocol of Amendment of Arctic Shipping Treaty"}));
}

TEST(Agreements, ACountryAndAHeadWordNameNoAgreement) {
  const Article a = run("Fishermen in Fiji fear the loss of a Japan Treaty arrangement on access fees.\n");
  EXPECT_TRUE(names(a, kAgreement).empty());
  EXPECT_NE(find(a, kPlace, "Japan"), nullptr);
  // a longer name that starts with a country is one
  EXPECT_EQ(names(run("Fiji and Japan signed the Japan Fisheries Treaty on Monday.\n"), kAgreement),
            (Strings{"Japan Fisheries Treaty"}));
}

TEST(Agreements, ACountryAfterTheHeadWordIsNoPartOfTheName) {
  const Article a = run("The Investment Protection Treaty Chile has with Japan will be reviewed in Tokyo.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Investment Protection Treaty"}));
  EXPECT_NE(find(a, kPlace, "Chile"), nullptr);
}

TEST(Agreements, ThePluralOfANamedAgreementIsAKindNotANode) {
  const Article a = run(
      "Ghana and the EU started talks on a new Voluntary Partnership Agreement.\n"
      "The EU team is led by Anna Berg, head of unit for Voluntary Partnership Agreements.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Voluntary Partnership Agreement"}));
}

TEST(Agreements, ACountryBeforeAnAgreementWordIsAParty) {
  const Article a = run("Officials in Ankara said Egypt wants a deal with Sudan; the Egypt deal was not signed.\n");
  EXPECT_TRUE(names(a, kAgreement).empty());
}

TEST(Agreements, ACountrysDescribedDealTheLexiconKnows) {
  const Article a = run("Tehran said Iran's nuclear deal with world powers could still be revived.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Joint Comprehensive Plan of Action"}));
}

TEST(Agreements, HeadlineWordsBeforeAnAgreementAreCutToWhatTheBodyWrites) {
  const Article a = run(
      "Hopes Fade for Global Ocean Treaty as Talks Stall in New York\n"
      "Delegates said the Global Ocean Treaty needed more work.\n");
  EXPECT_EQ(names(a, kAgreement), (Strings{"Global Ocean Treaty"}));
}

TEST(Agreements, AHeadlineAgreementTheBodyNeverNamesIsNoNode) {
  const Article a = run(
      "Andean Ministers to Weigh Possible Trade Deal With Korea Next Week\n"
      "Ministers from Peru and Colombia will meet in Lima to discuss closer ties with Seoul.\n");
  EXPECT_TRUE(names(a, kAgreement).empty());
}

// ---------------------------------------------------------------- places

TEST(Places, PlaceByItsHeadWord) {
  const Article a = run("Engineers inspected the Mahakali River near Camp Bhairab before flying out of Tribhuvan "
                        "International Airport.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Camp Bhairab", "Mahakali River", "Tribhuvan International Airport"}));
}

TEST(Places, TwoHeadsSharingTheirLastWordNameOneBuilding) {
  // "Convention (Centre) and Exhibition Centre": one venue, no convention (an agreement)
  const Article a = run("The fisheries talks opened at the Nairobi Convention and Exhibition Centre on Monday.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Nairobi Convention and Exhibition Centre"}));
  EXPECT_TRUE(names(a, kAgreement).empty());
  const Article b = run("The fisheries talks opened at the Kigali Conference and Exhibition Center on Monday.\n");
  EXPECT_EQ(names(b, kPlace), (Strings{"Kigali Conference and Exhibition Center"}));
  // a person before the "and" stays a person: "Smith Centre" is no head
  const Article c = run("The hall was opened by Tom Haldane and Exhibition Centre staff.\n");
  EXPECT_TRUE(has_entity(c, kPerson, "Tom Haldane"));
}

TEST(Places, NameBeforeALowerCaseHeadWord) {
  const Article a = run("Delegates toured the Okavango basin and stayed at the Grand Kempinski hotel.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Grand Kempinski hotel", "Okavango basin"}));
  EXPECT_TRUE(names(a, kPerson).empty());
}

TEST(Places, ListAfterALocationContinuesIt) {
  // a lesser-known city, and an unknown one-word town, after a city in a location context
  const Article a = run("The envoys met in Nairobi, Kisumu and Lodwar last year.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Kisumu", "Lodwar", "Nairobi"}));
  // a capital listed after a location is the city, not the government
  const Article b = run("Rounds were held in Geneva, Ankara and Izmir.\n");
  EXPECT_NE(find(b, kPlace, "Ankara"), nullptr);
  EXPECT_EQ(find(b, kPlace, "Turkey"), nullptr);
  // people after a place are not places
  const Article c = run("(Reporting by Anna Kovac in Vienna and Petra Novak in Prague)\n");
  EXPECT_EQ(names(c, kPlace), (Strings{"Prague", "Vienna"}));
  // a name opening a clause after a place is no list item
  const Article d = run("In the talks held in Nairobi, Okonkwo read the joint statement.\n");
  EXPECT_EQ(names(d, kPlace), (Strings{"Nairobi"}));
}

TEST(Places, CompassWordBeforeAPlaceNamesARegion) {
  const Article a = run("Clashes in northern Syria and South Sudan worried negotiators in the eastern Mediterranean. "
                        "Fighting spread to West Darfur.\n");
  const Strings got = names(a, kPlace);
  EXPECT_NE(std::find(got.begin(), got.end(), "Northern Syria"), got.end());
  EXPECT_NE(std::find(got.begin(), got.end(), "South Sudan"), got.end());  // a country, as known
  EXPECT_NE(std::find(got.begin(), got.end(), "Eastern Mediterranean"), got.end());
  EXPECT_EQ(std::find(got.begin(), got.end(), "Syria"), got.end());
  // "north of X" is a direction
  EXPECT_EQ(names(run("The base lies north of Baghdad.\n"), kPlace), (Strings{"Baghdad"}));
  // in lower case before a city, a part of the city: the city itself is the place
  EXPECT_EQ(names(run("The water talks were held at a hotel in southern Nairobi.\n"), kPlace), (Strings{"Nairobi"}));
  EXPECT_EQ(names(run("The water talks were held at a hotel in South Nairobi.\n"), kPlace), (Strings{"South Nairobi"}));
}

TEST(Places, TownNamedByItsKindOrAWiderPlace) {
  const Article a = run("Monitors met in the village of Kalandia and later at Tubas, West Bank.\n");
  const Strings got = names(a, kPlace);
  EXPECT_NE(std::find(got.begin(), got.end(), "Kalandia"), got.end());
  EXPECT_NE(std::find(got.begin(), got.end(), "Tubas"), got.end());
}

TEST(Places, PowerPlantByItsCapacity) {
  const Article a = run("Objections covered Ratle (850 MW) and Tulbul in the dispute.\n");
  const Strings got = names(a, kPlace);
  EXPECT_NE(std::find(got.begin(), got.end(), "Ratle"), got.end());
}

TEST(Places, LeadersAdministrationIsTheCountry) {
  const Article a = run("Russian President Ivan Petrov met envoys. The Petrov administration rejected the plan, "
                        "and the Obama administration agreed.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Russia"}));  // no place "Obama" (a town in Japan)
  EXPECT_TRUE(has_alias(find(a, kPlace, "Russia"), "Petrov administration"));
  EXPECT_TRUE(names(a, kAgency).empty());
}

TEST(Agencies, BodiesByHeadWordsInTwoWordsOrAHyphen) {
  const Article a = run("Officials of the Directorate-General for Climate Action met the Episcopal Conference of Peru, "
                        "the Moldovan Constabulary and the Eastern Military District.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Directorate-General for Climate Action", "Eastern Military District",
                                        "Episcopal Conference of Peru", "Moldovan Constabulary"}));
  EXPECT_TRUE(names(a, kPerson).empty());
}

TEST(Agencies, MovementsAndMissionsKnownByTheirShortNames) {
  const Article a = run("Amal and the Huthi rebels rejected the plan; UNIFIL said nothing.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Amal Movement", "Houthi movement", "United Nations Interim Force in Lebanon"}));
}

TEST(Agencies, BodyByALowerCaseHeadAfterItsName) {
  const Article a = run("The talks stalled, said a researcher at the Carnegie institute in Beirut.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Carnegie institute"}));
  EXPECT_TRUE(names(run("Students of the Turkish university protested.\n"), kAgency).empty());
  EXPECT_TRUE(names(run("Experts of the Geneva-based institution protested.\n"), kAgency).empty());
}

TEST(Agencies, KnownShortFormAfterOfTheIsWrittenOutInABodysName) {
  const Article a = run("The Executive Council of the AU met on the Nile dam dispute.\n");
  EXPECT_NE(find(a, kAgency, "Executive Council of the African Union"), nullptr);
}

TEST(Agencies, ShortFormBeforeOrAndTheBodysName) {
  const Article a = run("The rebels of the Pla, or Popular Liberation Army, took up arms in 1970. "
                        "Talks with the Pla resumed.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Popular Liberation Army"}));
  EXPECT_TRUE(has_alias(find(a, kAgency, "Popular Liberation Army"), "Pla"));
  // a word whose letters are no initials of the name is no short form of it
  const Article b = run("They met in Arica, or Popular Liberation Army territory.\n");
  EXPECT_FALSE(has_alias(find(b, kAgency, "Popular Liberation Army"), "Arica"));
}

TEST(Agencies, NameAbbreviatedInBracketsIsABody) {
  const Article a = run("Delegates spoke at the Latin American Council on Water Rights (LACWR) on Monday. "
                        "The LACWR will meet again.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Latin American Council on Water Rights"}));
  // initials that do not fit, or a meeting, make no body
  EXPECT_TRUE(names(run("He met Maria Lopez Garcia (XYZ) today.\n"), kAgency).empty());
  // nor does a policy or a border line abbreviated the same way: a body says so by a head word
  EXPECT_TRUE(names(run("Farm groups criticised the Andean Water Sharing Policy (AWSP) on Monday.\n"), kAgency).empty());
  EXPECT_TRUE(names(run("Troops stayed along the Line of Actual Control (LAC) this week.\n"), kAgency).empty());
  const Article b = run("The talks took place at the Kalapani Joint Border Meeting (JBM) point on Monday.\n");
  EXPECT_TRUE(names(b, kAgency).empty());
  EXPECT_EQ(names(b, kPlace), (Strings{"Kalapani Joint Border Meeting point"}));
}

TEST(Agencies, UndefinedAbbreviationOfABodyNamedBefore) {
  const Article a = run(
      "Nepal and India opened a meeting of the Nepal-India Joint Water Commission in Kathmandu.\n"
      "The agenda is long, JWC Executive Engineer Ram Thapa told reporters.\n");
  const Strings members = edges(a, RelationType::member_of);
  EXPECT_NE(std::find(members.begin(), members.end(), "Ram Thapa -> Nepal-India Joint Water Commission"), members.end())
      << ::testing::PrintToString(members);
  // initials two bodies share stand for neither
  const Article b = run(
      "The Joint Water Commission and the Japan Weather Council met.\nJWC Executive Engineer Ram Thapa spoke.\n");
  EXPECT_EQ(names(b, kAgency), (Strings{"Japan Weather Council", "Joint Water Commission"}));
}

TEST(Agencies, ServiceOfNoCountryBeforeARankIsNoBody) {
  const Article a = run("The delegation will be headed by Air Force Brigadier General Karim Saleh.\n");
  EXPECT_EQ(find(a, kAgency, "Air Force"), nullptr);
  EXPECT_NE(find(a, kPerson, "Karim Saleh"), nullptr);
}

TEST(Agencies, BareLegislatureIsTheOneOfTheCountryInQuestion) {
  // the country named before it in the sentence, with the lexicon's usual name where it has one
  const Article a = run("Turkey will submit the accord to Parliament next week.\n");
  EXPECT_NE(find(a, kAgency, "Grand National Assembly of Turkey"), nullptr);
  // else the article's most named country
  const Article b = run("Peru and Chile resumed talks. Peru wants a deal. Critics in the National Assembly objected.\n");
  EXPECT_NE(find(b, kAgency, "National Assembly of Peru"), nullptr);
  // a legislature the article named before
  const Article d = run("The European Parliament must approve it. German officials met the parliament on Monday.\n");
  EXPECT_EQ(names(d, kAgency), (Strings{"European Parliament"}));
  // a country's adjective later in the sentence; the country where talks are held is no actor
  const Article e = run("Talks on Libya resumed in Tunisia. Libya wants a deal and Libya's envoy agreed. "
                        "The National Assembly must ratify it under the Ghanaian constitution.\n");
  EXPECT_NE(find(e, kAgency, "National Assembly of Ghana"), nullptr);
  const Article f = run("Talks on Libya resumed in Tunisia, Tunisia and Tunisia. Libya wants a deal and Libya's envoy "
                        "agreed. Critics in the National Assembly objected.\n");
  EXPECT_NE(find(f, kAgency, "National Assembly of Libya"), nullptr);
  // a longer name or a generic use is no bare legislature
  const Article c = run("Greece and Turkey met. The Kurdistan Parliament and a parliament elsewhere voted.\n");
  EXPECT_EQ(find(c, kAgency, "Parliament of Greece"), nullptr);
  EXPECT_EQ(find(c, kAgency, "Hellenic Parliament"), nullptr);
}

TEST(Places, RiverOrCityNamingAnAgreementIsNoPlace) {
  const Article a = run("Before the next Mekong treaty talks, officials inspected the Mekong near Vientiane.\n");
  EXPECT_EQ(find(a, kPlace, "Mekong River")->mentions, 1);
}

TEST(Places, BodysBuildingWhereAMeetingIsHeldIsAVenue) {
  const Article a = run("The envoys will hold the session at the Lima Institute for Peace Studies in Lima, "
                        "a researcher at the Quito Institute for Water Studies said.\n");
  EXPECT_NE(find(a, kPlace, "Lima Institute for Peace Studies"), nullptr);
  EXPECT_NE(find(a, kAgency, "Quito Institute for Water Studies"), nullptr);
}

TEST(Places, RoomOfABuildingIsAVenue) {
  const Article a = run("The talks were held at the Mabini Room of the ministry building.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Mabini Room"}));
}

TEST(Places, MonthIsNoTown) {
  EXPECT_TRUE(names(run("The panel meets from March 3 in a hotel.\n"), kPlace).empty());
}

TEST(Places, CommonWordBeforeOfHeadsAnEventNotATown) {
  // "Summit" is also a small town's name; here it heads the name of a meeting
  const Article a = run("Paraguay withdrew from Summit of the River States on Friday.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Paraguay"}));
}

TEST(Places, DatelineGluedToTheFirstWordByADash) {
  // "KIRU, Malawi — Malawi and Zambia …" with the dash's spaces and the comma lost
  const Article a = run("Kiru Malawi-Malawi and Zambia resumed talks on the lake border on Monday.\n");
  EXPECT_TRUE(names(a, kPerson).empty());
  EXPECT_EQ(names(a, kPlace), (Strings{"Kiru", "Malawi", "Zambia"}));
  // a pair of countries after a compass word is no dateline
  EXPECT_EQ(names(run("North Korea-US talks stalled in Hanoi.\n"), kPlace),
            (Strings{"Hanoi", "North Korea", "United States"}));
}

TEST(Places, BrusselsActingIsTheEuropeanUnion) {
  const Article a = run("Norway wants a fisheries deal with Brussels before talks in Brussels resume.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"European Union"}));
  EXPECT_EQ(names(a, kPlace), (Strings{"Brussels", "Norway"}));
}

TEST(Places, CitiesTravelledFromAndToAreCities) {
  const Article a = run("The Sudanese delegation leaves Khartoum for Jeddah on Monday.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Jeddah", "Khartoum"}));
}

TEST(Places, DatelineAfterAPrintedDateIsTheCity) {
  const Article a = run("date 2021-06-02 Islamabad: The commissioners met to discuss the treaty.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Islamabad"}));
}

TEST(Places, SeatOfGovernmentSpeakingIsTheCountry) {
  const Article a = run("The talks will resume on Monday, the Kremlin said.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Russia"}));
  EXPECT_TRUE(has_alias(find(a, kPlace, "Russia"), "Kremlin"));
  EXPECT_EQ(names(run("The two leaders met at the Kremlin on Monday.\n"), kPlace), (Strings{"Kremlin"}));
}


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

TEST(Places, KnownNameAfterASentenceInitialThe) {
  const Article a = run("The United Kingdom and Australia resumed talks on Monday.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Australia", "United Kingdom"}));
}

TEST(Places, UnknownWordAfterASentenceInitialTheIsNoEntity) {
  const Article a = run("The Envoys met on Monday.\n");
  EXPECT_TRUE(a.entities.empty());
}

TEST(Places, DatelineCityWithAnAgencyInBracketsIsTheCity) {
  const Article a = run("NEW DELHI (Reuters) -- Officials resumed talks with the European Union.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"New Delhi"}));
  EXPECT_EQ(find(a, kPlace, "India"), nullptr);
  EXPECT_EQ(find(a, kPlace, "New Delhi")->country, "IN");
  EXPECT_NE(find(a, kAgency, "Reuters"), nullptr);
}

// ---------------------------------------------------------------- rounds

TEST(Rounds, OrdinalRoundOfTheArticlesAgreement) {
  const Article a = run(
      "Negotiators discussed the EU-Mercosur Agreement. The fourth round of talks will open on Monday.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 4 of EU-Mercosur Association Agreement talks"}));
  const Entity* r = find(a, kRound, "Round 4 of EU-Mercosur Association Agreement talks");
  EXPECT_EQ(r->ordinal, 4);
  EXPECT_TRUE(has_alias(r, "fourth round of talks"));
}

TEST(Rounds, OrdinalRoundWithoutAnAgreementIsNamedAfterTheSides) {
  const Article a = run("Japan and Australia held the third round of talks in Canberra.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 3 of Japan-Australia talks"}));
}

TEST(Rounds, ABodysOwnNumberedMeetingIsNamedAfterTheBody) {
  // not after the country most named in the article
  const Article a = run("Talks stalled at the Andean Council's 13th ministerial conference (MC13) in Lima. Peru's "
                        "minister said Peru wanted more. Peru and Peru agreed.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 13 of Andean Council talks"}));
}

TEST(Rounds, TheSidesOfADisputeNameTheTalksNotTheirMediator) {
  // the mediator is named as often as a side; the dispute, told after the lead, says whose talks
  // they are
  const Article a = run("US envoy said to bring Laos a new proposal to settle the river row. Kari Berg lands in "
                        "Vientiane for the latest round of talks on the dams. Laos's Energy Minister Somsak Vong "
                        "meets with US Senior Adviser Kari Berg in Vientiane. The US State Department said a deal "
                        "was possible. Officials hope to settle a tense river dispute between Laos and Thailand.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Vientiane round of Laos-Thailand talks"}));
}

TEST(Rounds, OneOfSeveralRoundsPickedByItsOrdinal) {
  const Article a = run("Chile and Peru opened in Arica the second of three rounds of border talks.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 2 of Chile-Peru talks"}));
  const Article b = run("Chile and Peru held the first of several planned sessions in Arica.\n");
  EXPECT_EQ(names(b, kRound), (Strings{"Round 1 of Chile-Peru talks"}));
  // rounds counted, none picked out
  const Article c = run("Chile and Peru have held three rounds of border talks.\n");
  EXPECT_TRUE(names(c, kRound).empty());
}

TEST(Rounds, OrdinalAndARelativeWordNumberTheRound) {
  const Article a = run("Chile and Peru opened the third and final round of border talks in Arica.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 3 of Chile-Peru talks"}));
}

TEST(Rounds, RoundOfTwoSidesOneOfThemTheEU) {
  const Article a = run("Switzerland and the European Union began the second round of talks in Bern.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 2 of Switzerland-EU talks"}));
}

TEST(Rounds, CountriesOfAListAreNoPairOfSides) {
  const Article a = run("Norway, Chile, Peru and Japan have already signed such tax treaties with Kenya. Kenyan "
                        "officials said the second round of talks with Ghana ended. Kenya wants a deal.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 2 of Kenya talks"}));
}

TEST(Rounds, SidesAfterBetweenInTheRoundsOwnSentence) {
  // no pair in the lead: the sides the round's sentence names after "between"
  const Article a = run("Envoy meets rebel chief\nTalks between the Sudanese envoy and the rebel leaders began on Monday "
                        "in Juba. Officials were hopeful. Reporters waited. Later the fourth round of talks between "
                        "Sudan and Chad opened.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 4 of Sudan-Chad talks"}));
}

TEST(Rounds, HeadlinePairNamesTheSides) {
  const Article a = run("U.K., India wrap up talks in London\nThe fourth round ended on Friday.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 4 of UK-India talks"}));
}

TEST(Rounds, HeadlineWithoutSidesGivesAnUnnamedRound) {
  const Article a = run("Negotiators wrap up talks in Beijing\nThe second round ended on Friday.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 2 of talks"}));
}

TEST(Rounds, TalksOfOneCountryAreNamedAfterItNotAfterTheHost) {
  // the country named as an actor and by its adjective, not the one named as where talks are held
  const Article a = run(
      "Peace talks on Yemen\nThe third round of talks opened in Stockholm, Sweden, on Monday. The Yemeni parties "
      "arrived in Sweden on Sunday, and the Yemeni delegates will stay in Sweden all week. Yemen's war has lasted "
      "years.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 3 of Yemen talks"}));
}

TEST(Rounds, TalksOfNoSidesAreNamedAfterTheBodyNamedMost) {
  // no pair of sides, no country named twice: the body whose talks they are, not a news outlet
  const Article a = run(
      "Fishing talks stall\nThe second round of talks ended in Rome on Friday, Reuters said. Reuters added that "
      "the Food and Agriculture Organization would host more talks. The Food and Agriculture Organization "
      "declined to comment.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 2 of FAO talks"}));
}

TEST(Rounds, SessionsCalledByTheirCode) {
  // a series' abbreviation (abbr:session) in capitals and a number, with or without a hyphen
  const Article a = run("Mekong water deal near\nDelegates to the Mekong Water Convention met at COP3 in Vientiane "
                        "on Monday, after COP-2 was held in Phnom Penh. The COVID-19 rules and the Cop reporter "
                        "stayed.\n");
  EXPECT_EQ(names(a, kRound),
            (Strings{"Round 2 of Mekong Water Convention talks", "Round 3 of Mekong Water Convention talks"}));
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 2 of Mekong Water Convention talks -> Phnom Penh",
                                        "Round 3 of Mekong Water Convention talks -> Vientiane"}));
  // the event's name after the code is the session, no body of its own
  const Article b = run("Ana Ruiz, of Peru, spoke at the COP3 UN Water Summit in Vientiane.\n");
  EXPECT_TRUE(names(b, kAgency).empty());
  EXPECT_EQ(names(b, kRound).size(), 1u);
}

TEST(Rounds, RoundWithANumber) {
  const Article a = run("Round 9 of the negotiations ended in Lima.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 9 of talks"}));
  EXPECT_EQ(find(a, kRound, "Round 9 of talks")->ordinal, 9);
}

TEST(Rounds, OrdinalBeforeDescribingWordsNumbersTheRound) {
  const Article a = run("Chile and Peru held their second formal boundary meeting in Arica. The 9th negotiation "
                        "round follows. The third UN-brokered session ended.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 2 of Chile-Peru talks", "Round 3 of Chile-Peru talks",
                                       "Round 9 of Chile-Peru talks"}));
}

TEST(Rounds, OpeningRoundIsRoundOne) {
  const Article a = run("Chile and Peru began the opening round of talks in Lima.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 1 of Chile-Peru talks"}));
  EXPECT_TRUE(has_alias(find(a, kRound, "Round 1 of Chile-Peru talks"), "opening round of talks"));
}

TEST(Rounds, CycleOfTalksIsARoundButACycleAloneIsNot) {
  const Article a = run("Chile and Peru opened the fifth cycle of border talks. The first phase of the "
                        "project and the second cycle ended; it was the first time a meeting failed.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 5 of Chile-Peru talks"}));
}

TEST(Rounds, PreviousAndNextRoundTakeTheirNumberFromTheRoundBeside) {
  const Article a = run("Chile and Peru began the ninth round of talks in Lima. It came a month after the "
                        "previous round. The next round will be held in Santiago.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 10 of Chile-Peru talks", "Round 8 of Chile-Peru talks",
                                       "Round 9 of Chile-Peru talks"}));
}

TEST(Rounds, NextRoundAfterAnUnnumberedRoundKeepsItsPlaceName) {
  const Article a = run("Chile and Peru held talks in Arica in June. The first round of talks was in Lima in "
                        "May. The next round will be held in Santiago.\n");
  EXPECT_EQ(find(a, kRound, "Round 2 of Chile-Peru talks"), nullptr);
  EXPECT_NE(find(a, kRound, "Santiago round of Chile-Peru talks"), nullptr);
}

TEST(Rounds, FirstMeetingInATimeOrUnderAHeadIsNoRoundOne) {
  EXPECT_TRUE(names(run("The Arctic Council holds its first ministers' meeting in four years in Tromso.\n"), kRound).empty());
  EXPECT_TRUE(names(run("It will be the first meeting held under chair Ingrid Dahl.\n"), kRound).empty());
  EXPECT_EQ(names(run("The first round of the Arctic fishing talks opens in Tromso.\n"), kRound).size(), 1u);
}

TEST(Rounds, FirstMeetingSinceAnEventIsNoRoundOne) {
  const Article a = run("Chile and Peru met in Lima. It was their first meeting in person since the election.\n");
  EXPECT_TRUE(names(a, kRound).empty());
  const Article b = run("Chile and Peru will meet in Lima. It is their first scheduled meeting after the election.\n");
  EXPECT_TRUE(names(b, kRound).empty());
}

TEST(Rounds, RoundOfMeetingsOfABodyIsNamedAfterTheBody) {
  const Article a = run("Officials said the third round of meetings of the Joint Boundary Commission opened.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 3 of Joint Boundary Commission talks"}));
  // the body says more than the one country the article names most (no pair of sides)
  const Article b = run(
      "Brazil proposed the soil treaty. Brazil will host the talks.\n"
      "The first session of the Global Soil Negotiating Committee opened in Brasilia on Monday.\n");
  EXPECT_EQ(names(b, kRound), (Strings{"Round 1 of Global Soil Negotiating Committee talks"}));
  // "Body" heads a body's name as "Committee" does
  const Article c = run("The fourth meeting of the Intergovernmental Soil Negotiating Body (ISNB) opened on Monday.\n");
  EXPECT_EQ(names(c, kRound), (Strings{"Round 4 of Intergovernmental Soil Negotiating Body talks"}));
}

TEST(Rounds, NumberedSessionOfAStandingAssemblyIsNoRoundOfTheTalks) {
  // the body's own sitting, named after "of" or "to", whatever its words before the head
  const Article a = run(
      "The second session of the Soil Negotiating Committee opened in Lima. The 21st Ordinary Session of "
      "the Assembly of Andean Ministers had backed the talks.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 2 of Soil Negotiating Committee talks"}));
  const Article b = run(
      "The third session of the Soil Negotiating Committee opened in Lima. It will present a draft at its "
      "eighty-first session to General Assembly.\n");
  EXPECT_EQ(names(b, kRound), (Strings{"Round 3 of Soil Negotiating Committee talks"}));
}

TEST(Rounds, TalksAtAPlaceAreTheOneNumberedRoundOfTheArticle) {
  const Article a = run("Serbia and Kosovo resumed their dialogue. They held talks in Brussels last month. "
                        "Officials met again. Diplomats were hopeful. A first meeting took place on March 2.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 1 of Serbia-Kosovo talks"}));
  EXPECT_EQ(edges(a, kHeldIn), (Strings{"Round 1 of Serbia-Kosovo talks -> Brussels"}));
}

TEST(Rounds, OnePersonsTalksWithAHeadOfGovernmentAreAVisitNotARound) {
  const Article a = run("Serbia and Kosovo resumed their dialogue in Brussels. Envoy Lars Moen also held talks in "
                        "Lisbon with Portuguese Prime Minister Rui Costa.\n");
  EXPECT_EQ(find(a, kRound, "Lisbon round of Serbia-Kosovo talks"), nullptr);
  // the sides' talks at a place stay a round
  const Article b = run("Serbia and Kosovo resumed their dialogue. The two delegations held talks in Lisbon "
                        "on Monday.\n");
  EXPECT_NE(find(b, kRound, "Lisbon round of Serbia-Kosovo talks"), nullptr);
}

TEST(Rounds, TalksAtAPlaceStayApartFromTheNumberedRoundHeldElsewhere) {
  const Article a = run("Serbia and Kosovo resumed their dialogue. They held talks in Brussels last month. "
                        "Officials met again. Diplomats were hopeful. The first round was held in Vienna.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Brussels round of Serbia-Kosovo talks", "Round 1 of Serbia-Kosovo talks"}));
}

TEST(Rounds, MetForTheNthTimeIsRoundN) {
  const Article a = run("Chile and Peru met for the fifth time on Monday. It was the first time in years "
                        "that prices rose.\n");
  EXPECT_EQ(names(a, kRound), (Strings{"Round 5 of Chile-Peru talks"}));
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

// ---------------------------------------------------------------- not people

TEST(NotPeople, ConceptsDocumentsAndGroupsAreNoPeople) {
  // capitalised common words, whatever cue stands beside them (an appositive, a parenthesis)
  const Article a = run(
      "Delegates debated the Zero Draft, the Chair's text, and Land Degradation Rights (LDR) at the "
      "water talks.\nSmall Island Developing States (SIDS) urged a deal, Trade Repres said.\n");
  EXPECT_TRUE(names(a, kPerson).empty());
  // names whose words are also English words stay names
  EXPECT_EQ(names(run("Vice Minister Li Gang said the Gang of Four talks would resume.\n"), kPerson),
            (Strings{"Li Gang"}));
}

TEST(NotPeople, PlaceShapedSpansArePlaces) {
  const Article a = run(
      "Troops withdrew from the Kedar Valley, a disputed area, and from Mount Tarel (4,000 m).\n"
      "The envoys met at the Lusaka Convention Centre, officials said.\n");
  EXPECT_TRUE(names(a, kPerson).empty());
  EXPECT_NE(find(a, kPlace, "Kedar Valley"), nullptr);
  EXPECT_NE(find(a, kPlace, "Mount Tarel"), nullptr);
  EXPECT_NE(find(a, kPlace, "Lusaka Convention Centre"), nullptr);
  EXPECT_EQ(find(a, kAgency, "Lusaka Convention Centre"), nullptr);
  const Article b = run("Piracy in the Gulf of Benin, a busy lane, was on the agenda.\n");
  EXPECT_TRUE(names(b, kPerson).empty());
  EXPECT_NE(find(b, kPlace, "Gulf of Benin"), nullptr);
}

TEST(People, AReligiousHonorificIsATitle) {
  const Article a = run("Mullah Abdul Karim Rahimi led the talks in Doha. Mullah Rahimi said progress was made.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Abdul Karim Rahimi"}));
  EXPECT_TRUE(has_alias(find(a, kPerson, "Abdul Karim Rahimi"), "Mullah Rahimi"));
}

TEST(Places, AMonthOrAPersonIsNoTown) {
  // "March" and "Mora" are towns too
  const Article a = run(
      "EU envoy Enrique Mora met the Iranian delegation in Vienna.\n"
      "Mora, Deputy Secretary-General of the service, said the talks stalled in March.\n");
  EXPECT_EQ(names(a, kPlace), (Strings{"Vienna"}));
  EXPECT_EQ(names(a, kPerson), (Strings{"Enrique Mora"}));
}

TEST(NotPeople, CompaniesAreAgencies) {
  const Article a = run(
      "Orbital Technologies, a satellite firm, and Northgate Plc, the operator, backed the gas deal.\n"
      "The union reached a deal with General Motors and the Major Hockey Players Association.\n");
  EXPECT_TRUE(names(a, kPerson).empty());
  EXPECT_NE(find(a, kAgency, "Northgate Plc"), nullptr);
  EXPECT_NE(find(a, kAgency, "General Motors"), nullptr);
  EXPECT_NE(find(a, kAgency, "Major Hockey Players Association"), nullptr);
}

TEST(NotPeople, ACountryAfterTheNameIsOutsideIt) {
  const Article a = run(
      "The summit was attended by Presidents Rafael Ortiz Mena of Honduras and Ana Duarte of Panama.\n"
      "The chair, Ambassador Tomas Lind of Sweden, opened the water talks.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Ana Duarte", "Rafael Ortiz Mena", "Tomas Lind"}));
  EXPECT_NE(find(a, kPlace, "Sweden"), nullptr);
}

TEST(NotPeople, CompoundAdjectivesAndHeadlinesNameNoOne) {
  const Article a = run(
      "Nurses Walk Out On Picket Lines In Force\n"
      "Lagos-based analyst Femi Ade said the Geneva-proposed Joint Committee would meet.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Femi Ade"}));
  EXPECT_NE(find(a, kAgency, "Joint Committee"), nullptr);
  EXPECT_EQ(find(a, kAgency, "Geneva-proposed Joint Committee"), nullptr);
}

TEST(Agencies, BodiesOfTheAndOfMinistersKeepTheirWholeName) {
  const Article a = run(
      "The Council of Ministers met officials of the Canadian Department of the Interior and of the "
      "St. Lucia Federation of Farmers.\n");
  EXPECT_NE(find(a, kAgency, "Council of Ministers"), nullptr);
  EXPECT_NE(find(a, kAgency, "Canadian Department of the Interior"), nullptr);
  EXPECT_NE(find(a, kAgency, "St. Lucia Federation of Farmers"), nullptr);
}

TEST(Agencies, OneBodyOverAnd) {
  const Article a = run(
      "Negotiators asked the Federal Arbitration and Settlement Service and the Fire and Ice Corps to help.\n"
      "Officials of Arms Control and US Air Force attended.\n"
      "Talks were led by Sun and Moon Corps Commander Lt Gen Ravi Kumar.\n");
  EXPECT_NE(find(a, kAgency, "Sun and Moon Corps"), nullptr);
  EXPECT_NE(find(run("The guild asked the Federal Arbitration & Settlement Service to step in.\n"), kAgency,
                 "Federal Arbitration & Settlement Service"),
            nullptr);
  EXPECT_NE(find(a, kAgency, "Federal Arbitration and Settlement Service"), nullptr);
  EXPECT_NE(find(a, kAgency, "Fire and Ice Corps"), nullptr);
  EXPECT_EQ(find(a, kAgency, "Arms Control and US Air Force"), nullptr);
}

TEST(Agencies, ADatelineCityGluedByAHyphenIsNoPartOfTheOutlet) {
  const Article a = run("CAIRO-Xinhua News Agency\nEgypt and Sudan resumed talks on the dam in Khartoum on Monday.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Xinhua News Agency"}));
  // two bodies joined by a hyphen stay one name
  EXPECT_EQ(names(run("The NATO-Russia Council met in Brussels on Monday to discuss the treaty.\n"), kAgency),
            (Strings{"NATO-Russia Council"}));
}

TEST(Agencies, ANameCutOffByTheWordsItsAdjectiveDescribesIsNone) {
  const Article a = run("Athens wants a Federation of Greek fishing cooperatives to join the talks in Rhodes.\n");
  EXPECT_TRUE(names(a, kAgency).empty());
  EXPECT_EQ(names(run("The Federation of German Industries said the deal was good for exporters.\n"), kAgency),
            (Strings{"Federation of German Industries"}));
}

TEST(Agencies, AHeadlineVerbEndsTheNameBeforeIt) {
  const Article a = run("Andean Farmers Union Calls on Peru and Chile to Drop the Tariffs\n"
                        "The Andean Farmers Union said the tariffs hurt growers.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Andean Farmers Union"}));
}

TEST(Agencies, ASentencesFirstPluralBeforeOfAKnownBodyIsNoName) {
  const Article a = run("Farmers of Mercosur and the EU will get quotas under the deal, officials said in Brussels.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"European Union", "Mercosur"}));
  EXPECT_EQ(names(run("The Ministry of Foreign Affairs of Brazil said the deal was near.\n"), kAgency),
            (Strings{"Ministry of Foreign Affairs of Brazil"}));
}

TEST(Agencies, BodyWrittenShortBesideItsFullNameIsOneBody) {
  // a country before it, "of <owner>" after it
  const Article a = run(
      "The Libyan Reconciliation Commission met in Tunis on Monday.\n"
      "Members of the Reconciliation Commission said the talks went well.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Libyan Reconciliation Commission"}));
  EXPECT_TRUE(has_alias(find(a, kAgency, "Libyan Reconciliation Commission"), "Reconciliation Commission"));
  const Article b = run(
      "The Port Safety Authority of Estonia signed the protocol.\n"
      "A spokesman for the Port Safety Authority said the inspections would resume.\n");
  EXPECT_EQ(names(b, kAgency), (Strings{"Port Safety Authority of Estonia"}));
  // a ministry by one word of a portfolio the article names later in full, for the same country
  const Article m = run(
      "The Iraqi Water Ministry said the talks with Turkey would resume.\n"
      "The Iraqi Ministry of Water Resources and Agriculture issued a statement.\n"
      "The Syrian Ministry of Water Resources said it would attend.\n");
  EXPECT_EQ(names(m, kAgency),
            (Strings{"Ministry of Water Resources and Agriculture of Iraq", "Ministry of Water Resources of Syria"}));
  // two full names the short one could be: it stays itself
  const Article c = run(
      "The Libyan Reconciliation Commission and the Malian Reconciliation Commission met in Tunis.\n"
      "Members of the Reconciliation Commission said the talks went well.\n");
  EXPECT_EQ(names(c, kAgency), (Strings{"Libyan Reconciliation Commission", "Malian Reconciliation Commission",
                                        "Reconciliation Commission"}));
}

TEST(Agencies, TwoCompaniesJoinedByAndAreTwo) {
  const Article a = run("Lumber firms Westfir Corp and Pacific Timber Products Inc welcomed the softwood deal.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Pacific Timber Products Inc", "Westfir Corp"}));
}

TEST(Agencies, AnAdministrationNamedByItsLeaderIsNoNode) {
  const Article a = run(
      "President Laura Chinchilla met the unions. The Chinchilla Administration welcomed the wage deal.\n");
  EXPECT_TRUE(names(a, kAgency).empty());
  const Article b = run("Unions said the Solis Administration and the Maritime Administration backed the port deal.\n");
  EXPECT_EQ(names(b, kAgency), (Strings{"Maritime Administration"}));
}

TEST(People, HeadlinesWithAcronymsPartTheirNames) {
  const Article a = run("NBA & Union CEOs Will Meet Again; Walk Out On Picket Lines In Force, Union Urges\n");
  EXPECT_TRUE(names(a, kPerson).empty());
  EXPECT_EQ(find(a, kAgency, "Walk Out On Picket Lines In Force"), nullptr);
}

TEST(Places, AGovernmentIsItsCountry) {
  const Article a = run(
      "The Kenyan Government and the Government of Uganda resumed the border talks with the Government of "
      "the Bolivarian Republic of Venezuela.\n");
  EXPECT_TRUE(names(a, kAgency).empty());
  EXPECT_EQ(names(a, kPlace), (Strings{"Kenya", "Uganda", "Venezuela"}));
}

TEST(Places, APlaceByItsApposition) {
  const Article a = run("The talks were held in Puerto Lempira, the capital of the province, last week.\n");
  EXPECT_TRUE(names(a, kPerson).empty());
  EXPECT_NE(find(a, kPlace, "Puerto Lempira"), nullptr);
}

TEST(NotPeople, RoleWordsAndRanksAreNoName) {
  // a role after a title is no name; a rank after a post is passed over to the name
  const Article a = run(
      "Deputy High Commissioner for East Africa, based in Nairobi, joined the talks.\n"
      "It was the last meeting of 3 Corps Commander Lt General Arjun Mehta before the handover.\n"
      "Superintendent Maria Lopes said the teachers' contract was signed. Taoiseach Sean Byrne welcomed it.\n");
  EXPECT_EQ(names(a, kPerson), (Strings{"Arjun Mehta", "Maria Lopes", "Sean Byrne"}));
}

TEST(Agencies, PossessiveOfTheMembersIsInsideTheBodysName) {
  // the people a body gathers, in the possessive, are part of its name; a country's is not
  const Article a = run(
      "Canadian Dairy Farmers' Federation president Claire Morin said the Mercosur talks stalled.\n"
      "The Uruguayan Women's Association and Chile's Foreign Ministry joined the Nurses' Union in Montevideo.\n");
  EXPECT_TRUE(has_entity(a, kAgency, "Canadian Dairy Farmers' Federation"));
  EXPECT_TRUE(has_entity(a, kAgency, "Uruguayan Women's Association"));
  EXPECT_TRUE(has_entity(a, kAgency, "Nurses' Union"));
  EXPECT_EQ(find(a, kAgency, "Chile's Foreign Ministry"), nullptr);
  EXPECT_EQ(edges(a, kLeads), (Strings{"Claire Morin -> Canadian Dairy Farmers' Federation"}));
}

TEST(Agencies, UnknownAbbreviationBeforeAPersonsTitleIsTheirBody) {
  // an abbreviation no lexicon knows, before the title of a named person, is a body; a roman
  // numeral, a known country and an abbreviation before a bare word are none
  const Article a = run(
      "CUPW President Jan Simpson and OSSTF chief negotiator Karen Littlewood met in Ottawa.\n"
      "XIV Commander Raj Singh and UK Trade Minister Ann Hall joined; ACME said nothing.\n");
  EXPECT_TRUE(has_entity(a, kAgency, "CUPW"));
  EXPECT_TRUE(has_entity(a, kAgency, "OSSTF"));
  EXPECT_EQ(find(a, kAgency, "XIV"), nullptr);
  EXPECT_EQ(find(a, kAgency, "UK"), nullptr);
  EXPECT_EQ(find(a, kAgency, "ACME"), nullptr);
  EXPECT_EQ(edges(a, kLeads), (Strings{"Jan Simpson -> CUPW", "Karen Littlewood -> OSSTF"}));
}

TEST(Agencies, NewsAgenciesAndOfficesByTheirEnglishNames) {
  const Article a = run("The German Press Agency and the French Press Agency said observers from the Office of the "
                        "United Nations High Commissioner for Refugees attended the Lima talks.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Agence France-Presse", "Deutsche Presse-Agentur",
                                        "United Nations High Commissioner for Refugees"}));
}

TEST(Agencies, ACountrysOwnBodyNamedLikeAnInternationalOne) {
  // after a country's possessive, the short name of a UN body is the country's own body
  const Article a = run("Omar Sadiq, the secretary of Pakistan's Security Council, briefed the UN Security Council "
                        "and the Security Council on the Indus talks.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Security Council of Pakistan", "United Nations Security Council"}));
}

TEST(Agencies, InitialsOfTheNameAfterOfAreNotTheBodys) {
  // the abbreviation of "the Nile Water Sharing Accord" is not the committee's
  const Article a = run("The Joint Committee of the Nile Water Sharing Accord (NWSA) met in Cairo.\n");
  ASSERT_NE(find(a, kAgency, "Joint Committee of the Nile Water Sharing Accord"), nullptr);
  EXPECT_FALSE(has_alias(find(a, kAgency, "Joint Committee of the Nile Water Sharing Accord"), "NWSA"));
  const Article b = run("The Joint Committee of the Nile Water Sharing Accord (JCNWSA) met in Cairo.\n");
  EXPECT_TRUE(has_alias(find(b, kAgency, "Joint Committee of the Nile Water Sharing Accord"), "JCNWSA"));
}

TEST(Agencies, ABuildingWhereTalksTakePlaceAfterACitysPossessiveIsAPlace) {
  const Article a = run("The wage talks are taking place at downtown Chicago's Merchandise Center, the union said.\n");
  EXPECT_EQ(find(a, kAgency, "Merchandise Center"), nullptr);
  EXPECT_NE(find(a, kPlace, "Merchandise Center"), nullptr);
}

TEST(Agencies, GuildsAndCaucusesAreBodies) {
  const Article a = run("The Australian Writers Guild and the Pacific Islands Caucus welcomed the Suva talks.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Australian Writers Guild", "Pacific Islands Caucus"}));
}

TEST(Agencies, TreatyBodiesAreBodiesAndNameTheirSessions) {
  // a body named by "Body", and the meetings numbered after it are its sessions
  const Article a = run(
      "The fourth meeting of the Intergovernmental Mekong Body (IMB) opened in Vientiane.\n"
      "The Appellate Body ruled last year.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Appellate Body", "Intergovernmental Mekong Body"}));
  EXPECT_EQ(names(a, kRound), (Strings{"Round 4 of Intergovernmental Mekong Body talks"}));
}

TEST(Delegations, DelegationOfACountryNamedAfterIt) {
  // the owner after "of", with or without the state's style; a delegation of a body is no country's
  const Article a = run(
      "The delegation of the Republic of Ecuador, headed by Vice Minister Rosa Mejia, reached Lima.\n"
      "The head of the delegation of Ghana, Kofi Mensah, said the cocoa talks would go on.\n"
      "A delegation of farmers met them.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Ecuadorian delegation", "Ghanaian delegation"}));
  EXPECT_EQ(edges(a, kLeads), (Strings{"Kofi Mensah -> Ghanaian delegation", "Rosa Mejia -> Ecuadorian delegation"}));
}

TEST(Delegations, DelegationFromACountry) {
  const Article a = run("A delegation from Cambodia arrived in Vientiane for the Mekong dam talks.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Cambodian delegation"}));
}

// What a delegation is for may stand between its owner and the head.
TEST(Delegations, DescribedDelegationIsItsOwnersDelegation) {
  const Article a = run(
      "The Philippines and the rebels met in Oslo, where the Philippines tabled a new offer.\n"
      "The head of the government's peace panel said little; the government's peace delegation, led by "
      "Rosa Bautista, stayed on.\n"
      "The Thai trade delegation arrived later.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Philippine delegation", "Thai delegation"}));
  EXPECT_EQ(edges(a, kLeads), (Strings{"Rosa Bautista -> Philippine delegation"}));
}

// An opposition's delegation is a side of its own: "<adjective> opposition delegation".
TEST(Delegations, OppositionDelegationOfACountry) {
  const Article a = run(
      "The delegation of the Togolese armed opposition, led by Kossi Agbeko, reached Accra.\n"
      "The Togolese opposition delegation met the mediators there.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Togolese opposition delegation"}));
  EXPECT_EQ(edges(a, kLeads), (Strings{"Kossi Agbeko -> Togolese opposition delegation"}));
}

// "The delegation", "the nine-member team": the delegation named in this sentence or the one
// before, else the article's only one; with two named long before, none.
TEST(Delegations, TheDelegationIsTheOneJustNamed) {
  const Article a = run(
      "A Laotian delegation reached Phnom Penh on Monday for the Mekong dam talks.\n"
      "The nine-member team, headed by Deputy Minister Somsak Vongsa, will visit the dam site.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Lao delegation"}));
  EXPECT_EQ(edges(a, kLeads), (Strings{"Somsak Vongsa -> Lao delegation"}));
  const Article b = run(
      "The Laotian delegation and the Cambodian delegation met in Phnom Penh.\n"
      "They discussed the dam's sediment flows.\n"
      "Officials said the river was low.\n"
      "The delegation, headed by Deputy Minister Somsak Vongsa, will visit the dam site.\n");
  EXPECT_TRUE(edges(b, kLeads).empty());
  // not a name that starts with the word
  const Article c = run("The Cambodian delegation arrived. The Team Mekong initiative was praised.\n");
  EXPECT_EQ(names(c, kAgency), (Strings{"Cambodian delegation"}));
}

// "the Foreign Office" is the UK's only where the article names the UK: elsewhere it is another
// country's office of the same common name; a body's proper name ("Hamas") is that body anywhere.
TEST(Agencies, ABodysCommonNameIsNotAnotherCountrysBody) {
  const Article a = run("DHAKA -- The Foreign Office said the Bangladeshi team would meet Myanmar officials on the "
                        "Rohingya talks.\n");
  EXPECT_EQ(names(a, kAgency), (Strings{"Bangladeshi delegation"}));
  const Article b = run("LONDON -- The Foreign Office said the British team would return to Brussels.\n");
  EXPECT_EQ(names(b, kAgency), (Strings{"British delegation", "Foreign, Commonwealth and Development Office"}));
  const Article c = run("Hamas said the Qatari mediators would meet its team in Doha.\n");
  EXPECT_EQ(names(c, kAgency), (Strings{"Hamas"}));
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

TEST(Places, ARegionsAdjectiveInAListOfPlacesIsNoPlace) {
  const Article a = run("Boats must hire crews from the Asian, Caribbean and Pacific island states.\n");
  EXPECT_FALSE(has_entity(a, kPlace, "Asian"));
  EXPECT_TRUE(has_entity(a, kPlace, "Caribbean"));
}

TEST(Places, CapitalsListedAfterALocationAreCities) {
  const Article a = run("Talks were held in Nairobi, Kampala and Dodoma.\n");
  EXPECT_TRUE(has_entity(a, kPlace, "Kampala"));
  EXPECT_TRUE(has_entity(a, kPlace, "Dodoma"));
  const Article b = run("Kampala and Dodoma said the talks had failed.\n");
  EXPECT_FALSE(has_entity(b, kPlace, "Kampala"));
}

TEST(Places, CountryAdjectiveBeforeALowerCaseVenueHeadIsNoVenue) {
  const Article a = run("Talks on the fishing accord broke down last week at the Danish resort of Skagen.\n");
  EXPECT_FALSE(has_entity(a, kPlace, "Danish resort"));
}

TEST(Places, FirstWordOfALongerNameInAListIsNoPlace) {
  const Article a = run("The talks in Lima and Central American capitals covered tariffs on coffee.\n");
  EXPECT_FALSE(has_entity(a, kPlace, "Central"));
}

}  // namespace
}  // namespace newsgraph::extract
