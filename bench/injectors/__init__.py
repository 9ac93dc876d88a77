"""Defect injectors for the quality harness (`python -m bench.quality`).

An injector takes a real article and a seeded `random.Random`, plants one
defect of its code with varied wording, and says where it put it. Injector
modules register themselves in `REGISTRY` by code with `@injector(code)`;
`bench.quality` imports every module in this package.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Injection:
    title: str
    body: str
    # where the defect is: (field, start, end) in the returned title/body. A finding of
    # the code that overlaps any of these counts as a hit; one that overlaps none is a
    # false positive.
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    published_at: str | None = None


Injector = Callable[[dict, random.Random], Injection | None]
REGISTRY: dict[str, list[Injector]] = {}


def injector(code: str) -> Callable[[Injector], Injector]:
    def register(fn: Injector) -> Injector:
        REGISTRY.setdefault(code, []).append(fn)
        return fn

    return register


def load_all() -> dict[str, list[Injector]]:
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return REGISTRY
