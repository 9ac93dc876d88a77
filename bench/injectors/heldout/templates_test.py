"""HELD-OUT template bank of the consistency injectors (`bench.quality --part test` only).

Do not read this module while tuning a detector. Its event kinds, sentence templates,
date phrasings, spelling edits and hard negatives differ from the dev bank
(`bench/injectors/templates_dev.py`); the fields are the same (see that module).
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
    ordinal,
    part_of_month,
    year_span,
    yearless_ok,
)

KINDS = (
    EventKind("walkout", ("began", "started", "was staged"), ("the union", "shop stewards")),
    EventKind("decree", ("was signed", "was issued", "took effect"), ("the presidency", "state media")),
    EventKind("ruling", ("was issued", "came", "was handed down"), ("the court", "legal observers")),
    EventKind("crash", ("happened", "occurred"), ("police", "the transport ministry", "rescuers")),
    EventKind("outbreak", ("began", "was confirmed", "was declared"), ("health officials", "the ministry")),
    EventKind("recall", ("was announced", "began"), ("the manufacturer", "the regulator")),
    EventKind("trial", ("opened", "began", "got under way"), ("court officials", "defence lawyers"), True),
    EventKind("fire", ("broke out", "started"), ("firefighters", "the fire service")),
    EventKind("blackout", ("began", "hit", "struck"), ("the grid operator", "the utility")),
    EventKind("collision", ("happened", "occurred"), ("the coastguard", "police")),
    EventKind("stampede", ("happened", "broke out"), ("organisers", "police")),
    EventKind("referendum", ("was held", "took place"), ("the electoral board", "officials"), True),
    EventKind("takeover", ("was completed", "was announced", "went through"), ("the bank", "the buyer")),
    EventKind("sentencing", ("took place", "came"), ("the prosecutor's office", "court staff")),
    EventKind("eruption", ("began", "started"), ("volcanologists", "civil protection officials")),
    EventKind("mudslide", ("struck", "hit", "happened"), ("civil defence", "villagers")),
    EventKind("riot", ("broke out", "erupted"), ("police", "prison officials")),
    EventKind("convention", ("was held", "opened", "took place"), ("party officials", "organisers"), True),
    EventKind("spill", ("happened", "occurred", "was detected"), ("the coastguard", "environment officials")),
    EventKind("cyberattack", ("happened", "began", "was detected"), ("the company", "security researchers")),
    EventKind("inauguration", ("took place", "was held"), ("the presidency", "protocol officials"), True),
)


# ----------------------------------------------------------------------------- date phrasings


def _day_month_year(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'on 12 May 2019'."""
    text = f"{target.day} {MONTHS[target.month - 1]} {target.year}"
    return DateMention(f"on {text}", text, target, target)


def _us_month_day(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'on May 12' (the nearest)."""
    if not yearless_ok(target, pub):
        return None
    text = f"{MONTHS[target.month - 1]} {target.day}"
    return DateMention(f"on {text}", text, target, target)


def _ordinal(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'on the 12th of May' / 'on the 3rd of March 2018'."""
    text = f"the {ordinal(target.day)} of {MONTHS[target.month - 1]}"
    if not yearless_ok(target, pub):
        text += f" {target.year}"
    return DateMention(f"on {text}", text, target, target)


def _weekday_date(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'on Tuesday, May 12' (the nearest)."""
    if not yearless_ok(target, pub):
        return None
    text = f"{WEEKDAYS[target.weekday()]}, {MONTHS[target.month - 1]} {target.day}"
    return DateMention(f"on {text}", text, target, target)


def _weekday(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'on Sunday' (in the six days before publication)."""
    if not 1 <= (pub - target).days <= 6:
        return None
    text = WEEKDAYS[target.weekday()]
    return DateMention(f"on {text}", text, target, target)


def _month_edge(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'at the end of June' / 'at the start of March 2018'."""
    part, lo, hi = part_of_month(target)
    if part == "mid" or lo <= pub <= hi:
        return None
    text = f"the {'start' if part == 'early' else 'end'} of {MONTHS[target.month - 1]}"
    if not yearless_ok(target, pub):
        text += f" {target.year}"
    return DateMention(f"at {text}", text, lo, hi)


def _earlier_this_month(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    if (target.year, target.month) != (pub.year, pub.month) or pub.day < 8 or target >= pub:
        return None
    return DateMention(
        "earlier this month", "earlier this month", pub.replace(day=1), pub - dt.timedelta(days=1)
    )


def _last_month(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    prev = pub.replace(day=1) - dt.timedelta(days=1)
    if (target.year, target.month) != (prev.year, prev.month):
        return None
    lo, hi = month_span(prev)
    return DateMention("last month", "last month", lo, hi)


def _last_year(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    if target.year != pub.year - 1:
        return None
    lo, hi = year_span(target.year)
    return DateMention("last year", "last year", lo, hi)


def _part_of_year(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'in late 2018' (September to December) / 'in early 2017' (January to April)."""
    if target.year >= pub.year or 5 <= target.month <= 8:
        return None
    part = "early" if target.month <= 4 else "late"
    lo = dt.date(target.year, 1 if part == "early" else 9, 1)
    hi = month_end(target.year, 4 if part == "early" else 12)
    text = f"{part} {target.year}"
    return DateMention(f"in {text}", text, lo, hi)


def _future_us(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'on June 3' (ahead)."""
    if target <= pub or not yearless_ok(target, pub):
        return None
    text = f"{MONTHS[target.month - 1]} {target.day}"
    return DateMention(f"on {text}", text, target, target)


def _later_this_year(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    if target.year != pub.year or target <= pub or pub.month >= 10:
        return None
    return DateMention(
        "later this year", "later this year", pub + dt.timedelta(days=1), dt.date(pub.year, 12, 31)
    )


def _early_next_year(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    if target.year != pub.year + 1 or target.month > 4:
        return None
    return DateMention(
        "early next year", "early next year", dt.date(target.year, 1, 1), dt.date(target.year, 4, 30)
    )


def _future_ordinal(target: dt.date, pub: dt.date, rng: random.Random) -> DateMention | None:
    """'on the 3rd of June' (ahead)."""
    if target <= pub or not yearless_ok(target, pub):
        return None
    text = f"the {ordinal(target.day)} of {MONTHS[target.month - 1]}"
    return DateMention(f"on {text}", text, target, target)


# ----------------------------------------------------------------------------- templates

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said in a statement.",
    "{Event} {happened} {when}, a spokesperson for {who} said.",
    "{when}, {event} {happened} shortly before noon.",
    "Statements from {who} show {event} {happened} {when}.",
    "{Event} {happened} {when} amid heavy rain.",
    "{Who} say {event} {happened} {when}.",
    "{Event}, which {who} said {happened} {when}, was the largest in years.",
    "{Event} {when} forced the closure of several roads.",
    "Ever since {event} {when}, residents have demanded answers.",
    "{Event} {happened} {when} — a fact {who} have not disputed.",
    "As {who} put it, {event} {happened} {when} with little warning.",
    "{Event} {happened} {when}; {who} gave no further details.",
)
DATE_SECOND = (
    "By some accounts, {event} {happened} {when}.",
    "{Event} actually {happened} {when}, {who} later clarified.",
    "Local newspapers reported that {event} {happened} {when}.",
    "{Who} have since said {event} {happened} {when}.",
    "A timeline released by {who} puts {event} {when}.",
    "{Event} {when} was later the subject of a parliamentary question.",
    "Earlier coverage placed {event} {when}.",
    "{Event} {happened} {when}, the local broadcaster reported.",
    "Eyewitness accounts of {event} {when} differ on several points.",
    "{Event} took many by surprise {when}, {who} said.",
    "Insurance claims filed after {event} {when} are still being processed.",
    "{Who} noted that {event} {happened} {when}, not earlier.",
)
PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said in a statement.",
    "{Event} {happened} a few kilometres from {where}.",
    "{Who} said {event} {happened} at a site in {where}.",
    "{Event} was {held} in {where} under tight security.",
    "{where} was the scene of {event}, {who} said.",
    "{Event}, which {happened} in {where}, made headlines.",
    "Television pictures showed the aftermath of {event} in {where}.",
    "{Event} {happened} in the {where} area, according to {who}.",
    "{Event} in {where} prompted an emergency meeting.",
    "{where}, where {event} {happened}, remains on high alert.",
    "{Event} {happened} in the heart of {where}.",
    "{Event} {happened} at a location in {where}, {who} said.",
)
PLACE_SECOND = (
    "{Event} {happened} in {where}, the broadcaster reported.",
    "Eyewitnesses in {where} described {event} to reporters.",
    "{Who} said {event} had been {held} in {where}.",
    "The scene of {event}, in {where}, was cordoned off.",
    "{Event} in {where} was the worst in memory, {who} said.",
    "{where} hosted {event}, {who} said.",
    "After {event} in {where}, {who} called for calm.",
    "{Event} took place in {where}, {who} stressed.",
    "Images from {where} showed the aftermath of {event}.",
    "{Event} {happened} in {where}, a local official confirmed.",
    "Investigators travelled to {where}, the site of {event}.",
    "In {where}, {event} {happened} without warning, {who} said.",
)
INTERVAL_FIRST = (
    IntervalClaim("It was the first {noun} of its kind in {n}, {who} said.", "n"),
    IntervalClaim("{Who} said {event} was the first there for {n}.", "n"),
    IntervalClaim("{Event} marked the first time since {year} that {a_noun} had happened there.", "year"),
    IntervalClaim("Not for {n} had there been {a_noun} on this scale, {who} said.", "n"),
    IntervalClaim("The previous {noun} there dates back to {year}.", "year"),
    IntervalClaim("{Event} was the area's first in {n}.", "n"),
    IntervalClaim("It ended a run of {n} without {a_noun}, {who} said.", "n"),
    IntervalClaim("{Event} followed a gap of {n}, {who} said.", "n"),
    IntervalClaim("{Who} said there had been no {noun} there for more than {n}.", "more_n"),
    IntervalClaim("Residents said they had not seen {a_noun} since {year}.", "year"),
    IntervalClaim("{Event} was the first since {year}, {who} said.", "year"),
    IntervalClaim("It was, {who} said, the first {noun} in almost {n}.", "n"),
)
INTERVAL_SECOND = (
    IntervalClaim("The last {noun} there was back in {year}, {who} said.", "year"),
    IntervalClaim("{Who} said {a_noun} had last happened there in {year}.", "year"),
    IntervalClaim("It was the first {noun} there in {n}, according to local records.", "n"),
    IntervalClaim("{Event} was the first since {year}, officials noted.", "year"),
    IntervalClaim("The area had gone {n} without {a_noun}, {who} said.", "n"),
    IntervalClaim("{a_noun} last hit the area in {year}.", "year"),
    IntervalClaim("{Who} pointed out that the previous {noun} was in {year}.", "year"),
    IntervalClaim("{Event} was described as the first in {n}.", "n"),
    IntervalClaim("Archive records show the last {noun} there took place in {year}.", "year"),
    IntervalClaim("It was the first {noun} of the kind in {n}, {who} added.", "n"),
    IntervalClaim("Since {year}, no {noun} had been recorded there, {who} said.", "year"),
    IntervalClaim("The {noun} before this one was {n} ago.", "n"),
)

_SOUNDS = {"c": "k", "k": "c", "s": "z", "z": "s", "v": "w", "w": "v", "t": "d", "d": "t", "m": "n", "n": "m"}


def _vowel_swap(word: str, rng: random.Random) -> str | None:
    """Change an inner vowel: Beijing -> Baijing."""
    idx = [i for i in range(1, len(word)) if word[i] in "aeiou"]
    if not idx:
        return None
    i = rng.choice(idx)
    return word[:i] + rng.choice([v for v in "aeiou" if v != word[i]]) + word[i + 1 :]


def _i_to_y(word: str, rng: random.Random) -> str | None:
    """Write i as y or y as i: Indian -> Indyan, Kyiv -> Kiiv."""
    idx = [i for i in range(1, len(word)) if word[i] in "iy"]
    if not idx:
        return None
    i = rng.choice(idx)
    return word[:i] + ("y" if word[i] == "i" else "i") + word[i + 1 :]


def _sound_alike(word: str, rng: random.Random) -> str | None:
    """Swap a consonant for one that sounds alike: Moscow -> Moskow."""
    idx = [i for i in range(1, len(word)) if word[i] in _SOUNDS]
    if not idx:
        return None
    i = rng.choice(idx)
    return word[:i] + _SOUNDS[word[i]] + word[i + 1 :]


def _undouble(word: str, rng: random.Random) -> str | None:
    """Write a double letter once, or a letter pair twice: Philippines -> Philipines."""
    idx = [i for i in range(1, len(word) - 1) if word[i] == word[i + 1]]
    if idx:
        i = rng.choice(idx)
        return word[:i] + word[i + 1 :]
    if len(word) < 6:
        return None
    i = rng.randrange(1, len(word) - 2)
    return word[: i + 2] + word[i : i + 2] + word[i + 2 :] if rng.random() < 0.3 else None


SPELLING_SENTENCES = (
    "A pro-{v} newspaper ran the story on its front page.",
    "Critics of {v} were quick to respond.",
    "Mention of {v} drew applause from the crowd.",
    "[place]Greater {v} was hit hardest.",
    "[place]Air links with {v} were restored by evening.",
    "[place]A {v}-bound train was held at the border.",
    "[place]Hotels across {v} reported cancellations.",
    "[nonplace]{v}, speaking later, struck a more cautious tone.",
    "[nonplace]Aides to {v} called the report inaccurate.",
    "[nonplace]The {v} camp did not respond to emails.",
    "[nonplace]A statement issued on behalf of {v} gave few details.",
    "[nonplace]The {v}-led team will report back within weeks.",
)

NEGATIVES_DATE = (
    NegativePair(
        "{Event} {happened} {when}, {who} confirmed.",
        "{Who} said another {noun} is scheduled {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} passed off peacefully.",
        "Organisers hope to stage a follow-up {noun} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, reports said.",
        "If approved, a further {noun} would take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, it emerged.",
        "An earlier {noun} {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "Records show {event} {happened} {when}, {who} confirmed.",
        "It was worse than the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, local radio reported.",
        "{Event}, {who} said, {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {when} was widely reported.",
        "{Who} told reporters {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "The first {noun} {happened} {when}, {who} said.",
        "The second {noun} {happened} {when}.",
        "another",
    ),
)
NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}, reports said.",
        "Relatives drove from {other} to {where} after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} drew wide coverage.",
        "A convoy carrying aid left {other} for {where} after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} confirmed.",
        "A native of {other}, one witness spoke to reporters about {event}.",
        "origin",
    ),
    NegativePair(
        "{Event} in {where} was caught on camera.",
        "A {other}-born witness described {event} in detail.",
        "origin",
    ),
    NegativePair(
        "{Event} in {where} caused long delays.",
        "{Event} {happened} in {other}, {who} said.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, it emerged.",
        "A similar {noun} in {other} two years ago drew less attention.",
        "another",
    ),
    NegativePair(
        "The regional {noun} in {where} ended on schedule.",
        "The national {noun} in {other} is still going on, {who} said.",
        "another",
    ),
)
NEGATIVES_INTERVAL = (
    NegativePair(
        "It was the first {noun} in the district in {n}, {who} said.",
        "Records show the previous one was in {year}.",
        "consistent",
    ),
    NegativePair(
        "{Event} was the area's first in {n}.",
        "{Who} said the one before took place in {year}.",
        "consistent",
    ),
    NegativePair(
        "It was the first {noun} anywhere nearby in {n}, {who} said.",
        "The last {other_noun} there was in {year}, {who} said.",
        "different",
    ),
    NegativePair(
        "{Event} was the first of that size in {n}.",
        "Separately, it was the first {other_noun} there since {year}.",
        "different",
    ),
)
NEGATIVES_SPELLING = (
    NegativePair("Talks with {a} are expected to resume soon.", "Delegates from {b} left early.", "distinct"),
    NegativePair("Exports from {a} fell last year.", "{b} reported a small rise.", "distinct"),
    NegativePair(
        "Flights between {a} and {b} were unaffected.", "Both {a} and {b} issued advisories.", "distinct"
    ),
)

BANK = Bank(
    name="heldout",
    kinds=KINDS,
    date_styles=(
        _day_month_year,
        _us_month_day,
        _ordinal,
        _weekday_date,
        _weekday,
        _month_edge,
        _earlier_this_month,
        _last_month,
        _last_year,
        _part_of_year,
    ),
    future_styles=(_future_us, _later_this_year, _early_next_year, _future_ordinal),
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    interval_first=INTERVAL_FIRST,
    interval_second=INTERVAL_SECOND,
    spelling_edits=(_vowel_swap, _i_to_y, _sound_alike, _undouble),
    spelling_sentences=SPELLING_SENTENCES,
    negatives_date=NEGATIVES_DATE,
    negatives_place=NEGATIVES_PLACE,
    negatives_interval=NEGATIVES_INTERVAL,
    negatives_spelling=NEGATIVES_SPELLING,
    place_pair_parity=1,
)
