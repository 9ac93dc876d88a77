"""Place bank place22a: written by helper place22a, round 22. It imitates the sports,
culture and entertainment, science/health and travel desks of a national newspaper and
broadcaster website: match reports, festival and concert coverage, transport disruption,
disease outbreaks and scientific expeditions, with feature-style leads, photo captions
("Pictured: ..."), live-blog entries with timestamps, "Key points" bullets and follow-up
pieces published days later."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "cholera outbreak",
        (
            "was declared a public health emergency",
            "was first detected among schoolchildren",
            "spread rapidly through crowded districts",
            "killed at least 40 people",
        ),
        ("the health ministry", "the World Health Organization", "local health officials", "epidemiologists"),
    ),
    EventKind(
        "train derailment",
        (
            "happened just outside the main station",
            "occurred on a sharp curve",
            "injured 31 passengers",
            "left hundreds of commuters stranded",
        ),
        ("the rail operator", "accident investigators", "the transport ministry", "emergency services"),
    ),
    EventKind(
        "music festival",
        (
            "drew a record 90,000 fans",
            "went ahead despite torrential rain",
            "ended with a fireworks display",
            "opened to sell-out crowds",
        ),
        ("organisers", "the promoters", "the festival's artistic director"),
        hosted=True,
    ),
    EventKind(
        "cup final",
        (
            "was played in front of a capacity crowd",
            "went to extra time",
            "ended in a penalty shoot-out",
            "was decided by a late own goal",
        ),
        ("the football association", "match officials", "the competition organisers"),
        hosted=True,
    ),
    EventKind(
        "city marathon",
        (
            "was run in sweltering heat",
            "started under grey skies",
            "produced a new course record",
            "was won by a debutant",
        ),
        ("race organisers", "the athletics federation", "the race director"),
        hosted=True,
    ),
    EventKind(
        "stadium concert",
        (
            "drew 60,000 fans",
            "opened the band's world tour",
            "was halted twice for medical emergencies",
            "ran well past midnight",
        ),
        ("the promoter", "the band's management", "venue staff"),
        hosted=True,
    ),
    EventKind(
        "crowd crush",
        (
            "happened near an exit gate",
            "occurred as fans were leaving the ground",
            "left two people dead",
            "injured dozens of spectators",
        ),
        ("police", "stadium officials", "the fire service", "paramedics"),
    ),
    EventKind(
        "emergency landing",
        (
            "was made after smoke filled the cabin",
            "happened shortly after take-off",
            "forced the closure of a runway",
            "was carried out without injury",
        ),
        ("the airline", "aviation authorities", "the airport operator"),
    ),
    EventKind(
        "fossil discovery",
        (
            "was made during roadworks",
            "came to light by chance",
            "was made by a team of students",
            "turned up a near-complete skeleton",
        ),
        ("the researchers", "the natural history museum", "palaeontologists"),
    ),
    EventKind(
        "research expedition",
        (
            "got under way after weeks of delays",
            "was launched with a team of 40 scientists",
            "ran into trouble",
            "collected more than 2,000 samples",
        ),
        ("the expedition leader", "the university", "the scientists on board"),
    ),
    EventKind(
        "film premiere",
        (
            "drew several thousand fans",
            "took place on a rain-soaked red carpet",
            "was interrupted by protesters",
            "went ahead without its lead actor",
        ),
        ("the studio", "the distributor", "festival organisers"),
        hosted=True,
    ),
    EventKind(
        "air traffic control strike",
        (
            "grounded hundreds of flights",
            "began at dawn",
            "caused long delays",
            "disrupted travel for thousands of holidaymakers",
        ),
        ("the airport operator", "the union", "airlines", "the aviation regulator"),
    ),
    EventKind(
        "pitch invasion",
        (
            "began moments after the final whistle",
            "delayed the second half by 20 minutes",
            "forced the referee to take the players off",
        ),
        ("the club", "the league", "police"),
    ),
    EventKind(
        "art theft",
        (
            "took place overnight",
            "was discovered by a security guard",
            "happened during opening hours",
        ),
        ("police", "the gallery", "the culture ministry"),
    ),
    EventKind(
        "flash flood",
        (
            "swept through the old town",
            "cut off the main railway line",
            "stranded thousands of tourists",
            "struck without warning",
        ),
        ("the meteorological service", "rescue teams", "the regional government"),
    ),
    EventKind(
        "world record",
        (
            "was set in the final race of the evening",
            "was broken by almost a second",
            "was smashed",
        ),
        ("the governing body", "World Athletics", "timing officials"),
    ),
    EventKind(
        "coach crash",
        (
            "happened on a mountain road",
            "killed six tourists",
            "occurred in heavy fog",
        ),
        ("police", "the tour operator", "the foreign office"),
    ),
    EventKind(
        "title fight",
        (
            "went the full twelve rounds",
            "ended in a split decision",
            "was stopped in the fifth round",
        ),
        ("the promoter", "the boxing board", "ringside officials"),
        hosted=True,
    ),
    EventKind(
        "bird flu case",
        (
            "was confirmed by laboratory tests",
            "was detected on a poultry farm",
            "was found in a wild swan",
        ),
        ("veterinary officials", "the agriculture ministry", "government scientists"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "In {where}, {event} {happened}, according to {who}.",
    "Pictured: the scene in {where} shortly after {event} {happened}.",
    "14:07 — Confirmation from {who}: {event} {happened} in {where}.",
    "Key points: {event} {happened} in {where}; a fuller statement from {who} is expected later today.",
    "It was in {where} that {event} {happened}, and the questions it raised have not gone away.",
    (
        "{Event}, which {happened} in {where}, has prompted more letters from "
        "readers than anything else this month."
    ),
    "Few who were there will forget the {where} {noun}, and {who} said a full review was already under way.",
    (
        '"I was in {where} when {event} {happened}, and at first nobody knew '
        'what was going on," one eyewitness said.'
    ),
    (
        "When {event} {happened} in {where}, the first most people knew of it "
        "was a flurry of messages on their phones."
    ),
    "{where} — {Event} {happened} here, {who} said in a statement on Saturday evening.",
    "Live: {noun} in {where} – latest updates",
    "{Who} said in a statement that {event} {happened} in {where} and that a fuller account would follow.",
    "Above: {where}, where {event} {happened}.",
    "For {who}, {event} in {where} marked a turning point.",
    (
        "By the time {event} {happened} in {where}, many who had planned to be "
        "there had quietly changed their plans."
    ),
    "{Event} in {where} {happened}, {who} confirmed.",
    "Footage shot in {where} as {event} {happened} has been viewed millions of times.",
    "9.42am: We are getting reports that {event} {happened} in {where}.",
    "News that {event} {happened} in {where} spread quickly on social media.",
    "Our correspondent in {where}, where {event} {happened}, sent this report.",
    "• {where}: {event} {happened} there, {who} said.",
    "{Event} was {held} in {where} in front of a crowd that included several government ministers.",
    "{where} hosted {event}, and by most accounts it was a triumph.",
    "{Event}, {held} in {where} amid tight security, was broadcast live to more than 100 countries.",
    "On a humid afternoon in {where}, {event} {happened}.",
    "Residents of {where}, where {event} {happened}, said the mood had changed overnight.",
    (
        "Much of the attention this week has focused on the {noun} in {where}, "
        "which {who} described as exceptional."
    ),
    "Within an hour of {event}, which {happened} in {where}, {who} had issued a statement.",
    "Caption: the streets of {where} in the hours after {event} {happened}.",
)

PLACE_SECOND = (
    "{Who} later confirmed that {event} {happened} in {where}.",
    "A week on from {event} in {where}, {who} said the full picture was still emerging.",
    "Pictured: a general view of {where}, where the {noun} {happened}.",
    "Update at 16:45 — further details of the {noun} in {where} are expected from {who} within the hour.",
    "The {noun} in {where} is now the subject of a review by {who}.",
    "Asked about the {noun} in {where}, {who} declined to comment further.",
    "Back in {where}, where {event} {happened}, the talk was of little else.",
    (
        '"I have covered a lot of these, but the {noun} in {where} was '
        'something else," said one veteran reporter.'
    ),
    "It has since emerged that {event} {happened} in {where}.",
    "Those who were in {where} when {event} {happened} described it as unlike anything they had experienced.",
    "The {where} {noun} is expected to feature prominently in an end-of-year report from {who}.",
    "Speaking after the {noun} in {where}, {who} said it was too early to draw conclusions.",
    "Key points: the {noun} {happened} in {where}; {who} will give an update on Monday.",
    (
        "Most of the coverage of the {noun} in {where} has focused on the "
        "numbers, but the human stories matter more."
    ),
    "The {noun} that {happened} in {where} remains the main topic of conversation.",
    "11:20 — More on the {noun} in {where} now, with a statement just in from {who}.",
    "Three days after {event} {happened} in {where}, {who} released the first detailed timeline.",
    "The decision to have the {noun} {held} in {where} was criticised by some at the time.",
    "{where}, which hosted the {noun}, is now counting the cost.",
    "When the {noun} was {held} in {where}, tickets sold out within hours.",
    "Above: {where}, scene of the {noun}.",
    '"What we saw in {where} during the {noun} will stay with me," said one volunteer.',
    "{where}'s handling of the {noun} has been praised by {who}.",
    "Images of the {noun} in {where} were shared widely online.",
    "Whatever the final verdict, the {noun} in {where} will be remembered for a long time.",
    "According to a follow-up report by {who}, the {noun} {happened} in {where}.",
    "Key facts — where the {noun} {happened}: {where}.",
    "Nobody expected the {noun} in {where} to dominate the week's news.",
    "{Who} told this programme that the {noun} {happened} in {where}.",
    "The {noun} in {where} will be the focus of a documentary to be broadcast next month.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is in another country and is not where this event happened
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Among those in {where} at the time were several hundred visitors from {other}.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {event} {happened}.",
        "{Who} said a similar {noun} in {other} two years ago had been handled very differently.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where} in glorious sunshine.",
        "Next year's {noun} will be {held} in {other}.",
        "from_to",
    ),
    NegativePair(
        "Pictured: the scene in {where} after {event} {happened}.",
        (
            "The news from {where} was followed closely in {other}, where many "
            "people have relatives in the area."
        ),
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Messages of support poured in from {other}.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "One of those who saw it happen, a student from {other}, said she had never seen anything like it.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "News of the {noun} in {where} was first announced at a press conference in {other}.",
        "from_to",
    ),
    NegativePair(
        "10:02 — {Event} {happened} in {where}, {who} confirmed.",
        "15:10 — Our correspondent, who has just flown in from {other}, says the mood in {where} is subdued.",
        "from_to",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, was the lead item on every bulletin.",
        "Coverage of the {noun} in {where} drew large television audiences as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Experts in {other} have been asked to help {who} understand what happened in {where}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} on a day few will forget.",
        "Pictured: people watching on a big screen in {other} as news of the {noun} in {where} came through.",
        "from_to",
    ),
    NegativePair(
        "Key points: {event} {happened} in {where}.",
        "Key points: travellers from {other} heading to {where} are advised to check with their airline.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The {noun} in {where} came only weeks after {a_noun} in {other}.",
        "from_to",
    ),
    NegativePair(
        "When {event} {happened} in {where}, {who} responded quickly.",
        "Some of those caught up in it have since returned home to {other}.",
        "from_to",
    ),
    NegativePair(
        "{where} hosted {event} after a late change of venue.",
        "The {noun} had originally been due to be {held} in {other} before it was moved at short notice.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "{Who} will brief counterparts from {other} on the lessons of the {noun} in {where}.",
        "from_to",
    ),
    NegativePair(
        "Above: {where}, where {event} {happened}.",
        "Photographs of the {noun} taken in {where} are to be exhibited in {other} later this year.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The last comparable {noun}, in {other}, is still being studied.",
        "from_to",
    ),
    # contained: {other} is the country of the city {where}, or a city of the country {where}
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the talk of {other} for the rest of the week.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened}, according to {who}.",
        "The {noun} in {other} has been widely covered by local media.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Pictured: {other}, where {event} {happened}.",
        "contained",
    ),
    NegativePair(
        "9.15am: {event} {happened} in {where}, {who} said.",
        "9.40am: {Who} in {other} said more information would be released in due course.",
        "contained",
    ),
    NegativePair(
        "On a humid afternoon in {where}, {event} {happened}.",
        "Visitors to {other} have been told to expect disruption for several more days.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where}, organisers said.",
        "The {noun} was {held} in {other} with the backing of the national government.",
        "contained",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, dominated the weekend.",
        "Further coverage of the {noun} in {other} will be on our live page throughout the day.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place22a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
