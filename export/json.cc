// Node-link JSON, the shape NetworkX's node_link_graph, D3, Sigma.js and Cytoscape.js adapters
// read (../shared/FORMATS.md): {"directed", "multigraph", "graph", "nodes", "links"}. Written
// as nlohmann-json writes it (the frame by nlohmann, nodes and links as the same text, made on
// several threads): strict JSON, no NaN, every link end a node id. Two relations between the
// same pair of nodes are two links told apart by "key" (the relation kind), so the graph is a
// multigraph.
#include <nlohmann/json.hpp>

#include <cmath>

#include "export/document.h"
#include "export/json_text.h"
#include "export/parallel.h"
#include "export/parts.h"
#include "export/selection.h"
#include "export/style.h"
#include "export/timeline.h"

namespace newsgraph::exporter {
namespace {

using nlohmann::json;

// Invalid UTF-8 (never produced by the extractor) would become U+FFFD rather than throw.
std::string dumped(const json& value) { return value.dump(1, ' ', false, json::error_handler_t::replace); }

// Nodes and links are written straight as text, as nlohmann's dump(1, ' ', false, replace) of the
// whole document writes them (one space of indent per level; keys sorted; nlohmann writes the
// strings that need it and the doubles, export/json_text.h): building a json object per node
// only to dump it cost more than all the rest. `depth` is a value's nesting level; the
// members of an object at depth d sit at d + 1.
void member(std::string& out, bool& first, unsigned depth, const char* key) {
  out += first ? "\n" : ",\n";
  first = false;
  out.append(depth, ' ');
  out += '"';
  out += key;
  out += "\": ";
}

void close(std::string& out, unsigned depth, char bracket) {
  out += '\n';
  out.append(depth, ' ');
  out += bracket;
}

void str(std::string& out, std::string_view s) { append_json_string(out, s, false); }

template <class Items>  // strings in order: a std::set, or Sources::sorted()
void strings(std::string& out, const Items& items, unsigned depth) {
  if (items.empty()) {
    out += "[]";
    return;
  }
  out += '[';
  bool first = true;
  for (const auto& item : items) {
    out += first ? "\n" : ",\n";
    first = false;
    out.append(depth + 1, ' ');
    str(out, item);
  }
  close(out, depth, ']');
}

// A node, as an item of the top-level "nodes" list (depth 2).
void append_node(std::string& out, const Selection& sel, std::size_t i, const std::string& start) {
  constexpr unsigned kMember = 3;
  const auto& n = sel.graph()[sel.nodes[i]];
  bool first = true;
  out += '{';
  member(out, first, kMember, "aliases");
  strings(out, n.aliases, kMember);
  member(out, first, kMember, "color");
  str(out, hex_colour(style_of(n.type)));
  if (!n.country.empty()) {
    member(out, first, kMember, "country");
    str(out, n.country);
  }
  if (!n.seen.empty()) {
    member(out, first, kMember, "first_seen");
    str(out, *n.seen.begin());
  }
  member(out, first, kMember, "id");
  str(out, sel.ids[i]);
  member(out, first, kMember, "label");
  str(out, n.label);
  if (!n.seen.empty()) {
    member(out, first, kMember, "last_seen");
    str(out, *n.seen.rbegin());
  }
  if (n.lat && n.lon && std::isfinite(*n.lat) && std::isfinite(*n.lon)) {
    member(out, first, kMember, "lat");
    append_json_double(out, *n.lat);
    member(out, first, kMember, "lon");
    append_json_double(out, *n.lon);
  }
  member(out, first, kMember, "mentions");
  append_json_int(out, n.mentions);
  member(out, first, kMember, "size");
  append_json_double(out, node_size(n));
  member(out, first, kMember, "sources");
  strings(out, n.sources.sorted(), kMember);
  if (!start.empty()) {
    member(out, first, kMember, "start");
    str(out, start);
  }
  member(out, first, kMember, "type");
  str(out, to_string(n.type));
  close(out, kMember - 1, '}');
}

// A link, as an item of the top-level "links" list (depth 2).
void append_link(std::string& out, const Selection& sel, std::size_t i, const std::vector<std::string>& start) {
  constexpr unsigned kMember = 3;
  const graph::Graph& g = sel.graph();
  const auto& e = sel.edges[i];
  const auto& d = g[e.edge];
  const std::string_view kind = to_string(d.type);
  bool first = true;
  out += '{';
  if (!relation_spec(d.type).builtin) {  // a declared kind: its own colour; built-in ones as before
    member(out, first, kMember, "color");
    str(out, relation_colour(d.type));
  }
  member(out, first, kMember, "evidence");
  if (d.evidence.empty()) {
    out += "[]";
  } else {
    out += '[';
    bool first_evidence = true;
    for (const auto& ev : d.evidence) {  // objects at depth 4, their members at 5
      out += first_evidence ? "\n" : ",\n";
      first_evidence = false;
      out.append(kMember + 1, ' ');
      out += '{';
      bool first_field = true;
      member(out, first_field, kMember + 2, "article");
      str(out, ev.article);
      member(out, first_field, kMember + 2, "sentence");
      append_json_int(out, ev.sentence);
      member(out, first_field, kMember + 2, "text");
      str(out, ev.text);
      close(out, kMember + 1, '}');
    }
    close(out, kMember, ']');
  }
  member(out, first, kMember, "key");
  str(out, kind);
  member(out, first, kMember, "label");
  str(out, kind);
  member(out, first, kMember, "source");
  str(out, sel.source_id(e));
  member(out, first, kMember, "sources");
  strings(out, d.sources.sorted(), kMember);
  const std::string from = edge_start(g, e.edge, start[boost::source(e.edge, g)], start[boost::target(e.edge, g)]);
  if (!from.empty()) {
    member(out, first, kMember, "start");
    str(out, from);
  }
  member(out, first, kMember, "target");
  str(out, sel.target_id(e));
  member(out, first, kMember, "type");
  str(out, kind);
  member(out, first, kMember, "weight");
  append_json_int(out, static_cast<long long>(d.sources.size()));
  close(out, kMember - 1, '}');
}

// Where the links and the nodes go in the frame.
constexpr const char* kLinksMarker = "newsgraph-links";
constexpr const char* kNodesMarker = "newsgraph-nodes";

}  // namespace

void save_json(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads, Sink& out) {
  const Selection sel = select(kg, filter, threads);
  const graph::Graph& g = kg.graph();
  std::vector<std::string> start(boost::num_vertices(g));
  parallel_for(sel.nodes.size(), threads, [&](std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e; ++i) start[sel.nodes[i]] = node_start(g, sel.nodes[i]);
  });

  // The frame: a list holds a marker string where its items go, unless it is empty ("[]").
  json graph_data = {{"name", "newsgraph"}, {"articles", kg.articles()}};
  if (!kg.article_info().empty()) graph_data["article_info"] = json::parse(article_info_json(kg.article_info()));
  const json frame = {{"directed", true},
                      {"multigraph", true},
                      {"graph", std::move(graph_data)},
                      {"nodes", sel.nodes.empty() ? json::array() : json::array({kNodesMarker})},
                      {"links", sel.edges.empty() ? json::array() : json::array({kLinksMarker})}};
  const std::string text = dumped(frame) + "\n";
  constexpr std::string_view kSeparator = ",\n  ";  // between two items of a top-level list

  // Keys are sorted: "links" comes before "nodes".
  std::string_view rest = text;
  if (!sel.edges.empty()) {
    const FrameParts around = split_frame(rest, "\"" + std::string(kLinksMarker) + "\"", false);
    out.write(around.before);
    write_items(
        sel.edges.size(), threads, out,
        [&](std::size_t begin, std::size_t end, std::string* texts) {
          for (std::size_t i = begin; i < end; ++i) append_link(texts[i - begin], sel, i, start);
        },
        kSeparator);
    rest = around.after;
  }
  if (!sel.nodes.empty()) {
    const FrameParts around = split_frame(rest, "\"" + std::string(kNodesMarker) + "\"", false);
    out.write(around.before);
    write_items(
        sel.nodes.size(), threads, out,
        [&](std::size_t begin, std::size_t end, std::string* texts) {
          for (std::size_t i = begin; i < end; ++i) append_node(texts[i - begin], sel, i, start[sel.nodes[i]]);
        },
        kSeparator);
    rest = around.after;
  }
  out.write(rest);
}

}  // namespace newsgraph::exporter
