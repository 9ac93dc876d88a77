"""Shared fixtures: one spaCy pipeline per test session, the corpus copies, helpers."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from analysis.article import Article
from analysis.nlp import analyse, build_nlp
from core.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
NEWS_DIR = ROOT / "tests" / "data" / "news"
SEED = ROOT / "examples" / "pyongyang-visit.txt"


def load_news() -> list[dict[str, Any]]:
    return [json.loads(p.read_text()) for p in sorted(NEWS_DIR.glob("*.json"))]


def copydesk_side_by_side(
    *commands: Sequence[str], envs: Sequence[Mapping[str, str]] = (), text: bool = True, timeout: int = 300
) -> list[subprocess.CompletedProcess]:
    """Run `python -m copydesk.cli` commands at once, each with its `envs` entry added to the
    environment (each spends most of its time loading the model; CI has two cores)."""
    started = [
        subprocess.Popen(
            [sys.executable, "-m", "copydesk.cli", *args],
            env={**os.environ, **(envs[n] if n < len(envs) else {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=text,
        )
        for n, args in enumerate(commands)
    ]
    done = []
    for args, proc in zip(commands, started, strict=True):
        out, err = proc.communicate(timeout=timeout)
        done.append(subprocess.CompletedProcess([*args], proc.returncode, out, err))
    return done


def seed_article() -> Article:
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    return Article(title=title.strip(), body=body)


@pytest.fixture(scope="session")
def nlp():
    return build_nlp(Settings.from_env().spacy_model)


@pytest.fixture(scope="session")
def run(nlp):
    """run(title, body, published_at=None) -> the result document."""

    def _run(title: str, body: str, published_at: str | None = None) -> dict[str, Any]:
        when = dt.datetime.fromisoformat(published_at) if published_at else None
        return analyse(nlp, [Article(title=title, body=body, published_at=when)])[0]

    return _run


@pytest.fixture(scope="session")
def seed_result(nlp) -> dict[str, Any]:
    return analyse(nlp, [seed_article()])[0]


@pytest.fixture(scope="session")
def news_results(nlp) -> list[dict[str, Any]]:
    """Every untouched corpus article, analysed once per session."""
    articles = [
        Article(
            title=a["title"],
            body=a["body"],
            article_id=a["id"],
            published_at=dt.datetime.fromisoformat(a["published_at"]) if a.get("published_at") else None,
        )
        for a in load_news()
    ]
    return analyse(nlp, articles)


def findings(result: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return [f for f in result["findings"] if f["code"] == code]


def span_texts(found: list[dict[str, Any]]) -> set[str]:
    return {s["text"] for f in found for s in f["spans"]}


def assert_one_finding(result: dict[str, Any], code: str, texts: set[str]) -> None:
    """Exactly one finding of `code`, whose spans include `texts`."""
    found = findings(result, code)
    assert len(found) == 1, found
    assert texts <= span_texts(found)


def assert_spans_exact(result: dict[str, Any], title: str, body: str) -> None:
    fields = {"title": title, "body": body}

    def check(span: dict[str, Any]) -> None:
        assert fields[span["field"]][span["start"] : span["end"]] == span["text"], span

    for f in result["findings"]:
        for s in f["spans"]:
            check(s)
    for e in result["entities"]:
        for s in e["mentions"]:
            check(s)
    for t in result["timeline"]:
        check(t["span"])
    for c in result["claims"]:
        check(c["span"])
    for s in result["summary"]:
        check(s)
