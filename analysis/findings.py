"""Findings: what a check reports, in Doc offsets until the result is built."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from spacy.tokens import Doc

from analysis.text import Block, removal_range

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass
class Finding:
    code: str
    severity: Severity
    message: str
    spans: list[tuple[int, int]]
    suggestion: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass
class Edit:
    """A repair for `clean_body`: replace Doc text [start, end) with `replacement`."""

    start: int
    end: int
    replacement: str = ""


def report(doc: Doc, finding: Finding) -> None:
    doc._.findings.append(finding)


def propose_edit(doc: Doc, edit: Edit) -> None:
    doc._.edits.append(edit)


def report_removable_line(
    doc: Doc, line: Block, *, code: str, severity: Severity, message: str, evidence: dict[str, Any]
) -> None:
    """Report a body line that does not belong in the article, and remove it from `clean_body`."""
    report(doc, Finding(code, severity, message, [(line.start, line.end)], "", evidence))
    start, end = removal_range(doc, line.start, line.end)
    propose_edit(doc, Edit(start, end, ""))
