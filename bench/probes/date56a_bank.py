"""DATE bank date56a, written by a blind helper, round 56 (held out). Register: breaking news and live
coverage (live blogs, what-we-know explainers, push alerts, bulletin scripts, agency leads, corrections).
On landing, one template, "{Event} {happened} {when}, {who} confirmed.", became "... {who} later
confirmed.": it was word for word a test-part template (measured as written)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "gas cylinder blast",
        ("occurred", "happened", "took place"),
        ("police", "fire officials", "the district administration", "local authorities"),
    ),
    EventKind(
        "derailment",
        ("occurred", "happened", "took place"),
        ("the rail operator", "transport officials", "police", "the national rail authority"),
    ),
    EventKind(
        "footbridge collapse",
        ("happened", "occurred", "took place"),
        ("the city council", "police", "emergency services", "local officials"),
    ),
    EventKind(
        "stampede",
        ("broke out", "happened", "occurred"),
        ("police", "organisers", "state media", "hospital officials"),
    ),
    EventKind(
        "landslide",
        ("struck", "hit", "happened"),
        ("the disaster management agency", "rescue officials", "state media", "the regional governor"),
    ),
    EventKind(
        "jailbreak",
        ("happened", "took place", "occurred"),
        ("prison authorities", "the justice ministry", "police", "local media"),
    ),
    EventKind(
        "ferry capsizing",
        ("happened", "occurred", "took place"),
        ("the coastguard", "maritime officials", "the ferry operator", "state media"),
    ),
    EventKind(
        "blackout",
        ("began", "struck", "hit"),
        ("the grid operator", "the energy ministry", "the utility company", "city officials"),
    ),
    EventKind(
        "ransomware attack",
        ("began", "was detected", "took place"),
        ("the hospital trust", "cybersecurity officials", "the company", "the national cyber agency"),
    ),
    EventKind(
        "state funeral",
        ("was held", "took place", "was conducted"),
        ("the presidency", "state television", "government officials", "the palace"),
        hosted=True,
    ),
    EventKind(
        "referendum",
        ("was held", "took place", "went ahead"),
        ("the electoral commission", "election officials", "state media", "observers"),
        hosted=True,
    ),
    EventKind(
        "military parade",
        ("was held", "took place", "went ahead"),
        ("the defence ministry", "state television", "officials", "the armed forces"),
        hosted=True,
    ),
    EventKind(
        "candlelight vigil",
        ("was held", "took place", "went ahead"),
        ("organisers", "police", "community leaders", "local officials"),
        hosted=True,
    ),
    EventKind(
        "mine flooding",
        ("happened", "occurred", "began"),
        ("the mining company", "rescue officials", "the labour ministry", "union officials"),
    ),
    EventKind(
        "chemical spill",
        ("occurred", "happened", "took place"),
        ("the environment agency", "fire officials", "the plant operator", "local authorities"),
    ),
    EventKind(
        "evacuation order",
        ("was issued", "was announced", "came into force"),
        (
            "the county sheriff",
            "emergency management officials",
            "the governor's office",
            "local authorities",
        ),
    ),
    EventKind(
        "tornado",
        ("struck", "touched down", "hit"),
        ("the weather service", "emergency officials", "the county sheriff", "local media"),
    ),
    EventKind(
        "crane collapse",
        ("happened", "occurred", "took place"),
        ("the construction firm", "police", "the fire department", "building inspectors"),
    ),
    EventKind(
        "jewellery heist",
        ("took place", "happened", "was carried out"),
        ("police", "detectives", "the store's owners", "prosecutors"),
    ),
    EventKind(
        "mutiny",
        ("broke out", "began", "erupted"),
        ("the army", "the defence ministry", "state media", "security sources"),
    ),
    EventKind(
        "emergency landing",
        ("took place", "happened", "was made"),
        ("the airline", "aviation authorities", "airport officials", "the civil aviation agency"),
    ),
    EventKind(
        "avalanche",
        ("struck", "hit", "came down"),
        ("mountain rescue teams", "the ski resort", "police", "local officials"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "appeared", "formed"),
        ("the city council", "geologists", "the water utility", "police"),
    ),
    EventKind(
        "hostage standoff",
        ("began", "unfolded", "took place"),
        ("police", "negotiators", "the interior ministry", "local officials"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} confirmed in a brief statement.",
    "URGENT - {a_noun} {happened} {when}, {who} said, in a developing story that will be updated.",
    "BREAKING: {a_noun} {happened} {when}, {who} said. More to follow.",
    "What we know so far: {event} {happened} {when}, and {who} said a fuller picture was expected "
    "within hours.",
    "{Who} said {event}, which {happened} {when}, had prompted an urgent meeting of senior officials.",
    "When {event} {happened} {when}, few people in the area had any idea how much attention it would "
    "go on to attract.",
    '"{Event} {happened} {when}, and we are still working to establish the full facts," {who} said '
    "in a statement.",
    "{Event}, which {who} said {happened} {when}, has dominated rolling coverage ever since.",
    "{Who} first received reports of {a_noun} {when}, shortly after it {happened}.",
    "It is now clear, according to {who}, who spent much of the day fielding calls from relatives, "
    "reporters and anxious local officials, that {event} {happened} {when}.",
    "{Event} - the subject of a steady stream of calls, messages and videos sent to our newsroom by "
    "readers throughout the day, many of them simply asking for basic information - {happened} {when}.",
    "Correction: An earlier version of this article misstated the location of {event}, which "
    "{happened} {when}. We apologise for the error.",
    "Good evening. We begin tonight with {event}, which {happened} {when}, and the questions now "
    "facing {who}.",
    "(Caption: The scene of {event} {when}, in an image shared widely on social media.)",
    "Live updates: the latest on {event} {when}, as new details continue to emerge.",
    "What {who} did confirm was that {event} {happened} {when}; much else remained unclear.",
    "Recap for readers just joining us: {when}, {a_noun} {happened}, and {who} said the situation "
    "was still being assessed.",
    "{Event} {happened} {when} - that much, at least, is not in dispute.",
    "Details of {event} {when} were sketchy at first, with {who} saying only that an assessment was "
    "under way.",
    "Roads were closed and several services suspended after {event} {when}, according to {who}.",
    "In a short post on social media, {who} said {event} {happened} {when} and urged people not to "
    "share unverified reports.",
    "Footage verified by our team appears to show the moments after {event} {when}, though the "
    "images are blurred and partly obscured.",
    "{Event}'s timing - {when}, according to {who} - took many people by surprise.",
    "{Event}, {held} {when} under unusually tight security, drew large crowds, {who} said.",
)

DATE_SECOND = (
    "Witnesses said {event} {when} had caught many people off guard.",
    "The investigation into {event}, which {happened} {when}, is expected to take several weeks, {who} said.",
    "Since {event} {when}, local radio stations have carried little else.",
    "In the aftermath of {event} {when}, volunteers set up a makeshift information point near the town hall.",
    "Footage of {event} {when}, filmed by a passer-by on a mobile phone, was shared thousands of "
    "times within the hour.",
    "Back to {event} {when} now: {who} said a short while ago that a further update would follow.",
    "It was only after {event} {when} that officials began to acknowledge the scale of the problem.",
    "As {event} {happened} {when}, phone lines in the area were quickly overwhelmed.",
    "{Event}, which dominated rolling coverage for hours and prompted a stream of statements from "
    "ministers, local leaders and emergency services alike, {happened} {when}, {who} said.",
    "More now on {event} {when}: {who} said details would be released once an initial assessment "
    "was complete.",
    "One witness, who asked not to be named, said {event} {when} was 'unlike anything I have ever "
    "seen here'.",
    "Insurers said it was too early to estimate the cost of {event} {when}.",
    "Did you witness {event} {when}? You can get in touch with our newsroom using the form below.",
    "Speaking after {event} {when}, a local councillor called for a full and transparent account of "
    "the day's events.",
    "Officials defended their handling of {event} {when} at a briefing that grew increasingly tense.",
    "If you are just joining us: {event} {happened} {when}, and here is what else we have learned.",
    "Timeline: how the day unfolded after {event} {when}.",
    "A statement from {who} said {event} {happened} {when} but gave no further details.",
    "Many of those affected by {event} {when} said they had received little information from the "
    "authorities.",
    "Asked whether lessons had been learned from {event} {when}, the minister declined to comment.",
    "{Who} said the full impact of {event} {when} might not be known for some time.",
    "The local mayor (who was abroad when {event} {happened} {when}) flew back overnight.",
    "A helpline was set up for anyone affected by {event} {when}, {who} said.",
    "{Event} - {when}, by most accounts - has prompted calls for an independent inquiry.",
    "Because {event} {happened} {when}, fewer people than usual were in the area, {who} said.",
    "Photographs of {event}, {held} {when}, show crowds lining the route.",
)

NEGATIVES_DATE = (
    # planned: second sentence is a future/scheduled thing related to the dated event
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A preliminary report into {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A memorial service for those affected by {event} will be held {when}, organisers said.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "The first court hearing in a case linked to {event} is expected {when}.",
        "planned",
    ),
    NegativePair(
        "BREAKING: {a_noun} {happened} {when}, {who} said.",
        "{Who} said a full briefing on {event} would be given {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, has prompted calls for an inquiry.",
        "Ministers are expected to make a statement to parliament on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "What we know so far: {event} {happened} {when}.",
        "An independent review of {event} will begin {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Who} told reporters that {event} {happened} {when}.",
        "Families affected by {event} plan to gather {when} to mark its anniversary.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "The area around the site of {event} is expected to reopen {when}, officials said.",
        "planned",
    ),
    NegativePair(
        "When {event} {happened} {when}, the response from {who} was swift.",
        "A parliamentary committee will question senior officials about {event} {when}.",
        "planned",
    ),
    # compatible: same event, second date lies inside the first
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Witnesses said {event} {when} had taken them completely by surprise.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Footage of {event} {when} was shared widely on social media.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "In the aftermath of {event} {when}, volunteers set up an information point.",
        "compatible",
    ),
    NegativePair(
        "What we know so far: {event} {happened} {when}.",
        "{Who} said {event}, which {happened} {when}, was still under investigation.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {who} said {happened} {when}, drew crowds of onlookers.",
        "Officials defended their handling of {event} {when} at a tense briefing.",
        "compatible",
    ),
    NegativePair(
        "URGENT - {a_noun} {happened} {when}, {who} said.",
        "As {event} {happened} {when}, phone lines in the area were quickly overwhelmed.",
        "compatible",
    ),
    NegativePair(
        "Details of {event} {when} remain sketchy, {who} said.",
        "Speaking after {event} {when}, a local councillor called for a full account of the day.",
        "compatible",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Did you witness {event} {when}? Get in touch with our newsroom.",
        "compatible",
    ),
    # another: second sentence is a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {happened} {when} in a neighbouring district, but there was no suggestion "
        "the two were linked.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Older residents still recall the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Last year's {noun}, which {happened} {when}, led to a review of emergency procedures.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is under investigation.",
        "An earlier {noun} in the same area {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "BREAKING: {a_noun} {happened} {when}.",
        "A similar {noun} {happened} {when} in another part of the country, state media reported.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Another {noun} was reported {when}, roughly two hundred kilometres away.",
        "another",
    ),
    NegativePair(
        "What we know so far: {event} {happened} {when}.",
        "Officials stressed that {event} was unrelated to a smaller {noun} that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} later confirmed.",
        "The previous {noun} in the region {happened} {when}, according to local records.",
        "another",
    ),
    NegativePair(
        "When {event} {happened} {when}, emergency crews were already stretched.",
        "Comparisons have been drawn with the {year} {noun}, which {happened} {when} in very "
        "different circumstances.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date56a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
