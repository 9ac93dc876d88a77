"""The wrapper every check runs in: only on analysable Docs, and within a time budget.

Checks run only on Docs whose language copydesk analyses (`doc._.supported`).

Each check is wrapped so that, once an article has spent its budget in the
checks, the remaining checks are skipped and named in `incomplete`: the result
still arrives with what the other checks found, instead of the whole job
timing out. A check that raises is a bug and is not hidden here: the job
retries and then fails with the reason.

`observe_checks(callback)` has `callback(check name, seconds)` called after every check run
(the worker feeds its per-check duration histogram from it; the analysis itself knows
nothing of metrics).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

_observers: list[Callable[[str, float], None]] = []


def observe_checks(callback: Callable[[str, float], None]) -> None:
    """Call `callback(check name, seconds)` after each check runs on an article (once per callback)."""
    if callback not in _observers:
        _observers.append(callback)


class Budgeted:
    def __init__(self, name: str, check, budget_s: float) -> None:
        self.name = name
        self.check = check
        self.budget_s = budget_s

    def __call__(self, doc: Doc) -> Doc:
        if not doc._.supported:
            return doc  # a language copydesk does not analyse: no check runs
        now = time.monotonic()
        if doc._.checks_deadline is None:
            doc._.checks_deadline = now + self.budget_s
        elif now > doc._.checks_deadline:
            doc._.incomplete.append(self.name)
            return doc
        if not _observers:
            return self.check(doc)
        doc = self.check(doc)
        spent = time.monotonic() - now
        for callback in _observers:
            callback(self.name, spent)
        return doc


@Language.factory("copydesk_budgeted", default_config={"check": "", "budget_s": 30.0})
def make_budgeted(nlp: Language, name: str, check: str, budget_s: float) -> Budgeted:
    return Budgeted(name, nlp.create_pipe(check, name=name), budget_s)
