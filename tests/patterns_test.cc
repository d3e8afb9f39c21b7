// The pattern engine: every example of every pattern file (built-in and examples/) is a test;
// the format's mistakes are refused with file:line; the matcher's glue (optional, repeated and
// captured items, gaps, groups); user relation kinds reach the article.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "extract/lexicon.h"
#include "extract/mentions.h"
#include "extract/pattern_examples.h"
#include "extract_test_helpers.h"

namespace newsgraph::extract {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> pattern_files(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".pat") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// The built-in lexicons and patterns, plus the example user pattern files.
const std::shared_ptr<const Lexicon>& with_user_patterns() {
  static const std::shared_ptr<const Lexicon> lex = [] {
    auto load = load_lexicon({}, NEWSGRAPH_SOURCE_DIR "/data/lexicon",
                             pattern_files(NEWSGRAPH_SOURCE_DIR "/examples/patterns"));
    if (load.error) ADD_FAILURE() << load.error->to_string();
    return load.lexicon;
  }();
  return lex;
}

TEST(PatternExamples, EveryExampleOfEveryFileHolds) {
  const auto& lex = with_user_patterns();
  ASSERT_TRUE(lex);
  ASSERT_FALSE(lex->patterns().empty());
  for (const auto& f : check_pattern_examples(lex)) ADD_FAILURE_AT(f.file.c_str(), f.line) << f.reason;
  std::size_t examples = 0;
  for (const Pattern& p : lex->patterns().patterns()) examples += p.examples.size();
  EXPECT_GE(examples, 2 * lex->patterns().patterns().size());
}

// The built-in lexicons and patterns with one user pattern file, written from `text`.
LexiconLoad with_pattern_file(const std::string& file, const std::string& text) {
  std::ofstream(file) << text;
  return load_lexicon({}, NEWSGRAPH_SOURCE_DIR "/data/lexicon", {file});
}

TEST(PatternExamples, AFailingExampleIsReportedWithItsLine) {
  const std::string file = ::testing::TempDir() + "wrong.pat";
  const auto load = with_pattern_file(file,
                                      "pattern wrong-example\n"
                                      "  match p=PERSON verb:lead the? d=DELEGATION\n"
                                      "  emit leads p -> d\n"
                                      "  example Minister Rosa Diaz leads the Chilean delegation.\n"
                                      "  expect leads Rosa Diaz -> Bolivian delegation\n"
                                      "  never Minister Rosa Diaz heads the Chilean delegation.\n");
  ASSERT_FALSE(load.error) << load.error->to_string();
  const auto failures = check_pattern_examples(load.lexicon, {file});
  ASSERT_EQ(failures.size(), 2u);
  EXPECT_EQ(failures[0].to_string(), file + ":4: wrong-example: expected 'leads Rosa Diaz -> Bolivian delegation', "
                                     "got leads Rosa Diaz -> Chilean delegation");
  EXPECT_EQ(failures[1].to_string(), file + ":6: wrong-example: must not match, yet gave leads Rosa Diaz -> Chilean delegation");
}

// Loads `text` as a pattern file; the error, or "" when it loads.
std::string load_error(const std::string& text) {
  PatternSet set;
  auto err = set.add_text(text, "user.pat", *lexicon());
  return err ? err->to_string() : "";
}

const char* kValid = R"(pattern signs-treaty
  match p=PERSON verb:sign the? a=AGREEMENT
  emit signs-test p -> a
  example Minister Ana Lopez signed the Paris Agreement.
  expect signs-test Ana Lopez -> Paris Agreement
  never The Paris Agreement was signed in 2015.
)";

TEST(PatternFormat, ValidFileLoads) {
  EXPECT_EQ(load_error("relation signs-test: person -> agreement\n" + std::string(kValid)), "");
}

TEST(PatternFormat, MistakesNameFileLineAndReason) {
  const std::string decl = "relation signs-test: person -> agreement\n";
  // no example it must not match
  std::string text = decl + kValid;
  text = text.substr(0, text.find("  never"));
  EXPECT_EQ(load_error(text), "user.pat:2: pattern 'signs-treaty' needs an 'example' it matches and a 'never' sentence it must not");
  // an unknown word class
  text = decl + kValid;
  text.replace(text.find("verb:sign"), 9, "verb:sing");
  EXPECT_EQ(load_error(text), "user.pat:3: unknown word class 'verb:sing' (no `words` line names it)");
  // an end of the wrong type
  text = decl + kValid;
  text.replace(text.find("a=AGREEMENT"), 11, "a=PLACE");
  EXPECT_EQ(load_error(text), "user.pat:4: signs-test goes person -> agreement: its to end must capture a mention of type agreement");
  // a capture the match line lacks
  text = decl + kValid;
  text.replace(text.find("p -> a"), 6, "q -> a");
  EXPECT_EQ(load_error(text), "user.pat:4: emit names no capture 'q' of the match line");
  // an undeclared relation kind
  EXPECT_EQ(load_error(std::string(kValid).replace(std::string(kValid).find("signs-test p"), 10, "endorses")),
            "user.pat:3: unknown relation 'endorses' (declare it: relation NAME: TYPE -> TYPE)");
  EXPECT_EQ(load_error("pattern x\n  match ( a | b\n"), "user.pat:2: group not closed with ')'");
  EXPECT_EQ(load_error("pattern x\n  match a\n  colour red\n"),
            "user.pat:3: unknown line 'colour' (relation, pattern, match, emit, example, expect, never)");
  EXPECT_EQ(load_error("match a\n"), "user.pat:1: 'match' before the first 'pattern NAME' line");
  EXPECT_EQ(load_error("relation meets person -> person\n"), "user.pat:1: a relation is declared as 'relation NAME: TYPE -> TYPE'");
}

TEST(PatternFormat, NameStandsForOneSpanEmittedAsAPerson) {
  const std::string tail = "  example A.\n  expect PERSON A\n  never B.\n";
  EXPECT_EQ(load_error("pattern x\n  match per n=NAME\n  emit PERSON n\n" + tail), "");
  EXPECT_EQ(load_error("pattern x\n  match per n=NAME\n  emit AGENCY n\n" + tail),
            "user.pat:3: the span NAME stands for is emitted as a PERSON");
  EXPECT_EQ(load_error("pattern x\n  match per ( n=NAME | by )\n  emit PERSON n\n" + tail),
            "user.pat:1: NAME appears once in a pattern, outside any group");
  EXPECT_EQ(load_error("pattern x\n  match n=NAME and NAME\n  emit PERSON n\n" + tail),
            "user.pat:1: NAME appears once in a pattern, outside any group");
  EXPECT_EQ(load_error("pattern x\n  match per n=NAME?\n  emit PERSON n\n" + tail),
            "user.pat:2: NAME stands for one span: no '!' and no repetition");
  EXPECT_EQ(load_error("pattern x\n  match per p=Cap NAME\n  emit PERSON p\n" + tail),
            "user.pat:1: a pattern with NAME emits PERSON over it (emit PERSON n, with n=NAME), and only such a pattern");
}

// Matches of one pattern (loaded on its own) in a sentence extracted as an article.
std::vector<std::string> matches(const std::string& match_line, const std::string& sentence) {
  auto compiled = PatternSet::compile(match_line, *lexicon());
  if (auto* err = std::get_if<std::string>(&compiled)) return {*err};
  const Pattern& p = std::get<Pattern>(compiled);
  ArticleContext ctx;
  ctx.lex = lexicon().get();
  SentenceMentions s;
  s.index = 1;
  s.text = sentence;
  tokenize(sentence, s.tokens);
  find_mentions(ctx, s);
  std::vector<std::string> out;
  for (const auto& m : PatternSet().match(p, s, *lexicon())) {
    std::string line;
    for (std::size_t c = 0; c < m.captures.size(); ++c)
      for (const auto& b : m.captures[c])
        line += p.captures[c] + "=" +
                std::string(sentence.substr(s.tokens[b.begin].begin, s.tokens[b.end - 1].end() - s.tokens[b.begin].begin)) + ";";
    out.push_back(line);
  }
  return out;
}

TEST(PatternMatcher, CoordinationBindsEachName) {
  EXPECT_EQ(matches("led by title? a=PERSON ( , title? a=PERSON )* ( and title? a=PERSON )? b=Any",
                    "The talks were led by Foreign Minister Ana Lopez, Ambassador Jorge Ruiz and Minister Rosa Diaz ."),
            std::vector<std::string>{"a=Ana Lopez;a=Jorge Ruiz;a=Rosa Diaz;b=.;"});
}

TEST(PatternMatcher, GapsAreShortestAndBounded) {
  EXPECT_EQ(matches("a=PERSON ..3 b=PLACE", "Minister Ana Lopez arrived in Lima on Monday."),
            std::vector<std::string>{"a=Ana Lopez;b=Lima;"});
  EXPECT_TRUE(matches("a=PERSON ..1 b=PLACE", "Minister Ana Lopez arrived late in Lima on Monday.").empty());
}

TEST(PatternMatcher, OptionalItemsAndAlternatives) {
  const std::string line = "a=PERSON ( said | told reporters ) the? b=Word";
  EXPECT_EQ(matches(line, "Minister Ana Lopez told reporters the talks failed."),
            std::vector<std::string>{"a=Ana Lopez;b=talks;"});
  EXPECT_EQ(matches(line, "Minister Ana Lopez said talks failed."), std::vector<std::string>{"a=Ana Lopez;b=talks;"});
  EXPECT_TRUE(matches(line, "Minister Ana Lopez told the talks failed.").empty());
}

// `title` covers the whole title the recogniser read before a person, with what it took in
// ("Special Envoy to Cyprus"), so that a body right before it can be asked for.
TEST(PatternMatcher, ATitleIsThePersonsWholeTitle) {
  EXPECT_EQ(matches("a=AGENCY title:negotiator p=PERSON", "The United Nations Special Envoy to Cyprus Rosa Diaz spoke."),
            std::vector<std::string>{"a=United Nations;p=Rosa Diaz;"});
  EXPECT_TRUE(matches("a=AGENCY title:head p=PERSON", "The United Nations Special Envoy to Cyprus Rosa Diaz spoke.").empty());
  // several roles: any of them
  EXPECT_EQ(matches("a=AGENCY title:head|negotiator p=PERSON", "The United Nations Special Envoy to Cyprus Rosa Diaz spoke."),
            std::vector<std::string>{"a=United Nations;p=Rosa Diaz;"});
}

// A quoted literal takes a repetition like any condition (`")"?`); a quoted "?" is a literal.
TEST(PatternMatcher, QuotedLiteralsTakeARepetition) {
  const std::string line = "a=Cap \")\"? b=Cap";
  EXPECT_EQ(matches(line, "the (NBC) Chair"), std::vector<std::string>{"a=NBC;b=Chair;"});
  EXPECT_EQ(matches(line, "the NBC Chair"), std::vector<std::string>{"a=NBC;b=Chair;"});
  EXPECT_EQ(matches("a=Word \"?\"", "Who? Ana"), std::vector<std::string>{"a=Who;"});
}

TEST(PatternMatcher, ACaptureOnAGroupBindsWhatTheAlternativeCovered) {
  const std::string line = "v=( led by | under the leadership of ) title? a=PERSON";
  EXPECT_EQ(matches(line, "The talks were led by Minister Ana Lopez."), std::vector<std::string>{"v=led by;a=Ana Lopez;"});
  EXPECT_EQ(matches(line, "The talks were held under the leadership of Minister Ana Lopez."),
            std::vector<std::string>{"v=under the leadership of;a=Ana Lopez;"});
  EXPECT_TRUE(matches(line, "The talks were praised by Minister Ana Lopez.").empty());
}

// A pattern is tried only on sentences holding every word and mention type it requires, found
// inside a capture's group too; optional words and alternatives of a group are not required.
TEST(PatternIndex, ATriedPatternHasEveryRequiredWordAndMentionType) {
  PatternSet set;
  const auto err = set.add_text(
      "pattern x\n  match v=( headed by ) the? ( new | old ) PERSON\n  emit cue members v\n"
      "  example The team is headed by the new Ana Lopez.\n  expect cue members headed by\n  never The team met Ana Lopez.\n",
      "user.pat", *lexicon());
  ASSERT_FALSE(err) << err->to_string();
  const auto tried = [&](const std::string& sentence, bool person) {
    SentenceMentions s;
    s.text = sentence;
    tokenize(sentence, s.tokens);
    if (person) {
      Mention m;
      m.type = EntityType::person;
      m.tok_begin = static_cast<std::uint32_t>(s.tokens.size() - 3);
      m.tok_end = m.tok_begin + 2;
      s.mentions.push_back(m);
    }
    std::vector<std::uint32_t> out;
    set.candidates(s, PatternStage::cues, out);
    return out.size();
  };
  EXPECT_EQ(tried("The team is headed by new Ana Lopez.", true), 1u);
  EXPECT_EQ(tried("The team is HEADED BY old Ana Lopez.", true), 1u);
  EXPECT_EQ(tried("The team is headed by new Ana Lopez.", false), 0u);  // no person
  EXPECT_EQ(tried("The team is headed for new Ana Lopez.", true), 0u);  // no "by"
  EXPECT_EQ(tried("The team met Ana Lopez.", true), 0u);
  // the relation stage does not run cue patterns
  SentenceMentions s;
  std::vector<std::uint32_t> out;
  set.candidates(s, PatternStage::relations, out);
  EXPECT_TRUE(out.empty());
}

TEST(PatternMatcher, SentenceStartAndCountries) {
  EXPECT_EQ(matches("^ a=COUNTRY envoy b=PERSON", "Peruvian envoy Rosa Diaz arrived."),
            std::vector<std::string>{"a=Peruvian;b=Rosa Diaz;"});
  EXPECT_TRUE(matches("^ a=COUNTRY envoy b=PERSON", "Yesterday Peruvian envoy Rosa Diaz arrived.").empty());
}

// A match is tried only where the first required word can fall, given what the items before it
// cover (one to three tokens for the group here, then one): both ends of that window match.
TEST(PatternMatcher, FirstRequiredWordAfterGroupsAndGaps) {
  const std::string line = "( very | not at all ) b=Word talks";
  EXPECT_EQ(matches(line, "The very hard talks ended."), std::vector<std::string>{"b=hard;"});
  EXPECT_EQ(matches(line, "The not at all easy talks ended."), std::vector<std::string>{"b=easy;"});
  EXPECT_TRUE(matches(line, "The very hard, long talks ended.").empty());
  EXPECT_EQ(matches("^ ..3 b=Word talks", "Very long and hard talks ended."), std::vector<std::string>{"b=hard;"});
  EXPECT_TRUE(matches("^ ..3 b=Word talks", "Very long, slow and hard talks ended.").empty());
}

// A user's name pattern: "according to X" makes a capitalised span with no other cue a person,
// which without the pattern stays unresolved (no node).
TEST(UserPatterns, ANamePatternMakesItsSpanAPerson) {
  const std::string file = ::testing::TempDir() + "according.pat";
  const auto load = with_pattern_file(file,
                                      "pattern according-to-name\n"
                                      "  match according to n=NAME\n"
                                      "  emit PERSON n\n"
                                      "  example The hake quota is fair, according to Velmar Quisto of the fisheries institute.\n"
                                      "  expect PERSON Velmar Quisto\n"
                                      "  never The hake quota is fair, according to the Velmar Quisto Institute.\n");
  const std::string text = "The hake quota is fair, according to Velmar Quisto of the fisheries institute.";
  auto people = [&](const std::shared_ptr<const Lexicon>& lex) {
    std::vector<std::string> out;
    for (const auto& e : Extractor(lex).extract("quota", text).entities)
      if (e.type == EntityType::person) out.push_back(e.name);
    return out;
  };
  EXPECT_TRUE(people(lexicon()).empty());
  ASSERT_FALSE(load.error) << load.error->to_string();
  EXPECT_TRUE(check_pattern_examples(load.lexicon, {file}).empty());
  EXPECT_EQ(people(load.lexicon), std::vector<std::string>{"Velmar Quisto"});
}

TEST(UserPatterns, DeclaredRelationReachesTheArticle) {
  Extractor x(with_user_patterns());
  const Article a = x.extract("signing", "Foreign Minister Mara Novak signed the Ohrid Agreement in Skopje on Friday.");
  EXPECT_EQ(yielded_by(a, "signs-agreement"), std::vector<std::string>{"signs Mara Novak -> Ohrid Agreement"});
}

}  // namespace
}  // namespace newsgraph::extract
