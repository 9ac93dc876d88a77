"""The DEV template bank of the consistency injectors (`bench.quality --part dev`).

Detector authors may read this module and tune on it. The held-out bank
(`bench/injectors/heldout/`) has different event kinds, phrasings and edits, is used
only with `--part test`, and must not be read while tuning.

The wording is taken from how news copy phrases things (wire style, local news,
courts, business, sport, disasters, politics); none of it comes from `analysis/`.
Template fields: {event}/{Event} "the strike", {noun}, {happened} a past predicate of
the kind, {who}/{Who} who reports it, {when} a date phrase, {where}/{other} places,
{n} "12 years", {n_num} "12", {year}, {held} held/staged (only kinds that can be hosted),
{other_noun} another kind's noun; spelling sentences take {v}, negatives {a}/{b}.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.injectors.consistency import (
    MONTHS,
    WEEKDAYS,
    Bank,
    DateMention,
    EventKind,
    IntervalClaim,
    NegativePair,
    month_end,
    month_span,
    part_of_month,
    year_span,
    yearless_ok,
)

KINDS = (
    EventKind("strike", ("began", "started", "was called"), ("the union", "union officials", "organisers")),
    EventKind("shutdown", ("began", "took effect", "started"), ("officials", "the agency", "a spokesman")),
    EventKind(
        "verdict", ("was delivered", "was handed down", "came"), ("court officials", "prosecutors", "lawyers")
    ),
    EventKind("blast", ("went off", "happened", "struck"), ("police", "fire officials", "witnesses")),
    EventKind("merger", ("was completed", "was announced", "closed"), ("the company", "analysts")),
    EventKind("summit", ("took place", "was held", "opened"), ("diplomats", "the foreign ministry"), True),
    EventKind("flood", ("struck", "began", "peaked"), ("emergency services", "the mayor's office")),
    EventKind(
        "protest",
        ("took place", "was held", "broke out"),
        ("police", "organisers", "witnesses"),
        True,
    ),
    EventKind(
        "election",
        ("was held", "took place"),
        ("electoral officials", "the election commission"),
        True,
    ),
    EventKind("launch", ("took place", "went ahead"), ("the space agency", "mission controllers")),
    EventKind("derailment", ("happened", "occurred"), ("rail officials", "investigators")),
    EventKind("landslide", ("struck", "came down", "happened"), ("rescuers", "local officials")),
    EventKind("lockout", ("began", "started", "was imposed"), ("the union", "management")),
    EventKind("acquisition", ("was completed", "was announced"), ("the company", "regulators")),
    EventKind("hearing", ("was held", "took place", "opened"), ("court officials", "lawyers"), True),
    EventKind("raid", ("was carried out", "took place"), ("police", "investigators")),
    EventKind("heatwave", ("peaked", "began"), ("forecasters", "the weather service")),
    EventKind("marathon", ("was run", "took place"), ("organisers", "race officials"), True),
    EventKind("evacuation", ("began", "was ordered", "took place"), ("emergency services", "officials")),
    EventKind("ceasefire", ("took effect", "was agreed", "began"), ("mediators", "diplomats")),
    EventKind("indictment", ("was unsealed", "was filed", "came"), ("prosecutors", "court records")),
    EventKind("stoppage", ("began", "was staged", "started"), ("shop stewards", "the union")),
    EventKind("shooting", ("happened", "took place", "occurred"), ("a police spokeswoman", "detectives")),
    EventKind("boycott", ("began", "was launched", "started"), ("campaigners", "the organisers")),
    EventKind("avalanche", ("struck", "came down", "happened"), ("mountain rescuers", "the ski patrol")),
    EventKind("wildfire", ("broke out", "started", "spread"), ("firefighters", "the fire service")),
    EventKind("pile-up", ("happened", "occurred"), ("highway police", "accident investigators")),
    EventKind(
        "tribunal", ("was held", "sat", "took place"), ("tribunal staff", "the claimant's lawyers"), True
    ),
    EventKind("outage", ("began", "struck", "started"), ("the utility", "engineers")),
    # round 3, date helper: hyphenated nouns, kinds WordNet files oddly, courts, crime, politics
    EventKind("walk-out", ("began", "was staged", "started"), ("the union", "shop stewards")),
    EventKind("shoot-out", ("happened", "broke out", "took place"), ("police", "local residents")),
    EventKind("sit-in", ("began", "was staged", "started"), ("student leaders", "campus security")),
    EventKind("crackdown", ("began", "was launched", "started"), ("rights groups", "activists")),
    EventKind("coup", ("was staged", "took place", "unfolded"), ("diplomats", "analysts")),
    EventKind("robbery", ("took place", "happened", "was carried out"), ("detectives", "the bank")),
    EventKind(
        "inquest", ("opened", "was held", "took place"), ("the coroner's office", "the family's lawyer"), True
    ),
    EventKind("sell-off", ("began", "started", "happened"), ("traders", "analysts")),
    EventKind("lockdown", ("began", "was imposed", "took effect"), ("health officials", "the government")),
)


# ----------------------------------------------------------------------------- date phrasings


def _day_month(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'on 12 May' (no year: the nearest one)."""
    if not yearless_ok(target, pub):
        return None
    text = f"{target.day} {MONTHS[target.month - 1]}"
    return DateMention(f"on {text}", text, target, target)


def _us_full(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'on May 12, 2019'."""
    text = f"{MONTHS[target.month - 1]} {target.day}, {target.year}"
    return DateMention(f"on {text}", text, target, target)


def _part_of_month(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'in early June' / 'in late March 2018'."""
    part, lo, hi = part_of_month(target)
    text = f"{part} {MONTHS[target.month - 1]}" if part != "mid" else f"mid-{MONTHS[target.month - 1]}"
    if not yearless_ok(target, pub) or rng.random() < 0.3:
        text += f" {target.year}"
    if target <= pub < hi or lo <= pub < hi:
        return None
    return DateMention(f"in {text}", text, lo, hi)


def _last_weekday(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'last Tuesday' (2 to 7 days before publication)."""
    if not 2 <= (pub - target).days <= 7:
        return None
    text = f"last {WEEKDAYS[target.weekday()]}"
    return DateMention(text, text, target, target)


def _year_only(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'in 2018' (a past year)."""
    if target.year >= pub.year:
        return None
    lo, hi = year_span(target.year)
    return DateMention(f"in {target.year}", str(target.year), lo, hi)


def _yesterday(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    if (pub - target).days != 1:
        return None
    return DateMention("yesterday", "yesterday", target, target)


def _month(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'in March' / 'in March 2019' (a month that is over)."""
    lo, hi = month_span(target)
    if hi >= pub:
        return None
    text = MONTHS[target.month - 1]
    if not yearless_ok(target, pub) or rng.random() < 0.4:
        text += f" {target.year}"
    return DateMention(f"in {text}", text, lo, hi)


def _future_day(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'on 3 June' (ahead)."""
    if target <= pub or not yearless_ok(target, pub):
        return None
    text = f"{target.day} {MONTHS[target.month - 1]}"
    return DateMention(f"on {text}", text, target, target)


def _next_month(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    lo = month_end(pub.year, pub.month) + dt.timedelta(days=1)
    if not lo <= target <= month_end(lo.year, lo.month):
        return None
    return DateMention("next month", "next month", lo, month_end(lo.year, lo.month))


def _next_year(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    if target.year != pub.year + 1:
        return None
    lo, hi = year_span(target.year)
    return DateMention("next year", "next year", lo, hi)


def _future_month(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'in September' (a month ahead)."""
    lo, hi = month_span(target)
    if lo <= pub or not yearless_ok(target, pub):
        return None
    text = MONTHS[target.month - 1]
    return DateMention(f"in {text}", text, lo, hi)


# ----------------------------------------------------------------------------- the bank

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "{when}, {event} {happened}, according to {who}.",
    "{Event} {when} was the talk of the town for days.",
    "{Who} confirmed that {event} {happened} {when}.",
    "According to {who}, {event} {happened} {when} after weeks of warnings.",
    "{Event}, which {happened} {when}, caught many residents by surprise.",
    "By the time of {event} {when}, few people expected it to last.",
    "{Event} {happened} {when} and drew immediate criticism.",
    "Details of {event} {when} emerged only later, {who} said.",
    "{Who} said {event} {happened} {when} without warning.",
    "It was {when} that {event} {happened}, {who} told reporters.",
    "{Event} {when} left much of the area at a standstill.",
    # issue 10, date helper: attributions inside the clause, the event as object or in a
    # prepositional phrase, subordinate and relative clauses, appositive dates
    "The {noun}, {who} said, {happened} {when}.",
    "Reporters covered {event} {when} from start to finish.",
    "Insurers are still counting the cost of {event} {when}.",
    "{Who}, speaking after {event} {when}, said the response had been swift.",
    "{Event} that {happened} {when} has prompted calls for an inquiry.",
    "Details were scarce after {event} {happened} {when}, {who} said.",
    "{Event} {happened} {when}; {who} would not elaborate on the cause.",
    "Asked about {event} {when}, {who} declined to comment.",
    "{Who} spent weeks preparing for {event}, which finally {happened} {when}.",
    "Footage released by {who} showed {event} {when} in some detail.",
    "{Event}, {when}, caught {who} off guard.",
    "There was little warning before {event} {happened} {when}, {who} said.",
    "{Who} blamed poor planning for {event} {when}.",
    "The {noun} itself {happened} {when}, {who} said.",
    # round 3, date helper: fronted dates with interposed attributions, "when" clauses, the
    # event as object of a report verb, "during", dashes, statements, pronoun second mentions
    "{when}, {who} said, {event} {happened}.",
    "Nobody was hurt when {event} {happened} {when}, {who} said.",
    "{Who} are investigating {event} {when}.",
    "Much of the damage was done during {event} {when}, {who} said.",
    "{Event} — {when} — was the culmination of months of tension.",
    "{Event}, {who} said in a statement, {happened} {when} and was over within hours.",
    "In the days after {event} {when}, {who} fielded hundreds of calls.",
    "{when} {event} {happened}, {who} said.",
    "It is now known that {event} {happened} {when}.",
    "{Event} itself was brief: it {happened} {when}, {who} said.",
    "The timing of {event}, which {happened} {when}, surprised {who}.",
    "A spokesperson for {who} said {event} {happened} {when} and that an inquiry was under way.",
    "{Who} have confirmed {event} {when}, the first official word on the matter.",
    # round 3 paraphrases (date helper): templates the detector caught, rewritten by a syntactic
    # transformation (passive, relative clause, fronted or trailing adverbial, reported speech,
    # the event as object, a second clause after a semicolon)
    "{Who} described {event}, which {happened} {when}, as unexpected.",
    "{Who} gave few details; {event}, they said, {happened} {when}.",
    "It was confirmed by {who} that {event} {happened} {when}.",
    "{Event} {happened} {when}, {who} confirmed in a brief statement.",
    "Many residents were caught by surprise by {event}, which {happened} {when}.",
    "{Event} caught many residents by surprise when it {happened} {when}.",
    "{Event} {happened} without warning {when}, {who} said.",
    "Without warning, {event} {happened} {when}.",
    "{Event} {when} was covered from start to finish by reporters.",
    "Much of the area was left at a standstill by {event} {when}.",
    "Few people were prepared when {event} {happened} {when}.",
    "{Who} told reporters that, {when}, {event} {happened}.",
    # round 4, date helper: headline fragments, timeline colons, the event as object of
    # business/court/sport verbs, participles, "asked when ... it was", possessive agents
    "{Event} {when}: what we know so far.",
    "{Who} are suing over {event} {when}.",
    "Shares slid on news of {event} {when}, {who} said.",
    "Blamed on poor maintenance, {event} {happened} {when}.",
    "Asked when {event} {happened}, {who} said it was {when}.",
    "{Who}'s account of {event} {when} has been disputed.",
    "{Event} {happened} {when}, and {who} said the full cost would take months to establish.",
    "Footage of {event}, filmed {when}, was shared widely by {who}.",
    "Compensation claims linked to {event} {when} have passed one million dollars.",
    "{Event} {happened} {when} — a point {who} did not dispute.",
    "{Who} were criticised for their handling of {event} {when}.",
    "Timeline: {event} {happened} {when}, {who} said.",
    # round 5, date helper (generalised from bench/probes/date.txt): a date set off by commas
    # after a phrase the event ends, a dated participle under a future verb, an interposed
    # attribution with an adverb, a possessive mention after "after"
    "CCTV footage from {event}, {when}, was handed to {who}.",
    "{Event}, first reported {when}, will be the subject of a review by {who}.",
    "{Event}, {who} later admitted, {happened} {when}.",
    "Shops stayed shut for days after the town's {noun} {when}.",
    "Families affected by {event}, which {happened} {when}, are still waiting for help.",
    # round 6, date helper (generalised from bench/probes/date6.txt): the event as what a verb
    # of staging holds, a trailing non-speech attribution, a clause after a semicolon
    "{Event} was {held} {when}, {who} said.",
    "{Event} {happened} {when}, records show.",
    "{Event} {happened} {when}; within hours, {who} had set up a help desk.",
    "Speakers at {event} {when} were cheered by the crowd.",
    # round 7, date helper (generalised from bench/probes/dates7.txt): a reduced relative after
    # a comma, an act timed by the event, an act inside the event, the event as the subject of a
    # verb with a result phrase
    "Reporters covered {event}, witnessed {when} by hundreds of people.",
    "Bus services were cancelled during {event} {when}, {who} said.",
    "Dozens of people were caught up in {event} {when}.",
    "{Event} brought the town centre to a standstill {when}.",
    "Residents with tickets for {event}, staged {when}, were offered refunds.",
    "{Who} described {event}, carried out {when}, as a shock to the town.",
)
DATE_SECOND = (
    "Witnesses said {event} {when} had shaken the town.",
    "{Event} {happened} {when}, according to {who}.",
    "{Who} later said {event} {happened} {when}.",
    "Records show {event} {happened} {when}.",
    "Since {event} {when}, little has changed, {who} said.",
    "{Event} {when} is still under review, {who} said.",
    "In a statement, {who} said {event} {happened} {when}.",
    "Photographs of {event} {when} circulated widely online.",
    "{when}, as {event} {happened}, {who} urged calm.",
    "{Who} recalled that {event} {happened} {when}.",
    "Questions about {event} {when} remain unanswered.",
    "The aftermath of {event} {when} dominated local news.",
    # issue 10, date helper
    "{Who} said the cause of {event} {when} was not yet known.",
    "It was not until {when} that {event} {happened}, {who} said.",
    "{Event}, {who} later confirmed, {happened} {when}.",
    "Those who witnessed {event} {when} described chaotic scenes.",
    "{Who} published a timeline showing that {event} {happened} {when}.",
    "The first reports of {event} {when} came from social media.",
    "Following {event} {when}, {who} opened an inquiry.",
    "{Who} briefed ministers on {event}, saying it {happened} {when}.",
    "When {event} {happened} {when}, few were prepared.",
    "Much remains unclear about {event} {when}, {who} conceded.",
    "A review of {event} {when} found serious failings, {who} said.",
    "The {noun} {when}, {who} said, had been months in the making.",
    "By most accounts, {event} {happened} {when}.",
    # round 3, date helper
    "{Who} now say {event} {happened} {when}.",
    "The date of {event} was {when}, according to {who}.",
    "Images taken during {event} {when} were later released by {who}.",
    "{Who} insisted that {event} had taken place {when}.",
    "{Event} — which {who} said {happened} {when} — left lasting damage.",
    "Months after {event} {when}, questions remain, {who} said.",
    "{Who} were on the scene within hours of {event} {when}.",
    "Among the first to respond to {event} {when} were {who}.",
    "According to a report by {who}, {event} {happened} {when}, earlier than previously thought.",
    "{Event} {when} was, {who} said, a turning point.",
    "Court papers filed by {who} place {event} {when}.",
    "Recalling {event} {when}, {who} said little had been learned.",
    "{Who} have said {event}, which many had feared, {happened} {when}.",
    # round 3 paraphrases (date helper)
    "Photographs that captured {event} {when} circulated widely online.",
    "{Event} {when} was photographed by dozens of onlookers.",
    "Little has changed since {event} {when}, {who} said.",
    "Only later, {who} said, did details of {event} {when} emerge.",
    "{Who} said it was only later that details of {event} {when} emerged.",
    "Social media carried the first reports of {event} {when}.",
    "{Event} was the subject of a briefing to ministers; it {happened} {when}, {who} said.",
    "Local news was dominated for weeks by the aftermath of {event} {when}.",
    "According to a timeline from {who}, {event} {happened} {when}.",
    "Witnesses said they had been shaken by {event} {when}.",
    "An inquiry was opened by {who} following {event} {when}.",
    "What caused {event} {when} is still unclear, {who} said.",
    # round 4, date helper
    "{Who} told the court that {event} {happened} {when}.",
    "In the wake of {event} {when}, {who} called for calm.",
    "{Event} {happened} {when}, {who} said in a filing.",
    "{Who} were quoted as saying {event} {happened} {when}.",
    "Was {event} {when} avoidable? {Who} think so.",
    "{Event}, {who} now acknowledge, {happened} {when}.",
    "Video recorded during {event} {when} appeared to show the moment it began.",
    "Insurers paid out quickly after {event} {when}.",
    "{Who} have pinpointed when {event} {happened}: it was {when}.",
    "Under questioning, {who} conceded that {event} {happened} {when}.",
    "Tributes poured in after {event} {when}.",
    "The {noun} — {who} insist it {happened} {when} — is the subject of an inquiry.",
    # round 5, date helper
    "Claims arising from {event}, {when}, are being handled by {who}.",
    "{Event}, which {who} said {happened} {when}, will be examined at a hearing next year.",
    "Since its {noun} {when}, the district has changed beyond recognition, {who} said.",
    "Asked about {event}, {who} said only that it had come {when}.",
    "Nobody had expected {event}, and when it came {when}, {who} were overwhelmed.",
    # round 6, date helper
    "Warnings had been ignored for years before {event} {when}, {who} said.",
    "Data seen by {who} confirm that {event} {happened} {when}.",
    "{Event} was {held} {when} in front of a large crowd.",
    "Guests at {event} {when} included two ministers, {who} said.",
    # round 7, mentions helper (ev7), generalised from bench/probes/ev7.txt: the event as
    # what someone survived or witnessed, the subject of "lasted", a trailing reaction
    "Families who survived {event} {when} were offered counselling, {who} said.",
    "{Event} {when} lasted several hours, {who} said.",
    "Residents who witnessed {event} {when} described the noise as deafening.",
    "Shops lost stock during {event} {when}, {who} said.",
)
PLACE_FIRST = (
    "{Event} {happened} near {where}, {who} said.",
    "{Event} in {where} drew hundreds of onlookers.",
    "{Who} confirmed that {event} {happened} in {where}.",
    "{Event} {happened} on the outskirts of {where}, according to {who}.",
    "Footage of {event} in {where} was shared widely.",
    "{Event}, in {where}, was the first of its kind this year.",
    "{Event} was {held} in {where}, {who} said.",
    "Residents of {where} described {event} as frightening.",
    "According to {who}, {event} {happened} in central {where}.",
    "{Event} {happened} just outside {where}.",
    "It was in {where} that {event} {happened}, {who} said.",
    "{Event} {happened} in {where} after days of tension.",
    # second batch (place helper): wording unlike the above: compounds and possessives,
    # fronted and interposed phrases, relative and subordinate clauses, nested places
    "{Who} said {event} {happened} at a site in {where} shortly before dawn.",
    "{Event} {happened} in the {where} area on a busy weekday, {who} said.",
    "Investigators are still piecing together how {event} in {where} unfolded.",
    "The {where} {noun} has already prompted calls for a review, {who} said.",
    "In {where}, {event} {happened} with little warning, according to {who}.",
    "Thousands of people were affected when {event} {happened} in {where}.",
    "{Event}, which {happened} in {where}, was described by {who} as the worst in years.",
    "The scene of {event} in {where} was sealed off for hours.",
    "{where}, where {event} {happened}, remained tense overnight, {who} said.",
    "{Who} have released new details of {event} in {where}.",
    "{Event} in {where}, {who} said, {happened} shortly after noon.",
    "Shortly after {event} {happened} in {where}, {who} issued a statement.",
    "{Event} {happened} in {where} on what {who} called a routine day.",
    # round 3 (place3): the event as object, passive and negated main clauses, pronoun second
    # mentions, the place as subject, interposed attributions, fronted adverbials
    "{Who} blamed {event} in {where} on a string of failures.",
    "Much of {where} was affected by {event}, {who} said.",
    "The {noun} took {who} by surprise when it {happened} in {where}.",
    "Nobody was hurt in {event} in {where}, {who} said.",
    "Most of the damage from {event} was in {where}, {who} said.",
    "{Event} {happened} in the heart of {where}, {who} said.",
    "Officials were still assessing {event}, which {who} said {happened} in {where}.",
    "Those caught up in {event} in {where} were offered support, {who} said.",
    "Earlier, {event} {happened} in {where} as crowds looked on.",
    "The {noun}, {who} said, {happened} in {where}.",
    "{where} bore the brunt of {event}, {who} said.",
    "{Event} {happened} in the {where} region overnight.",
    "Television crews were on hand in {where} as {event} {happened}.",
    # round 3 (place3), paraphrase stress: templates above re-said by a syntactic change
    # (cleft, fronted phrase, passive, sentential subject, apposition, possessive, relative)
    "According to {who}, it was near {where} that {event} {happened}.",
    "{Who} said that near {where}, {event} {happened} without warning.",
    "Hundreds of onlookers were drawn to {event} in {where}.",
    "{where}'s {noun} drew hundreds of onlookers.",
    "That {event} {happened} in {where} was confirmed by {who}.",
    "{Event} {happened} in {where}, a fact {who} later confirmed.",
    "{Event}, described by {who} as the worst in years, {happened} in {where}.",
    "{where} is where {event} {happened}, {who} said.",
    "Overnight, tension remained high in {where}, where {event} {happened}.",
    "After days of tension, {event} {happened} in {where}.",
    "In {where}, after days of tension, {event} {happened}.",
    "{Who} shared footage of {event} in {where}.",
    # round 4 (place4): unseen wording: an indefinite first mention as object or existential,
    # time phrases and nested nouns between the event and its place, coordinated verbs and
    # prepositions, a place with an apposition, fronted participles and "amid", a headline
    # fragment, a possessive with a superlative
    "{Who} reported {a_noun} in {where} shortly after 6 a.m.",
    "There was {a_noun} in {where} on Friday, {who} said.",
    "{Event} {happened} late on Friday in a district of {where}, {who} said.",
    "Amid {event} in {where}, shops pulled down their shutters.",
    "{Event} {happened} in {where} and lasted several hours, {who} told a news conference.",
    "{Event} in {where}: what we know so far.",
    "{where}'s worst {noun} in decades {happened} on Friday, {who} said.",
    "{Event} {happened} in and around {where}, {who} said.",
    "{Event} {happened} in {where}, not far from the border, {who} said.",
    "Pressed on {event} in {where}, {who} would not comment.",
    "{Who} said they had received reports of {event} in {where}.",
    "{Event} {happened} at about 3 p.m. local time in {where}.",
    # round 5 (place5a), from bench/probes/place.txt: the place on the site the event hit or
    # happened at (an object's place, a chain of location nouns, a passive or participle
    # subject, a cleft on the site, "off" and "through")
    "{Event} closed schools and shops in {where}, {who} said.",
    "{Event} disrupted traffic on roads around {where}, {who} said.",
    "{Event} brought the centre of {where} to a standstill.",
    "{Event} {happened} at a warehouse on the edge of {where}, {who} said.",
    "{Event} {happened} on a busy street in central {where}.",
    "{Event} {happened} in the car park of a stadium in {where}, according to {who}.",
    "Streets in {where} were left empty by {event}, {who} said.",
    "Hit by {event}, the central square of {where} stood empty.",
    "It was a school in {where} that {event} hit hardest, {who} said.",
    "{Event}, which {happened} on a bridge near {where}, drew crowds.",
    "{Event} left much of {where} at a standstill, {who} said.",
    # round 6 (place6a), generalised from bench/probes/place_gazetteer.txt: plain attachments
    # with a time phrase, a manner phrase or a trailing attribution beside the place
    "{Event} struck {where} early on Friday, {who} said.",
    "{Event} {happened} in {where} after days of rain.",
    "{Event} was first reported in {where}.",
    "{Event} swept across {where} on Sunday.",
    "{Event} {happened} in {where} in July, {who} said.",
    "{Event} hit {where} hardest, according to {who}.",
    "{Event} gripped {where} for a third week.",
    "{Event} {happened} in {where} overnight.",
    # round 7 (place7), generalised from bench/probes/place7.txt: the place on a verb the event
    # is the object or the circumstance of, a site phrase after it, "the streets of" a town, a
    # possessive owner of a location noun
    "{Who} said it was still unclear what caused {event} at a depot in {where}.",
    "Two people were killed in {event} at a market in {where}, {who} said.",
    "Emergency crews fought {event} at a site near {where} for hours.",
    "{Event} wound its way through the streets of {where}.",
    "{Who} said {event} {happened} in {where}'s main square.",
    "Dozens of people were hurt in {event} outside a station in {where}.",
    "{Who} said a power failure had triggered {event} at a plant in {where}.",
    "Onlookers filmed {event} from a bridge; it {happened} on the waterfront of {where}.",
)
PLACE_SECOND = (
    "News of {event} in {where} spread quickly.",
    "{Who} said {event} {happened} in {where}.",
    "Reports from {where} said {event} had caused long delays.",
    "{Event} in {where} is now the subject of an inquiry.",
    "Officials in {where} were briefed on {event}, {who} said.",
    "Coverage of {event} at {where} continued for days.",
    "{Event}, hosted by {where}, ended without incident.",
    "Local media in {where} covered {event} live.",
    "{Event} near {where} was recorded by several bystanders.",
    "{Who} described {event} in {where} as unprecedented.",
    "Police in {where} said {event} had been expected.",
    "An inquiry into {event} in {where} was opened, {who} said.",
    # second batch (place helper)
    "{where}'s {noun} {happened} shortly after noon, {who} said.",
    "Speaking after {event} in {where}, {who} called for calm.",
    "{Who} said the {where} {noun} had drawn fewer people than expected.",
    "{where}, where {event} {happened}, was quiet again by nightfall.",
    "The {noun} in {where}, according to {who}, {happened} with little notice.",
    "A video said to show {event} in {where} was verified by {who}.",
    "{where} was the site of {event}, {who} said.",
    "{Who} gave a fuller account of {event}, which {happened} in {where}.",
    "Emergency crews were sent to {where} after {event} {happened} there.",
    "{Event} {happened} at a location in {where}, {who} confirmed.",
    "Hours after {event} in {where}, {who} were still at the scene.",
    "Details of {event} in {where} were confirmed by {who}.",
    "{Event} {happened} across parts of {where}, {who} said.",
    # round 3 (place3)
    "{Who} said it was too early to say what caused {event} in {where}.",
    "{Event} in {where} was, {who} said, handled well.",
    "Reports of {event} in {where} began circulating within minutes.",
    "{where} was where {event} {happened}, {who} said.",
    "{Event} that {happened} in {where} is being reviewed by {who}.",
    "Following {event} in {where}, {who} promised changes.",
    "{Who} were quick to respond to {event} in {where}.",
    "It is not clear why {event} {happened} in {where}, {who} said.",
    "The cost of {event} in {where} has yet to be calculated.",
    "{Who} held a briefing on {event} in {where}.",
    "As {event} {happened} in {where}, {who} urged people to stay away.",
    "{where} has been left reeling by {event}, {who} said.",
    "Images from {where} showed the extent of {event}.",
    # round 3 (place3), paraphrase stress
    "{Event} {happened} in {where}; {who} gave no further details.",
    "An inquiry has been opened into {event} in {where}.",
    "{Who} are now investigating {event} in {where}.",
    "{Who} described {event} in {where} as the worst in years.",
    "Widely shared footage showed {event} in {where}.",
    "{Event}, which {who} said {happened} in {where}, is now the subject of an inquiry.",
    # round 4 (place4): unseen wording: the event as object of a verb with an "as" phrase,
    # "in the wake of", other prepositions ("inside", "somewhere in", "a part of"), a date
    # possessive, an object-gap relative clause, a negated main clause, a passive present
    # perfect, a future main clause, a participle, an apposition after the place
    "{Who} pointed to {event} in {where} as evidence of a wider problem.",
    "In the wake of {event} in {where}, {who} called for an inquiry.",
    "{Event} {happened} inside {where}, {who} insisted.",
    "Last week's {noun} in {where} was the largest of its kind, {who} said.",
    "{Event}, which {who} blamed on human error, {happened} in {where}.",
    "{Event} {happened} somewhere in {where}, {who} said.",
    "{Event} {happened} in a northern part of {where} on Thursday evening.",
    "{Who} said nobody had expected {event} in {where}.",
    "{Event} in {where} has been blamed on poor planning, {who} said.",
    "A report on {event} in {where} is due next month, {who} said.",
    "An account of {event} in {where} given by {who} was later disputed.",
    "{Event} {happened} in {where}, the third such incident this year.",
    # round 5 (place5b), from the place5b probe (bench/probes/place_clauses.txt): a where-clause on
    # a place that has another role in its clause, on an apposition renaming it, under a
    # reporting verb; the thing the event struck, named by a participle, a passive or an
    # object-gap relative clause; the event as object of a verb of attendance or perception
    "Reporters flew to {where}, where {event} {happened}, within hours.",
    "Shopkeepers in {where}, where {event} {happened}, counted the cost.",
    "{Who} said families in {where}, where {event} {happened}, had been offered help.",
    "Officials in {where}, the place where {event} {happened}, declined to comment.",
    "Workers returned to the {where} offices affected by {event}.",
    "Offices in {where} that were affected by {event} reopened on Monday, {who} said.",
    "Staff went back to a {where} office that {event} had affected.",
    "Those who attended {event} in {where} were interviewed by {who}.",
    "Many of those who witnessed {event} in {where} later spoke to {who}.",
    "On Monday, crews were still at work in {where}, where {event} {happened}.",
    # round 6 (place6b), generalised from bench/probes/place_verbs.txt: position prepositions,
    # a compass phrase, a where-clause on a building, a noun WordNet does not file as a site
    "{Event} {happened} beneath a busy street in {where}, {who} said.",
    "{Who} said {event} {happened} under a flyover in {where}.",
    "{Event} {happened} about 20 km west of {where}, according to {who}.",
    "Tickets sold out at the theatre in {where} where {event} {happened}.",
    "Crowds gathered outside the hall in {where} where {event} {happened}.",
    "{Event} {happened} at a social club in {where}, {who} said.",
    "Staff at the {where} hotel where {event} {happened} were questioned by {who}.",
    "{Event} {happened} below the old town of {where}, {who} said.",
    # round 7, mentions helper (ev7), generalised from bench/probes/ev7.txt
    "Families who survived {event} in {where} were offered counselling, {who} said.",
    "{Event} in {where} lasted several hours, {who} said.",
    "Residents who witnessed {event} near {where} described the noise as deafening.",
    "Insurers expect claims from {event} in {where} to run into millions, {who} said.",
)
INTERVAL_FIRST = (
    IntervalClaim("It was the first {noun} at the site in {n}, {who} said.", "n"),
    IntervalClaim("{Event} was the first of its kind in the region in {n}.", "n"),
    IntervalClaim("{Who} said it was the first {noun} there since {year}.", "year"),
    IntervalClaim("The last {noun} of this size was in {year}, according to {who}.", "year"),
    IntervalClaim("{Event} ended a {n_num}-year gap, {who} said.", "n"),
    IntervalClaim("Not since {year} had the city seen such {a_noun}.", "year"),
    IntervalClaim("It is the first time in {n} that {a_noun} has gone ahead.", "n"),
    IntervalClaim("{Event} came {n} after the previous one, {who} noted.", "n"),
    IntervalClaim("Records show the city had not had {a_noun} in more than {n}.", "more_n"),
    IntervalClaim("{Event}, the first in {n}, drew large crowds.", "n"),
    IntervalClaim("{Who} described it as the first {noun} since {year}.", "year"),
    IntervalClaim("The previous {noun} happened in {year}, {who} said.", "year"),
    # phrasings added for issue 10 (interval helper): reported speech, "it had been",
    # lulls, appositions, "not for N years", "the most recent", "for the first time"
    IntervalClaim("{Who} said it had been {n} since the last {noun} in the area.", "n"),
    IntervalClaim("{Event} was the first to hit the province since {year}, {who} said.", "year"),
    IntervalClaim("The last time the region saw {a_noun} on this scale was {year}.", "year"),
    IntervalClaim("{Event} broke a {n_num}-year lull, {who} said.", "n"),
    IntervalClaim("Until this week, the town had gone {n} without {a_noun}.", "n"),
    IntervalClaim("{Event} was only the second in the county's history, and the first since {year}.", "year"),
    IntervalClaim("Not for {n} had {a_noun} drawn such attention, {who} said.", "n"),
    IntervalClaim("{Who} noted that {event} came nearly {n} after the one before it.", "n"),
    IntervalClaim("In {year}, the area last experienced {a_noun} of similar scale, {who} said.", "year"),
    IntervalClaim("It was the first {noun} the valley had seen in more than {n}.", "more_n"),
    IntervalClaim("{Event}, the region's first since {year}, was handled by {who}.", "year"),
    IntervalClaim("The previous {noun}, in {year}, was far smaller, {who} said.", "year"),
    IntervalClaim("For the first time in {n}, residents found themselves facing {a_noun}.", "n"),
    # round 3 (interval3): claims spread over two sentences, passive and reported speech,
    # quotes, organisations, "ending a N-year wait", "after an absence of", "the first
    # since the spring of YEAR", fronted gaps, semicolons, "well over N years"
    IntervalClaim("By then, {n} had passed since the town's last {noun}, {who} said.", "n"),
    IntervalClaim("{Event} {happened} this week, ending a {n_num}-year wait, {who} said.", "n"),
    IntervalClaim("{Event} returned to the area after an absence of {n}, according to {who}.", "n"),
    IntervalClaim('"We have not seen {a_noun} like this here in {n}," {who} said.', "n"),
    IntervalClaim('"It is the first {noun} in {n}, and nobody was ready for it," {who} told reporters.', "n"),
    IntervalClaim("{Event} was described by {who} as the first in the district in {n}.", "n"),
    IntervalClaim("{Event} was the first since the spring of {year}, {who} said.", "year"),
    IntervalClaim("{Who} called {event} the town's first in {n}.", "n"),
    IntervalClaim("{Event}, which {who} said was the first in {n}, passed off without injuries.", "n"),
    IntervalClaim("After a gap of {n}, {a_noun} {happened} in the area again this month.", "n"),
    IntervalClaim("Such {a_noun} had not been seen in the province since {year}, {who} said.", "year"),
    IntervalClaim("{Event} was the first there in well over {n}, {who} said.", "more_n"),
    IntervalClaim("{Event} {happened} this week; the previous one was {n} ago.", "n"),
    IntervalClaim("It had been {n}. Not since then had the town faced {a_noun}, {who} said.", "n"),
    IntervalClaim(
        "{Event} took many by surprise; {who} said the last time it happened was in {year}.", "year"
    ),
    # round 3 (interval3) paraphrase stress: syntactic transforms of claims already caught
    # (apposition, passive, fronted, interposed attribution, cleft, trailing phrase, semicolon)
    IntervalClaim("{Event}, the first at the site in {n}, was over within hours.", "n"),
    IntervalClaim("It was, {who} said, the first {noun} there since {year}.", "year"),
    IntervalClaim("{Who} said {year} had brought the last {noun} of this size.", "year"),
    IntervalClaim("A {n_num}-year gap was ended by {event}, {who} said.", "n"),
    IntervalClaim("Fully {n} after the previous one, {event} {happened}.", "n"),
    IntervalClaim("Not one {noun} had been recorded in the city in more than {n}, records show.", "more_n"),
    IntervalClaim("It was described by {who} as the first {noun} since {year}.", "year"),
    IntervalClaim("{Who} said that it was in {year} that the previous {noun} {happened}.", "year"),
    IntervalClaim("The area had waited {n} since its last {noun}, {who} said.", "n"),
    IntervalClaim("Residents found themselves facing {a_noun} for the first time in {n}.", "n"),
    IntervalClaim("The city had not seen such {a_noun} since {year}.", "year"),
    IntervalClaim("The {noun} before this one, in {year}, was far smaller, {who} said.", "year"),
    # round 5 (interval5), generalised from bench/probes/interval.txt: "described as the
    # first", a possessive "first", "for the first time since", the first as an object, a
    # year inside a "since" clause
    IntervalClaim("{Who} described {event} as the first in the county since {year}.", "year"),
    IntervalClaim("{Event} was the county's first in {n}, {who} said.", "n"),
    IntervalClaim("For the first time in the county since {year}, {a_noun} {happened}, {who} said.", "year"),
    IntervalClaim("{Who} confirmed the county's first {noun} in {n} on Tuesday.", "n"),
    IntervalClaim(
        "It was the first {noun} in the county since {who} began keeping records in {year}.", "year"
    ),
    # round 6 (interval6), generalised from bench/probes/interval_fresh.txt: "it had been N
    # since CLAUSE", "something that had not happened since", a passive with "for the first
    # time", "the last time CLAUSE was"
    IntervalClaim("It had been {n} since {a_noun} {happened} in the town, {who} said.", "n"),
    IntervalClaim(
        "{Event} {happened} on Monday, something that had not happened in the town since {year}.", "year"
    ),
    IntervalClaim("The town was hit by {a_noun} on Monday for the first time in {n}.", "n"),
    IntervalClaim("The last time the town saw {a_noun} was in {year}, {who} said.", "year"),
    # round 7 (interval7), generalised from bench/probes/interval7.txt: "the first" before a
    # participle, "This marks the first time ... that", a reporting verb's object, the
    # "not once since", a negated verb whose subject is no event
    IntervalClaim("{Event} was the first recorded in the county in {n}, {who} said.", "n"),
    IntervalClaim("This marks the first time in {n} that the county has seen {a_noun}, {who} said.", "n"),
    IntervalClaim("{Who} reported the county's first {noun} in {n} on Tuesday.", "n"),
    IntervalClaim("Not once since {year} had the county seen {a_noun}, {who} said.", "year"),
    IntervalClaim("{Who} said no town in the county had seen {a_noun} in {n}.", "n"),
)
INTERVAL_SECOND = (
    IntervalClaim("Historians said the last comparable {noun} took place in {year}.", "year"),
    IntervalClaim("{Who} said the region had not seen {a_noun} like it for {n}.", "n"),
    IntervalClaim("It was the area's first {noun} since {year}, {who} said.", "year"),
    IntervalClaim("{Event} was the first in {n}, according to {who}.", "n"),
    IntervalClaim("The town's previous {noun} was in {year}.", "year"),
    IntervalClaim("{Who} called it the first such {noun} since {year}.", "year"),
    IntervalClaim("There had not been {a_noun} there for {n}, {who} said.", "n"),
    IntervalClaim("This was the first {noun} in the country since {year}.", "year"),
    IntervalClaim("{Event} came {n} after the last one, {who} said.", "n"),
    IntervalClaim("The last time {a_noun} happened there was in {year}.", "year"),
    IntervalClaim("{Who} noted it was the first {noun} there in {n}.", "n"),
    IntervalClaim("No {noun} had taken place there since {year}, {who} said.", "year"),
    # phrasings added for issue 10 (interval helper)
    IntervalClaim("According to {who}, the area had last seen {a_noun} in {year}.", "year"),
    IntervalClaim("Before this one, the most recent {noun} in the district dated back to {year}.", "year"),
    IntervalClaim("{Event} followed a previous one {n} earlier, {who} said.", "n"),
    IntervalClaim("It had been {n} since the town last saw {a_noun}, {who} said.", "n"),
    IntervalClaim("{Event} ended a lull that had lasted since {year}.", "year"),
    IntervalClaim("The district's last {noun} before this one was in {year}, records show.", "year"),
    IntervalClaim("{Who} said there had been no {noun} in the area since {year}.", "year"),
    IntervalClaim("The area went {n} without {a_noun} until this one, {who} said.", "n"),
    IntervalClaim("Older residents remember the last {noun}, which took place in {year}.", "year"),
    IntervalClaim("{Event} marked the first time since {year} that {a_noun} had hit the area.", "year"),
    IntervalClaim("{Who} said the last {noun} there happened {n} ago.", "n"),
    IntervalClaim("The {year} {noun} was the last before this one, {who} said.", "year"),
    IntervalClaim("Nobody in the town could recall {a_noun} since the one in {year}.", "year"),
    # round 3 (interval3)
    IntervalClaim("Records kept by {who} put the previous {noun} in {year}.", "year"),
    IntervalClaim("The district's last recorded {noun} dates from {year}, {who} said.", "year"),
    IntervalClaim("{year} was the last time the town had {a_noun}, {who} said.", "year"),
    IntervalClaim("{Event} came after a {n_num}-year absence.", "n"),
    IntervalClaim('"We have not had {a_noun} here since {year}," said {who}.', "year"),
    IntervalClaim("Before this week, no {noun} had been recorded in the area for {n}.", "n"),
    IntervalClaim("According to {who}, {n} had passed since the previous {noun}.", "n"),
    IntervalClaim("The one before it, {who} said, was in {year}.", "year"),
    IntervalClaim("It was {year} when the town last saw {a_noun}.", "year"),
    IntervalClaim("{Event} was the first since {year}, when {a_noun} hit the area.", "year"),
    IntervalClaim("Residents last lived through {a_noun} in {year}, {who} said.", "year"),
    IntervalClaim("The {noun} was the town's first in {n}, {who} said.", "n"),
    IntervalClaim("The area's previous {noun} was {n} ago, in a very different era.", "n"),
    # round 3 (interval3) paraphrase stress
    IntervalClaim("In {n}, there had been no {noun} at the site, {who} said.", "n"),
    IntervalClaim("{Event}, described by {who} as the first since {year}, drew large crowds.", "year"),
    IntervalClaim("With {event}, a gap of {n} came to an end.", "n"),
    IntervalClaim("The previous one had come {n} before {event}, {who} noted.", "n"),
    IntervalClaim("Fully {n} had gone by since the area's last {noun}, {who} said.", "n"),
    IntervalClaim("It was the first time in {n}, {who} said, that residents had faced {a_noun}.", "n"),
    IntervalClaim("No {noun} of the kind had been seen in the city since {year}, {who} said.", "year"),
    IntervalClaim("In {year}, the previous {noun} {happened}; {who} said this one was larger.", "year"),
    IntervalClaim("{Who} compared it with the previous {noun}, which {happened} in {year}.", "year"),
    # round 5 (interval5): the previous instance in a passive "last hit by", a cleft, an
    # interposed attribution, a possessive "previous"
    IntervalClaim("The county was last hit by {a_noun} in {year}, {who} said.", "year"),
    IntervalClaim("It was in {year} that the county last had {a_noun}.", "year"),
    IntervalClaim("The last {noun} in the county, {who} said, was in {year}.", "year"),
    IntervalClaim("{Who} said the county's previous {noun} {happened} in {year}.", "year"),
    # round 6 (interval6): "the last time" after a semicolon, "the last time CLAUSE was"
    IntervalClaim("Rarely has the town seen {a_noun}; the last time was in {year}.", "year"),
    IntervalClaim("{Who} said the last time the town saw {a_noun} was in {year}.", "year"),
    # round 7 (interval7): "last" on a reporting verb's clause, "had last seen"
    IntervalClaim("{Who} said the county last recorded {a_noun} in {year}.", "year"),
    IntervalClaim("The county had last seen {a_noun} in {year}, {who} recalled.", "year"),
)


def _double(word: str, rng: random.Random) -> str | None:
    """Double an inner consonant: California -> Callifornia."""
    idx = [i for i in range(1, len(word) - 1) if word[i] not in "aeiouy" and word[i] != word[i + 1]]
    if not idx:
        return None
    i = rng.choice(idx)
    return word[: i + 1] + word[i] + word[i + 1 :]


def _transpose(word: str, rng: random.Random) -> str | None:
    """Swap two inner neighbours: Wilson -> Wlison."""
    idx = [i for i in range(1, len(word) - 2) if word[i] != word[i + 1]]
    if not idx:
        return None
    i = rng.choice(idx)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _drop(word: str, rng: random.Random) -> str | None:
    """Drop an inner letter: Mississippi -> Missisippi, Kennedy -> Kenedy."""
    if len(word) < 6:
        return None
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]


SPELLING_SENTENCES = (
    "Supporters of the pro-{v} camp gathered outside.",
    "Anti-{v} slogans were later found on walls nearby.",
    "Questions about {v} dominated the briefing.",
    "Reporters asked about {v} several times.",
    "[place]Flights to and from {v} were briefly suspended.",
    "[place]The {v}-based group said it would appeal.",
    "[place]Residents of {v} were told to stay indoors.",
    "[place]Traffic in central {v} was heavy throughout the day.",
    "[nonplace]{v} declined to comment on Friday.",
    "[nonplace]{v}'s office did not respond to a request for comment.",
    "[nonplace]Lawyers for {v} said they would appeal.",
    "[nonplace]A spokesperson for {v} said more details would follow.",
)

NEGATIVES_DATE = (
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The next {noun} will take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.", "A second {noun} is planned {when}, {who} said.", "planned"
    ),
    NegativePair("{Event} {when} went ahead as planned.", "Another {noun} is expected {when}.", "planned"),
    NegativePair("{Event} {happened} {when}.", "A second {noun} followed {when}, {who} said.", "another"),
    NegativePair("{Event} {happened} {when}, {who} said.", "Another {noun} {happened} {when}.", "another"),
    NegativePair(
        "{Event} {when} drew wide attention.",
        "{Who} compared it with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "{Who} confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {when} lasted several hours.",
        "{Event} {happened} {when}, {who} said.",
        "compatible",
    ),
    NegativePair(
        "The local {noun} {happened} {when}.",
        "The national {noun} {happened} {when}, {who} said.",
        "another",
    ),
    # issue 10, date helper: a follow-up planned or conditional, the date of a statement
    # about the event, a warning before it, an earlier one, an unrelated one
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Plans for a follow-up {noun} {when} are being drawn up, {who} said.",
        "planned",
    ),
    NegativePair(
        "The {noun}, {who} said, {happened} {when}.",
        "{Who} warned that a fresh {noun} could come {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} drew wide attention.",
        "If talks fail, {who} said, a new {noun} would follow {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "{Who} said {when} that {event} was under investigation.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "{Who} had first warned of {a_noun} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "An earlier {noun} {happened} {when}, {who} recalled.",
        "another",
    ),
    NegativePair(
        "{Event} {when} caught many off guard.",
        "It was unrelated to the one that {happened} {when}, {who} added.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "Reporters who covered {event} {when} were later interviewed.",
        "compatible",
    ),
    # round 3, date helper: a repeat or conditional follow-up, the date of a statement or an
    # anniversary, an earlier one, a similar one elsewhere, a description at a compatible date
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A repeat {noun} is pencilled in {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "{Who} said the {noun} would be repeated {when} unless demands were met.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} was the talk of the region.",
        "{Who} are already preparing for a {noun} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "It was not the first {noun}: an earlier one {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "In a neighbouring district, a similar {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "{when}, {who} issued a statement about {event}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "{Who} marked the anniversary of {event} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "{Who} described {event} {when} as orderly.",
        "compatible",
    ),
    # round 4, date helper: a review or hearing about the event set for later, the date of
    # a resumption after it, the last such one, a conditional recurrence, a statement date
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} will hold a hearing on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "Work resumed {when}, weeks after {event}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The last such {noun} {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event} {when} caught many off guard.",
        "Should there be another {noun} {when}, {who} said, they would be ready.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "{Who} first commented on {event} {when}, in a short statement.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} expect a report on {event} to be published {when}.",
        "planned",
    ),
    # round 5, date helper: an inverted condition, a dated plan in a participle
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Had {event} come {when}, {who} said, far more people would have been caught up in it.",
        "another",
    ),
    NegativePair(
        "{Event} {when} drew wide attention.",
        "A second {noun}, scheduled {when}, will go ahead, {who} said.",
        "planned",
    ),
    # round 6, date helper: a commemoration's date, a publication's date
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} marked {event} with a minute's silence {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A report on {event}, published {when}, blamed poor planning.",
        "another",
    ),
    # round 7, mentions helper (ev7): the event's length is no second date
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Event} lasted for several hours, {who} said.",
        "compatible",
    ),
    # round 7, date helper: the date of a warning about the event, a year naming another one
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} had warned of {event} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Older residents still talk about {event} of {year}.",
        "another",
    ),
)
NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Reporters flew from {other} to {where} to cover {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} drew crowds.", "Some travelled from {other} to {where} for {event}.", "from_to"
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Among those caught up in {event} was a {other}-born engineer.",
        "origin",
    ),
    NegativePair(
        "{Event} in {where} was filmed by a tourist.",
        "The footage of {event} was shot by a photographer from {other}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Who} said {event} in {other} was under control.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Another {noun} {happened} in {other} last year, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} ended peacefully.",
        "A separate {noun} in {other} was called off, {who} said.",
        "another",
    ),
    # second batch (place helper): someone else's place in a sentence about the event
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A witness from {other} said {event} had been terrifying.",
        "origin",
    ),
    NegativePair(
        "{Event} in {where} was condemned abroad.",
        "{other}'s foreign ministry called {event} regrettable.",
        "affiliation",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Speaking in {other}, a government minister said {event} was being investigated.",
        "reporting",
    ),
    NegativePair(
        "{Event} in {where} surprised analysts.",
        "An analyst based in {other} said {event} could have lasting effects.",
        "affiliation",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Flights between {where} and {other} were cancelled after {event}.",
        "route",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Markets in {other} fell sharply after {event}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} in {where} ended late.",
        "After {event}, the delegation flew on to {other}.",
        "destination",
    ),
    NegativePair(
        "{Event} in {where} drew crowds.",
        "{Who} compared it with {a_noun} in {other} two years ago.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The {other} {noun}, {who} said, had passed off peacefully.",
        "contained",
    ),
    # round 3 (place3): a speaker's, a relative's or a charity's place, a destination, a
    # contrasted other instance, the place containing the event's
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Police in {other} said they were monitoring reaction to {event}.",
        "reporting",
    ),
    NegativePair(
        "{Event} in {where} drew crowds.",
        "Relatives in {other} followed news of {event} closely.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Travellers heading to {other} were stranded by {event}, {who} said.",
        "destination",
    ),
    NegativePair(
        "{Event} in {where} was widely criticised.",
        "A lawyer who flew in from {other} said {event} had been handled badly.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Unlike {event} in {where}, the one in {other} passed off quietly.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "A {other}-based charity sent aid after {event}, {who} said.",
        "affiliation",
    ),
    NegativePair(
        "{Event} in {where} was widely covered.",
        "{Event} was the worst to hit {other} in years, {who} said.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Supplies from {other} were flown to {where} after {event}.",
        "from_to",
    ),
    # round 4 (place4): where the event was watched or felt, who fled where, a destination
    # as an adjective phrase, a witness's origin as a noun modifier
    NegativePair(
        "{Event} in {where} drew crowds.", "Fans watched {event} on big screens in {other}.", "elsewhere"
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Hundreds of families fled {where} for {other} after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "Ships bound for {other} were held up by {event}.", "destination"
    ),
    NegativePair(
        "{Event} in {where} ended peacefully.",
        "{Event} was streamed live to audiences in {other}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A {other} native who saw {event} said it was terrifying.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "{Event} was felt across {other}, {who} said.", "contained"
    ),
    # round 5 (place5a): whom or what the event hit, and where they came from or were bound
    NegativePair(
        "{Event} {happened} in {where}, {who} said.", "{Event} injured a cyclist from {other}.", "origin"
    ),
    NegativePair(
        "{Event} in {where} drew crowds.", "{Event} blocked the highway leading to {other}.", "destination"
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "{Event} halted trains from {where} to {other}.", "from_to"
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Markets in {other} were rattled by {event}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} in {where} ended on Friday.",
        "{Event} disrupted deliveries from a warehouse owned by a firm in {other}.",
        "elsewhere",
    ),
    # round 5 (place5b): people, holdings and routes the event touched elsewhere, and a
    # where-clause about something else
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Commuters in {other} were delayed by {event}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}.", "Shares in {other} were hit by {event}, {who} said.", "elsewhere"
    ),
    NegativePair(
        "{Event} in {where} drew crowds.",
        "Reporters in {other}, where the agency is based, wrote about {event}.",
        "reporting",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Travellers in {other} affected by {event} were offered refunds.",
        "elsewhere",
    ),
    # round 6 (place6b): a where-clause about something else, a site owned by someone from
    # elsewhere, a compass phrase on someone's origin, things held elsewhere, a body elsewhere
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Fans flew home to {other}, where the club is based, after {event}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "{Event} {happened} at the home of a family from {other}, {who} said.",
        "origin",
    ),
    NegativePair(
        "{Event} in {where} drew crowds.",
        "A man from north of {other} was among those caught up in {event}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Records of {event} are held in an archive in {other}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "A tribunal in {other} will sit next month to hear claims arising from {event}.",
        "another",
    ),
    # round 6 (place6a): a place and the place that holds it, in either order
    NegativePair(
        "{Event} {happened} in {where}.", "{Event} in {other} was the worst in 50 years.", "contained"
    ),
    NegativePair(
        "{Event} struck {where} on Monday.",
        "Fire crews from across {other} attended {event} in {where}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Event} in {other} led to calls for an inquiry.",
        "contained",
    ),
    # round 7 (place7): the place of people who watched or heard of the event, of what it
    # caused, and of its origin
    NegativePair(
        "{Event} {happened} in {where}.",
        "Crowds watched {event} on screens at a bar in {other}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Relatives in {other} were told of {event} by phone.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Passengers caught up in {event} were later taken to hospital in {other}.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "{Who} said {event} had prompted protests in {other}.",
        "elsewhere",
    ),
)
NEGATIVES_INTERVAL = (
    NegativePair(
        "It was the first {noun} in the town in {n}, {who} said.",
        "The last one was in {year}.",
        "consistent",
    ),
    NegativePair(
        "{Event} was the first of its kind in {n}.",
        "{Who} said the previous {noun} took place in {year}.",
        "consistent",
    ),
    NegativePair(
        "It was the first {noun} there in {n}, {who} said.",
        "The region's last {other_noun} was in {year}.",
        "different",
    ),
    NegativePair(
        "{Event} was the first in {n}.",
        "It was also the first {other_noun} in the area since {year}.",
        "different",
    ),
    # hard negatives added for issue 10 (interval helper): the same previous instance said
    # two ways, and claims about another subject (a person, another place, another kind)
    NegativePair(
        "It had been {n} since the last {noun} in the county, {who} said.",
        "The previous one, in {year}, was much smaller.",
        "consistent",
    ),
    NegativePair(
        "{Event} broke a {n_num}-year lull.",
        "{Who} said the area had last seen {a_noun} in {year}.",
        "consistent",
    ),
    NegativePair(
        "{Event} was the first in the capital in {n}, {who} said.",
        "The northern province, by contrast, had not had {a_noun} since {year}.",
        "different",
    ),
    NegativePair(
        "{Event} was the first in the region in {n}.",
        "For veteran reporter Ana Ruiz, it was the first {noun} she had covered since {year}.",
        "different",
    ),
    NegativePair(
        "It was the first {noun} the town had seen in {n}, {who} said.",
        "A {other_noun} nearby, the first since {year}, followed weeks later.",
        "different",
    ),
    NegativePair(
        "{Who} said it was the first {noun} there in {n}.",
        "The mayor, who took office in {year}, called it the worst day of her tenure.",
        "different",
    ),
    NegativePair(
        "{Event} came {n} after the previous one, {who} said.",
        "Older residents still remember the {year} {noun} well.",
        "consistent",
    ),
    # round 3 (interval3): the same previous instance said two ways in new wording; a
    # person's own record, another place named, another kind, a magnitude ("the largest
    # since"), a tenure ("in the job since")
    NegativePair(
        "{Event} {happened} this week, ending a {n_num}-year wait, {who} said.",
        "Archives date the previous {noun} to {year}.",
        "consistent",
    ),
    NegativePair(
        '"It has been {n} since we last had {a_noun}," {who} said.',
        "The one before it, in {year}, lasted longer.",
        "consistent",
    ),
    NegativePair(
        "{Event} was the first in the town in {n}, {who} said.",
        "The mayor said it was her first {noun} in office since she was elected in {year}.",
        "different",
    ),
    NegativePair(
        "{Event} was the first in the north of the country in {n}.",
        "In the south, the last {noun} was in {year}, {who} said.",
        "different",
    ),
    NegativePair(
        "It was the first {noun} there in {n}, {who} said.",
        "There had been no {other_noun} in the area since {year}.",
        "different",
    ),
    NegativePair(
        "{Event} was the first in the region in {n}.",
        "It was also the largest since {year}, {who} said.",
        "different",
    ),
    NegativePair(
        "{Event} was the first there in {n}, {who} said.",
        "The police chief, in the job since {year}, said the response had been good.",
        "different",
    ),
    # round 3 (interval3) paraphrase stress
    NegativePair(
        "{Event} was, {who} said, the first in {n}.",
        "The {noun} before this one took place in {year}.",
        "consistent",
    ),
    NegativePair(
        "{Event} was the first in the town in {n}.",
        "In the east of the country, the previous {noun} was in {year}, {who} said.",
        "different",
    ),
    # round 5 (interval5): an instance dated at the previous one (no gap broken), an instance
    # in another county, a verb claim about something else than the kind
    NegativePair(
        "{Event} was the first in the county in {n}, {who} said.",
        "In {year}, {a_noun} {happened} in the county.",
        "consistent",
    ),
    NegativePair(
        "{Who} described {event} as the first in the county since {year}.",
        "The county was last hit by {a_noun} in {year}.",
        "consistent",
    ),
    NegativePair(
        "{Event} was the county's first in {n}.",
        "In {year}, {a_noun} {happened} in a different county, {who} said.",
        "different",
    ),
    NegativePair(
        "{Event} was the first in the county in {n}, {who} said.",
        "The county council last raised its taxes in {year}.",
        "different",
    ),
    # round 6 (interval6): a place described as far away is another series
    NegativePair(
        "It was the first {noun} in the town in {n}, {who} said.",
        "A remote province far to the north last saw {a_noun} in {year}.",
        "different",
    ),
    NegativePair(
        "The town was hit by {a_noun} on Monday for the first time in {n}.",
        "In a distant province, the last {noun} was in {year}, {who} said.",
        "different",
    ),
    # round 7 (interval7): a neighbouring place (the small model parses "neighbouring" as a
    # noun), a region named by a compass point as the object of the verb
    NegativePair(
        "This marks the first time in {n} that the county has seen {a_noun}, {who} said.",
        "{Who} recorded {a_noun} in a neighbouring county in {year}.",
        "different",
    ),
    NegativePair(
        "{Event} was the first recorded in the county in {n}, {who} said.",
        "In {year}, {a_noun} {happened} in a neighbouring county.",
        "different",
    ),
)
NEGATIVES_SPELLING = (
    NegativePair(
        "Shipments to {a} resumed this week.",
        "Officials in {b} said they were watching closely.",
        "distinct",
    ),
    NegativePair("The delegation from {a} arrived first.", "A team from {b} is due later.", "distinct"),
    NegativePair("Prices in {a} rose sharply.", "In {b}, by contrast, they fell.", "distinct"),
)


BANK = Bank(
    name="dev",
    kinds=KINDS,
    date_styles=(_day_month, _us_full, _part_of_month, _last_weekday, _year_only, _yesterday, _month),
    future_styles=(_future_day, _next_month, _next_year, _future_month),
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    interval_first=INTERVAL_FIRST,
    interval_second=INTERVAL_SECOND,
    spelling_edits=(_double, _transpose, _drop),
    spelling_sentences=SPELLING_SENTENCES,
    negatives_date=NEGATIVES_DATE,
    negatives_place=NEGATIVES_PLACE,
    negatives_interval=NEGATIVES_INTERVAL,
    negatives_spelling=NEGATIVES_SPELLING,
    place_pair_parity=0,
)
