// Unit tests of lexicon parsing and matching (extract/lexicon.h) on small invented lexicons.
#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "extract/tokens.h"

namespace newsgraph::extract {
namespace {

using Strings = std::vector<std::string>;

// Builds a lexicon from text; fails the test on a load error.
Lexicon build(std::string_view text) {
  Lexicon::Builder b;
  const auto err = b.add_text(text, "test.tsv");
  EXPECT_FALSE(err.has_value()) << (err ? err->to_string() : "");
  return std::move(b).build();
}

// The error of a text that must not load.
LoadError error_of(std::string_view text, const std::string& origin = "user.tsv") {
  Lexicon::Builder b;
  const auto err = b.add_text(text, origin);
  EXPECT_TRUE(err.has_value()) << "expected an error for: " << text;
  return err.value_or(LoadError{});
}

// "name/length" of the longest matches at `pos` of `sentence`.
Strings longest(const Lexicon& lex, std::string_view sentence, std::size_t pos = 0) {
  const auto tokens = tokenize(sentence);
  Strings out;
  for (const auto& m : lex.longest(tokens, pos)) out.push_back(lex.entry(m.entry).name + "/" + std::to_string(m.length));
  return out;
}

// Name of the longest match at position 0, or "" if none.
std::string match(const Lexicon& lex, std::string_view sentence) {
  const auto tokens = tokenize(sentence);
  const auto ms = lex.longest(tokens, 0);
  return ms.empty() ? std::string() : lex.entry(ms.front().entry).name;
}

const LexEntry* entry_named(const Lexicon& lex, LexKind kind, std::string_view name) {
  for (const auto& e : lex.entries())
    if (e.kind == kind && e.name == name) return &e;
  return nullptr;
}

// ---------------------------------------------------------------- valid lines

TEST(LexiconParse, KindNameAliasesAttributes) {
  const Lexicon lex = build(
      "country\tCanada\t\tcode=CA;adj=Canadian;official=Canada;capital=Ottawa\n"
      "agreement\tComprehensive Economic and Trade Agreement\tCETA|EU-Canada trade agreement\ttopic=Canada-EU trade\n");
  ASSERT_EQ(lex.entries().size(), 2u);
  const LexEntry& canada = lex.entry(0);
  EXPECT_EQ(canada.kind, LexKind::country);
  EXPECT_EQ(canada.name, "Canada");
  EXPECT_TRUE(canada.aliases.empty());
  EXPECT_EQ(canada.attr("code"), "CA");
  EXPECT_EQ(canada.attr("capital"), "Ottawa");
  EXPECT_EQ(canada.attr("missing"), "");
  const LexEntry& ceta = lex.entry(1);
  EXPECT_EQ(ceta.kind, LexKind::agreement);
  EXPECT_EQ(ceta.aliases, (Strings{"CETA", "EU-Canada trade agreement"}));
  EXPECT_EQ(ceta.attr("topic"), "Canada-EU trade");
}

TEST(LexiconParse, NameOnlyLineIsValid) {
  const Lexicon lex = build("orghead\tDirectorate-General\nagreementhead\tPact\n");
  EXPECT_TRUE(lex.is_orghead("Directorate-General"));
  EXPECT_TRUE(lex.is_agreementhead("Pact"));
  EXPECT_FALSE(lex.is_agreementhead("Ministry"));
}

TEST(LexiconParse, SpacesAroundAttributesAndEmptyAliasesAreIgnored) {
  const Lexicon lex = build("country\tJapan\t|Nippon||\t code=JP ; adj=Japanese ;\n");
  ASSERT_EQ(lex.entries().size(), 1u);
  EXPECT_EQ(lex.entry(0).aliases, (Strings{"Nippon"}));
  EXPECT_EQ(lex.entry(0).attr("code"), "JP");
  EXPECT_EQ(lex.entry(0).attr("adj"), "Japanese");
}

TEST(LexiconParse, AttributeListSplitsOnBar) {
  const Lexicon lex = build("country\tUnited Kingdom\tUK|Britain\tcode=GB;adj=British | UK\n");
  EXPECT_EQ(lex.entry(0).attr_list("adj"), (Strings{"British", "UK"}));
  EXPECT_TRUE(lex.entry(0).attr_list("capital").empty());
}

TEST(LexiconParse, CommentsAndBlankLinesAreSkipped) {
  const Lexicon lex = build(
      "# Countries of the Mercosur talks\n"
      "\n"
      "   # an indented comment\n"
      "country\tParaguay\t\tcode=PY\n"
      "   \n"
      "country\tUruguay\t\tcode=UY\n");
  ASSERT_EQ(lex.entries().size(), 2u);
  EXPECT_EQ(lex.entry(0).name, "Paraguay");
  EXPECT_EQ(lex.entry(1).name, "Uruguay");
}

TEST(LexiconParse, WindowsLineEndingsAreTrimmed) {
  const Lexicon lex = build("country\tIndia\tBharat\tcode=IN\r\ncountry\tIran\t\tcode=IR\r\n");
  ASSERT_EQ(lex.entries().size(), 2u);
  EXPECT_EQ(lex.entry(0).attr("code"), "IN");
  EXPECT_EQ(lex.entry(1).attr("code"), "IR");
}

TEST(LexiconParse, EveryDocumentedKindIsKnown) {
  for (const char* k : {"country", "region", "city", "venue", "agency", "agreement", "title", "ministry", "orghead",
                        "agreementhead", "ordinal", "clutter", "stopword"})
    EXPECT_TRUE(lex_kind_from(k).has_value()) << k;
  EXPECT_FALSE(lex_kind_from("Country").has_value());
  EXPECT_FALSE(lex_kind_from("nation").has_value());
  EXPECT_FALSE(lex_kind_from("").has_value());
}

// ---------------------------------------------------------------- errors

TEST(LexiconErrors, UnknownKindNamesTheLine) {
  const LoadError e = error_of(
      "# WTO members\n"
      "country\tBrazil\t\tcode=BR\n"
      "\n"
      "countri\tArgentina\t\tcode=AR\n");
  EXPECT_EQ(e.file, "user.tsv");
  EXPECT_EQ(e.line, 4);
  EXPECT_NE(e.reason.find("countri"), std::string::npos) << e.reason;
}

TEST(LexiconErrors, MissingNameIsAnError) {
  EXPECT_EQ(error_of("country\tChile\ncountry\t\tCL\tcode=CL\n").line, 2);
  EXPECT_EQ(error_of("country\tChile\ncountry\t   \n").line, 2);
}

TEST(LexiconErrors, LineWithoutTabIsAnError) {
  const LoadError e = error_of("agreement\tCETA\nagreement Windsor Framework\n");
  EXPECT_EQ(e.line, 2);
  EXPECT_FALSE(e.reason.empty());
}

TEST(LexiconErrors, AttributeWithoutEqualsIsAnError) {
  const LoadError e = error_of("country\tUkraine\t\tcode=UA\ncountry\tMoldova\t\tcode=MD;capital\n");
  EXPECT_EQ(e.line, 2);
  EXPECT_NE(e.reason.find("capital"), std::string::npos) << e.reason;
}

TEST(LexiconErrors, AttributeWithEmptyKeyIsAnError) {
  EXPECT_EQ(error_of("city\tGeneva\t\t=CH\n").line, 1);
}

TEST(LexiconErrors, TooManyFieldsIsAnError) {
  EXPECT_EQ(error_of("country\tTurkey\tTurkiye\tcode=TR\textra\n").line, 1);
}

TEST(LexiconErrors, OrdinalNameMustBeANumber) {
  EXPECT_EQ(error_of("ordinal\t1\tfirst|1st\nordinal\tsecond\t2nd\n").line, 2);
}

TEST(LexiconErrors, ToStringNamesFileAndLine) {
  const LoadError e = error_of("# header\ncolour\tred\n", "extra/names.tsv");
  const std::string s = e.to_string();
  EXPECT_EQ(s.rfind("extra/names.tsv:2: ", 0), 0u) << s;
}

TEST(LexiconErrors, MissingFileIsAnErrorOfTheWholeFile) {
  Lexicon::Builder b;
  const auto err = b.add_file("/nonexistent/dir/lexicon.tsv");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->line, 0);
  EXPECT_EQ(err->file, "/nonexistent/dir/lexicon.tsv");
}

// ---------------------------------------------------------------- longest match

TEST(LexiconMatch, LongestPhraseWins) {
  const Lexicon lex = build(
      "agreement\tTrans-Pacific Partnership\tTPP\n"
      "agreement\tComprehensive and Progressive Agreement for Trans-Pacific Partnership\tCPTPP\n"
      "region\tNew South Wales\n"
      "country\tWales\n");
  EXPECT_EQ(longest(lex, "New South Wales farmers"), (Strings{"New South Wales/3"}));
  EXPECT_EQ(longest(lex, "Wales farmers"), (Strings{"Wales/1"}));
  EXPECT_EQ(match(lex, "Comprehensive and Progressive Agreement for Trans-Pacific Partnership members"),
            "Comprehensive and Progressive Agreement for Trans-Pacific Partnership");
}

TEST(LexiconMatch, PartialPhraseDoesNotMatch) {
  const Lexicon lex = build("region\tNew South Wales\n");
  EXPECT_TRUE(longest(lex, "New South Korea").empty());
  EXPECT_TRUE(longest(lex, "New South").empty());
}

TEST(LexiconMatch, MatchesAtTheGivenPosition) {
  const Lexicon lex = build("city\tGeneva\t\tcountry=CH\n");
  EXPECT_EQ(longest(lex, "talks in Geneva ended", 2), (Strings{"Geneva/1"}));
  EXPECT_TRUE(longest(lex, "talks in Geneva ended", 1).empty());
  EXPECT_TRUE(longest(lex, "talks in Geneva", 7).empty());
}

TEST(LexiconMatch, EqualLengthMatchesOfDifferentKindsAreAllReturned) {
  const Lexicon lex = build("country\tLuxembourg\t\tcode=LU\ncity\tLuxembourg\t\tcountry=LU\n");
  const Strings found = longest(lex, "Luxembourg hosted the meeting");
  EXPECT_EQ(found, (Strings{"Luxembourg/1", "Luxembourg/1"}));
}

TEST(LexiconMatch, PossessiveIsNotPartOfTheName) {
  const Lexicon lex = build("country\tIndia\t\tcode=IN\n");
  EXPECT_EQ(longest(lex, "India's commerce ministry"), (Strings{"India/1"}));
}

TEST(LexiconMatch, FindNeedsTheWholePhraseAndKind) {
  const Lexicon lex = build("agency\tWorld Trade Organization\tWTO\ncity\tGeneva\n");
  EXPECT_TRUE(lex.find(LexKind::agency, "WTO").has_value());
  EXPECT_TRUE(lex.find(LexKind::agency, "World Trade Organization").has_value());
  EXPECT_FALSE(lex.find(LexKind::city, "WTO").has_value());
  EXPECT_FALSE(lex.find(LexKind::agency, "World Trade").has_value());
  EXPECT_FALSE(lex.find(LexKind::agency, "WTO members").has_value());
}

// ---------------------------------------------------------------- case rules

TEST(LexiconCase, AllCapsAliasNeedsCapitals) {
  const Lexicon lex = build("country\tUnited States\tUS|U.S.\tcode=US\n");
  EXPECT_EQ(match(lex, "US tariffs"), "United States");
  EXPECT_EQ(match(lex, "U.S. tariffs"), "United States");
  EXPECT_EQ(match(lex, "us and them"), "");
  EXPECT_EQ(match(lex, "Us and them"), "");
}

TEST(LexiconCase, AllCapsAbbreviationInsideAPhrase) {
  const Lexicon lex = build("agreement\tEU-UK Trade and Cooperation Agreement\tEU-UK TCA\n");
  EXPECT_EQ(match(lex, "EU-UK TCA rules"), "EU-UK Trade and Cooperation Agreement");
  EXPECT_EQ(match(lex, "EU-UK tca rules"), "");
}

TEST(LexiconCase, CapitalisedNameNeedsACapitalFirstLetter) {
  const Lexicon lex = build("city\tBrasilia\t\tcountry=BR\n");
  EXPECT_EQ(match(lex, "Brasilia hosted"), "Brasilia");
  EXPECT_EQ(match(lex, "BRASILIA, Jan. 5"), "Brasilia");  // datelines in capitals
  EXPECT_EQ(match(lex, "brasilia hosted"), "");
}

TEST(LexiconCase, LowerCaseAliasMatchesAnyCase) {
  const Lexicon lex = build("agreement\tBlack Sea Grain Initiative\tgrain corridor deal\n");
  EXPECT_EQ(match(lex, "grain corridor deal"), "Black Sea Grain Initiative");
  EXPECT_EQ(match(lex, "Grain Corridor Deal"), "Black Sea Grain Initiative");
  EXPECT_EQ(match(lex, "GRAIN CORRIDOR DEAL"), "Black Sea Grain Initiative");
  EXPECT_EQ(match(lex, "grain corridor"), "");
}

TEST(LexiconCase, OneFirstWordWithCapitalisedAndLowerCasePhrases) {
  const Lexicon lex = build("agency\tGrain Board\nagreement\tBlack Sea Grain Initiative\tgrain corridor deal\n");
  EXPECT_EQ(match(lex, "Grain Board said"), "Grain Board");
  EXPECT_EQ(match(lex, "grain board said"), "");  // the capitalised phrase still needs its capital
  EXPECT_EQ(match(lex, "grain corridor deal"), "Black Sea Grain Initiative");
}

TEST(LexiconMatch, EveryEntryOfALargeLexiconIsFound) {
  // Thousands of first words (a lexicon the size of GeoNames' cities): none may be lost by the
  // filter in front of the phrase table.
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "city\tPlace" + std::to_string(i * 7919) + " Town\t\tcountry=XX\n";
  const Lexicon lex = build(text);
  for (int i = 0; i < 5000; ++i) {
    const std::string name = "Place" + std::to_string(i * 7919) + " Town";
    ASSERT_EQ(match(lex, name + " hosted"), name);
  }
  EXPECT_EQ(match(lex, "Place7 Town"), "");
}

TEST(LexiconCase, DigitStartsNeedNoCapital) {
  const Lexicon lex = build("agreement\t1994 Agreed Framework\n");
  EXPECT_EQ(match(lex, "1994 Agreed Framework"), "1994 Agreed Framework");
}

// ---------------------------------------------------------------- ordinals

TEST(LexiconOrdinals, WordsFromTheLexicon) {
  const Lexicon lex = build("ordinal\t1\tfirst|1st|inaugural\nordinal\t10\ttenth|10th\nordinal\t21\ttwenty-first|21st\n");
  EXPECT_EQ(lex.ordinal("tenth"), 10);
  EXPECT_EQ(lex.ordinal("Tenth"), 10);
  EXPECT_EQ(lex.ordinal("inaugural"), 1);
  EXPECT_EQ(lex.ordinal("twenty-first"), 21);
}

TEST(LexiconOrdinals, DigitFormsWithoutALexicon) {
  const Lexicon lex = build("");
  EXPECT_EQ(lex.ordinal("10th"), 10);
  EXPECT_EQ(lex.ordinal("21st"), 21);
  EXPECT_EQ(lex.ordinal("22nd"), 22);
  EXPECT_EQ(lex.ordinal("3rd"), 3);
  EXPECT_EQ(lex.ordinal("103rd"), 103);
  EXPECT_EQ(lex.ordinal("tenth"), 0);  // words need ordinal lines
}

TEST(LexiconOrdinals, NotOrdinals) {
  const Lexicon lex = build("ordinal\t10\ttenth|10th\n");
  EXPECT_EQ(lex.ordinal("10"), 0);
  EXPECT_EQ(lex.ordinal("th"), 0);
  EXPECT_EQ(lex.ordinal("tenths"), 0);
  EXPECT_EQ(lex.ordinal("10thx"), 0);
  EXPECT_EQ(lex.ordinal("10km"), 0);
  EXPECT_EQ(lex.ordinal("round"), 0);
  EXPECT_EQ(lex.ordinal(""), 0);
}

// ---------------------------------------------------------------- merging

TEST(LexiconMerge, LaterLineWithSameKindAndNameAddsAliasesAndOverridesAttributes) {
  const Lexicon lex = build(
      "agency\tWorld Trade Organization\tWTO\tcountry=CH\n"
      "agency\tWorld Trade Organization\tW.T.O.|WTO\tcountry=XX;adj=WTO\n");
  ASSERT_EQ(lex.entries().size(), 1u);
  const LexEntry& e = lex.entry(0);
  EXPECT_EQ(e.aliases, (Strings{"WTO", "W.T.O."}));  // united, no duplicate
  EXPECT_EQ(e.attr("country"), "XX");
  EXPECT_EQ(e.attr("adj"), "WTO");
  EXPECT_EQ(match(lex, "W.T.O. rules"), "World Trade Organization");
}

TEST(LexiconMerge, SameNameOfAnotherKindIsAnotherEntry) {
  const Lexicon lex = build("country\tSingapore\t\tcode=SG\ncity\tSingapore\t\tcountry=SG\n");
  EXPECT_EQ(lex.entries().size(), 2u);
  EXPECT_NE(entry_named(lex, LexKind::country, "Singapore"), nullptr);
  EXPECT_NE(entry_named(lex, LexKind::city, "Singapore"), nullptr);
}

TEST(LexiconPersonKey, AccentedAndPlainSpellingsCompareEqual) {
  const Lexicon lex = build("");
  EXPECT_EQ(lex.person_key("José Núñez"), lex.person_key("Jose Nunez"));
  EXPECT_EQ(lex.person_key("Émile Müller"), "emile muller");
  // Latin Extended-A: Central European, Turkish and Baltic letters
  EXPECT_EQ(lex.person_key("Tomáš Petříček"), "tomas petricek");
  EXPECT_EQ(lex.person_key("Mevlüt Çavuşoğlu"), lex.person_key("Mevlut Cavusoglu"));
  EXPECT_EQ(lex.person_key("Radosław Sikorski"), "radoslaw sikorski");
}

TEST(LexiconMerge, MergesAcrossTextsLikeUserFiles) {
  Lexicon::Builder b;
  ASSERT_FALSE(b.add_text("country\tIran\tIslamic Republic of Iran\tcode=IR;capital=Tehran\n", "builtin.tsv"));
  ASSERT_FALSE(b.add_text("country\tIran\tPersia\tcapital=Teheran\n", "user.tsv"));
  const Lexicon lex = std::move(b).build();
  ASSERT_EQ(lex.entries().size(), 1u);
  EXPECT_EQ(lex.entry(0).aliases, (Strings{"Islamic Republic of Iran", "Persia"}));
  EXPECT_EQ(lex.entry(0).attr("capital"), "Teheran");
  EXPECT_EQ(lex.entry(0).attr("code"), "IR");  // kept where the later line is silent
  EXPECT_EQ(match(lex, "Persia and the West"), "Iran");
}

TEST(LexiconMerge, AddWithoutOverrideOnlyFillsGaps) {
  Lexicon::Builder b;
  ASSERT_FALSE(b.add_text("city\tGeneva\t\tcountry=CH;lat=46.2\n", "cities.tsv"));
  LexEntry geo;
  geo.kind = LexKind::city;
  geo.name = "Geneva";
  geo.aliases = {"Geneve"};
  geo.attrs = {{"country", "CH"}, {"lat", "99"}, {"lon", "6.1"}};
  b.add(geo, /*override=*/false);
  const Lexicon lex = std::move(b).build();
  ASSERT_EQ(lex.entries().size(), 1u);
  EXPECT_EQ(lex.entry(0).attr("lat"), "46.2");
  EXPECT_EQ(lex.entry(0).attr("lon"), "6.1");
  EXPECT_EQ(lex.entry(0).aliases, (Strings{"Geneve"}));
}

TEST(LexiconEntry, CoordinatesReadAsAtofDoesOnlyWhenBothAreSet) {
  LexEntry e;
  e.attrs = {{"lat", "46.2044"}, {"lon", "6.1432"}};
  ASSERT_TRUE(e.coordinates());
  EXPECT_EQ(e.coordinates()->first, std::atof("46.2044"));
  EXPECT_EQ(e.coordinates()->second, std::atof("6.1432"));
  e.attrs = {{"lat", "+12.5"}, {"lon", "-7e1"}};  // a sign from_chars refuses (left to atof), an exponent
  ASSERT_TRUE(e.coordinates());
  EXPECT_EQ(e.coordinates()->first, 12.5);
  EXPECT_EQ(e.coordinates()->second, -70.0);
  e.attrs = {{"lat", "46.2"}};
  EXPECT_FALSE(e.coordinates());
}

// ---------------------------------------------------------------- word classes the code reads

TEST(LexiconWords, ABuiltInClassComesFromItsWordsLineAndALaterFileExtendsIt) {
  Lexicon::Builder b;
  ASSERT_FALSE(b.add_text("words\tverb:held\tflew|Travelled\n", "builtin.tsv"));
  ASSERT_FALSE(b.add_text("words\tverb:held\tjourneyed|flew\n", "user.tsv"));
  const Lexicon lex = std::move(b).build();
  const WordSet& travel = lex.words(Words::held_verbs);
  EXPECT_EQ(travel.words, (Strings{"flew", "travelled", "journeyed"}));  // lower case, once each
  EXPECT_TRUE(is_any(tokenize("JOURNEYED")[0], travel));
  EXPECT_TRUE(is_any(tokenize("Travelled")[0], travel));
  EXPECT_FALSE(is_any(tokenize("flown")[0], travel));
  EXPECT_TRUE(travel.holds_exactly("flew"));
  EXPECT_FALSE(travel.holds_exactly("Flew"));
  // a class no line names is empty here; load_lexicon refuses it (below)
  EXPECT_TRUE(lex.words(Words::visit).words.empty());
  EXPECT_FALSE(is_any(tokenize("visited")[0], lex.words(Words::visit)));
}

// The patterns ask for a class by name, the code by Words: one set either way; a class only the
// patterns use is found by name.
TEST(LexiconWords, AClassByNameIsTheSetTheCodeReads) {
  Lexicon::Builder b;
  ASSERT_FALSE(b.add_text("words\tverb:held\tflew|Travelled\nwords\tverb:mediate\tmediated|brokered\n", "builtin.tsv"));
  ASSERT_FALSE(b.add_text("words\tverb:mediate\tfacilitated\n", "user.tsv"));
  const Lexicon lex = std::move(b).build();
  EXPECT_EQ(lex.word_class("verb:held"), &lex.words(Words::held_verbs));
  ASSERT_NE(lex.word_class("verb:mediate"), nullptr);
  EXPECT_EQ(lex.word_class("verb:mediate")->words, (Strings{"mediated", "brokered", "facilitated"}));
  EXPECT_EQ(lex.word_class("verb:visit"), nullptr);
}

TEST(LexiconWords, EveryClassTheCodeReadsIsInTheShippedLexicon) {
  const auto load = load_lexicon({}, NEWSGRAPH_SOURCE_DIR "/data/lexicon");
  ASSERT_FALSE(load.error) << load.error->to_string();
  for (std::size_t w = 0; w < kWordClassCount; ++w)
    EXPECT_FALSE(load.lexicon->words(static_cast<Words>(w)).words.empty()) << words_class_name(static_cast<Words>(w));
}

TEST(LexiconWords, ALexiconWithoutAClassTheCodeReadsIsRefusedNamingIt) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("newsgraph-words-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy(NEWSGRAPH_SOURCE_DIR "/data/lexicon", dir / "lexicon");
  fs::copy(NEWSGRAPH_SOURCE_DIR "/data/patterns", dir / "patterns");
  // the shipped words file less the line of one class
  std::ifstream in(dir / "lexicon" / "words.tsv");
  std::string kept, line;
  while (std::getline(in, line))
    if (!line.starts_with("words\tverb:held\t")) kept += line + "\n";
  in.close();
  std::ofstream(dir / "lexicon" / "words.tsv") << kept;
  const auto load = load_lexicon({}, (dir / "lexicon").string());
  fs::remove_all(dir);
  ASSERT_TRUE(load.error);
  EXPECT_NE(load.error->to_string().find("'verb:held' is missing"), std::string::npos) << load.error->to_string();
}

// ---------------------------------------------------------------- country queries

TEST(LexiconCountries, ByCodeAdjectiveAndCapital) {
  const Lexicon lex = build(
      "country\tSouth Korea\tROK\tcode=KR;adj=South Korean|Korean;capital=Seoul\n"
      "country\tAustralia\t\tcode=AU;adj=Australian;capital=Canberra\n");
  ASSERT_TRUE(lex.country_by_code("AU"));
  EXPECT_EQ(lex.entry(*lex.country_by_code("AU")).name, "Australia");
  EXPECT_FALSE(lex.country_by_code("au"));
  ASSERT_TRUE(lex.country_by_adjective("Korean"));
  EXPECT_EQ(lex.entry(*lex.country_by_adjective("Korean")).name, "South Korea");
  ASSERT_TRUE(lex.country_by_adjective("australian"));
  EXPECT_FALSE(lex.country_by_adjective("Austrian"));
  ASSERT_TRUE(lex.country_by_capital("Canberra"));
  EXPECT_EQ(lex.entry(*lex.country_by_capital("Canberra")).name, "Australia");
  EXPECT_FALSE(lex.country_by_capital("Sydney"));
}

TEST(LexiconCountries, DelegationAdjectiveIsTheFirstAdjective) {
  const Lexicon lex = build(
      "country\tUnited States\tUS\tcode=US;adj=U.S.|American\n"
      "country\tTuvalu\t\tcode=TV\n");
  EXPECT_EQ(lex.delegation_adjective(*lex.country_by_code("US")), "U.S.");
  EXPECT_EQ(lex.delegation_adjective(*lex.country_by_code("TV")), "Tuvalu");  // no adjective: the name
}

TEST(LexiconCountries, AgencyWithAdjectiveActsAsASide) {
  const Lexicon lex = build("agency\tEuropean Union\tEU\tadj=EU|European\n");
  ASSERT_TRUE(lex.country_by_adjective("EU"));
  EXPECT_EQ(lex.entry(*lex.country_by_adjective("EU")).name, "European Union");
}

// ---------------------------------------------------------------- word lists

TEST(LexiconWords, MinistryForAdjective) {
  const Lexicon lex = build("ministry\tForeign Affairs\tforeign|foreign affairs\nministry\tCommerce\tcommerce\n");
  EXPECT_EQ(lex.ministry_for("foreign"), "Foreign Affairs");
  EXPECT_EQ(lex.ministry_for("Foreign"), "Foreign Affairs");
  EXPECT_EQ(lex.ministry_for("commerce"), "Commerce");
  EXPECT_EQ(lex.ministry_for("tourism"), "");
}

TEST(LexiconWords, ClutterLinesAreWholeLinesInAnyCase) {
  const Lexicon lex = build("clutter\tRelated News\tRelated news\nclutter\tShare on Facebook\n");
  EXPECT_TRUE(lex.is_clutter_line("Related News"));
  EXPECT_TRUE(lex.is_clutter_line("  RELATED NEWS  "));
  EXPECT_TRUE(lex.is_clutter_line("share on facebook"));
  EXPECT_FALSE(lex.is_clutter_line("Related News about the Brexit talks"));
  EXPECT_FALSE(lex.is_clutter_line(""));
}

TEST(LexiconWords, StopwordsAreCaseSensitive) {
  const Lexicon lex = build("stopword\tMay\nstopword\tMeanwhile\n");
  EXPECT_TRUE(lex.is_stopword("May"));
  EXPECT_TRUE(lex.is_stopword("Meanwhile"));
  EXPECT_FALSE(lex.is_stopword("may"));
  EXPECT_FALSE(lex.is_stopword("Mayor"));
}

TEST(LexiconWords, HeadWordsAnyCase) {
  const Lexicon lex = build("orghead\tMinistry\norghead\tNews Agency\nagreementhead\tFree Trade Agreement\n");
  EXPECT_TRUE(lex.is_orghead("ministry"));
  EXPECT_TRUE(lex.is_orghead("News Agency"));
  EXPECT_FALSE(lex.is_orghead("Agency"));
  EXPECT_TRUE(lex.is_agreementhead("free trade agreement"));
  EXPECT_FALSE(lex.is_agreementhead("Agreement"));
}

TEST(LexiconWords, OnlyNamingKindsAreMatchedInText) {
  const Lexicon lex = build(
      "ordinal\t4\tfourth|4th\n"
      "stopword\tMonday\n"
      "orghead\tMinistry\n"
      "clutter\tPrint\n"
      "title\tTrade Minister\ttrade minister\trole=head\n");
  EXPECT_EQ(match(lex, "fourth round"), "");
  EXPECT_EQ(match(lex, "Monday talks"), "");
  EXPECT_EQ(match(lex, "Ministry officials"), "");
  EXPECT_EQ(match(lex, "Print"), "");
  EXPECT_EQ(match(lex, "Trade Minister Mary Ng"), "Trade Minister");
}

}  // namespace
}  // namespace newsgraph::extract
