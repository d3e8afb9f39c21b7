#include "export/timeline.h"

#include <cctype>
#include <cstdio>

namespace newsgraph::exporter {
namespace {

// Reads `n` digits at s[pos]; -1 when they are not there.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::string iso_day(std::string_view iso) {
  const int year = digits(iso, 0, 4);
  if (year < 1 || (iso.size() != 4 && iso.size() != 7 && iso.size() != 10)) return {};
  int month = 1, day = 1;
  if (iso.size() >= 7) {
    if (iso[4] != '-' || (month = digits(iso, 5, 2)) < 1 || month > 12) return {};
  }
  if (iso.size() == 10) {
    if (iso[7] != '-' || (day = digits(iso, 8, 2)) < 1 || day > days_in_month(year, month)) return {};
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string node_start(const graph::Graph& g, graph::Vertex v) {
  const auto& n = g[v];
  if (n.type == EntityType::date) {
    std::string day = iso_day(n.label);
    if (!day.empty()) return day;
  }
  if (n.type == EntityType::round) {
    std::string earliest;
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
      if (g[*e].type != RelationType::held_on) continue;
      const std::string day = iso_day(g[boost::target(*e, g)].label);
      if (!day.empty() && (earliest.empty() || day < earliest)) earliest = day;
    }
    if (!earliest.empty()) return earliest;
  }
  for (const auto& seen : n.seen) {  // sorted: the first valid one is the earliest
    std::string day = iso_day(seen);
    if (!day.empty()) return day;
  }
  return {};
}

std::string edge_start(const graph::Graph& g, graph::Graph::edge_descriptor e,
                       const std::string& source_start, const std::string& target_start) {
  const auto type = g[e].type;
  if (type == RelationType::held_on || type == RelationType::expires) {
    std::string day = iso_day(g[boost::target(e, g)].label);
    if (!day.empty()) return day;
  }
  return source_start < target_start ? target_start : source_start;
}

}  // namespace newsgraph::exporter
