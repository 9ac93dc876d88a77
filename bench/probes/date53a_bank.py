"""DATE bank date53a, written by a blind helper, round 53 (held out). Register: consumer, retail, travel and
celebrity/entertainment web copy -- product recalls, store closures, data breaches, cruise and hotel
incidents,
concert cancellations, festival mishaps, award-show moments -- as lifestyle sites, tabloids' web desks and
consumer-affairs pages write them."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "product recall",
        ("was issued", "was announced", "was ordered"),
        ("the manufacturer", "the Food Standards Agency", "the retailer", "trading standards officials"),
    ),
    EventKind(
        "data breach",
        ("occurred", "was discovered", "took place"),
        ("the retailer", "the company", "the Information Commissioner's Office", "cybersecurity researchers"),
    ),
    EventKind(
        "store closure",
        ("was announced", "took effect", "went ahead"),
        ("the chain", "the shopping centre's owners", "union representatives", "staff"),
    ),
    EventKind(
        "norovirus outbreak",
        ("broke out", "was confirmed", "was reported"),
        ("the cruise line", "health officials", "the ship's operator", "passengers"),
    ),
    EventKind(
        "concert cancellation",
        ("was announced", "was confirmed", "came"),
        ("the promoter", "the venue", "the singer's management", "the ticketing agent"),
    ),
    EventKind(
        "stage collapse",
        ("happened", "occurred", "took place"),
        ("festival organisers", "the fire service", "the promoter", "the local council"),
    ),
    EventKind(
        "envelope mix-up",
        ("happened", "occurred", "unfolded on live television"),
        (
            "the academy",
            "the broadcaster",
            "the show's producers",
            "the accountancy firm responsible for the ballots",
        ),
    ),
    EventKind(
        "chlorine leak",
        ("occurred", "happened", "was reported"),
        ("the hotel", "the fire brigade", "the resort's management", "the tour operator"),
    ),
    EventKind(
        "ticketing site crash",
        ("happened", "struck", "occurred"),
        ("the ticketing platform", "the promoter", "the band's management", "fans"),
    ),
    EventKind(
        "Black Friday crush",
        ("happened", "broke out", "took place"),
        ("police", "the retailer", "store security", "shoppers"),
    ),
    EventKind(
        "fare glitch",
        ("appeared", "occurred", "was spotted"),
        ("the airline", "the carrier", "deal-hunting forums", "a travel website"),
    ),
    EventKind(
        "onstage fall",
        ("happened", "occurred", "was caught on camera"),
        ("the singer's representatives", "concertgoers", "the tour's promoter", "the venue"),
    ),
    EventKind(
        "runway show",
        ("took place", "went ahead", "opened"),
        ("the fashion house", "organisers", "the label", "fashion week officials"),
        hosted=True,
    ),
    EventKind(
        "product launch",
        ("took place", "went ahead", "was held"),
        ("the tech company", "the brand", "organisers", "attendees"),
        hosted=True,
    ),
    EventKind(
        "fan meet-and-greet",
        ("took place", "went ahead", "was held"),
        ("the band's management", "the promoter", "the shopping centre", "fans"),
        hosted=True,
    ),
    EventKind(
        "emergency diversion",
        ("happened", "took place", "was made"),
        ("the airline", "the aviation authority", "passengers", "the airport"),
    ),
    EventKind(
        "man-overboard incident",
        ("happened", "occurred", "was reported"),
        ("the cruise line", "the coastguard", "the ship's captain", "the ship's operator"),
    ),
    EventKind(
        "rollercoaster breakdown",
        ("happened", "occurred", "left riders stranded"),
        ("the theme park", "the park's operator", "the fire service", "visitors"),
    ),
    EventKind(
        "baggage system failure",
        ("struck", "occurred", "hit the terminal"),
        ("the airport", "the airline", "the baggage handling contractor", "passengers"),
    ),
    EventKind(
        "food poisoning outbreak",
        ("broke out", "was reported", "occurred"),
        ("environmental health officers", "the restaurant", "the local council", "diners"),
    ),
    EventKind(
        "arrest",
        ("took place", "was made", "happened"),
        ("police", "the sheriff's office", "the star's lawyer", "the star's publicist"),
    ),
    EventKind(
        "stage invasion",
        ("happened", "took place", "occurred"),
        ("the venue", "security staff", "the artist's team", "event organisers"),
    ),
    EventKind(
        "card payment outage",
        ("struck", "hit stores", "began"),
        ("the supermarket chain", "the payment provider", "shoppers", "the bank"),
    ),
    EventKind(
        "hotel evacuation",
        ("took place", "was ordered", "happened"),
        ("the hotel chain", "the fire department", "guests", "hotel management"),
    ),
    EventKind(
        "fake-goods seizure",
        ("was made", "took place", "was carried out"),
        ("trading standards officers", "customs officials", "the brand", "police"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said in a written statement.",
    "According to {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} confirmed.",
    "{Event}, which {happened} {when}, has sparked a flood of angry posts on social media.",
    "{Who} told this website that {event} {happened} {when}.",
    "{Event} {when} quickly became one of the most talked-about stories online.",
    "In a brief update, {who} confirmed that {event} {happened} {when}.",
    "Ever since {event} {happened} {when}, the phones have barely stopped ringing.",
    "When {event} {happened} {when}, staff were reportedly given little guidance on what to tell the public.",
    "{Who} confirmed what many had suspected: {event} {happened} {when}.",
    "The trouble began {when}, when {event} {happened}, {who} said.",
    "PICTURED: The scene {when}, shortly after {event} {happened}.",
    "What we know so far: {event} {happened} {when}, and {who} promised answers.",
    "Court papers filed on behalf of customers state that {event} {happened} {when}.",
    "{Event} -- which {who} said {happened} {when} -- is still dominating conversation online.",
    "Since {event} {when}, {who} said, complaints have poured in.",
    "Readers may remember {event}, which {happened} {when} and quickly went viral.",
    "Details of {event}, which {happened} {when}, were shared by {who}.",
    "{Event} {when} was, in the words of one onlooker, 'an absolute shambles'.",
    "Social media lit up after {event} {happened} {when}.",
    "{Event}, {who} confirmed, {happened} {when}.",
    "'We can confirm that {event} {happened} {when},' {who} said.",
    "For anyone who missed it, {event} {happened} {when}, and the internet has not stopped talking "
    "about it since.",
    "After {event} {happened} {when}, {who} moved quickly to reassure the public.",
    "News of {event} {when} came as a shock to loyal customers.",
    "Timeline: {event} {happened} {when}; {who} went public within hours.",
)

DATE_SECOND = (
    "As this site reported at the time, {event} {happened} {when}.",
    "{Event} {when} remains the subject of a string of complaints, {who} said.",
    "Asked again about {event} {when}, {who} declined to comment further.",
    "Those caught up in {event}, which {happened} {when}, have been urged to come forward.",
    "(As a reminder, {event} {happened} {when}.)",
    "Returning to {event} {when}, {who} said lessons had been learned.",
    "Documents seen by this website show that {event} {happened} {when}.",
    "In the days after {event} {happened} {when}, complaints poured in.",
    "A full account of {event}, which {who} said {happened} {when}, is expected in the coming weeks.",
    "Under a proposed settlement, anyone affected by {event} {when} could be eligible for compensation.",
    "It was {when}, {who} reminded reporters, that {event} {happened}.",
    "Questions remain about how {event} {when} was handled.",
    "Timeline of events: {event} {happened} {when}; a statement from {who} followed.",
    "Speaking again later, {who} stressed that {event} {happened} {when}.",
    "The fallout from {event} {when} is still being felt, {who} admitted.",
    "A lawsuit filed this week alleges that {event} {happened} {when} and that warning signs were ignored.",
    "{Event} {happened} {when}, {who} repeated in a follow-up statement.",
    "Posts about {event} {when}, shared widely online, have been viewed thousands of times.",
    "Looking back on {event} {when}, one insider called it 'something nobody here will forget'.",
    "Whatever happens next, {event} {when} has already become a cautionary tale.",
    "The review will focus on what went wrong {when}, when {event} {happened}.",
    "In the version of events given by {who}, {event} {happened} {when}.",
    "Online reviews posted since {event} {when} have been overwhelmingly negative.",
    "Anyone with information about {event} {when} has been asked to get in touch.",
    "That {event} {happened} {when} is not in dispute, {who} said.",
    "Few could have predicted the fallout when {event} {happened} {when}.",
)

NEGATIVES_DATE = (
    # planned (9)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A full report into {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Compensation for anyone caught up in {event} is expected to be paid out {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, prompted hundreds of complaints.",
        "A hearing into claims arising from {event} is scheduled to take place {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} confirmed.",
        "{Who} said the findings of an internal review into {event} would be made public {when}.",
        "planned",
    ),
    NegativePair(
        "Since {event} {happened} {when}, the complaints have kept coming.",
        "Executives are expected to answer questions about {event} from a parliamentary committee {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A decision on whether anyone will face action over {event} is expected {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} drew widespread criticism online.",
        "The deadline for claims relating to {event} falls {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "When {event} {happened} {when}, few details were released.",
        "Consumer groups say they will go to the regulator if the promised update on {event} "
        "does not arrive {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "{Who} said a follow-up inspection linked to {event} would take place {when}.",
        "planned",
    ),
    # compatible (8)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Records shared by {who} confirm that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "As this site reported at the time, {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is still being talked about.",
        "It was {when}, {who} reiterated, that {event} {happened}.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Posts made during {event} {when} have been shared thousands of times.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.", "(As a reminder, {event} {happened} {when}.)", "compatible"
    ),
    NegativePair(
        "Since {event} {happened} {when}, online reviews have been scathing.",
        "Timeline: {event} {happened} {when}, and {who} commented soon afterwards.",
        "compatible",
    ),
    NegativePair(
        "When {event} {happened} {when}, {who} moved quickly to reassure the public.",
        "That {event} {happened} {when} is not in dispute.",
        "compatible",
    ),
    NegativePair(
        "{Event} {when} caught many by surprise.",
        "Court filings likewise state that {event} {happened} {when}.",
        "compatible",
    ),
    # another (9)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It was not the first time: another {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A second {noun}, unrelated to the first, {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, made headlines around the world.",
        "It drew comparisons with the {year} {noun} and with a previous {noun} {when}.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "A previous {noun}, which {happened} {when}, had prompted similar complaints.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A near-identical {noun} {happened} {when} abroad, {who} noted.",
        "another",
    ),
    NegativePair(
        "Since {event} {happened} {when}, the complaints have kept coming.",
        "An earlier {noun} {when} had gone largely unnoticed.",
        "another",
    ),
    NegativePair(
        "When {event} {happened} {when}, few details were released.",
        "Regulars recalled a similar {noun} {when} at a sister site.",
        "another",
    ),
    NegativePair(
        "{Event} {when} drew a storm of criticism online.",
        "The {year} {noun} had drawn similar criticism, as had another {noun} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, {who} confirmed, {happened} {when}.",
        "A fresh {noun} {happened} {when}, {who} said.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date53a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
