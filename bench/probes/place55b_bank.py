"""PLACE bank place55b, written by a blind helper, round 55 (held out). Register: retrospective, anniversary
and investigative copy -- stories that look back at an event weeks, months or years later (inquiry
findings, inquests, memorials, court cases, documentaries, books, 'one year on' and 'a decade on'
features), as Sunday papers, magazines and long-read desks write them."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "mine collapse",
        ("occurred", "happened", "took place"),
        ("the mine inspectorate", "the inquiry", "the miners' union", "the coroner"),
    ),
    EventKind(
        "stadium crush",
        ("occurred", "unfolded", "happened"),
        ("the inquest", "police", "the football association", "the independent panel"),
    ),
    EventKind(
        "ferry sinking",
        ("occurred", "happened", "took place"),
        ("maritime accident investigators", "the coastguard", "the inquiry", "survivors' groups"),
    ),
    EventKind(
        "tower block fire",
        ("broke out", "started", "took hold"),
        ("the fire service", "the public inquiry", "the coroner", "residents' groups"),
    ),
    EventKind(
        "dam failure",
        ("occurred", "happened", "took place"),
        ("the engineering review", "the water authority", "the inquiry", "prosecutors"),
    ),
    EventKind(
        "train derailment",
        ("occurred", "happened", "took place"),
        ("rail accident investigators", "the rail operator", "the inquiry", "police"),
    ),
    EventKind(
        "hostage siege",
        ("unfolded", "took place", "ended"),
        ("police", "the inquest", "the security services", "the official review"),
    ),
    EventKind(
        "chemical plant explosion",
        ("occurred", "happened", "took place"),
        ("the safety board", "the inquiry", "prosecutors", "the plant's former operator"),
    ),
    EventKind(
        "police shooting",
        ("occurred", "happened", "took place"),
        ("the police watchdog", "the inquest", "prosecutors", "the family's lawyers"),
    ),
    EventKind(
        "landslide",
        ("struck", "hit", "occurred"),
        ("geologists", "the inquiry", "the regional government", "the civil protection agency"),
    ),
    EventKind(
        "massacre",
        ("took place", "happened", "occurred"),
        ("the war crimes tribunal", "historians", "prosecutors", "the truth commission"),
    ),
    EventKind(
        "bridge collapse",
        ("occurred", "happened", "took place"),
        ("the transport ministry", "structural engineers", "the inquiry", "prosecutors"),
    ),
    EventKind(
        "art heist",
        ("took place", "happened", "was carried out"),
        ("police", "the museum", "the insurers", "detectives"),
    ),
    EventKind(
        "nerve agent poisoning",
        ("took place", "happened", "occurred"),
        ("the public inquiry", "police", "counter-terrorism officers", "the government"),
    ),
    EventKind(
        "air show crash",
        ("occurred", "happened", "took place"),
        ("air accident investigators", "the inquest", "the aviation authority", "the organisers"),
    ),
    EventKind(
        "peace summit",
        ("took place", "was held", "convened"),
        ("diplomats", "historians", "the foreign ministry", "former negotiators"),
        hosted=True,
    ),
    EventKind(
        "memorial concert",
        ("took place", "was held", "went ahead"),
        ("the organisers", "the promoters", "the city council", "the charity"),
        hosted=True,
    ),
    EventKind(
        "independence referendum",
        ("took place", "was held", "went ahead"),
        ("the electoral commission", "election observers", "historians", "the regional government"),
        hosted=True,
    ),
    EventKind(
        "general strike",
        ("began", "took place", "broke out"),
        ("the trade unions", "historians", "the labour ministry", "the employers' federation"),
    ),
    EventKind(
        "prison riot",
        ("broke out", "erupted", "took place"),
        ("the prisons inspectorate", "the justice ministry", "the inquiry", "former inmates"),
    ),
    EventKind(
        "oil spill",
        ("occurred", "happened", "took place"),
        ("the environment agency", "the coastguard", "the inquiry", "the operator"),
    ),
    EventKind(
        "mid-air collision",
        ("occurred", "happened", "took place"),
        ("air accident investigators", "the aviation authority", "the inquest", "air traffic controllers"),
    ),
    EventKind(
        "kidnapping",
        ("took place", "happened", "occurred"),
        ("police", "prosecutors", "the family", "detectives"),
    ),
    EventKind(
        "avalanche",
        ("struck", "hit", "occurred"),
        ("the mountain rescue service", "the inquest", "avalanche forecasters", "the ski resort"),
    ),
    EventKind(
        "cholera outbreak",
        ("broke out", "began", "was first detected"),
        ("health officials", "the health ministry", "epidemiologists", "the inquiry"),
    ),
)

PLACE_FIRST = (
    "A year on from {event} in {where}, questions remain about how it was allowed to unfold as it did.",
    "Ten years have passed since {event} {happened} in {where}, and for many who were there the memories "
    "have not faded.",
    "In {where}, where {event} {happened} five years ago this week, little marks the spot today beyond a "
    "small plaque.",
    "It was in {where} that {event} {happened}, a fact the official histories have since tended to gloss "
    "over.",
    "{Event} in {where} was, according to {who}, a turning point that few recognised at the time.",
    "The documentary, which airs on Sunday, goes back to {where} to reconstruct {event} that happened "
    "there two decades ago.",
    "Investigators who reconstructed {event} in {where} concluded that the decisive moments came within "
    "the first hour.",
    "{where}'s moment in the international spotlight came with {event}, which {happened} there.",
    "Court papers filed this month give the fullest account yet of {event} near {where}.",
    "Off the coast of {where}, the sea gives little hint today of {event} that {happened} there.",
    "The service marked the anniversary of {event} outside {where}, an episode {who} later called a "
    "watershed.",
    "Pictured: the scene of {event} in {where}, photographed the morning after.",
    "Those who lived through {event} in {where} still speak of it with a kind of disbelief.",
    "According to the final report, {event} {happened} on the outskirts of {where} shortly after dusk.",
    "The place at the centre of it all was {where}, where {event} {happened} and where the inquiry later "
    "sat for eleven months.",
    "Prosecutors told the jury that the chain of events leading to {event} in {where} began months earlier.",
    "When {event} {happened} in {where}, the first reports reaching the capital were confused and "
    "contradictory.",
    "Nobody in {where}, where {event} {happened}, needs reminding of the date.",
    "{Event}, which {happened} in {where} and was later the subject of a parliamentary inquiry, is the "
    "focus of a new book.",
    "The new memorial in {where} stands a few hundred metres from where {event} {happened}.",
    "It is now two decades since {event} near {where}, and the arguments over it have only just died down.",
    "{Who} revisited {event} in {where} in a report published on Thursday.",
    "The archive footage shows {event} as it unfolded in {where}, filmed by a local cameraman from a "
    "nearby rooftop.",
    "{Event}, {held} in {where} amid heavy security, is remembered now mainly for what came after.",
    "{where}, the scene of {event}, has changed almost beyond recognition in the years since.",
    "Much of what is now known about {event} in {where} comes from a cache of internal emails leaked last "
    "spring.",
)

PLACE_SECOND = (
    "Back in {where}, where {event} {happened}, the mood among residents is one of weary resignation.",
    "The report's authors visited the site of {event} in {where} three times before finalising their "
    "conclusions.",
    "Officials in {where}, where {event} {happened}, have never formally acknowledged their part in it.",
    "It was {where}, and not the capital, that became the scene of {event}.",
    "{Event} in {where} remains the most closely studied of its kind in a generation.",
    "Asked about {event} in {where}, the former minister declined to comment.",
    "The film's final scenes were shot in {where}, on the very spot where {event} {happened}.",
    "Witnesses told the inquiry that {event} in {where} began with little or no warning.",
    "According to {who}, {event} {happened} just outside {where}, not far from the main road.",
    "That {event} {happened} in {where} at all was, in the view of {who}, largely a matter of chance.",
    "{where} has been synonymous with {event} ever since it {happened} there.",
    "Reconstructions presented at the trial placed {event} squarely in {where}.",
    "The anniversary service was held in {where}, at the spot where {event} {happened}.",
    "In {where}, {event} is still simply called 'that day', a decade after it {happened} there.",
    "The book argues that {event} at {where} was the moment public trust in the authorities began to "
    "crumble.",
    "Forensic teams spent weeks in {where} after {event}, piecing together what had happened there.",
    "{Event}, {held} in {where}, drew crowds far larger than the organisers had expected.",
    "Maps published with the final report mark {where} as the location of {event}.",
    "Pressed on why {event} {happened} in {where} of all places, the former official simply shrugged.",
    "The judge described {event} in {where} as an episode that should never be forgotten.",
    "Those who rushed to {where} in the hours after {event} describe scenes they still find hard to put "
    "into words.",
    "Yet {event} in {where} was not, the inquiry found, an isolated episode.",
    "Today the site of {event}, on the edge of {where}, is a car park.",
    "On the ground in {where}, {event} looked very different from the picture painted in official "
    "statements.",
    "It is easy to forget, standing in {where} today, that this is where {event} {happened}.",
    "{Who} confirmed in evidence that {event} {happened} near {where}.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where}, a place few outside the region had heard of at the time.",
        "Officials from {other} were drafted in to help and stayed for several weeks.",
        "contained",
    ),
    NegativePair(
        "The inquiry into {event} in {where} sat for almost two years.",
        "Its hearings were later moved to a larger venue in {other} to make room for the public.",
        "contained",
    ),
    NegativePair(
        "A plaque now marks the spot in {where} where {event} {happened}.",
        "A second memorial, paid for by public subscription, was unveiled in {other}, the regional capital.",
        "contained",
    ),
    NegativePair(
        "Ten years ago {event} {happened} in {where}.",
        "Its effects were felt as far away as {other}, where schools stayed closed for a week.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} near {where} in the early hours.",
        "A team of specialists from {other} was among the first to arrive.",
        "origin",
    ),
    NegativePair(
        "The documentary retraces {event} in {where} hour by hour.",
        "Much of its footage was shot by an amateur cameraman from {other} who happened to be visiting.",
        "origin",
    ),
    NegativePair(
        "Many of those caught up in {event} at {where} had travelled a long way to be there.",
        "One group had come by coach from {other} the night before.",
        "origin",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "The investigators who eventually pieced it together were brought in from {other}.",
        "origin",
    ),
    # destination
    NegativePair(
        "Those who lived through {event} in {where} rarely went back.",
        "Many moved to {other} within the year and built new lives there.",
        "destination",
    ),
    NegativePair(
        "{Event} {happened} outside {where}.",
        "Within hours, convoys were heading out along the road to {other}.",
        "destination",
    ),
    NegativePair(
        "The key evidence about {event} in {where} was gathered in the first 48 hours.",
        "It was then shipped to a laboratory in {other} for analysis.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} in {where} made headlines around the world.",
        "Speaking to reporters in {other} a year later, the former minister said he still regretted his "
        "handling of it.",
        "reporter",
    ),
    NegativePair(
        "The inquiry concluded that {event} {happened} in {where} after a series of missed warnings.",
        "Its findings were published in {other} on Tuesday.",
        "reporter",
    ),
    NegativePair(
        "It is five years since {event} in {where}.",
        "In an interview broadcast from {other}, the former chief executive said he had no regrets about "
        "his handling of it.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} in {where} led, within months, to the company's collapse.",
        "The firm, based in {other}, had been running the site for more than thirty years.",
        "hometown",
    ),
    NegativePair(
        "{Event} {happened} in {where}, far from the capital.",
        "The lead investigator, a {other} native, said the case had stayed with him ever since.",
        "hometown",
    ),
    NegativePair(
        "{Event} near {where} is the subject of a new book.",
        "Its author, who grew up in {other}, was a teenager at the time.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where} after years of warnings.",
        "It was not the first: {a_noun} in {other} a decade earlier had prompted much the same warnings.",
        "another",
    ),
    NegativePair(
        "Investigators spent months on {event} in {where}.",
        "Their findings were compared with those from a separate {noun} in {other} the year before.",
        "another",
    ),
    NegativePair(
        "The memorial commemorates {event} in {where}.",
        "A second {noun}, in {other}, followed only months later and is marked by a memorial of its own.",
        "another",
    ),
    # planned
    NegativePair(
        "The original trial over {event} in {where} collapsed last year.",
        "A retrial, if one is ordered, would take place in {other}.",
        "planned",
    ),
    NegativePair(
        "Five years on, {event} in {where} is to be commemorated with a permanent memorial.",
        "Organisers had hoped to hold a second ceremony in {other} next spring, but the plans have been "
        "shelved.",
        "planned",
    ),
    NegativePair(
        "{Event} in {where} is the subject of a new stage play.",
        "The production is due to open in {other} in the autumn before touring nationally.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where} on a weekday morning.",
        "By nightfall, crowds had gathered in silence in {other} to hold a vigil.",
        "reaction",
    ),
    NegativePair(
        "The court ruling on {event} in {where} was greeted with dismay by the families.",
        "Protesters marched through {other} the following weekend demanding a fresh inquiry.",
        "reaction",
    ),
    NegativePair(
        "On the anniversary of {event} in {where}, a minute's silence was observed.",
        "In {other}, hundreds of people lit candles outside the town hall in memory of those affected.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place55b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
