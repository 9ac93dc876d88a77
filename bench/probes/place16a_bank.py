"""Place-conflict wording bank written by helper place16a, round 16.

Written without reading the detector, the analysis or any other bank: fresh wording to
measure `place.event_conflict` on. It aims at the way wire copy, local papers, TV
websites and live blogs actually say where something happened: datelines, live-blog
headings, "It was in X that ...", "X was where ...", the "X stampede" compound,
possessives ("on X's soil"), relative clauses ("X, where the ... broke out"), the
event as the object of a verb or one item in a list, quotes with "here", fronted and
participle phrases, and long sentences that put the place far from the event noun.
The event kinds are ones an engineer would not think of first (a jailbreak, a
sinkhole, a court-martial, a no-confidence vote, a pile-up). The hard negatives are
another instance elsewhere, an aftermath or origin elsewhere, a trip between the two
places, and a place inside the event's country.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "hostage standoff",
        ("ended", "unfolded", "dragged on for nine hours"),
        ("police negotiators", "the interior ministry", "a police spokeswoman"),
    ),
    EventKind(
        "stampede",
        ("broke out", "left dozens injured", "started without warning"),
        ("rescue workers", "the health ministry", "hospital officials"),
    ),
    EventKind(
        "jailbreak",
        ("was discovered", "went undetected for hours", "freed more than 40 inmates"),
        ("prison officials", "the justice ministry", "the prisons service"),
    ),
    EventKind(
        "pile-up",
        ("involved more than 30 vehicles", "closed the motorway for hours", "happened in thick fog"),
        ("traffic police", "the highway agency", "the ambulance service"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "swallowed a parked van", "appeared overnight"),
        ("city engineers", "the fire brigade", "geologists"),
    ),
    EventKind(
        "mine collapse",
        ("trapped 14 workers", "came during a shift change", "buried part of the shaft"),
        ("the mining company", "rescue teams", "the mineworkers' union"),
    ),
    EventKind(
        "no-confidence vote",
        ("was narrowly lost", "passed by four votes", "went against the mayor"),
        ("parliamentary officials", "the speaker's office", "opposition whips"),
        hosted=True,
    ),
    EventKind(
        "by-election",
        ("went to the opposition", "drew a record low turnout", "was won by an independent"),
        ("the electoral commission", "returning officers", "party officials"),
        hosted=True,
    ),
    EventKind(
        "coup attempt",
        ("was put down", "collapsed within hours", "failed"),
        ("the army", "state television", "the presidency"),
    ),
    EventKind(
        "court-martial",
        ("ended in an acquittal", "was adjourned", "resumed"),
        ("military prosecutors", "the defence ministry", "defence lawyers"),
        hosted=True,
    ),
    EventKind(
        "inquest",
        ("was opened and adjourned", "heard from eleven witnesses", "concluded"),
        ("the coroner's office", "the family's lawyer", "court staff"),
        hosted=True,
    ),
    EventKind(
        "plant closure",
        ("was confirmed", "cost 800 jobs", "went ahead despite protests"),
        ("the carmaker", "union officials", "the regional government"),
    ),
    EventKind(
        "trade fair",
        ("opened", "drew record crowds", "closed a day early"),
        ("the organisers", "the chamber of commerce", "exhibitors"),
        hosted=True,
    ),
    EventKind(
        "title fight",
        ("ended in a split decision", "went the full twelve rounds", "was stopped in the fifth round"),
        ("the promoters", "the boxing board", "ringside officials"),
        hosted=True,
    ),
    EventKind(
        "cup final",
        ("went to penalties", "ended goalless", "was decided in extra time"),
        ("the football association", "match officials", "the home club"),
        hosted=True,
    ),
    EventKind(
        "film premiere",
        ("went ahead", "drew protesters", "was marred by a power cut"),
        ("the studio", "the distributor", "festival organisers"),
        hosted=True,
    ),
    EventKind(
        "art heist",
        ("was carried out", "took under ten minutes", "netted paintings worth millions"),
        ("museum officials", "detectives", "the insurer"),
    ),
    EventKind(
        "cholera outbreak",
        ("was confirmed", "spread rapidly", "was declared over"),
        ("health officials", "the World Health Organization", "aid agencies"),
    ),
    EventKind(
        "sit-in",
        ("was broken up", "entered its third day", "began peacefully"),
        ("student leaders", "the organisers", "riot police"),
    ),
    EventKind(
        "drug bust",
        ("netted two tonnes of cocaine", "led to eleven arrests", "came after a months-long operation"),
        ("customs officers", "the anti-narcotics agency", "prosecutors"),
    ),
    EventKind(
        "emergency landing",
        ("went smoothly", "was made", "ended safely"),
        ("the airline", "aviation authorities", "air traffic controllers"),
    ),
    EventKind(
        "avalanche",
        ("buried a group of skiers", "struck", "came down overnight"),
        ("mountain rescuers", "the ski patrol", "the regional avalanche service"),
    ),
    EventKind(
        "dam breach",
        ("flooded three villages", "occurred before dawn", "forced hundreds from their homes"),
        ("the water authority", "engineers", "civil protection officials"),
    ),
    EventKind(
        "state funeral",
        ("drew thousands of mourners", "passed off peacefully", "went ahead under heavy security"),
        ("the government", "palace officials", "the protocol office"),
        hosted=True,
    ),
    EventKind(
        "ferry sinking",
        ("claimed dozens of lives", "happened in calm water", "left 60 people missing"),
        ("the coast guard", "the maritime authority", "survivors"),
    ),
)

PLACE_FIRST = (
    "{where} (Reuters) - {Event} {happened} on Tuesday, {who} said.",
    "{Event} {happened} on the outskirts of {where}.",
    "It was in {where} that {event} {happened}, {who} confirmed.",
    "The {where} {noun}, as local media have dubbed it, {happened} late in the evening.",
    "{Who} said {event} {happened} a few kilometres outside {where}.",
    "Footage filmed in {where} showed the moments just after {event} {happened}.",
    "{where} was where {event} {happened}, according to {who}.",
    "{held} in {where} amid tight security, {event} {happened}.",
    "{where} hosted {event} at the weekend, {who} said.",
    "Journalists who travelled to {where} to cover {event} described a chaotic scene.",
    "{Event}, which {happened} in {where}, has dominated the front pages all week.",
    "{Event}, the first on {where}'s soil in a generation, {happened}, {who} said.",
    "In {where}, where {event} {happened}, most shops stayed shut on Wednesday.",
    "{Event} played out across several districts of {where}, {who} said.",
    "Near {where}, {event} {happened}, witnesses said.",
    "BREAKING: {event} {happened} near {where}, according to {who}.",
    "Live updates: {where} {noun} - what we know so far.",
    "{Event} was covered live from {where} by several broadcasters.",
    "Taking place on the edge of {where}, {event} drew little attention at first.",
    "Residents of {where} said {event} on their doorstep was something they would never forget.",
    "{where} has had a hard year: floods in the spring, a bank collapse in the summer, and now {a_noun}.",
    '"Nobody here expected {event}," a shopkeeper in {where} told reporters.',
    "{Event}, which {who} described on Monday as the most serious of its kind in years and "
    "which has drawn comment from several governments, {happened} in {where}.",
    "In {where}, after weeks of speculation, rumours and denials from nearly everyone "
    "involved, {event} finally {happened}.",
    "{Event} {happened} at {where}, {who} said in a brief statement.",
    "{where} police said {event} {happened}, and urged people to stay away from the area.",
    "The scene of {event}, in central {where}, remained sealed off on Wednesday.",
    "{where}, the site of {event}, was unusually quiet on Thursday.",
    "{Event} brought much of {where} to a standstill, {who} said.",
    "Hundreds gathered in {where} as {event} {happened}.",
)

PLACE_SECOND = (
    "The {noun} in {where} was the latest in a string of setbacks for the government.",
    "Questions remain over how {event} at {where} was allowed to happen.",
    "Officials have yet to explain how {event} near {where} came about.",
    "Signs of {event} could still be seen across {where} days later.",
    "{where}, where {event} {happened}, has asked for outside help.",
    "Those who were in {where} at the time of {event} described it as chaotic.",
    "Since {event} in {where}, visitor numbers have fallen sharply.",
    "The {where} {noun} has prompted calls for an independent inquiry.",
    "Coverage of {event} from {where} ran for hours on state television.",
    "Speaking in {where}, where {event} {happened}, the minister promised a full review.",
    "Pictures taken in {where} after {event} were shared thousands of times.",
    "The decision to have {event} {held} in {where} drew criticism from rivals.",
    "Organisers who {held} {event} in {where} said they had no regrets.",
    "{where}'s leaders faced questions about how {event} on their own doorstep was handled.",
    "The {noun}, in the {where} area, led every evening bulletin.",
    "What happened in {where} during {event} is still being pieced together.",
    "Much of the attention has since fallen on {where}, which was the scene of {event}.",
    "{where} was left reeling by {event}.",
    "Coming in {where}, of all places, {event} caught many by surprise.",
    "Few of those who spoke to reporters on Thursday, among them local traders, a retired "
    "teacher and two students, had expected {event} to take place in {where}.",
    "Estimates of the cost of {event} in {where} vary widely.",
    "The {where} authorities have opened an investigation into {event}.",
    "When {event} {happened} in {where}, few were prepared.",
    '"What we saw in {where} during the {noun} will stay with us," one witness said.',
    "{where}'s streets were still full of reminders of {event} on Friday.",
    "Video of {event} near {where} has been viewed millions of times.",
    "Before {event} was {held} in {where}, there had been months of wrangling over the venue.",
    "Families living near the site of {event}, on the edge of {where}, say they want answers.",
    "UPDATE: {where} {noun}, new details emerge.",
    "{where} residents are still coming to terms with {event}.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "The {where} {noun} {happened} late on Friday.",
        "Unlike the one in {where}, an earlier {noun} in {other} drew little attention.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "Days before the events in {where}, a smaller {noun} had been reported in {other}.",
        "another",
    ),
    NegativePair(
        "{where} was where {event} {happened}.",
        "It was the year's second {noun}: weeks before the one in {where}, there had been one in {other}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} on the outskirts of {where}.",
        "News of the {noun} in {where} reached {other} within the hour.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "A relief team sent from {other} reached {where} the morning after the {noun}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Several of those caught up in the {noun} in {where} were later flown to {other} for treatment.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Among those at the {noun} in {where} was a teacher who had driven over from {other} that morning.",
        "elsewhere",
    ),
    NegativePair(
        "{held} in {where}, {event} {happened}.",
        "Coaches ferried supporters from {other} to {where} for the {noun} all through the night.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Flights from {where} to {other} were suspended in the wake of the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Saturday.",
        "Word of the {noun} in {where} travelled fast, and by nightfall it was being discussed "
        "in cafes across {other}.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place16a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
