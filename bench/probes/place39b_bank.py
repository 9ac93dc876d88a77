"""DATE|PLACE bank place39b, written by helper place39b, round 39 (blind author).

Register: science, space, environment and research news as Nature's news pages, New
Scientist, Space.com, Mongabay, Science's news desk and university press offices write it:
launches, landings and splashdowns, engine tests, eruptions, fireballs, strandings, spills,
methane leaks, bleaching surveys, digs and fossil finds, expeditions, die-offs, glacier
collapses, laboratory fires, specimen thefts, workshops and congresses. Habits: "researchers
at ... said", "the find, made near ...", "the team reported in the journal ...", the site
first and the town after it, long appositions about institutions, follow-ups that come back
to the event with other words (the attributive "the Lima stranding", clefts, captions,
quotes). Negatives: the home institution elsewhere, samples shipped on, a control room or
processing centre in another country, the next meeting's host, an earlier event elsewhere,
the briefing's location, a volunteer's home, a place inside (or around) the first.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "launch",
        ("went ahead", "took place", "was carried out", "was conducted"),
        ("the launch provider", "mission officials", "the space agency", "a company spokesperson"),
    ),
    EventKind(
        "landing",
        ("was made", "was carried out", "was completed", "took place"),
        ("mission controllers", "the agency", "flight engineers", "the mission team"),
    ),
    EventKind(
        "splashdown",
        ("took place", "was completed", "was recorded"),
        ("the recovery team", "mission officials", "the agency"),
    ),
    EventKind(
        "test firing",
        ("was carried out", "was conducted", "took place"),
        ("the company", "propulsion engineers", "the test team"),
    ),
    EventKind(
        "eruption",
        ("began", "broke out", "started"),
        ("volcanologists", "the geological survey", "the volcano observatory", "hazard scientists"),
    ),
    EventKind(
        "fireball",
        ("was seen", "was recorded", "was captured on camera", "was spotted"),
        ("meteor astronomers", "the fireball network", "amateur sky watchers"),
    ),
    EventKind(
        "stranding",
        ("was reported", "was discovered", "occurred"),
        ("marine biologists", "the stranding network", "the coastguard", "rescue volunteers"),
    ),
    EventKind(
        "oil spill",
        ("was first reported", "was detected", "occurred"),
        ("the coastguard", "the environment ministry", "the operator", "conservation groups"),
    ),
    EventKind(
        "methane leak",
        ("was detected", "was first spotted", "was measured"),
        ("satellite analysts", "the operator", "the emissions monitoring group"),
    ),
    EventKind(
        "bleaching survey",
        ("was carried out", "was conducted", "took place"),
        ("reef scientists", "the marine park authority", "the survey team"),
    ),
    EventKind(
        "excavation",
        ("was carried out", "took place", "was conducted"),
        ("the archaeologists", "the dig director", "the heritage agency"),
    ),
    EventKind(
        "fossil find",
        ("was made", "was unearthed", "came to light"),
        ("the palaeontologists", "the natural history museum", "the research team"),
    ),
    EventKind(
        "expedition",
        ("was mounted", "took place", "was carried out"),
        ("the expedition leader", "the research team", "the expedition's organisers"),
    ),
    EventKind(
        "die-off",
        ("was first noticed", "was recorded", "occurred"),
        ("wildlife officials", "ecologists", "the conservation group"),
    ),
    EventKind(
        "glacier collapse",
        ("occurred", "was recorded", "happened"),
        ("glaciologists", "the glacier monitoring service", "mountain rescue officials"),
    ),
    EventKind(
        "laboratory fire",
        ("broke out", "started", "occurred"),
        ("the university", "fire officials", "a university spokesperson"),
    ),
    EventKind(
        "specimen theft",
        ("was discovered", "took place", "was uncovered"),
        ("the museum", "police", "curators"),
    ),
    EventKind(
        "field campaign",
        ("was carried out", "was mounted", "took place"),
        ("the principal investigator", "the campaign's scientists", "the funding agency"),
    ),
    EventKind(
        "workshop",
        ("was held", "took place", "convened"),
        ("the organisers", "participants", "the funding body"),
        hosted=True,
    ),
    EventKind(
        "symposium",
        ("was held", "took place", "was convened"),
        ("the organisers", "the learned society", "delegates"),
        hosted=True,
    ),
    EventKind(
        "congress",
        ("was held", "took place", "met"),
        ("the organisers", "the international federation", "delegates"),
        hosted=True,
    ),
    EventKind(
        "colloquium",
        ("was held", "took place", "was convened"),
        ("the organisers", "the host department", "participants"),
        hosted=True,
    ),
    EventKind(
        "inauguration",
        ("took place", "was held"),
        ("the observatory", "the telescope consortium", "officials"),
        hosted=False,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "According to {who}, {event} {happened} at a site in {where} that the team has asked "
    "reporters not to identify more precisely.",
    "{Who} confirmed that {event} {happened} in {where}, adding that a fuller account would "
    "appear in a peer-reviewed journal later this year.",
    "It was in {where} that {event} {happened}, {who} said in a statement.",
    "{Event}, which {happened} in {where}, is the focus of a report released this week by {who}.",
    "The data collected during {event} in {where} will take months to work through, {who} said.",
    "Researchers said {event} {happened} in {where}, and that the details had already been "
    "shared with colleagues at several other institutions.",
    "Images from {event} in {where}, released by {who}, circulated widely online.",
    "{Event} {happened} in {where}, researchers reported this week in a peer-reviewed journal.",
    "{Event} {happened} in {where}, {who} told New Scientist.",
    "{Who} described {event} in {where} as one of the best-documented of its kind.",
    "Footage shared by {who} shows the scene in {where} shortly after {event} {happened}.",
    "Scientists who followed {event} in {where} said it offered a rare chance to test long-standing ideas.",
    "Officials in {where}, where {event} {happened}, said they had been kept informed by {who}.",
    "Early reports of {event} in {where} were confirmed by {who} within hours.",
    "{Event} in {where} was first made public by {who}, in a short post on social media.",
    "Details of {event}, in {where}, were set out by {who} in a two-page statement.",
    "{Event}, {held} in {where}, drew more than 300 researchers from about 40 countries.",
    "{where} hosted {event}, a gathering that {who} said was the largest in the field's history.",
    "Researchers at several institutions said {event} in {where} would be discussed for years.",
    "Researchers at the institute leading the scientific work said {event} {happened} in {where}.",
    "{Who} said {event} {happened} in {where}, a detail that several earlier accounts had left out.",
    "Confirmation that {event} {happened} in {where} came from {who}.",
    "In {where}, where {event} {happened}, teams spent the following days gathering "
    "samples, photographs and notes.",
    "{Event} {happened} in {where}, according to a preliminary report by {who} that has not "
    "yet been peer reviewed.",
    "In an update posted online, {who} said {event} {happened} in {where}.",
)

PLACE_SECOND = (
    "The {noun} in {where}, {who} said, was still being discussed months later.",
    '"What we saw in {where} will keep us busy for years," said one scientist involved in the {noun}.',
    "Much of the interest in the {noun} stems from its location: {where} has rarely featured "
    "in the scientific literature.",
    "Since the {noun} in {where}, requests for data have arrived from several other groups, {who} said.",
    "The {where} {noun} has already prompted a follow-up study, according to {who}.",
    "In its own account of the {noun}, {who} placed it firmly in {where}.",
    "Those who were in {where} at the time of the {noun} described long days and very little sleep.",
    "Photographs taken in {where} during the {noun} have since been released by {who}.",
    "Asked about the {noun} in {where}, {who} declined to speculate on what comes next.",
    "What happened in {where} during the {noun} is now the subject of a longer report by {who}.",
    "The {noun}, which {who} said {happened} in {where}, is expected to feature in several papers this year.",
    "Material gathered in {where} after the {noun} has been deposited in a public archive.",
    "In {where}, the site of the {noun}, local researchers have begun measurements of their own.",
    "Before the {noun} in {where}, few outside the field had paid the area much attention.",
    "Looking back on the {noun} in {where}, {who} said there were lessons for future work.",
    "According to {who}, the {noun} in {where} is now being written up for publication.",
    "Funding for further work in {where}, where the {noun} {happened}, has yet to be confirmed.",
    '"{where} gave us something we could not have got anywhere else," said a member of the '
    "team that studied the {noun}.",
    "That the {noun} {happened} in {where} came as little surprise to {who}.",
    "Reports from {where} in the days after the {noun} suggested that interest had spread "
    "well beyond the research community.",
    "Pictured: the scene in {where} on the day of the {noun}.",
    "It is the {noun} in {where}, rather than anything since, that {who} cited most often when "
    "asked about the work.",
    "For the scientists involved in the {noun}, {where} was, in the words of one team member, "
    '"the right place at the right time".',
    "Delegates who attended the {noun} {held} in {where} said the discussions had been unusually frank.",
    "{where}, which hosted the {noun}, has been praised by {who} for its organisation.",
    "The team's account of the {noun} -- set out in a preprint and based on notes taken in "
    "{where} -- runs to more than 60 pages.",
    "Among the questions the {noun} in {where} raised, {who} said, is how often such events go unrecorded.",
)

NEGATIVES_PLACE = (
    # a place inside, or around, the first ({other} is the first's country or one of its cities)
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the first {noun} of its kind recorded in {other} in more than a decade, according to {who}.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "{Who} said the {noun} in {other} had been followed closely by scientists around the world.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} was first made public by {who}.",
        "The {other} {noun}, researchers said, had been documented in unusual detail.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "The {noun}, which {happened} in {other}, is now the subject of a longer report by {who}.",
        "contained",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, has been described as one of the best-documented of its kind.",
        "Scientists across {other} said they had followed the {noun} closely.",
        "contained",
    ),
    # a journey: samples, records or people going to or coming from somewhere else
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Samples collected during the {noun} were shipped to {other} for analysis.",
        "journey",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Several members of the team flew in from {other} for the {noun} in {where}.",
        "journey",
    ),
    NegativePair(
        "According to {who}, {event} {happened} at a site in {where}.",
        "Material recovered in {where} during the {noun} is due to be sent on to a laboratory in {other}.",
        "journey",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who} within hours.",
        "Records from the {noun} have since been sent to {other}, where an independent group "
        "will check them.",
        "journey",
    ),
    # the home institution, agency or funder is based somewhere else
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The study of the {noun} in {where} was led by researchers at a university in {other}.",
        "base",
    ),
    NegativePair(
        "Researchers said {event} {happened} in {where}.",
        "The lead author, who works at an institute in {other}, said the {noun} in {where} would be "
        "the subject of a follow-up paper.",
        "base",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, is the subject of a new report.",
        "The agency that oversaw the {noun}, headquartered in {other}, said the report would be made public.",
        "base",
    ),
    # monitored, controlled or processed from elsewhere
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Researchers followed the {noun} in {where} on live feeds from an operations centre in {other}.",
        "control",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "Data from the {noun} were relayed to a processing centre in {other} within minutes.",
        "control",
    ),
    # where it was announced or reported from
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Speaking from {other}, {who} said the {noun} in {where} was still being assessed.",
        "reporting",
    ),
    NegativePair(
        "{Event} in {where} was first made public by {who}.",
        "{Who} gave details of the {noun} at a press briefing in {other} the following day.",
        "reporting",
    ),
    # another instance: an earlier or comparable one elsewhere
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A similar {noun} in {other} several years ago was far less well documented.",
        "other_instance",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Unlike the {noun} in {where}, an earlier one in {other} went largely unnoticed outside the field.",
        "other_instance",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, surprised {who}.",
        "{Who} compared the {noun} in {where} with one in {other} in the 1990s.",
        "other_instance",
    ),
    NegativePair(
        "{Event} in {where} has drawn attention well beyond the field.",
        "The last comparable {noun}, in {other}, is still being studied, {who} said.",
        "other_instance",
    ),
    # the next meeting's host (hosted kinds only)
    NegativePair(
        "{Event}, {held} in {where}, drew more than 300 researchers.",
        "The next {noun} is due to be held in {other} in two years' time, {who} said.",
        "next_host",
    ),
    NegativePair(
        "{where} hosted {event}, according to {who}.",
        "Organisers said {other} would host the following {noun}.",
        "next_host",
    ),
    NegativePair(
        "{Event} {held} in {where} ended with a call for more open data.",
        "Bids to stage the next {noun} have come from groups in {other} and elsewhere, {who} said.",
        "next_host",
    ),
    # a person's home
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A volunteer from {other} was among those in {where} for the {noun}.",
        "home",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "One of the scientists involved in the {noun}, who grew up in {other}, spoke to "
        "reporters afterwards.",
        "home",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place39b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
