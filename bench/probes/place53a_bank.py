"""PLACE bank place53a, written by a blind helper, round 53 (held out). Register: consumer, retail, travel and
celebrity/entertainment web copy -- product and store news, cruise and hotel incidents, concert and festival
mishaps, film-set accidents, award shows -- as lifestyle sites, tabloid web desks and consumer-affairs pages
write them."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "norovirus outbreak",
        ("broke out", "was reported", "was confirmed"),
        ("the cruise line", "health officials", "passengers", "the operator"),
    ),
    EventKind(
        "stage collapse",
        ("happened", "occurred", "took place"),
        ("festival organisers", "emergency services", "concertgoers", "the promoter"),
    ),
    EventKind(
        "rollercoaster derailment",
        ("happened", "occurred", "was reported"),
        ("the park operator", "ride inspectors", "witnesses", "the theme park"),
    ),
    EventKind(
        "crowd crush", ("happened", "unfolded", "took place"), ("police", "the venue", "fans", "paramedics")
    ),
    EventKind(
        "hotel fire",
        ("broke out", "started", "was reported"),
        ("fire crews", "the hotel chain", "guests", "the fire brigade"),
    ),
    EventKind(
        "Black Friday stampede",
        ("broke out", "happened", "erupted"),
        ("store managers", "police", "shoppers", "the retailer"),
    ),
    EventKind(
        "red-carpet premiere",
        ("took place", "went ahead", "was held"),
        ("the studio", "publicists", "the distributor", "guests"),
        hosted=True,
    ),
    EventKind(
        "awards ceremony",
        ("took place", "was held", "was staged"),
        ("the academy", "organisers", "the broadcaster", "attendees"),
        hosted=True,
    ),
    EventKind(
        "film-set accident",
        ("happened", "occurred", "took place"),
        ("the production company", "the studio", "crew members", "local police"),
    ),
    EventKind(
        "pop-up launch",
        ("took place", "went ahead", "was held"),
        ("the brand", "the retailer", "shoppers", "fashion bloggers"),
        hosted=True,
    ),
    EventKind(
        "farewell concert",
        ("took place", "was held", "went ahead"),
        ("the singer's management", "the promoter", "fans", "the arena"),
        hosted=True,
    ),
    EventKind(
        "food-poisoning outbreak",
        ("broke out", "was reported", "was traced"),
        ("environmental health officers", "the restaurant chain", "diners", "the local health board"),
    ),
    EventKind(
        "escalator malfunction",
        ("happened", "occurred", "was reported"),
        ("the shopping centre", "the mall's management", "shoppers", "safety inspectors"),
    ),
    EventKind(
        "ceiling collapse",
        ("happened", "occurred", "was reported"),
        ("the cinema chain", "building inspectors", "moviegoers", "the landlord"),
    ),
    EventKind(
        "cruise ship grounding",
        ("happened", "occurred", "took place"),
        ("the cruise line", "the coastguard", "passengers", "maritime authorities"),
    ),
    EventKind(
        "baggage-handling meltdown",
        ("happened", "unfolded", "was reported"),
        ("the airline", "the airport operator", "stranded travellers", "a union spokesperson"),
    ),
    EventKind(
        "sneaker-release brawl",
        ("broke out", "erupted", "happened"),
        ("the sportswear brand", "police", "shoppers", "mall security"),
    ),
    EventKind(
        "zipline accident",
        ("happened", "occurred", "took place"),
        ("the adventure park", "the tour operator", "local authorities", "witnesses"),
    ),
    EventKind(
        "fireworks mishap",
        ("happened", "occurred", "took place"),
        ("festival organisers", "the council", "spectators", "the display company"),
    ),
    EventKind(
        "fashion show",
        ("took place", "was held", "was staged"),
        ("the designer", "the fashion house", "organisers", "front-row guests"),
        hosted=True,
    ),
    EventKind(
        "celebrity wedding",
        ("took place", "was held", "went ahead"),
        ("the couple's publicist", "guests", "a source close to the couple", "the venue"),
        hosted=True,
    ),
    EventKind(
        "pool accident",
        ("happened", "occurred", "took place"),
        ("the resort", "the tour operator", "local police", "holidaymakers"),
    ),
    EventKind(
        "bed bug infestation",
        ("was reported", "was discovered", "was found"),
        ("the hotel", "guests", "pest controllers", "the booking site"),
    ),
    EventKind(
        "store closure",
        ("was announced", "took effect", "went ahead"),
        ("the retailer", "staff", "the company", "union representatives"),
    ),
    EventKind(
        "book signing",
        ("took place", "was held", "went ahead"),
        ("the publisher", "the bookshop", "fans", "the author's agent"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} on Saturday night, according to {who}.",
    "In {where}, {event} {happened} shortly after 9pm, {who} said.",
    "Footage shared on social media showed the moments after {event} in {where}, with onlookers "
    "filming on their phones.",
    "{Who} confirmed that {event} {happened} at a venue in {where} late on Friday.",
    "It was in {where} that {event} {happened}, {who} told the site.",
    "Holidaymakers were left stunned after {event} {happened} near {where} on Tuesday.",
    "{Event}, which {happened} just outside {where} over the weekend, has left fans demanding answers.",
    "{Event} {happened} in the heart of {where}'s main shopping district, {who} said.",
    "Pictured: the scene in {where} shortly after {event} {happened}.",
    "{Event} was {held} in {where}, with hundreds of guests in attendance.",
    "Exclusive: what really went on when {event} {happened} in {where}, according to {who}.",
    "Guests described the scene as {event} {happened} at a resort just outside {where}.",
    "{Event} in {where} was the talk of social media on Monday, with clips racking up millions of views.",
    "The venue in {where} where {event} {happened} has been closed while a review is carried out, "
    "{who} said.",
    "Speaking to the site, one witness said {event} in {where} was 'unlike anything' they had seen.",
    "{Event} {happened} off the coast of {where}, {who} confirmed in a statement.",
    "{Who} said {event} {happened} at a popular hotel on the outskirts of {where}.",
    "According to {who}, {event} -- which {happened} in {where} -- was over within minutes.",
    "Travellers heading to {where} have been warned of disruption after {event} {happened} there on Sunday.",
    "{Event}, {held} this year in {where}, drew a star-studded crowd, {who} said.",
    "Shoppers in {where} looked on as {event} {happened} on Thursday morning, {who} said.",
    "{Event} at a hotspot in {where} has prompted {who} to issue a statement.",
    "Booking sites were flooded with questions after {event} {happened} at a beachfront complex in {where}.",
    "Residents said {event} {happened} just a few streets from the centre of {where}.",
    "WATCH: the moment {event} {happened} in {where}, as captured by onlookers.",
    "Organisers {held} {event} at a converted warehouse in {where}, {who} said.",
)

PLACE_SECOND = (
    "An apology over {event} in {where} was issued by {who} on Monday.",
    "Questions remain over how {event} in {where} was handled.",
    "People who were in {where} during {event} have shared their own accounts online.",
    "Since {event} in {where}, {who} said, bookings have been badly affected.",
    "Anyone who was in {where} when {event} {happened} has been urged to come forward.",
    "Refunds will be offered to those caught up in {event} in {where}, {who} said.",
    "{Event} in {where} is now the subject of a review, {who} said.",
    "Back in {where}, where {event} {happened}, the mood was subdued on Sunday.",
    "Images from {where} on the night of {event} have been widely shared.",
    "Footage filmed in {where} during {event} has been viewed more than a million times.",
    "Investigators are still piecing together what led up to {event} in {where}.",
    "Those present at {event} in {where} described it as 'surreal'.",
    "When {event} {happened} in {where}, many of those present had no idea what was unfolding.",
    "As reported earlier, {event} {happened} in {where}.",
    "Few stories this year have been shared as widely as {event} in {where}.",
    "Staff at the venue in {where} were reportedly caught off guard by {event}.",
    "{Event} in {where} has since been the subject of a lengthy thread on Reddit.",
    "Travel insurers said claims linked to {event} in {where} were already coming in.",
    "Several online reviews of the property in {where} now mention {event}.",
    "Pictured: crowds gathered in {where} on the day of {event}.",
    "{Who} insisted that {event} in {where} had been handled correctly.",
    "Had {event} in {where} happened an hour later, the outcome might have been very different, {who} said.",
    "Holidaymakers who were staying in {where} at the time of {event} said they would think twice "
    "about returning.",
    "The site of {event} in {where} was closed to the public the following day.",
    "{Event} was {held} in {where} despite last-minute concerns raised by {who}.",
    "It was {where} that {held} {event} this time round, {who} pointed out.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where} on Friday evening, {who} said.",
        "Officials from {other} arrived the next morning to assess the situation.",
        "contained",
    ),
    NegativePair(
        "Guests were moved out after {event} {happened} at a hotel in {where}.",
        "Many of them were later put up at hotels in {other}, about an hour's drive away.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "The regional authority in {other} said it was monitoring the situation closely.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} late on Saturday.",
        "Some of those affected were later driven to {other} to continue their journeys.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} in {where} on Sunday, {who} confirmed.",
        "Many of those caught up in it had travelled from {other} for the weekend.",
        "origin",
    ),
    NegativePair(
        "{Event} in {where} came as a shock to staff, {who} said.",
        "A specialist team flown in from {other} is now helping with the clean-up.",
        "origin",
    ),
    NegativePair(
        "Crowds packed into a venue in {where} as {event} {happened}.",
        "One couple had driven all the way from {other} to be there.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} near {where} on Tuesday, {who} said.",
        "Passengers were later put on coaches bound for {other}.",
        "destination",
    ),
    NegativePair(
        "{Event} {happened} at a resort in {where}.",
        "Several guests cut their holidays short and booked flights to {other}.",
        "destination",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where} overnight.",
        "Many of those affected were rebooked on a flight to {other} the following morning.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The news was announced at a press conference in {other} on Monday.",
        "reporter",
    ),
    NegativePair(
        "{Event} in {where} has drawn widespread attention online.",
        "Speaking to reporters in {other}, a company executive called it 'regrettable'.",
        "reporter",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "Details were first reported by a local radio station in {other}.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} at a store in {where} on Saturday.",
        "The retailer, which is headquartered in {other}, has not yet commented.",
        "hometown",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "The tour operator, based in {other}, said it was reviewing its procedures.",
        "hometown",
    ),
    NegativePair(
        "{Event} in {where} drew a large crowd.",
        "The {other}-born singer posted about it on Instagram hours later.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where} on Wednesday, {who} said.",
        "A similar {noun} in {other} last year led to a change in the rules.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} in {where} was being treated seriously.",
        "It comes just weeks after {a_noun} in {other} made headlines.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} at a venue in {where}.",
        "A second {noun}, in {other}, was reported later the same week.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} was the latest in a string of incidents, {who} said.",
        "In 2019, {a_noun} in {other} forced the company to issue refunds.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where} on Sunday.",
        "The company said it would hold a safety briefing in {other} next month.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} later confirmed.",
        "If all goes to plan, the brand hopes to open a new store in {other} next year.",
        "planned",
    ),
    NegativePair(
        "{Event} in {where} was watched by thousands online.",
        "Should a similar {noun} ever occur in {other}, officials there say they are prepared.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where} on Friday night.",
        "A candlelit vigil was held in {other} on Sunday for those affected.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Fans gathered outside the company's offices in {other} to demand answers.",
        "reaction",
    ),
    NegativePair(
        "{Event} in {where} has prompted an outpouring of anger online.",
        "In {other}, a group of former employees staged a protest over the way it was handled.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place53a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
