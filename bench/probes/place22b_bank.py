"""Place bank written by helper place22b, round 22. Register: the English-language press
of South Asia, Africa and Australia/New Zealand (Times of India, Dawn, Daily Nation, The
Punch, ABC News styles): police and court reports, district and municipal news, disaster
relief, elections and rallies, with their local idioms ("the incident occurred",
"it is learnt that", "the said incident", "sources said", "recall that"), long sentences
of several clauses and plenty of passive voice."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "stampede",
        ("left eleven people dead", "broke out near the main gate", "occurred during the evening rush"),
        ("police", "the district collector", "temple trust officials"),
    ),
    EventKind(
        "cylinder blast",
        (
            "ripped through a residential block",
            "killed four members of a family",
            "took place in the wee hours",
        ),
        ("the fire brigade", "police", "rescue officials"),
    ),
    EventKind(
        "building collapse",
        ("trapped dozens of labourers", "left nine people dead", "occurred while construction work was on"),
        ("the municipal corporation", "rescue teams", "police"),
    ),
    EventKind(
        "bus accident",
        ("claimed twelve lives", "left twenty passengers injured", "occurred when the driver lost control"),
        ("traffic police", "the transport department", "police"),
    ),
    EventKind(
        "dacoity",
        (
            "was committed by an armed gang",
            "took place at a jewellery shop",
            "was carried out by six masked men",
        ),
        ("police", "the station house officer", "the complainant"),
    ),
    EventKind(
        "flash flood",
        ("washed away several houses", "swept through low-lying areas", "displaced hundreds of families"),
        ("the disaster management authority", "revenue officials", "the district administration"),
    ),
    EventKind(
        "boat capsizing",
        ("claimed fourteen lives", "left several passengers missing", "occurred midstream"),
        ("the marine police", "rescue divers", "the state emergency management agency"),
    ),
    EventKind(
        "clash",
        (
            "left several people injured",
            "broke out between two rival groups",
            "erupted after a minor altercation",
        ),
        ("the superintendent of police", "eyewitnesses", "police"),
    ),
    EventKind(
        "rally",
        ("drew thousands of supporters", "was addressed by the party chief", "passed off peacefully"),
        ("organisers", "party officials", "police"),
        hosted=True,
    ),
    EventKind(
        "by-election",
        ("was marred by violence", "recorded a low turnout", "was won by the ruling party candidate"),
        ("the election commission", "returning officers", "poll observers"),
        hosted=True,
    ),
    EventKind(
        "bushfire",
        (
            "destroyed dozens of homes",
            "burnt through thousands of hectares",
            "forced the evacuation of several suburbs",
        ),
        ("the Rural Fire Service", "firefighters", "emergency services"),
    ),
    EventKind(
        "kidnapping",
        (
            "was carried out by gunmen",
            "sparked outrage among residents",
            "was reported to the police late at night",
        ),
        ("the state police command", "family members", "police"),
    ),
    EventKind(
        "murder trial",
        ("opened before a packed courtroom", "heard evidence from ten witnesses", "was adjourned"),
        ("court officials", "the prosecution", "lawyers for the accused"),
        hosted=True,
    ),
    EventKind(
        "factory fire",
        ("gutted a garment unit", "broke out in the wee hours", "killed seven workers"),
        ("fire officials", "the fire department", "police"),
    ),
    EventKind(
        "hooch tragedy",
        ("claimed twenty-three lives", "left dozens hospitalised", "came to light"),
        ("health officials", "the excise department", "police"),
    ),
    EventKind(
        "bandit attack",
        (
            "left five herders dead",
            "was carried out by armed bandits",
            "forced villagers to flee their homes",
        ),
        ("the county commissioner", "police", "residents"),
    ),
    EventKind(
        "party convention",
        (
            "was attended by thousands of delegates",
            "ended with the adoption of a manifesto",
            "was inaugurated",
        ),
        ("party officials", "the organising committee", "delegates"),
        hosted=True,
    ),
    EventKind(
        "earthquake",
        ("measured 5.8 on the Richter scale", "jolted the region", "damaged hundreds of houses"),
        ("the meteorological department", "seismologists", "the disaster management authority"),
    ),
    EventKind(
        "sit-in",
        ("was staged by traders", "blocked the main highway for hours", "ended after talks with officials"),
        ("organisers", "traders' leaders", "police"),
        hosted=True,
    ),
)

place_first = (
    "{Event} {happened} in {where}, {who} said, adding that a case had been registered and further"
    " investigations were under way.",
    "According to {who}, {event} {happened} in {where}, and senior officials rushed to the spot soon after"
    " the information was received.",
    "It is learnt that {event}, which {happened} in {where}, was the third such incident to be reported"
    " from the area.",
    "{Who} said the incident occurred in {where}, where {event} {happened} before the authorities could"
    " respond.",
    "{where}: {Event} {happened}, {who} said, and the situation was brought under control only after"
    " additional forces were rushed in.",
    "Residents said the {where} {noun} had left the entire locality in shock, and many complained that"
    " nobody from the administration had visited them.",
    "{Event} was {held} in {where} amid tight security, with police personnel deployed at every entry point.",
    "Sources said {event} {happened} in {where}, although {who} have so far declined to comment on the"
    " matter.",
    '"{Event} {happened} in {where} and our teams reached the spot within minutes," said a spokesperson'
    " for {who}.",
    "{where}, where {event} {happened}, remained tense, and additional police contingents were deployed to"
    " prevent any untoward incident.",
    "In {where}, {event} {happened}, prompting the government to constitute a high-level inquiry committee.",
    "Eyewitnesses told this correspondent that {event} {happened} in {where} and that it took the"
    " authorities several hours to restore normalcy.",
    "The {where} {noun}, which {who} said was being closely monitored, has become a major talking point"
    " ahead of the assembly session.",
    "A senior official, requesting anonymity, said {event} {happened} in {where} and that a detailed report"
    " had been sought from the concerned department within 48 hours.",
    "Taking suo motu notice of {event} in {where}, the high court directed the state government to file"
    " a status report within two weeks.",
    "{Event}, it may be recalled, {happened} in {where} even as the authorities claimed to have made"
    " elaborate arrangements.",
    "Addressing a press conference, {who} said {event} {happened} in {where} and assured that all"
    " necessary steps were being taken.",
    "{Who} informed that {event} {happened} in {where} and that the matter was being looked into at the"
    " highest level.",
    "As per the preliminary report, {event} {happened} in {where}, though the full picture would emerge"
    " only after a detailed survey.",
    "The said incident took place in {where}, where {event} {happened} despite the presence of a large"
    " police contingent in the area.",
    "Soon after {event} in {where}, the district magistrate reached the spot along with senior officials"
    " and took stock of the situation.",
    "This is the first time that {a_noun} of this scale has been reported from {where}, {who} said,"
    " referring to the {noun} that {happened} there.",
    "Emergency crews remained at the scene in {where} for hours after {event} {happened}, and {who} said"
    " it could be days before its full impact was known.",
    "It is pertinent to mention that the {noun} in {where} {happened} at a time when the administration"
    " was already under fire over its handling of law and order.",
    "Confirming the development, {who} said {event} {happened} in {where} and that more details would be"
    " shared in due course.",
    "{Event}, {held} in {where} under the shadow of a fragile security situation, was monitored by"
    " hundreds of officials.",
    "Heavy police deployment was seen in {where}, the venue of {event}, as {who} made it clear that no"
    " disruption would be tolerated.",
    "What began as a routine day in {where} turned chaotic when {event} {happened}, {who} said.",
    "{Who} told reporters that {event} {happened} in {where} and that the injured, if any, had been"
    " shifted to the district hospital.",
    "Officials of the district administration were put on high alert after {a_noun} in {where}, and a"
    " control room was set up to monitor the situation.",
    "{Event} {happened} in {where} in full view of passers-by, many of whom recorded the scenes on their"
    " mobile phones.",
)

place_second = (
    "Meanwhile, {who} reiterated that {event} had taken place in {where}, and that those responsible would"
    " be brought to book.",
    "In the aftermath of {event} in {where}, normal life in the area remained affected, with shops and"
    " schools remaining shut.",
    "The {where} {noun} has once again exposed the lack of preparedness of the local authorities,"
    " opposition leaders alleged.",
    "Further investigation into {event} in {where} is in progress, {who} said.",
    "Reacting to {event}, the chief minister said what happened in {where} was unfortunate and announced a"
    " magisterial inquiry.",
    "The inquiry committee set up to probe the {noun} in {where} is expected to submit its findings within"
    " a month.",
    "Residents of {where}, where {event} {happened}, complained that their grievances had fallen on deaf"
    " ears.",
    "Additional personnel have been deployed in {where} following the {noun} there, and {who} said the"
    " situation was now under control.",
    "Pictured: the aftermath of {event} in {where}.",
    '"What happened in {where} should never have been allowed to happen," a local leader said of the {noun}.',
    "{Who} added that the {noun} in {where} was being treated as a priority and that a special team had"
    " been constituted to probe the matter.",
    "It was also learnt that the {noun} had taken place in {where}, barely a kilometre from the local"
    " police station.",
    "The opposition has demanded a judicial probe into the {where} {noun}, alleging negligence on the part"
    " of the administration.",
    "Those affected by the {noun} in {where} have been assured of all possible assistance by the district"
    " administration.",
    "Back in {where}, the scene of the {noun}, security remained tight and prohibitory orders under"
    " Section 144 were in force.",
    "The county commissioner, who visited the scene of the {noun} in {where}, said the government would"
    " not relent until normalcy was restored.",
    "Recall that {event} {happened} in {where}, a development that has since attracted widespread criticism.",
    "The {noun}, it will be recalled, took place in {where}.",
    "Authorities in {where} are still piecing together how the {noun} unfolded, {who} said.",
    "When contacted, {who} confirmed that the {noun} had occurred in {where} but declined to give further"
    " details.",
    "The {noun} is the latest such incident to be reported from {where}, where residents have long"
    " complained of official apathy.",
    "Questions are being raised over how {where}'s {noun} was handled by the authorities.",
    "{noun} in {where}: inquiry ordered, report sought within a week",
    "Both the {noun} in {where} and its aftermath were discussed at length during the cabinet meeting,"
    " sources said.",
    "{Who} maintained that the {noun} in {where} had been blown out of proportion by a section of the media.",
    "Following the {noun} in {where}, the state government has sought a detailed report from the district"
    " administration.",
    "According to the official account, the {noun} took place in {where} and the area was cordoned off"
    " within the hour.",
    "Speaking on the floor of the House, the minister said the {noun} had occurred in {where} and that a"
    " detailed statement would be tabled.",
    "The {noun}, {held} in {where}, was later described by {who} as a success despite the sporadic"
    " disturbances.",
    "Relief material was rushed to {where} in the wake of the {noun} there, officials said.",
    "Locals in {where} said they were yet to come to terms with the {noun}, which many described as"
    " the worst they had witnessed.",
)

negatives_place = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Several visitors from {other} were present in {where} at the time of the {noun}, it is learnt.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Condolence messages poured in from {other} after news of the {where} {noun} broke.",
        "from_to",
    ),
    NegativePair(
        "It is learnt that {event} {happened} in {where} and that {who} have begun a detailed inquiry.",
        "A similar {noun} had occurred in {other} a few years ago, but officials said the one in {where} was"
        " on a much larger scale.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, and {who} said the situation was being closely monitored.",
        "A team of experts was flown in from {other} to assist the authorities in {where} in the aftermath"
        " of the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{where}: {Event} {happened}, {who} said.",
        "The government of {other} has issued a travel advisory for {where} following the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "Organisers said a second {noun} would be {held} in {other}, subject to permission from the"
        " authorities.",
        "from_to",
    ),
    NegativePair(
        "Sources said {event} {happened} in {where}.",
        "Among those affected by the {noun} in {where} was a family that had recently relocated from"
        " {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, is being investigated, {who} said.",
        "The {where} {noun} has revived memories of a similar incident in {other} that is still fresh in"
        " the public mind.",
        "from_to",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "Relief consignments sent from {other} reached {where} soon after the {noun}, it is learnt.",
        "from_to",
    ),
    NegativePair(
        "The incident occurred in {where}, where {event} {happened}, {who} said.",
        '"We are monitoring the situation in {where} closely," an official said in {other}, where the'
        " government convened an emergency meeting after the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Several people who witnessed the {noun} in {where} have since left for {other}, sources said.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {event} {happened}, {who} said.",
        "Flights between {where} and {other} were suspended for several hours after the {noun}.",
        "from_to",
    ),
    NegativePair(
        "It may be recalled that {event} {happened} in {where}.",
        "A delegation from {other} visited {where} to express solidarity with those affected by the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} told reporters.",
        "The {noun} in {where} was also discussed by diplomats in {other}, where the foreign ministry issued"
        " a brief statement.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where} amid tight security.",
        "Party workers from {other} had travelled overnight to {where} to take part in the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The news of the {noun} reached {other}, where community leaders held a prayer meeting for those"
        " affected in {where}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The {noun} has sent shockwaves across {other}, it is learnt.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Officials in {other} said the {noun} was being treated as a top priority.",
        "contained",
    ),
    NegativePair(
        "It is learnt that {event} {happened} in {where}.",
        "The {noun} in {other} was widely reported across the region, sources said.",
        "contained",
    ),
    NegativePair(
        "{where}: {Event} {happened}, {who} said.",
        "Political leaders across {other} condemned the manner in which the {noun} in {where} was handled.",
        "contained",
    ),
    NegativePair(
        "Sources said {event} {happened} in {where}.",
        "The {noun} is being described as one of the most talked-about events in {other} in recent memory.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "The {noun} in {other} drew delegations from almost every district, organisers said.",
        "contained",
    ),
    NegativePair(
        "{Who} informed that {event} {happened} in {where}.",
        "Television channels across {other} carried live coverage of the {noun} for several hours.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "It was the first {noun} of its kind to be reported in {other}, {who} said.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened}, it is learnt.",
        "Recall that the {noun} took place in {other}, and the authorities have since come under pressure"
        " to act.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said, adding that an inquiry had been ordered.",
        "The {where} {noun} has triggered a debate across {other} on the state of preparedness of the"
        " authorities.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place22b",
    kinds=KINDS,
    place_first=place_first,
    place_second=place_second,
    negatives_place=negatives_place,
)
