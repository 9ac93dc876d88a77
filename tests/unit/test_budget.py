import time

import spacy

from analysis import extensions
from analysis.enrich.budget import Budgeted


def test_checks_past_the_budget_are_skipped_and_named():
    calls = []

    def slow(doc):
        calls.append("slow")
        time.sleep(0.05)
        return doc

    def later(doc):
        calls.append("later")
        return doc

    doc = spacy.blank("en")("Some text.")
    extensions.reset(doc)
    first, second = Budgeted("slow", slow, budget_s=0.01), Budgeted("later", later, budget_s=0.01)
    second(first(doc))
    assert calls == ["slow"]
    assert doc._.incomplete == ["later"]


def test_checks_within_the_budget_all_run():
    doc = spacy.blank("en")("Some text.")
    extensions.reset(doc)
    ran = []
    for name in ("a", "b", "c"):
        Budgeted(name, lambda d, n=name: ran.append(n) or d, budget_s=30)(doc)
    assert ran == ["a", "b", "c"] and doc._.incomplete == []


def test_checks_do_not_run_on_unsupported_languages():
    doc = spacy.blank("en")("Ein deutscher Text.")
    extensions.reset(doc)
    doc._.supported = False
    ran = []
    Budgeted("a", lambda d: ran.append("a") or d, budget_s=30)(doc)
    assert ran == [] and doc._.incomplete == []
