#include "extract/relations_rules.h"

#include <cctype>

namespace newsgraph::extract::rel {

void Titles::title_relations(int p) {
  const Mention& pm = m(p);
  const LexEntry& title = lex_.entry(static_cast<std::uint32_t>(pm.title));
  const std::string role = title.attr("role");
  const std::string org = title.attr("org");
  // "European Council President Donald Tusk": an agency right before a head title.
  std::size_t tb = pm.title_begin;
  if (role == "member" && heads_body_before(p)) return;
  if (role == "member") body_in_title(p);
  // "President of the National Assembly X", "Vice Chairman of the Nile Basin Commission X": the
  // body inside the title's portfolio.
  if (role == "head" || role == "member")
    for (int i = 0; i < count(); ++i)
      if (m(i).type == EntityType::agency && m(i).tok_begin > tb && m(i).tok_end <= pm.tok_begin) {
        emit(role == "head" ? RelationType::leads : RelationType::member_of, end(p), end(i));
        return;
      }
  // "UN Secretary-General X", "the United Nations (UN) President X": a head's title right after
  // a body (a member's or negotiator's title there is a pattern: data/patterns/members.pat);
  // "EU High Representative X" heads a body of its own (the EEAS) within the one named, so is a
  // member of that one.
  if (role == "head") {
    for (int i = 0; i < count(); ++i) {
      // (or its abbreviation just before: "The United Nations (UN) Secretary-General X")
      const bool before = m(i).tok_end == tb || (m(i).tok_end + 1 == tb && t_[tb - 1].text == ")");
      if (m(i).type != EntityType::agency || !before || m(i).delegation) continue;
      const auto own = org.empty() ? std::nullopt : lex_.find(LexKind::agency, org);
      const bool seat = (own && lex_.entry(*own).name != m(i).name) || country_seat(m(i));
      emit(seat ? RelationType::member_of : RelationType::leads, end(p), end(i));
      return;
    }
  }
  // "Business and Trade Secretary X": the department of that portfolio, if the article names it.
  // (not a country's adjective: "Venezuelan President X" names no department "Venezuelan")
  if ((role == "head" || role == "member" || role.empty()) && org.empty() && tb >= 1 && t_[tb - 1].cap &&
      mention_at(tb - 1) < 0 && !lex_.country_by_adjective(t_[tb - 1].text)) {
    std::size_t pb = tb;
    while (pb > 0 && (t_[pb - 1].cap || (is(t_[pb - 1], "and") && pb >= 2 && t_[pb - 2].cap)) && mention_at(pb - 1) < 0 &&
           tb - pb < 6)
      --pb;
    if (pb < tb) {
      RelEnd dept = named(EntityType::agency, std::string(s_.text.substr(t_[pb].begin, t_[tb - 1].end() - t_[pb].begin)));
      dept.suffix = true;
      // "Defence Undersecretary X" works there; "Business and Trade Secretary X" heads it
      emit(role == "member" ? RelationType::member_of : RelationType::leads, end(p), std::move(dept));
      return;
    }
  }
  // "the Egyptian irrigation minister X", "water resources minister X": a minister after a
  // lower-case portfolio heads that country's ministry of it, if the article names it.
  if (title.name == "Minister" && tb >= 1) {
    for (std::size_t k = std::min<std::size_t>(3, tb); k >= 1; --k) {
      if (!t_[tb - k].word || t_[tb - k].cap || mention_at(tb - k) >= 0) continue;
      const std::string dept = lex_.ministry_for(s_.text.substr(t_[tb - k].begin, t_[tb - 1].end() - t_[tb - k].begin));
      if (dept.empty()) continue;
      const std::string name = ministry_named(dept, tb - k);
      if (!name.empty()) {
        emit(RelationType::leads, end(p), named(EntityType::agency, name));
        return;
      }
      break;
    }
  }
  // "defence undersecretary X": a member's title after a lower-case portfolio works in the
  // department of that portfolio, if the article names it ("Department of National Defence").
  if (role == "member" && org.empty() && tb >= 1 && t_[tb - 1].word && !t_[tb - 1].cap && mention_at(tb - 1) < 0 &&
      !lex_.ministry_for(std::string(t_[tb - 1].text)).empty()) {
    std::string word(t_[tb - 1].text);
    word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    RelEnd dept = named(EntityType::agency, std::move(word));
    dept.suffix = true;
    emit(RelationType::member_of, end(p), std::move(dept));
    return;
  }
  if ((role == "head" || role == "member") && !org.empty() && lex_.find(LexKind::agency, org)) {
    // The title names its agency outright ("Business and Trade Secretary": Department for
    // Business and Trade): the edge stands if the article names that agency.
    emit(role == "head" ? RelationType::leads : RelationType::member_of, end(p),
         named(EntityType::agency, lex_.entry(*lex_.find(LexKind::agency, org)).name));
    return;
  }
  if ((role == "head" || role == "member") && !org.empty()) {
    // The ministry the title names, for the country before it or the article's own.
    const auto words = org.find(' ');
    const std::string dept = lex_.ministry_for(org.substr(0, words));
    if (dept.empty()) return;
    const std::string name = ministry_named(dept, tb);
    if (name.empty()) return;
    emit(role == "head" ? RelationType::leads : RelationType::member_of, end(p), named(EntityType::agency, name));
  }
}

// The ministry of portfolio `dept` a title written at tb belongs to: of the country just before
// it, else the one the article named for that portfolio; "" if neither.
std::string Titles::ministry_named(const std::string& dept, std::size_t tb) const {
  if (tb > 0)
    if (auto c = side_in(tb >= 3 ? tb - 3 : 0, tb, tb)) return "Ministry of " + dept + " of " + ministry_country(lex_.entry(*c));
  auto it = ctx_.ministries.find(dept);
  if (it == ctx_.ministries.end()) return {};
  // (not another country's: "South Korea's chief negotiator, Assistant Commerce Minister X"
  // in an article that names China's commerce ministry)
  const auto own = side_in(tb >= 8 ? tb - 8 : 0, tb, tb);
  if (own && !it->second.ends_with(" of " + ministry_country(lex_.entry(*own)))) return {};
  return it->second;
}

// "US Treasury Secretary X", "the British Treasury Secretary X": the body's last word and the member's
// title after it are a head's title of the lexicon ("Treasury Secretary"): X heads the body named.
bool Titles::heads_body_before(int p) {
  const std::size_t tb = m(p).title_begin;
  const int a = tb >= 1 ? mention_at(tb - 1) : -1;
  if (a < 0 || m(a).type != EntityType::agency || m(a).delegation) return false;
  for (const auto& tm : lex_.matches(t_, tb - 1)) {
    const LexEntry& title = lex_.entry(tm.entry);
    if (title.kind != LexKind::title || title.attr("role") != "head" || tb - 1 + tm.length != m(p).tok_begin) continue;
    emit(RelationType::leads, end(p), end(a));
    return true;
  }
  return false;
}

// "EU Trade Commissioner X": a member's title the lexicon writes with its body's short name
// ("EU") makes X a member of that body too, where the article names it (no edge otherwise).
void Titles::body_in_title(int p) {
  const std::size_t tb = m(p).title_begin;
  if (tb >= m(p).tok_begin || mention_at(tb) >= 0) return;
  for (const auto& tm : lex_.matches(t_, tb)) {
    const LexEntry& body = lex_.entry(tm.entry);
    if (body.kind != LexKind::agency || !body.attr("outlet").empty() || tb + tm.length >= m(p).tok_begin) continue;
    emit(RelationType::member_of, end(p), named(EntityType::agency, body.name));
    return;
  }
}

// "foreign ministry spokesman Geng Shuang", "Joint River Commission member X", "JRC Executive
// Engineer X": a body, a role, then the name (a head's role makes it leads, unless the person
// was found to lead something else already: `led`).
void Titles::role_before(int p, bool led) {
  // a role may be the title ("spokeswoman"); an honorific is passed over ("chief Sir Mark Sedwill")
  const bool honorific = m(p).title >= 0 &&
                         lex_.entry(static_cast<std::uint32_t>(m(p).title)).attr("role") == "honorific";
  const std::size_t tb = honorific ? m(p).title_begin : m(p).tok_begin;
  std::size_t k = tb;
  if (k > 1 && t_[k - 1].text == "," && is_any(t_[k - 2], lex_.words(Words::roles))) --k;  // "Taliban spokesman, Suhail Shaheen"
  bool role = false, head = false, qualified = false;
  // the role's words, and lower-case words qualifying it ("political spokesman")
  while (k > 0 && tb - k < 4 && mention_at(k - 1) < 0 && t_[k - 1].word &&
         (is_any(t_[k - 1], lex_.words(Words::roles)) || is_any(t_[k - 1], lex_.words(Words::head_roles)) ||
          is_any(t_[k - 1], lex_.words(Words::role_parts)) ||
          // (qualifiers stand before the role: "officials to meet with X" is no role of X)
          (role && !t_[k - 1].cap && !t_[k - 1].digit && !is(t_[k - 1], "and") && !is(t_[k - 1], "the")))) {
    --k;
    role = role || is_any(t_[k], lex_.words(Words::roles)) || is_any(t_[k], lex_.words(Words::head_roles));
    // a head of part of the body only: "U.N. climate chief", "deputy director"
    qualified = qualified || !(is_any(t_[k], lex_.words(Words::roles)) || is_any(t_[k], lex_.words(Words::head_roles)) ||
                               is_any(t_[k], lex_.words(Words::role_parts)));
    head = head || is_any(t_[k], lex_.words(Words::head_roles));
  }
  if (!role || k == 0) return;
  const int a = mention_at(k - 1);
  if (a < 0 || m(a).type != EntityType::agency || m(a).tok_end != k || m(a).outlet) return;
  const bool leads = head && !qualified && !m(a).delegation;
  if (led && (leads || m(a).delegation)) return;  // (the head of a delegation is no mere member of it)
  emit(leads ? RelationType::leads : RelationType::member_of, end(p), end(a));
}

}  // namespace newsgraph::extract::rel
