"""style.house: the client's own house-style rules (existence, substitution, consistency, occurrence).

The style arrives as plain data on `Article.style` (see `analysis/style.py`; no style: nothing to
do). Its words and phrases are compiled into spaCy PhraseMatchers, one per way of matching
(ORTH: exact text, LOWER: Vale's `ignorecase`, LEMMA: any inflection of a base form), once per
`(owner, style id, version)` per process and kept in a small cache. Matching is then one pass of
each matcher over the Doc: its cost grows with the article, not with the number of rules.
Matches are whole tokens, so "Kiev" never matches inside "Kievan". Rule patterns are data,
never code: no regular expression of a client ever runs.

Each finding's evidence names the style, its version, the rule id and type, and the matched text;
a substitution's also has the suggestion (capitalised like the match when the rule ignores case).
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from analysis.findings import Finding
from analysis.style import HouseStyle, ParsedStyle, Phrase, parsed
from analysis.text import MAX_FINDINGS, text_of
from core.styles import format_message

CODE = "style.house"
MATCHER_KEYS = {attr: f"copydesk_house_style_{attr}" for attr in ("ORTH", "LOWER", "LEMMA")}
CACHE_SIZE = 16
MESSAGES = {
    "existence": "House style: avoid '%s'.",
    "substitution": "House style: '%s', not '%s'.",
    "consistency": "House style: '%s' here but '%s' elsewhere; keep to one.",
    "occurrence_max": "House style: '%s' is used %s times; the most is %s.",
    "occurrence_min": "House style: '%s' is used %s times; the least is %s.",
}

Hit = tuple[int, int, str]  # Doc start, end, text


class CompiledStyle:
    """A parsed style's phrases in PhraseMatchers, and the phrases behind each matched token sequence.

    Each matcher has one key (a permanent string: a memory zone would drop a new one after the
    article, and one key per phrase would grow the StringStore with every style version). Which
    phrase matched is read from the Doc's token hashes (one `to_array` per article with matches),
    the same hashes the matcher compared.
    """

    def __init__(self, nlp: Language, style: ParsedStyle) -> None:
        self.style = style
        self.matchers: list[tuple[str, PhraseMatcher]] = []
        self.phrases: dict[tuple[str, tuple[int, ...]], list[Phrase]] = defaultdict(list)
        by_attr: dict[str, dict[str, list[Phrase]]] = defaultdict(lambda: defaultdict(list))
        for phrase in style.phrases:
            text = phrase.text if phrase.attr == "ORTH" else phrase.text.lower()
            by_attr[phrase.attr][text].append(phrase)
        for attr, groups in sorted(by_attr.items()):
            key = MATCHER_KEYS[attr]
            nlp.vocab.strings.add(key, allow_transient=False)
            matcher = PhraseMatcher(nlp.vocab, attr=attr)
            texts = list(groups)
            patterns = []
            for text, pattern in zip(texts, nlp.tokenizer.pipe(texts), strict=True):
                words = [t.text for t in pattern]
                if attr == "LEMMA":  # a lemma rule names base forms: the pattern's lemmas are its words
                    pattern = Doc(nlp.vocab, words=words, lemmas=words)
                # ORTH: the words as written; LOWER and LEMMA: lowercased above, as the Doc's are
                self.phrases[(attr, tuple(get_string_id(w) for w in words))].extend(groups[text])
                patterns.append(pattern)
            matcher.add(key, patterns)
            self.matchers.append((attr, matcher))
        self.columns = [attr for attr, _ in self.matchers]

    def hits(self, doc: Doc) -> list[tuple[Hit, Phrase]]:
        """Every (match, phrase) in the Doc, in text order."""
        found = [(i, attr, matcher(doc)) for i, (attr, matcher) in enumerate(self.matchers)]
        if not any(matches for _, _, matches in found):
            return []
        table = doc.to_array([*self.columns, "IDX", "LENGTH"])
        idx, length = len(self.columns), len(self.columns) + 1
        text = text_of(doc)
        out = []
        for column, attr, matches in found:
            for _, start, end in matches:
                phrases = self.phrases.get((attr, tuple(table[start:end, column].tolist())), ())
                if not phrases:
                    continue
                s, e = int(table[start, idx]), int(table[end - 1, idx] + table[end - 1, length])
                hit = (s, e, text[s:e])
                out.extend((hit, phrase) for phrase in phrases)
        out.sort(key=lambda item: (item[0][0], item[0][1], item[1].rule))
        return out


def _in_scope(scope: str, start: int, title_end: int) -> bool:
    if scope == "text":
        return True
    return (start < title_end) == (scope == "title")


def _cased(found: str, suggestion: str, ignorecase: bool) -> str:
    if ignorecase and found[:1].isupper() and suggestion[:1].islower():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


class HouseStyleCheck:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._compiled: OrderedDict[tuple[str, str, int], CompiledStyle] = OrderedDict()

    def compiled(self, style: HouseStyle) -> CompiledStyle:
        """The style's matchers, compiled on the first article of this version in this process."""
        found = self._compiled.get(style.key)
        if found is None:
            found = self._compiled[style.key] = CompiledStyle(self.nlp, parsed(style))
            while len(self._compiled) > CACHE_SIZE:
                self._compiled.popitem(last=False)
        else:
            self._compiled.move_to_end(style.key)
        return found

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        style: HouseStyle | None = article.style
        if style is None:
            return doc
        compiled = self.compiled(style)
        rules = compiled.style.rules
        findings: list[Finding] = []
        seen: set[tuple[int, int, int]] = set()
        sides: dict[tuple[int, int], tuple[list[Hit], list[Hit]]] = {}
        counts: dict[int, list[Hit]] = defaultdict(list)

        def finding(rule: dict[str, Any], message: str, spans, match: str, **extra: Any) -> Finding:
            evidence = {
                "style": style.id,
                "version": style.version,
                "rule": rule["id"],
                "type": rule["type"],
                "match": match,
                **extra,
            }
            return Finding(
                code=CODE,
                severity=rule["severity"],
                message=message,
                spans=spans,
                suggestion=extra.get("suggestion"),
                evidence=evidence,
            )

        for (start, end, text), phrase in compiled.hits(doc):
            rule = rules[phrase.rule]
            if (phrase.rule, start, end) in seen or not _in_scope(rule["scope"], start, len(article.title)):
                continue
            seen.add((phrase.rule, start, end))
            kind = rule["type"]
            template = rule.get("message")
            if kind == "existence":
                message = format_message(template or MESSAGES[kind], text)
                findings.append(finding(rule, message, [(start, end)], text))
            elif kind == "substitution":
                suggestion = _cased(text, phrase.suggestion or "", bool(rule["ignorecase"]))
                if suggestion != text:
                    message = format_message(template or MESSAGES[kind], suggestion, text)
                    findings.append(finding(rule, message, [(start, end)], text, suggestion=suggestion))
            elif kind == "consistency" and phrase.side is not None:
                pair, side = phrase.side
                sides.setdefault((phrase.rule, pair), ([], []))[side].append((start, end, text))
            elif kind == "occurrence":
                counts[phrase.rule].append((start, end, text))

        for (index, _pair), (first, second) in sorted(sides.items()):
            if not first or not second:
                continue
            rule = rules[index]
            # the form the article uses first is its choice; the other form's uses are findings
            kept, other = (first, second) if first[0][0] < second[0][0] else (second, first)
            for start, end, text in other:
                message = format_message(rule.get("message") or MESSAGES["consistency"], text, kept[0][2])
                findings.append(finding(rule, message, [(start, end)], text, suggestion=kept[0][2]))

        for index in compiled.style.occurrence:
            rule = rules[index]
            hits = counts.get(index, [])
            name = rule["tokens"][0]
            top, bottom = rule.get("max"), rule.get("min")
            if top is not None and len(hits) > top:
                message = format_message(
                    rule.get("message") or MESSAGES["occurrence_max"], name, str(len(hits)), str(top)
                )
                spans = [(s, e) for s, e, _ in hits[top:]]
                findings.append(finding(rule, message, spans, hits[top][2], count=len(hits), max=top))
            elif bottom is not None and len(hits) < bottom:
                message = format_message(
                    rule.get("message") or MESSAGES["occurrence_min"], name, str(len(hits)), str(bottom)
                )
                whole = (article.body_start, len(article.text)) if rule["scope"] == "body" else None
                spans = [whole or (0, len(article.title))]
                findings.append(finding(rule, message, spans, "", count=len(hits), min=bottom))

        findings.sort(key=lambda f: (f.spans[0], f.evidence["rule"]))
        doc._.findings.extend(findings[:MAX_FINDINGS])  # `report`, once for all
        return doc


@Language.factory("copydesk_check_house_style")
def make_house_style(nlp: Language, name: str) -> HouseStyleCheck:
    return HouseStyleCheck(nlp)
