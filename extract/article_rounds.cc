// Rounds get their names: numbered ("Round 9 of <agreement> talks"), placed ("Geneva round of
// talks"), listed, and references ("this round", "the talks there") to a round already named.
#include "extract/article_steps.h"

#include <algorithm>

#include "extract/article_draft.h"
#include "extract/article_round_lookup.h"

namespace newsgraph::extract::article {
namespace {

class Rounds {
 public:
  explicit Rounds(Draft& d) : d_(d), lookup_(d) {}

  void name_rounds() {
    if (d_.main_series.empty()) d_.negotiation = talks_name(d_);
    if (d_.main_series.empty() && d_.negotiation.empty()) d_.negotiation = meeting_body(d_);
    struct Named {
      std::size_t si;
      std::size_t mi;
    };
    std::vector<Named> named;  // rounds with a name, in text order
    const bool unnumbered_placed = lookup_.has_placed_talks(false);
    const bool unnumbered_listed = lookup_.has_placed_talks(true);
    int highest = 0;
    for (const auto& s : d_.sents)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::round && m.round == RoundRef::numbered) highest = std::max(highest, m.ordinal);
    int last_ordinal = 0;  // the last numbered round so far, and its sentence
    std::size_t last_si = 0;
    // Numbered and placed rounds first.
    for (std::size_t si = 0; si < d_.sents.size(); ++si) {
      auto& s = d_.sents[si];
      for (std::size_t mi = 0; mi < s.mentions.size(); ++mi) {
        Mention& m = s.mentions[mi];
        if (m.type != EntityType::round) continue;
        const std::string agreement = of_a_dialogue(s, m) ? std::string() : round_agreement(s);
        if (agreement.empty() && d_.negotiation.empty()) d_.negotiation = talks_name(d_);
        m.series = agreement;
        if (m.round == RoundRef::relative && last_ordinal > 0 && si - last_si <= 4) {
          // "the ninth round … the previous round": round 8. The round after the highest
          // numbered one is the next only where no unnumbered round may lie between them; the
          // one before, where the text lists no earlier rounds by place alone.
          if (m.modifier == "previous" && last_ordinal > 1 && !unnumbered_listed) m.ordinal = last_ordinal - 1;
          if (m.modifier == "next" && last_ordinal == highest && !unnumbered_placed) m.ordinal = last_ordinal + 1;
          if (m.ordinal > 0) m.round = RoundRef::numbered;
        }
        // "this round", "the next meeting (of the 118th)" keep the numbered round in view
        if ((m.round == RoundRef::anaphor || (m.round == RoundRef::numbered && m.modifier == "next")) &&
            last_ordinal > 0)
          last_si = si;
        // "the two-day meeting": the numbered round told nearby, else the one the lead reports
        if (m.modifier == "n-day") {
          const Mention* r = lookup_.numbered_near(si);
          if (!r) r = lookup_.numbered_in_lead();
          if (r) {
            m.round = RoundRef::numbered;
            m.ordinal = r->ordinal;
          }
        }
        if (m.round == RoundRef::numbered) {
          if (m.modifier.empty() || m.modifier == "this") {
            last_ordinal = m.ordinal;
            last_si = si;
          }
          m.name = round_name(m.ordinal, agreement);
        } else if (m.round == RoundRef::relative || m.round == RoundRef::place_talks) {
          const std::string place = lookup_.held_in(si, mi);
          if (m.round == RoundRef::place_talks && m.modifier != "listed" && m.modifier != "again" &&
              lookup_.recent_round(si) >= 0)
            continue;  // "the talks" of a round just named
          if (m.modifier == "country") continue;  // a country names no round by itself
          const std::string& about = agreement.empty() ? d_.negotiation : agreement;
          if (!place.empty())
            m.name = place + " round of " + (about.empty() ? std::string() : about + " ") + "talks";
        }
        // (a session by its code, "ahead of COP15", is often another body's: no referent)
        if (!m.name.empty() && m.modifier != "code") named.push_back({si, mi});
      }
    }
    number_listed(highest);
    fold_place_talks();
    // References: "this round", "the upcoming round", "talks at X" right after a round.
    for (std::size_t si = 0; si < d_.sents.size(); ++si) {
      auto& s = d_.sents[si];
      for (std::size_t mi = 0; mi < s.mentions.size(); ++mi) {
        Mention& m = s.mentions[mi];
        if (m.type != EntityType::round || !m.name.empty()) continue;
        if ((m.modifier == "next" && !lookup_.lead_round_ahead(si)) || m.modifier == "previous" || m.modifier == "last")
          continue;
        if ((m.modifier == "country" || m.modifier == "dated") && lookup_.recent_round(si) < 0) continue;
        const Named* prev = nullptr;
        const Named* next = nullptr;
        for (const auto& x : named) {
          if (x.si < si || (x.si == si && x.mi < mi)) prev = &x;
          else if (!next) next = &x;
        }
        const Named* ref = prev ? prev : ((m.round != RoundRef::place_talks || si == 0) ? next : nullptr);
        if (!ref) continue;
        m.name = d_.sents[ref->si].mentions[ref->mi].name;
        m.series = d_.sents[ref->si].mentions[ref->mi].series;
        m.ordinal = d_.sents[ref->si].mentions[ref->mi].ordinal;
      }
    }
  }

 private:
  Draft& d_;
  const RoundLookup lookup_;

  // The agreement a round in sentence `si` belongs to.
  std::string round_agreement(const SentenceMentions& s) const {
    for (const auto& m : s.mentions) {
      if (m.type != EntityType::agreement || m.name.empty()) continue;
      if (m.ordinal > 0) return m.name;
      if (m.series == d_.main_series && !d_.negotiated.empty()) return d_.negotiated;
      if (m.agreement == AgreementRef::named) return m.name;
    }
    return d_.negotiated.empty() ? d_.main_series : d_.negotiated;
  }

  // "the third round of strategic dialogue between the two allies": rounds of a dialogue are no
  // rounds of the agreement the article is about (an agreement's own name never ends so).
  static bool of_a_dialogue(const SentenceMentions& s, const Mention& m) {
    const auto& t = s.tokens;
    std::size_t k = m.tok_end;
    if (k >= t.size() || !iequals(t[k].text, "of")) return false;
    ++k;
    if (k < t.size() && iequals(t[k].text, "the")) ++k;
    for (std::size_t q = k; q < std::min(t.size(), k + 3); ++q)
      if (iequals(t[q].text, "dialogue")) return true;
    return false;
  }

  // Rounds of talks that name no agreement are named after the talks' sides ("Round 1 of UK-EU
  // talks"): a bare "Round 1 of talks" would merge the rounds of unrelated negotiations.
  std::string round_name(int ordinal, const std::string& agreement) const {
    const std::string& about = agreement.empty() ? d_.negotiation : agreement;
    return "Round " + std::to_string(ordinal) + " of " + (about.empty() ? std::string() : about + " ") + "talks";
  }

  // "The third session … will be held in Washington. The previous ones took place in Honolulu in
  // March and on Jeju Island in April": where a sentence lists as many meetings by place as came
  // before the article's highest numbered round, they are rounds 1 … N-1 in the order told.
  void number_listed(int highest) {
    for (auto& s : d_.sents) {
      std::vector<Mention*> listed;
      for (auto& m : s.mentions)
        if (m.type == EntityType::round && m.modifier == "listed") listed.push_back(&m);
      if (listed.empty() || static_cast<int>(listed.size()) != highest - 1) continue;
      for (std::size_t j = 0; j < listed.size(); ++j) {
        Mention& m = *listed[j];
        m.round = RoundRef::numbered;
        m.ordinal = static_cast<int>(j) + 1;
        m.name = round_name(m.ordinal, m.series);
      }
    }
  }

  // "Saudi Arabia and Iran held talks in Baghdad … a first meeting took place on April 9": where
  // the article reports one numbered round, held nowhere else, its talks at a place are that
  // round.
  // So is "a new round" told before that round's number ("A new round of talks concluded in
  // Geneva … This is the third time the Dialogue has convened").
  void fold_place_talks() {
    const Mention* only = nullptr;
    std::size_t only_si = 0;
    std::vector<std::string> places;  // where that round was held
    for (std::size_t si = 0; si < d_.sents.size(); ++si)
      for (std::size_t mi = 0; mi < d_.sents[si].mentions.size(); ++mi) {
        const Mention& m = d_.sents[si].mentions[mi];
        if (m.type != EntityType::round || m.round != RoundRef::numbered || !m.modifier.empty()) continue;
        if (only && only->name != m.name) return;
        if (!only) only_si = si;
        only = &m;
        if (auto p = lookup_.held_in(si, mi); !p.empty()) places.push_back(p);
      }
    if (!only) return;
    for (std::size_t si = 0; si < d_.sents.size(); ++si)
      for (std::size_t mi = 0; mi < d_.sents[si].mentions.size(); ++mi) {
        Mention& m = d_.sents[si].mentions[mi];
        const bool fresh = m.round == RoundRef::relative && (m.modifier == "new" || m.modifier == "latest") &&
                           si < only_si;
        if (m.type != EntityType::round || (m.round != RoundRef::place_talks && !fresh) || m.modifier == "listed" ||
            m.modifier == "again" || m.name.empty())
          continue;
        const std::string place = lookup_.held_in(si, mi);
        if (!places.empty() && std::find(places.begin(), places.end(), place) == places.end()) continue;
        m.name = only->name;
        m.ordinal = only->ordinal;
        m.series = only->series;
      }
  }
};

}  // namespace

void name_rounds(Draft& d) { Rounds(d).name_rounds(); }

}  // namespace newsgraph::extract::article
