"""PLACE bank place62l, written by a blind helper, round 62 (held out). Register: election-night and
political copy (wire services, political desks, live results blogs): polls, coups, rallies, recounts."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "ballot-box theft",
        ("took place", "was reported", "occurred"),
        ("the electoral commission", "police", "opposition officials", "election observers"),
    ),
    EventKind(
        "polling-station attack",
        ("took place", "happened", "was carried out"),
        ("police", "the interior ministry", "the electoral commission", "local officials"),
    ),
    EventKind(
        "rally stampede",
        ("happened", "occurred", "broke out"),
        ("police", "party officials", "emergency services", "witnesses"),
    ),
    EventKind(
        "recount",
        ("was held", "took place", "was carried out"),
        ("the electoral commission", "returning officers", "both campaigns", "party officials"),
        hosted=True,
    ),
    EventKind(
        "televised debate",
        ("was held", "took place", "was broadcast"),
        ("the broadcaster", "organisers", "campaign aides", "the debates commission"),
        hosted=True,
    ),
    EventKind(
        "referendum",
        ("was held", "took place", "went ahead"),
        ("the electoral commission", "the government", "international observers", "state media"),
        hosted=True,
    ),
    EventKind(
        "no-confidence vote",
        ("was held", "took place", "went ahead"),
        ("parliamentary officials", "the speaker's office", "opposition whips", "state television"),
        hosted=True,
    ),
    EventKind(
        "swearing-in ceremony",
        ("was held", "took place", "went ahead"),
        ("the presidency", "state media", "government officials", "diplomats"),
        hosted=True,
    ),
    EventKind(
        "putsch",
        ("was launched", "unfolded", "took place"),
        ("the defence ministry", "diplomats", "state radio", "military sources"),
    ),
    EventKind(
        "party congress",
        ("was held", "opened", "took place"),
        ("party officials", "delegates", "the party's spokesman", "state media"),
        hosted=True,
    ),
    EventKind(
        "assassination attempt",
        ("took place", "was made", "happened"),
        ("police", "the candidate's campaign", "security officials", "the interior ministry"),
    ),
    EventKind(
        "parliamentary walkout",
        ("took place", "happened", "was staged"),
        ("opposition lawmakers", "the speaker's office", "parliamentary reporters", "party whips"),
    ),
    EventKind(
        "vote-buying raid",
        ("was carried out", "took place", "was conducted"),
        ("anti-corruption investigators", "police", "prosecutors", "the electoral commission"),
    ),
    EventKind(
        "concession speech",
        ("was delivered", "was given", "was made"),
        ("campaign aides", "the defeated candidate's office", "party officials", "reporters present"),
    ),
    EventKind(
        "run-off",
        ("was held", "took place", "went ahead"),
        ("the electoral commission", "election monitors", "the interior ministry", "state media"),
        hosted=True,
    ),
    EventKind(
        "campaign bus crash",
        ("happened", "occurred", "took place"),
        ("police", "the campaign", "traffic officials", "a party spokesman"),
    ),
    EventKind(
        "grenade attack",
        ("took place", "happened", "was carried out"),
        ("police", "the army", "security sources", "hospital officials"),
    ),
    EventKind(
        "ballot-printing fire",
        ("broke out", "started", "happened"),
        ("fire officials", "the electoral commission", "police", "the printing contractor"),
    ),
    EventKind(
        "fracas",
        ("broke out", "erupted", "happened"),
        ("witnesses", "police", "polling officials", "party agents"),
    ),
    EventKind(
        "stage collapse",
        ("happened", "occurred", "took place"),
        ("organisers", "police", "emergency services", "party officials"),
    ),
    EventKind(
        "motorcade ambush",
        ("happened", "took place", "occurred"),
        ("security officials", "the candidate's spokeswoman", "police", "the army"),
    ),
    EventKind(
        "plebiscite",
        ("was held", "took place", "went ahead"),
        ("the electoral commission", "the regional government", "observers", "state media"),
        hosted=True,
    ),
    EventKind(
        "mutiny",
        ("broke out", "erupted", "took place"),
        ("the defence ministry", "military sources", "diplomats", "residents"),
    ),
    EventKind(
        "curfew",
        ("was imposed", "was declared", "came into force"),
        ("the interior ministry", "police", "the army", "local officials"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "According to {who}, {event} {happened} on the outskirts of {where}.",
    "It was in {where} that {event} {happened}, {who} told reporters as results trickled in.",
    "{Who} confirmed that {event} in {where} had left election officials scrambling to reassure voters.",
    "The electoral commission's first statement of the night concerned {event} in {where}, "
    'which it described as "a matter of serious concern".',
    "Footage shared by {who} appeared to show the scene shortly after {event} in {where}.",
    "{where}'s {noun}, which {who} said {happened} shortly after polls closed, dominated the "
    "evening's coverage.",
    "Observers from a regional monitoring mission noted that {event} {happened} in {where} while "
    "counting was still under way.",
    "Security forces stand guard near the site of {event} in {where}.",
    "Asked about {event} in {where}, a spokesman for the ruling party declined to comment.",
    "Preliminary results had barely begun to arrive when news broke of {a_noun} in {where}.",
    "Details of {event} remained sketchy, but {who} placed it in {where}.",
    "{Event}, {who} said, {happened} in {where} as supporters of the ruling party gathered to celebrate.",
    "While {event} in {where} drew most of the attention, turnout figures elsewhere told a quieter story.",
    "Long before the final tally was announced, and despite repeated appeals for calm from every "
    "major party, {event} {happened} in {where}.",
    "Among the night's developments was {a_noun} in {where}, according to {who}.",
    '"We never thought we would see {a_noun} here in {where}," a local party official told reporters.',
    "{Who} said {event} {happened} in {where} and that more details would be released later.",
    "The {noun} in {where} quickly became the talking point of the night, {who} said.",
    "Reports of {a_noun} in {where} first emerged on social media before being confirmed by {who}.",
    "Whatever the final results show, {event} in {where} is likely to shape the political debate "
    "for weeks, analysts said.",
    "{Event} was {held} in {where} under tight security, {who} said.",
    "In a brief statement, {who} said {event} had taken place in {where} and urged the public "
    "not to speculate.",
    "{where} - the scene of {event}, according to {who} - was quiet by the time the first "
    "results were declared.",
    "Party officials told reporters that {event} in {where} had forced a last-minute change to "
    "the leader's schedule.",
    "What {who} described as {a_noun} in {where} was the first sign that the night would not go smoothly.",
)

PLACE_SECOND = (
    "News of {event} in {where} spread quickly among party workers.",
    "Party officials insisted that {event} in {where} would not affect the overall outcome.",
    "Back in {where}, where {event} {happened}, the mood was tense as counting continued.",
    "Questions about {event} in {where} dominated the ruling party's late-night news conference.",
    "{Who} later revised some details but maintained that {event} {happened} in {where}.",
    "Observers noted that {event} in {where} had come at a delicate moment for the coalition.",
    "The fallout from {where}'s {noun} is expected to linger well beyond the declaration of results.",
    "By the time the provisional tally was published, {event} in {where} had already drawn "
    "comment from across the political spectrum.",
    "A campaign spokeswoman, asked whether {event} in {where} had hurt turnout, said it was too "
    "early to tell.",
    "In a statement issued after midnight, the ruling party referred to {event} in {where} as "
    '"a matter for the proper authorities".',
    "Residents in {where}, the scene of {event}, said they were still waiting for answers.",
    "Analysts said {event} in {where} could yet feature in legal challenges to the result.",
    "Opposition leaders seized on {event} in {where}, saying it showed the need for electoral reform.",
    "The {noun} ({who} said it {happened} in {where}) was not mentioned in the president's address.",
    "Whether {event} in {where} will change many minds among voters remains unclear.",
    "Television networks briefly cut away from their results coverage to show pictures of "
    "{event} in {where}.",
    "Among the issues raised at the briefing was {event} in {where}, which officials declined to "
    "discuss in detail.",
    "Even after the final seats were allocated, {event} that {happened} in {where} continued to "
    "be discussed in the corridors of parliament.",
    "That {noun} in {where}, several commentators noted, said as much about the state of the "
    "campaign as the results did.",
    "Coverage of {event}, which {who} said {happened} in {where}, eclipsed the results themselves "
    "for much of the night.",
    "The {noun}, in {where}, was mentioned only briefly in the winner's victory speech.",
    "The commission's report on {event} in {where} is expected within days.",
    "Police officers at the site of {event} in {where}.",
    "{Event}, {held} in {where} despite objections from the opposition, was cited repeatedly by both camps.",
    "For voters in {where}, {event} was the defining image of an election that had promised "
    "to be uneventful.",
    "It is still not clear who ordered {event} in {where}, a senior official said on condition of anonymity.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Electoral officials travelled from {other}, the regional capital, to review what had happened.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} in {where} had caught local officials off guard.",
        "{where} lies about two hours by road from {other}, the nearest city with an airport.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who}.",
        "The governor, whose office is in {other}, said the provincial administration was "
        "monitoring the situation in {where}.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, according to {who}.",
        "Results from {other}, the provincial capital, were counted without incident.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} in {where} as counting continued.",
        "Riot police flown in from {other} arrived several hours later.",
        "origin",
    ),
    NegativePair(
        "{Who} said {event} in {where} had drawn a large crowd.",
        "Many of those present had travelled by bus from {other}, party officials said.",
        "origin",
    ),
    NegativePair(
        "Observers were present in {where} when {event} {happened}.",
        "Extra ballot papers had been trucked in overnight from a warehouse in {other}.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Several people were later taken to hospital in {other} for treatment.",
        "destination",
    ),
    NegativePair(
        "{Event} in {where} forced the candidate to cut short her visit.",
        "She flew on to {other} that evening, where she was due to meet party donors.",
        "destination",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The ballot boxes were later driven under armed escort to {other} for safekeeping.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Speaking in {other}, the interior minister called for calm.",
        "reporter",
    ),
    NegativePair(
        "{Who} confirmed {event} in {where}.",
        "The ruling party, in a statement issued from its headquarters in {other}, said it would "
        "await the official findings.",
        "reporter",
    ),
    NegativePair(
        "Reports of {a_noun} in {where} began circulating shortly after polls closed.",
        "Observers briefing journalists in {other} said they had heard about {event} but could "
        "not yet verify the details.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A security firm based in {other} had been hired to guard the site.",
        "hometown",
    ),
    NegativePair(
        "{Who} said {event} in {where} had involved dozens of people.",
        "Among those caught up in it was a 34-year-old teacher from {other}.",
        "hometown",
    ),
    NegativePair(
        "{Event} in {where} was the main story of the night.",
        "The opposition candidate, who lives in {other}, said she learned of {event} from television.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the second such incident this year, following {a_noun} in {other}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} in {where} had been anticipated for weeks.",
        "A similar {noun} in {other} last year drew sharp international criticism.",
        "another",
    ),
    NegativePair(
        "In {where}, {event} {happened} with little warning.",
        "Unlike the {noun} in {other} at the last election, this one attracted little attention abroad.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} was described by {who} as unprecedented.",
        "Analysts compared it with {a_noun} in {other} during the previous election cycle.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "An inquiry into {event} will open in {other} next month, the justice ministry said.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Party leaders are due to meet in {other} next week to discuss the fallout.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} in {where} would be examined by the courts.",
        "A hearing on the matter has been scheduled at the constitutional court in {other}.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Protests over {event} spread to {other} the following day.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} in {where} had been handled properly.",
        "In {other}, opposition supporters marched on the electoral commission's offices in "
        "protest at {event}.",
        "reaction",
    ),
    NegativePair(
        "{Event} in {where} was condemned by rights groups.",
        "Students in {other} walked out of classes to denounce {event}.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place62l",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
