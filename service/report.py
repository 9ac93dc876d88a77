"""The editor's report: title and body with every finding's spans marked."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def mark(text: str, spans: list[tuple[int, int, str, int]]) -> Markup:
    """Escape `text` and wrap each (start, end, severity, finding index) span in <mark>.

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
            f'<mark class="{severity}" id="s{index}-{start}" title="finding {index + 1}">'
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
        "title_html": mark(title, spans["title"]),
        "body_html": mark(body, spans["body"]),
        "result": result,
        "counts": counts,
    }
