"""DATE bank date58d, written by a blind helper, round 58 (held out). Register: arts, culture,
entertainment and celebrity news (trade papers, magazines, arts desks): premieres, galas, tours, mishaps."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "premiere",
        ("took place", "was held", "went ahead"),
        ("the studio", "publicists", "a spokesperson for the distributor", "Variety"),
        hosted=True,
    ),
    EventKind(
        "stage collapse",
        ("happened", "occurred", "took place"),
        ("festival organisers", "police", "the promoter", "witnesses"),
    ),
    EventKind(
        "pyrotechnics mishap",
        ("happened", "occurred", "took place"),
        ("the production", "fire officials", "a spokesperson for the theatre", "crew members"),
    ),
    EventKind(
        "walkout",
        ("took place", "happened", "began"),
        ("the union", "organisers", "a spokesperson for the broadcaster", "cast members"),
    ),
    EventKind(
        "charity gala",
        ("took place", "was held", "went ahead"),
        ("organisers", "the charity", "publicists", "a spokesperson for the museum"),
        hosted=True,
    ),
    EventKind(
        "auction",
        ("took place", "was held", "closed"),
        ("the auction house", "the seller's representatives", "dealers", "a spokesperson for the auctioneer"),
        hosted=True,
    ),
    EventKind(
        "reunion show",
        ("took place", "went ahead", "was staged"),
        ("the band's management", "the promoter", "a source close to the band", "fans"),
        hosted=True,
    ),
    EventKind(
        "on-set accident",
        ("happened", "occurred", "took place"),
        ("the studio", "production sources", "a source close to the production", "the actors' union"),
    ),
    EventKind(
        "break-up",
        ("was announced", "was confirmed", "became public"),
        (
            "the band's label",
            "a spokesperson for the group",
            "a source close to the band",
            "the couple's representatives",
        ),
    ),
    EventKind(
        "gallery break-in",
        ("happened", "took place", "was discovered"),
        ("police", "the gallery", "museum staff", "a spokesperson for the gallery"),
    ),
    EventKind(
        "boycott",
        ("began", "was announced", "was launched"),
        ("campaigners", "the organisers", "the artists involved", "a spokesperson for the campaign"),
    ),
    EventKind(
        "ceiling collapse",
        ("happened", "occurred", "took place"),
        ("the theatre's owners", "the fire brigade", "the venue", "theatregoers"),
    ),
    EventKind(
        "arrest",
        ("took place", "was made", "happened"),
        ("police", "the singer's lawyer", "a police spokesperson", "the rapper's representatives"),
    ),
    EventKind(
        "wardrobe malfunction",
        ("happened", "occurred", "took place"),
        ("the broadcaster", "the singer's stylist", "viewers", "a spokesperson for the network"),
    ),
    EventKind(
        "awards ceremony",
        ("took place", "was held", "went ahead"),
        ("the academy", "organisers", "the broadcaster", "industry insiders"),
        hosted=True,
    ),
    EventKind(
        "stage invasion",
        ("happened", "occurred", "took place"),
        ("security staff", "the venue", "the band's management", "concertgoers"),
    ),
    EventKind(
        "tour cancellation",
        ("was announced", "was confirmed", "came"),
        ("the promoter", "the star's management", "Live Nation", "the band's spokesperson"),
    ),
    EventKind(
        "defacement",
        ("happened", "was discovered", "took place"),
        ("the gallery", "police", "the museum", "the artist's estate"),
    ),
    EventKind(
        "blackout",
        ("happened", "struck", "occurred"),
        ("the venue", "the broadcaster", "engineers", "festivalgoers"),
    ),
    EventKind(
        "crowd crush",
        ("happened", "occurred", "took place"),
        ("police", "organisers", "paramedics", "the festival's promoters"),
    ),
    EventKind(
        "on-air outburst",
        ("happened", "occurred", "aired"),
        ("the broadcaster", "the network", "viewers", "Ofcom"),
    ),
    EventKind(
        "dressing-room fire",
        ("broke out", "started", "took hold"),
        ("the fire brigade", "the theatre", "firefighters", "the production company"),
    ),
    EventKind(
        "licence suspension",
        ("was imposed", "came into force", "was announced"),
        ("the council", "licensing officials", "the club's owners", "the local authority"),
    ),
    EventKind(
        "heist",
        ("took place", "happened", "was carried out"),
        ("police", "the museum", "detectives", "the auction house"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "It was {when} that {event} {happened}, according to {who}, and the fallout has dominated "
    "the festival circuit ever since.",
    "According to {who}, {event} {happened} {when}, barely hours before the doors were due to open.",
    "{Event} \u2014 which {who} said {happened} {when} \u2014 is already being billed by the tabloids "
    "as the story of the season.",
    "Much of the chatter in green rooms this week has centred on {event}, which {happened} {when} "
    'and which one veteran agent described as "a circus from start to finish".',
    "What nobody in the business saw coming {when} was {a_noun}, and the phones have not stopped "
    "ringing since.",
    '"Nobody who was there will ever forget it," one onlooker said of {event}, which {happened} {when}.',
    "Details of {event} {when} were first disclosed by {who}, who promised that a fuller account "
    "would follow.",
    "When {event} {happened} {when}, few in the industry realised it would mark the end of an era.",
    "{Event}, which fans have since dissected frame by frame on social media and which has already "
    "prompted an open letter signed by more than two hundred industry figures, {happened} {when}, "
    "{who} said.",
    "The {noun}'s timing \u2014 {when}, with half the trade press already in town \u2014 could hardly "
    "have been worse.",
    "Pictured: the scene outside the venue after {event} {when}.",
    "{Event} (it {happened} {when}, for those keeping score at home) has since passed into tabloid legend.",
    "{Who} told reporters that {event} {happened} {when} and that a statement would be issued in due course.",
    "As first reported by {who}, {event} {happened} {when}.",
    "Insiders trace the current row back to {event} {when}, an episode one producer calls "
    '"the moment the wheels came off".',
    "Then, {when}, came {event}.",
    "There were gasps across the industry when {event} {happened} {when}.",
    "The fallout from {event} {when} is still being felt, according to {who}.",
    "Among those who witnessed {event} {when} were several agents and at least one studio executive, "
    'one of whom later described the experience as "mortifying".',
    "{Event}, {who} said, {happened} {when} \u2014 a detail the production had initially declined "
    "to confirm.",
    "{Event}, {held} {when} before a star-studded crowd, was meant to be the highlight of the season.",
    "In an industry that thrives on drama, few episodes have been picked over as thoroughly as "
    "{event} {when}.",
    "Speaking on a podcast, the actor recalled how {event} {when} had left the whole company "
    '"completely rattled".',
    "For the producers, {event} {when} was a public-relations nightmare of exactly the kind they "
    "had spent months trying to avoid.",
    "Sources close to the production say {event} {when} was preceded by weeks of backstage tension.",
)

DATE_SECOND = (
    "Witnesses said {event} {when} had left them badly shaken.",
    'Speaking to The Stage, the producer said {event} {when} had "changed everything" for the company.',
    "Since {event} {when}, ticket sales have reportedly slumped by almost a third.",
    "{Who} declined to comment further on {event}, beyond confirming that it {happened} {when}.",
    "The memory of {event} {when} still hangs over the production, one cast member admitted.",
    'Asked about {event} {when}, the singer\'s publicist said only: "We have nothing further to add."',
    "Footage of {event} {when}, shot on a fan's phone, has since been viewed millions of times.",
    "It was not until {event} {when} that the label began to take the complaints seriously.",
    "By the time of {event} {when}, relations between the two camps had already soured, a source "
    "close to the band said.",
    "Lawyers are still picking over the costs of {event} {when}, the trade paper reported.",
    "The {noun} {when} was, by most accounts, the last straw.",
    "In a statement issued after {event} {when}, the organisers apologised to fans and promised "
    "a full review.",
    "Nobody, least of all the cast, was prepared for what unfolded around {event} {when}.",
    'One regular recalled {event} {when} as "the strangest thing I\'ve seen in thirty years of doing this".',
    "The aftermath of {event} {when} played out largely on social media, where clips were shared "
    "within minutes.",
    "{Who} later confirmed that {event} {happened} {when}.",
    "{Event}, which spawned a thousand memes, a flurry of think-pieces and at least one tearful "
    "apology on breakfast television, {happened} {when}.",
    "Right: a still from fan footage of {event} {when}.",
    "The cast (several of whom have spoken publicly about {event} {when}) are said to be reluctant "
    "to revisit it.",
    'Looking back on {event} {when}, the director was candid: "We got it wrong, and we know it."',
    "It was {event} {when}, rather than the reviews, that did the real damage, according to {who}.",
    "{Event} {when}: a turning point, or just another headline?",
    "As {who} pointed out at the time, {event} {happened} {when}.",
    "Fans who witnessed {event} {when} said they were still struggling to make sense of it.",
    "The row over {event} {when} shows little sign of dying down.",
    "Guests at {event}, {held} {when}, were reportedly asked to hand in their phones at the door.",
)

NEGATIVES_DATE = (
    # planned: second sentence is a future / scheduled thing related to the event
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "An independent review of {event} is due to report {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "A documentary about {event} is set to air {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The director will address {event} for the first time in a television interview "
        "to be broadcast {when}.",
        "planned",
    ),
    NegativePair(
        "Details of {event} {when} remain sketchy.",
        "The venue's licensing committee is expected to consider {event} when it meets {when}.",
        "planned",
    ),
    NegativePair(
        "Footage of {event} {when} was widely shared online.",
        "The cast will return to the stage {when}, their first outing since {event}.",
        "planned",
    ),
    NegativePair(
        "The fallout from {event} {when} continues to reverberate.",
        "Organisers say their findings on {event} will be published {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, stunned the industry.",
        "A decision on whether the show can go on after {event} is expected {when}.",
        "planned",
    ),
    NegativePair(
        "Insiders trace the row back to {event} {when}.",
        "An exhibition revisiting {event}, with costumes, set plans and fan footage, opens {when}.",
        "planned",
    ),
    NegativePair(
        "When {event} {happened} {when}, few predicted the consequences.",
        "A civil case arising from {event} is expected to come to court {when}.",
        "planned",
    ),
    # compatible: same event, the second date lies inside the first
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Fans who witnessed {event} {when} said they were still shaken.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, according to {who}.",
        "The memory of {event} {when} still hangs over the production.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        'Asked about {event} {when}, the publicist said only: "No comment."',
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, dominated the trade press for weeks.",
        "Since {event} {when}, bookings have reportedly slumped.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Footage of {event} {when} has been viewed millions of times.",
        "compatible",
    ),
    NegativePair(
        "The fallout from {event} {when} is still being felt.",
        "{Who} later confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Then, {when}, came {event}.",
        "Looking back on {event} {when}, the director was candid about the mistakes made.",
        "compatible",
    ),
    NegativePair(
        "Insiders trace the row back to {event} {when}.",
        "The {noun} {when} was, by most accounts, the last straw.",
        "compatible",
    ),
    # another: the second sentence is about a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {happened} {when} at another venue, but {who} said the two were not connected.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "An earlier {noun}, which {happened} {when}, had drawn far less attention.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Last year's {noun}, which {happened} {when}, had passed off with far less fuss.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, stunned the industry.",
        "The {year} {noun}, which {happened} {when}, is still talked about backstage.",
        "another",
    ),
    NegativePair(
        "The fallout from {event} {when} is still being felt.",
        "Another {noun} {happened} {when}, this time at a festival in the north of England.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A similar {noun} {happened} {when} in Los Angeles, according to Variety.",
        "another",
    ),
    NegativePair(
        "Details of {event} {when} were first disclosed by {who}.",
        "It was not the first time: a previous {noun}, involving a different production altogether, "
        "{happened} {when}.",
        "another",
    ),
    NegativePair(
        "When {event} {happened} {when}, few in the industry were surprised.",
        "It inevitably revived memories of the {year} {noun}, which {happened} {when} at the same venue.",
        "another",
    ),
    NegativePair(
        "Footage of {event} {when} spread quickly.",
        "A second, unrelated {noun} {happened} {when} during the European leg of the tour.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date58d",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
