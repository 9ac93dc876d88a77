"""PLACE bank place52h, written by a blind helper, round 52 (held out). Register: agriculture,
wildlife and environment reporting (crop fires, locust swarms, oil spills, bird-flu outbreaks,
poaching raids, chemical spills, fish kills, elephant stampedes, forest clearances) as regional
papers and wire services write it.

Held out in round 52: measured unread at the round's start and end (see docs/checks-
consistency.md, Round 52); development material from round 53.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "crop fire",
        ("broke out", "spread", "was reported"),
        ("the county fire service", "local farmers", "the district agriculture office", "firefighters"),
    ),
    EventKind(
        "locust swarm",
        ("descended", "was sighted", "struck"),
        (
            "the plant protection directorate",
            "the Food and Agriculture Organization",
            "the farmers' union",
            "agriculture officials",
        ),
    ),
    EventKind(
        "oil spill",
        ("occurred", "was detected", "happened"),
        ("the coast guard", "the environment ministry", "the operating company", "maritime officials"),
    ),
    EventKind(
        "bird-flu outbreak",
        ("was confirmed", "was detected", "occurred"),
        (
            "the state veterinary service",
            "the agriculture ministry",
            "animal health officials",
            "the poultry board",
        ),
    ),
    EventKind(
        "poaching raid",
        ("took place", "was carried out", "happened"),
        ("park rangers", "the wildlife service", "conservation officials", "police"),
    ),
    EventKind(
        "chemical spill",
        ("occurred", "was reported", "happened"),
        (
            "the environmental protection agency",
            "fire officials",
            "the plant operator",
            "the regional health authority",
        ),
    ),
    EventKind(
        "fish kill",
        ("was discovered", "occurred", "was reported"),
        ("the fisheries department", "water quality officials", "local anglers", "the environment agency"),
    ),
    EventKind(
        "elephant stampede",
        ("took place", "happened", "occurred"),
        ("wildlife officials", "village elders", "the forest department", "police"),
    ),
    EventKind(
        "forest clearance",
        ("took place", "was carried out", "was detected"),
        ("satellite monitors", "the forestry commission", "environmental groups", "the land ministry"),
    ),
    EventKind(
        "livestock auction",
        ("took place", "went ahead", "was held"),
        ("the auctioneers", "the farmers' cooperative", "livestock traders", "the show committee"),
        hosted=True,
    ),
    EventKind(
        "agricultural show",
        ("took place", "opened", "was held"),
        ("the organisers", "the agricultural society", "exhibitors", "the show secretary"),
        hosted=True,
    ),
    EventKind(
        "tree-planting drive",
        ("took place", "was launched", "went ahead"),
        ("the forestry department", "the organisers", "volunteers", "the local council"),
        hosted=True,
    ),
    EventKind(
        "whale stranding",
        ("occurred", "was reported", "happened"),
        ("marine rescuers", "the conservation department", "volunteers", "the coast guard"),
    ),
    EventKind(
        "foot-and-mouth outbreak",
        ("was confirmed", "broke out", "was detected"),
        (
            "the chief veterinary officer",
            "the agriculture ministry",
            "livestock farmers",
            "animal health officials",
        ),
    ),
    EventKind(
        "dam breach",
        ("occurred", "happened", "was reported"),
        ("the water authority", "emergency services", "the irrigation board", "engineers"),
    ),
    EventKind(
        "sewage discharge",
        ("occurred", "was recorded", "was reported"),
        ("the water company", "the environment agency", "campaigners", "local swimmers"),
    ),
    EventKind(
        "wildfire",
        ("broke out", "started", "spread"),
        ("the fire service", "forestry officials", "emergency services", "residents"),
    ),
    EventKind(
        "grain silo explosion",
        ("happened", "occurred", "was reported"),
        ("the grain cooperative", "fire officials", "the labour inspectorate", "police"),
    ),
    EventKind(
        "pesticide poisoning",
        ("occurred", "was reported", "was confirmed"),
        ("health officials", "the regional hospital", "the pesticide regulator", "farm workers"),
    ),
    EventKind(
        "tiger attack",
        ("happened", "took place", "was reported"),
        ("forest officials", "villagers", "the reserve's field director", "police"),
    ),
    EventKind(
        "algal bloom",
        ("was detected", "appeared", "was reported"),
        ("the water board", "lake scientists", "the environment agency", "local fishermen"),
    ),
    EventKind(
        "illegal logging operation",
        ("was uncovered", "was discovered", "was raided"),
        ("forest guards", "the environment ministry", "investigators", "police"),
    ),
    EventKind(
        "wildlife trafficking bust",
        ("took place", "was made", "was carried out"),
        ("customs officers", "the wildlife crime unit", "police", "investigators"),
    ),
    EventKind(
        "farmers' protest",
        ("took place", "went ahead", "was held"),
        ("the organisers", "the farmers' union", "police", "local officials"),
        hosted=True,
    ),
    EventKind(
        "sheep-shearing competition",
        ("took place", "went ahead", "was held"),
        ("the organisers", "the breeders' association", "competitors", "the show committee"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} near {where} early on Tuesday, according to {who}.",
    "{Who} said {event} {happened} on farmland outside {where} shortly after dawn.",
    "In {where}, {event} {happened} overnight, leaving residents and farm workers scrambling for "
    "information.",
    "It was in {where} that {event} {happened}, {who} confirmed in a statement on Wednesday.",
    "{where}'s district council called an emergency meeting after {event} {happened} there on Monday.",
    "{Event}, which {happened} in {where} late on Sunday, is the first of its kind in the area this "
    "season, {who} said.",
    "Officials have sealed off the area around {where}, the scene of {event}, {who} said.",
    "{Event} in {where} has drawn inspectors from three separate agencies, {who} told this newspaper.",
    "According to {who}, {event} {happened} about 20 kilometres north of {where}.",
    "Farmers near {where}, where {event} {happened} on Thursday, were advised to stay away from the "
    "affected fields.",
    "{Event} was first spotted off the coast of {where} by the crew of a fishing boat on Saturday morning, "
    "{who} said.",
    "Above: the site of {event} near {where}, photographed by {who} on Friday.",
    "{Event} {happened} at a farm on the outskirts of {where}, {who} reported.",
    "Residents of {where} woke on Tuesday to news that {event} {happened} in their district overnight.",
    "{Event}, {who} said, {happened} in {where} during a long spell of hot, dry weather.",
    "{Event} that {happened} in {where} last week is now under investigation by {who}.",
    "{Event}, {held} in {where} on Saturday, drew farmers and their families from across the region.",
    "{Event} was {held} in {where} over the weekend, {who} said.",
    "{Event} near {where} is the worst the region has seen in a decade, according to {who}.",
    '"We never expected to see anything like this in {where}," one farmer said of {event}, which {who} '
    "confirmed on Monday.",
    "{Event} {happened} in {where} on Monday, {who} said, capping a week of grim news for the farming "
    "sector.",
    "Footage shared online appeared to show {event} on the edge of {where}, a claim later confirmed by "
    "{who}.",
    "{Who} were called to {where} on Sunday afternoon after {event} {happened} there, on land bordering a "
    "nature reserve.",
    "Close to {where}, {event} {happened} in an area already hit hard by drought, {who} said.",
    "{Event} - the first ever recorded in {where} - {happened} on Tuesday, {who} said.",
    "Local officials in {where}, where {event} {happened} on Wednesday, have asked the national government "
    "for emergency funds.",
)

PLACE_SECOND = (
    "Investigators returned on Thursday to the site of {event} in {where}.",
    "Clean-up work at {where}, where {event} {happened}, is expected to take several weeks.",
    "{Who} said it was too early to say what had caused {event} in {where}.",
    "Since {event} near {where}, neighbouring farms have been placed under strict movement controls.",
    "The area around {where}, the scene of {event}, remained closed to the public on Friday.",
    "Insurers are expected to face substantial claims arising from {event} in {where}.",
    "Residents said {event} in {where} had caught them completely off guard.",
    "A full report on {event} outside {where} is due to be completed next month.",
    "Asked about {event} in {where}, the minister said lessons would be learned.",
    "Pictures taken at the scene of {event} in {where} showed trampled fields and abandoned equipment.",
    "{Event} at {where} has reignited a long-running debate about oversight in rural areas.",
    "Environmental groups said {event} in {where} showed that existing safeguards were not working.",
    "The scene of {event}, on the outskirts of {where}, was still being monitored by {who} on Saturday.",
    "Compensation for farmers affected by {event} in {where} is under discussion, {who} said.",
    "In {where}, where {event} {happened}, local markets stayed shut for a second day.",
    "Those who witnessed {event} in {where} described scenes of confusion and fear.",
    "{where}'s farmers bore the brunt of {event}, {who} said.",
    "Soil and water samples collected near {where} in the hours after {event} have been sent for "
    "laboratory analysis.",
    "The {noun} near {where} has since been referred to a national review panel.",
    "It was near {where}, {who} said, that {event} {happened}.",
    "Caption: Officials inspect the aftermath of {event} at {where}.",
    "{Event}, {held} at {where}, ended on Sunday evening.",
    "Volunteers who worked at the scene of {event} in {where} were thanked by {who} on Monday.",
    "Much of the damage from {event} was concentrated around {where}, according to {who}.",
    "Questions remain over the official response to {event} in {where}.",
    "Locals in {where}, where {event} {happened}, say they had warned the authorities for years.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} near {where} on Tuesday, {who} said.",
        "Specialists from {other} arrived later in the day to help assess the damage.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} on farmland outside {where}.",
        "Officials in {other}, the regional administrative centre, said they were monitoring the situation "
        "closely.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened} late on Sunday.",
        "The provincial laboratory in {other} will analyse samples taken at the site.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} has left dozens of farms under restrictions, {who} said.",
        "Authorities in {other} said no restrictions were planned there for now.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} outside {where} early on Monday, according to {who}.",
        "A specialist team from {other} was flown in to help bring the situation under control.",
        "origin",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} on Thursday.",
        "A lorry carrying animal feed from {other} was among the vehicles stopped at the cordon.",
        "origin",
    ),
    NegativePair(
        "{Event} near {where} was first noticed by a farmer, {who} said.",
        "Volunteers from {other} have since joined the clean-up at {where}.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} near {where} on Wednesday, {who} said.",
        "Grain shipments bound for {other} have been held back until inspections are complete.",
        "destination",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} confirmed.",
        "Several injured workers were later transferred to a hospital in {other}.",
        "destination",
    ),
    NegativePair(
        "{Event} in {where} forced the closure of a main road, {who} said.",
        "Traffic heading to {other} was diverted along a longer route through the hills.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where} on Saturday, {who} said.",
        "The environment minister, speaking to reporters in {other}, called the incident deeply worrying.",
        "reporter",
    ),
    NegativePair(
        "{Who} said {event} {happened} outside {where}.",
        "The news was first announced at a press conference in {other} on Monday afternoon.",
        "reporter",
    ),
    NegativePair(
        "{Event} near {where} was confirmed by {who} on Friday.",
        "A wire service report filed from {other} put the cost of the damage in the millions.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} on a farm near {where}, {who} said.",
        "The farm is owned by an agribusiness group headquartered in {other}.",
        "hometown",
    ),
    NegativePair(
        "In {where}, {event} {happened} at a site run by a private operator.",
        "The operator, which is based in {other}, said it was cooperating fully with investigators.",
        "hometown",
    ),
    NegativePair(
        "{Event} outside {where} was filmed by a wildlife photographer.",
        "The photographer, who lives in {other}, said she had never seen anything like it.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} near {where} on Monday, {who} said.",
        "A similar {noun} in {other} last year cost farmers millions.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} overnight.",
        "It follows {a_noun} in {other} just three weeks ago.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} is under investigation, {who} said.",
        "A second {noun}, in {other}, was reported on Wednesday but is not thought to be linked.",
        "another",
    ),
    NegativePair(
        "It was near {where} that {event} {happened}, according to {who}.",
        "The last comparable {noun} was recorded in {other} in 2015.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} near {where} on Tuesday, {who} said.",
        "Officials warned that {a_noun} could follow in {other} if conditions do not improve.",
        "planned",
    ),
    NegativePair(
        "{Event} in {where} was the first this season, {who} said.",
        "Authorities are preparing for the possibility of {a_noun} in {other} later in the year.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} outside {where} on Sunday, {who} said.",
        "An emergency drill modelled on {a_noun} is due to be held in {other} in the spring.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} near {where} on Friday, {who} said.",
        "Hundreds gathered in {other} on Sunday to demand a full inquiry.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Environmental campaigners protested in {other} over the government's handling of the affair.",
        "reaction",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who} on Monday.",
        "Farmers in {other} held a rally calling for compensation for those affected.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place52h",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
