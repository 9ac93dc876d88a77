"""Place-conflict wording bank written by helper place19b, round 19. It imitates the sports
desk and the arts and culture desk: match and race reports, previews and weekend
round-ups ("Last up was ..., where ..."), concert, theatre and exhibition reviews,
festival listings with the place in brackets, gallery and auction-room news and
awards-night copy. The sentences lean on the desks' habits: fronted participles
("Staged in ... after years of lobbying, ..."), inverted and cleft openings ("Rarely can ...",
"Not since ... has ...", "It was in ... that ..."), datelines and round-up labels, the
place as a modifier of the event ("the ... regatta"), relative clauses on the place,
hosting verbs and quotes from promoters, stewards, curators and juries."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    # staged fixtures and events (held / staged / hosted somewhere)
    EventKind(
        "cup final",
        ("went to extra time", "was settled on penalties", "ended in a one-goal win for the holders"),
        ("the football association", "the match referee", "club officials"),
        hosted=True,
    ),
    EventKind(
        "marathon",
        ("was run in sweltering heat", "produced a course record", "started half an hour late"),
        ("race organisers", "the athletics federation", "the race director"),
        hosted=True,
    ),
    EventKind(
        "title fight",
        ("went the full twelve rounds", "ended in a split decision", "was stopped in the ninth round"),
        ("the promoter", "the sanctioning body", "ringside officials"),
        hosted=True,
    ),
    EventKind(
        "regatta",
        ("was cut short by high winds", "was sailed in the lightest of airs", "ended in a protest hearing"),
        ("the yacht club", "the race committee", "the sailing federation"),
        hosted=True,
    ),
    EventKind(
        "test match",
        ("ended in a draw", "finished inside three days", "lost its final day to rain"),
        ("the cricket board", "the match referee", "both captains"),
        hosted=True,
    ),
    EventKind(
        "premiere",
        ("drew a standing ovation", "opened to mixed notices", "was delayed by a power cut"),
        ("the studio", "the producers", "the film's distributor"),
        hosted=True,
    ),
    EventKind(
        "gala",
        ("raised a record sum", "ran well past midnight", "ended with an unscheduled encore"),
        ("the ballet company", "the organisers", "the foundation behind it"),
        hosted=True,
    ),
    EventKind(
        "retrospective",
        ("opened to long queues", "drew record attendance", "closed a month early"),
        ("the gallery", "the curators", "the museum"),
        hosted=True,
    ),
    EventKind(
        "book fair",
        ("opened with a row over a banned title", "drew record crowds", "closed a day early"),
        ("the publishers' association", "the fair's director", "exhibitors"),
        hosted=True,
    ),
    EventKind(
        "awards ceremony",
        ("overran by an hour", "was interrupted by a protester", "ended with a surprise winner"),
        ("the academy", "the organisers", "the broadcaster"),
        hosted=True,
    ),
    EventKind(
        "farewell concert",
        ("sold out in minutes", "ran to three encores", "ended with the band in tears"),
        ("the band's management", "the promoter", "the venue"),
        hosted=True,
    ),
    EventKind(
        "grand prix",
        ("was red-flagged twice", "finished behind the safety car", "was won from pole"),
        ("the stewards", "race control", "the team principals"),
        hosted=True,
    ),
    EventKind(
        "World Cup qualifier",
        ("ended goalless", "was abandoned at half-time", "was played behind closed doors"),
        ("the governing body", "the referee", "team officials"),
        hosted=True,
    ),
    EventKind(
        "film festival",
        ("opened with a documentary", "gave its top prize to a first-time director", "was cut to five days"),
        ("the festival director", "the jury", "programmers"),
        hosted=True,
    ),
    EventKind(
        "opening night",
        ("ended in a standing ovation", "was halted by protesters", "went up forty minutes late"),
        ("the theatre", "the producers", "the director"),
        hosted=True,
    ),
    EventKind(
        "auction",
        (
            "set a record for the artist",
            "raised almost double its estimate",
            "was halted by a bidding dispute",
        ),
        ("the auction house", "the auctioneer", "dealers"),
        hosted=True,
    ),
    EventKind(
        "time trial",
        ("was ridden in driving rain", "was won by forty seconds", "was neutralised after a crash"),
        ("the race jury", "team directors", "the organisers"),
        hosted=True,
    ),
    EventKind(
        "downhill",
        ("was shortened by fog", "was won by a hundredth of a second", "was postponed by a day"),
        ("the ski federation", "the jury", "course officials"),
        hosted=True,
    ),
    # things that happen at or during a fixture or a show (not held by anyone)
    EventKind(
        "pitch invasion",
        ("held up the restart for ten minutes", "forced the players off", "followed the winning goal"),
        ("police", "stewards", "the home club"),
    ),
    EventKind(
        "pile-up",
        ("brought down half the peloton", "ended three riders' races", "left two riders in hospital"),
        ("the race doctor", "team officials", "the organisers"),
    ),
    EventKind(
        "walkout",
        (
            "halted the second act",
            "came minutes before curtain-up",
            "left the audience waiting in the stalls",
        ),
        ("the musicians' union", "the orchestra", "the management"),
    ),
    EventKind(
        "upset",
        ("stunned the bookmakers", "ended the champion's unbeaten run", "sent the holders out"),
        ("commentators", "the beaten coach", "bookmakers"),
    ),
    EventKind(
        "world record",
        ("was set in the final", "took a fifth of a second off the old mark", "fell on the last attempt"),
        ("the athletics federation", "timing officials", "the athlete's coach"),
    ),
    EventKind(
        "crowd crush",
        ("left dozens injured", "happened as fans surged towards the stage", "delayed the headline act"),
        ("police", "paramedics", "the promoter"),
    ),
    EventKind(
        "hat-trick",
        ("came inside eleven minutes", "sealed the title", "was the striker's first for the club"),
        ("the club", "the manager", "statisticians"),
    ),
)

PLACE_FIRST = (
    "{held} in {where} after years of lobbying, {event} {happened}.",
    "{where} — {Event} {happened}, and few who were there will forget it.",
    "It was in {where} that {event} {happened}.",
    "{Event}, {held} this year in {where}, {happened}.",
    "The {where} {noun} {happened}, {who} confirmed.",
    "Rarely can {a_noun} have gone the way the one in {where} did: it {happened}.",
    "{Who} said {event} in {where} {happened}.",
    "Under grey skies in {where}, {event} {happened}.",
    "{where} hosted {event}, which {happened}.",
    "{Event} was {held} in {where} and {happened}, according to {who}.",
    "Speaking at the scene in {where}, {who} said {event} {happened}.",
    "Round-up, {where}: {event} {happened}.",
    "{Event}, the first {noun} {held} in {where} in a generation, {happened}.",
    "There was no shortage of drama in {where}, where {event} {happened}.",
    "{Event} — in {where}, of all places — {happened}.",
    '"Nobody who was in {where} for {event} will forget it," {who} said.',
    "The {noun}, which took place in {where}, {happened}.",
    "{Event} ({where}) {happened}, {who} said.",
    "Not since the nineties has {where} {held} {a_noun} like this one, which {happened}.",
    "{Event}, hosted by {where}, {happened}.",
    "{where} was the setting for {event}, which {happened}.",
    "In front of a packed house in {where}, {event} {happened}.",
    "Set against the skyline of {where}, {event} {happened}.",
    "So it was that in {where} {event} {happened}.",
    "What unfolded in {where} was remarkable even by the standards of {a_noun}: it {happened}.",
    "{where}, which {held} {event}, will not see its like again soon.",
    "In {where} came {event}, which {happened}.",
    "Closing the season in {where}, {event} {happened}.",
    "Last up was {where}, where {event} {happened}.",
    "In {where}, to the surprise of few, {event} {happened}.",
)

PLACE_SECOND = (
    "The {where} {noun} will be remembered chiefly for how it {happened}.",
    "{Event} in {where} was the talk of the week afterwards.",
    "{Who} later confirmed that {event} had been {held} in {where}.",
    "It is not the first time {where} has {held} {a_noun}.",
    "{where}, where {event} {happened}, is no stranger to drama.",
    "As the venue in {where} emptied after {event}, {who} gave their verdict.",
    "Those who made the trip to {where} for {event} got their money's worth.",
    "{Event} was {held} in {where}, {who} said.",
    "The decision to have {event} {held} in {where} looked a sound one by the end.",
    '"What happened in {where} will stay with all of us," {who} said of {event}.',
    "Television pictures of {event} in {where} went around the world.",
    "That {event} was {held} in {where} at all was down to {who}.",
    "Whatever else is said of {event}, {where} made a fine setting for it.",
    "{Who} described {event} in {where} as unlike anything they had seen.",
    "By the time {event} in {where} was over, few were talking about anything else.",
    "The {noun} in {where} was, by common consent, the story of the season.",
    "{Event} {happened} in {where}, {who} said.",
    "{where} has rarely seen {a_noun} like it.",
    "Outside the venue in {where}, fans were still talking about {event} an hour later.",
    "For the record, {event} took place in {where}.",
    "Having {held} {event}, {where} is already bidding for the next one.",
    "Ask anyone who was in {where} for {event} and they will tell you it {happened}.",
    "Among the crowd at {event} in {where} were several famous faces.",
    "The scenes in {where} during {event} were extraordinary.",
    "{Event}, which {where} {held} at short notice, {happened}.",
    "Much of the credit for {event} in {where} went to {who}.",
    "In the end, {event} in {where} {happened}.",
    "{where} was where {event} {happened}.",
    "The mood at {event} in {where} changed in an instant.",
    "Nothing about {event} in {where} went to plan.",
)

NEGATIVES_PLACE = (
    # another instance of the kind, in another place
    NegativePair(
        "{held} in {where} after years of lobbying, {event} {happened}.",
        "The next {noun} is due to be {held} in {other}, {who} said.",
        "another",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} confirmed.",
        "The {other} {noun} a year earlier had been a far quieter affair.",
        "another",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "Unlike {event} in {where}, the {noun} in {other} last season passed off quietly.",
        "another",
    ),
    # the second place is where the reaction happens
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "In {other}, where fans watched on big screens, the mood after {event} was sombre.",
        "elsewhere",
    ),
    NegativePair(
        "Under grey skies in {where}, {event} {happened}.",
        "Newspapers in {other} led on {event} the next morning.",
        "elsewhere",
    ),
    NegativePair(
        "{Event}, {held} this year in {where}, {happened}.",
        "{Event} was shown live on a big screen in {other}.",
        "elsewhere",
    ),
    # travel to or from the place of the event
    NegativePair(
        "{where} — {Event} {happened}, and few who were there will forget it.",
        "Many of those at {event} in {where} had flown in from {other} that morning.",
        "from_to",
    ),
    NegativePair(
        "There was no shortage of drama in {where}, where {event} {happened}.",
        "{Who} said the touring party left {where} for {other} the morning after {event}.",
        "from_to",
    ),
    # the second place contains the first or lies inside it
    NegativePair(
        "The {noun}, which took place in {where}, {happened}.",
        "It was the first {noun} {held} in {other} in more than a decade.",
        "contained",
    ),
    NegativePair(
        "Speaking at the scene in {where}, {who} said {event} {happened}.",
        "The {other} {noun} will live long in the memory.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place19b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
