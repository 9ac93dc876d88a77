"""The injectors are independent of the detectors they measure.

- No module under `bench/injectors/` or `bench/probes/` (fresh wording banks) imports
  `analysis` (or `core`), directly, relatively or inside a function (the AST is walked).
- The consistency injectors share no word list with `analysis/`: every string collection of
  the analysis package (module-level or not: sets, lists, tuples, dict keys, "a b c".split(),
  regex alternations) and every entry of its data files (json, txt, csv) is a list; the
  injectors' event nouns and event predicates may overlap any single one of them by less
  than half, and no template fragment of four words or more occurs anywhere in analysis/.
- The checks can fail: they flag a deliberately copied list and a copied template.
"""

from __future__ import annotations

import ast
import csv
import importlib
import json
import re
from pathlib import Path

import pytest

from bench.injectors.consistency import Bank
from bench.injectors.heldout.templates_test import BANK as HELDOUT
from bench.injectors.templates_dev import BANK as DEV

ROOT = Path(__file__).resolve().parents[2]
INJECTORS = ROOT / "bench" / "injectors"
PROBES = ROOT / "bench" / "probes"  # fresh wording banks written for development
ANALYSIS = ROOT / "analysis"
BANKS = (
    DEV,
    HELDOUT,
    *(importlib.import_module(f"bench.probes.{p.stem}").BANK for p in sorted(PROBES.glob("*_bank.py"))),
)


# ----------------------------------------------------------------------------- imports


def imported_modules(path: Path, package: str) -> set[str]:
    """Every module a file imports, relative imports resolved against its package."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            out.add(base)
            out.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module",
            "__import__",
        ):
            out.update(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return out


def forbidden_imports(root: Path, package: str) -> dict[str, set[str]]:
    bad = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).with_suffix("").parts
        pkg = ".".join([package, *rel[:-1]])
        found = {m for m in imported_modules(path, pkg) if m.split(".")[0] in ("analysis", "core")}
        if found:
            bad[str(path.relative_to(root))] = found
    return bad


def test_no_injector_module_imports_analysis_or_core():
    assert forbidden_imports(INJECTORS, "bench.injectors") == {}
    assert forbidden_imports(PROBES, "bench.probes") == {}


def test_the_import_check_catches_an_import(tmp_path):
    (tmp_path / "sneaky.py").write_text("def f():\n    from analysis.checks import event_conflict\n")
    (tmp_path / "sneaky2.py").write_text("import importlib\nimportlib.import_module('core.settings')\n")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "nested.py").write_text("from analysis import events\n")
    bad = forbidden_imports(tmp_path, "bench.injectors")
    assert set(bad) == {"sneaky.py", "sneaky2.py", "pkg/nested.py"}


# ----------------------------------------------------------------------------- word lists


def norm(word: str) -> str:
    word = word.strip().lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    return []


def lists_in_python(path: Path) -> dict[str, set[str]]:
    """Every string collection in a module, named path:line."""
    out: dict[str, set[str]] = {}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        items: list[str] = []
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            items = [s for e in node.elts for s in _strings(e)]
        elif isinstance(node, ast.Dict):
            items = [s for k in node.keys if k is not None for s in _strings(k)]
            values = [s for v in node.values for s in _strings(v)]
            if len(values) >= 3:
                out[f"{path.name}:{node.lineno}:values"] = {norm(v) for v in values}
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "split":
            target = node.func.value  # type: ignore[attr-defined]
            if isinstance(target, ast.Constant) and isinstance(target.value, str):
                items = target.value.split()
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
            items = [w for w in re.split(r"[^A-Za-z' -]+", node.value) if len(w) > 1]
        if len(items) >= 3:
            out[f"{path.name}:{getattr(node, 'lineno', 0)}"] = {norm(i) for i in items}
    return out


def _json_lists(value, name: str, out: dict[str, set[str]]) -> None:
    if isinstance(value, dict):
        if len(value) >= 3:
            out[f"{name}:keys"] = {norm(k) for k in value}
        for k, v in value.items():
            _json_lists(v, f"{name}.{k}", out)
    elif isinstance(value, list):
        strings = [v for v in value if isinstance(v, str)]
        if len(strings) >= 3:
            out[name] = {norm(s) for s in strings}
        for i, v in enumerate(value):
            _json_lists(v, f"{name}[{i}]", out)


def analysis_lists(root: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*")):
        if path.suffix == ".py":
            out.update(lists_in_python(path))
        elif path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            _json_lists(data, path.name, out)
            everything: list[str] = []
            _all_strings(data, everything)
            out[f"{path.name}:all"] = {norm(s) for s in everything}
        elif path.suffix == ".txt":
            lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
            out[path.name] = {norm(ln) for ln in lines}
            out[f"{path.name}:words"] = {norm(w) for ln in lines for w in ln.split()}
        elif path.suffix == ".csv":
            with path.open(encoding="utf-8") as f:
                out[path.name] = {norm(c) for row in csv.reader(f) for c in row}
    return {k: v for k, v in out.items() if len(v) >= 3}


def _all_strings(value, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        out.extend(value)
        for v in value.values():
            _all_strings(v, out)
    elif isinstance(value, list):
        for v in value:
            _all_strings(v, out)


def analysis_text(root: Path) -> str:
    """Every string literal and data-file text of analysis/, lower-cased, one blob."""
    parts = []
    for path in sorted(root.rglob("*")):
        if path.suffix == ".py":
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                parts.extend(_strings(node))
        elif path.suffix in (".json", ".txt", ".csv"):
            parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts).lower()


def event_nouns(banks: tuple[Bank, ...]) -> set[str]:
    return {norm(k.noun) for b in banks for k in b.kinds}


def event_predicates(banks: tuple[Bank, ...]) -> set[str]:
    return {norm(p) for b in banks for k in b.kinds for p in k.happened}


def copied(vocabulary: set[str], lists: dict[str, set[str]], limit: float = 0.5) -> dict[str, float]:
    """The lists that hold `limit` or more of the vocabulary."""
    out = {}
    for name, entries in lists.items():
        share = len(vocabulary & entries) / len(vocabulary)
        if share >= limit:
            out[name] = round(share, 2)
    return out


def template_fragments(banks: tuple[Bank, ...], words: int = 4) -> set[str]:
    """The fixed wording between the fields of every template, four words or longer."""
    out = set()
    for b in banks:
        for t in b.all_templates():
            for fragment in re.split(r"\{\w+\}|\[\w+\]", t):
                fragment = fragment.strip(" ,.;:—").lower()
                if len(fragment.split()) >= words:
                    out.add(fragment)
    return out


def copied_templates(fragments: set[str], text: str) -> set[str]:
    return {f for f in fragments if f in text}


@pytest.fixture(scope="module")
def lists() -> dict[str, set[str]]:
    return analysis_lists(ANALYSIS)


def test_analysis_has_lists_to_compare_with(lists):
    assert len(lists) >= 5  # the collector sees the package at all


@pytest.mark.parametrize("bank", BANKS, ids=lambda b: b.name)
def test_event_nouns_are_not_a_copy_of_an_analysis_list(lists, bank):
    assert copied(event_nouns((bank,)), lists) == {}


@pytest.mark.parametrize("bank", BANKS, ids=lambda b: b.name)
def test_event_predicates_are_not_a_copy_of_an_analysis_list(lists, bank):
    assert copied(event_predicates((bank,)), lists) == {}


def test_no_template_wording_occurs_in_analysis():
    fragments = template_fragments(BANKS)
    assert len(fragments) >= 50
    assert copied_templates(fragments, analysis_text(ANALYSIS)) == set()


def test_the_checks_flag_a_copied_list_and_template(tmp_path, lists):
    """A fake analysis package that copies the dev bank's nouns (as a module-level set,
    as a regex and in a json file) and one template; every copy is caught."""
    nouns = sorted(k.noun for k in DEV.kinds)
    half = nouns[: len(nouns) // 2 + 1]
    (tmp_path / "events.py").write_text(
        f"KINDS = frozenset({half!r})\nPATTERN = {'|'.join(nouns[::2] + nouns[1::4])!r}\n"
        f"NOTE = {'The ' + max(template_fragments((DEV,)), key=len) + ' today'!r}\n"
    )
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "kinds.json").write_text(
        json.dumps({"kinds": nouns[-(len(nouns) // 2 - 2) :] + nouns[:4]})
    )
    fake = analysis_lists(tmp_path)
    flagged = copied(event_nouns((DEV,)), fake)
    assert any(name.startswith("events.py") for name in flagged)
    assert len(flagged) >= 3  # the set, the regex, the json list
    fragments = template_fragments((DEV,))
    assert copied_templates(fragments, analysis_text(tmp_path))
    # and a real analysis list, copied into an injector vocabulary, is caught too
    name, entries = max(lists.items(), key=lambda kv: len(kv[1]))
    assert name in copied(set(sorted(entries)[: max(3, len(entries) // 2)]), lists)


# ----------------------------------------------------------------------------- the banks


@pytest.mark.parametrize("bank", BANKS, ids=lambda b: b.name)
def test_each_bank_has_ten_templates_per_side_per_code(bank):
    for side in (
        bank.date_first,
        bank.date_second,
        bank.place_first,
        bank.place_second,
        bank.interval_first,
        bank.interval_second,
        bank.spelling_sentences,
    ):
        assert len(set(side)) >= 10
    assert len(bank.spelling_edits) >= 3
    assert len(bank.kinds) >= 15
    for negatives in (
        bank.negatives_date,
        bank.negatives_place,
        bank.negatives_interval,
        bank.negatives_spelling,
    ):
        assert len(negatives) >= 3


def test_held_out_bank_shares_no_template_or_event_kind_with_dev():
    assert set(DEV.all_templates()).isdisjoint(HELDOUT.all_templates())
    assert event_nouns((DEV,)).isdisjoint(event_nouns((HELDOUT,)))
    assert {e.__name__ for e in DEV.spelling_edits}.isdisjoint(e.__name__ for e in HELDOUT.spelling_edits)
    assert {s.__name__ for s in DEV.date_styles}.isdisjoint(s.__name__ for s in HELDOUT.date_styles)
    assert DEV.place_pair_parity != HELDOUT.place_pair_parity


def test_no_development_bank_holds_a_held_out_template():
    """Every bank under bench/probes is development material: a template of the held-out bank
    in one of them would let tuning see test wording (round 12 found eleven, since reworded)."""
    held_out = set(HELDOUT.all_templates())
    for bank in BANKS[2:]:
        assert set(bank.all_templates()).isdisjoint(held_out), bank.name


def test_dev_never_loads_the_held_out_bank():
    import subprocess
    import sys

    code = (
        "import sys; from bench.injectors import load_all; load_all('dev');"
        "assert not [m for m in sys.modules if 'heldout' in m], 'held-out bank imported'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
