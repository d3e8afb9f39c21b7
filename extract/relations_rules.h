// Relations: the families of rules, one class each over the sentence view (relations_view.h),
// each defined in its own file (relations_<family>.cc); find_relations runs them in order.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/relations_view.h"

namespace newsgraph::extract::rel {

// Relations, leads and membership: the walk over a sentence's people that tries each rule
// family in turn (the order matters: a person led by one rule is not tried by the next).
class Leads : public RelView {
 public:
  explicit Leads(const RelView& v) : RelView(v) {}

  void leads_and_membership();
  bool led_by_pattern(int p) const;
  bool led_talks(const std::vector<int>& people);
  bool across_the_table(int p) const;
};

// Relations, leads: a head named through a description, not a title ("led by its Foreign
// Minister, X", "the head of the Afghan negotiating team, X", "(Chief Delegate)").
class DescribedLeads : public RelView {
 public:
  explicit DescribedLeads(const RelView& v) : RelView(v) {}

  bool led_by_described(int p);
  void described_body(int p, std::size_t b, std::size_t e);
  void described_ministry(int p, int d, std::size_t b, std::size_t e);
  bool chief_delegate(int p, std::size_t pe, std::size_t ae);
  bool head_of_before(int p);
  int delegation_before_phrases(int last) const;
  bool gapped_representation(int p);
};

// Relations, leads: negotiator cues around a name ("Y's chief negotiator X", "X, … represents Y")
// make X head of Y's delegation.
class Negotiators : public RelView {
 public:
  explicit Negotiators(const RelView& v) : RelView(v) {}

  bool negotiator(int p, std::size_t pb, std::size_t ae);
  bool stacked_negotiator_title(int p, std::size_t before);
};

// Relations, leads and member-of from a person's title ("Foreign Minister X", "Russian Deputy
// Foreign Minister X") or a role word before the name.
class Titles : public RelView {
 public:
  explicit Titles(const RelView& v) : RelView(v) {}

  void title_relations(int p);
  void body_in_title(int p);
  bool heads_body_before(int p);
  void role_before(int p, bool led);
  std::string ministry_named(const std::string& dept, std::size_t tb) const;
};

// Relations, member-of: agencies in a person's appositive, "A's <title> X", credits and bylines,
// "X of/at/from A".
class Membership : public RelView {
 public:
  explicit Membership(const RelView& v) : RelView(v) {}

  void membership(int p, std::size_t pe, std::size_t ae);
  bool titles_next_person(int a) const;
  void represents_in(int p, std::size_t pe);
  void affiliation(int p, std::size_t pe);
};

// Relations from careers: "X previously served as … at A, director of B", "Before joining A, X",
// "He previously served as …" (the person of the sentence before).
class Careers : public RelView {
 public:
  explicit Careers(const RelView& v) : RelView(v) {}

  void career(const RelEnd& who, std::size_t from);
  void joined_before(int p);
  void pronoun_career();
};

// Relations between the people of a sentence and the sides' delegations: listed members,
// coordinated heads, delegations under a body, counterparts.
class Delegations : public RelView {
 public:
  explicit Delegations(const RelView& v) : RelView(v) {}

  void delegation_members(const std::vector<int>& people);
  std::optional<RelEnd> participant_before(std::size_t cue) const;
  bool holder_of_post(int p) const;
  std::size_t members_cue() const;
  bool delegations_under(const std::vector<int>& people);
  void coordinated_heads(const std::vector<int>& people);
  void respective_heads(const std::vector<int>& people);
  bool leads_a_country(const Mention& x) const;
  bool leads_a_delegation(int p) const;
  void counterparts(const std::vector<int>& people);
};

// Relations, held-in / held-on: the clause tests the round rules share (the date of a meeting,
// the place after a preposition, the end of a clause).
class RoundClauses : public RelView {
 public:
  explicit RoundClauses(const RelView& v) : RelView(v) {}

  bool meeting_date(int date) const;
  bool plan_given_up(std::size_t date_begin) const;
  bool held_verb_between(std::size_t b, std::size_t e) const;
  int last_date_before(std::size_t e) const;
  std::size_t clause_end(std::size_t b, std::size_t stop) const;
  int place_after(std::size_t b, std::size_t stop) const;
  const Cue* cue_on(std::string_view kind, const Mention& x) const;
  int travelled_to(std::size_t b, std::size_t stop) const;
  int city_after_venue(int venue) const;
  bool venue_name(std::string_view name) const;
  int date_before(std::size_t round_begin) const;
  std::optional<RelEnd> talks_opened_before() const;
  bool meeting_now(std::size_t round_begin) const;
  int place_before(std::size_t round_begin) const;
  bool habitual() const;
  bool subject_at(std::size_t k) const;
  int place_after_verb(std::size_t b, std::size_t stop) const;
};

// Relations, held-in / held-on for rounds the sentence names by its talks ("talks … held",
// "meetings took place in A in March, on B in April", "the first two rounds were held in …").
class TalksHeld : public RoundClauses {
 public:
  explicit TalksHeld(const RelView& v) : RoundClauses(v) {}

  void talks_held();
  bool meeting_at_place();
  bool dated_talks(std::size_t k);
  bool visit_to_leader(std::size_t k, int place) const;
  std::size_t listed_start() const;
  bool counted_earlier_rounds();
  bool only_names_between(std::size_t b, std::size_t e) const;
  bool listed_meetings();
};

// Relations, held-in / held-on: a round mention with its place and date.
class Rounds : public RoundClauses {
 public:
  explicit Rounds(const RelView& v) : RoundClauses(v) {}

  void rounds();
};

// Relations, expires: an agreement and the date it ends ("It expires …" is the agreement of the
// sentence before).
class Expiry : public RelView {
 public:
  explicit Expiry(const RelView& v) : RelView(v) {}

  void expiry();
  bool complement(const Mention& a) const;
  void previous_agreement_expiry(std::size_t trig, int date);
};

}  // namespace newsgraph::extract::rel
