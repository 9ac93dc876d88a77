"""Place bank written by helper place24a, round 24 (blind author).

Register: regional and local news as printed by US, Canadian and Australian papers and
posted on local TV and radio station websites: police and fire calls, road crashes,
storms, school sport, fairs and rodeos, council meetings, business openings. The
sentences imitate reporters' habits: "according to a news release", "deputies said",
"the station reported", "UPDATE:" lines, datelines, photo captions, viewer video,
quotes from residents and reporters on scene.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "standoff",
        (
            "ended peacefully",
            "lasted nearly six hours",
            "drew a heavy police presence",
            "stretched into the early morning hours",
            "began shortly after 9 p.m.",
        ),
        ("sheriff's deputies", "police", "the sheriff's office", "a police spokesperson"),
    ),
    EventKind(
        "pileup",
        (
            "involved more than a dozen vehicles",
            "shut down the highway for hours",
            "happened in near-whiteout conditions",
            "left four people in hospital",
        ),
        ("state troopers", "the highway patrol", "police", "the state patrol"),
    ),
    EventKind(
        "brush fire",
        (
            "scorched about 40 acres",
            "burned close to several homes",
            "was brought under control by evening",
            "broke out along a stretch of dry grass",
        ),
        ("the fire department", "fire officials", "the rural fire service", "the fire chief"),
    ),
    EventKind(
        "homecoming game",
        (
            "went to double overtime",
            "drew a sellout crowd",
            "was played in a steady drizzle",
            "ended with the home team on top",
        ),
        ("the school district", "the athletic director", "the head coach"),
        hosted=True,
    ),
    EventKind(
        "rodeo",
        (
            "drew riders from across the region",
            "sold out both nights",
            "went off without a hitch",
            "raised money for the local 4-H club",
        ),
        ("organizers", "the rodeo committee", "the event's organizers"),
        hosted=True,
    ),
    EventKind(
        "water main break",
        (
            "flooded several basements",
            "closed two lanes of traffic",
            "left dozens of homes without water",
            "sent water gushing down the street",
        ),
        ("the city's utilities department", "public works officials", "the water utility"),
    ),
    EventKind(
        "house fire",
        (
            "displaced a family of five",
            "started in the kitchen",
            "gutted a two-storey home",
            "was reported just before midnight",
        ),
        ("firefighters", "the fire marshal", "the fire department"),
    ),
    EventKind(
        "rollover crash",
        (
            "sent two teenagers to hospital",
            "closed the road for several hours",
            "involved a single pickup truck",
            "happened on a rural stretch of road",
        ),
        ("troopers", "the county sheriff's office", "police"),
    ),
    EventKind(
        "county fair",
        (
            "drew record crowds",
            "ran for five days",
            "featured a demolition derby",
            "opened its gates to the public",
        ),
        ("the fair board", "organizers", "the fair's manager"),
        hosted=True,
    ),
    EventKind(
        "council meeting",
        (
            "ran past midnight",
            "drew a packed gallery",
            "turned heated",
            "ended without a vote",
        ),
        ("the town clerk", "the mayor's office", "council members"),
    ),
    EventKind(
        "armed robbery",
        (
            "happened at a convenience store",
            "targeted a gas station",
            "left a clerk shaken but unhurt",
            "took place just after closing time",
        ),
        ("police", "detectives", "the police department"),
    ),
    EventKind(
        "parade",
        (
            "drew thousands downtown",
            "featured more than 80 floats",
            "went ahead despite the rain",
            "was led by a high school marching band",
        ),
        ("organizers", "the chamber of commerce", "the parade committee"),
        hosted=True,
    ),
    EventKind(
        "grand opening",
        (
            "drew a line around the block",
            "included a ribbon-cutting",
            "brought out the mayor",
            "went ahead after months of delays",
        ),
        ("the owners", "the chamber of commerce", "a company spokesperson"),
    ),
    EventKind(
        "hit-and-run",
        (
            "left a pedestrian seriously injured",
            "happened near a school crosswalk",
            "was caught on a doorbell camera",
            "killed a cyclist",
        ),
        ("police", "investigators", "the traffic unit"),
    ),
    EventKind(
        "hailstorm",
        (
            "dented hundreds of cars",
            "smashed windows and skylights",
            "flattened crops",
            "knocked out power to thousands",
        ),
        ("the National Weather Service", "meteorologists", "the weather service"),
    ),
    EventKind(
        "school lockdown",
        (
            "lasted about two hours",
            "was lifted shortly before noon",
            "kept students in their classrooms",
            "followed a report of a weapon",
        ),
        ("the school district", "the principal", "police", "district officials"),
    ),
    EventKind(
        "swift-water rescue",
        (
            "pulled two kayakers from the river",
            "saved a driver stranded on the roof of her car",
            "involved a helicopter crew",
            "took place after a creek overflowed",
        ),
        ("fire crews", "the fire department", "emergency officials"),
    ),
    EventKind(
        "fireworks show",
        (
            "lit up the sky over the lake",
            "drew families from across the area",
            "went on despite the heat",
            "lasted about 25 minutes",
        ),
        ("organizers", "the parks department", "the town's events coordinator"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, according to a news release from {who}.",
    "{where} — {Event} {happened}, {who} said in a statement.",
    "UPDATE: {Event} {happened} in {where}, {who} said in a post on social media.",
    "A news crew from the station was at {event} in {where} and spoke with several people who were there.",
    "{Who} said {event} {happened} in {where} and that more details would be released as they become"
    " available.",
    "The {where} {noun} {happened}, {who} said.",
    "{Event}, which {happened} in {where}, had people talking well into the next week.",
    "Viewers sent in dozens of photos and videos of {event} in {where}.",
    "According to {who}, {event} {happened} in {where}.",
    "In {where}, where {event} {happened}, residents were still talking about it the next morning.",
    '"You don\'t expect {a_noun} like that right here in {where}," one longtime resident told the station.',
    "WATCH: Cellphone video shows {event} in {where} as it happened.",
    "{Who} told the station that {event} {happened} in {where}.",
    "It was in {where} that {event} {happened}, {who} confirmed.",
    "While much of the region was quiet, {event} {happened} in {where}, and {who} said the phones did not"
    " stop ringing for hours.",
    "Here's a look back at {event} in {where}, through the lens of our photographer.",
    "{Event} — in {where}, of all places — {happened}, {who} said.",
    "Reporter Dana Whitfield was in {where} for {event} and filed this report.",
    "Cellphone video taken in {where} captured {event} from several angles.",
    "{Who} shared photos from {event} in {where} on Facebook, asking people to tag anyone they recognized.",
    "(Photo: Onlookers gather at the scene of {event} in {where}. Submitted by a viewer.)",
    "Details are still coming in after {event} {happened} in {where}, the station reported.",
    "{Event} {happened} on the outskirts of {where}, {who} said, though the exact spot was not released.",
    "It has been a busy stretch for {who}: on top of everything else, {event} {happened} in {where}.",
    "{where}'s {noun} {happened}, according to {who}, who spoke to reporters at the scene.",
    "Our morning team has the latest on {event} in {where}, where {who} said the day started like any other.",
    "{Event} {happened} in {where}, {who} said, adding that the public should check back for updates.",
    "{Who} confirmed to the paper that {event} {happened} in {where}.",
    "People who saw {event} firsthand in {where} shared their accounts with the station.",
    "Tuning in from home? Here is everything we know about {event} in {where}.",
    "{Event} was {held} in {where}, {who} said.",
    "Organizers {held} {event} in {where} for the first time ever, drawing visitors from near and far.",
)

PLACE_SECOND = (
    "{Who} later confirmed that {event} had taken place in {where}.",
    "Asked about the {where} {noun}, {who} declined to give further details.",
    "{Event} in {where} was still the main topic at the coffee shops days later.",
    "Back in {where}, where {event} {happened}, people were starting to piece the day together.",
    "As for {event} itself, it {happened} in {where}, {who} said.",
    "Photos from {event} in {where} are available in the gallery above.",
    "By the time {event} in {where} was over, {who} had fielded dozens of calls from the public.",
    "{Event}, {who} said, {happened} in {where}.",
    "In {where}, {event} {happened}, and {who} said more information would be shared later in the day.",
    "It was {where}, {who} said, where {event} {happened}.",
    "A full report on {event} in {where} is expected from {who} in the coming days.",
    "{Who} thanked everyone who helped out during {event} in {where}.",
    "The station's reporter, who was in {where} for {event}, described the scene in a live report.",
    "Looking back on {event} in {where}, {who} said there were lessons to take from it.",
    "Above: a viewer's photo of {event} in {where}.",
    "UPDATE (4:15 p.m.): {Who} said {event} {happened} in {where}.",
    "{where}'s {noun} {happened}, {who} said.",
    "{Event} {happened} in {where}, and the station will update this story as more information becomes"
    " available.",
    '"I\'ve been doing this a long time, and {event} in {where} was something else," one longtime volunteer'
    " said.",
    "Hours after {event} in {where}, {who} had yet to release a full account.",
    "Coverage of {event} in {where} continues on the station's website and app.",
    "Earlier, {who} had said {event} {happened} in {where}.",
    "Submitted video from {event} in {where} has been viewed thousands of times online.",
    "The {noun} in {where} {happened}, {who} told the paper.",
    "People who live near the site of {event} in {where} told the station they heard about it from"
    " neighbours.",
    "Anyone with photos of {event} in {where} can send them to the newsroom through the station's app.",
    "Again, {event} {happened} in {where}, according to {who}.",
    "Questions remain about how {event} in {where} unfolded, and {who} said a review was under way.",
    "For {who}, the {where} {noun} will be a hard one to forget.",
    "{Event} {happened} in {where} — a detail {who} repeated several times during the briefing.",
    "{Event}, {held} in {where}, {happened}, {who} said.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is a place in another country, not where the event happened
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Volunteers from as far away as {other} pitched in, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to a news release from {who}.",
        "Word of {event} was first picked up by a sister station in {other}.",
        "from_to",
    ),
    NegativePair(
        "The station reported that {event} {happened} in {where}.",
        "Among those in {where} that day was a family visiting from {other}, who said they would not soon"
        " forget it.",
        "from_to",
    ),
    NegativePair(
        "{where} — {Event} {happened}, {who} said.",
        "{Who} compared {event} to one in {other} several years ago.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} told the station.",
        "Relatives in {other} said they learned of {event} from social media.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "A briefing on {event} is scheduled for visiting officials from {other} later this month.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "Next year's {noun} will be {held} in {other}, organizers announced.",
        "from_to",
    ),
    NegativePair(
        "Viewers sent in dozens of photos of {event} in {where}.",
        "One video of {event} was reposted by a woman in {other} who had been following along online.",
        "from_to",
    ),
    NegativePair(
        "UPDATE: {Event} {happened} in {where}, {who} said.",
        "The last time the station covered {a_noun} like this one, it was in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The reporter who covered {event} in {where} flew home to {other} the following morning.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, the paper has learned.",
        "A man originally from {other} was among the first people the station interviewed after {event}.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} confirmed.",
        "Footage of {event} was shared widely online, with viewers in {other} among the first to comment.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said in a written statement.",
        "{Who} said the statement was released from a regional office in {other}.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} said.",
        "Unlike the {noun} in {other} last spring, this one drew little attention outside the area.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "A similar {noun} is set to be {held} in {other} later this year, though no date has been set.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Readers from {where} to {other} wrote in with their own memories after the story ran.",
        "from_to",
    ),
    # contained: {other} is the country of the city {where}, or a city of the country {where}
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Across {other}, people shared photos of {event} online.",
        "contained",
    ),
    NegativePair(
        "{where} — {Event} {happened}, according to {who}.",
        "{Event}, in {other}, drew attention from well beyond the area.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, the station reported.",
        "Elsewhere in {other}, things were quiet, {who} said.",
        "contained",
    ),
    NegativePair(
        "According to a news release from {who}, {event} {happened} in {where}.",
        "The {other} {noun} {happened}, {who} said.",
        "contained",
    ),
    NegativePair(
        "Viewers sent in photos of {event} in {where}.",
        "{Event} was the talk of {other} for the rest of the week.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "It was not the first {noun} in {other} this year, {who} noted.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "Visitors came from all over {other} for {event}.",
        "contained",
    ),
    NegativePair(
        "UPDATE: {Event} {happened} in {where}, {who} said.",
        "{Who} described {event} in {other} as one of the bigger stories of the season.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} told the paper.",
        "Stations all over {other} carried footage of {event} that evening.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place24a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
