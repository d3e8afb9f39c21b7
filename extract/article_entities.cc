// Entities from the named mentions, relations from the sentences' raw relations.
#include "extract/article_steps.h"

#include <algorithm>
#include <map>

#include "extract/article_draft.h"

namespace newsgraph::extract::article {
namespace {

class Entities {
 public:
  explicit Entities(Draft& d) : d_(d) {}

  void add_entities() {
    // Every mention with a name becomes (part of) an entity, but dates only when a fact needs them.
    std::map<std::pair<int, int>, std::size_t> of_mention;
    for (std::size_t si = 0; si < d_.sents.size(); ++si)
      for (std::size_t mi = 0; mi < d_.sents[si].mentions.size(); ++mi) {
        const Mention& m = d_.sents[si].mentions[mi];
        if (m.name.empty() || m.type == EntityType::date) continue;
        of_mention[{static_cast<int>(si), static_cast<int>(mi)}] = d_.entity(m, d_.sents[si].index);
      }
    auto resolve = [&](const RelEnd& e, bool create_delegation) -> std::optional<std::size_t> {
      if (e.sentence < 0 && e.suffix) return agency_ending_with(e.name);
      if (e.sentence < 0)
        return d_.named_entity(e.type, e.name,
                               e.type == EntityType::date || (create_delegation && e.name.ends_with(" delegation")));
      const Mention& m = d_.sents[e.sentence].mentions[e.mention];
      if (m.name.empty()) return std::nullopt;
      if (m.type == EntityType::date) return d_.entity(m, d_.sents[e.sentence].index);
      auto it = of_mention.find({e.sentence, e.mention});
      if (it == of_mention.end()) return std::nullopt;
      return it->second;
    };
    for (const auto& r : d_.rels) {
      auto from = resolve(r.from, r.type == RelationType::leads);
      // (a side's delegation is made by who leads it, or by the members a sentence lists for it)
      auto to = resolve(r.to, r.type == RelationType::leads || r.type == RelationType::member_of);
      if (!from || !to) continue;
      // (two things of one type only where the kind joins such things: counterparts)
      const RelationSpec& spec = relation_spec(r.type);
      if (d_.out.entities[*from].type == d_.out.entities[*to].type && spec.from != spec.to) continue;
      d_.relation(r.type, *from, *to, r.sentence, r.rule);
    }
  }

 private:
  Draft& d_;

  // The one agency of the article whose name ends with `words` ("Department for Business and
  // Trade" for "Business and Trade"), if there is exactly one.
  std::optional<std::size_t> agency_ending_with(const std::string& words) const {
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < d_.out.entities.size(); ++i) {
      const Entity& e = d_.out.entities[i];
      if (e.type != EntityType::agency) continue;
      // by its name or a form the article wrote ("Department of National Defence" for the
      // Department of National Defense of the Philippines)
      auto ends = [&](const std::string& name) {
        return name.size() > words.size() + 1 && name.compare(name.size() - words.size(), words.size(), words) == 0 &&
               name[name.size() - words.size() - 1] == ' ';
      };
      if (!ends(e.name) && std::none_of(e.aliases.begin(), e.aliases.end(), ends)) continue;
      if (found) return std::nullopt;
      found = i;
    }
    return found;
  }
};

}  // namespace

void add_entities(Draft& d) { Entities(d).add_entities(); }

}  // namespace newsgraph::extract::article
