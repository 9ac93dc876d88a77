"""Place bank place27a, written by helper place27a, round 27 (blind author).

Register: the English-language dailies and wire agencies of South Asia, Africa and Southeast
Asia (Indian, Pakistani, Bangladeshi, Nigerian, Kenyan, Ghanaian, Philippine, Malaysian
papers and their agencies). Habits used: datelines at the head of a sentence ("Karachi: ...
here"), "it is learnt", "sources said", "reports reaching here said", "told newsmen",
"speaking to this correspondent", passive reporting ("was reported from"), district,
outskirts and police-station phrasings, "normalcy", crossheads ("{where} {noun}: govt seeks
report"), photo captions, clefts ("It was in X that ..."), compounds and possessives
("the X blaze", "X's stampede"), long sentences of several clauses with the place far from
the event noun, and the official quoted at the end. Event kinds are the everyday ones of that
copy: bus mishaps, derailments, building collapses, blazes, flash floods, landslides,
clashes, raids, rallies, by-elections, summits, festivals, strikes, kidnappings, boat
tragedies, stampedes, cylinder blasts, police encounters, jailbreaks, bandit attacks, trade
fairs and convocations."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "bus mishap",
        ("occurred", "took place", "happened", "claimed several lives"),
        ("police", "the district police officer", "eyewitnesses", "rescue officials"),
    ),
    EventKind(
        "train derailment",
        ("occurred", "took place", "happened", "disrupted rail traffic"),
        ("railway officials", "the divisional railway manager", "a railway spokesman"),
    ),
    EventKind(
        "building collapse",
        ("occurred", "happened", "left dozens trapped", "took place"),
        ("emergency officials", "the fire service", "the state emergency management agency"),
    ),
    EventKind(
        "blaze",
        ("broke out", "erupted", "started", "raged for hours"),
        ("fire officials", "the fire brigade", "a fire department spokesman"),
    ),
    EventKind(
        "flash flood",
        ("struck", "occurred", "wreaked havoc", "submerged low-lying areas"),
        ("disaster management officials", "the meteorological department", "district officials"),
    ),
    EventKind(
        "landslide",
        ("occurred", "struck", "buried several houses", "was triggered by heavy rain"),
        ("the district administration", "rescue teams", "local officials"),
    ),
    EventKind(
        "clash",
        ("erupted", "broke out", "took place", "left several injured"),
        ("police", "residents", "a senior police officer"),
    ),
    EventKind(
        "raid",
        ("was conducted", "was carried out", "took place", "was launched"),
        ("the anti-narcotics force", "customs officials", "sources"),
    ),
    EventKind(
        "rally",
        ("was held", "was staged", "took place", "was addressed by the party chief"),
        ("organisers", "party leaders", "the opposition alliance"),
        hosted=True,
    ),
    EventKind(
        "by-election",
        ("was held", "was conducted", "took place", "was marred by low turnout"),
        ("the election commission", "returning officers", "poll observers"),
        hosted=True,
    ),
    EventKind(
        "summit",
        ("was held", "took place", "was convened", "concluded"),
        ("the foreign ministry", "officials", "diplomatic sources"),
        hosted=True,
    ),
    EventKind(
        "festival",
        ("was celebrated", "was held", "took place", "drew huge crowds"),
        ("organisers", "the tourism ministry", "the state culture department"),
        hosted=True,
    ),
    EventKind(
        "strike",
        ("was called", "was observed", "began", "paralysed normal life"),
        ("the transporters' union", "trade union leaders", "the traders' association"),
    ),
    EventKind(
        "kidnapping",
        ("occurred", "took place", "was carried out", "happened"),
        ("the police command", "family members", "a police spokesperson"),
    ),
    EventKind(
        "boat tragedy",
        ("occurred", "took place", "happened", "claimed dozens of lives"),
        ("the marine police", "rescue divers", "the inland waterways authority"),
    ),
    EventKind(
        "stampede",
        ("occurred", "broke out", "took place", "left many injured"),
        ("police", "witnesses", "officials"),
    ),
    EventKind(
        "gas cylinder explosion",
        ("occurred", "took place", "rocked the neighbourhood", "happened"),
        ("fire officials", "police", "the bomb disposal squad"),
    ),
    EventKind(
        "encounter",
        ("took place", "occurred", "broke out", "lasted several hours"),
        ("police", "security forces", "a senior police officer"),
    ),
    EventKind(
        "jailbreak",
        ("occurred", "took place", "was staged", "happened"),
        ("prison officials", "the correctional service", "a prisons spokesman"),
    ),
    EventKind(
        "bandit attack",
        ("occurred", "took place", "was carried out", "was repelled"),
        ("the state police command", "villagers", "a local vigilante leader"),
    ),
    EventKind(
        "trade fair",
        ("was held", "was inaugurated", "took place", "was organised"),
        ("the chamber of commerce", "organisers", "the trade ministry"),
        hosted=True,
    ),
    EventKind(
        "convocation",
        ("was held", "took place", "was presided over by the governor", "was organised"),
        ("university officials", "the vice-chancellor's office", "the registrar"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said, adding that a detailed inquiry had been ordered"
    " into the matter.",
    "According to {who}, {event} {happened} in {where}, and senior officials rushed to the spot soon after.",
    "It is learnt that {event} {happened} in {where} at a time when a large number of people had"
    " gathered in the area.",
    "{Who} told newsmen that {event} {happened} in {where} and that further details were awaited.",
    "In {where}, {event} {happened} shortly before noon, {who} confirmed.",
    "{where}: {Event} {happened} here, {who} said, adding that the situation was being closely monitored.",
    "{where}, (Agencies) — {Event} {happened}, {who} said, and a high-level committee has been"
    " constituted to look into it.",
    "The {where} {noun} has once again brought the functioning of the local administration"
    " under scrutiny, {who} said.",
    "{where}'s {noun} {happened} in full view of hundreds of onlookers, reports reaching here said.",
    "Reports reaching here said {event} {happened} in {where}, though no official statement had"
    " yet been issued by {who}.",
    "{Event}, which {happened} in {where}, remained the talk of the town for days afterwards.",
    "It was in {where}, {who} said in a statement issued late in the evening after a meeting of"
    " senior officials, that {event} {happened}.",
    "{Who} said that {event} {happened} in {where}, a claim later corroborated by local residents.",
    "Eyewitnesses said {event} {happened} in {where} as residents looked on from rooftops.",
    "Confirming the development, {who} said {event} {happened} in {where} and that the relevant"
    " authorities had been informed.",
    "{Event} — which {happened} in {where}, according to {who} — has drawn reactions from across"
    " the political spectrum.",
    "Speaking to this correspondent, {who} said {event} {happened} in {where} and a report had"
    " been forwarded to the higher authorities.",
    "Reported from {where}, {event} has since dominated local headlines, {who} said.",
    "{Event} {happened} within the limits of a police station in {where}, {who} said, and a"
    " contingent of personnel was deployed in the area as a precautionary measure.",
    "Sources said {event} {happened} in {where} and the local administration was put on high alert.",
    "The site of {event} in {where} was visited by senior officials, {who} said.",
    "A day after {event} {happened} in {where}, {who} said normalcy was gradually returning to the area.",
    "{Event} in {where} {happened} only hours after the district administration had issued an"
    " advisory, {who} said.",
    "Authorities in {where}, where {event} {happened}, said all concerned departments had been"
    " directed to submit reports.",
    "{Who} confirmed to this newspaper that {event} {happened} in {where}.",
    '"{Event} {happened} in {where}, and we are monitoring the situation round the clock," {who} said.',
    "PHOTO: A view of the spot in {where} where {event} {happened}.",
    "{Event} {happened} in {where}, and while the exact number of people affected could not be"
    " ascertained immediately, {who} said a clearer picture would emerge once officials had"
    " completed their assessment of the area.",
    "According to {who}, {event} was reported from {where} in the early hours.",
    "{Event} {happened} in the northern parts of {where}, {who} said.",
    "{Event} {happened} in a densely populated part of {where}, it is learnt.",
    "{where}, the scene of {event}, wore a deserted look the next morning, {who} said.",
    "Details of {where}'s {noun} were shared by {who} at a hurriedly convened press briefing.",
    "{Event} was {held} in {where}, {who} said, and elaborate security arrangements had been made"
    " for the occasion.",
    "{where} hosted {event}, which {who} described as a resounding success.",
    "{Event}, {held} in {where} under heavy police deployment, passed off peacefully, {who} said.",
    "{Who} said {event} was {held} in {where} after months of preparation.",
    "Amid tight security, {event} was {held} in {where}, with thousands in attendance.",
)

PLACE_SECOND = (
    "{Event} in {where} is the latest in a string of similar events to have been reported this year.",
    "The local administration in {where} has sought a detailed report on {event}.",
    "{Event} in {where} has been widely covered by the vernacular press.",
    "Residents of {where} said they would long remember {event}.",
    "Since {event} {happened} in {where}, officials have held several review meetings.",
    "The governor, who visited the site of {event} in {where}, directed officials to submit a"
    " report within a week.",
    "Elders said it was the first time {where} had witnessed {a_noun} of this scale.",
    "{Who} said a comprehensive report on {event} in {where} would be submitted to the government.",
    "Meanwhile, {event} in {where} continued to draw reactions from political leaders.",
    "The {where} {noun} was discussed at length during the cabinet meeting, it is learnt.",
    "Officials said {where}'s {noun} had exposed serious gaps in planning and coordination.",
    "{Event} {happened} in {where}, {who} reiterated.",
    '"All aspects of {event} in {where} are being looked into," {who} told reporters.',
    "Those who witnessed {event} in {where} described the scenes in vivid detail.",
    "{where}, which hosted {event}, is expected to see a boost in local business.",
    "Security had been beefed up across {where}, where {event} was {held}, {who} said.",
    "Footage of {event} in {where}, which went viral on social media, was shared widely.",
    "Traffic around the site of {event} in {where} remained disrupted for hours, {who} said.",
    "The aftermath of {event} in {where} is expected to be discussed in the assembly.",
    "{where} {noun}: govt seeks detailed report",
    "It was in {where} that {event} {happened}, {who} maintained.",
    "Meanwhile, the opposition has demanded a judicial probe into the {where} {noun}.",
    "Officials in {where} said the lessons of {event} would inform future planning.",
    "When {event} {happened} in {where}, {who} said, emergency services were placed on standby"
    " across the region and hospitals were asked to keep beds ready.",
    "In {where}, where {event} {happened}, shops remained shut and attendance in offices was thin.",
    "The people of {where}, {who} added, had shown remarkable resilience in the wake of {event}.",
    "Volunteers in {where} were still clearing the area around the site of {event} late into the night.",
    "{Who} recalled that {event} {happened} in {where}, not far from the main market.",
    "Back in {where}, {event} remained the main topic of discussion in tea shops and markets.",
    "The {noun} in {where} drew comparisons with earlier ones, but {who} said each case was different.",
    "{where}'s {noun}, {who} stressed, would be the subject of a thorough review.",
    "Caption: A section of the crowd that gathered at the site of {event} in {where}.",
    "{Event} was {held} in {where}, {who} reiterated.",
    "Preparations for {event}, which was {held} in {where}, had begun weeks in advance.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Many of those present at {event} in {where} had travelled from {other} a few days earlier.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Word of {event} in {where} reached {other} within hours, prompting anxious calls to the helpline.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, it is learnt.",
        "After {event}, the visiting delegation left {where} for {other}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "{Event} in {where} came barely a month after {a_noun} reported from {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "The next {noun} will be {held} in {other}, the organisers announced.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} late last night, {who} said.",
        "{Who} compared {event} with a similar {noun} in {other} some years ago.",
        "from_to",
    ),
    NegativePair(
        "Sources said {event} {happened} in {where}.",
        "Reactions to {event} in {where} poured in from as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "A team of experts from {other} has been invited to assist in the assessment of {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to local reports.",
        "{Event} in {where} was broadcast live on television channels in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said in a press release.",
        "{Who} clarified that the {where} {noun} was in no way linked to {a_noun} in {other} last year.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Tourists from {other} who were in {where} at the time of {event} are safe, their relatives said.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Unlike {event} in {where}, the one in {other} had passed off without much notice.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} told newsmen.",
        "The governor, who was on an official visit to {other} when {event} {happened}, cut short his trip.",
        "from_to",
    ),
    NegativePair(
        "It is learnt that {event} {happened} in {where}.",
        "The prime minister, who flew in from {other}, visited the site of {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, officials said.",
        "Among those present at {event} in {where} was a businessman from {other}.",
        "from_to",
    ),
    NegativePair(
        "Police sources said {event} {happened} in {where}.",
        "Relief material for those affected by {event} in {where} was dispatched from {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened} late in the evening, {who} said.",
        "It was the biggest {noun} in the region since {a_noun} in {other} several years ago.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in the heart of {where}, {who} said.",
        "Flights between {where} and {other} were briefly delayed in the wake of {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Event} in {other} has prompted calls for stricter enforcement of safety rules.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Officials in {other} said {event} would be discussed at the next cabinet meeting.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} {happened} late at night, {who} said.",
        "It was the first {noun} of its kind in {other} in recent memory, it is learnt.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, it is learnt.",
        "{other}'s authorities have sought a detailed report on {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "{Event}, {held} in {other}, drew participants from several districts.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The news of {event} in {other} spread quickly, and crowds gathered at the spot.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} confirmed to newsmen.",
        "It was in {other} that {event} {happened}, {who} said.",
        "contained",
    ),
    NegativePair(
        "Sources said {event} {happened} in {where}.",
        "{Event} in {other} has been described by {who} as among the most serious in years.",
        "contained",
    ),
    NegativePair(
        "{where}: {Event} {happened} here, {who} said.",
        "The {other} {noun} was the subject of a heated debate in the assembly.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} added.",
        "Elsewhere in {other}, life went on as usual despite {event}.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place27a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
