// The steps of the article stage, in the order extract/extractor.cc runs them; each works on the
// article's Draft (extract/article_draft.h). Grouped by the file that holds their rules.
#pragma once

#include <string>

#include "extract/article_draft.h"

namespace newsgraph::extract::article {

// ---- agreements: names cut to what the article writes (article_name_cuts.cc) ----
// Title-case headlines and link lines: "Evolution of Global Plastics Treaty" → "Global Plastics Treaty".
void headline_agreements(Draft& d);
// "… Partnership Agreements" beside "… Partnership Agreement": the plural is a kind of deal, no node.
void plural_kinds(Draft& d);

// ---- agreements named after their parties (article_trade_names.cc) ----
// "The EU and Japan … a free trade agreement" → "EU-Japan Free Trade Agreement".
void name_trade_agreements(Draft& d);

// ---- the article's agreement (article_series.cc) ----
// The three steps above, then the main series, its numbered instances and the one under negotiation.
void agreements(Draft& d);
// Generic references ("the deal", "the current agreement", "the protocol") get their agreement's name.
void name_generic_agreements(Draft& d);

// ---- rounds (article_rounds.cc, with article_round_lookup.h) ----
// Every round mention gets its name: numbered, placed, listed, or the round it refers to.
void name_rounds(Draft& d);

// ---- talks of no agreement (article_talks.cc) ----
// A named dialogue, else the sides of the talks ("UK-EU"), or "".
std::string talks_name(const Draft& d);
// The body whose numbered meetings the rounds are ("Constitutional Committee"), or "".
std::string meeting_body(const Draft& d);

// ---- bodies written short (article_bodies.cc) ----
// "Constitutional Committee" beside "Syrian Constitutional Committee": the full name's body.
void short_body_names(Draft& d);

// ---- entities and relations (article_entities.cc) ----
// Named mentions become entities of Draft::out, raw relations between them its relations.
void add_entities(Draft& d);

// ---- facts that say less than another (article_prune.cc) ----
// One round's most precise date stays ("on Jan. 14, 2020" over "earlier this month").
void precise_meeting_dates(Draft& d);
// One round's most specific place stays (a venue over its city, a city over its country).
void most_specific_places(Draft& d);
// Who leads an agency is not also a mere member of it.
void drop_membership_of_heads(Draft& d);
// Dates no fact needs are no nodes (the last step: it renumbers the entities).
void drop_unused_dates(Draft& d);

// ---- relations of the whole article (article_links.cc) ----
// Rounds are part of their agreement.
void part_of(Draft& d);
// The byline's people are members of the article's outlet.
void authors(Draft& d);
// Heads of different sides of the talks are counterparts.
void counterparts(Draft& d);

// ---- parties (article_parties.cc) ----
// Countries party to the article's agreement, or to an agreement written with them.
void party_to(Draft& d);

}  // namespace newsgraph::extract::article
