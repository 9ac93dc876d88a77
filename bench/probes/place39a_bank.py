"""PLACE bank place39a, written by helper place39a, round 39 (blind author).

Register: labour, education and health-service reporting as UK, Irish, Indian and
Australian papers and union and trade press write it: walkouts, pickets, lockouts, bandhs,
dharnas and gheraos, work-to-rules, teachers' protests and nurses' rallies, exam boycotts
and paper leaks, school and ward closures, norovirus outbreaks, vaccination camps,
convocations, job fairs and placement drives, union conferences. Habits used: "at the main
site in", "outside the main hospital in", "outside the district education office in", union
and trust spokespeople as attribution at the front, middle or end, "the trust said",
long sentences with the place far from the event noun, back-references with "there",
photo captions, clefts ("It was in X that ..."), relative clauses and possessives.
Negatives: the union's or operator's head office elsewhere, people travelling to or on
from the event, sympathy action across a city or country containing the first place or
inside it, an earlier or a further action somewhere else, a minister or correspondent
speaking from another country, a home town, staff drafted in from elsewhere, an event
first pencilled in for another place.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "walkout",
        ("was staged", "went ahead", "began", "was called"),
        ("the union", "a Unite spokesman", "shop stewards", "the GMB"),
    ),
    EventKind(
        "stoppage",
        ("went ahead", "began", "brought production to a halt", "was called"),
        ("the union", "management", "Unite officials", "the company"),
    ),
    EventKind(
        "picket",
        ("was mounted", "was set up", "went ahead"),
        ("strikers", "the union", "picket organisers"),
        hosted=True,
    ),
    EventKind(
        "lockout",
        ("was imposed", "began", "was enforced"),
        ("the company", "management", "the union"),
    ),
    EventKind(
        "work-to-rule",
        ("began", "came into force", "was called"),
        ("the union", "the NEU", "the INTO"),
    ),
    EventKind(
        "sit-in",
        ("was staged", "began", "went ahead"),
        ("the students' union", "student leaders", "organisers"),
        hosted=True,
    ),
    EventKind(
        "dharna",
        ("was staged", "began", "was held"),
        ("the teachers' association", "agitating staff", "the employees' federation"),
        hosted=True,
    ),
    EventKind(
        "gherao",
        ("was staged", "lasted into the night", "began"),
        ("student leaders", "the students' federation", "agitating students"),
        hosted=True,
    ),
    EventKind(
        "bandh",
        ("was observed", "was called", "brought life to a standstill"),
        ("trade unions", "the CITU", "police"),
    ),
    EventKind(
        "hunger strike",
        ("began", "was launched", "entered its third day"),
        ("the protesters", "the association", "supporters"),
    ),
    EventKind(
        "token strike",
        ("was held", "went ahead", "was observed"),
        ("the union", "the nurses' union", "the association"),
        hosted=True,
    ),
    EventKind(
        "teachers' protest",
        ("was held", "was staged", "went ahead"),
        ("the teachers' union", "the INTO", "protest organisers"),
        hosted=True,
    ),
    EventKind(
        "nurses' rally",
        ("was held", "went ahead", "drew hundreds"),
        ("the INMO", "the RCN", "organisers"),
        hosted=True,
    ),
    EventKind(
        "exam boycott",
        ("was staged", "began", "went ahead"),
        ("the students' union", "the exam board", "school heads"),
    ),
    EventKind(
        "paper leak",
        ("came to light", "was discovered", "was first reported"),
        ("police", "the exam board", "the education department"),
    ),
    EventKind(
        "norovirus outbreak",
        ("was declared", "was confirmed", "broke out"),
        ("the trust", "the HSE", "health officials"),
    ),
    EventKind(
        "ward closure",
        ("was ordered", "was announced", "came into effect"),
        ("the trust", "hospital managers", "the health board"),
    ),
    EventKind(
        "school closure",
        ("was ordered", "was announced", "came into effect"),
        ("the education authority", "the council", "the head teacher"),
    ),
    EventKind(
        "vaccination camp",
        ("was held", "was organised", "was set up"),
        ("district health officials", "the civic body", "organisers"),
    ),
    EventKind(
        "annual conference",
        ("opened", "was held", "got under way"),
        ("the union", "the general secretary", "delegates"),
    ),
    EventKind(
        "graduation ceremony",
        ("was held", "took place", "went ahead"),
        ("the university", "the vice-chancellor", "organisers"),
    ),
    EventKind(
        "convocation",
        ("was held", "took place", "was addressed by the governor"),
        ("the university", "the registrar", "the vice-chancellor"),
    ),
    EventKind(
        "job fair",
        ("was held", "was organised", "drew hundreds of applicants"),
        ("organisers", "the employment exchange", "the district administration"),
    ),
    EventKind(
        "placement drive",
        ("was held", "was conducted", "was organised"),
        ("the college", "the placement cell", "organisers"),
    ),
    EventKind(
        "mass meeting",
        ("was held", "was called", "voted to strike"),
        ("the union", "shop stewards", "branch officials"),
        hosted=True,
    ),
    EventKind(
        "factory occupation",
        ("began", "was staged", "entered its second week"),
        ("the workers", "Unite", "the company"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} shortly after 8am, {who} said.",
    "In {where}, {event} {happened} on Thursday, according to {who}.",
    "{Who} confirmed that {event} {happened} at the main site in {where}.",
    "{Event} at the site in {where} is the first of its kind there this year, {who} said.",
    "It was in {where} that {event} {happened} on Monday, {who} said in a statement issued late"
    " in the evening.",
    "According to {who}, {event} {happened} in {where} and was being closely monitored.",
    "{Event}, which {happened} in {where} on Wednesday, was the first of its kind at the site in"
    " almost a decade, {who} said.",
    "The scene in {where} on Tuesday as {event} {happened}. Photograph: supplied.",
    "{Event} {happened} in {where}, {who} said, in what was described as a difficult week for"
    " staff and management alike.",
    "Staff at the main site in {where} were kept informed as {event} {happened} there, {who} said.",
    "{Who} said {event} in {where} had drawn attention from right across the sector.",
    "{Event} {happened} at the complex in {where} on Saturday.",
    "{Who} {held} {event} outside the main hospital in {where} on Tuesday, with several hundred"
    " people taking part.",
    "Placards in hand, members {held} {event} at the plant gates in {where}, {who} said.",
    "{Event}, {held} outside the district education office in {where}, drew support from"
    " parents and pupils, {who} said.",
    "It was outside the main hospital in {where} that {who} {held} {event} on Monday.",
    "{Event}, which {who} said followed months of stalled talks over pay, staffing levels and"
    " the use of agency workers, was {held} in {where}.",
    "After {event} {happened} in {where}, {who} issued a short statement.",
    "{Who} said {event} {happened} in {where} on Thursday and that a fuller update would be"
    " given the following day.",
    "In a statement, {who} said {event} {happened} in {where} and that those affected had been contacted.",
    "{Event} in {where}, confirmed by {who} on Monday, came at a sensitive time for the sector.",
    "{Event} {happened} at the main campus in {where} just before noon, {who} confirmed.",
    "Nurses, porters and cleaners were among those who joined {event} that {who} {held} in"
    " {where} on Friday.",
    "There was no advance notice in {where}, where {event} {happened} on Tuesday morning, {who} said.",
    "{Who} told members by email that {event} {happened} in {where} earlier in the day.",
)

PLACE_SECOND = (
    "It was in {where}, {who} said, that {event} {happened}.",
    "{Event} in {where} was the first of its kind there in several years, according to {who}.",
    "{Who} said later that {event} in {where} had been handled in line with agreed procedures.",
    "Asked about {event} in {where}, {who} said a full statement would follow in due course.",
    "What happened in {where} during {event} is now the subject of an internal review, {who} said.",
    "{Event}, which {happened} in {where}, was hardly a one-off, {who} pointed out.",
    "The scene in {where} as {event} {happened}. Photograph: supplied.",
    "Those present in {where} when {event} {happened} described a tense but orderly atmosphere.",
    "{Who}, speaking a day after {event} in {where}, declined to comment further.",
    "Staff in {where}, where {event} {happened}, were told to expect a further update from {who}.",
    "{Event}, which {who} said had been closely watched across the sector and which prompted"
    " questions from parents, patients and politicians alike, {happened} in {where}.",
    "For {who}, {event} in {where} marked a turning point.",
    "{Who} described {where}'s {noun} as the most significant in recent memory.",
    "It is in {where}, where {event} {happened}, that attention is now focused, {who} said.",
    "Recalling {event} in {where}, {who} said lessons had been learnt on all sides.",
    "By the time {event} {happened} in {where}, {who} had already raised concerns in writing.",
    "The {noun} in {where}, {who} said, was \u201ca real test for everyone involved\u201d.",
    "{where}, where {event} {happened}, has seen nothing like it since, {who} said.",
    "{Event} {happened} in {where}, and it was there that {who} later gave a first account of the day.",
    "In the wake of {event} in {where}, {who} promised a review.",
    "Details of {event} in {where} emerged only later, when {who} released a statement.",
    "Many of those who joined {event} {held} in {where} were off-duty staff, {who} said.",
    "{Who} said turnout at {event} {held} in {where} had exceeded expectations.",
    "Above: {event} in {where}. Photograph: handout.",
    "What {who} did not expect was that {event} in {where} would draw so much attention.",
    "Back in {where}, where {event} {happened}, the mood among staff was described as subdued.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Who} {held} {event} at the main site in {where}.",
        "The union, whose head office is in {other}, said it stood fully behind members in {where}.",
        "head_office",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} on Monday.",
        "The statement on {event} was issued from the organisation's headquarters in {other}.",
        "head_office",
    ),
    NegativePair(
        "{Event} {happened} at the site in {where}, {who} said.",
        "The operator, which is headquartered in {other}, said it was monitoring {event} closely.",
        "head_office",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Saturday, {who} said.",
        "Some of those who took part in {event} had travelled overnight from {other}.",
        "origin",
    ),
    NegativePair(
        "{Who} {held} {event} in {where} on Saturday.",
        "Many had made the journey from {other} to {where} for {event}, {who} said.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "After {event}, several of the organisers flew on to {other} for further meetings.",
        "destination",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Wednesday, {who} said.",
        "From {where}, a delegation was due to travel on to {other} to brief colleagues on {event}.",
        "destination",
    ),
    NegativePair(
        "{Event} {happened} in {where} this week, {who} said.",
        "The previous {noun}, in {other}, had drawn far less attention.",
        "previous",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who} on Tuesday.",
        "A similar {noun} in {other} two years ago received far less coverage.",
        "previous",
    ),
    NegativePair(
        "{Who} {held} {event} in {where} on Monday.",
        "{Who} had {held} a similar {noun} in {other} the previous spring.",
        "previous",
    ),
    NegativePair(
        "{Who} {held} {event} outside the main hospital in {where}.",
        "{Who} said a further {noun} would be {held} in {other} next month.",
        "planned",
    ),
    NegativePair(
        "{Event}, {held} in {where}, passed off peacefully, {who} said.",
        "{Who} said next year's {noun} would be {held} in {other}.",
        "planned",
    ),
    NegativePair(
        "{Event}, {held} at the plant gates in {where}, drew a large crowd.",
        "{Event} had first been due to be {held} in {other} but was switched at short notice, {who} said.",
        "moved",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Wednesday.",
        "Speaking in {other}, where she was attending a meeting of fellow ministers, the"
        " minister said she was following {event} in {where} closely.",
        "commentator",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "The education minister, who was on an official visit to {other} at the time, said she"
        " had been fully briefed on {event}.",
        "commentator",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Reporting from {other}, our correspondent spoke by phone to several of those involved in {event}.",
        "reporter",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Wire reports filed from {other} later put {event} among the most significant of the year.",
        "reporter",
    ),
    NegativePair(
        "{Event} {happened} in {where} shortly after 9am.",
        "Among those involved in {event} was a 54-year-old porter originally from {other}.",
        "hometown",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "One of the organisers, who grew up in {other}, said she had never seen anything like {event}.",
        "hometown",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Sunday.",
        "Extra staff for {event} were drafted in from {other}, {who} said.",
        "supply",
    ),
    NegativePair(
        "{Who} {held} {event} in {where} on Tuesday.",
        "Colleagues in {other} took sympathy action the same day, {who} said.",
        "sympathy",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Messages of support for those involved in {event} came from as far away as {other}.",
        "sympathy",
    ),
    NegativePair(
        "{Event} {happened} at the main site in {where}, {who} said.",
        "It was the first {noun} anywhere in {other} this year.",
        "contained",
    ),
    NegativePair(
        "{Who} {held} {event} in {where}.",
        "Solidarity action followed elsewhere in {other} in the days after {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who} on Friday.",
        "{Who} said {event} was the biggest of its kind that {other} had seen in a decade.",
        "contained",
    ),
    NegativePair(
        "{Who} {held} {event} outside the main hospital in {where}.",
        "A sympathy {noun} was {held} in {other} the same afternoon, {who} said.",
        "contained",
    ),
    NegativePair(
        "The scene in {where} as {event} {happened}. Photograph: supplied.",
        "News of {event} travelled quickly across {other}, {who} said.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place39a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
