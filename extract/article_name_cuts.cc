// Agreement names cut to what the article writes: headline titles, link lines, plurals.
#include "extract/article_steps.h"

#include <cctype>
#include <set>

#include "extract/article_draft.h"

namespace newsgraph::extract::article {
namespace {

class NameCuts {
 public:
  explicit NameCuts(Draft& d) : d_(d) {}

  // "Evolution of Global Plastics Treaty", "Caribbean Community to Weigh Trade Deal": a title-case
  // headline capitalises the words before an agreement's name too. A headline agreement the body
  // never writes is cut to the longest ending the body writes ("Global Plastics Treaty"), else it
  // is no name at all. A title-case link line elsewhere ("Read more: Evolution of Global Plastics
  // Treaty") is cut the same way after "of", "for" or "on" where the words before hold no
  // agreement word.
  void headline_agreements() {
    for (auto& s : d_.sents) {
      for (auto& m : s.mentions) {
        if (m.type != EntityType::agreement || m.agreement != AgreementRef::named || m.ordinal > 0 ||
            d_.lex.find(LexKind::agreement, m.name) || (s.headline && written(m.name, nullptr)))
          continue;
        std::string kept;
        bool head_before = false;  // an agreement word before the cut: "Protocol of Amendment to …"
        for (std::size_t sp = m.name.find(' '); sp != std::string::npos && kept.empty(); sp = m.name.find(' ', sp + 1)) {
          const std::size_t word = m.name.rfind(' ', sp - 1);
          const std::string before = m.name.substr(word == std::string::npos ? 0 : word + 1, sp - (word == std::string::npos ? 0 : word + 1));
          head_before = head_before || d_.lex.is_agreementhead(before);
          const std::string rest = m.name.substr(sp + 1);
          if (rest.find(' ') == std::string::npos) continue;
          const bool connector = before == "of" || before == "for" || before == "on";
          if (s.headline ? written(rest, nullptr) : connector && !head_before && written(rest, &s)) kept = rest;
        }
        if (!kept.empty()) {
          m.name = m.series = m.surface = kept;
        } else if (s.headline) {
          m.name = m.series = {};
        }
      }
    }
  }

  // "Deputy Head for Sustainable Fisheries Partnership Agreements": the plural of an agreement
  // the article names is the kind of deal, not a node.
  void plural_kinds() {
    std::set<std::string> named;
    for (const auto& s : d_.sents)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.agreement == AgreementRef::named) named.insert(m.name);
    for (auto& s : d_.sents)
      for (auto& m : s.mentions)
        if (m.type == EntityType::agreement && m.agreement == AgreementRef::named && m.name.ends_with("s") &&
            named.count(m.name.substr(0, m.name.size() - 1)))
          m.name = m.series = {};
  }

 private:
  Draft& d_;

  static bool written_in(std::string_view text, const std::string& name) {
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
      const std::size_t end = at + name.size();
      if ((at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]))) &&
          (end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]))))
        return true;
    }
    return false;
  }
  // Whether a body sentence other than `except` writes `name`.
  bool written(const std::string& name, const SentenceMentions* except) const {
    for (const auto& s : d_.sents)
      if (!s.headline && &s != except && written_in(s.text, name)) return true;
    return false;
  }
};

}  // namespace

void headline_agreements(Draft& d) { NameCuts(d).headline_agreements(); }
void plural_kinds(Draft& d) { NameCuts(d).plural_kinds(); }

}  // namespace newsgraph::extract::article
