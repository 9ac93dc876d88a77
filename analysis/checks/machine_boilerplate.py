"""style.machine_boilerplate: stock phrasing typical of machine-generated filler.

The phrases are data (`data/machine_boilerplate.txt`, loaded once per process) and are
matched with spaCy's PhraseMatcher on LEMMA, so inflections match ("underscored the
importance", "serve as a reminder"), plus on NORM (lower case, ’ folded to ') for phrases whose
lemmas the tagger gets wrong out of context. Overlapping hits keep the longest.

Severity: one stock phrase is `info`, since news writers use them too. Hits that sit
in a *cluster* are `warning`: at least `CLUSTER_HITS` hits within `CLUSTER_SENTENCES`
consecutive sentences, or, over the whole body, at least `CLUSTER_HITS` hits and a
density of at least `DENSE_PER_1000` hits per 1,000 words. `scores.boilerplate_density`
is hits per 1,000 body words.
"""

from __future__ import annotations

import bisect
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from analysis.findings import Finding, report
from analysis.text import MAX_FINDINGS

CODE = "style.machine_boilerplate"
DATA = Path(__file__).resolve().parent / "data" / "machine_boilerplate.txt"
CLUSTER_HITS = 3
CLUSTER_SENTENCES = 6
DENSE_PER_1000 = 4.0


@cache
def phrases() -> tuple[str, ...]:
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and line not in out:
            out.append(line)
    return tuple(out)


class MachineBoilerplate:
    def __init__(self, nlp: Language) -> None:
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.norm = PhraseMatcher(nlp.vocab, attr="NORM")
        # the model's own components (not copydesk's) give the patterns their lemmas
        model_pipes = [(n, p) for n, p in nlp.pipeline if not n.startswith("copydesk_")]
        for text in phrases():
            doc = nlp.make_doc(text)
            self.norm.add(text, [doc])
            for _, proc in model_pipes:
                doc = proc(doc)
            self.lemma.add(text, [doc])

    def __call__(self, doc: Doc) -> Doc:
        body_start = doc._.article.body_start
        spans = [
            Span(doc, s, e, label=label)
            for matcher in (self.lemma, self.norm)
            for label, s, e in matcher(doc)
            if doc[s].idx >= body_start
        ]
        hits = sorted(filter_spans(spans), key=lambda s: s.start)
        words = max(doc._.stats.get("words", 0), 1)
        density = len(hits) * 1000.0 / words
        doc._.scores["boilerplate_density"] = round(density, 2)
        if not hits:
            return doc
        sentence_starts = [s.start for s in doc.sents]
        index = [bisect.bisect_right(sentence_starts, h.start) - 1 for h in hits]
        clustered = [False] * len(hits)
        if len(hits) >= CLUSTER_HITS and density >= DENSE_PER_1000:
            clustered = [True] * len(hits)
        else:
            # two pointers: hits j..i lie within CLUSTER_SENTENCES consecutive sentences
            j = 0
            for i in range(len(hits)):
                while index[i] - index[j] >= CLUSTER_SENTENCES:
                    j += 1
                if i - j + 1 >= CLUSTER_HITS:
                    for k in range(j, i + 1):
                        clustered[k] = True
        for hit, dense in list(zip(hits, clustered, strict=True))[:MAX_FINDINGS]:
            phrase = self.lemma.vocab.strings[hit.label]
            message = f"Stock phrase typical of generated filler: “{hit.text}”."
            if dense:
                message += " It is one of several in a short stretch: this passage reads like filler."
            else:
                message += " Consider saying it plainly or cutting it."
            report(
                doc,
                Finding(
                    code=CODE,
                    severity="warning" if dense else "info",
                    message=message,
                    spans=[(hit.start_char, hit.end_char)],
                    suggestion=None,
                    evidence={
                        "phrase": phrase,
                        "hits": len(hits),
                        "density_per_1000_words": round(density, 2),
                        "clustered": dense,
                    },
                ),
            )
        return doc


@Language.factory("copydesk_check_machine_boilerplate")
def make_machine_boilerplate(nlp: Language, name: str) -> MachineBoilerplate:
    return MachineBoilerplate(nlp)
