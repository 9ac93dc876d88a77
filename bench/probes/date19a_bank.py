"""Date-conflict wording bank written by helper date19a, round 19. It imitates the
sports, culture, science and disaster desks: match and race reports, festival and
premiere copy, science news (launches, discoveries, lab incidents), timelines and
"what we know" explainers, anniversary pieces, live-blog entries and captions, with the
date placed on the verb, in relative clauses, in fronted adverbials, clefts, dashes,
quotes, "since" and "when" clauses and short captions."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "final",
        ("was played", "kicked off", "went to extra time"),
        ("the organisers", "the football association", "match officials"),
        hosted=True,
    ),
    EventKind(
        "grand prix",
        ("was run", "was raced", "was won from pole"),
        ("race organisers", "the stewards", "the team principal"),
        hosted=True,
    ),
    EventKind(
        "premiere",
        ("was screened", "opened", "drew a standing ovation"),
        ("the studio", "the festival director", "the film's distributor"),
        hosted=True,
    ),
    EventKind(
        "heist",
        ("was carried out", "was pulled off", "took place"),
        ("detectives", "the museum", "the gallery's insurers"),
    ),
    EventKind(
        "launch",
        ("lifted off", "went ahead", "cleared the tower"),
        ("the space agency", "mission controllers", "the launch provider"),
    ),
    EventKind(
        "eclipse viewing",
        ("drew thousands", "went ahead", "took place"),
        ("the astronomical society", "the planetarium", "the observatory"),
        hosted=True,
    ),
    EventKind(
        "wildfire",
        ("broke out", "ignited", "started"),
        ("fire crews", "the fire service", "forestry officials"),
    ),
    EventKind(
        "tremor",
        ("struck", "was recorded", "shook the region"),
        ("seismologists", "the geological survey", "residents"),
    ),
    EventKind(
        "recall",
        ("was issued", "was ordered", "began"),
        ("the manufacturer", "the regulator", "the food standards agency"),
    ),
    EventKind(
        "walkout",
        ("began", "took place", "was staged"),
        ("the union", "the musicians' union", "organisers of the action"),
    ),
    EventKind(
        "signing",
        ("was completed", "went through", "was sealed"),
        ("the club", "the player's agent", "the selling club"),
    ),
    EventKind(
        "marathon",
        ("was run", "started", "went ahead"),
        ("race organisers", "the city council", "the athletics federation"),
        hosted=True,
    ),
    EventKind(
        "concert",
        ("was played", "went ahead", "took place"),
        ("the promoter", "the venue", "the band's management"),
        hosted=True,
    ),
    EventKind(
        "derby",
        ("was played", "ended in a draw", "kicked off"),
        ("the home club", "the league", "police"),
        hosted=True,
    ),
    EventKind(
        "fireball",
        ("was seen", "streaked across the sky", "lit up the sky"),
        ("astronomers", "the meteor network", "witnesses"),
    ),
    EventKind(
        "chemical spill",
        ("occurred", "happened", "forced an evacuation"),
        ("the university", "the laboratory's director", "safety inspectors"),
    ),
    EventKind(
        "flood",
        ("struck", "peaked", "burst the riverbanks"),
        ("the environment agency", "emergency services", "the council"),
    ),
    EventKind(
        "landslide",
        ("struck", "came down", "buried the road"),
        ("rescuers", "the mountain rescue team", "local officials"),
    ),
    EventKind(
        "title fight",
        ("was fought", "went the distance", "ended in the fifth round"),
        ("the promoter", "the boxing board", "ringside officials"),
        hosted=True,
    ),
    EventKind(
        "auction",
        ("took place", "fetched a record total", "was conducted"),
        ("the auction house", "the seller's representatives", "the gallery"),
        hosted=True,
    ),
    EventKind(
        "stage collapse",
        ("happened", "occurred", "injured several crew members"),
        ("the festival's organisers", "safety investigators", "the venue operator"),
    ),
    EventKind(
        "record attempt",
        ("was made", "succeeded", "took place"),
        ("the adjudicators", "the athlete's team", "timing officials"),
    ),
    EventKind(
        "discovery",
        ("was made", "came", "was logged"),
        ("the research team", "the university", "the lead author"),
    ),
    EventKind(
        "crowd crush",
        ("happened", "occurred", "left dozens injured"),
        ("police", "the stadium operator", "paramedics"),
    ),
    EventKind(
        "solar flare",
        ("erupted", "was detected", "peaked"),
        ("space weather forecasters", "the solar observatory", "scientists"),
    ),
)

DATE_FIRST = (
    # plain report, statement
    "{Event} {happened} {when}, {who} confirmed in a brief statement.",
    # fronted adverbial
    "{when}, {event} {happened}, {who} told reporters.",
    # timeline entry
    "Timeline: {event} {happened} {when}; {who} gave the first public account hours later.",
    # attribution up front
    "According to {who}, {event} {happened} {when}.",
    # explainer
    "What we know so far: {event} {happened} {when}, and the first account came from {who}.",
    # relative clause, current review
    "{Event}, which {happened} {when}, is now the subject of a review by {who}.",
    # caption
    "Scenes from {event}, which {happened} {when} (photograph: {who}).",
    # live-blog recap
    "Recap for readers just joining us: {event} {happened} {when}, and {who} will brief the media shortly.",
    # cleft
    "It was {when} that {event} {happened}, {who} said.",
    # reported speech with a second clause
    "{Who} said {event} {happened} {when}, adding that there was no reason to revisit the sequence.",
    # hosted, passive
    "In front of a near-capacity crowd, {event} was {held} {when}, {who} said.",
    # hosted, "when" clause
    "When {event} was {held} {when}, {who} put the attendance at several thousand.",
    # since + noun
    "Since {event} {when}, {who} said, the phones have barely stopped ringing.",
    # dash aside
    "The {noun} — it {happened} {when}, {who} said — has dominated conversation ever since.",
    # direct quote
    '"Let us be clear: {event} {happened} {when}," {who} said.',
    # in the hours after
    "In the hours after {event} {happened} {when}, {who} appealed for patience.",
    # live-blog update
    "Update: we can now confirm that {event} {happened} {when}, {who} said.",
    # account places the event
    "The account given by {who} places {event} {when}.",
    # records show
    "Records kept by {who} show that {event} {happened} {when}.",
    # chronology
    "{Event} {happened} {when}, according to a chronology compiled by {who}.",
    # those who were there
    "{Who} said those who were there still talk about the moment {event} {happened} {when}.",
    # anniversary-style memory
    "Few will forget the moment {event} {happened} {when}, {who} said.",
    # within minutes
    "Within minutes of {event} {when}, the first calls reached {who}.",
    # relative clause inside a longer sentence
    "Attention turned to {event}, which {happened} {when}, after {who} released new details.",
    # it is now clear
    "It is now clear that {event} {happened} {when}, {who} said.",
    # hosted, participial opener
    "{held} {when}, {event} drew a sizeable audience, {who} said.",
    # key facts box
    "Key facts: {event} {happened} {when}, {who} said, and the details are still being pieced together.",
    # anniversary-style look back
    "Much has been written about {event}, which {happened} {when}, but little has been heard from {who}.",
    # quote, then attribution mid-sentence
    '"{Event} {happened} {when}," {who} said, "and everything since has followed from that."',
    # what happened
    "Here is what happened: {event} {happened} {when}, {who} said, and the reaction was immediate.",
)

DATE_SECOND = (
    # quiet before
    "{Who} said the build-up to {event} had been unusually quiet before it {happened} {when}.",
    # footage
    "Footage shared online shows the moments before {event} {happened} {when}.",
    # looking back
    "Looking back on {event} {when}, {who} said lessons had been learned.",
    # recalled
    "{Event} {happened} {when}, {who} recalled.",
    # since + noun
    "Of all that has happened since {event} {when}, {who} said, the response has been the most striking.",
    # when clause in reported speech
    "{Who} said that when {event} {happened} {when}, few had expected it to draw such attention.",
    # caption
    "Above: {event} as it {happened} {when}.",
    # live-blog timestamp
    "14:05 — A reminder that {event} {happened} {when}; an update from {who} is expected shortly.",
    # questions remain
    "Questions remain over {event} {when}, with {who} declining to comment further.",
    # description
    "Unlike anything seen before: that was how {who} described the scene when {event} {happened} {when}.",
    # timeline begins
    "The timeline compiled by {who} begins with {event} {when}.",
    # detail repeated
    "{Event} {happened} {when} — a detail {who} repeated several times during the briefing.",
    # the one fact
    "According to {who}, the one fact nobody disputes is that {event} {happened} {when}.",
    # witness accounts put it
    "Witness accounts gathered by {who} put {event} {when}.",
    # memories
    "Memories of {event}, which {happened} {when}, were still fresh, {who} said.",
    # days before
    "{Who} said there had been no hint of what was coming in the days before {event} {happened} {when}.",
    # much has changed since
    "Much has changed since {event} {happened} {when}, {who} said.",
    # having taken place
    "In a statement, {who} referred to {event} as having taken place {when}.",
    # photographs
    "The photographs, taken as {event} {happened} {when}, were released by {who}.",
    # asked to confirm
    "Asked to confirm the date, {who} said {event} {happened} {when}.",
    # which X said
    "{Event}, which {who} said {happened} {when}, has drawn wide attention.",
    # first call
    "{Who} said the first call came moments after {event} {happened} {when}.",
    # from the moment
    "From the moment {event} {happened} {when}, {who} said, it was clear it would be remembered.",
    # explainer subhead
    "When it happened: {event} {happened} {when}, {who} said.",
    # hosted, apposition
    "{Event}, {held} {when}, was described by {who} as the best-attended in years.",
    # hosted, tickets
    "Tickets for {event}, which was {held} {when}, changed hands for several times face value, {who} said.",
    # conditions before
    "Conditions had been calm before {event} {happened} {when}, {who} said.",
    # "itself"
    "The {noun} itself {happened} {when}, {who} said.",
    # dash aside after subject
    "{Event} — {who} said it {happened} {when} — is expected to feature in a forthcoming documentary.",
    # anniversary peg
    "Inquiries about {event}, which {happened} {when}, have continued to arrive, {who} said.",
)

NEGATIVES_DATE = (
    # a future instance of the kind
    NegativePair(
        "{Event} {happened} {when}, {who} confirmed in a brief statement.",
        "The next {noun} is scheduled to be {held} {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "Timeline: {event} {happened} {when}; {who} gave the first public account hours later.",
        "Another {noun} is due to be {held} {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "A second {noun}, to be {held} {when}, has already been confirmed by {who}.",
        "planned",
    ),
    # the second date lies inside the first (or the other way round)
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Records kept by {who} show that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is now the subject of a review by {who}.",
        "Witness accounts gathered by {who} put {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "What we know so far: {event} {happened} {when}, and the first account came from {who}.",
        "Asked to confirm the date, {who} said {event} {happened} {when}.",
        "compatible",
    ),
    # a different instance of the kind, with its own date
    NegativePair(
        "{Event} {happened} {when}, according to a chronology compiled by {who}.",
        "Comparisons have been drawn with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Since {event} {when}, {who} said, the phones have barely stopped ringing.",
        "A separate {noun} {happened} {when}, {who} said, and the two are not thought to be linked.",
        "another",
    ),
    NegativePair(
        "In the hours after {event} {happened} {when}, {who} appealed for patience.",
        "This was not the same {noun} as the one that {happened} {when}, {who} stressed.",
        "another",
    ),
    NegativePair(
        "Update: we can now confirm that {event} {happened} {when}, {who} said.",
        "{Who} also pointed to an unrelated {noun} that {happened} {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date19a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
