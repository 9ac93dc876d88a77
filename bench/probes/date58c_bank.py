"""DATE bank date58c, written by a blind helper, round 58 (held out). Register: public-health and
consumer-safety copy (WHO/CDC/ECDC notices, hospital trusts, food-safety recalls, regulators)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "salmonella outbreak",
        ("began", "was declared", "was first detected"),
        ("health officials", "the food safety agency", "epidemiologists", "the regional health authority"),
    ),
    EventKind(
        "listeria recall",
        ("was announced", "was issued", "was launched"),
        ("the manufacturer", "the Food Standards Agency", "the food safety regulator", "retailers"),
    ),
    EventKind(
        "ward closure",
        ("was ordered", "took effect", "came"),
        ("the hospital trust", "a trust spokesperson", "hospital managers", "the infection-control team"),
    ),
    EventKind(
        "measles cluster",
        ("was identified", "was first reported", "emerged"),
        ("the health ministry", "public health officials", "the WHO", "local health authorities"),
    ),
    EventKind(
        "chlorine leak",
        ("occurred", "was reported", "happened"),
        ("the fire service", "the water utility", "emergency services", "the environment agency"),
    ),
    EventKind(
        "batch withdrawal",
        ("was ordered", "was announced", "took place"),
        ("the medicines regulator", "the drugmaker", "pharmacists", "the health ministry"),
    ),
    EventKind(
        "legionnaires' outbreak",
        ("was confirmed", "began", "was first identified"),
        (
            "public health officials",
            "the city council",
            "environmental health officers",
            "the health protection agency",
        ),
    ),
    EventKind(
        "cholera outbreak",
        ("was declared", "began", "erupted"),
        ("the World Health Organization", "the health ministry", "aid agencies", "local health officials"),
    ),
    EventKind(
        "carbon monoxide leak",
        ("occurred", "was detected", "happened"),
        ("the fire brigade", "police", "the housing association", "paramedics"),
    ),
    EventKind(
        "insulin pen recall",
        ("was issued", "was announced", "began"),
        ("the medicines regulator", "the manufacturer", "diabetes charities", "the health department"),
    ),
    EventKind(
        "sterilisation failure",
        ("occurred", "was discovered", "came to light"),
        (
            "the hospital trust",
            "the care quality regulator",
            "the trust's medical director",
            "hospital bosses",
        ),
    ),
    EventKind(
        "botulism case",
        ("was confirmed", "was reported", "was diagnosed"),
        ("the health protection agency", "doctors", "the state health department", "food safety officials"),
    ),
    EventKind(
        "boil-water notice",
        ("was issued", "was imposed", "came into force"),
        (
            "the water company",
            "the local council",
            "the drinking water inspectorate",
            "public health officials",
        ),
    ),
    EventKind(
        "anthrax scare",
        ("erupted", "began", "unfolded"),
        ("police", "the health department", "emergency services", "federal investigators"),
    ),
    EventKind(
        "mass poisoning",
        ("occurred", "took place", "happened"),
        ("police", "the health ministry", "local officials", "toxicologists"),
    ),
    EventKind(
        "import ban",
        ("was imposed", "came into force", "was announced"),
        ("the agriculture ministry", "the customs authority", "trade officials", "the food safety regulator"),
    ),
    EventKind(
        "mislabelling",
        ("occurred", "was reported", "came to light"),
        (
            "the food standards agency",
            "the supermarket chain",
            "trading standards officers",
            "the allergy charity",
        ),
    ),
    EventKind(
        "quarantine order",
        ("was issued", "was imposed", "took effect"),
        (
            "the health ministry",
            "provincial authorities",
            "the chief medical officer",
            "port health officials",
        ),
    ),
    EventKind(
        "emergency committee meeting",
        ("was convened", "took place", "was held"),
        ("the World Health Organization", "the WHO", "the health ministry", "UN officials"),
        hosted=True,
    ),
    EventKind(
        "candlelit vigil",
        ("took place", "was held", "went ahead"),
        ("organisers", "bereaved families", "the parish council", "campaigners"),
        hosted=True,
    ),
    EventKind(
        "mass vaccination day",
        ("took place", "was held", "went ahead"),
        ("the health board", "public health officials", "the district council", "UNICEF"),
        hosted=True,
    ),
    EventKind(
        "pharmacy raid",
        ("was carried out", "took place", "was conducted"),
        ("police", "the medicines regulator", "customs officers", "investigators"),
    ),
    EventKind(
        "needlestick injury",
        ("occurred", "was reported", "happened"),
        ("the hospital trust", "the health and safety regulator", "union representatives", "the clinic"),
    ),
    EventKind(
        "exhumation",
        ("took place", "was carried out", "was conducted"),
        ("the coroner's office", "police", "the public inquiry", "forensic investigators"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, prompting an immediate review of infection-control procedures.",
    "{Who} said {event}, which {happened} {when}, was being treated as a priority.",
    "First reported to {who} {when}, {event} has since drawn scrutiny from national regulators.",
    "In a statement, {who} confirmed that {event} {happened} {when} and said inquiries were continuing.",
    "{Event}, which {who} said {happened} {when}, is the first of its kind recorded in the district.",
    "Health workers at the affected site following {event} {when}.",
    "{Event} {when}, as logged in the weekly surveillance summary issued by {who}.",
    '{Event} -- described by {who} as "serious but contained" in a briefing to local councillors '
    "-- {happened} {when}.",
    "{Event}, first flagged by {who} {when}, has prompted calls for tighter inspections.",
    "When {event} {happened} {when}, only a handful of staff were on duty, {who} said.",
    '"{Event} {happened} {when}, and we moved to protect the public straight away," '
    "a spokesperson for {who} said.",
    "{Event} (which {who} said {happened} {when}) has raised fresh questions about supplier audits.",
    "{Who} said the timing of {event}, {when}, had complicated efforts to trace those exposed.",
    "According to a timeline published by {who}, {event} {happened} {when}, several days before "
    "the first public warning was issued.",
    "{Event}, which affected households across three neighbouring districts and led to a string of "
    "hospital admissions among elderly residents and young children, {happened} {when}, {who} said.",
    "Records seen by this newspaper show that {event} {happened} {when}.",
    "Investigators from {who} are still trying to establish the full circumstances of {event} {when}.",
    "Within hours of {event} {when}, {who} had issued guidance to clinicians across the region.",
    "{Event} {when} was the most serious incident of its kind the authority had dealt with, {who} said.",
    "Details of {event}, which {happened} {when}, were set out in a notice circulated to GPs "
    "and pharmacists.",
    "It is understood that {event} {happened} {when}.",
    "{Event} {happened} {when} -- a fact {who} did not make public for nearly a week.",
    "{Who} said {event} {happened} {when}, although the full circumstances were still being established.",
    "Among the incidents reviewed by {who} was {a_noun} that {happened} {when} at a site on the "
    "outskirts of the city.",
)

DATE_SECOND = (
    "Witnesses said {event} {when} had caught staff off guard.",
    "The inquiry will focus on decisions taken in the hours after {event} {when}.",
    "{Who} later confirmed that {event} {happened} {when}.",
    "Since {event} {when}, inspectors have visited every registered premises in the area.",
    "Looking back at {event}, which {happened} {when}, one senior clinician said the warning signs "
    "had been there for weeks.",
    "Families affected by {event} {when} have called for an independent review.",
    "It was not until {event} {happened} {when} that the authorities tightened their procedures.",
    "In the days after {event} {when}, calls to the helpline more than doubled, {who} said.",
    "{Who} maintained that {event} {happened} {when}.",
    "{Event}, which {happened} {when}, remains under investigation.",
    '"Nobody here will forget {event} {when}," said one nurse who was on shift at the time.',
    "The full cost of {event} {when} has yet to be calculated.",
    "A review of {event} -- which {happened} {when}, according to {who} -- is expected to take "
    "several months.",
    "Staff who worked through {event} {when}, many of them on back-to-back shifts with little "
    "support from managers, say they are still waiting for answers.",
    '{Who} described {event} {when} as "entirely avoidable".',
    "Lessons from {event} {when} have been shared with health authorities elsewhere in the country.",
    "The handling of {event} {when} was criticised by patient groups.",
    "Before {event} {when}, the site had not been inspected for several years.",
    "{Event} {when}: how the response unfolded.",
    "{Event}, {who} have said, {happened} {when}.",
    "Those caught up in {event} {when} were offered follow-up checks and counselling.",
    "There has been no comparable incident in the area since {event} {when}.",
    "As {event} {when} showed, the system of alerts between laboratories and local health teams "
    "remains fragile.",
    "Speaking at a briefing, a senior official from {who} recalled that {event} {happened} {when}.",
    "Questions remain over why it took so long to act after {event} {when}.",
    "Inspectors returned to the site months after {event} {when}, this time unannounced.",
)

NEGATIVES_DATE = (
    # planned: second {when} is a future date for a related, scheduled thing
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A full report into {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A service marking the anniversary of {event} will be held {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, officials said.",
        "The inquest into deaths linked to {event} is expected to open {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event}, which {happened} {when}, was being taken seriously.",
        "The follow-up inspection prompted by {event} will take place {when}.",
        "planned",
    ),
    NegativePair(
        "Records show that {event} {happened} {when}.",
        "{Who} said an independent review of {event} would report its findings {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, first flagged {when}, prompted a wave of complaints.",
        "The trial of a former quality manager over {event} is expected to open {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "Compensation claims arising from {event} are expected to be heard {when}.",
        "planned",
    ),
    NegativePair(
        "Within hours of {event} {when}, guidance was issued to clinicians.",
        "Revised rules drawn up in response to {event} will come into force {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} was the most serious incident of its kind in the region, {who} said.",
        "A parliamentary committee is due to take evidence {when} on the handling of {event}.",
        "planned",
    ),
    # compatible: same event, second date falls inside the first
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Witnesses said {event} {when} had caught staff off guard.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Event}, which {happened} {when}, remains under investigation.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, officials said.",
        "Families affected by {event} {when} have called for an independent review.",
        "compatible",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "In the days after {event} {when}, calls to the helpline rose sharply.",
        "compatible",
    ),
    NegativePair(
        "Records seen by this newspaper show {event} {happened} {when}.",
        "Staff who worked through {event} {when} say they are still waiting for answers.",
        "compatible",
    ),
    NegativePair(
        "{Event}, first reported {when}, drew criticism from patient groups.",
        "The handling of {event} {when} was criticised in a leaked internal memo.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Before {event} {when}, the site had not been inspected for several years.",
        "compatible",
    ),
    NegativePair(
        "A notice from {who} said {event} {happened} {when}.",
        '"Nobody here will forget {event} {when}," said one nurse.',
        "compatible",
    ),
    # another: second sentence is about a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {happened} {when} in a neighbouring district, officials said.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Inspectors said {when} that lessons from the {year} {noun} had not been fully applied.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "An earlier {noun}, which {happened} {when}, was handled by the same team.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Last year's {noun}, which {happened} {when}, affected far fewer people.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "A similar {noun} {happened} {when} at another site run by the same operator.",
        "another",
    ),
    NegativePair(
        "Records show that {event} {happened} {when}.",
        "Another {noun}, unrelated to the first, {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is under investigation.",
        "Officials drew comparisons {when} with the {year} {noun}, which affected hundreds of people.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "It is not the first such incident: a previous {noun} at the same site {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Within hours of {event} {when}, {who} had alerted clinicians.",
        "Speaking {when}, a senior official contrasted the response with that to the {year} {noun}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date58c",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
