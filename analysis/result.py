"""Turn an analysed Doc into the result document of `analysis-v1.md` (plain JSON)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import core
from analysis.article import Article
from analysis.findings import SEVERITY_RANK, Edit, Finding
from analysis.style import severity_overrides

API_VERSION = "v1"

# Integrity weights, per finding per 1,000 words: an error costs as much as
# ten pieces of filler prose. `scores.integrity` = 100 - weighted findings per
# 1,000 words (at least 1,000 words are assumed, so one finding in a short
# brief does not sink its score), floored at 0.
SEVERITY_WEIGHTS: dict[str, float] = {"error": 10.0, "warning": 3.0, "info": 1.0}


def model_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta['name']}-{nlp.meta['version']}"


def integrity(findings: list[dict[str, Any]], words: int) -> float:
    weighted = sum(SEVERITY_WEIGHTS[f["severity"]] for f in findings)
    per_thousand = weighted * 1000.0 / max(words, 1000)
    return round(max(0.0, 100.0 - per_thousand), 1)


def verdict(findings: list[dict[str, Any]]) -> str:
    severities = {f["severity"] for f in findings}
    if "error" in severities:
        return "fail"
    if "warning" in severities:
        return "review"
    return "pass"


def clean_body(article: Article, edits: list[Edit]) -> str:
    """The body with every non-overlapping edit applied (earliest first wins)."""
    body, offset = article.body, article.body_start
    out: list[str] = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, -e.end)):
        start, end = edit.start - offset, edit.end - offset
        if start < cursor or start < 0 or end > len(body):
            continue
        out.append(body[cursor:start])
        out.append(edit.replacement)
        cursor = end
    out.append(body[cursor:])
    return "".join(out)


def _finding(article: Article, f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "severity": f.severity,
        "message": f.message,
        "spans": [article.span(s, e) for s, e in sorted(f.spans)],
        "suggestion": f.suggestion,
        "evidence": f.evidence,
    }


def _public(item: dict[str, Any], **replace: Any) -> dict[str, Any]:
    """An enrichment entry as served: internal `_` keys dropped, Doc offsets replaced by SPANs."""
    return {**{k: v for k, v in item.items() if not k.startswith("_")}, **replace}


def apply_overrides(findings: list[dict[str, Any]], overrides: dict[str, str]) -> list[dict[str, Any]]:
    """The house style's severity rules: a code set to `off` is dropped, others get the new severity."""
    if not overrides:
        return findings
    out = []
    for f in findings:
        severity = overrides.get(f["code"])
        if severity == "off":
            continue
        out.append({**f, "severity": severity} if severity else f)
    return out


def _finding_order(f: dict[str, Any]) -> tuple:
    first = f["spans"][0] if f["spans"] else {"field": "", "start": -1}
    return (
        first["field"] != "title",
        first["start"],
        SEVERITY_RANK[f["severity"]],
        f["code"],
        f["message"],
    )


def build_result(nlp: Language, doc: Doc, families: tuple[str, ...] | None = None) -> dict[str, Any]:
    article: Article = doc._.article
    span = article.span
    findings = [_finding(article, f) for f in doc._.findings]
    if families is not None:
        findings = [f for f in findings if f["code"].split(".", 1)[0] in families]
    findings = apply_overrides(findings, severity_overrides(article.style))
    findings.sort(key=_finding_order)
    words = doc._.stats.get("words", 0)
    return {
        "api_version": API_VERSION,
        "article_id": article.article_id,
        "analyzer": {
            "version": core.__version__,
            "model": model_name(nlp),
            "checks": [name for name in nlp.pipe_names if name.startswith("copydesk_check_")],
        },
        "language": doc._.language,
        "stats": doc._.stats,
        "entities": [_public(e, mentions=[span(s, t) for s, t in e["mentions"]]) for e in doc._.entities],
        "timeline": [_public(t, span=span(*t["span"])) for t in doc._.timeline],
        "keyphrases": doc._.keyphrases,
        "summary": [span(s, e) for s, e in doc._.summary],
        "claims": [_public(c, span=span(*c["span"])) for c in doc._.claims],
        "findings": findings,
        "scores": {"integrity": integrity(findings, words), **doc._.scores},
        "verdict": verdict(findings),
        "clean_body": clean_body(article, doc._.edits),
        "incomplete": sorted(doc._.incomplete),
        "style": article.style.ref() if article.style is not None else None,
    }
