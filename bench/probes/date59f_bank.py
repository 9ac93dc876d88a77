"""DATE bank date59f, written by a blind helper, round 59 (held out). Register: weather, natural-hazard
and infrastructure-outage copy as met offices, emergency agencies, utilities and operators phrase it."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "landslide",
        ("struck", "swept down the hillside", "buried the road"),
        ("the geological survey", "council officials", "mountain rescue teams", "police"),
    ),
    EventKind(
        "flash flood",
        ("struck", "swept through the town", "hit"),
        ("the environment agency", "forecasters", "the fire service", "residents"),
    ),
    EventKind(
        "water-main burst",
        ("happened", "flooded the street", "occurred"),
        ("the water company", "council officials", "engineers", "residents"),
    ),
    EventKind(
        "blackout",
        ("began", "struck", "hit the region"),
        ("the grid operator", "the utility", "energy officials", "the network operator"),
    ),
    EventKind(
        "derailment",
        ("happened", "occurred", "took place"),
        ("the rail operator", "accident investigators", "police", "the transport ministry"),
    ),
    EventKind(
        "signal failure",
        ("occurred", "brought services to a halt", "struck"),
        ("the rail operator", "the train company", "network engineers", "passenger groups"),
    ),
    EventKind(
        "gas leak",
        ("was reported", "was discovered", "was detected"),
        ("the gas distributor", "the fire service", "police", "emergency officials"),
    ),
    EventKind(
        "pipeline rupture",
        ("occurred", "happened", "spilled oil into the river"),
        ("the pipeline operator", "environmental regulators", "the coastguard", "state officials"),
    ),
    EventKind(
        "tremor",
        ("struck", "was felt", "shook the area"),
        ("seismologists", "the seismological institute", "the geological survey", "residents"),
    ),
    EventKind(
        "earthquake",
        ("struck", "hit", "shook the region"),
        ("the seismological institute", "civil protection officials", "geologists", "the government"),
    ),
    EventKind(
        "heatwave",
        ("peaked", "set in", "began"),
        ("the met office", "forecasters", "health officials", "the national weather service"),
    ),
    EventKind(
        "wildfire",
        ("broke out", "started", "erupted"),
        ("the fire service", "forestry officials", "firefighters", "the civil protection agency"),
    ),
    EventKind(
        "storm surge",
        ("struck", "hit the coast", "swept ashore"),
        ("the coastguard", "forecasters", "the met office", "harbour officials"),
    ),
    EventKind(
        "airport shutdown",
        ("began", "was ordered", "took place"),
        ("airport officials", "the aviation authority", "air traffic control", "airlines"),
    ),
    EventKind(
        "bridge closure",
        ("was ordered", "took effect", "began"),
        ("the highways agency", "council engineers", "the bridge authority", "police"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "appeared", "formed"),
        ("council officials", "the water company", "geologists", "police"),
    ),
    EventKind(
        "avalanche",
        ("struck", "came down", "swept down the slope"),
        ("mountain rescue teams", "the avalanche warning service", "police", "ski patrol officials"),
    ),
    EventKind(
        "hailstorm",
        ("struck", "battered the town", "hit"),
        ("forecasters", "the met office", "farmers", "insurers"),
    ),
    EventKind(
        "dam breach",
        ("occurred", "happened", "flooded farmland downstream"),
        ("the water authority", "emergency officials", "engineers", "the regional government"),
    ),
    EventKind(
        "substation fire",
        ("broke out", "started", "erupted"),
        ("the grid operator", "the fire service", "the utility", "police"),
    ),
    EventKind(
        "tornado",
        ("touched down", "struck", "tore through the area"),
        ("the national weather service", "storm chasers", "emergency managers", "forecasters"),
    ),
    EventKind(
        "emergency exercise",
        ("was held", "was staged", "took place"),
        ("the civil protection agency", "the fire service", "council officials", "organisers"),
        hosted=True,
    ),
    EventKind(
        "cable theft",
        ("took place", "happened", "was discovered"),
        ("the rail operator", "transport police", "network engineers", "the train company"),
    ),
    EventKind(
        "pylon collapse",
        ("happened", "occurred", "brought down power lines"),
        ("the grid operator", "the utility", "engineers", "emergency officials"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, according to {who}.",
    "{Who} said {event} {happened} {when}, and crews were still assessing the damage.",
    "It was {when} that {event} {happened}, leaving hundreds of households to cope without help for hours.",
    "According to {who}, {event} {happened} {when}, shortly after a red warning had been "
    "issued for the area.",
    "Residents were evacuated from several streets after {event} {happened} {when}, {who} said.",
    "{Event}, which {happened} {when}, forced the suspension of rail services across much of the region.",
    "Commuters faced long delays {when} as {event} disrupted services on several lines, {who} said.",
    "In a statement, {who} confirmed that {event} {happened} {when} and that no injuries had been reported.",
    "Emergency crews were called out {when} to {a_noun} that had cut off access to the town's main road.",
    "Since {event} {happened} {when}, engineers have been working around the clock to reopen the line.",
    '"We have never seen anything on this scale," a spokesperson for {who} said of '
    "{event}, which {happened} {when}.",
    "Pictured: the aftermath of {event} {when}, in an image released by {who}.",
    "{Event} {when} was the most serious of its kind the region has recorded in a decade, {who} said.",
    "A red warning was issued shortly before {event} {happened} {when}, and {who} urged "
    "people to avoid all non-essential travel.",
    "Although {who} had warned of disruption for days, few were prepared when {event} {happened} {when}.",
    "Crews worked through the night after {event}, which {who} said {happened} {when}.",
    "Figures published by {who} show that {event} {when} affected more than forty thousand customers.",
    "Dozens of people were rescued from their homes after {a_noun} {happened} {when} on "
    "the outskirts of the town.",
    "Local officials, who declared a state of emergency shortly after {event} {happened} "
    "{when}, said the clean-up would take weeks.",
    '{Event} - described by {who} as "exceptional" - {happened} {when}, cutting off several villages.',
    "Insurers are bracing for heavy claims following {event} {when}, which {who} said "
    "had caused widespread damage to property.",
    "Schools stayed shut and bus routes were diverted after {event} {when}, {who} said.",
    'Speaking at a briefing, a spokesperson for {who} said {event} had been "entirely '
    'unexpected" when it {happened} {when}.',
    "With roads blocked and the railway closed, the town was effectively cut off after "
    "{event} {happened} {when}.",
    "Video shared on social media showed the scale of {event}, which {who} confirmed {happened} {when}.",
    "Fallen trees, blocked roads and a shuttered station: the scene after {event} {when}.",
)

DATE_SECOND = (
    "Residents said they were still coming to terms with {event} {when}.",
    "Witnesses said {event} {when} had caught many people completely off guard.",
    "It was not until after {event} {when} that the operator began reviewing its emergency plans.",
    "{Who} later confirmed that {event} {happened} {when}.",
    "Compensation claims linked to {event} {when} are expected to run into the millions.",
    "Many of those affected by {event} {when} have yet to return to their homes.",
    "The inquiry will examine how {who} responded to {event} {when}.",
    "Photographs taken in the hours after {event} {when} show roads blocked and power lines down.",
    "Engineers say the damage caused by {event} {when} was far worse than first thought.",
    '"Nobody here will forget what happened {when}," one shopkeeper said of {event}.',
    "When {event} {happened} {when}, the emergency services were already stretched across the region.",
    "A review of {event} {when} found that warnings had been issued too late.",
    "Questions remain over why no warning was issued before {event} {when}.",
    "The disruption that followed {event} {when} lasted for more than a week, {who} said.",
    "{Who}, criticised over the handling of {event} {when}, said lessons had been learned.",
    "Among the worst hit by {event} {when} were elderly residents living alone.",
    "In the days after {event} {when}, volunteers handed out bottled water and blankets.",
    "The operator has since admitted that its response to {event} {when} was too slow.",
    "Data from {who} suggests {event} {when} was the most severe of its kind for years.",
    "Insurance assessors who visited the area after {event} {when} described the damage as extensive.",
    "The clean-up after {event} {when} cost the council far more than it had budgeted.",
    "{Event}, {who} said in a report, {happened} {when} and caught forecasters off guard.",
    "Memories of {event} {when} are still raw in the town.",
    'Looking back at {event} {when}, one engineer said the network "simply wasn\'t built for it".',
    "It was {event} {when}, rather than any of the earlier warnings, that prompted the change in policy.",
    "The closure of the main road (a consequence of {event} {when}) is still causing long tailbacks.",
)

NEGATIVES_DATE = (
    # planned: second sentence is a future/planned thing related to the event
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A full report into {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A memorial service for those affected by {event} will be held {when}.",
        "planned",
    ),
    NegativePair(
        "Residents were evacuated after {event} {happened} {when}.",
        "Residents evacuated after {event} are expected to be allowed home {when}, once "
        "safety checks are complete.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, closed the line for days.",
        "Repairs to the section damaged in {event} are scheduled to be completed {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "An inquest into the deaths linked to {event} is expected to open {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Who} will present findings on {event} to councillors {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, cutting off several villages.",
        "The bridge destroyed in {event} is expected to reopen {when}, the highways agency said.",
        "planned",
    ),
    NegativePair(
        "Thousands of homes lost power when {event} {happened} {when}.",
        "Upgrades intended to prevent a repeat of {event} will be finished {when}, the grid operator said.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "A public inquiry into the handling of {event} is set to begin hearing evidence {when}.",
        "planned",
    ),
    # compatible: same event, second date lies inside the first
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Residents said {event} {when} had caught them completely off guard.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, according to {who}.",
        "Witnesses described how {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Engineers who inspected the site after {event} {when} said the damage was extensive.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, forced the closure of several roads.",
        "Many of those affected by {event} {when} have yet to return home.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The clean-up after {event} {when} is expected to take months.",
        "compatible",
    ),
    NegativePair(
        "Services were suspended after {event} {happened} {when}.",
        "{Who} later confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "A red warning was in place when {event} {happened} {when}.",
        "Questions remain over why the warning came so late before {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "Commuters faced severe disruption after {event} {happened} {when}.",
        "The operator has since apologised for its response to {event} {when}.",
        "compatible",
    ),
    # another: second sentence is a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {happened} {when} in a neighbouring district.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "It was the second {noun} in the area this year; an earlier one {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, closed the main road.",
        "{Who} said {when} that lessons had been learned from the {year} {noun}.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Last year's {noun}, which {happened} {when}, was far less severe.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Another {noun} {happened} {when} just a few miles away, though no one was hurt.",
        "another",
    ),
    NegativePair(
        "Residents were evacuated after {event} {happened} {when}.",
        "An earlier {noun}, which {happened} {when}, had prompted calls for better warning systems.",
        "another",
    ),
    NegativePair(
        "{Event} {when} left thousands without power.",
        "A similar {noun} {when} had affected the same area, {who} said.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Engineers are still investigating a separate {noun} that {happened} {when} elsewhere in the region.",
        "another",
    ),
    NegativePair(
        "The line was closed after {event} {happened} {when}.",
        "Older residents {when} compared it with the {year} {noun}, the worst in living memory.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date59f",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
