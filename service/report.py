"""The editor's desk: the view model and rendering of the article and batch report pages.

Pure functions of an analysis result (no request, no store), so the API's pages and the
offline `copydesk check --html` write the same HTML. Every finding code is rendered
generically: its family is the part of the code before the first dot.

The page uses no inline script or style attribute: the API serves `report.css` and
`report.js` from `service/static/` under a strict Content-Security-Policy; the offline page
embeds the same two files and allows exactly them by their SHA-256 in a CSP meta tag.
"""

from __future__ import annotations

import base64
import csv
import difflib
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITY_LABEL = {"error": "Error", "warning": "Warning", "info": "Note"}
VERDICT_ORDER = {"fail": 0, "review": 1, "pass": 2}
HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
ASSETS = ("report.css", "report.js")
CONFLICT_CODES = ("date.event_conflict",)
# what the served pages may load: their own CSS and JS, nothing inline, nothing from elsewhere
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
# every served page's headers: the CSP, no type sniffing, no referrer, no caching of article text
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}

_env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class _Layer:
    """Marks and anchors to place in one field's text."""

    marks: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, finding index
    anchors: list[tuple[int, str]] = field(default_factory=list)  # offset, element id


def family(code: str) -> str:
    return code.split(".", 1)[0]


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["field"] == b["field"] and a["start"] < b["end"] and b["start"] < a["end"]


def mark(text: str, layer: _Layer, severities: list[str]) -> Markup:
    """Escape `text`, insert the anchors and wrap every finding span in <mark>.

    Overlapping spans are cut into segments at every span boundary; a segment names every
    finding that covers it (`data-f`) and takes the class of the most severe one, so every
    finding's highlight exists however spans overlap.
    """
    cuts = {0, len(text)}
    for start, end, _ in layer.marks:
        cuts.update((start, end))
    for offset, _ in layer.anchors:
        cuts.add(offset)
    anchors: dict[int, list[str]] = {}
    for offset, ident in layer.anchors:
        anchors.setdefault(offset, []).append(ident)
    out: list[str] = []
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    for left, right in zip(points, points[1:] + [None], strict=True):
        out.extend(f'<span class="anchor" id="{ident}"></span>' for ident in anchors.get(left, ()))
        if right is None:
            break
        covering = sorted({i for start, end, i in layer.marks if start <= left and right <= end})
        chunk = str(escape(text[left:right]))
        if not covering:
            out.append(chunk)
            continue
        worst = min((severities[i] for i in covering), key=SEVERITY_ORDER.__getitem__)
        names = " ".join(str(i) for i in covering)
        label = ", ".join(f"finding {i + 1}" for i in covering)
        out.append(f'<mark class="hl {worst}" data-f="{names}" title="{label}">{chunk}</mark>')
    return Markup("".join(out))


_TOKEN = re.compile(r"\s+|[^\s]+")


def diff(before: str, after: str) -> Markup:
    """`after` against `before`, word by word: removed text in <del>, added text in <ins>."""
    a, b = _TOKEN.findall(before), _TOKEN.findall(after)
    out: list[str] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(str(escape("".join(a[i1:i2]))))
            continue
        if i2 > i1:
            out.append(f"<del>{escape(''.join(a[i1:i2]))}</del>")
        if j2 > j1:
            out.append(f"<ins>{escape(''.join(b[j1:j2]))}</ins>")
    return Markup("".join(out))


def _event(finding: dict[str, Any]) -> str | None:
    evidence = finding.get("evidence") or {}
    event = evidence.get("event")
    if isinstance(event, dict):
        event = event.get("name") or event.get("text") or event.get("id")
    return str(event) if event else None


def view(title: str, body: str, result: dict[str, Any]) -> dict[str, Any]:
    """Everything the article page shows, computed once."""
    layers = {"title": _Layer(), "body": _Layer()}
    findings = []
    for index, f in enumerate(result.get("findings", [])):
        spans = []
        for k, span in enumerate(f.get("spans", [])):
            ident = f"m{index}-{k}"
            layers[span["field"]].marks.append((span["start"], span["end"], index))
            layers[span["field"]].anchors.append((span["start"], ident))
            spans.append({**span, "id": ident})
        findings.append(
            {
                **f,
                "index": index,
                "family": family(f["code"]),
                "label": SEVERITY_LABEL.get(f["severity"], f["severity"]),
                "event": _event(f),
                "spans": spans,
            }
        )
    severities = [f["severity"] for f in findings]

    conflicts = [f for f in findings if f["code"] in CONFLICT_CODES]
    dates: dict[str, dict[str, Any]] = {}  # one stop of the strip per distinct value
    for j, entry in enumerate(result.get("timeline", [])):
        span = entry["span"]
        ident = f"t{j}"
        layers[span["field"]].anchors.append((span["start"], ident))
        hit = next((f for f in conflicts if any(_overlaps(span, s) for s in f["spans"])), None)
        value = str(entry.get("value") or entry["text"])
        stop = dates.setdefault(value, {"value": value, "mentions": [], "conflict": None, "events": []})
        stop["mentions"].append({**entry, "id": ident})
        if hit is not None and stop["conflict"] is None:
            stop["conflict"] = hit["index"]
        if entry.get("event") and entry["event"] not in stop["events"]:
            stop["events"].append(entry["event"])
    timeline = sorted(dates.values(), key=lambda stop: stop["value"])

    entities = []
    for n, entity in enumerate(sorted(result.get("entities", []), key=lambda e: -e.get("salience", 0))):
        mentions = []
        for k, span in enumerate(entity.get("mentions", [])):
            ident = f"e{n}-{k}"
            layers[span["field"]].anchors.append((span["start"], ident))
            mentions.append({**span, "id": ident})
        entities.append({**entity, "mentions": mentions})

    counts = {sev: severities.count(sev) for sev in SEVERITY_ORDER}
    families = sorted({f["family"] for f in findings})
    clean = result.get("clean_body")
    return {
        "result": result,
        "title": title,
        "title_html": mark(title, layers["title"], severities),
        "body_html": mark(body, layers["body"], severities),
        "findings": findings,
        "counts": counts,
        "families": [(name, sum(1 for f in findings if f["family"] == name)) for name in families],
        "timeline": timeline,
        "conflict_count": sum(1 for t in timeline if t["conflict"] is not None),
        "entities": entities,
        "diff_html": diff(body, clean) if clean is not None else None,
        "repaired": clean is not None and clean != body,
        "scores": {k: v for k, v in (result.get("scores") or {}).items() if isinstance(v, int | float)},
    }


def _asset(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def inline_assets() -> dict[str, Any]:
    """The CSS and JS to embed in a self-contained page, and the CSP that allows just them."""
    css, js = (_asset(name) for name in ASSETS)
    policy = (
        f"default-src 'none'; script-src {_sha256(js)}; style-src {_sha256(css)}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return {"css": Markup(css), "js": Markup(js), "csp": policy}


def render_article(
    title: str, body: str, result: dict[str, Any], *, static_url: str | None = "/static"
) -> str:
    """The article page; with `static_url=None` a self-contained file (assets inline)."""
    inline = inline_assets() if static_url is None else None
    return _env.get_template("report.html").render(
        **view(title, body, result), static_url=static_url, inline=inline
    )


def batch_view(batch_id: str, counts: dict[str, int], jobs: list[dict[str, Any]]) -> dict[str, Any]:
    """The batch page: progress, and the articles by verdict, then by error count."""
    rows = []
    for job in jobs:
        result = job.get("result") or {}
        findings = result.get("findings", [])
        per = {sev: sum(1 for f in findings if f["severity"] == sev) for sev in SEVERITY_ORDER}
        verdict = result.get("verdict")
        rows.append({"job": job, "verdict": verdict, "counts": per, "title": job.get("title") or ""})
    rank = {"failed": 3, "running": 4, "queued": 5}
    rows.sort(
        key=lambda r: (
            VERDICT_ORDER.get(r["verdict"], rank.get(r["job"]["status"], 6)),
            -r["counts"]["error"],
            -r["counts"]["warning"],
            r["job"].get("index", 0),
        )
    )
    total = sum(counts.values())
    ended = counts.get("succeeded", 0) + counts.get("failed", 0)
    return {
        "batch_id": batch_id,
        "counts": counts,
        "total": total,
        "ended": ended,
        "percent": round(100 * ended / total) if total else 100,
        "done": ended == total,
        "rows": rows,
    }


def render_batch(view_: dict[str, Any], *, static_url: str = "/static", refresh_s: int = 5) -> str:
    return _env.get_template("batch.html").render(**view_, static_url=static_url, refresh_s=refresh_s)


CSV_COLUMNS = (
    "job_id",
    "article_id",
    "status",
    "verdict",
    "code",
    "severity",
    "message",
    "suggestion",
    "field",
    "start",
    "end",
    "text",
)


def findings_csv(jobs: list[dict[str, Any]]) -> str:
    """One row per finding span (a finding without spans: one row), with its job and article."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for job in jobs:
        result = job.get("result") or {}
        base = [job["job_id"], job["article_id"], job["status"], result.get("verdict", "")]
        for f in result.get("findings", []):
            head = [f["code"], f["severity"], f["message"], f.get("suggestion") or ""]
            for span in f.get("spans") or [None]:
                where = [span["field"], span["start"], span["end"], span["text"]] if span else [""] * 4
                writer.writerow([_cell(v) for v in base + head + where])
    return out.getvalue()


def _cell(value: Any) -> Any:
    """Defuse spreadsheet formulas (CSV injection): text starting =, +, -, @ gets a leading quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
