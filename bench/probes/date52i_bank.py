"""DATE bank date52i, written by a blind helper, round 52 (held out). Register: culture, religion
and heritage reporting (museum thefts, temple fires, festival stampedes, auctions, restorations,
looting, cancellations, pilgrim crushes) as arts desks and local papers write it.

Held out in round 52: measured unread at the round's start and end (see docs/checks-
consistency.md, Round 52); development material from round 53. One negative reworded on landing
("..., {who} has confirmed.") because its second sentence was word for word a test-part
template.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "museum theft",
        ("took place", "happened", "was carried out"),
        ("museum officials", "police", "the museum's director", "the culture ministry"),
    ),
    EventKind(
        "temple fire",
        ("broke out", "started", "took hold"),
        ("fire officials", "the temple trust", "local police", "the district administration"),
    ),
    EventKind(
        "festival stampede",
        ("occurred", "took place", "happened"),
        ("police", "festival organisers", "the state disaster agency", "hospital officials"),
    ),
    EventKind(
        "art auction",
        ("took place", "was held", "went ahead"),
        ("the auction house", "the seller's agent", "dealers who attended", "the auctioneer"),
        hosted=True,
    ),
    EventKind(
        "cathedral restoration",
        ("was completed", "was finished", "wrapped up"),
        ("the diocese", "the cathedral chapter", "the restoration architect", "heritage officials"),
    ),
    EventKind(
        "excavation raid",
        ("took place", "was carried out", "happened"),
        (
            "the antiquities authority",
            "archaeologists at the site",
            "the heritage police",
            "the regional governor",
        ),
    ),
    EventKind(
        "concert cancellation",
        ("was announced", "was confirmed", "came"),
        ("the promoter", "the band's management", "the venue", "the ticketing agency"),
    ),
    EventKind(
        "pilgrim crush",
        ("occurred", "happened", "took place"),
        ("the pilgrimage authority", "police", "the health ministry", "witnesses"),
    ),
    EventKind(
        "icon theft",
        ("took place", "happened", "was carried out"),
        ("the parish priest", "police", "the diocese", "the churchwarden"),
    ),
    EventKind(
        "mosque roof collapse",
        ("happened", "occurred", "took place"),
        ("the religious affairs ministry", "civil defence officials", "the mosque's imam", "rescuers"),
    ),
    EventKind(
        "heritage listing",
        ("was granted", "was confirmed", "came through"),
        ("the heritage council", "the culture minister", "the local council", "campaigners"),
    ),
    EventKind(
        "opera premiere",
        ("took place", "went ahead", "was given"),
        ("the opera house", "the company's artistic director", "critics", "the composer's publisher"),
        hosted=True,
    ),
    EventKind(
        "carnival parade",
        ("took place", "went ahead", "was held"),
        ("organisers", "the city council", "police", "the carnival committee"),
        hosted=True,
    ),
    EventKind(
        "manuscript sale",
        ("went through", "was completed", "was concluded"),
        ("the library", "the auctioneer", "the buyer's representative", "the family's lawyer"),
    ),
    EventKind(
        "shrine flooding",
        ("happened", "occurred", "took place"),
        ("the shrine's custodians", "the district magistrate", "the relief commissioner", "local officials"),
    ),
    EventKind(
        "synagogue vandalism",
        ("took place", "happened", "occurred"),
        ("the congregation's rabbi", "police", "the community council", "the synagogue's board"),
    ),
    EventKind(
        "book festival",
        ("took place", "was held", "ran"),
        ("organisers", "the festival director", "publishers", "the arts council"),
        hosted=True,
    ),
    EventKind(
        "statue toppling",
        ("happened", "took place", "occurred"),
        ("police", "the city council", "protest organisers", "the monument's trustees"),
    ),
    EventKind(
        "gallery reopening",
        ("took place", "went ahead", "happened"),
        ("the gallery", "the gallery's director", "the arts ministry", "the trustees"),
    ),
    EventKind(
        "bell tower collapse",
        ("happened", "occurred", "took place"),
        ("the fire brigade", "the parish", "the mayor's office", "structural engineers"),
    ),
    EventKind(
        "relic procession",
        ("took place", "went ahead", "passed through the old town"),
        ("the archdiocese", "police", "organisers", "the confraternity that carries the relic"),
        hosted=True,
    ),
    EventKind(
        "painting recovery",
        ("was made", "took place", "came"),
        ("Interpol", "art-crime detectives", "the museum", "the insurer"),
    ),
    EventKind(
        "archive fire",
        ("broke out", "started", "took hold"),
        ("the national archive", "firefighters", "the culture ministry", "archivists"),
    ),
    EventKind(
        "pilgrim bus crash",
        ("happened", "occurred", "took place"),
        ("police", "the transport ministry", "the pilgrimage organisers", "hospital staff"),
    ),
    EventKind(
        "coin hoard discovery",
        ("was made", "took place", "came"),
        ("the finds liaison officer", "the county museum", "the coroner", "the detectorists"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}, leaving staff and volunteers scrambling to respond.",
    "It was {when} that {event} {happened}, {who} confirmed.",
    "{Who} said {event} {happened} {when} and that a full account was still being assembled.",
    "Worshippers, curators and neighbours alike are still coming to terms with {event}, which {happened} "
    "{when}.",
    "{Event}, which {happened} {when}, has prompted fresh calls for better protection of the country's "
    "heritage.",
    "In a brief statement, {who} confirmed that {event} {happened} {when}.",
    "Above: the scene in the hours after {event} {when}.",
    "Timeline: {event} {happened} {when}; what followed is set out below.",
    "Court papers filed by prosecutors state that {event} {happened} {when}.",
    "Since {event} {happened} {when}, the phones at the local heritage office have barely stopped ringing.",
    "When {event} {happened} {when}, few in the old town expected it to make national headlines.",
    "Local historians describe {event} {when} as the most serious blow to the town's cultural life in a "
    "generation.",
    "{Event} {when} drew crowds of onlookers to the old quarter, {who} said.",
    "The {noun} {happened} {when}, according to {who}.",
    '"Nobody here had seen anything like it," {who} said of {event}, which {happened} {when}.',
    "{Event} \u2014 which {happened} {when} \u2014 is the latest in a run of setbacks for the region's "
    "cultural institutions.",
    "{Who} told reporters that {event} {happened} {when}, adding that the full consequences were not yet "
    "clear.",
    "Parish records and {who} both place {event} {when}.",
    "The date itself is not in dispute: {event} {happened} {when}, {who} said.",
    "Investigators have pieced together a detailed account of {event}, which they say {happened} {when}.",
    "As this newspaper first reported, {event} {happened} {when}.",
    "Insurers were notified soon after {event}, which {happened} {when}, {who} said.",
    "In a letter circulated to supporters, {who} wrote that {event} {happened} {when}.",
    "Much of what is known about {event} {when} comes from {who}.",
    "Footage shared widely online appears to show {event}, which {who} said {happened} {when}.",
)

DATE_SECOND = (
    "{Who} later repeated that {event} {happened} {when}.",
    "A review ordered in the wake of {event} {when} has yet to be made public.",
    'Recalling {event}, which {happened} {when}, one long-serving volunteer said the place had felt "like '
    'a second home".',
    "It was {when}, {who} said again, that {event} {happened}.",
    "{Event} {when} was not the first time the site had drawn unwanted attention, {who} noted.",
    "Assessors from the insurer arrived within days of {event} {when}.",
    "(The {noun} {happened} {when}.)",
    "Speaking at the scene, {who} said little had changed since {event} {happened} {when}.",
    "By the time {event} {happened} {when}, warnings about the building had gone unheeded for years.",
    "Prosecutors allege the defendants had been planning for months before {event} {happened} {when}.",
    "Donations have poured in since {event} {when}, {who} said.",
    "Residents who witnessed {event} {when} described scenes of confusion in the narrow streets.",
    "According to a timeline released by {who}, {event} {happened} {when}.",
    "{Event}, {who} reiterated, {happened} {when}.",
    "Asked again about {event}, which {happened} {when}, {who} declined to go into detail.",
    "Those who lived through {event} {when} say the town has not been quite the same since.",
    "{Event} {happened} {when}, not long after the site's most recent inspection, records show.",
    "The last time the old town made national news was {event} {when}.",
    'In an annual review, {who} described {event} {when} as "a wake-up call for the whole sector".',
    "Volunteers who helped in the aftermath of {event} {when} were thanked by name at a public gathering.",
    "Questions remain over the handling of {event} {when}.",
    "Officials have since confirmed that {event} {happened} {when}.",
    "Photographs taken shortly after {event} {when} have been deposited in the town archive.",
    "Looking back on {event}, which {happened} {when}, {who} said lessons had been learned.",
    "Records seen by this newspaper confirm that {event} {happened} {when}.",
    "Weeks later, witnesses to {event} {when} still spoke of it with disbelief.",
)

NEGATIVES_DATE = (
    # planned
    NegativePair(
        "{Event} {happened} {when}, {who} said.", "A full report on {event} is due {when}.", "planned"
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A service of remembrance for those affected by {event} is scheduled {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, remains under investigation.",
        "A hearing in the case arising from {event} is expected to open {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The site is expected to reopen to the public {when}, once work linked to {event} is complete.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "If funding is approved, a permanent exhibition about {event} will open {when}.",
        "planned",
    ),
    NegativePair(
        "Since {event} {happened} {when}, security has been tightened.",
        "An inventory of items affected by {event} is to be published {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "Campaigners say a public inquiry into {event} could begin {when}.",
        "planned",
    ),
    NegativePair(
        "When {event} {happened} {when}, the building was closed to visitors.",
        "The trial of two men charged in connection with {event} is due to start {when}.",
        "planned",
    ),
    NegativePair(
        "Court papers state that {event} {happened} {when}.",
        "Sentencing in the case over {event} is scheduled to take place {when}.",
        "planned",
    ),
    # compatible
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The date was later confirmed by {who}: {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Event} {when} was the first such incident at the site in decades.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, shook the whole community.",
        "It was {when}, as {who} confirmed, that {event} {happened}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Those who were present at {event} {when} still recall the confusion.",
        "compatible",
    ),
    NegativePair(
        "Investigators say {event} {happened} {when}.",
        "Since {event} {when}, the site has been under round-the-clock guard.",
        "compatible",
    ),
    NegativePair(
        "When {event} {happened} {when}, the town was packed with visitors.",
        "Records held by {who} show that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Parish records place {event} {when}.",
        "{Event} {happened} {when}, {who} has confirmed.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, local reports said.",
        "In a statement, {who} said {event} {happened} {when}.",
        "compatible",
    ),
    # another
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A second {noun} {happened} {when}, at a site across the river.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The {year} {noun}, which {happened} {when}, had already prompted a review of security.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew international attention.",
        "Another {noun} {happened} {when} in a neighbouring province, {who} said.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A previous {noun}, {when}, was never fully investigated.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "There had been {a_noun} at a sister site {when}, {who} noted.",
        "another",
    ),
    NegativePair(
        "Since {event} {happened} {when}, visitor numbers have fallen.",
        "The town had already suffered {a_noun} {when}, long before the latest incident.",
        "another",
    ),
    NegativePair(
        "When {event} {happened} {when}, crowds gathered outside.",
        "The {year} {noun} \u2014 which {happened} {when} \u2014 was far smaller in scale.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "It was not the first: {a_noun} at a sister institution {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Investigators say {event} {happened} {when}.",
        "Elsewhere in the region, {a_noun} {happened} {when}, {who} said, but the two are not thought to "
        "be linked.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date52i",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
