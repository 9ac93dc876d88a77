"""The editor's report: title and body with every finding's spans marked."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# The page shows a client's unpublished article: no script, no outside resource, no referrer,
# not cached, never sniffed as anything but HTML. Its only style is inline.
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def mark(text: str, spans: list[tuple[int, int, str, int]], field: str = "body") -> Markup:
    """Escape `text` and wrap each (start, end, severity, finding index) span in <mark>,
    with the id `s{finding index}-{field}-{start}` that the sidebar links to.

    Overlapping spans: the earlier one wins, the later is skipped in the text (it is
    still listed beside it).
    """
    out: list[str] = []
    cursor = 0
    for start, end, severity, index in sorted(spans):
        if start < cursor:
            continue
        out.append(str(escape(text[cursor:start])))
        out.append(
            f'<mark class="{severity}" id="s{index}-{field}-{start}" title="finding {index + 1}">'
            f'<a href="#f{index}">{escape(text[start:end])}</a></mark>'
        )
        cursor = end
    out.append(str(escape(text[cursor:])))
    return Markup("".join(out))


def render(title: str, body: str, result: dict[str, Any]) -> dict[str, Any]:
    spans: dict[str, list[tuple[int, int, str, int]]] = {"title": [], "body": []}
    for index, finding in enumerate(result["findings"]):
        for span in finding["spans"]:
            spans[span["field"]].append((span["start"], span["end"], finding["severity"], index))
    counts = {sev: sum(1 for f in result["findings"] if f["severity"] == sev) for sev in SEVERITY_ORDER}
    return {
        "title_html": mark(title, spans["title"], "title"),
        "body_html": mark(body, spans["body"], "body"),
        "result": result,
        "counts": counts,
    }
