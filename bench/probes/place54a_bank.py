"""PLACE bank place54a, written by a blind helper, round 54 (held out). Register: disaster, weather and
environment copy (floods, landslides, wildfires, storm surges, earthquakes, chemical spills, dam
breaches, animal strandings) as wire services, weather services and regional papers write them."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "flash flood",
        ("struck", "hit", "was reported"),
        (
            "the national weather service",
            "civil defence officials",
            "the regional fire brigade",
            "local police",
        ),
    ),
    EventKind(
        "landslide",
        ("occurred", "struck", "was triggered"),
        (
            "the geological survey",
            "the disaster management agency",
            "rescue officials",
            "the provincial governor's office",
        ),
    ),
    EventKind(
        "wildfire",
        ("broke out", "started", "was first reported"),
        ("the state fire service", "forestry officials", "the rural fire authority", "firefighters"),
    ),
    EventKind(
        "storm surge",
        ("hit", "struck", "was recorded"),
        ("the meteorological office", "the coastguard", "harbour officials", "hurricane forecasters"),
    ),
    EventKind(
        "earthquake",
        ("struck", "was felt", "was recorded"),
        (
            "the seismological institute",
            "the geological survey",
            "seismologists",
            "the civil protection agency",
        ),
    ),
    EventKind(
        "chemical spill",
        ("occurred", "was discovered", "was reported"),
        (
            "the environment agency",
            "the fire and rescue service",
            "the plant's operator",
            "state environmental inspectors",
        ),
    ),
    EventKind(
        "dam breach",
        ("occurred", "happened", "was detected"),
        (
            "the water authority",
            "the irrigation department",
            "civil defence officials",
            "the district administration",
        ),
    ),
    EventKind(
        "pilot whale stranding",
        ("occurred", "was discovered", "was reported"),
        (
            "the marine mammal rescue group",
            "the department of conservation",
            "wildlife rangers",
            "the coastguard",
        ),
    ),
    EventKind(
        "rockfall",
        ("occurred", "happened", "was reported"),
        ("the mountain rescue service", "the roads authority", "the regional geologist", "police"),
    ),
    EventKind(
        "tornado touchdown",
        ("occurred", "was confirmed", "was recorded"),
        (
            "the national weather service",
            "storm survey teams",
            "the county emergency manager",
            "the sheriff's office",
        ),
    ),
    EventKind(
        "avalanche",
        ("struck", "came down", "was triggered"),
        ("the avalanche warning service", "mountain rescuers", "the ski patrol", "alpine police"),
    ),
    EventKind(
        "sinkhole collapse",
        ("occurred", "happened", "was reported"),
        ("the city engineer's office", "the geological survey", "the fire department", "municipal officials"),
    ),
    EventKind(
        "oil slick",
        ("was spotted", "was detected", "washed ashore"),
        ("the maritime safety authority", "the coastguard", "the environment ministry", "the port authority"),
    ),
    EventKind(
        "fish kill",
        ("occurred", "was discovered", "was reported"),
        ("the fisheries department", "the environment agency", "the river trust", "state wildlife officials"),
    ),
    EventKind(
        "levee failure",
        ("occurred", "happened", "was reported"),
        ("army engineers", "the levee district", "the parish emergency office", "the flood control board"),
    ),
    EventKind(
        "glacial lake outburst",
        ("occurred", "struck", "was recorded"),
        (
            "the hydrology department",
            "the national disaster authority",
            "glaciologists",
            "the district police",
        ),
    ),
    EventKind(
        "toxic algal bloom",
        ("was detected", "was confirmed", "appeared"),
        (
            "the public health department",
            "the water quality board",
            "the environment protection authority",
            "marine scientists",
        ),
    ),
    EventKind(
        "ammonia leak",
        ("occurred", "was detected", "was reported"),
        (
            "the fire brigade",
            "the hazardous materials unit",
            "the plant's management",
            "the labour inspectorate",
        ),
    ),
    EventKind(
        "tailings dam collapse",
        ("occurred", "happened", "was reported"),
        (
            "the mining ministry",
            "the mine's operator",
            "the environmental regulator",
            "civil defence officials",
        ),
    ),
    EventKind(
        "peat fire",
        ("broke out", "started", "was detected"),
        (
            "the forestry agency",
            "the emergencies ministry",
            "the regional fire service",
            "satellite monitoring staff",
        ),
    ),
    EventKind(
        "dust storm",
        ("struck", "hit", "was reported"),
        (
            "the meteorological bureau",
            "the highway patrol",
            "the state roads department",
            "airport officials",
        ),
    ),
    EventKind(
        "ashfall",
        ("was reported", "was recorded", "occurred"),
        (
            "the volcanological observatory",
            "the aviation authority",
            "the civil protection agency",
            "local officials",
        ),
    ),
    EventKind(
        "ice jam",
        ("formed", "occurred", "was reported"),
        (
            "the river forecast centre",
            "the emergency situations ministry",
            "the hydrometeorological service",
            "the town council",
        ),
    ),
    EventKind(
        "evacuation drill",
        ("took place", "was held", "was carried out"),
        (
            "the civil defence authority",
            "the emergency management office",
            "the organisers",
            "the municipal fire department",
        ),
        hosted=True,
    ),
    EventKind(
        "flood-response exercise",
        ("took place", "was held", "was carried out"),
        (
            "the emergency planning unit",
            "the county council",
            "the organisers",
            "the regional resilience forum",
        ),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} early on Tuesday, {who} said.",
    "In {where}, {event} {happened} shortly after dawn, according to {who}.",
    "{Who} said {event} {happened} near {where} late on Sunday night.",
    "It was in {where} that {event} {happened}, {who} confirmed in a brief statement.",
    "{Event}, which {happened} outside {where} on Monday afternoon, has prompted officials to close "
    "several nearby roads.",
    "Residents of {where}, where {event} {happened} overnight, were told by {who} to stay indoors.",
    "{Event} {happened} off the coast of {where} on Thursday, {who} reported.",
    "{where}'s emergency services were placed on alert on Wednesday after {event} {happened} there, "
    "{who} said.",
    "According to {who}, {event} {happened} in the hills above {where} at around 4 a.m. local time.",
    "{Event} in {where} was first flagged by a member of the public, {who} said on Friday.",
    "{Who} confirmed that {event} {happened} just south of {where}, the second such incident in the "
    "region this season.",
    "PHOTO: The scene of {event} near {where} on Saturday, in an image released by {who}.",
    "{Event} in {where} on Monday was the most serious the area has seen in a decade, {who} said.",
    "Emergency crews were sent to {where} after {event} {happened} there in the early hours, {who} said.",
    "{Who} told reporters that {event} {happened} in {where} around midday and that the situation "
    "was being monitored.",
    "Authorities declared a state of emergency in {where}, where {event} {happened} on Tuesday.",
    "{Event}, {held} in {where} by {who}, drew more than 300 volunteers and emergency workers.",
    "{Event} {happened} at a site close to {where}, {who} said in an update posted shortly before midnight.",
    "Satellite images released by {who} show the extent of {event} in {where}.",
    "{Event} {happened} in a sparsely populated area outside {where}, limiting the number of people "
    "affected, {who} said.",
    "Speaking from the scene, a spokesman for {who} said {event} in {where} was the largest in "
    "living memory.",
    "{Event}, centred on {where}, was picked up by monitoring equipment late on Friday, {who} said.",
    "It was {where} that bore the brunt of {event}, {who} said on Wednesday.",
    "{Event} {happened} on the outskirts of {where} on Monday, {who} said, adding that no injuries "
    "had been reported so far.",
    "{where} was the scene of {event} on Sunday, {who} said.",
    "{Event} {happened} in {where}, {who} said on Saturday, in what officials described as a "
    '"rapidly evolving" situation.',
)

PLACE_SECOND = (
    "Clean-up work at the site of {event} in {where} is expected to take several weeks.",
    "Insurers have yet to put a figure on losses from {event} in {where}.",
    "{Event} in {where} was the worst of its kind since records began in 1961, {who} said.",
    "Back in {where}, where {event} {happened}, volunteers spent the evening handing out water and blankets.",
    "Geologists are due to examine the ground in {where}, where {event} {happened}, later this week.",
    "{Who} said it was too early to say what caused {event} in {where}.",
    "Schools stayed shut on Wednesday in {where}, the scene of {event}.",
    "Aerial footage of {event} near {where} was widely shared on social media.",
    "{Who} has opened an inquiry into how {event} in {where} went undetected for so long.",
    "Residents near {where}, where {event} {happened}, said they had received no warning.",
    "{Event} in {where} is the latest in a string of such incidents across the region this year.",
    "Officials said the response to {event} at {where} had been hampered by poor roads and patchy "
    "mobile coverage.",
    "Water samples taken in {where} in the days after {event} there are still being analysed, {who} said.",
    "Those displaced by {event} in {where} have been housed in a school gymnasium and two community halls.",
    "Photographs taken in {where} on Thursday showed the full scale of {event}.",
    "One resident, who watched {event} unfold in {where} from her balcony, said she had never seen "
    "anything like it.",
    "{Who} said the cost of repairs following {event} in {where} could run into the millions.",
    "Caption: Workers at the site of {event} outside {where} on Friday.",
    "The investigation into {event} in {where} is expected to take months, {who} said.",
    "By Friday, {who} had lifted the restrictions imposed in {where} following {event} there.",
    "{Event} in {where} also disrupted rail services for much of the day, {who} said.",
    "In {where}, where {event} {happened}, officials have begun assessing what went wrong.",
    "{Event} near {where} was the subject of an emergency session of the regional council on Friday.",
    "{Event} that {happened} in {where} last week has renewed calls for better early-warning systems.",
    "Organisers said {event}, {held} by emergency planners in {where} last weekend, had exposed gaps "
    "in the evacuation plan.",
    "Figures released by {who} on Monday suggest {event} in {where} was far worse than first thought.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where} on Monday, {who} said.",
        "Emergency teams from elsewhere in the country, including {other}, were sent to help with "
        "the response.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where} overnight.",
        "Officials in {other} said they were monitoring the situation but had received no reports of "
        "damage there.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} forced the closure of the main road, {who} said.",
        "Hospitals as far away as {other} were put on standby.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened} just before noon.",
        "The weather service issued a warning for the wider region, including {other}, though no "
        "further incidents were reported there.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} outside {where} on Saturday, {who} said.",
        "A specialist team flown in from {other} arrived at the scene on Sunday morning.",
        "origin",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "Among those caught up in it was a group of hikers from {other}.",
        "origin",
    ),
    NegativePair(
        "{Event} off the coast of {where} was reported by {who} on Thursday.",
        "The first vessel to reach the area was a fishing boat from {other}.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "The motorway to {other} remains closed in both directions.",
        "destination",
    ),
    NegativePair(
        "Residents fled {where} after {event} {happened} there on Tuesday.",
        "Many headed for relatives in {other}, about two hours' drive away.",
        "destination",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who} late on Friday.",
        "Samples have been sent to a laboratory in {other} for analysis.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where} on Wednesday.",
        "{Who} gave details of the incident at a news conference in {other}.",
        "reporter",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "Speaking to reporters in {other}, the regional governor promised a full inquiry.",
        "reporter",
    ),
    NegativePair(
        "{Event} in {where} was picked up by instruments on Sunday.",
        "Analysts at the monitoring centre in {other} said the data were still being reviewed.",
        "reporter",
    ),
    NegativePair(
        "In {where}, {event} {happened} overnight, {who} said.",
        "The news was first broken by a local radio station in {other}.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "The company that operates the site, which is headquartered in {other}, said it was "
        "cooperating with investigators.",
        "hometown",
    ),
    NegativePair(
        "{Event} in {where} was first spotted from the air, {who} said.",
        "The pilot, who is based in {other}, alerted air traffic control.",
        "hometown",
    ),
    NegativePair(
        "{Who} said {event} {happened} outside {where} on Monday.",
        "A {other}-based environmental group said it had warned of the risk for years.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where} on Tuesday, {who} said.",
        "It follows a similar {noun} in {other} last spring.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "A second {noun}, in {other}, was reported hours later but caused no damage.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} was the first of the season, {who} said.",
        "The worst {noun} on record, in {other} in 1998, lasted almost a week.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A drill simulating just such an emergency had been scheduled for next month in {other}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where} on Sunday.",
        "Officials said they would open a temporary shelter in {other} if conditions worsened.",
        "planned",
    ),
    NegativePair(
        "{Event} in {where} has prompted {who} to review its plans.",
        "New early-warning sirens are due to be installed in {other} next year.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where} on Friday, {who} said.",
        "A candlelight vigil was held in {other} on Saturday evening for those affected.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} {happened} outside {where}.",
        "Hundreds of people marched in {other} on Sunday demanding tougher safety rules.",
        "reaction",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who}.",
        "In {other}, volunteers set up a collection point for donations to those affected.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place54a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
