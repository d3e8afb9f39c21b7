// Entity resolution across articles: one node per real thing.
//
// Candidate "same as" links between nodes of one type, then boost::connected_components;
// each component becomes one node (names, aliases, mentions and sources united, label the
// fullest well-formed name) and edges are carried over, parallel ones merged.
//
// Rules (each link is made only when the target is unique — the guard against chaining two
// different things through an ambiguous short form):
// - same normalised name (a name any article used as canonical);
// - person: a one-word or partial name ("Trump", "Garcia Bercero") that is the family-name
//   end (or, for East Asian names, the first word) of exactly one full name in the graph;
// - round: same ordinal and same place (held-in) or same date (held-on); a round of a numbered
//   agreement instance absorbs the round of the bare series, never of another instance.
// Kept apart: two people sharing a surname (the short form is then ambiguous, no link);
// a city and a country (different types of node keys); agreement instances of different
// ordinals; a person and a place of the same spelling (different types).
#pragma once

#include "graph/graph.h"

namespace newsgraph::graph {

// Returns the graph with same-as components merged (takes the graph: node data is moved, not copied).
Graph resolve_graph(Graph g);

// Shared with graph.cc: unite `from` into `into`, and pick a node's label from its names.
void merge_into(NodeData& into, const NodeData& from);
void merge_into(NodeData& into, NodeData&& from);  // moves set nodes instead of copying
void choose_label(NodeData& node);

}  // namespace newsgraph::graph
