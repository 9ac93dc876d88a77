"""PLACE bank place56b, written by a blind helper, round 56 (held out). Register: English-language dailies
of South Asia, Africa and Southeast Asia ('the mishap occurred', 'it is learnt', 'as per',
'reports reaching here', 'downed shutters')."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "gas cylinder blast",
        ("occurred", "took place", "was reported"),
        ("police", "fire service officials", "the district administration", "eyewitnesses"),
    ),
    EventKind(
        "stampede",
        ("occurred", "broke out", "took place"),
        ("police", "the district collector", "temple trust officials", "eyewitnesses"),
    ),
    EventKind(
        "landslide",
        ("occurred", "struck", "took place"),
        ("disaster management officials", "the block development officer", "rescue teams", "villagers"),
    ),
    EventKind(
        "bus mishap",
        ("occurred", "took place", "happened"),
        ("police", "transport department officials", "fellow passengers", "the traffic police"),
    ),
    EventKind(
        "building collapse",
        ("occurred", "took place", "happened"),
        ("fire and rescue officials", "the municipal commissioner", "neighbours", "police"),
    ),
    EventKind(
        "hooch tragedy",
        ("occurred", "unfolded", "came to light"),
        ("the excise department", "police", "hospital sources", "the district magistrate"),
    ),
    EventKind(
        "lynching",
        ("took place", "occurred", "was reported"),
        ("police", "a senior police officer", "human rights activists", "family members"),
    ),
    EventKind(
        "jailbreak",
        ("took place", "occurred", "was staged"),
        ("prison officials", "the prisons department", "police", "a jail warder"),
    ),
    EventKind(
        "ferry disaster",
        ("occurred", "struck", "took place"),
        ("the coast guard", "port officials", "survivors", "the maritime authority"),
    ),
    EventKind(
        "flash flood",
        ("struck", "occurred", "was reported"),
        ("the meteorological department", "relief officials", "local residents", "the village headman"),
    ),
    EventKind(
        "derailment",
        ("occurred", "took place", "happened"),
        ("railway officials", "a railway spokesperson", "the divisional railway manager", "passengers"),
    ),
    EventKind(
        "boiler explosion",
        ("occurred", "took place", "was reported"),
        ("factory workers", "the inspector of factories", "police", "fire officials"),
    ),
    EventKind(
        "convocation",
        ("was held", "took place", "was conducted"),
        ("university officials", "the registrar", "the vice-chancellor's office", "organisers"),
        hosted=True,
    ),
    EventKind(
        "passing-out parade",
        ("was held", "took place", "was conducted"),
        ("the academy", "a defence spokesperson", "police headquarters", "officials"),
        hosted=True,
    ),
    EventKind(
        "mass wedding",
        ("was held", "took place", "was solemnised"),
        ("organisers", "the social welfare department", "a trust spokesman", "local leaders"),
        hosted=True,
    ),
    EventKind(
        "by-election",
        ("was held", "took place", "was conducted"),
        ("the Election Commission", "the returning officer", "poll officials", "party workers"),
        hosted=True,
    ),
    EventKind(
        "demolition drive",
        ("was carried out", "took place", "was conducted"),
        ("municipal officials", "the town planning department", "affected shopkeepers", "police"),
    ),
    EventKind(
        "drug haul",
        ("was made", "was seized", "was intercepted"),
        ("the narcotics control bureau", "customs officials", "anti-narcotics police", "investigators"),
    ),
    EventKind(
        "crocodile attack",
        ("occurred", "took place", "happened"),
        ("wildlife officials", "the forest department", "villagers", "the wildlife service"),
    ),
    EventKind(
        "dacoity",
        ("took place", "was committed", "occurred"),
        ("police", "the station house officer", "the victims' family", "investigating officers"),
    ),
    EventKind(
        "electrocution",
        ("occurred", "took place", "happened"),
        ("electricity board officials", "police", "relatives", "the power distribution company"),
    ),
    EventKind(
        "idol theft",
        ("took place", "occurred", "came to light"),
        ("the idol wing", "temple authorities", "police", "the temple priest"),
    ),
    EventKind(
        "sit-in",
        ("was staged", "was held", "took place"),
        ("organisers", "union leaders", "police", "student leaders"),
        hosted=True,
    ),
    EventKind(
        "acid attack",
        ("took place", "occurred", "was carried out"),
        ("police", "the women's commission", "hospital authorities", "the victim's family"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "According to {who}, {event} {happened} near {where}.",
    "It was in {where} that {event} {happened}, {who} confirmed.",
    "{Who} said {event}, which {happened} on the outskirts of {where}, was being looked into "
    "at the highest level.",
    "In {where}, where {event} {happened}, officials were still piecing together the sequence of events.",
    "The {noun} in {where} has been the talk of the town ever since, it is learnt.",
    "Details of {event} in {where} were shared by {who} late in the evening.",
    "Speaking to reporters, a senior official said {event} {happened} in {where} and that a detailed "
    "report had been sought from the department concerned.",
    "The said {noun}, which {who} said {happened} in {where}, is now the subject of a departmental inquiry.",
    "{Event} was reported from {where}, {who} said.",
    "FILE PHOTO: The scene in {where} after {event}.",
    "Officials at the site of {event} in {where}. (Photo: Special Arrangement)",
    "{Event}, which residents say caught the local administration completely off guard and which has "
    "since prompted a flurry of meetings at the collectorate, {happened} in {where}.",
    "Soon after {event} {happened} in {where}, senior district officials reached the spot.",
    "{where}, the scene of {event}, has since seen a steady stream of officials, politicians "
    "and journalists.",
    "{where}'s {noun} has drawn wide attention, with the matter being raised at the highest levels.",
    '"{Event} {happened} right here in {where}, in front of our eyes," said a local shopkeeper, '
    "who did not wish to be named.",
    "{Who} confirmed that {event} in {where} was being examined and that a detailed statement would follow.",
    "Officials confirmed that {event} (in {where}, not far from the main road) had been brought to "
    "the notice of the state government.",
    "As per {who}, {event} {happened} at a spot in {where} that is otherwise considered quiet.",
    "A day after {event} in {where}, the administration convened a meeting of all line departments.",
    "It is learnt that {event} {happened} in {where} and that senior officials were informed soon after.",
    "Taking cognisance of {event} in {where}, the authorities have ordered a detailed report.",
    "Of all the places for {a_noun}, few expected it to be {where}, residents told this newspaper.",
    "Reports reaching here say {event} {happened} in {where}.",
    "{Event}, {held} in {where} amid tight security, passed off peacefully, {who} said.",
)

PLACE_SECOND = (
    "News of {event} in {where} spread quickly.",
    "Meanwhile, {who} said the investigation into {event} in {where} was continuing.",
    "The {where} {noun} has once again put the spotlight on the district administration.",
    "Questions remain over how {event} in {where} was allowed to unfold the way it did.",
    "Since {event} {happened} in {where}, local leaders have demanded answers from the authorities.",
    "{Who} added that the circumstances surrounding {event} in {where} would be examined in detail.",
    "The fallout from {event} in {where} is expected to dominate the next district review meeting.",
    "{where}, where {event} {happened}, was slowly returning to its usual rhythm, officials said.",
    "Opposition leaders were quick to seize on {event} in {where}, accusing the government of mismanagement.",
    "A report on {event} in {where} has been submitted to the chief secretary, it is learnt.",
    "Asked about {event} in {where}, the official declined to comment further.",
    "The handling of {where}'s {noun} by the local authorities has come in for sharp criticism "
    "on social media.",
    '"We will not forget {event} here in {where}," a community elder told this reporter.',
    "A view of the site in {where} a day after {event}.",
    "That {event} {happened} in {where}, of all places, surprised many longtime residents.",
    "Footage of {event} in {where}, widely shared on WhatsApp, was later verified by {who}.",
    "{Event}, the collector said in a lengthy statement that also touched on road repairs, drainage "
    "works and the pending recruitment of staff in several blocks, had taken place in {where}.",
    "In the wake of {event} in {where}, the state government has ordered an audit of similar "
    "arrangements across the district.",
    "The {noun}, {who} reiterated, {happened} in {where}, contrary to some early social media posts.",
    "Back in {where}, the scene of {event}, life was slowly limping back to normal.",
    "For residents of {where}, {event} on their own doorstep came as a rude shock.",
    "Responsibility for the follow-up on {event} in {where} has been handed to a senior officer.",
    "The {where} {noun}, as it has come to be known, continues to make headlines.",
    "Lessons from {event} in {where} will be shared with other districts, the official added.",
    "It bears recalling that {event} {happened} in {where}, barely a stone's throw from the "
    "district headquarters.",
    "Those who attended {event}, {held} in {where}, later spoke of long queues and poor arrangements.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Officials from the divisional headquarters at {other} reached the spot within hours.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} on the outskirts of {where}.",
        "A team of senior officials from the state capital, {other}, was also dispatched.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "The matter has been referred to the regional office in {other}, which oversees the area.",
        "contained",
    ),
    NegativePair(
        "The {noun} in {where} has prompted a review by district officials.",
        "The district collector, who is based in {other}, is expected to visit {where} shortly.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "Additional police personnel were rushed in from {other} to help manage the situation.",
        "origin",
    ),
    NegativePair(
        "{Who} said {event}, which {happened} in {where}, drew curious onlookers from far and wide.",
        "Some of them had travelled all the way from {other} to be there.",
        "origin",
    ),
    NegativePair(
        "Soon after {event} in {where}, a team of experts was called in to assess the situation.",
        "The team, it is learnt, had flown in from {other} at short notice.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Some of those injured were later referred to a bigger hospital in {other}.",
        "destination",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "The minister, who visited {where} briefly, later flew on to {other} for a scheduled engagement.",
        "destination",
    ),
    NegativePair(
        "Officials said the records of {event} in {where} would be preserved in full.",
        "The files, it is learnt, have since been sent to the headquarters in {other} for scrutiny.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Speaking to reporters in {other}, the chief minister said the government was keeping a close watch.",
        "reporter",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} near {where}.",
        "The statement was issued from the ministry's office in {other} late the same evening.",
        "reporter",
    ),
    NegativePair(
        "The {noun} in {where} was discussed at length by officials.",
        "Addressing a press conference in {other}, the minister said a detailed report had been sought.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Among those named in the initial report is a businessman who lives in {other}.",
        "hometown",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "One of the eyewitnesses, a schoolteacher who lives in {other}, had been visiting relatives "
        "at the time.",
        "hometown",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, officials said.",
        "The contractor responsible for the site, a {other}-based firm, has been asked to explain.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A similar {noun} in {other} last year had led to a major overhaul of the rules.",
        "another",
    ),
    NegativePair(
        "The {noun} in {where} has revived memories of an earlier one.",
        "Residents recalled that an earlier {noun}, in {other}, had also made national headlines.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} near {where}, according to {who}.",
        "It was the second such {noun} in the region this year, after one in {other}.",
        "another",
    ),
    NegativePair(
        "Officials said {event} in {where} was being treated with the utmost seriousness.",
        "Critics pointed out that no one had been held accountable for {a_noun} in {other} some years ago.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A high-level meeting to review the matter will be held in {other} next week.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "A one-man inquiry commission is expected to begin its hearings in {other} shortly.",
        "planned",
    ),
    NegativePair(
        "The {noun} in {where} will be taken up by the state cabinet.",
        "The cabinet is scheduled to meet in {other} at the end of the month.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Candlelight vigils were held in {other} in solidarity with those affected.",
        "reaction",
    ),
    NegativePair(
        "It was near {where} that {event} {happened}.",
        "Students staged a protest in {other} demanding accountability over it.",
        "reaction",
    ),
    NegativePair(
        "News of {event} in {where} travelled fast.",
        "Shops in parts of {other} downed shutters in protest the following day.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place56b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
