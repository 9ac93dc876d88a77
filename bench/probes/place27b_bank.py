"""PLACE bank `place27b`, written by helper place27b, round 27 (blind author).

Register imitated: science, environment, health and transport trade press and magazines
(aviation and maritime trade journals, the news sections of research journals, energy and
environment desks, public-health bulletins). Habits used: agencies and investigators as
reporters ("according to a preliminary report from the maritime safety agency"), nominal
style ("the Lagos cholera outbreak", "Kenya's grounding"), technical event nouns (derailment,
grounding, ditching, runway excursion, eruption, outbreak, blackout, leak, stranding, launch,
symposium), "the event, which took place in", passive voice, captions ("Pictured:",
"Above:"), datelines, parentheticals and dashes, quotes from statements, clefts, and long
sentences in which the place sits far from the event noun.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "derailment",
        ("occurred", "took place", "happened", "was recorded"),
        (
            "rail accident investigators",
            "the national rail regulator",
            "the train operator",
            "the infrastructure manager",
        ),
    ),
    EventKind(
        "oil spill",
        ("occurred", "was detected", "was first spotted", "began"),
        ("the coastguard", "the maritime authority", "the environment ministry", "the tanker's operator"),
    ),
    EventKind(
        "grounding",
        ("occurred", "took place", "happened"),
        (
            "the maritime safety agency",
            "the ship's managers",
            "the classification society",
            "salvage specialists",
        ),
    ),
    EventKind(
        "eruption",
        ("began", "started", "occurred", "was first detected"),
        (
            "volcanologists",
            "the national geological survey",
            "the volcano observatory",
            "the regional ash advisory centre",
        ),
    ),
    EventKind(
        "cholera outbreak",
        ("began", "was declared", "was first detected", "was confirmed"),
        (
            "the World Health Organization",
            "the health ministry",
            "epidemiologists",
            "the national public health institute",
        ),
    ),
    EventKind(
        "launch",
        ("took place", "went ahead", "was carried out", "was conducted"),
        ("the space agency", "the launch provider", "mission controllers", "the satellite operator"),
    ),
    EventKind(
        "conference",
        ("took place", "opened", "convened", "was held"),
        ("the organisers", "the conference secretariat", "the sponsoring society"),
        hosted=True,
    ),
    EventKind(
        "symposium",
        ("took place", "opened", "ran", "was held"),
        ("the organising committee", "the learned society", "the programme chairs"),
        hosted=True,
    ),
    EventKind(
        "expedition",
        ("took place", "was carried out", "was mounted", "got under way"),
        ("the research team", "the institute", "the expedition leaders", "the funding body"),
    ),
    EventKind(
        "blackout",
        ("occurred", "struck", "began", "started"),
        ("the grid operator", "the transmission system operator", "the energy regulator", "the utility"),
    ),
    EventKind(
        "gas leak",
        ("occurred", "was discovered", "was detected", "began"),
        ("the pipeline operator", "the safety regulator", "the fire service", "the plant's owner"),
    ),
    EventKind(
        "ditching",
        ("occurred", "took place", "happened"),
        (
            "air accident investigators",
            "the civil aviation authority",
            "the airline",
            "the aircraft's operator",
        ),
    ),
    EventKind(
        "emergency landing",
        ("took place", "was made", "happened", "occurred"),
        ("the carrier", "the aviation authority", "the airport operator"),
    ),
    EventKind(
        "runway excursion",
        ("occurred", "took place", "happened"),
        ("the accident investigation board", "the airport operator", "the carrier"),
    ),
    EventKind(
        "collision",
        ("occurred", "took place", "happened"),
        ("marine accident investigators", "the port authority", "the coastguard"),
    ),
    EventKind(
        "mass stranding",
        ("occurred", "was discovered", "was reported", "took place"),
        ("marine biologists", "the conservation department", "wildlife rescuers"),
    ),
    EventKind(
        "wildfire",
        ("broke out", "started", "began", "ignited"),
        ("fire officials", "the forestry agency", "satellite analysts", "the emergency management agency"),
    ),
    EventKind(
        "earthquake",
        ("struck", "occurred", "was recorded"),
        ("seismologists", "the geological survey", "the seismological centre"),
    ),
    EventKind(
        "vaccine trial",
        ("was conducted", "was carried out", "ran", "took place"),
        ("the researchers", "the trial sponsor", "the drugmaker", "the study's authors"),
    ),
    EventKind(
        "climate summit",
        ("took place", "opened", "convened", "was held"),
        ("UN officials", "the host government", "the summit's organisers"),
        hosted=True,
    ),
    EventKind(
        "airshow",
        ("took place", "opened", "ran", "was staged"),
        ("the show's organisers", "the aerospace trade association", "exhibitors"),
        hosted=True,
    ),
    EventKind(
        "pipeline rupture",
        ("occurred", "happened", "was detected"),
        ("the pipeline operator", "the energy regulator", "the environment agency"),
    ),
    EventKind(
        "medical congress",
        ("took place", "opened", "was held", "convened"),
        ("the congress organisers", "the medical association", "the scientific committee"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    (
        "{Event}, which {happened} in {where}, is the subject of a "
        "preliminary report released this week by {who}."
    ),
    (
        "According to a preliminary report from {who}, {event} {happened} in "
        "{where} and involved more people than first estimated."
    ),
    "The event, which took place in {where}, was {a_noun} on a scale that {who} said few had anticipated.",
    (
        "{Who} confirmed on Wednesday that {event} {happened} in "
        "{where}, adding that a fuller account would follow."
    ),
    "Records reviewed by {who} show that {event} {happened} in {where}.",
    (
        "{where}'s {noun}, described by {who} as a turning point for the sector, "
        "has drawn scrutiny from regulators in several countries."
    ),
    "The {where} {noun} has prompted {who} to call for a review of procedures across the industry.",
    (
        "Speaking after {event} in {where}, a spokesperson for {who} said "
        "the full picture would take months to establish."
    ),
    "It was in {where} that {event} {happened}, {who} said in a statement.",
    "Pictured: {event} in {where}, in an image released by {who}.",
    (
        "{where} — {Event} {happened} here on Sunday, {who} said, in what "
        "specialists called a rare occurrence for the region."
    ),
    "Data compiled by {who} in the days after {event} in {where} have been shared with counterparts abroad.",
    "{Event} {happened} in {where}, according to {who}, whose teams are still collecting evidence.",
    (
        "Of everything {who} logged this year, {event} in {where} stands "
        "out for the number of organisations involved."
    ),
    "{Who} described {event} in {where} as without precedent in recent records.",
    "Investigators are still piecing together how {event} in {where} unfolded, {who} said.",
    "A preliminary timeline published by {who} places {event} in {where}.",
    (
        "{Event}, the first of its kind to be documented in {where}, "
        "{happened} while {who} had observers on the ground."
    ),
    (
        "The {noun} in {where} — the subject of a briefing by {who} on "
        "Tuesday — has raised questions about oversight."
    ),
    "{Who} logged {event} in {where} as a notifiable occurrence under international reporting rules.",
    (
        "{Event}, which {who} first flagged in a short notice to members and which has since "
        "been covered at length in the specialist press, {happened} in {where}."
    ),
    (
        "Experts consulted by {who} agreed that {event}, whatever its eventual "
        "cost, {happened} in {where} at an unusually sensitive moment."
    ),
    "What {who} called the most closely watched {noun} of the year {happened} in {where}.",
    "{where}, the scene of {event}, has become a reference point for {who} and others in the field.",
    "{Event}, {held} in {where} over three days, drew delegates from more than forty countries, {who} said.",
    "{where} hosted {event}, which {who} said attracted a record number of participants.",
    "First reported by {who}, {event} in {where} was confirmed by two further agencies within the day.",
    "Questions over {event} in {where} dominated the opening session of a meeting convened by {who}.",
    (
        "{Event} {happened} in {where}, {who} told reporters, though the "
        "precise sequence of events remains under review."
    ),
    '"We can confirm that {event} {happened} in {where}," read a statement from {who}.',
    "{Event} in {where} (see map) was tracked by {who} from the outset.",
    (
        "Details of {event} in {where} remain sketchy, but {who} said a "
        "preliminary report is expected within 30 days."
    ),
    "The {noun}, in {where}, was described by {who} as a serious occurrence.",
    (
        "Writing in a bulletin this week, {who} said {event} in {where} "
        "had underlined the need for better data sharing."
    ),
    "The location of {event}, in {where}, was confirmed by {who} late on Monday.",
    (
        "Near {where}, where {event} {happened}, traffic and supply "
        "chains were affected for several days, {who} said."
    ),
)

PLACE_SECOND = (
    "{Who} said a final report on {event} in {where} would be published next year.",
    "A full account of {event} in {where} is expected once the work of {who} is complete.",
    "Much about the {where} {noun} is still unclear, officials acknowledged.",
    "{where}'s {noun} has since become a case study for {who}.",
    "Since {event} {happened} in {where}, interest in the subject has grown sharply, {who} said.",
    "Those present at {event} in {where} were interviewed by {who} in the following days.",
    "{Event} in {where}, {who} added, was the product of decisions taken months earlier.",
    "When {event} {happened} in {where}, few outside the field took notice.",
    "The cost of {event} in {where} has not yet been calculated, according to {who}.",
    "Photographs taken in {where} during {event} have been archived by {who}.",
    "{Event}, in {where}, remains under review.",
    "In an assessment of {event} in {where}, {who} pointed to gaps in the available data.",
    "Lessons from the {where} {noun}, {who} said, are already being applied elsewhere.",
    "Specialists who travelled to {where} for {event} said conditions had been far from ideal.",
    (
        "It was {event} in {where}, rather than any single policy "
        "change, that {who} credited with shifting opinion."
    ),
    "Asked about {event} in {where}, a representative of {who} declined to comment further.",
    "The {noun} — in {where}, {who} stressed — was not the first of its kind in the region.",
    "Above: the site of {event} near {where}, as photographed by {who}.",
    "{Event} in {where} is expected to feature prominently in next year's safety review by {who}.",
    "Attention has now turned to what {event} in {where} means for the wider industry.",
    "Critics argue that {event} in {where} exposed weaknesses that {who} had flagged years before.",
    "{Who} did not say whether {event} in {where} would lead to changes in guidance.",
    "The data from {where}, gathered during {event}, are now being analysed by {who}.",
    "For {who}, {event} in {where} was a test of procedures rehearsed many times.",
    "Local authorities in {where} said they were briefed by {who} on the day of {event}.",
    "The {noun} that {happened} in {where} has been classified by {who} as a serious occurrence.",
    "According to {who}, the conditions in {where} at the time of {event} were unremarkable.",
    "A follow-up study of {event} in {where} is being planned by {who}.",
    "{Event}, {held} in {where}, ended with a joint statement endorsed by most participants.",
    "Participants leaving {where}, where {event} was {held}, described the discussions as productive.",
    "{where}, which hosted {event}, has offered to do so again.",
    (
        "{Event}, which {who} cited repeatedly in submissions to regulators and which "
        "figures in at least two pending academic papers, {happened} in {where}."
    ),
    "Coverage of the {noun} in {where} was, in the view of {who}, largely accurate.",
    "The response to {event} in {where}, {who} said, was coordinated from a single control room.",
    "Residents near {where} were among the first to learn of {event}, {who} said.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is not where the event happened
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Specialists flown in from {other} joined the response to {event} within a day.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} was confirmed by {who} on Thursday.",
        (
            "Word of {event} reached {other} within the hour, prompting "
            "an emergency call among regulators there."
        ),
        "from_to",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, is under review by {who}.",
        "Several people involved in {event} in {where} were later flown on to {other}.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "{Event} in {where} was the second this year, after {a_noun} in {other} in the spring.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} in {where}, closed on Friday, {who} said.",
        "Organisers said next year's {noun} would be {held} in {other}.",
        "from_to",
    ),
    NegativePair(
        "{where}'s {noun} has been documented in detail by {who}.",
        "Specialists compared {event} in {where} with {a_noun} recorded in {other} several years earlier.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, a preliminary report by {who} states.",
        "Among those caught up in {event} were visitors from {other}.",
        "from_to",
    ),
    NegativePair(
        "{Who} is examining {event} in {where}.",
        "The analysis of {event} is being coordinated from {other}, far from the site itself.",
        "from_to",
    ),
    NegativePair(
        "The event, which took place in {where}, was {a_noun} of unusual size.",
        "Samples gathered during {event} have been shipped to a laboratory in {other} for analysis.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} was reported by {who} shortly afterwards.",
        "Live coverage of {event} was followed as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "Equipment in use at the time of {event} had been manufactured in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} confirmed in an occurrence notice.",
        "The response to {event} drew on lessons from {a_noun} in {other} a decade ago.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} in {where} had been contained.",
        "Insurers in {other} are expected to bear much of the cost of {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "The {noun} in {where} is unrelated to {a_noun} reported in {other} the same week, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event}, the first in {where} since records began, was logged by {who}.",
        "By contrast, {a_noun} of that kind is a familiar occurrence in {other}.",
        "from_to",
    ),
    NegativePair(
        "Pictured: {event} in {where}, in an image released by {who}.",
        "Right: {a_noun} in {other} some years earlier, shown for comparison.",
        "from_to",
    ),
    NegativePair(
        "Investigators are examining {event} in {where}, {who} said.",
        "Observers from {other} have been invited to follow the inquiry into {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said in a written update to members.",
        "Among the messages that followed {event} was one from the government of {other}.",
        "from_to",
    ),
    NegativePair(
        "{where} hosted {event} this year, according to {who}.",
        "The previous {noun} had been {held} in {other}, two years before.",
        "from_to",
    ),
    # contained: {other} is the country of {where}, or a city in it
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the most serious {noun} in {other} in years.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "The {noun} was {other}'s worst of the decade, {who} said.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} was documented by {who}.",
        "Across {other}, {event} has renewed debate about infrastructure spending.",
        "contained",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, is under review by {who}.",
        "{Event} was the first in {other} to be examined under new rules, {who} said.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, a preliminary report by {who} states.",
        "Officials in {other} said {event} in {where} would be reviewed in full.",
        "contained",
    ),
    NegativePair(
        "{where}'s {noun} was confirmed by {who} on Monday.",
        "{Event} in {where} is the latest of its kind to affect {other}.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "The {noun} put {other} on the map for specialists in the field.",
        "contained",
    ),
    NegativePair(
        "{Event}, {held} in {where}, drew delegates from across the region.",
        "The {noun} was the largest gathering of its kind ever {held} in {other}.",
        "contained",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "Specialists across {other} are studying {event} closely.",
        "contained",
    ),
    NegativePair(
        "Records reviewed by {who} show that {event} {happened} in {where}.",
        "For {other}, {event} was a reminder of how exposed its infrastructure remains.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place27b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
