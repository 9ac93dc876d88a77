"""PLACE bank place58d, written by a blind helper, round 58 (held out). Register: arts, culture,
entertainment and celebrity news (trade papers, arts desks, gossip columns; publicists and sources)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "stage collapse",
        ("happened", "occurred", "took place"),
        ("police", "organisers", "the promoter", "local officials"),
    ),
    EventKind(
        "premiere",
        ("took place", "was held", "went ahead"),
        ("the studio", "the distributor", "a spokesperson for the film", "organisers"),
        hosted=True,
    ),
    EventKind(
        "walkout",
        ("took place", "happened", "unfolded"),
        ("the theatre's management", "a spokesperson for the cast", "the union", "witnesses"),
    ),
    EventKind(
        "pyrotechnics mishap",
        ("happened", "occurred", "took place"),
        ("fire officials", "the promoter", "the band's publicist", "witnesses"),
    ),
    EventKind(
        "charity gala",
        ("was held", "took place", "went ahead"),
        ("organisers", "the charity", "a spokesperson", "a source close to the hosts"),
        hosted=True,
    ),
    EventKind(
        "auction",
        ("was held", "took place", "went ahead"),
        ("the auction house", "a spokesperson for the sale", "dealers", "the consignor's lawyers"),
        hosted=True,
    ),
    EventKind(
        "gallery break-in",
        ("happened", "took place", "occurred"),
        ("police", "the gallery", "the museum's director", "insurers"),
    ),
    EventKind(
        "reunion gig",
        ("took place", "was staged", "went ahead"),
        ("the band's publicist", "the promoter", "a source close to the band", "the label"),
        hosted=True,
    ),
    EventKind(
        "on-set accident",
        ("happened", "occurred", "took place"),
        ("the studio", "the production company", "a source close to the production", "the union"),
    ),
    EventKind(
        "red-carpet scuffle",
        ("broke out", "erupted", "happened"),
        ("security staff", "the festival", "witnesses", "a representative for the star"),
    ),
    EventKind(
        "theatre fire",
        ("broke out", "started", "was reported"),
        ("fire officials", "the theatre's management", "police", "the local council"),
    ),
    EventKind(
        "crowd crush",
        ("happened", "occurred", "unfolded"),
        ("police", "organisers", "emergency services", "the festival"),
    ),
    EventKind(
        "boycott",
        ("took place", "was staged", "unfolded"),
        ("organisers", "the campaign group", "the artists involved", "a spokesperson for the festival"),
    ),
    EventKind(
        "awards ceremony",
        ("was held", "took place", "went ahead"),
        ("the academy", "organisers", "the broadcaster", "a spokesperson"),
        hosted=True,
    ),
    EventKind(
        "stage invasion",
        ("happened", "occurred", "took place"),
        ("security staff", "the promoter", "the venue", "witnesses"),
    ),
    EventKind(
        "art heist",
        ("took place", "happened", "was carried out"),
        ("police", "the museum", "insurers", "investigators"),
    ),
    EventKind(
        "balcony collapse",
        ("happened", "occurred", "took place"),
        ("police", "the theatre's management", "emergency services", "local officials"),
    ),
    EventKind(
        "sit-in",
        ("took place", "was staged", "began"),
        ("the union", "the campaign group", "the venue", "organisers"),
    ),
    EventKind(
        "retrospective",
        ("opened", "was held", "was staged"),
        ("the gallery", "the museum", "the curators", "a spokesperson"),
        hosted=True,
    ),
    EventKind(
        "power cut",
        ("happened", "occurred", "struck"),
        ("the venue", "the broadcaster", "organisers", "the energy supplier"),
    ),
    EventKind(
        "soup protest",
        ("took place", "happened", "was staged"),
        ("police", "the gallery", "the activist group", "museum staff"),
    ),
    EventKind(
        "rigging failure",
        ("happened", "occurred", "took place"),
        ("the promoter", "safety inspectors", "the production company", "the venue"),
    ),
    EventKind(
        "farewell concert",
        ("took place", "was staged", "went ahead"),
        ("the promoter", "the singer's publicist", "the label", "organisers"),
        hosted=True,
    ),
    EventKind(
        "backstage brawl",
        ("broke out", "erupted", "happened"),
        ("security staff", "the band's publicist", "police", "a source close to the band"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "It was in {where} that {event} {happened}, according to {who}.",
    "According to {who}, {event} {happened} just outside {where}.",
    "Footage of {event} in {where} was circulating on social media within minutes.",
    "{Who} confirmed that {event} had taken place in {where}, though details remained sketchy.",
    "{Event}, which {happened} in {where}, has dominated the trade press all week.",
    "The {noun} in {where} was, in the words of one weary publicist, "
    '"the only thing anyone in the business is talking about."',
    "A source close to the production said the team was still taking stock after {event} in {where}.",
    "Publicists were working the phones late into the night after {event} in {where}.",
    '{Who} described {event} in {where} as "unlike anything we have seen in years."',
    "Pictured: the scene at {event} in {where}.",
    "As first reported by {who}, {event} {happened} in {where}.",
    "Nobody in {where}'s arts world could talk about much else after {event}, which {happened} there.",
    "The {noun} (it {happened} in {where}, of all places) caught much of the industry off guard.",
    "When {event} {happened} in {where}, the news travelled fast through agents' offices and dressing rooms.",
    "{Event} in {where}: what we know so far.",
    "Reports of {a_noun} in {where} began to surface late in the evening, "
    "and {who} soon confirmed the basics.",
    "Whatever the final verdict, {event} in {where} will be remembered as one of the stories of the season.",
    "{Who}, asked about {event} in {where}, would say only that a full statement would follow.",
    "There was no shortage of opinions online after {event} {happened} in {where}.",
    "{Event}, which several people present later described to this magazine in vivid "
    "and at times contradictory terms, {happened} in {where}.",
    "Hours after {event} in {where}, the star's representatives had yet to comment.",
    "In {where}, meanwhile, {a_noun} {happened} - and the trade press took notice.",
    "Those who were in {where} for {event} described an atmosphere unlike any they could remember.",
    "The venue's management, in a terse two-line statement, confirmed that {event} {happened} in {where}.",
    '"It was extraordinary," one onlooker said of {event} in {where}, "and not entirely in a good way."',
)

PLACE_SECOND = (
    "News of {event} in {where} spread quickly through the industry.",
    "Since {event} {happened} in {where}, the booking agency has fielded dozens of calls.",
    "Back in {where}, where {event} {happened}, the local papers led with little else.",
    "The {noun} in {where} has already inspired at least one documentary pitch, according to a producer.",
    "For many of those involved, {where} will always be associated with {event}.",
    "Asked again about {event} in {where}, the spokesperson declined to elaborate.",
    "It remains unclear what, if anything, {event} in {where} will mean for the rest of the season.",
    "Insiders say {event} in {where} is likely to come up at every press junket for months.",
    "The {where} {noun}, as it has been dubbed online, continues to trend.",
    "{Who} added that {event} in {where} had since been reviewed in detail.",
    "Commentators were quick to draw lessons from {event} in {where}.",
    "What happened in {where} - {event} and everything that followed it - has already passed "
    "into industry folklore.",
    "Several agents privately admitted that {event} in {where} had changed their plans for the summer.",
    "The photographs from {event} in {where} have since been syndicated around the world.",
    'One veteran promoter, recalling {event} in {where}, called it "a story people will be '
    'dining out on for years."',
    "Ticket holders for later dates were told that {event} in {where} would not affect their bookings.",
    "That {event} {happened} in {where} at all surprised many seasoned observers.",
    "Questions about {event} in {where} dominated the press conference that followed.",
    "{where}, where {event} {happened}, has rarely drawn this much attention from the arts pages.",
    "On the fan forums, {where}'s {noun} is already discussed in near-mythical terms.",
    "Neither the label nor the management would comment further on {event} in {where}.",
    "By the time {event} in {where} had reached the evening bulletins, the clips had been "
    "viewed millions of times.",
    "Below: fan footage of {event} in {where}, shared widely online.",
    "Industry observers will be watching closely to see how the fallout from {event} in {where} plays out.",
    "The {noun}, coming as it did in {where} and at such a sensitive moment for everyone "
    "involved, will not be forgotten quickly.",
    "{Who} later said {event} in {where} had been discussed at board level.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "Officials from {other}, the regional capital, arrived the next morning to assess the situation.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "The venue sits roughly an hour's drive from {other}, the nearest major city.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "The venue is licensed by the district council in {other}, which covers {where} "
        "and the surrounding area.",
        "contained",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, made the front of the arts pages.",
        "{where} is one of several towns in the region administered from {other}.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Many of the fans in attendance had travelled overnight from {other}.",
        "origin",
    ),
    NegativePair(
        "Footage of {event} in {where} spread quickly online.",
        "Much of the staging and lighting equipment had been trucked in from {other}.",
        "origin",
    ),
    NegativePair(
        "{Who} gave few details about {event} in {where}.",
        "Extra stewards had been drafted in from {other} for the night.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Two members of the crew were later taken to a hospital in {other} as a precaution.",
        "destination",
    ),
    NegativePair(
        "The star was in {where} for {event}, {who} confirmed.",
        "She flew on to {other} the next morning to resume rehearsals.",
        "destination",
    ),
    NegativePair(
        "Within hours of {event} in {where}, the clips had gone viral.",
        "The cast and crew travelled on to {other} the following day for the next date on the tour.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} in {where} has drawn comment from politicians.",
        "Speaking in {other}, the culture minister said lessons would be learned.",
        "reporter",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "The band's manager, reached by phone in {other}, said a fuller statement would follow.",
        "reporter",
    ),
    NegativePair(
        "Questions still surround {event} in {where}.",
        "In a statement released in {other}, the festival's directors thanked audiences for their patience.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "It was near {where} that {event} {happened}.",
        "The promoter, a company based in {other}, said it was reviewing the night in detail.",
        "hometown",
    ),
    NegativePair(
        "{Event} in {where} is still the talk of the industry.",
        "The production company behind the show, headquartered in {other}, declined to comment.",
        "hometown",
    ),
    NegativePair(
        "{Who} said {event} {happened} outside {where}.",
        "The headliner, who has lived in {other} for most of the past decade, has yet to speak publicly.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It came barely a year after a similar {noun} in {other}.",
        "another",
    ),
    NegativePair(
        "Details of {event} in {where} remain sketchy.",
        "Veterans of the circuit still remember {a_noun} in {other} that made headlines several seasons ago.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} drew immediate comparisons.",
        "The last {noun} to cause such a stir took place in {other}, long before the current crop of stars.",
        "another",
    ),
    NegativePair(
        "{Who} described {event} in {where} as unusual.",
        "Others pointed out that {a_noun} in {other} a few years ago had followed "
        "a strikingly similar pattern.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where}, {who} have confirmed.",
        "An independent review is due to be held in {other} later this year.",
        "planned",
    ),
    NegativePair(
        "In the days after {event} in {where}, the phones did not stop ringing.",
        "Organisers and venue owners will meet in {other} next month to discuss what comes next.",
        "planned",
    ),
    NegativePair(
        "Much has been written about {event} in {where}.",
        "A panel discussion on the episode has been scheduled for {other} in the spring.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Hundreds of fans gathered in {other} to voice their feelings about {event}.",
        "reaction",
    ),
    NegativePair(
        "Reaction to {event} in {where} was swift.",
        "Theatregoers in {other} signed an open letter criticising how {event} had been handled.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} {happened} just outside {where}.",
        "A small protest over {event} was staged in {other} the following weekend.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place58d",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
