"""Place-conflict wording bank written by helper place16b, round 16.

Written without reading the detector, the analysis or any other bank. It aims at the
wording of local newspapers, TV station websites and live blogs rather than wire copy:
"BREAKING:" and "UPDATE, 6:40 p.m.:" lines, "Here's what we know" explainers, viewer
video and "our reporter at the scene", datelines with a dash, headline fragments
("WATCH: ...", "PHOTOS: ..."), residents' quotes, recaps with the place in brackets,
counterfactuals ("Had the ... taken place anywhere other than ..."), the event as the
object of a verb or one item of a list, and the place far from the event noun. Event
kinds lean on the everyday run of local news (sinkholes, water-main breaks, pileups,
jailbreaks, recall votes, town-hall meetings, regattas) beside a few world stories.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV  # only as the base to replace fields of

KINDS = (
    EventKind(
        "sinkhole",
        ("opened up", "swallowed two parked cars", "appeared overnight"),
        ("city engineers", "the fire department", "public works officials"),
    ),
    EventKind(
        "hostage standoff",
        ("ended peacefully", "dragged on for nine hours", "ended without injuries"),
        ("the sheriff's office", "a police spokesperson", "negotiators"),
    ),
    EventKind(
        "ammonia leak",
        (
            "forced hundreds from their homes",
            "was contained by late afternoon",
            "sent eight workers to hospital",
        ),
        ("fire officials", "the plant's operator", "hazmat crews"),
    ),
    EventKind(
        "water-main break",
        ("flooded several streets", "left thousands without running water", "buckled a stretch of road"),
        ("the water utility", "public works crews"),
    ),
    EventKind(
        "pileup",
        ("involved more than 40 vehicles", "shut the motorway for hours", "happened in thick fog"),
        ("state troopers", "the highway patrol", "traffic police"),
    ),
    EventKind(
        "brush fire",
        ("scorched about 300 acres", "jumped a two-lane road", "forced several families to leave"),
        ("fire crews", "the forestry service", "the county fire chief"),
    ),
    EventKind(
        "hailstorm",
        ("shredded crops", "smashed car windscreens", "lasted barely ten minutes"),
        ("the weather service", "insurers", "forecasters"),
    ),
    EventKind(
        "jailbreak",
        ("was discovered at dawn", "freed three inmates", "went unnoticed for hours"),
        ("corrections officials", "the warden", "the prison service"),
    ),
    EventKind(
        "carjacking",
        (
            "unfolded in broad daylight",
            "left a driver with minor injuries",
            "was caught on a doorbell camera",
        ),
        ("police", "detectives", "a witness"),
    ),
    EventKind(
        "food-poisoning outbreak",
        ("sickened dozens of diners", "was traced to a caterer", "put 19 people in hospital"),
        ("health inspectors", "the county health department", "epidemiologists"),
    ),
    EventKind(
        "factory closure",
        ("cost about 600 jobs", "caught workers off guard", "was announced without warning"),
        ("the company", "union officials", "the plant manager"),
    ),
    EventKind(
        "art heist",
        ("netted paintings worth millions", "took less than four minutes", "went undetected until morning"),
        ("investigators", "the museum", "detectives"),
    ),
    EventKind(
        "sit-in",
        ("stretched into a third day", "ended with 14 arrests", "blocked the main entrance"),
        ("campus police", "student organisers", "the university"),
    ),
    EventKind(
        "avalanche",
        ("buried a mountain road", "swept three skiers off a ridge", "cut off a village"),
        ("mountain rescuers", "the ski patrol", "avalanche forecasters"),
    ),
    EventKind(
        "power outage",
        ("left 40,000 homes in the dark", "lasted most of the night", "knocked out traffic lights"),
        ("the utility", "grid operators"),
    ),
    EventKind(
        "stampede",
        ("killed at least 12 people", "happened at the gates", "left dozens injured"),
        ("emergency services", "witnesses", "the interior ministry"),
    ),
    EventKind(
        "coup attempt",
        ("was foiled", "collapsed within hours", "was put down overnight"),
        ("the defence ministry", "state television", "diplomats"),
    ),
    EventKind(
        "recall vote",
        ("ousted the mayor", "failed by a narrow margin", "drew a record turnout"),
        ("election officials", "the county clerk", "campaigners"),
        hosted=True,
    ),
    EventKind(
        "town-hall meeting",
        ("turned heated", "ran past midnight", "drew an overflow crowd"),
        ("organisers", "the councillor's office", "people who attended"),
        hosted=True,
    ),
    EventKind(
        "retrial",
        ("opened", "ended in a hung jury", "ended in an acquittal"),
        ("court records", "the prosecutor's office", "defence lawyers"),
        hosted=True,
    ),
    EventKind(
        "trade fair",
        ("drew record crowds", "opened its doors", "closed a day early"),
        ("organisers", "exhibitors", "the chamber of commerce"),
        hosted=True,
    ),
    EventKind(
        "title fight",
        ("went the full twelve rounds", "ended in a split decision", "ended in a first-round knockout"),
        ("the promoter", "ringside judges", "the boxing board"),
        hosted=True,
    ),
    EventKind(
        "regatta",
        ("was cut short by high winds", "drew 200 boats", "finished in a dead heat"),
        ("race officials", "the yacht club", "organisers"),
        hosted=True,
    ),
    EventKind(
        "film festival",
        ("opened with a world premiere", "closed with an awards gala", "sold out every screening"),
        ("festival organisers", "critics", "the festival director"),
        hosted=True,
    ),
    EventKind(
        "candlelight vigil",
        ("drew hundreds of mourners", "ended with a moment of silence", "filled the square"),
        ("organisers", "church leaders", "the victims' families"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "BREAKING: {Event} {happened} in {where} this afternoon. This is a developing story;"
    " refresh for updates.",
    "{where} — It was shortly before midnight when {a_noun} {happened}, according to {who}.",
    "Here's what we know so far about {event} in {where}.",
    "Viewers sent us video of {event} as it unfolded on the outskirts of {where}.",
    "UPDATE, 6:40 p.m.: {Who} confirmed that {event} {happened} in northern {where}.",
    "It was a tense night in {where}, where {event} {happened} shortly before 11 p.m.",
    "The {where} {noun} has left residents shaken, {who} said.",
    "Residents of {where} are still coming to terms with {event}, which {happened} on their doorstep"
    " over the weekend.",
    "Dramatic footage shared on social media appears to show {event} in {where} from several angles.",
    "In {where}, {event} {happened} just as people were heading home for the evening, according to {who}.",
    "{Event} took place at a spot on the edge of {where}, {who} said in a statement posted online.",
    "Hours after {event} {happened} in {where}, {who} kept urging people to stay away from the area.",
    "Wednesday's {noun} in {where} drew a large response, {who} said.",
    "{where} is reeling after {a_noun} {happened} there late last night.",
    "LIVE: Follow our coverage of {event} in {where} as it develops.",
    "PHOTOS: The aftermath of {event} across {where}.",
    "{where} was where {event} {happened}, and local officials have promised a full review.",
    "Speaking to reporters in {where}, where {event} {happened} hours earlier, a local official"
    " asked for patience.",
    "Longtime residents say nothing like {event} has ever happened in {where} before.",
    "Taken together, the accounts from {who} describe {a_noun} that {happened} with little warning"
    " in a quiet corner of {where}.",
    "Those who were in {where} when {event} {happened} described scenes of confusion.",
    "Our reporter at the scene in {where} says {event} {happened} with almost no warning.",
    "The {noun} at {where} was the talk of the region on Monday, according to {who}.",
    "{Who} said {event}, first reported at about 2 p.m. near the centre of {where}, had drawn calls"
    " from dozens of people.",
    "{a_noun} was reported in {where} at about 4 a.m., {who} said.",
    "Filmed by passers-by in {where}, {event} quickly became the most-watched clip on our website.",
    "Just what set off {event} near {where} is still unclear, {who} said.",
    "Between the heat, the road closures and {event} in {where}, it has been a week to forget.",
    "{Event} was {held} in {where} under tight security, {who} said.",
    "{where} hosted {event} after other venues pulled out, {who} said.",
)

PLACE_SECOND = (
    "It could take weeks to get a full picture of {event} in {where}, {who} warned.",
    "The {where} {noun} is now the subject of an independent review.",
    "{Who} said the response to {event} at {where} had gone about as well as could be expected.",
    "Back in {where}, where {event} {happened}, the mood this week has been subdued.",
    "UPDATE 9:15 p.m.: We are still waiting for an official account of {event} near {where}.",
    "Anyone who was in {where} at the time of {event} is asked to get in touch with our newsroom.",
    "{where}'s {noun} has also raised questions about planning, {who} said.",
    "Video from {where} shows the moments just after {event}.",
    "{Event} — which, again, {happened} in {where} — has prompted calls for new rules.",
    "Asked about {event}, local leaders in {where} said they would learn every lesson they could"
    " from what happened there.",
    "{Event} has put {where} in the headlines far beyond the region.",
    "Investigators went back on Friday to {where}, where {event} {happened}, to gather more evidence.",
    "Recap: {event} ({where}) and the questions it leaves behind.",
    "{where}, the scene of {event}, was quiet again by Sunday.",
    "Had {event} taken place anywhere other than {where}, things might have turned out very differently,"
    " {who} said.",
    "For people living near where {event} {happened} in {where}, the past few days have been exhausting.",
    "{Who} shared a map showing exactly where in {where} {event} {happened}.",
    "In {where}, where the {noun} took place, {who} planned another briefing for Thursday.",
    "{Who} would not say what led to {event} outside {where}.",
    "We will keep updating this page as we learn more about {event} in {where}.",
    "Extra staff were sent to {where} to help in the days after {event}.",
    "The {noun} in {where} has been described by {who} as 'a wake-up call.'",
    "What made {event} at {where} stand out, experts told us, was how little warning there was.",
    "The {noun} in {where}, {who} said, will be reviewed by an outside panel.",
    "'Something like {event} just doesn't happen here in {where},' one longtime resident told our reporter.",
    "Early reports placed {event} elsewhere, but {who} later confirmed it {happened} in {where}.",
    "WATCH: {where} {noun} caught on camera.",
    "Between the road closures, the rain and the {noun} near {where}, local shops said they had lost"
    " a week of trade.",
    "When {event} was {held} in {where}, few had expected it to draw so much attention.",
    "{where}, which hosted {event}, was praised by {who} for its arrangements.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where} on Monday, {who} said.",
        "Hours later a separate {noun} was reported in {other}, though {who} said the two were"
        " not connected.",
        "another",
    ),
    NegativePair(
        "Viewers in {where} sent us photos of {event} as it unfolded.",
        "Only days earlier, {a_noun} in {other} had made headlines of its own.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Many of those caught up in the {noun} had travelled from {other} for the weekend.",
        "elsewhere",
    ),
    NegativePair(
        "Here's what we know about {event} in {where}.",
        "Messages of support poured in from {other} after the {noun}, {who} said.",
        "elsewhere",
    ),
    NegativePair(
        "{a_noun} {happened} in {where} overnight, according to {who}.",
        "Specialist investigators were flown in from {other} to help with the {noun} inquiry.",
        "elsewhere",
    ),
    NegativePair(
        "LIVE: Updates on {event} in {where}.",
        "Some of those affected by the {noun} have since moved in with relatives in {other}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where} late Friday, {who} said.",
        "Traffic on the road from {where} to {other} backed up for hours in the wake of the {noun}.",
        "from_to",
    ),
    NegativePair(
        "Residents of {where} are still talking about {event}.",
        "Some families left {where} for {other} the morning after the {noun} and have not yet returned.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Emergency teams from across {other} were sent to help after the {noun} in {where}.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} was the top story on our website this morning.",
        "For many in {other}, the {noun} in {where} still feels very close to home.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place16b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
