// Facts that say less than another fact of the article: a vaguer date or place of one round,
// membership beside leadership, dates no fact needs.
#include "extract/article_steps.h"

#include <set>
#include <utility>

#include "extract/article_draft.h"

namespace newsgraph::extract::article {
namespace {

class Prune {
 public:
  explicit Prune(Draft& d) : d_(d) {}

  // "earlier this month" and "on Jan. 14, 2020" for one round: the most precise date stays.
  void precise_meeting_dates() {
    auto& rs = d_.out.relations;
    std::vector<bool> drop(rs.size(), false);
    for (std::size_t i = 0; i < rs.size(); ++i)
      for (std::size_t j = 0; j < rs.size(); ++j) {
        if (i == j || rs[i].type != RelationType::held_on || rs[j].type != RelationType::held_on ||
            rs[i].from != rs[j].from)
          continue;
        const std::string& a = d_.out.entities[rs[i].to].name;
        const std::string& b = d_.out.entities[rs[j].to].name;
        if (b.size() > a.size() && b.compare(0, a.size(), a) == 0) drop[i] = true;
        // "talks began Sunday … held more talks on Monday": held-on is a round's first day
        if (a.size() == 10 && b.size() == 10 && b < a) drop[i] = true;
      }
    std::vector<Relation> kept;
    for (std::size_t i = 0; i < rs.size(); ++i)
      if (!drop[i]) kept.push_back(std::move(rs[i]));
    rs = std::move(kept);
    // A date no fact needs any more is no node: entities are filtered at the end of build().
  }

  // "talks at the Niederoesterreich Palace … ended here (Vienna)": held-in keeps the most specific
  // place, a venue rather than the city it is in.
  void most_specific_places() {
    auto& rs = d_.out.relations;
    std::vector<bool> drop(rs.size(), false);
    for (std::size_t i = 0; i < rs.size(); ++i) {
      if (rs[i].type != RelationType::held_in) continue;
      // "talks in Mexico" of a round held in Mexico City: the city
      const Entity& to = d_.out.entities[rs[i].to];
      if (const auto c = d_.lex.find(LexKind::country, to.name); c && d_.lex.entry(*c).name == to.name)
        for (std::size_t j = 0; j < rs.size() && !drop[i]; ++j)
          drop[i] = j != i && rs[j].type == RelationType::held_in && rs[j].from == rs[i].from &&
                    d_.out.entities[rs[j].to].country == to.country && d_.out.entities[rs[j].to].name != to.name;
      const std::string& name = d_.out.entities[rs[i].to].name;
      auto venue = d_.lex.find(LexKind::venue, name);
      // A venue known by its head word only ("Hyatt Regency hotel"): the city held-in beside it,
      // in the same sentence or the two before ("talks in Caracas. The meeting took place at the
      // La Casona Residence"), is where it stands.
      // (also a body hosting the talks, taken for the place it stands: "Korea Institute for
      // Defense Analyses"; a place named like a body is no town)
      const bool headed = !venue && (is_headed_venue(name) || d_.lex.names_a_body(name));
      if (!venue && !headed) continue;
      const std::string city = venue ? d_.lex.entry(*venue).attr("city") : std::string();
      for (std::size_t j = 0; j < rs.size(); ++j)
        if (j != i && rs[j].type == RelationType::held_in && rs[j].from == rs[i].from &&
            (venue ? d_.out.entities[rs[j].to].name == city
                   : rs[j].sentence <= rs[i].sentence && rs[j].sentence + 2 >= rs[i].sentence &&
                         !is_headed_venue(d_.out.entities[rs[j].to].name)))
          drop[j] = true;
    }
    std::vector<Relation> kept;
    for (std::size_t i = 0; i < rs.size(); ++i)
      if (!drop[i]) kept.push_back(std::move(rs[i]));
    rs = std::move(kept);
  }

  // Who leads an agency is not also listed as a mere member of it.
  void drop_membership_of_heads() {
    auto& rs = d_.out.relations;
    std::set<std::pair<std::size_t, std::size_t>> heads;
    for (const auto& r : rs)
      if (r.type == RelationType::leads) heads.insert({r.from, r.to});
    std::erase_if(rs, [&](const Relation& r) { return r.type == RelationType::member_of && heads.count({r.from, r.to}); });
  }

  // Dates are nodes only when a fact needs them.
  void drop_unused_dates() {
    std::vector<bool> used(d_.out.entities.size(), false);
    for (const auto& r : d_.out.relations) used[r.from] = used[r.to] = true;
    std::vector<std::size_t> remap(d_.out.entities.size());
    std::vector<Entity> kept;
    for (std::size_t i = 0; i < d_.out.entities.size(); ++i) {
      if (d_.out.entities[i].type == EntityType::date && !used[i]) continue;
      remap[i] = kept.size();
      kept.push_back(std::move(d_.out.entities[i]));
    }
    d_.out.entities = std::move(kept);
    for (auto& r : d_.out.relations) {
      r.from = remap[r.from];
      r.to = remap[r.to];
    }
  }

 private:
  Draft& d_;

  bool is_headed_venue(std::string_view name) const {
    const auto sp = name.rfind(' '), first = name.find(' ');
    return sp != std::string_view::npos &&
           (d_.lex.is_venuehead(name.substr(sp + 1)) || d_.lex.is_venuehead(name.substr(0, first), true));
  }
};

}  // namespace

void precise_meeting_dates(Draft& d) { Prune(d).precise_meeting_dates(); }
void most_specific_places(Draft& d) { Prune(d).most_specific_places(); }
void drop_membership_of_heads(Draft& d) { Prune(d).drop_membership_of_heads(); }
void drop_unused_dates(Draft& d) { Prune(d).drop_unused_dates(); }

}  // namespace newsgraph::extract::article
