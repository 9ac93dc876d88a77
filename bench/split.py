"""The corpus split: tune on `dev`, report on `test`.

`tests/data/news/NNNN.json` is in the test part when NNNN is a multiple of 3 (50 articles),
in the dev part otherwise (100). Detectors are tuned only on dev articles and dev templates;
the README's quality table is measured on the test part.
"""

from __future__ import annotations

PARTS = ("dev", "test")


def part_of(article_id: str) -> str:
    """'dev' or 'test' for a corpus id such as '0042'."""
    return "test" if int(article_id) % 3 == 0 else "dev"


def select(articles: list[dict], part: str | None) -> list[dict]:
    """The articles of one part (None: all), by their `id`."""
    if part is None:
        return articles
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    return [a for a in articles if part_of(a["id"]) == part]
