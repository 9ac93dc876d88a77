"""PLACE bank place31b, written by helper place31b, round 31 (blind author).

Register: Asia-Pacific weather, disaster and emergency reporting as filed by the AFP and
AP Asia desks, ABC Australia, RNZ, the Japan Times, Kyodo, the Philippine Daily Inquirer,
the Jakarta Post and the Straits Times: typhoon landfalls, shallow quakes, landslides,
lahars, flash floods, dam breaches, ferry sinkings, mine floods, building collapses,
evacuations and relief airlifts, plus hosted events (disaster-risk conferences, pledging
conferences, tsunami drills, search-and-rescue exercises, leaders' retreats). Phrasing
habits used: agency attribution first, last or mid-sentence ("the national disaster
agency said in a situation report", "according to the BNPB"), "local time", tallies and
bulletins, "It was in ... that" clefts, "where ... there" back-references, "{where}'s"
possessives and "the {where} <noun>" compounds, dashes and appositions, fronted
participles ("Hosted by ..."), a photo caption with "(Supplied: ...)", a quoted resident,
and long sentences in which the place sits far from the event noun. Wording is kept
neutral enough to fit both the disasters and the hosted meetings.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "typhoon landfall",
        (
            "battered coastal villages",
            "brought torrential rain and storm-force winds",
            "knocked out power to tens of thousands of homes",
            "came earlier than expected",
            "flattened rice fields",
        ),
        (
            "the state weather bureau",
            "forecasters",
            "the national disaster agency",
            "provincial disaster officials",
        ),
    ),
    EventKind(
        "landslide",
        (
            "buried dozens of homes",
            "swept away part of a hillside village",
            "cut the main highway",
            "struck after days of monsoon rain",
            "killed at least 14 people",
        ),
        ("the disaster mitigation agency", "village officials", "the search and rescue agency", "the BNPB"),
    ),
    EventKind(
        "ferry sinking",
        (
            "left dozens of passengers missing",
            "happened in heavy swells",
            "occurred shortly after the vessel left port",
            "claimed at least 31 lives",
        ),
        ("the coast guard", "the port authority", "maritime officials", "the navy"),
    ),
    EventKind(
        "mine flood",
        (
            "trapped 22 workers underground",
            "cut off two shafts",
            "happened during a night shift",
            "left rescuers pumping water around the clock",
        ),
        ("the mine operator", "the mines safety bureau", "the state mining regulator", "emergency officials"),
    ),
    EventKind(
        "building collapse",
        (
            "buried scores of workers",
            "happened during the morning rush",
            "left at least nine people dead",
            "brought down a five-storey block",
        ),
        ("the fire department", "city officials", "police", "rescuers"),
    ),
    EventKind(
        "flash flood",
        (
            "swept through a riverside settlement",
            "submerged thousands of homes",
            "washed away two bridges",
            "hit after a cloudburst upstream",
        ),
        (
            "the civil defence office",
            "the regional disaster office",
            "local authorities",
            "the national disaster agency",
        ),
    ),
    EventKind(
        "volcanic eruption",
        (
            "sent an ash column several kilometres into the sky",
            "forced the closure of the airport",
            "blanketed nearby villages in ash",
            "sent pyroclastic flows down the slopes",
        ),
        ("the volcanology agency", "volcanologists", "the geological agency", "aviation authorities"),
    ),
    EventKind(
        "shallow quake",
        (
            "struck before dawn",
            "shook buildings for nearly a minute",
            "struck at a depth of just 10 kilometres",
            "set off a brief tsunami warning",
        ),
        ("the seismology institute", "the geological survey", "seismologists", "the meteorological agency"),
    ),
    EventKind(
        "storm surge",
        (
            "swamped coastal villages",
            "pushed seawater far inland",
            "wrecked hundreds of fishing boats",
            "hit at high tide",
        ),
        ("the state weather bureau", "coastal officials", "the coast guard", "the national disaster agency"),
    ),
    EventKind(
        "dam breach",
        (
            "sent a wall of water downstream",
            "flooded villages below the reservoir",
            "occurred after days of heavy rain",
            "swept away homes and livestock",
        ),
        (
            "the irrigation authority",
            "district officials",
            "the water resources ministry",
            "engineers at the site",
        ),
    ),
    EventKind(
        "tsunami alert",
        (
            "was issued minutes after the quake",
            "was lifted hours later",
            "sent coastal residents to higher ground",
            "was downgraded to an advisory",
        ),
        (
            "the meteorological agency",
            "the tsunami warning centre",
            "coastal officials",
            "the national disaster agency",
        ),
    ),
    EventKind(
        "mass evacuation",
        (
            "moved tens of thousands of people to shelters",
            "began before dawn",
            "was ordered late at night",
            "emptied whole villages",
        ),
        (
            "the national disaster agency",
            "the provincial governor's office",
            "the military",
            "local officials",
        ),
    ),
    EventKind(
        "lahar",
        (
            "buried farmland and roads",
            "surged down a river channel",
            "cut off several villages",
            "followed heavy overnight rain",
        ),
        ("the volcanology agency", "the regional disaster office", "village chiefs", "volcanologists"),
    ),
    EventKind(
        "relief airlift",
        (
            "delivered food, water and tarpaulins",
            "began at first light",
            "reached isolated communities",
            "was suspended because of poor visibility",
        ),
        ("the air force", "aid agencies", "the World Food Programme", "the defence ministry"),
    ),
    EventKind(
        "disaster-risk reduction conference",
        (
            "was held",
            "opened",
            "drew delegates from dozens of countries",
            "closed with a joint declaration",
            "took place",
        ),
        ("organisers", "the UN disaster risk reduction office", "delegates", "conference officials"),
        hosted=True,
    ),
    EventKind(
        "relief pledging conference",
        ("raised more than $500 million", "was held", "wrapped up", "took place"),
        ("organisers", "the UN humanitarian office", "donor governments", "diplomats"),
        hosted=True,
    ),
    EventKind(
        "tsunami evacuation drill",
        ("was staged", "involved thousands of residents", "took place", "went ahead despite heavy rain"),
        ("the disaster management office", "organisers", "city officials", "the fire department"),
        hosted=True,
    ),
    EventKind(
        "joint search-and-rescue exercise",
        ("was staged", "involved ships and aircraft from nine countries", "got under way", "ended"),
        ("the navy", "the coast guard", "defence officials", "organisers"),
        hosted=True,
    ),
    EventKind(
        "regional leaders' retreat",
        ("was held", "ended with a joint statement", "got under way", "took place"),
        ("officials", "the host government", "diplomats", "the secretariat"),
        hosted=True,
    ),
    EventKind(
        "humanitarian coordination forum",
        ("was held", "opened", "brought together aid agencies and governments", "took place"),
        ("the UN humanitarian office", "aid agencies", "organisers", "participants"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "According to {who}, {event} {happened} in {where} shortly after 2 a.m. local time.",
    "In {where}, {event} {happened}, {who} said in a statement issued late in the evening.",
    "{Who} said {event} {happened} in {where} and that a fuller account would follow once field teams"
    " had reported back.",
    "It was in {where} that {event} {happened}, according to {who}.",
    "{Event} in {where} — the largest of its kind there in more than a decade, according to {who} —"
    " {happened} over the space of a few hours.",
    "{where}'s {noun} {happened}, {who} said, prompting the governor to cut short a trip abroad.",
    "The {where} {noun}, which {happened}, was raised at an emergency cabinet meeting, {who} said.",
    "{Who} first reported {event} in {where} in a brief bulletin that gave few details.",
    "In a situation report, {who} said {event} {happened} in {where}.",
    "Reports from {where} said {event} {happened} in the early hours, and {who} later confirmed the account.",
    "{Event}, which {happened} in {where}, was the focus of a televised briefing by {who}.",
    "Footage shared on social media showed the scene in {where} as {event} unfolded, and {who} later"
    " confirmed it was genuine.",
    "{Event} {happened} in {where}, {who} told reporters, declining to give further details.",
    "Speaking to reporters, {who} said {event} had taken place in and around {where}.",
    "{Who} placed {event} in {where}, citing reports from village officials.",
    "In the north of {where}, {event} {happened}, according to a tally compiled by {who}.",
    "Officials converged on {where} after {event} {happened} there, {who} said.",
    "{Event} {happened} at a site outside {where}, {who} said, without giving a precise location.",
    "The site of {event} — a district on the edge of {where} — was sealed off by police, according to {who}.",
    "What {who} described as {a_noun} {happened} in {where}.",
    "There was {a_noun} in {where}, {who} said, the first reported there in years.",
    "In {where}, where {event} {happened}, officials set up a command post, {who} said.",
    "In {where}, according to an overnight update from {who} that also listed road closures, class"
    " suspensions and the cancellation of several domestic flights, {event} {happened}.",
    "{Event} that {happened} in {where} drew a swift response from the national government, {who} said.",
    "Much of the attention was on {where}, where {event} {happened}, {who} said.",
    "It was just after 9 p.m. local time in {where} when {event} {happened}, according to {who}.",
    "{Event} {happened} in {where}, the latest in a string of such events in the region, {who} said.",
    "{Who} said in a post on social media that {event} {happened} in {where}.",
    "Authorities in {where}, where {event} {happened}, briefed diplomats and aid agencies on the situation,"
    " {who} said.",
    "PHOTO: A general view of {where}, where {event} {happened}. (Supplied: {Who})",
    "{Event} {happened} near {where}, said {who}.",
    "{Event} was {held} in {where}, {who} said.",
    "{where} hosted {event}, which {who} said drew ministers and senior officials from across the region.",
    "Hosted by {where} for the very first time, {event} {happened}, according to {who}.",
    "It was in {where} that {event} was {held}, with {who} putting attendance at more than 4,000.",
    "{Event}, {held} at a convention centre in {where}, ended with pledges of closer cooperation,"
    " {who} said.",
)

PLACE_SECOND = (
    "{Event} in {where} remained the main focus for {who} a day later.",
    "Residents of {where} said they had been given little warning of {event}.",
    "{Who} later revised the figures for {event} in {where}.",
    "Days after {event} in {where}, {who} released a revised tally.",
    "The response to {event} in {where} was slowed by damaged roads and patchy mobile coverage, {who} said.",
    "The {where} {noun} has since prompted calls for a review of emergency procedures.",
    "Aid agencies said access to {where} remained difficult days after {event} there.",
    "Television footage from {where} showed the scale of {event}.",
    "The cost of {event} in {where} has yet to be tallied, {who} said.",
    "{Who} said the lessons of {event} in {where} would feed into national planning.",
    "A government report on {event} in {where} is due within weeks.",
    "Visiting {where} after {event} there, the president promised whatever support was needed.",
    "Questions remain over how {event} in {where} was handled.",
    "Once {event} in {where} had run its course, {who} began a review.",
    "{Event}, {who} said, took place in {where}.",
    "Asked about {event}, {who} said it had taken place in {where}.",
    "For people in {where}, {event} was the main talking point for days.",
    "Local media gave the {where} {noun} blanket coverage.",
    "{Who} said it was too early to draw conclusions from {event} in {where}.",
    "The national government released emergency funds for {where} following {event} there.",
    "Details of {event} in {where} emerged slowly because of patchy communications, {who} said.",
    "The final tally from {event} in {where} was released by {who}.",
    '"We have never seen anything like it," a resident of {where} said of {event}.',
    "{where}, {who} noted, had never before experienced anything like {event}.",
    "As {event} in {where} unfolded, {who} issued hourly updates.",
    "Following {event} in {where}, {who} called for a review of contingency plans.",
    "Officials remained in {where} a week after {event} there.",
    "{Who} gave the location of {event} as {where}.",
    "It was the second time in as many years that {where} had been the scene of {a_noun}, {who} said.",
    "{where}'s handling of {event} drew praise from {who}.",
    "Those who were in {where} during {event} described scenes of confusion, {who} said.",
    "PHOTO: {Event} in {where}, in an image released by {who}.",
    "{Event} was {held} in {where} under heavy security.",
    "{where}, which hosted {event}, said it was ready to do so again.",
    "Having hosted {event}, {where} is now bidding to stage the next one.",
    "The venue in {where} where {event} was {held} reopened to the public afterwards.",
    "Security in {where} was tightened while {event} was {held} there.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is a place in another country (origin, destination, headquarters,
    # an earlier or next instance, where reactions came from)
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Rescue teams flown in from {other} joined the response to {event}.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Offers of help after {event} came from as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {event} {happened}, {who} said.",
        "{Who} said the last comparable {noun} had been in {other}, several years earlier.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Officials in {other} said none of their citizens were among those affected by {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "Next year's {noun} will be hosted by {other}.",
        "from_to",
    ),
    NegativePair(
        "{where} hosted {event}, according to {who}.",
        "Delegates flew in from {other} and a dozen other capitals for {event}.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "News of {event} reached {other} within hours.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Who} compared {event} with a similar {noun} in {other} some years earlier.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "Unlike the {noun} in {other} the previous year, {event} drew little international attention.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Experts from {other} were sent to help assess {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A relief flight loaded with supplies left {other} for {where} in the wake of {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, drawing ministers from across the region.",
        "The organisers, whose secretariat is based in {other}, said {event} had drawn record attendance.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {event} {happened}.",
        "{Who} coordinated the response to {event} from a regional office in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the biggest {noun} since one in {other} a decade ago, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} in {where}, ended with a joint declaration.",
        "The previous {noun} took place in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Diplomats in {other} were briefed on {event} by {who}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Money raised in {other}, home to a large community from {where}, will go to those affected"
        " by {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Reinsurers in {other} are expected to bear much of the cost of {event}.",
        "from_to",
    ),
    NegativePair(
        "{where} played host to {event}, {who} said.",
        "Ministers returning to {other} said they had left {event} with firm commitments.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Satellite images of {event} were processed by a mapping centre in {other}.",
        "from_to",
    ),
    # contained: {other} is in the same country as {where} (the country of a city, or a
    # city of a country)
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Authorities in {other} said they were monitoring the aftermath of {event} closely.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened}.",
        "The national disaster agency, headquartered in {other}, said it was sending additional staff"
        " after {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Television stations in {other} carried live coverage of {event}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "A spokesman speaking in {other} said the figures on {event} were still being verified.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Donations for those affected by {event} were collected in {other}.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "Officials in {other} said {event} in {where} had been a success.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "{Event} was discussed at an emergency cabinet meeting in {other}.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "Residents in {other} followed {event} on television and social media.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Volunteers in {other} signed up in their hundreds to help after {event}.",
        "contained",
    ),
    NegativePair(
        "{where} hosted {event}.",
        "Authorities in {other} said security for {event} had required thousands of police officers.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The government in {other} released emergency funds after {event} in {where}.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Newspapers in {other} led with {event}.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place31b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
