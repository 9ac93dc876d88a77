"""The report pages' view model: highlights for every finding however spans overlap, escaping,
the repaired diff, the timeline's conflicts, the batch order, the CSV export and the offline
page's CSP (which must allow exactly the inline CSS and JS it carries)."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import re

from service.report import batch_view, diff, findings_csv, render_article, view


def span(field, start, end, text):
    return {"field": field, "start": start, "end": end, "text": text[start:end]}


def finding(code, severity, spans, **extra):
    return {"code": code, "severity": severity, "message": f"{code} here", "spans": spans, **extra}


def result(findings, **extra):
    return {
        "article_id": "art_x",
        "analyzer": {"version": "t", "model": "m"},
        "findings": findings,
        "timeline": [],
        "entities": [],
        "scores": {"integrity": 50},
        "verdict": "fail",
        **extra,
    }


def strip_tags(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def test_overlapping_spans_each_get_a_highlight_and_the_text_survives():
    body = "Alpha <b>beta</b> & gamma delta"
    findings = [
        finding("x.one", "warning", [span("body", 0, 16, body)]),
        finding("y.two", "error", [span("body", 6, 25, body)]),
        finding("z.three", "info", [span("body", 6, 10, body)]),  # inside both
    ]
    page = view("T", body, result(findings))
    html = str(page["body_html"])
    assert strip_tags(html) == body
    assert "<b>" not in html  # escaped
    marks = re.findall(r'<mark class="hl (\w+)" data-f="([\d ]+)"', html)
    covered = {int(i) for _, names in marks for i in names.split()}
    assert covered == {0, 1, 2}
    # the most severe finding on a segment gives it its class
    assert ("error", "0 1 2") in marks and ("warning", "0") in marks
    for n in range(3):
        assert f'id="m{n}-0"' in html


def test_unknown_codes_render_generically():
    body = "Some text with a new problem."
    page = view("T", body, result([finding("brandnew.kind", "warning", [span("body", 5, 9, body)])]))
    assert page["families"] == [("brandnew", 1)]
    html = render_article("T", body, page["result"])
    assert 'data-family="brandnew"' in html and "brandnew.kind" in html


def test_timeline_marks_dates_in_a_conflict_finding_once_per_value():
    body = "It was in May 2020. Or June 2021. The war of 1950 was earlier. May 2020 again."
    timeline = [
        {"text": t, "value": v, "granularity": "month", "event": e, "span": span("body", s, s + len(t), body)}
        for t, v, e, s in [
            ("May 2020", "2020-05", "visit", body.index("May 2020")),
            ("June 2021", "2021-06", "visit", body.index("June 2021")),
            ("1950", "1950", None, body.index("1950")),
            ("May 2020", "2020-05", "visit", body.rindex("May 2020")),
        ]
    ]
    conflict = finding("date.event_conflict", "error", [t["span"] for t in timeline if t["event"]])
    page = view("T", body, result([conflict], timeline=timeline))
    stops = {stop["value"]: stop for stop in page["timeline"]}
    assert [s["value"] for s in page["timeline"]] == ["1950", "2020-05", "2021-06"]
    assert stops["2020-05"]["conflict"] == 0 and stops["2021-06"]["conflict"] == 0
    assert stops["1950"]["conflict"] is None
    assert len(stops["2020-05"]["mentions"]) == 2 and page["conflict_count"] == 2


def test_diff_shows_removed_and_added_words():
    html = str(diff("The video\nvisit 199Since then <x>", "The visit 1991. Since then <x>"))
    assert "<del>video\n</del>" in html
    assert "<del>199Since</del><ins>1991. Since</ins>" in html
    assert "&lt;x&gt;" in html


def test_batch_orders_by_verdict_then_errors():
    def job(jid, status, verdict=None, errors=0):
        res = None
        if verdict:
            res = {"verdict": verdict, "findings": [{"severity": "error"}] * errors}
        return {"job_id": jid, "article_id": f"a{jid}", "status": status, "result": res}

    jobs = [
        job("1", "succeeded", "pass"),
        job("2", "succeeded", "fail", 1),
        job("3", "failed"),
        job("4", "succeeded", "fail", 3),
        job("5", "queued"),
        job("6", "succeeded", "review"),
    ]
    page = batch_view("bat_1", {"succeeded": 4, "failed": 1, "queued": 1}, jobs)
    assert [r["job"]["job_id"] for r in page["rows"]] == ["4", "2", "6", "1", "3", "5"]
    assert page["ended"] == 5 and page["total"] == 6 and not page["done"]


def test_csv_has_a_row_per_span_and_defuses_formulas():
    body = "=HYPERLINK(1) and more"
    res = result(
        [
            finding("x.a", "error", [span("body", 0, 13, body), span("body", 18, 22, body)]),
            finding("x.b", "info", []),
        ]
    )
    rows = list(
        csv.reader(
            io.StringIO(
                findings_csv([{"job_id": "j", "article_id": "a", "status": "succeeded", "result": res}])
            )
        )
    )
    assert rows[0][:5] == ["job_id", "article_id", "status", "verdict", "code"]
    assert len(rows) == 1 + 2 + 1
    assert rows[1][-1] == "'=HYPERLINK(1)" and rows[2][-1] == "more"
    assert rows[3][4] == "x.b" and rows[3][-1] == ""


def test_offline_page_csp_allows_exactly_its_inline_assets():
    body = "A body."
    html = render_article(
        "T", body, result([finding("x.a", "error", [span("body", 2, 6, body)])]), static_url=None
    )
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    csp = csp.replace("&#39;", "'")
    assert "unsafe-inline" not in csp and "'self'" not in csp
    for tag in ("style", "script"):
        content = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(content.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp, tag
    assert "/static/" not in html


def test_batch_page_refreshes_only_while_running():
    from service.report import render_batch

    jobs = [{"job_id": "j1", "article_id": "a1", "status": "queued", "result": None}]
    running = render_batch(batch_view("bat_1", {"queued": 1}, jobs))
    assert '<meta http-equiv="refresh" content="5">' in running
    jobs[0].update(status="succeeded", result={"verdict": "pass", "findings": []})
    done = render_batch(batch_view("bat_1", {"succeeded": 1}, jobs))
    assert "refresh" not in done and "../../articles/a1/report" in done


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_text_colours_pass_wcag_aa():
    from service.report import STATIC

    css = (STATIC / "report.css").read_text()
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    colours["white"] = "#ffffff"
    pairs = [
        ("ink", "paper"),
        ("ink", "panel"),
        ("muted", "paper"),
        ("muted", "panel"),
        ("focus", "paper"),
        ("focus", "panel"),
        ("ink", "error-bg"),  # highlighted text
        ("ink", "warning-bg"),
        ("ink", "info-bg"),
        ("ink", "flash"),
        ("error", "error-bg"),  # conflicting dates, removed text
        ("error", "paper"),
        ("warning", "paper"),
        ("pass", "paper"),
        ("white", "error"),  # severity badges
        ("white", "warning"),
        ("white", "info"),
    ]
    low = {f"{fg} on {bg}": round(contrast(colours[fg], colours[bg]), 2) for fg, bg in pairs}
    assert all(ratio >= 4.5 for ratio in low.values()), {k: v for k, v in low.items() if v < 4.5}
    assert contrast("#777777", "#ffffff") < 4.5  # the check itself can fail
