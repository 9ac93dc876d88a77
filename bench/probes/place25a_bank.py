"""Place bank written by helper place25a, round 25 (blind author). It imitates the
English-language press of South Asia, Africa and South-East Asia (Times of India, Dawn,
The Daily Star, Punch, Vanguard, The Nation, Daily Monitor, Inquirer, Bangkok Post, Gulf
News) and the state agencies (PTI, IANS, APP, NAN, Xinhua, Bernama): "It was gathered
that", "a statement made available to journalists", "while speaking to newsmen", "Recall
that", "it will be recalled", "a source who pleaded anonymity", "on the outskirts of",
"as at press time", agency datelines with "here", "{where}'s {noun}" and "the {where} {noun}"
compounds, long sentences with stacked attributions that put the place far from the event
noun, and events such as bus plunges, tanker explosions, communal clashes, convocations,
trade fairs and passing-out parades."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "bus plunge",
        (
            "occurred",
            "claimed at least 17 lives",
            "happened shortly before dawn",
            "left several passengers injured",
        ),
        (
            "the Station House Officer (SHO)",
            "the Federal Road Safety Corps",
            "eyewitnesses",
            "the district collector",
        ),
    ),
    EventKind(
        "building collapse",
        (
            "occurred",
            "trapped dozens of people",
            "happened after a heavy downpour",
            "left at least nine persons dead",
        ),
        ("the emergency management agency", "rescue officials", "the fire service", "the PPRO"),
    ),
    EventKind(
        "tanker explosion",
        (
            "occurred",
            "razed several shops and vehicles",
            "happened near a filling station",
            "claimed many lives",
        ),
        ("the Federal Fire Service", "the police spokesperson", "witnesses"),
    ),
    EventKind(
        "communal clash",
        ("broke out", "erupted", "left scores injured", "claimed several lives"),
        ("the district magistrate", "the police", "community leaders", "the deputy commissioner"),
    ),
    EventKind(
        "kidnapping",
        ("took place", "happened", "occurred", "was reported"),
        ("the Police Public Relations Officer", "family sources", "the police command"),
    ),
    EventKind(
        "stampede",
        ("occurred", "broke out", "left dozens injured", "claimed 11 lives"),
        ("organisers", "the deputy commissioner of police", "officials", "hospital sources"),
    ),
    EventKind(
        "boat mishap",
        ("occurred", "happened", "claimed the lives of 12 passengers", "left several persons missing"),
        ("the inland waterways authority", "the marine police", "local divers"),
    ),
    EventKind(
        "fire outbreak",
        ("occurred", "started", "razed a market", "gutted property worth millions"),
        ("the fire service", "the State Fire Service", "traders", "the market chairman"),
    ),
    EventKind(
        "cattle raid",
        ("took place", "was carried out", "left three herders dead", "happened at dawn"),
        ("the county commissioner", "the police", "local elders"),
    ),
    EventKind(
        "roadblock protest",
        ("brought traffic to a standstill", "paralysed vehicular movement", "was staged", "turned violent"),
        ("commuters", "the traffic police", "protest leaders"),
    ),
    EventKind(
        "by-election",
        ("was held", "took place", "was conducted", "went ahead peacefully"),
        ("the Election Commission", "the returning officer", "party agents"),
    ),
    EventKind(
        "convocation",
        (
            "was held",
            "took place",
            "was attended by thousands of graduands",
            "was addressed by the Vice-President",
        ),
        ("the registrar", "the university's spokesperson", "the Vice-Chancellor"),
        hosted=True,
    ),
    EventKind(
        "trade fair",
        ("was held", "opened", "drew hundreds of exhibitors", "was declared open"),
        ("the chamber of commerce", "the organisers", "exhibitors"),
        hosted=True,
    ),
    EventKind(
        "cultural festival",
        ("was held", "took place", "drew large crowds", "ended on a colourful note"),
        ("the organising committee", "the tourism board", "the festival director"),
        hosted=True,
    ),
    EventKind(
        "summit",
        ("was held", "opened", "ended", "took place"),
        ("the foreign ministry", "diplomatic sources", "the summit secretariat"),
        hosted=True,
    ),
    EventKind(
        "launching ceremony",
        ("was held", "took place", "was performed by the Governor", "was attended by dignitaries"),
        ("the organisers", "the ministry", "the company's spokesperson"),
        hosted=True,
    ),
    EventKind(
        "passing-out parade",
        (
            "was held",
            "took place",
            "was reviewed by the Inspector-General",
            "marked the end of six months of training",
        ),
        ("the police academy", "the army spokesman", "the commandant"),
        hosted=True,
    ),
    EventKind(
        "gas cylinder blast",
        (
            "occurred",
            "rocked a residential building",
            "left five persons injured",
            "happened at a roadside eatery",
        ),
        ("the fire department", "the SHO", "neighbours"),
    ),
    EventKind(
        "jailbreak",
        ("took place", "happened", "occurred", "saw over 200 inmates escape"),
        ("the correctional service", "the prisons spokesperson", "security sources"),
    ),
    EventKind(
        "train derailment",
        ("occurred", "happened", "left several coaches overturned", "disrupted services"),
        ("the railway authorities", "the railway police", "officials"),
    ),
)

PLACE_FIRST = (
    "It was gathered that {event} {happened} in {where}, although {who} declined to give further details.",
    "{Event} {happened} on the outskirts of {where}, {who} told journalists.",
    "According to {who}, {event} {happened} in {where} and a detailed report is being compiled.",
    "In {where}, {event} {happened}, {who} confirmed while speaking to journalists.",
    "{Who}, who confirmed the development in a statement made available to our correspondent, said "
    "{event} {happened} in {where}, adding that further details would be made public in due course.",
    "It was in {where} that {event} {happened}, {who} said.",
    "“{Event} {happened} in {where} and we are on top of the situation,” {who} said.",
    "{where}'s {noun} {happened}, {who} said in a statement issued to newsmen.",
    "The {where} {noun} {happened}, according to {who}.",
    "{where}, (PTI) — {Event} {happened} here, {who} said.",
    "Speaking on the development, {who} said {event} {happened} in {where} and urged members of the "
    "public to disregard rumours.",
    "Details of {event}, which {happened} in {where}, were still sketchy as at press time, {who} said.",
    "{Event} in {where} {happened}, a source who pleaded anonymity told our correspondent.",
    "A statement from {who}, made available to journalists, said {event} {happened} in {where}.",
    "{Who} said {event}, which {happened} in {where}, was being treated as a matter of priority.",
    "Eyewitness accounts gathered by our reporter indicate that {event} {happened} in {where}.",
    "Confirming that {event} {happened} in {where}, {who} said more information would be released "
    "after an assessment.",
    "{Event}, {who} said, {happened} in {where}.",
    "The site of {event} in {where} was cordoned off by security operatives, {who} said.",
    "Residents of {where}, where {event} {happened}, said they had never witnessed anything like it.",
    "{Who}, speaking to journalists shortly after visiting the area, gave an account of how {event} "
    "{happened} in {where}, noting that relevant agencies had been duly notified.",
    "Our correspondent reports that {event} {happened} in {where}, a claim corroborated by {who}.",
    "{Event}, {held} in {where} amid tight security, was attended by top government functionaries, "
    "{who} said.",
    "{where} hosted {event}, which attracted dignitaries from all walks of life, according to {who}.",
    "Dignitaries converged on {where} for {event}, which was {held} at the main venue.",
    "{Event} was {held} at the international conference centre in {where}, {who} told IANS.",
    "It was a colourful outing in {where} as {event} was {held} before a large audience.",
    "Authorities said {event} {happened} in {where}, adding that a full statement would follow.",
    "{Event} {happened} in {where}, multiple sources confirmed to this newspaper.",
    "CAPTION: A scene from {event} in {where}.",
    "{where} was thrown into a frenzy as {event} {happened}, {who} said.",
    "As at press time, {who} had confirmed that {event} {happened} in {where}.",
    "Xinhua reported that {event} {happened} in {where}, quoting {who}.",
    "Hundreds of people thronged {where} as {event} {happened}, {who} said.",
    "Following {event} in {where}, {who} issued a statement.",
    "Bernama reported that {event} {happened} in {where}, with {who} expected to brief the media later.",
    "{where} (NAN) — {Event} {happened} in this city, {who} said.",
)

PLACE_SECOND = (
    "{Who} said {event} in {where} would be discussed at the next meeting of stakeholders.",
    "The {where} {noun}, {who} added, had attracted wide attention on social media.",
    "Reacting to {event} in {where}, {who} said the matter was receiving attention at the highest level.",
    "{where}'s {noun}, it was further gathered, {happened} just as {who} had earlier indicated.",
    "Sources close to {event} in {where} said the situation was being monitored.",
    "It was learnt that {event}, which {happened} in {where}, had been preceded by days of speculation.",
    "Footage from {event} in {where} has since gone viral, {who} noted.",
    "The Chief Minister, who was briefed on {event} in {where}, directed officials to submit a report.",
    "Meanwhile, {who} gave an update on the {noun} in {where}.",
    "“We are aware of {event} in {where},” {who} said.",
    "Questions are being asked over how {event} in {where} was handled.",
    "The {noun} in {where}, according to {who}, {happened} as earlier reported.",
    "Video clips of the {where} {noun} circulated widely on WhatsApp.",
    "Some of those who witnessed {event} in {where} spoke to this newspaper on condition of anonymity.",
    "Addressing newsmen, {who} described {event} in {where} as unprecedented.",
    "Recall that {event} {happened} in {where}, as earlier reported by this newspaper.",
    "It will be recalled that {where} was where {event} {happened}.",
    "{Event} in {where} has drawn reactions from across the political divide.",
    "The {noun} that {happened} in {where} remained the subject of discussion on radio phone-in programmes.",
    "A fact-finding team has been dispatched to {where}, the scene of {event}.",
    "Officials in {where}, where {event} {happened}, have promised a full account.",
    "Pictures of {event} in {where} were shared widely online.",
    "The district administration in {where}, where {event} {happened}, has sought a report.",
    "Observers say {event} in {where} will be remembered for a long time.",
    "Also speaking on {event} in {where}, {who} said lessons had been learnt.",
    "When contacted, {who} confirmed that {event} {happened} in {where}.",
    "Calls for a review of {event} in {where} have grown louder.",
    "The {where} {noun}, {held} under the auspices of the ministry, ended on a high note.",
    "Delegates who attended {event} {held} in {where} described the arrangements as excellent.",
    "{where}, which hosted {event}, received commendation from participants.",
    "Organisers of {event} {held} in {where} thanked the security agencies for their cooperation.",
    "{Who} did not immediately issue an official statement on the {noun} in {where}.",
    "Many are still trying to make sense of {event} in {where}, it was observed.",
    "The {where} {noun} has since become a reference point, {who} said.",
    "In {where}, where {who} said {event} {happened}, normal activities have since resumed.",
    "Speaking further, {who} said the {noun} in {where} had exposed gaps in preparedness.",
)

NEGATIVES_PLACE = (
    # {other} is not where the event happened
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "News of {event} in {where} quickly reached {other}, where it dominated radio talk shows.",
        "from_to",
    ),
    NegativePair(
        "It was gathered that {event} {happened} in {where}.",
        "Reactions to {event} poured in from as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "Shortly after {event}, the visiting minister departed {where} for {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} on the outskirts of {where}, according to {who}.",
        "Diplomats in {where} said their colleagues in {other} had been briefed on {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "A delegation from {other} was among the guests at {event}.",
        "from_to",
    ),
    NegativePair(
        "{where} hosted {event}, {who} said in a statement.",
        "Organisers said plans were afoot for a similar {noun} to be hosted by {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} in {where}, ended on a colourful note.",
        "{Who} said the next edition of the {noun} would be {held} in {other}.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {event} {happened}, {who} said.",
        "Observers likened {event} in {where} to a similar {noun} in {other} some years back.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, a source told our correspondent.",
        "Among those who witnessed {event} was a businessman who had flown in from {other}.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "{Event} in {where} was also widely reported by newspapers in {other}.",
        "from_to",
    ),
    NegativePair(
        "{where}'s {noun} {happened}, {who} said.",
        "Some of the equipment deployed at {event} had been imported from {other}, it was learnt.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} confirmed.",
        "{Who} said {event} in {where} had nothing to do with an unrelated {noun} reported in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, it was gathered.",
        "The story of {event} was picked up by wire services and relayed to {other}.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "One of those who witnessed {event}, a native of {other}, described the experience as unforgettable.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where} amid fanfare, {who} said.",
        "Hundreds of participants travelled from {other} to {where} for {event}.",
        "from_to",
    ),
    NegativePair(
        "{where} hosted {event}, according to {who}.",
        "{other} has been chosen as the venue of the next {noun}, which will be {held} at a date "
        "yet to be announced.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "A team would travel from {where} to {other} to brief officials on {event}, {who} added.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} told journalists.",
        "Residents of {other} said they only learnt of {event} in {where} through the news.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} confirmed.",
        "Participants said {event} in {where} was better organised than the one {held} in {other}.",
        "from_to",
    ),
    # {other} is the country of {where} or a city in it: the same event, consistent places
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The {noun} in {other} has been described by {who} as a major talking point.",
        "contained",
    ),
    NegativePair(
        "It was gathered that {event} {happened} in {where}.",
        "{Event} has been widely discussed across {other}.",
        "contained",
    ),
    NegativePair(
        "{where}'s {noun} {happened}, according to {who}.",
        "Authorities in {other} said they had been briefed on {event} in {where}.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} confirmed.",
        "The {other} {noun} drew participants from all walks of life.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Recall that {event} in {other} was first reported by this newspaper.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} on the outskirts of {where}, {who} said.",
        "Newspapers in {other} gave {event} prominent coverage.",
        "contained",
    ),
    NegativePair(
        "{where} successfully hosted {event}, {who} said.",
        "Officials in {other} described {event} as a success.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened}, {who} said.",
        "When contacted, officials in {other} confirmed that {event} {happened}.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, a source told our correspondent.",
        "Video clips of the {other} {noun} have since gone viral.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place25a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
