// Entity resolution across articles: one node per real thing.
//
// Candidate "same as" links between nodes of one type, then boost::connected_components;
// each component becomes one node (names, aliases, mentions and sources united, label the
// fullest well-formed name) and edges are carried over, parallel ones merged. Resolution runs
// again until nothing merges (a merge can make an ambiguous short form unique).
//
// Rules — every link is made only when its target is unique, the guard against chaining two
// different things through an ambiguous short form:
// - same normalised name (any name an article used as canonical);
// - person: a one-word or partial name ("Trump", "Garcia Bercero") that ends exactly one full
//   name (or, for East Asian names with a hyphenated given name or three words, starts it);
//   the same name without middle initials ("Marshall S. Billingslea"); the same name in another
//   romanisation (lexicon kind `variant`: "Chung Eun-bo" / "Jeong Eun-bo");
// - agency: initials alone ("AMPTP") and the one body another article spelled them out for,
//   when they are its name's initials;
// - round: same number and a shared place or date (an empty or bare series meets an instance,
//   unless the place also holds rounds of two different instances); a bare-series round joins
//   the one instance round of its number; a round named by its place joins the one numbered
//   round of the same talks held there. Never when the dates or places contradict, or when the
//   articles reporting them are more than a year apart; a session called by the same code
//   ("COP29", "INC-4") in two articles, whatever talks each named it after.
// Kept apart: two people sharing a surname (the short form is ambiguous: no link); a city and
// the country its name stands for (different node keys: "Seoul" place vs "South Korea");
// agreement instances of different ordinals; a person and a place of one spelling (types).
#pragma once

#include <memory>

#include "graph/graph.h"

namespace newsgraph::graph {

// Builds in `out` (empty) the graph `in` with same-as components merged. The rvalue form moves
// node and edge data out of `in` instead of copying it. Graph is not movable (boost's
// adjacency_list copies on std::move and on swap), hence the out-parameter.
void resolve_graph(const Graph& in, Graph& out);
void resolve_graph(Graph&& in, Graph& out);
// The same result, merged within `g`: for the later passes, which merge a handful of nodes
// (rebuilding the whole graph for them cost most of the resolution). Returns the nodes removed.
std::size_t resolve_in_place(Graph& g);
// A later pass: merges in place when few nodes merge, else rebuilds `g` (a new graph: Graph
// cannot be moved). Returns the nodes merged away.
std::size_t resolve_again(std::unique_ptr<Graph>& g);

// After merging: a round reported with its agreement's instance in one article and with the
// bare series in another ("Round 2 of the 10th SMA talks" / "Round 2 of the SMA talks") is part
// of the agreement its name says, not of both: part-of edges to the same agreement's series or
// other instances are dropped when one goes to the agreement the round's label names.
void part_of_as_named(Graph& g);

// Shared with graph.cc: unite `from` into `into`, and pick a node's label from its names.
void merge_into(NodeData& into, const NodeData& from);
void merge_into(NodeData& into, NodeData&& from);  // moves set nodes instead of copying
// Keeps the kMaxEvidence smallest pieces of evidence (article id, sentence): the same ones
// whatever order articles and graphs were added or merged in.
void trim_evidence(EdgeData& e);
// Adds an a → b edge, or unites the data with the a → b edge of its type (sources, evidence).
void unite_edge(Graph& g, Vertex a, Vertex b, const EdgeData& data);
void unite_edge(Graph& g, Vertex a, Vertex b, EdgeData&& data);
void choose_label(NodeData& node);

}  // namespace newsgraph::graph
