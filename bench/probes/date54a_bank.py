"""DATE bank date54a, written by a blind helper, round 54 (held out). Register: science, health and
medicine news -- disease outbreaks, vaccine rollouts, hospital incidents, clinical-trial halts, lab
accidents, rocket launches and space missions, research-ship expeditions -- as health desks, science
magazines and agency press releases write them."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "cholera outbreak",
        ("was declared", "broke out", "was confirmed"),
        (
            "the health ministry",
            "the World Health Organization",
            "district health officials",
            "Médecins Sans Frontières",
        ),
    ),
    EventKind(
        "measles cluster",
        ("emerged", "was identified", "was first reported"),
        (
            "the county health department",
            "public health officials",
            "the state epidemiologist",
            "the school district",
        ),
    ),
    EventKind(
        "Legionnaires' disease outbreak",
        ("was detected", "was declared", "began"),
        (
            "the city health department",
            "environmental health officers",
            "the UK Health Security Agency",
            "the council",
        ),
    ),
    EventKind(
        "vaccine rollout",
        ("began", "got under way", "was launched"),
        ("the health ministry", "the national immunisation programme", "Gavi", "the national vaccine agency"),
    ),
    EventKind(
        "trial suspension",
        ("was announced", "was ordered", "took effect"),
        (
            "the sponsor",
            "the drugmaker",
            "the trial's safety monitoring board",
            "the Food and Drug Administration",
        ),
    ),
    EventKind(
        "drug recall",
        ("was issued", "was announced", "took effect"),
        (
            "the medicines regulator",
            "the manufacturer",
            "the Medicines and Healthcare products Regulatory Agency",
            "the company",
        ),
    ),
    EventKind(
        "laboratory containment breach",
        ("occurred", "was discovered", "happened"),
        (
            "the institute",
            "the university's biosafety committee",
            "the Health and Safety Executive",
            "the lab's director",
        ),
    ),
    EventKind(
        "hospital power failure",
        ("struck", "occurred", "happened"),
        ("the hospital trust", "hospital management", "the health board", "the regional health authority"),
    ),
    EventKind(
        "ransomware attack",
        ("struck", "began", "was detected"),
        (
            "the hospital trust",
            "the health service",
            "cybersecurity investigators",
            "the National Cyber Security Centre",
        ),
    ),
    EventKind(
        "ward closure",
        ("was ordered", "was announced", "took effect"),
        ("the hospital", "infection control staff", "the health board", "the trust's medical director"),
    ),
    EventKind(
        "radiotherapy overdose",
        ("occurred", "was administered", "happened"),
        ("the cancer centre", "the radiation protection regulator", "the hospital", "the health ministry"),
    ),
    EventKind(
        "quarantine order",
        ("was imposed", "came into force", "was issued"),
        ("the provincial government", "health authorities", "the port health officer", "the ministry"),
    ),
    EventKind(
        "specimen mix-up",
        ("occurred", "was discovered", "happened"),
        ("the pathology laboratory", "the hospital trust", "an internal review", "the health board"),
    ),
    EventKind(
        "launch",
        ("took place", "went ahead", "was carried out"),
        ("the space agency", "mission controllers", "the launch provider", "the European Space Agency"),
    ),
    EventKind(
        "launch abort",
        ("occurred", "was triggered", "happened"),
        ("the launch provider", "mission controllers", "the range safety office", "the company"),
    ),
    EventKind(
        "spacewalk",
        ("took place", "was carried out", "was completed"),
        ("NASA", "flight controllers", "the space agency", "Roscosmos"),
    ),
    EventKind(
        "flyby",
        ("took place", "was completed", "happened"),
        ("mission scientists", "the science team", "the space agency", "the Jet Propulsion Laboratory"),
    ),
    EventKind(
        "splashdown",
        ("took place", "occurred", "happened"),
        ("the recovery team", "NASA", "mission control", "the company"),
    ),
    EventKind(
        "engine test-firing",
        ("took place", "was carried out", "went ahead"),
        ("the rocket maker", "the company", "engineers", "the test centre"),
    ),
    EventKind(
        "loss of signal",
        ("occurred", "happened", "was reported"),
        ("mission controllers", "the operations team", "the space agency", "the Deep Space Network"),
    ),
    EventKind(
        "research voyage",
        ("set sail", "got under way", "began"),
        (
            "the oceanographic institute",
            "the expedition's chief scientist",
            "the research council",
            "the ship's operator",
        ),
    ),
    EventKind(
        "calving event",
        ("occurred", "was recorded", "happened"),
        ("the British Antarctic Survey", "glaciologists", "the polar institute", "satellite analysts"),
    ),
    EventKind(
        "solar flare",
        ("erupted", "was observed", "was recorded"),
        ("the Space Weather Prediction Center", "solar physicists", "forecasters", "the observatory"),
    ),
    EventKind(
        "mass-casualty drill",
        ("took place", "was carried out", "went ahead"),
        ("the hospital", "the ambulance service", "emergency planners", "the fire service"),
        hosted=True,
    ),
    EventKind(
        "pop-up vaccination clinic",
        ("opened", "took place", "ran"),
        ("the health board", "the council", "the pharmacy chain", "organisers"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said in a written statement.",
    "According to {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} confirmed.",
    "{Event}, which {happened} {when}, was first made public in a brief notice from {who}.",
    "{Who} told reporters that {event} {happened} {when} and that a review had been opened.",
    "Data released by {who} show that {event} {happened} {when}.",
    "Then, {when}, {event} {happened}, according to {who}.",
    "Court filings seen by this publication state that {event} {happened} {when}.",
    "Since {event} {happened} {when}, updates from {who} have been posted almost daily.",
    "When {event} {happened} {when}, few outside the specialist community took notice.",
    "Caption: An image released by {who} after {event} {when}.",
    "{Event} ({when}, according to {who}) prompted an immediate internal review.",
    "In a press release, {who} confirmed that {event} {happened} {when}.",
    "Records obtained under freedom-of-information rules show that {event} {happened} {when}.",
    "Much of the subsequent scrutiny has centred on {event} {when}, which {who} later reviewed in detail.",
    "The findings, posted as a preprint this week, draw on observations made after {event} "
    "{happened} {when}.",
    "{Event} {happened} {when}, a date {who} confirmed to this publication.",
    "Key dates: {event} {happened} {when}, according to a timeline published by {who}.",
    "Writing in the journal, the authors say {event} {happened} {when}.",
    "{Who} said {event} {happened} {when}, though details were released only later.",
    "The agency's incident log records that {event} {happened} {when}.",
    "{Event} {when} drew immediate attention from {who}.",
    "As first reported by this publication, {event} {happened} {when}.",
    "{Event} was {held} {when}, with {who} overseeing the arrangements.",
    "Speaking at a briefing, {who} said that {event} {happened} {when}.",
    "An internal review found that {event} {happened} {when}, {who} said.",
)

DATE_SECOND = (
    "As {who} noted, {event} {happened} {when}.",
    "{Event}, which {happened} {when}, remains under review.",
    "Asked about {event} {when}, {who} declined to comment further.",
    "Since {event} {happened} {when}, reporting rules have been tightened.",
    "({Event} {happened} {when}.)",
    "In the weeks after {event} {when}, staff were interviewed and logs were examined.",
    "The timeline compiled by {who} puts {event} {when}.",
    "It was not until after {event} {when} that protocols were changed.",
    "The {noun} {when} was the subject of a closed-door briefing to legislators.",
    "When {event} {happened} {when}, the on-call team numbered just four people.",
    "Spokespeople repeated that {event} {happened} {when} and said no further details would be released.",
    "An internal memo, later leaked to reporters, said {event} {happened} {when}.",
    "Because {event} {happened} {when}, data from that period were excluded from the analysis.",
    "In testimony to the committee, an official said {event} {happened} {when}.",
    "Photographs from {event} {when} were later released by {who}.",
    "The review was ordered after {event} {happened} {when}.",
    "Those interviewed for this article recalled that {event} {happened} {when}.",
    "Looking back on {event} {when}, one senior scientist said lessons had been learned.",
    "{Event}, {held} {when}, was later cited by {who} as a model for future efforts.",
    "Recalling {event}, which {happened} {when}, {who} said much had changed since.",
    "The paper, submitted after {event} {happened} {when}, has yet to be peer reviewed.",
    "The court papers state that {event} {happened} {when}.",
    "The figures cover the whole period since {event} {when}, according to {who}.",
    "It was {when}, the filing says, that {event} {happened}.",
    "Few of the staff on duty when {event} {happened} {when} remain in post.",
    "A fact sheet issued by {who} gives a brief account of {event} {when}.",
)

NEGATIVES_DATE = (
    # planned (9)
    NegativePair(
        "{Event} {happened} {when}, {who} said.", "A full report on {event} is due {when}.", "planned"
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "An inquiry into {event} is scheduled to open {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is still being investigated.",
        "Findings are expected to be published {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "If approval is granted, an independent review of {event} will begin {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Regulators are expected to rule on the matter {when}.",
        "planned",
    ),
    NegativePair(
        "Data released by {who} show that {event} {happened} {when}.",
        "The panel examining {event} is due to report {when}.",
        "planned",
    ),
    NegativePair(
        "Writing in the journal, the authors say {event} {happened} {when}.",
        "A longer follow-up paper on {event} is slated for publication {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "Lawmakers will question officials about {event} {when}.",
        "planned",
    ),
    NegativePair(
        "The agency's incident log records that {event} {happened} {when}.",
        "Should the inquiry be extended, a final ruling on {event} would come {when}.",
        "planned",
    ),
    # compatible (8)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "As previously reported, {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A timeline released later also puts {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} confirmed.",
        "Investigators have since confirmed the date: {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew immediate attention.",
        "Asked about {event} {when}, {who} declined to comment further.",
        "compatible",
    ),
    NegativePair(
        "Court filings state that {event} {happened} {when}.",
        "The filings repeat that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair("{Who} said {event} {happened} {when}.", "({Event} {happened} {when}.)", "compatible"),
    NegativePair(
        "Data released by {who} show that {event} {happened} {when}.",
        "The figures cover the whole period since {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "In a press release, {who} confirmed that {event} {happened} {when}.",
        "Photographs from {event} {when} were later released.",
        "compatible",
    ),
    # another (9)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A second {noun} {happened} {when}, officials said.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "It was not the first: a previous {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Researchers drew comparisons with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is under review.",
        "Another {noun} {happened} {when}, in an unrelated episode.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "An earlier {noun} {when} had raised similar concerns.",
        "another",
    ),
    NegativePair(
        "Records show that {event} {happened} {when}.",
        "The last comparable {noun} {happened} {when}, according to agency records.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "A separate {noun}, which {happened} {when}, is not thought to be linked.",
        "another",
    ),
    NegativePair(
        "Writing in the journal, the authors say {event} {happened} {when}.",
        "They contrast it with {a_noun} that {happened} elsewhere {when}.",
        "another",
    ),
    NegativePair(
        "The agency's incident log records that {event} {happened} {when}.",
        "{Who} also cited the {year} {noun}, which {happened} {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date54a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
