"""Place-conflict wording bank written by helper place18a, round 18. It imitates plain,
conservative wire-agency and regional-daily copy (AP/Reuters briefs, the local paper's
police, courts, transport, council, labour and public-health pages): short declarative
sentences with the attribution tacked on ("police said", "according to the utility"), the
place carried by a prepositional phrase, a "the Lagos carjacking" modifier, a relative
clause, a cleft, an apposition or a quote, as a hurried but competent reporter files them.
The event kinds are everyday incidents (a carjacking, a sinkhole, a ferry grounding, a
school lockdown, a go-slow, a picket), not the usual attack/election/summit nouns."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "carjacking",
        ("took place", "happened", "was reported"),
        ("police", "a police spokeswoman", "detectives"),
    ),
    EventKind(
        "rockslide",
        ("came down", "occurred", "struck"),
        ("the transport ministry", "road crews", "local officials"),
    ),
    EventKind(
        "gas leak",
        ("was detected", "was discovered", "was reported"),
        ("the fire department", "the gas utility", "fire officials"),
    ),
    EventKind(
        "bus crash",
        ("happened", "occurred", "took place"),
        ("police", "the bus operator", "emergency services"),
    ),
    EventKind(
        "warehouse fire",
        ("broke out", "started", "was reported"),
        ("fire officials", "the fire brigade", "a fire service spokesman"),
    ),
    EventKind(
        "walkout",
        ("began", "was called", "took place"),
        ("the union", "union officials", "the employer"),
    ),
    EventKind(
        "go-slow",
        ("began", "was called", "started"),
        ("the union", "the rail operator", "union leaders"),
    ),
    EventKind(
        "measles outbreak",
        ("was confirmed", "was declared", "was identified"),
        ("health officials", "the health department", "a public health spokesman"),
    ),
    EventKind(
        "chemical spill",
        ("occurred", "was reported", "was discovered"),
        ("environmental regulators", "the fire service", "plant managers"),
    ),
    EventKind(
        "hit-and-run",
        ("happened", "occurred", "took place"),
        ("police", "traffic investigators", "a police spokesman"),
    ),
    EventKind(
        "jailbreak",
        ("took place", "was discovered", "happened"),
        ("prison officials", "the corrections department", "police"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "appeared", "formed"),
        ("city engineers", "the public works department", "municipal officials"),
    ),
    EventKind(
        "ferry grounding",
        ("occurred", "happened", "took place"),
        ("the coast guard", "the ferry operator", "maritime officials"),
    ),
    EventKind(
        "building collapse",
        ("occurred", "happened", "took place"),
        ("rescue officials", "the fire brigade", "city officials"),
    ),
    EventKind(
        "water main break",
        ("occurred", "happened", "was reported"),
        ("the water utility", "city officials", "utility crews"),
    ),
    EventKind(
        "power outage",
        ("began", "struck", "was reported"),
        ("the utility", "the grid operator", "the power company"),
    ),
    EventKind(
        "dog attack",
        ("happened", "took place", "was reported"),
        ("police", "animal control officers", "council officials"),
    ),
    EventKind(
        "school lockdown",
        ("was ordered", "was imposed", "was declared"),
        ("the school district", "police", "school officials"),
    ),
    EventKind(
        "tanker rollover",
        ("happened", "occurred", "took place"),
        ("state troopers", "the highway patrol", "the trucking company"),
    ),
    EventKind(
        "hostage standoff",
        ("unfolded", "began", "took place"),
        ("police", "a police negotiator", "officials"),
    ),
    EventKind(
        "mass brawl",
        ("broke out", "erupted", "took place"),
        ("police", "stadium officials", "witnesses"),
    ),
    EventKind(
        "tractor protest",
        ("began", "went ahead", "took place"),
        ("police", "farmers' groups", "organizers"),
        hosted=True,
    ),
    EventKind(
        "candlelight vigil",
        ("took place", "went ahead", "was held"),
        ("organizers", "police", "community leaders"),
        hosted=True,
    ),
    EventKind(
        "picket",
        ("began", "went ahead", "was mounted"),
        ("the union", "police", "union organizers"),
        hosted=True,
    ),
    EventKind(
        "evacuation drill",
        ("was carried out", "was conducted", "took place"),
        ("emergency management officials", "the fire department", "organizers"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} shortly before noon, {who} said.",
    "According to {who}, {event} {happened} in {where}.",
    "{Who} confirmed that {a_noun} {happened} in {where} but released few other details.",
    "In {where}, {a_noun} {happened}, {who} told reporters.",
    "Few details of the {where} {noun} were immediately available, {who} said.",
    "{Event}, which {happened} in {where}, led local radio bulletins for much of the day.",
    "It was not immediately clear what led to {event} in {where}, {who} said.",
    '"{Event} {happened} here in {where}," {who} said in a brief statement.',
    "{Event} {happened} in central {where}, {who} said.",
    "{Who} gave the location of {event} as {where}.",
    "{Event} that {happened} in {where} will be the subject of a written report, {who} said.",
    "Footage shared on social media appeared to show {event} in {where}.",
    "Those affected by {event} in {where} were offered support, {who} said.",
    "{a_noun} {happened} in northern {where} overnight, {who} said.",
    "{where}, where {event} {happened}, had seen nothing similar in recent memory, {who} said.",
    "A reporter at the scene in {where} said {event} {happened} shortly after 9 a.m.",
    "{Event} was {held} in {where} in steady rain, {who} said.",
    "{Who} said {event}, {held} in {where}, ended without incident.",
    "{Who} said about 200 people joined {event}, which was {held} in {where}.",
    "The {where} {noun} {happened} earlier in the week, {who} said.",
    "Officials have not said how many people were involved in {event} in {where}.",
    "{Who} said {event} {happened} in {where} and that an update would follow later in the day.",
    "{Event} {happened} in {where}, according to a short statement issued by {who}.",
    "Early accounts of how {event} in {where} unfolded were still being pieced together, {who} said.",
    "{Who} said it was in {where} that {event} {happened}.",
    "{Who} described {event} in {where} as one of the most significant in years.",
    "{Event} {happened} in the south of {where}, {who} said.",
    "Television pictures from {event} in {where} were broadcast throughout the afternoon.",
    "{Event} in {where}, the first in the area this year, {happened} before dawn, {who} said.",
    '"We were told {event} {happened} in {where}," said {who}.',
)

PLACE_SECOND = (
    "{Who} later said {event} {happened} in {where}.",
    "The {where} {noun} remained under review, according to {who}.",
    "Speaking later, {who} said {event} in {where} had been dealt with by local crews.",
    "Images of {event} in {where} circulated widely online.",
    "Asked about {event} in {where}, {who} declined to comment further.",
    "{Who} gave no timetable for a full report on {event} in {where}.",
    "The aftermath of {event} in {where} was still being assessed, {who} said.",
    "{Who} said {event} was {held} in {where} after weeks of planning.",
    "Roughly 300 people attended {event}, which was {held} in {where}, according to {who}.",
    "{Event} {held} in {where} was peaceful, {who} said.",
    "Coverage of {event} in {where} dominated the evening news.",
    "{Who} did not say what caused {event} in {where}.",
    "{Event}, in {where}, was the second of its kind this month, {who} said.",
    "Much about {event} in {where} remained unclear, {who} said.",
    "Inquiries into {event} in {where} were continuing, {who} said.",
    "{Who} said a full account of {event} in {where} would be published.",
    "{Event} {happened} in {where}, {who} said in an update.",
    "In a later statement, {who} said the situation following {event} in {where} was calm.",
    "The {noun} {happened} in {where}, {who} confirmed.",
    '"{Event} in {where} has shaken people," {who} said.',
    "People living close to the site of {event} in {where} were kept informed, {who} said.",
    "{Who} said lessons would be drawn from the {where} {noun}.",
    "{Who} said the {where} {noun} would be discussed at a meeting next week.",
    "Updates on {event} in {where} were posted throughout the day by {who}.",
    "The scene of {event} in {where} was cleared by late afternoon, {who} said.",
    "Questions remained over how {event} in {where} was handled, {who} said.",
    "Those caught up in {event} in {where} described a tense atmosphere.",
    "{Event} that {happened} in {where} was not expected to have lasting consequences, {who} said.",
    "{Who} told the newspaper that {event} in {where} was being treated as a priority.",
    "A spokesman said staff were briefed after {event} in {where}.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where} shortly before noon, {who} said.",
        "It came a week after {a_noun} in {other}, {who} said.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "The {where} {noun} was the second in a month, following {a_noun} in {other}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} in {where} was under review.",
        "A separate {noun} {happened} in {other} the same day, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in central {where}, {who} said.",
        "Relatives in {other} learned of {event} from television reports.",
        "elsewhere",
    ),
    NegativePair(
        "{Who} said it was in {where} that {event} {happened}.",
        "{Event} in {where} prompted a statement of concern from officials in {other}.",
        "elsewhere",
    ),
    NegativePair(
        "Few details of the {where} {noun} were immediately available, {who} said.",
        "Markets in {other} barely reacted to {event} in {where}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, led local radio bulletins for much of the day.",
        "Some of those caught up in {event} had travelled from {other} that morning.",
        "from_to",
    ),
    NegativePair(
        "{Who} confirmed that {a_noun} {happened} in {where} but released few other details.",
        "Several witnesses to {event} in {where} were later flown home to {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to a short statement issued by {who}.",
        "{Event} was the first of its kind in {other} this year, {who} said.",
        "contained",
    ),
    NegativePair(
        "In {where}, {a_noun} {happened}, {who} told reporters.",
        "{Who} later said {event} {happened} in {other}.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place18a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
