"""Every injector plants valid injections on real corpus articles, for both parts.

Valid: the spans lie inside the returned text and hold exactly what was planted; the
article's own paragraphs are kept; a planted place pair excludes each other; two planted
dates of one event exclude each other (and a planned one lies after publication); the
interval claims of a defect disagree by three years or more (agree in a consistent
negative); a misspelt name is a near miss of a name the article uses and is not in it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
import random
import re
from pathlib import Path

import pytest

from bench.injectors import Injection, load_all
from bench.injectors.consistency import NUMBER_WORDS, conflicting_dates, place_index, render_date
from bench.injectors.heldout.templates_test import BANK as HELDOUT
from bench.injectors.templates_dev import BANK as DEV
from bench.split import select

NEWS = Path(__file__).resolve().parents[2] / "tests" / "data" / "news"
CONSISTENCY = (
    "date.event_conflict",
    "place.event_conflict",
    "date.interval_conflict",
    "entity.spelling_variant",
)


@functools.cache
def articles(part: str, n: int = 5) -> tuple[dict, ...]:
    """The part's first `n` articles, read once (each injector plants in copies of them: reading
    the corpus again per injector was most of the suite's 90 s over the banks)."""
    news = [json.loads(p.read_text()) for p in sorted(NEWS.glob("*.json"))]
    return tuple(select(news, part)[:n])


def injections(part: str, per_article: int = 3, bank: str | None = None):
    out = []
    rng = random.Random(7)
    for code, injectors in sorted(load_all(part, bank).items()):
        for inj in injectors:
            made = 0
            for a in articles(part):
                for _ in range(per_article):
                    result = inj(dict(a), random.Random(rng.random()))
                    if result is not None:
                        out.append((code, inj, a, result))
                        made += 1
            assert made, f"{inj.name} ({code}) planted nothing in {part} articles"
    return out


def text_of(inj: Injection, fld: str) -> str:
    return inj.title if fld == "title" else inj.body


# the fresh wording banks of bench/probes, planted in dev articles like the dev bank
PROBE_BANKS = sorted(
    f"bench.probes.{p.stem}" for p in (NEWS.parents[2] / "bench" / "probes").glob("*_bank.py")
)


@pytest.fixture(scope="module", params=["dev", "test", *PROBE_BANKS])
def planted(request):
    if request.param.startswith("bench.probes."):
        return "dev", injections("dev", bank=request.param)
    return request.param, injections(request.param)


def test_a_bank_module_replaces_the_parts_bank():
    names = {
        inj.name.split(".")[0]
        for injs in load_all("dev", "bench.injectors.heldout.templates_test").values()
        for inj in injs
        if "." in inj.name
    }
    assert HELDOUT.name in names and DEV.name not in names


def test_spans_hold_what_was_planted(planted):
    part, made = planted
    for code, inj, _a, result in made:
        assert result.spans, (code, inj.name)
        for fld, start, end in result.spans:
            assert 0 <= start < end <= len(text_of(result, fld)), (code, result.label)
        if result.planted:
            texts = [text_of(result, fld)[s:e] for fld, s, e in result.spans]
            assert texts == result.planted, (code, result.label)
        if code in CONSISTENCY:
            assert result.planted, (code, inj.name)  # every consistency injector says what it put


def test_the_article_is_kept(planted):
    _, made = planted
    for code, _inj, a, result in made:
        if code in CONSISTENCY and not result.label.startswith("in place"):
            assert result.title == a["title"]
            for paragraph in a["body"].split("\n\n"):
                assert paragraph.strip() in result.body, (code, result.label)


def test_place_pairs_exclude_each_other(planted):
    _, made = planted
    index = place_index()
    for code, inj, _a, result in made:
        if code != "place.event_conflict":
            continue
        places = [index[t] for t in result.planted]
        if not inj.negative:
            assert len(places) == 2 and places[0].country != places[1].country, result.planted
        elif result.label.startswith("contained"):
            assert places[0].country == places[-1].country, result.planted


def _implied_year(sentence: str, published: int) -> int | None:
    if m := re.search(r"\b(1[89]\d\d|20\d\d)\b", sentence):
        return int(m.group(1))
    words = {w: n for n, w in NUMBER_WORDS.items()}
    if m := re.search(r"\b(\d+|[a-z]+(?:-[a-z]+)?)[ -]years?\b", sentence, re.IGNORECASE):
        n = int(m.group(1)) if m.group(1).isdigit() else words.get(m.group(1).lower())
        return None if n is None else published - n
    return None


def test_interval_claims_disagree_or_agree_as_meant(planted):
    _, made = planted
    checked = 0
    for code, inj, a, result in made:
        if code != "date.interval_conflict":
            continue
        year = int(a["published_at"][:4])
        first, second = (_implied_year(t, year) for t in result.planted)
        if inj.negative and result.label.startswith("consistent"):
            assert first == second, result.planted
        elif not inj.negative and "more than" not in result.planted[0]:
            assert first is not None and second is not None, result.planted
            assert abs(first - second) >= 3, result.planted
        checked += 1
    assert checked


def test_misspellings_are_near_misses_of_a_name_in_the_article(planted):
    _, made = planted
    for code, inj, a, result in made:
        if code != "entity.spelling_variant" or inj.negative:
            continue
        (variant,) = result.planted
        original = a["title"] + "\n" + a["body"]
        assert not re.search(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", original), variant
        names = set(re.findall(r"[A-Z][a-z]{4,}", original))
        best = max(difflib.SequenceMatcher(None, variant, n).ratio() for n in names)
        assert best >= 0.75, variant


@pytest.mark.parametrize("bank", [DEV, HELDOUT], ids=lambda b: b.name)
def test_conflicting_dates_exclude_each_other_and_are_past(bank):
    rng = random.Random(3)
    for _ in range(300):
        pub = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 1500))
        pair = conflicting_dates(bank, pub, rng)
        assert pair is not None
        a, b = pair
        assert a.hi < pub and b.hi < pub
        assert a.hi < b.lo or b.hi < a.lo
        for m in (a, b):
            assert m.text in m.phrase and m.lo <= m.hi


@pytest.mark.parametrize("bank", [DEV, HELDOUT], ids=lambda b: b.name)
def test_planned_dates_lie_after_publication(bank):
    rng = random.Random(5)
    for _ in range(200):
        pub = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 1500))
        m = render_date(bank.future_styles, pub + dt.timedelta(days=rng.randint(5, 280)), pub, rng)
        assert m is not None and m.lo > pub
