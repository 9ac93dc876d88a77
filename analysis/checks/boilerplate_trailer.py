"""artifact.boilerplate_trailer: page furniture left in the article text.

"Advertisement", "Read more", "Share this article", cookie and newsletter prompts, a
lone "video" label or a photo credit standing alone ("Photo: Reuters", "(Getty
Images)") on a line of its own. The phrases are data, in
`data/boilerplate_trailer.json`: each pattern must match a whole body line, so the
same words inside a sentence are never flagged. Furniture is an `error` (it is never
article text); a standalone credit line is a `warning` (it may be a caption credit
the editor means to keep). Each line is matched once: linear in the body.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from analysis.findings import report_removable_line
from analysis.text import MAX_FINDINGS, lines

CODE = "artifact.boilerplate_trailer"
DATA = Path(__file__).resolve().parent / "data" / "boilerplate_trailer.json"
MAX_LINE = 240
# bullets, arrows and decoration around a furniture line
_TRIM = " \t•·*–—-|>»«›‹→←▶►▸❯✓✔+#…:"
_KINDS = {"furniture": "error", "credit": "warning"}


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return {kind: re.compile("|".join(f"(?:{p})" for p in data[kind]), re.IGNORECASE) for kind in _KINDS}


def classify(text: str) -> tuple[str, str] | None:
    """(kind, normalised text) when the whole line is page furniture, else None."""
    if len(text) > MAX_LINE:
        return None
    norm = " ".join(text.strip(_TRIM).split())
    if not norm:
        return None
    for kind, pattern in patterns().items():
        if pattern.fullmatch(norm) or pattern.fullmatch(norm.rstrip(".!")):
            return kind, norm
    return None


class BoilerplateTrailer:
    def __call__(self, doc: Doc) -> Doc:
        reported = 0
        for line in lines(doc):
            if reported >= MAX_FINDINGS:
                break
            found = classify(line.text)
            if found is None:
                continue
            kind, norm = found
            if kind == "credit":
                message = (
                    "A photo or agency credit stands alone in the text; remove it or move it to the caption."
                )
            else:
                message = "Page furniture left in the text (not part of the article); remove this line."
            report_removable_line(
                doc,
                line,
                code=CODE,
                severity=_KINDS[kind],
                message=message,
                evidence={"kind": kind, "line": norm},
            )
            reported += 1
        return doc


@Language.factory("copydesk_check_boilerplate_trailer")
def make_boilerplate_trailer(nlp: Language, name: str) -> BoilerplateTrailer:
    patterns()
    return BoilerplateTrailer()
