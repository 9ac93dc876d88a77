"""Fresh wording for place.event_conflict, written by place10 before reading the analysis (round 10).

Registers the earlier banks under-use: long agency sentences whose place sits far from the
event noun; the place before the event ("In Y, the siege ...", "Y: the siege ...", a
dateline); the event inside a PP of another noun ("victims of the X in Y", "the aftermath
of the X in Y", "an inquiry into the X at Y"); "during / after / since the X in Y"; the
place as subject ("Y saw / was the scene of the X"), as a modifier or possessive; a venue
or street inside the city; quoted speech and clefts. The hard negatives place something
else: the speaker, where it was watched, felt or reported, a place containing the other,
an organisation's seat, people's home towns, where people went, another instance.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind("siege", ("began", "unfolded", "ended"), ("police", "negotiators", "a police spokeswoman")),
    EventKind("crash", ("happened", "occurred"), ("police", "transport officials", "paramedics")),
    EventKind("gas leak", ("occurred", "was detected", "was reported"), ("fire crews", "the gas company")),
    EventKind("sinkhole", ("opened up", "appeared", "formed"), ("engineers", "council officials")),
    EventKind("brawl", ("broke out", "erupted", "started"), ("police", "witnesses", "stewards")),
    EventKind("arson attack", ("took place", "was carried out"), ("fire investigators", "detectives")),
    EventKind("typhoon", ("made landfall", "struck", "hit"), ("forecasters", "the weather agency")),
    EventKind("blizzard", ("struck", "hit", "set in"), ("meteorologists", "road officials")),
    EventKind("derby", ("was played", "took place"), ("the league", "club officials"), hosted=True),
    EventKind("play-off", ("was played", "took place"), ("the league", "organisers"), hosted=True),
    EventKind("title fight", ("took place", "went ahead"), ("promoters", "the boxing board"), hosted=True),
    EventKind("arraignment", ("took place", "went ahead"), ("court officials", "prosecutors"), hosted=True),
    EventKind("retrial", ("opened", "began"), ("court officials", "defence lawyers"), hosted=True),
    EventKind("trade fair", ("opened", "took place"), ("organisers", "exhibitors"), hosted=True),
    EventKind("premiere", ("took place", "went ahead"), ("the studio", "the distributor"), hosted=True),
    EventKind("test flight", ("took place", "was carried out"), ("engineers", "the manufacturer")),
    EventKind("hostage crisis", ("began", "unfolded", "ended"), ("police", "security officials")),
    EventKind(
        "recount", ("took place", "was carried out"), ("election officials", "the commission"), hosted=True
    ),
    EventKind("shareholder meeting", ("took place", "went ahead"), ("the company", "the board"), hosted=True),
    EventKind("cloudburst", ("struck", "hit"), ("meteorologists", "the weather service")),
)

PLACE_FIRST = (
    "In {where}, {event} {happened} shortly after dawn, {who} said.",
    "{where}: {Event} {happened} late on Friday, according to {who}, who said more details would follow.",
    "Victims of {event} in {where} were taken to three hospitals, {who} said.",
    "The aftermath of {event} in {where} left several streets closed for most of the day.",
    "{Who} have opened an inquiry into {event} at {where}, which {happened} on Tuesday.",
    "During {event} in {where}, several people were hurt, {who} said.",
    "Emergency services responded to {event} in {where} within minutes, {who} said.",
    "It was {where} that saw {event}, {who} said on Sunday.",
    "The {where} {noun}, which {who} said {happened} just before noon, drew crowds of onlookers.",
    "{where}'s {noun} {happened} as commuters were heading home, {who} said.",
    "{Event} {happened} on Station Road in {where}, close to the main market, {who} said.",
    "{where}, Monday (AFP) - {Event} {happened} overnight, {who} said.",
    '"{Event} in {where} was terrifying," one resident said.',
    '"We were there when {event} {happened} in {where}," said a woman who gave only her first name.',
    "According to {who}, it was in {where} that {event} {happened}.",
    "Details of {event}, which {happened} in {where} on Thursday, were released by {who} late last night.",
    "{Who}, who arrived soon after {event} {happened} in {where}, described chaotic scenes.",
    "Hours after {event} {happened} in {where}, {who} were still at the scene.",
    "{Event}, {who} confirmed, {happened} in the centre of {where}.",
    "{held} in {where}, {event} drew visitors from several countries.",
    "{where} hosted {event}, which {who} described as a success.",
    "{Event} {happened} in {where} and neighbouring districts on Saturday, {who} said.",
    "Roads around the site of {event} in {where} stayed closed overnight.",
    "Thousands turned out for {event} in {where}, {who} said.",
    "The site of {event}, a square in central {where}, was sealed off by {who}.",
    "After {event} in {where}, the government promised a full review of safety rules.",
    "{Event} - in {where}, not far from the port - {happened} on Sunday morning.",
    "{Event} was {held} at the {where} Exhibition Centre, {who} said.",
    "{Who} said that when {event} {happened} without warning in {where}, the response was swift.",
    "No one was seriously hurt when {event} {happened} in {where}, {who} said.",
    "Residents say {event}, which {happened} in a quiet suburb of {where}, has left them shaken.",
    "{Who} said {event} {happened} in {where} after days of rising tension,"
    " and that calm had since returned.",
)

PLACE_SECOND = (
    "Investigators are still trying to establish what caused {event} in {where}.",
    "Speaking at the scene in {where}, {who} said {event} had been brought under control.",
    "{Event}, which {who} said {happened} in {where}, is the latest in a series of incidents.",
    "Funerals for those killed in {event} in {where} were held on Friday.",
    "{where} was the scene of {event}, {who} said in a statement.",
    "Images from {event} in {where} were shared widely on social media.",
    "It was {where}, not the capital, that saw {event}.",
    "Questions remain about how {event} unfolded in {where}, {who} acknowledged.",
    'Footage of {event} at {where} was described by {who} as "deeply shocking".',
    "By the time {event} {happened} in {where}, most residents had already left.",
    '"Nobody expected {event} here in {where}," the mayor told reporters.',
    "{Event} on the edge of {where} {happened} shortly before 10pm, {who} said.",
    "The {noun}, in {where}, {happened} on a public holiday.",
    "{where} - {Event} {happened} on Thursday morning, {who} said.",
    "Since {event} in {where}, officials have tightened the rules.",
    "{Who} blamed {event} in {where} on poor planning.",
    "Among those caught up in {event} in {where} was a local councillor.",
    "{Event} was {held} in a stadium on the outskirts of {where}.",
    "{where}, which hosted {event}, had spent months preparing, {who} said.",
    "{Event} {happened} in a residential area of {where}, {who} said.",
    "Witnesses to {event} in {where} told reporters they heard shouting.",
    "{Who} were called to {event} in {where} at about 4am.",
    "Tributes were paid on Sunday to the victims of {event} in {where}.",
    "Clean-up work after {event} in {where} began on Monday.",
    "Officials defended their handling of {event} in {where}.",
    "In a statement, {who} said {event} in {where} had been one of the most difficult of recent years.",
    "{where} saw {event} on Wednesday, {who} said.",
    "What happened during {event} in {where} is now the subject of an official inquiry.",
    "The first reports of {event} came from {where}, where {who} said it {happened} near a school.",
    "{Event} at {where}'s main square {happened} in front of hundreds of people.",
    "Shortly before {event} {happened} in {where}, {who} had issued a warning.",
    "Months later, {where} is still recovering from {event}, {who} said.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Speaking in {other} a day after {event} in {where}, the minister called for calm.",
        "speaker",
    ),
    NegativePair(
        "{Who} said {event} in {where} had ended.",
        "{Event} in {where} was shown live on television in {other}.",
        "reporting",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the first {noun} {other} had known in a decade, {who} said.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened} without warning.",
        "Among those hurt in {event} were two tourists from {other}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Tuesday.",
        "A spokesman for the {other}-based company that organised {event} declined to comment.",
        "affiliation",
    ),
    NegativePair(
        "{where}: {Event} {happened} overnight, {who} said.",
        "After {event}, hundreds of people left {where} for {other}, {who} said.",
        "destination",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Last year's {noun} took place in {other}, {who} recalled.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Flights from {other} to {where} were cancelled after {event}.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} drew large crowds, {who} said.",
        "{Event} in {where} followed a separate {noun} in {other} earlier in the year.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Tremors from {event} were felt as far away as {other}, {who} said.",
        "reporting",
    ),
    NegativePair(
        "{Event} in {where} {happened} at night.",
        '"{Event} in {where} shocked us all," the ambassador said in {other} on Monday.',
        "speaker",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Rescue teams flown in from {other} joined the response to {event} in {where}.",
        "origin",
    ),
    NegativePair(
        "In {where}, {event} {happened} in front of a large crowd.",
        "Fans in {other} watched {event} on big screens.",
        "reporting",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The government announced in {other} that an inquiry into {event} would be held.",
        "reporting",
    ),
    NegativePair(
        "{Who} said {event} in {where} was over.",
        "A second {noun} is due to take place in {other} next spring.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Sunday.",
        "{Who} said {event} in {other} had caught everyone off guard.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place10",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
