"""Place-conflict wording bank written by helper place19c, round 19. It imitates the
emergency and crime desks: police, fire-service, ambulance and coastguard statements
quoted in running copy, court and inquest reporting (what the prosecution told jurors
about where it happened), timestamped live-blog updates, rescue bulletins and
weather-disaster coverage, with the place carried by datelines-in-prose, "the scene in"
phrases, relative clauses, noun modifiers ("the Lagos stabbing"), fronted and cleft
phrases, appositions, quotes and reported speech."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "stabbing",
        ("took place", "was carried out", "happened"),
        ("police", "detectives", "the ambulance service"),
    ),
    EventKind(
        "house fire",
        ("broke out", "started", "took hold"),
        ("the fire service", "fire investigators", "neighbours"),
    ),
    EventKind(
        "ram-raid",
        ("was carried out", "took place", "happened"),
        ("police", "the shop's owner", "detectives"),
    ),
    EventKind(
        "siege",
        ("began", "unfolded", "was brought to an end"),
        ("police", "the interior ministry", "a police negotiator"),
    ),
    EventKind(
        "landslide",
        ("struck", "hit", "came down"),
        ("the civil defence agency", "rescuers", "local officials"),
    ),
    EventKind(
        "flash flood",
        ("struck", "swept through low-lying streets", "hit"),
        ("the disaster management agency", "the weather service", "residents"),
    ),
    EventKind(
        "derailment",
        ("happened", "occurred", "took place"),
        ("the rail operator", "accident investigators", "the transport ministry"),
    ),
    EventKind(
        "capsizing", ("happened", "occurred", "took place"), ("the coastguard", "the navy", "survivors")
    ),
    EventKind(
        "hostage-taking",
        ("began", "took place", "was ended by special forces"),
        ("police", "the interior ministry", "a government spokesman"),
    ),
    EventKind(
        "cash-in-transit robbery",
        ("was carried out", "took place", "happened"),
        ("police", "the security firm", "detectives"),
    ),
    EventKind(
        "cliff rescue",
        ("was carried out", "took place", "was launched"),
        ("the coastguard", "the lifeboat crew", "the rescue team"),
    ),
    EventKind(
        "crowd crush",
        ("happened", "occurred", "unfolded"),
        ("emergency officials", "the organisers", "witnesses"),
    ),
    EventKind(
        "gas explosion",
        ("happened", "ripped through a block of flats", "occurred"),
        ("the fire brigade", "the gas company", "residents"),
    ),
    EventKind(
        "shooting", ("took place", "happened", "broke out"), ("police", "witnesses", "the mayor's office")
    ),
    EventKind(
        "carjacking", ("took place", "happened", "was carried out"), ("police", "the victim", "detectives")
    ),
    EventKind(
        "bus crash",
        ("happened", "occurred", "took place"),
        ("traffic police", "the bus company", "the health ministry"),
    ),
    EventKind(
        "mine collapse",
        ("happened", "occurred", "trapped dozens of miners"),
        ("the mining company", "rescue officials", "the labour ministry"),
    ),
    EventKind(
        "jewellery heist",
        ("was carried out", "took place", "was pulled off"),
        ("police", "the jeweller", "insurers"),
    ),
    EventKind(
        "avalanche",
        ("struck", "hit", "came down"),
        ("mountain rescuers", "the avalanche warning service", "the ski resort"),
    ),
    EventKind(
        "building collapse",
        ("happened", "occurred", "took place"),
        ("the fire service", "rescue teams", "the city's building regulator"),
    ),
    EventKind(
        "wildfire",
        ("broke out", "started", "was first spotted"),
        ("firefighters", "the forestry service", "the civil protection agency"),
    ),
    EventKind(
        "prison riot",
        ("broke out", "erupted", "took place"),
        ("the prison service", "the justice ministry", "inmates' relatives"),
    ),
    EventKind(
        "acid attack",
        ("took place", "was carried out", "happened"),
        ("police", "the victim's family", "detectives"),
    ),
    EventKind(
        "illegal rave",
        ("was broken up by police", "got out of hand", "was shut down"),
        ("police", "residents", "the council"),
        hosted=True,
    ),
    EventKind(
        "illegal street race",
        ("ended in a fatal crash", "was broken up", "was shut down by officers"),
        ("traffic police", "residents", "witnesses"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Who} said {event} {happened} in {where} shortly before 3am.",
    "Officers were called to the scene of {event} in {where} within minutes, {who} said.",
    "In a statement, {who} confirmed that {event} {happened} in {where} and asked people to avoid the area.",
    "Opening the case, the prosecutor told jurors that {event} {happened} in {where}.",
    "{Event} in {where} left at least a dozen people needing hospital treatment, according to {who}.",
    "14:05 — {Who} have now confirmed that {event} {happened} in {where}; more as we get it.",
    "It was in {where} that {event} {happened}, {who} said in a brief update.",
    "Footage shared on social media appeared to show the immediate aftermath of {event} in {where}.",
    "{Who} described {event} in {where} as the worst of its kind in living memory.",
    "Forensic teams spent the night combing the site in {where} where {event} {happened}.",
    "The {where} {noun} is the third such incident this year, {who} said.",
    "Rescue workers were still picking through the scene of {event} in {where} late into the night.",
    "According to the charge sheet, {event} {happened} at a location in {where}.",
    "{Event}, which {happened} in {where}, has prompted calls for an independent inquiry.",
    "Speaking at the scene in {where}, a senior officer said {event} was being treated as a major incident.",
    "The first emergency call reporting {a_noun} in {where} was logged at 06:40, {who} said.",
    "Neighbours described the chaos in the minutes after {event} {happened} close to their homes in {where}.",
    "{Who}, giving an update on {event} in {where}, said the number of injured had risen to 14.",
    "Emergency services were first alerted to {event} in {where} by a passer-by, {who} said.",
    "Heavy rain was falling when {event} {happened} in {where}, {who} said.",
    "{Who} urged anyone with information about {event} in {where} to get in touch.",
    "{a_noun} {happened} in {where} overnight, {who} confirmed, and an investigation is under way.",
    "Investigators have begun the painstaking task of establishing what led to {event} in {where}.",
    'Describing the moment {event} {happened} in {where}, one witness said: "It was absolute chaos."',
    "Those caught up in {event} in {where} have been offered support, {who} said.",
    '{Who} said in a statement: "{Event} in {where} is being treated with the utmost seriousness."',
    "It took crews more than four hours to make the scene safe after {event} in {where}.",
    "Drone footage released by {who} showed the scale of {event} at the site in {where}.",
    "{Event}, {held} on an industrial estate in {where}, drew hundreds of people before officers moved in.",
    "{Event}, hosted by an unlicensed promoter on farmland in {where}, had been advertised online for weeks.",
)

PLACE_SECOND = (
    "{Who} later said {event} {happened} in {where}.",
    "Flowers and cards have been left near the spot in {where} where {event} {happened}.",
    "The court heard that {event} in {where} had been captured on CCTV.",
    "{Who} said the {where} {noun} had stretched emergency resources to breaking point.",
    "Update 16:20: {who} said {event} {happened} in {where}.",
    "Those injured in {event} in {where} were taken to three different hospitals.",
    "Road closures remain in place around the site of {event} in {where}.",
    "Asked why {event} in {where} had not been prevented, {who} declined to comment.",
    "{Event} {happened} in {where}, the jury was told.",
    "Details of {event} in {where} emerged in a short statement from {who}.",
    "Officers and paramedics who attended {event} in {where} have been offered counselling.",
    "Emergency crews were stood down at the scene of {event} in {where} shortly after 9pm.",
    "{Event} — in {where}, according to {who} — is expected to be the subject of a formal inquiry.",
    "Much of the coverage of {event} in {where} has focused on how long the ambulances took to arrive.",
    "It remains unclear how many people were at the scene in {where} when {event} {happened}.",
    "Among the first to reach {event} in {where} was an off-duty nurse, {who} said.",
    "{Event} was captured on a motorist's dashcam as it unfolded in {where}.",
    "The exact spot in {where} where {event} {happened} has been sealed off.",
    "In {where}, where {event} {happened}, flags were lowered to half-mast on Friday.",
    "A full report into {event} in {where} is expected within six months.",
    "Investigators said they were keeping an open mind about {event} in {where}.",
    "Aerial images of {event} in {where} showed the scale of the emergency response.",
    "{Who} confirmed that {event} in {where} was now the subject of a formal investigation.",
    'One witness to {event} in {where} said: "I have never seen anything like it."',
    "Anyone caught up in the {where} {noun} has been urged to seek support.",
    "The judge told jurors to put aside anything they had read about {event} in {where}.",
    "Latest: {who} said the scene of {event} in {where} had been made secure.",
    "By the time {event} {happened} in {where}, the first emergency calls had already been made, {who} said.",
    "{Event} in {where} was over within minutes, by all accounts.",
    "{Event} was {held} in {where} without permission, {who} said.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "Officers were called to {event} in {where} shortly after 10pm, {who} said.",
        "A separate {noun} in {other} the previous weekend is not thought to be linked.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} on the busiest night of the year.",
        "The {other} {noun} two years ago led to a change in the law.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} left several people needing hospital treatment, according to {who}.",
        "It came just days after {a_noun} in {other} that killed four people.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        (
            "In {other}, relatives of those caught up in {event} "
            "gathered outside the foreign ministry awaiting news."
        ),
        "elsewhere",
    ),
    NegativePair(
        "Emergency services were first alerted to {event} in {where} by a passer-by, {who} said.",
        "Shares in the company behind the site fell sharply in {other} after news of {event} broke.",
        "elsewhere",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, has prompted calls for an inquiry.",
        "A vigil for those affected by {event} was held in {other} on Sunday evening.",
        "elsewhere",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} in the early hours.",
        "The most seriously injured were airlifted to a specialist unit in {other} after {event}.",
        "from_to",
    ),
    NegativePair(
        "Rescue workers were still at the scene of {event} in {where} late into the night.",
        "Specialist search teams were flown in from {other} to help after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the most serious {noun} in {other} for more than a decade.",
        "contained",
    ),
    NegativePair(
        "Opening the case, the prosecutor told jurors that {event} {happened} in {where}.",
        "The court was told that {event} in {other} had been filmed by a bystander.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place19c",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
