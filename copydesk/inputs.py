"""Read articles from files: `.txt` (first line is the title), `.json` ({title, body, ...})
and `.jsonl` (one article per line); folders are read recursively in name order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SUFFIXES = (".txt", ".json", ".jsonl")


class InputError(ValueError):
    pass


@dataclass
class Item:
    """One article read from a file; `key` names it for output and resume."""

    key: str
    article: dict[str, Any]


def _from_txt(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    if not title.strip():
        raise InputError(f"{path}: the first line (the title) is empty")
    return {"title": title.strip(), "body": body}


def _check(article: Any, where: str) -> dict[str, Any]:
    if (
        not isinstance(article, dict)
        or not isinstance(article.get("title"), str)
        or not isinstance(article.get("body"), str)
    ):
        raise InputError(f"{where}: expected an object with string 'title' and 'body'")
    return article


def read(path: Path) -> Iterator[Item]:
    path = Path(path)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file()):
            yield from read(child)
        return
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.suffix == ".txt":
        yield Item(str(path), _from_txt(path))
    elif path.suffix == ".json":
        try:
            article = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not valid JSON ({exc})") from None
        article = _check(article, str(path))
        yield Item(str(article.get("external_id") or article.get("id") or path), article)
    elif path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    article = _check(json.loads(line), where)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{where}: not valid JSON ({exc})") from None
                yield Item(str(article.get("external_id") or article.get("id") or where), article)
    else:
        raise InputError(f"{path}: unsupported file type (use .txt, .json or .jsonl)")


def read_all(paths: list[Path]) -> Iterator[Item]:
    for path in paths:
        yield from read(path)
