"""DATE bank date40a, written by helper date40a, round 40 (blind author).

Register: the English-language services of state and national news agencies (Xinhua, TASS,
Yonhap, Kyodo, Anadolu, IRNA, Bernama, APS) and translated official copy: long formal
sentences, official bodies as sources ("the Defence Ministry said in a statement", "a senior
official told this agency"), passive predicates ("was convened", "was held", "was
inaugurated"), stock agency connectives ("It should be recalled that", "It is worth
mentioning that", "Notably,", "As per the information provided by"), clefts, fronted dates
and attribution placed first, last or in the middle. British spelling throughout.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

_PARTY = ("the party's Central Committee", "the congress secretariat", "the party's press office")

KINDS = (
    EventKind(
        "plenary session",
        ("was convened", "opened", "was held", "was concluded"),
        ("the parliamentary press service", "the National Assembly secretariat", "the Speaker's office"),
    ),
    EventKind("party congress", ("was convened", "opened", "was held", "closed"), _PARTY),
    EventKind("plenum", ("was convened", "was held", "concluded its work"), _PARTY),
    EventKind(
        "trilateral summit",
        ("was held", "was convened", "took place", "concluded"),
        ("the Foreign Ministry", "the presidential office", "the summit secretariat"),
        hosted=True,
    ),
    EventKind(
        "investment forum",
        ("was held", "opened", "was inaugurated", "drew to a close"),
        ("the organising committee", "the investment promotion agency", "the Ministry of Commerce"),
        hosted=True,
    ),
    EventKind(
        "groundbreaking ceremony",
        ("was held", "took place", "was conducted"),
        ("the provincial government", "the project's main contractor", "the state investment agency"),
        hosted=True,
    ),
    EventKind(
        "military parade",
        ("was staged", "was held", "took place"),
        ("the Defence Ministry", "the General Staff", "the garrison command"),
        hosted=True,
    ),
    EventKind(
        "joint exercise",
        ("was conducted", "was carried out", "began", "got under way"),
        ("the Joint Chiefs of Staff", "the Defence Ministry", "the navy's press office"),
        hosted=True,
    ),
    EventKind(
        "signing ceremony",
        ("was held", "took place", "was witnessed by both leaders"),
        ("the Foreign Ministry", "the presidential office", "the embassy"),
        hosted=True,
    ),
    EventKind(
        "trade fair",
        ("opened", "was inaugurated", "was held", "closed"),
        ("the organising committee", "the Chamber of Commerce and Industry", "the Ministry of Commerce"),
        hosted=True,
    ),
    EventKind(
        "ministerial meeting",
        ("was convened", "was held", "took place"),
        ("the Foreign Ministry", "the bloc's secretariat", "the chair's office"),
        hosted=True,
    ),
    EventKind(
        "swearing-in ceremony",
        ("was held", "took place", "was conducted"),
        ("the presidential palace", "the Constitutional Court", "the prime minister's office"),
        hosted=True,
    ),
    EventKind(
        "handover ceremony",
        ("was held", "took place", "was conducted"),
        ("the Defence Ministry", "the Ministry of Transport", "the embassy"),
        hosted=True,
    ),
    EventKind(
        "state funeral",
        ("was held", "took place", "was conducted"),
        ("the government", "the presidential administration", "the state funeral committee"),
    ),
    EventKind(
        "missile test",
        ("was conducted", "was carried out", "was detected"),
        ("the Joint Chiefs of Staff", "the Defence Ministry", "the military's press office"),
    ),
    EventKind(
        "satellite launch",
        ("was carried out", "was conducted", "was completed"),
        ("the space agency", "the launch centre", "the national space administration"),
    ),
    EventKind(
        "tremor",
        ("struck", "was recorded", "jolted the area"),
        ("the earthquake networks centre", "the meteorological agency", "the seismological institute"),
    ),
    EventKind(
        "gas explosion",
        ("occurred", "was reported", "tore through the facility"),
        (
            "the emergency management department",
            "the provincial governor's office",
            "the fire and rescue service",
        ),
    ),
    EventKind(
        "landslide",
        ("occurred", "struck", "hit the area"),
        ("the disaster management agency", "the provincial emergency office", "the district administration"),
    ),
    EventKind(
        "by-election",
        ("was held", "was conducted", "took place"),
        ("the Election Commission", "the electoral office", "the returning officer's office"),
    ),
    EventKind(
        "referendum",
        ("was held", "was conducted", "took place"),
        ("the Central Election Commission", "the electoral authority", "the Interior Ministry"),
    ),
    EventKind(
        "cabinet reshuffle",
        ("was announced", "was carried out", "was approved"),
        ("the presidential office", "the prime minister's office", "the presidential press service"),
    ),
    EventKind(
        "prisoner exchange",
        ("was carried out", "took place", "was completed"),
        ("the Defence Ministry", "the ombudsman's office", "the Foreign Ministry"),
    ),
    EventKind(
        "security operation",
        ("was launched", "was carried out", "was conducted"),
        ("the Interior Ministry", "the provincial governor's office", "the gendarmerie command"),
    ),
    EventKind(
        "phone conversation",
        ("took place", "was held"),
        ("the presidential press service", "the presidential office", "the Foreign Ministry"),
    ),
    EventKind(
        "working visit",
        ("began", "was concluded", "got under way"),
        ("the Foreign Ministry", "the presidential press service", "the embassy"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} stated in a press release.",
    "According to {who}, {event} {happened} {when}.",
    "{when}, {event} {happened}, {who} announced.",
    "In a press release, {who} confirmed that {event} {happened} {when}.",
    "{Who} told the agency that {event} {happened} {when}.",
    "{Event}, which {happened} {when}, has drawn wide attention at home and abroad, {who} noted.",
    "It was {when} that {event} {happened}, according to {who}.",
    "{Event} {happened} {when}, the official news agency reported, citing {who}.",
    "As per the information provided by {who}, {event} {happened} {when}.",
    "Speaking to reporters, a spokesperson for {who} said {event} {happened} {when}.",
    "{Event} {happened} {when}, a senior official of {who} told this agency on condition of anonymity.",
    "Official information released by {who} shows that {event} {happened} {when}.",
    "{Who} said on its official website that {event} {happened} {when}.",
    "In its latest bulletin, {who} said {event} {happened} {when}.",
    "{Event} {happened} {when}, according to a press release issued by {who}.",
    "{Who}, in a communique, stated that {event} {happened} {when}.",
    "The {noun} {happened} {when}, {who} said, adding that a detailed report had been submitted to "
    "the relevant authorities.",
    "{when}, as {who} confirmed, {event} {happened}.",
    "Citing {who}, the state news agency reported that {event} {happened} {when}.",
    "{Event} {happened} {when}, {who} said in a written reply to questions from the agency.",
    "{Event} was {held} {when} under the auspices of {who}.",
    "{Who} {held} {a_noun} {when}, it said in a statement.",
    "{Who} has informed the public that {event} {happened} {when}.",
    "{Event}, {who} stressed, {happened} {when}.",
    "A statement from {who} said {event} {happened} {when} and that all necessary measures had been taken.",
)

DATE_SECOND = (
    "It should be recalled that {event} {happened} {when}.",
    "It is worth mentioning that {event} {happened} {when}, as confirmed by {who}.",
    "Notably, {event} {happened} {when}, {who} said.",
    "As this agency reported at the time, {event} {happened} {when}.",
    "Recalling that {event} {happened} {when}, {who} said further information "
    "would be released in due course.",
    "It was {when} that {event} {happened}, {who} reiterated.",
    "According to {who}, the aforementioned {noun} {happened} {when}.",
    "Since {event} {happened} {when}, {who} has held several briefings on the matter.",
    "{Who} reiterated that {event} had taken place {when}.",
    "Questions about the {noun} {when} dominated the regular press briefing, where a spokesperson for "
    "{who} fielded queries from journalists.",
    "Asked about the timing of {event}, {who} said it {happened} {when}.",
    "Officials recalled that {when}, when {event} {happened}, all relevant departments "
    "had been placed on standby.",
    "The {noun}, {who} said, {happened} {when}.",
    "{held} {when}, {event} drew wide attention, {who} said.",
    "Documents seen by the agency indicate that {event} {happened} {when}.",
    "{Who} told reporters that the {noun} in question {happened} {when}.",
    "Details of {event}, which {who} said {happened} {when}, have yet to be made public.",
    "The communique issued by {who} said {event} {happened} {when}.",
    "In his remarks, the spokesman of {who} recalled that {event} {happened} {when}.",
    "{Who} noted that it was {when} that {event} {happened}.",
    "Following {event}, which {happened} {when}, {who} issued a statement on the matter.",
    "When {event} {happened} {when}, {who} was among the first to issue a statement.",
    "In the period since {event} {happened} {when}, {who} has received numerous inquiries from the media.",
    "The {noun}, which {who} maintains {happened} {when}, was discussed at length "
    "at a meeting of senior officials.",
    "{Event} had been {held} {when}, {who} recalled.",
    "Asked by the agency to confirm the date, {who} said {event} {happened} {when}.",
    "The {noun} {happened} {when}, {who} stressed in response to questions.",
)

NEGATIVES_DATE = (
    # a past instance, then a planned one (hosted kinds only: they can be scheduled)
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "The next {noun} is scheduled to be {held} {when}, {who} added.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A follow-up {noun} will be {held} {when}, according to {who}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "{Who} announced that {a_noun} of the same format is due to be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "Preparations are under way for another {noun}, which is expected to be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, was described by {who} as a success.",
        "{Who} said {event} would be {held} again {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when}.",
        "Organisers said a further {noun} is to be {held} {when}, with invitations already sent out.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The date for the next {noun} has been set, and it will be {held} {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Who} {held} {a_noun} {when}.",
        "{Who} said it would hold {a_noun} of a similar scale {when}.",
        "planned",
    ),
    # the same event, the second date inside the first or containing it
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "It should be recalled that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}, {who} announced.",
        "As this agency reported at the time, {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, has drawn wide attention, {who} noted.",
        "The {noun}, {who} said, {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} told the agency that {event} {happened} {when}.",
        "Notably, it was {when} that {event} {happened}.",
        "compatible",
    ),
    NegativePair(
        "{Event} was {held} {when} under the auspices of {who}.",
        "{held} {when}, {event} drew wide attention, {who} said.",
        "compatible",
    ),
    NegativePair(
        "Official information released by {who} shows that {event} {happened} {when}.",
        "Since {event} {happened} {when}, {who} has held several briefings on the matter.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to a press release issued by {who}.",
        "Details of {event}, which {who} said {happened} {when}, have yet to be made public.",
        "compatible",
    ),
    # another instance of the same kind of event, with a date of its own
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The {year} {noun}, by contrast, {happened} {when}.",
        "other",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Separately, {a_noun} {happened} {when}, according to {who}.",
        "other",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "Another {noun} {happened} {when}, {who} recalled.",
        "other",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "The {year} {noun} was {held} {when}, with fewer participants.",
        "other",
    ),
    NegativePair(
        "{Who} told the agency that {event} {happened} {when}.",
        "It is worth mentioning that {a_noun} of a similar nature {happened} {when}, as confirmed by {who}.",
        "other",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, was the subject of a statement by {who}.",
        "{Who} also cited {a_noun} that {happened} {when}, saying the two were unrelated.",
        "other",
    ),
    NegativePair(
        "{Event} {happened} {when}, a senior official of {who} told this agency.",
        "The {noun} should not be confused with the {year} {noun}, which {happened} {when}, {who} said.",
        "other",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A similar {noun} {happened} {when}, {who} said.",
        "other",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date40a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
