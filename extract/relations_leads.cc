#include "extract/relations_rules.h"

#include <algorithm>

namespace newsgraph::extract::rel {

void Leads::leads_and_membership() {
  DescribedLeads described(*this);
  Negotiators cues(*this);
  Titles titles(*this);
  Membership members(*this);
  Careers careers(*this);
  Delegations sides(*this);
  std::vector<int> people;
  for (int i = 0; i < count(); ++i)
    if (m(i).type == EntityType::person) people.push_back(i);
  if (people.empty()) {
    careers.pronoun_career();
    return;
  }

  const bool any_lead = first_cue("lead") != nullptr, any_led_by = first_cue("led-by") != nullptr;
  for (int p : people) {
    const Mention& pm = m(p);
    const std::size_t pb = pm.tok_begin, pe = pm.tok_end;
    const bool appositive = pe < n() && (t_[pe].text == "," || t_[pe].text == "(");
    const std::size_t ae = appositive ? appositive_end(p) : pe;
    bool led = false;

    // "X (has) led / will lead / heads D", "X … appointed … to head D": a lead cue
    // (data/patterns/leads.pat) after the name, the body right after it
    // (a name that is an object — after a comma or a preposition — is not the subject of a
    // participle clause after it: "… Chief of Staff to the President, B, before becoming head of D")
    const bool object = pb > 0 && (t_[pb - 1].text == "," || is(t_[pb - 1], "of") || is(t_[pb - 1], "to") ||
                                   is(t_[pb - 1], "with") || is(t_[pb - 1], "by"));
    for (std::size_t k = pe; any_lead && k < std::min(n(), pe + 25) && !led; ++k) {
      const int mi = mention_at(k);
      if (mi >= 0 && m(mi).type == EntityType::person) break;
      if (is_any(t_[k], lex_.words(Words::clause_breaks)) || t_[k].text == ";") break;
      if (object && t_[k].text == "," && k + 2 < n() && (is(t_[k + 1], "before") || is(t_[k + 1], "after")) &&
          t_[k + 2].text.ends_with("ing"))
        break;
      const Cue* verb = cue_from("lead", k);
      if (!verb) continue;
      if (k > 0 && is(t_[k - 1], "by")) break;
      int d = first_of(EntityType::agency, verb->end, std::min<std::size_t>(n(), verb->end + 4));
      // "heads the EU's Task Force": the possessed agency; "chairs the Parliament's trade
      // committee": a part of the body, which is no node
      if (d >= 0 && m(d).tok_end + 1 < n() && t_[m(d).tok_end].text == "'s") {
        const int owned = mention_at(m(d).tok_end + 1);
        if (owned >= 0 && m(owned).type == EntityType::agency) d = owned;
        else if (!t_[m(d).tok_end + 1].cap) d = -1;
      }
      if (d >= 0) {
        emit_by(*verb, RelationType::leads, end(p), end(d));
        led = true;
      } else if (talks_object(verb->end)) {
        // "A, …, and B, … led the talks": each leads their own side, as in "the talks were led by A and B"
        led = led_talks({p});
        break;
      }
    }
    // "… will lead the EU side": a country-named side ("side" is a delegation word).
    // "D (has been / will be / was) led|headed by X": a led-by cue (data/patterns/leads.pat)
    // ending where the name, its title or a short description of it starts
    if (any_led_by) {
      std::size_t tb = pm.title >= 0 ? pm.title_begin : pb;
      const auto by_before = [&](std::size_t k) { return cue_to("led-by", k) != nullptr; };
      // "led by presidential aide Vladimir Medinsky": step back over a lower-case description
      for (std::size_t k = tb, words = 0; k > 1 && words < 3 && t_[k - 1].word && !t_[k - 1].cap; --k, ++words)
        if (by_before(k)) break;
        else if (by_before(k - 1)) { tb = k - 1; break; }
      // "led by U.S. Special Presidential Envoy …": step back over the country before the title.
      while (tb >= 3 && !by_before(tb) && (mention_at(tb - 1) >= 0 || adjective_at(tb - 1)) &&
             (mention_at(tb - 1) < 0 || m(mention_at(tb - 1)).type == EntityType::place))
        --tb;
      // "headed by the US Deputy Secretary of state … X"
      if (tb >= 3 && tb < pb && is(t_[tb - 1], "the") && by_before(tb - 1)) --tb;
      // "spearheaded by Joint River Commission member X", "headed by Syria's UN ambassador X":
      // what describes the leader between the verb and the name — lower-case words, a body, a
      // country, "'s", "the" — up to 8 tokens
      for (std::size_t k = tb, steps = 0; !by_before(tb) && k > 1 && steps < 8; ++steps) {
        const Token& w = t_[k - 1];
        const int mi = mention_at(k - 1);
        if (mi >= 0 && (m(mi).type == EntityType::agency || m(mi).type == EntityType::place)) k = m(mi).tok_begin;
        else if (mi < 0 && (w.text == "'s" || w.text == "\u2019s" || (w.word && !w.cap) || adjective_at(k - 1))) --k;
        else break;
        if (by_before(k)) tb = k;
      }
      if (const Cue* by = cue_to("led-by", tb)) {
        const int d = subject_agency(by->begin);
        if (d >= 0) {
          emit_by(*by, RelationType::leads, end(p), end(d));
          led = true;
        } else if (talks_subject(by->begin)) {
          led = led_talks(people) || led;
        }
      }
    }

    if (!led) led = described.gapped_representation(p);
    // Negotiator cue around the name: "South Korea's chief negotiator X", "X, … represents Y".
    if (!led) led = cues.negotiator(p, pb, ae);
    // "talks … between A, Peru's chief negotiator, and B, a senior Chilean trade official": B heads
    // the other side
    if (!led && across_the_table(p)) led = led_talks({p});

    // A title that makes X head of an agency named in the article.
    if (pm.title >= 0) titles.title_relations(p);

    // "X, head of A", "the A committee chief X": patterns (data/patterns/leads.pat)
    if (!led) led = led_by_pattern(p);

    // "the head of the Afghan negotiating team(,) X", "The leader of the government's delegation, X"
    if (!led) led = described.head_of_before(p);
    // "was led by its Foreign Minister, Dr. Fuad Hussein", "Leading the Seychelles' delegation … is
    // X" (a pattern, checked above), "From the Japanese side, X, … (Chief Delegate)"
    if (!led) led = described.led_by_described(p);
    if (!led) led = described.chief_delegate(p, pe, ae);

    // Membership: agencies in the appositive, "A's <title> X", credits "(X / AFP)".
    members.membership(p, pe, ae);
    members.affiliation(p, pe);
    members.represents_in(p, pe);
    titles.role_before(p, led);
    careers.career(end(p), pe);
    if (p == people.front()) careers.joined_before(p);
  }
  // "He previously served as …": the person of the sentence before.
  if (people.empty() || m(people.front()).tok_begin > 3) careers.pronoun_career();

  sides.delegations_under(people);
  sides.coordinated_heads(people);
  sides.respective_heads(people);
  sides.counterparts(people);
  sides.delegation_members(people);
}

// Whether a pattern (run before this code) made person p lead a body in this sentence: the
// code's fallbacks then leave p alone, as they would after one of their own rules.
bool Leads::led_by_pattern(int p) const {
  return std::any_of(out_.begin(), out_.end(), [&](const RawRelation& r) {
    return r.type == RelationType::leads && r.sentence == static_cast<int>(si_) && r.from.sentence == r.sentence &&
           r.from.mention == p && !r.rule.starts_with("code");
  });
}

// Whether p is named after "talks … between" with someone before them in the sentence who leads a
// side's delegation: the talks are between the sides' heads, so p is one.
bool Leads::across_the_table(int p) const {
  const std::size_t tb = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
  std::size_t k = tb;
  while (k > 0 && tb - k < 30 && !is(t_[k - 1], "between") && t_[k - 1].text != ";") --k;
  if (k == 0 || !is(t_[k - 1], "between")) return false;
  bool talks = false;  // talks (a talk word or a round) right before "between"
  for (std::size_t q = k - 1; q > 0 && k - q <= 7 && !talks; --q) {
    const int mi = mention_at(q - 1);
    talks = is_any(t_[q - 1], lex_.words(Words::talk_words)) || (mi >= 0 && m(mi).type == EntityType::round);
  }
  if (!talks) return false;
  // a head of a side's delegation among the people between "between" and p
  return std::any_of(out_.begin(), out_.end(), [&](const RawRelation& r) {
    if (r.type != RelationType::leads || r.sentence != static_cast<int>(si_) || r.from.sentence != r.sentence ||
        r.from.mention == p || r.from.mention < 0)
      return false;
    const Mention& q = m(r.from.mention);
    const bool delegation = r.to.sentence == r.sentence && r.to.mention >= 0 ? m(r.to.mention).delegation
                                                                             : r.to.name.ends_with(" delegation");
    return delegation && q.tok_begin >= k && q.tok_end <= tb;
  });
}

// "The talks will be led by A, …, and B, …": each person leads their side's delegation.
bool Leads::led_talks(const std::vector<int>& people) {
  bool any = false;
  for (int p : people) {
    const std::size_t pe = m(p).tok_end;
    const std::size_t ae = appositive_end(p);
    // A delegation named in the person's own clause ("to head the South Korean negotiation team").
    int d = -1;
    for (int i = 0; i < count(); ++i)
      if (m(i).type == EntityType::agency && m(i).delegation && m(i).tok_begin >= pe && m(i).tok_begin < ae) d = i;
    if (d >= 0) {
      emit(RelationType::leads, end(p), end(d));
      any = true;
      continue;
    }
    std::size_t tb = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
    // "… for the UK and Daniel Mullaney, the assistant US trade representative": the person's
    // own appositive says the side before the words of the one named before
    std::optional<std::uint32_t> c;
    if (pe < n() && t_[pe].text == ",") c = side_in(pe, ae, pe);
    if (!c) c = side_in(tb >= 2 ? tb - 2 : 0, tb, tb);
    if (!c) c = side_in(pe, ae, pe);
    if (!c && tb > 0 && is(t_[tb - 1], "by") && (c = opening_side())) {
      // "For the US, the talks will be led by X and include Y, Z": X heads the side (its members
      // are delegation_members')
      emit(RelationType::leads, end(p), delegation_of(*c));
      any = true;
      continue;
    }
    if (c) {
      emit(RelationType::leads, end(p), delegation_of(*c));
      any = true;
    }
  }
  return any;
}

}  // namespace newsgraph::extract::rel
