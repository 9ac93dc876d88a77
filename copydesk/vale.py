"""Read a Vale style (a folder of YAML rules) into copydesk house-style rules (`copydesk styles import`).

Vale's `existence`, `substitution`, `consistency` and `occurrence` rules carry over. Vale's
tokens are regular expressions; copydesk's are words and phrases (data, never code), so each
token is expanded into the literal phrases it stands for when it is simple enough: alternations
`a|b`, groups `(?:a|b)`, optional characters `colou?r`, small classes `[Kk]iev`, `\\b` and
escaped punctuation. A token that needs a real regular expression (`\\w+`, `.*`, repetition) is
left out and said so. Rule types copydesk cannot run (`script`: code; `spelling`: Hunspell
dictionaries; `sequence`, `capitalization`, `conditional`, `repetition`, `metric`, `readability`)
are skipped, each with the reason. Nothing here imports the analysis: the result is the rule
format of `core/styles.py`, validated by it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from core.styles import MAX_MESSAGE_CHARS, MAX_TOKEN_CHARS, RULE_ID, validate_rules

MAX_VARIANTS = 64  # literal phrases one Vale token may expand into

UNSUPPORTED: dict[str, str] = {
    "script": "runs Tengo code; copydesk rules are data, never code",
    "spelling": "needs Hunspell dictionaries; copydesk has its own spelling check "
    "(add local names with a `gazetteer` rule instead)",
    "sequence": "matches sequences of part-of-speech tags, which copydesk rules do not express",
    "capitalization": "checks the capitalisation style of headings, which copydesk rules do not express",
    "conditional": "needs one regular expression to be defined before another (e.g. acronyms)",
    "repetition": "finds repeated tokens, which copydesk rules do not express",
    "metric": "computes a formula over document statistics; copydesk reports readability in `stats`",
    "readability": "computes readability grades; copydesk reports readability in `stats`",
    "lexicon": "needs a word list file outside the style",
    "spelling-hunspell": "needs Hunspell dictionaries",
}
LEVELS = {"error": "error", "warning": "warning", "suggestion": "info", "info": "info"}
TITLE_SCOPES = ("heading", "title")
TEXT_SCOPES = ("text", "paragraph", "sentence", "list", "summary", "raw", "blockquote", "body", "markup")


@dataclass
class Imported:
    """What an import produced: the rules, the Vale rules left out (file, reason), and notes."""

    rules: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)


# --- regular expression -> literal phrases ---------------------------------------------------


def _split_top(pattern: str, sep: str = "|") -> list[str] | None:
    """`pattern` split at top-level `sep` (outside groups and classes), or None if unbalanced."""
    parts, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == sep and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth or cls:
        return None
    parts.append(pattern[start:])
    return parts


_ESCAPED_LITERAL = set(".-'’&/ ,:;!?\"()[]{}+*$^|#@%")


def _expand(pattern: str) -> list[str] | None:
    """The literal strings a regex without alternation at its top level matches, or None."""
    pieces: list[list[str]] = []  # a product of options
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        options: list[str] | None
        if ch == "(":
            depth, j = 0, i
            while j < len(pattern):
                if pattern[j] == "\\":
                    j += 2
                    continue
                depth += {"(": 1, ")": -1}.get(pattern[j], 0)
                if depth == 0:
                    break
                j += 1
            inner = pattern[i + 1 : j]
            if inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?"):
                return None  # lookarounds, flags, named groups
            options = literals(inner, bounded=False)
            i = j + 1
        elif ch == "[":
            j = pattern.find("]", i)
            inner = pattern[i + 1 : j] if j > 0 else ""
            if not inner or not all(c.isalnum() or c in " -'" for c in inner) or "-" in inner.strip("-"):
                return None  # ranges, negations and escapes need a real regex
            options = list(dict.fromkeys(inner))
            i = j + 1
        elif ch == "\\":
            nxt = pattern[i + 1 : i + 2]
            if nxt == "b":
                options = [""]
            elif nxt == "s":
                options = [" "]
            elif nxt in _ESCAPED_LITERAL:
                options = [nxt]
            else:
                return None  # \w, \d and the like
            i += 2
        elif ch in ".*+{}^$|)]":
            return None
        else:
            options = [ch]
            i += 1
        if options is None:
            return None
        if pattern[i : i + 1] == "?":
            options = [*options, ""]
            i += 1
        if pattern[i : i + 1] in ("*", "+", "{"):
            return None
        pieces.append(options)
        if len(pieces) > 1 and _count(pieces) > MAX_VARIANTS:
            return None
    return ["".join(p) for p in itertools.product(*pieces)]


def _count(pieces: list[list[str]]) -> int:
    total = 1
    for p in pieces:
        total *= len(p)
    return total


def literals(pattern: str, bounded: bool = True) -> list[str] | None:
    """The words or phrases a Vale token stands for, or None when it needs a real regex."""
    parts = _split_top(pattern.strip() if bounded else pattern)
    if parts is None:
        return None
    out: list[str] = []
    for part in parts:
        expanded = _expand(part)
        if expanded is None:
            return None
        out.extend(expanded)
    if bounded:
        out = [" ".join(s.split()) for s in out]
        out = [s for s in out if s]
        if not out or any(len(s) > MAX_TOKEN_CHARS for s in out):
            return None
    if len(out) > MAX_VARIANTS:
        return None
    return list(dict.fromkeys(out))


# --- rules ------------------------------------------------------------------------------------


def _rule_id(path: Path, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-._") or "rule"
    base = base[:90] if RULE_ID.match(base) else f"r-{base}"[:90]
    rid, n = base, 2
    while rid in taken:
        rid, n = f"{base}-{n}", n + 1
    taken.add(rid)
    return rid


def _scope(value: Any) -> str | None:
    scopes = value if isinstance(value, list) else [value or "text"]
    names = [str(s).split(".")[0].lstrip("~") for s in scopes]
    if any(str(s).startswith("~") for s in scopes):
        return None
    if all(n in TITLE_SCOPES for n in names):
        return "title"
    if all(n in TEXT_SCOPES for n in names):
        return "text"
    return None


def _tokens(name: str, raw: list[Any], out: Imported, ignorecase: bool) -> tuple[list[str], bool]:
    """The literal phrases of Vale tokens (dropping, with a note, those that need a regex)."""
    phrases: list[str] = []
    dropped: list[str] = []
    for token in raw:
        text = str(token)
        if text.startswith("(?i)"):
            ignorecase, text = True, text[4:]
        found = literals(text)
        if found is None:
            dropped.append(str(token))
        else:
            phrases.extend(found)
    if dropped:
        shown = ", ".join(repr(d) for d in dropped[:5]) + (" …" if len(dropped) > 5 else "")
        out.notes.append((name, f"left out {len(dropped)} token(s) that need a regular expression: {shown}"))
    return list(dict.fromkeys(phrases)), ignorecase


def convert_rule(path: Path, data: Any, out: Imported, taken: set[str]) -> None:
    name = path.name
    if not isinstance(data, dict):
        out.skipped.append((name, "not a YAML mapping (a Vale rule)"))
        return
    kind = str(data.get("extends", ""))
    if kind in UNSUPPORTED:
        out.skipped.append((name, f"`{kind}` {UNSUPPORTED[kind]}"))
        return
    if kind not in ("existence", "substitution", "consistency", "occurrence"):
        out.skipped.append((name, f"unknown Vale rule type {kind!r}"))
        return
    scope = _scope(data.get("scope"))
    if scope is None:
        out.skipped.append(
            (name, f"scope {data.get('scope')!r} has no equivalent (copydesk: text, title, body)")
        )
        return
    if data.get("raw"):
        out.skipped.append((name, "`raw` regular expressions cannot be expressed as words and phrases"))
        return
    if data.get("exceptions"):
        out.notes.append((name, "`exceptions` are not carried over"))
    if data.get("nonword"):
        out.notes.append((name, "`nonword`: copydesk matches whole tokens"))
    ignorecase = bool(data.get("ignorecase", False))
    rule: dict[str, Any] = {"id": "", "type": kind}
    if kind in ("existence", "occurrence"):
        raw = data.get("tokens") if kind == "existence" else [data.get("token")]
        tokens, ignorecase = _tokens(name, [t for t in raw or [] if t is not None], out, ignorecase)
        if not tokens:
            out.skipped.append((name, "no token is a word or phrase (they need regular expressions)"))
            return
        rule["tokens"] = tokens
        if kind == "occurrence":
            for bound in ("max", "min"):
                if data.get(bound) is not None:
                    rule[bound] = int(data[bound])
    else:
        key = "swap" if kind == "substitution" else "either"
        pairs: dict[str, str] = {}
        dropped = []
        for found, wanted in (data.get(key) or {}).items():
            found_text = str(found)
            if found_text.startswith("(?i)"):
                ignorecase, found_text = True, found_text[4:]
            sides = literals(found_text)
            wanted_text = str(wanted).split("|")[0].strip() if kind == "substitution" else str(wanted)
            others = [wanted_text] if kind == "substitution" else literals(wanted_text)
            if (
                sides is None
                or not others
                or (kind == "consistency" and (len(sides) != 1 or len(others) != 1))
            ):
                dropped.append(str(found))
                continue
            for side in sides:
                if side != others[0] and not (ignorecase and side.lower() == others[0].lower()):
                    pairs[side] = others[0]
        if dropped:
            out.notes.append((name, f"left out {len(dropped)} entr(y/ies) that need a regular expression"))
        if not pairs:
            out.skipped.append((name, f"no `{key}` entry is a word or phrase"))
            return
        rule[key] = pairs
    rule["id"] = _rule_id(path, taken)
    rule["severity"] = LEVELS.get(str(data.get("level", "warning")), "warning")
    rule["scope"] = scope
    rule["ignorecase"] = ignorecase
    if data.get("message"):
        rule["message"] = str(data["message"])[:MAX_MESSAGE_CHARS]
    out.rules.append(rule)


def import_vale(folder: Path) -> Imported:
    """Every `*.yml`/`*.yaml` rule of a Vale style folder, converted or skipped with a reason."""
    out = Imported()
    files = sorted(p for p in Path(folder).iterdir() if p.suffix in (".yml", ".yaml") and p.is_file())
    taken: set[str] = set()
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            out.skipped.append((path.name, f"not valid YAML: {str(exc).splitlines()[0]}"))
            continue
        convert_rule(path, data, out, taken)
    errors = validate_rules(out.rules)
    if errors:  # a rule the conversion got wrong: leave it out rather than send a bad pack
        bad = sorted({int(m.group(1)) for p in errors if (m := re.match(r"rules\[(\d+)\]", p))})
        for index in reversed(bad):
            rule = out.rules.pop(index)
            out.skipped.append((f"{rule['id']}.yml", "; ".join(f"{p}: {m}" for p, m in errors.items())))
    return out
