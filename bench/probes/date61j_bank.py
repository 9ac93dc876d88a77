"""DATE bank date61j, written by a blind helper, round 61 (held out). Register: religious affairs copy
(wire services, church and diocesan papers, regional dailies): crushes, fires, rites, synods, visits."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "pilgrim crush",
        ("happened", "occurred", "took place"),
        ("police", "temple authorities", "district officials", "rescue workers"),
    ),
    EventKind(
        "stampede",
        ("broke out", "happened", "occurred"),
        ("police", "shrine officials", "witnesses", "the state government"),
    ),
    EventKind(
        "church fire",
        ("broke out", "started", "took hold"),
        ("fire officials", "the diocese", "the parish priest", "police"),
    ),
    EventKind(
        "mosque fire",
        ("broke out", "started", "spread"),
        ("civil defence officials", "the mosque committee", "police", "worshippers"),
    ),
    EventKind(
        "temple blaze",
        ("broke out", "erupted", "started"),
        ("temple authorities", "fire officials", "police", "priests at the site"),
    ),
    EventKind(
        "consecration",
        ("took place", "was celebrated", "was held"),
        ("the diocese", "the cathedral chapter", "church officials", "the archbishop's office"),
        hosted=True,
    ),
    EventKind(
        "canonisation",
        ("took place", "was celebrated", "was held"),
        ("the Vatican", "the Holy See press office", "the bishops' conference", "church officials"),
        hosted=True,
    ),
    EventKind(
        "enthronement",
        ("took place", "was held", "was celebrated"),
        ("the patriarchate", "church officials", "the metropolis", "the synod office"),
        hosted=True,
    ),
    EventKind(
        "synod",
        ("opened", "was held", "convened"),
        ("the bishops' conference", "the Vatican", "organisers", "the synod secretariat"),
        hosted=True,
    ),
    EventKind(
        "papal visit",
        ("took place", "began", "went ahead"),
        ("the Vatican", "the apostolic nuncio", "organisers", "the government"),
    ),
    EventKind(
        "torchlight procession",
        ("took place", "was held", "set off"),
        ("organisers", "police", "the confraternity", "the parish"),
        hosted=True,
    ),
    EventKind(
        "footbridge collapse",
        ("happened", "occurred", "took place"),
        ("rescue officials", "police", "district authorities", "witnesses"),
    ),
    EventKind(
        "stage collapse",
        ("happened", "occurred", "took place"),
        ("organisers", "police", "the festival committee", "emergency services"),
    ),
    EventKind(
        "bishop's funeral",
        ("was held", "took place", "was conducted"),
        ("the archdiocese", "church officials", "the cathedral dean", "the family"),
        hosted=True,
    ),
    EventKind(
        "desecration",
        ("took place", "was discovered", "happened"),
        ("police", "the parish council", "community leaders", "the local rabbi"),
    ),
    EventKind(
        "mass wedding",
        ("took place", "was held", "was solemnised"),
        ("organisers", "the mosque committee", "the municipality", "the charity"),
        hosted=True,
    ),
    EventKind(
        "arson attack",
        ("took place", "happened", "was carried out"),
        ("police", "investigators", "the diocese", "the churchwarden"),
    ),
    EventKind(
        "gas cylinder blast",
        ("happened", "occurred", "went off"),
        ("fire officials", "police", "the gurdwara committee", "witnesses"),
    ),
    EventKind(
        "mosque shooting",
        ("happened", "took place", "unfolded"),
        ("police", "the mosque's imam", "witnesses", "security officials"),
    ),
    EventKind(
        "relic theft",
        ("took place", "happened", "was discovered"),
        ("police", "the basilica", "the cathedral chapter", "the carabinieri"),
    ),
    EventKind(
        "ordination",
        ("took place", "was held", "was celebrated"),
        ("the diocese", "the seminary", "church officials", "the bishop's office"),
        hosted=True,
    ),
    EventKind(
        "exhumation",
        ("took place", "was carried out", "went ahead"),
        ("church officials", "the postulator", "forensic experts", "the diocese"),
    ),
    EventKind(
        "beatification",
        ("took place", "was celebrated", "was held"),
        ("the Vatican", "the bishops' conference", "organisers", "the archdiocese"),
        hosted=True,
    ),
    EventKind(
        "pilgrim boat capsizing",
        ("happened", "occurred", "took place"),
        ("river police", "disaster officials", "the district administration", "survivors"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} confirmed.",
    "When {event} {happened} {when}, few in the parish expected it to dominate diocesan business for months.",
    "Details of {event}, which {happened} {when}, were confirmed by {who} in a brief statement.",
    '"Nobody who was there {when} will forget it," one worshipper said of {event}.',
    "{Who} told reporters that {event} {happened} {when} and that a fuller statement would follow.",
    "{Event}, which clergy, local officials and hundreds of ordinary parishioners have spent "
    "weeks discussing in meetings, sermons and letters to the diocesan newspaper, {happened} {when}.",
    "{Event} ({when}, according to {who}) is still the main topic of conversation after Sunday services.",
    "Records kept by {who} show that {event} {happened} {when}.",
    "{Event} {when} was the first of its kind in the area for a generation, {who} said.",
    "Word of {a_noun} {when} reached the diocesan offices within the hour, {who} said.",
    "Pictured: the scene of {event} {when}, in a photograph released by {who}.",
    "{Event}, {held} {when} under tight security, drew worshippers from across the region, {who} said.",
    "It is {event} {when} that people in the parish still talk about most, {who} said.",
    "In a statement, {who} said {event} {happened} {when}.",
    "Speaking outside the cathedral, the archbishop told reporters that {event}, {when}, had "
    'been "a moment the whole diocese will remember".',
    "{Event} - {when}, by the reckoning of {who} - came at a difficult time for the local church.",
    "{Who} confirmed {a_noun} {when} at the main site, but gave few other details.",
    "Among the congregation, the talk was all of {event} {when}.",
    "Coming {when}, {event} caught diocesan officials off guard, {who} said.",
    "The first reports of {event} {when} came from worshippers who had posted photographs "
    "online, {who} said.",
    "{Who} gave the first official account of {event}, saying it {happened} {when}.",
    "{Event} {happened} {when}, worshippers recalled.",
    "For many who were at {event} {when}, the day has acquired an almost mythic place in family lore.",
    "Much of what is known about {event} - that it {happened} {when}, and little else - comes from {who}.",
)

DATE_SECOND = (
    "Witnesses said {event} {when} had changed the way the parish worked.",
    "Since {event} {when}, the parish council has met every week, one member said.",
    "Recalling {event}, which {happened} {when}, the archbishop told reporters it had been a "
    "defining moment for the diocese.",
    '"When {event} {happened} {when}, I was standing by the gate," one worshipper recalled.',
    "The {noun} {when} remains the subject of debate among clergy and parishioners alike.",
    "Much has changed since {event} {when}, church officials acknowledged.",
    "In the weeks after {event} {when}, the diocese received hundreds of letters.",
    "Parishioners who were present at {event} {when} described scenes they said they would never forget.",
    "{Event}, {when}, was mentioned repeatedly in the bishop's homily.",
    "It was only after {event} {when} that the diocese began to review how it manages large gatherings.",
    "{Event}, a subject that surfaced again and again at the meeting - in questions from the "
    "floor, in the bishop's closing remarks and in a printed note left on every chair - "
    "{happened} {when}, {who} reminded those present.",
    "{Who} said the experience of {event} {when} had shaped planning for this year's feast.",
    "Looking back on {event} {when}, the parish priest said the community had been changed by it.",
    "Footage of {event} {when}, shared widely online, was later reviewed by {who}.",
    "A plaque recalling {event} {when} now hangs near the entrance.",
    "According to {who}, accounts of {event} {when} differed widely in the first hours.",
    "Worshippers recalled that {event} {happened} {when}, and several said they still thought "
    "about it daily.",
    "The archbishop, asked about {event}, told reporters that it {happened} {when} and that he "
    "had nothing to add.",
    "Above: the site of {event} {when}, photographed by a parishioner.",
    "The {noun} {when} was described in the diocesan newsletter as a turning point.",
    "{Event} {happened} {when}, {who} said in a later statement.",
    'As {who} later put it, {event} {happened} {when} and "nothing has been the same since".',
    "Relatives of those who had been at {event} {when} were later received by the bishop.",
    "{Event}, {held} {when} despite last-minute doubts over security, is still cited by "
    "organisers as a model.",
    "The memory of {event} {when} hung over this year's celebrations, worshippers said.",
    "What is not in doubt, {who} said, is that {event} {happened} {when}.",
)

NEGATIVES_DATE = (
    # planned: second sentence is a future / scheduled thing connected to the event
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "An anniversary Mass recalling {event} will be celebrated {when}, the diocese said.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A report into {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} confirmed.",
        "A commission set up to examine {event} is expected to deliver its findings {when}.",
        "planned",
    ),
    NegativePair(
        "Worshippers recalled that {event} {happened} {when}.",
        "The archbishop said he would return to the site {when} to lead prayers for those "
        "touched by {event}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew wide attention, {who} said.",
        "A trial connected with {event} is expected to open {when}.",
        "planned",
    ),
    NegativePair(
        "Details of {event}, which {happened} {when}, were released by {who}.",
        "The diocese said it would publish a full account of {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} told reporters that {event} {happened} {when}.",
        "Organisers said a gathering to mark {event} will take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} was widely covered, {who} said.",
        "Pilgrims are expected to return to the shrine {when} for a service remembering {event}.",
        "planned",
    ),
    NegativePair(
        "Parishioners said {event} {happened} {when}.",
        "Church officials said they hoped to hold a service linked to {event} {when}.",
        "planned",
    ),
    # compatible: same event, second date falls inside the first
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Witnesses said {event} {when} had caught many by surprise.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Parishioners recalled that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "The bishop's homily returned to {event}, which he said {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, was reported by {who}.",
        "Footage of {event} {when} was shared widely online.",
        "compatible",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Since {event} {when}, the parish council has met every week.",
        "compatible",
    ),
    NegativePair(
        "{Event} {when} drew attention far beyond the diocese.",
        "Those present at {event} {when} said they would not forget it.",
        "compatible",
    ),
    NegativePair(
        "Worshippers said {event} {happened} {when}.",
        "{Who} later confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Records kept by {who} show that {event} {happened} {when}.",
        '"When {event} {happened} {when}, I was near the gate," one worshipper said.',
        "compatible",
    ),
    # another: second sentence is about a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} was reported {when} in a neighbouring diocese.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The town had seen a similar {noun} {when}, older residents recalled.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "An earlier {noun} at the same site, {when}, had drawn far less attention.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, was confirmed by {who}.",
        "Another {noun} {happened} {when} in a village some 40 kilometres away.",
        "another",
    ),
    NegativePair(
        "Worshippers said {event} {happened} {when}.",
        "Last year's {noun}, which {happened} {when}, is still remembered in the parish.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The {year} {noun} was raised again {when} at a meeting of the diocesan council.",
        "another",
    ),
    NegativePair(
        "{Event} {when} drew crowds of onlookers, {who} said.",
        "It was not the first: a previous {noun} at the same site {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Records kept by {who} show that {event} {happened} {when}.",
        "{Who} said {event} was unrelated to a similar {noun} {when} elsewhere in the country.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, worshippers recalled.",
        "The diocese is still dealing with the consequences of a separate {noun} {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date61j",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
