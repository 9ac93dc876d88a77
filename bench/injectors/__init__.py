"""Defect injectors for the quality harness (`python -m bench.quality`).

An injector takes a real article and a seeded `random.Random`, plants one defect of its
code with varied wording, and says where it put it. A *negative* injector plants text
that must NOT produce a finding of its code (a hard negative: a planned event beside a
past one, a trip "from A to B", two real places with similar names); any new finding of
its code in the result is a false alarm.

Two kinds of modules register injectors:
- part-independent ones (`hygiene`) register at import with `@injector(code)`;
- the consistency injectors (`consistency`) are built from a template bank, and the bank
  depends on the corpus part: `dev` uses `bench.injectors.templates_dev`, `test` uses the
  held-out `bench.injectors.heldout.templates_test`, which is imported only for `test` and
  is never read while tuning a detector.

Nothing in this package imports from `analysis` or `core` (a test walks the imports).
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Injection:
    title: str
    body: str
    # where the defect is: (field, start, end) in the returned title/body. A finding of
    # the code that overlaps any of these counts as a hit; one that overlaps none is a
    # false positive. For a negative injection: where the hard negative was planted.
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    published_at: str | None = None
    # which template(s) made it, for the per-template miss listing
    label: str = ""
    # what the injector meant to put at each span (when it knows): a test checks that
    # body[start:end] is exactly that
    planted: list[str] = field(default_factory=list)


InjectFn = Callable[[dict, random.Random], Injection | None]


@dataclass(frozen=True)
class Injector:
    code: str
    fn: InjectFn
    negative: bool = False

    @property
    def name(self) -> str:
        return getattr(self.fn, "__name__", repr(self.fn))

    def __call__(self, article: dict, rng: random.Random) -> Injection | None:
        return self.fn(article, rng)


# part-independent injectors, registered at import by `@injector`
REGISTRY: dict[str, list[Injector]] = {}

# modules whose injectors do not depend on the part
PART_INDEPENDENT = ("bench.injectors.hygiene", "bench.injectors.generation")
# the template bank of each part
BANKS = {"dev": "bench.injectors.templates_dev", "test": "bench.injectors.heldout.templates_test"}


def injector(code: str, negative: bool = False) -> Callable[[InjectFn], InjectFn]:
    def register(fn: InjectFn) -> InjectFn:
        REGISTRY.setdefault(code, []).append(Injector(code, fn, negative))
        return fn

    return register


def load_all(part: str = "test", bank: str | None = None) -> dict[str, list[Injector]]:
    """Every injector (defects and hard negatives) by code, for one corpus part; `bank`
    (a module with a BANK) replaces the part's template bank, e.g. a fresh wording bank
    from `bench/probes/` measured on the dev articles."""
    if part not in BANKS:
        raise ValueError(f"part must be one of {sorted(BANKS)}, not {part!r}")
    for name in PART_INDEPENDENT:
        importlib.import_module(name)
    registry = {code: list(fns) for code, fns in REGISTRY.items()}
    from bench.injectors.consistency import build_injectors

    templates = importlib.import_module(bank or BANKS[part]).BANK
    for inj in build_injectors(templates):
        registry.setdefault(inj.code, []).append(inj)
    return registry
