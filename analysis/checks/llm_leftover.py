"""artifact.llm_leftover: text a chatbot leaves behind in copy published unedited.

One module although long: one check, its kinds share the quotation context and the
removal edits; most of the length is the structural patterns of each kind.

Kinds (all `error`; the leftover is removed in `clean_body`):

- `refusal` / `disclaimer`: the writer speaks as an assistant. News copy has no first
  person outside quotations, so a sentence outside quotes whose first-person subject
  refuses ("I cannot / am unable to / am not capable of" + a task), apologises ("I'm
  sorry, but"), names itself an AI ("As an AI language model, I…") or cites a
  content policy is a leftover;
- `cutoff`: the writer's own knowledge or training ("my knowledge cutoff", "as of my
  last update", "I do not have real-time information");
- `preamble` / `prompt` / `offer`: an assistant's opening or closing line addressed to
  the user ("Sure! Here's a news article about…", "Let me know if you'd like changes"),
  a prompt echoed into the copy (an imperative "Write a 500-word article on…"), or a
  label line ("Title:", "Word count: 600");
- `placeholder`: an unfilled template field: `[Your Name]`, `[insert date]`, `{{city}}`,
  `<company name>`, `XX million`, "Lorem ipsum", a blank `____`;
- `markdown`: Markdown that leaked into plain copy: `**bold**`, `### heading` lines,
  `- ` or `* ` bullets, `[text](url)` links.

Quotation context: a sentence inside quote marks, or one that reports speech with a
third-person speaker, is someone's words the article reports, not a leftover (the
placeholder and Markdown kinds are structural and apply everywhere, except a bracket
inside a quotation, which is an editor's insertion: "[the president]").
Sentences are matched on lemmas, parts of speech and dependency structure, and each
sentence is looked at once: linear in the body.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Iterator

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span

from analysis.checks._quotes import Quotes
from analysis.findings import Edit, Finding, propose_edit, report
from analysis.text import MAX_FINDINGS, removal_range, text_of

CODE = "artifact.llm_leftover"

FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself"})
# what an assistant calls itself
SELF = re.compile(
    r"\b(?:AI|A\.I\.|artificial intelligence|(?:large )?language model|LLM|chat ?bot|"
    r"(?:virtual|digital|AI) assistant|OpenAI|ChatGPT|GPT-?\d)\b",
    re.IGNORECASE,
)
# inability: negated modal or adjective of ability
_UNABLE = re.compile(
    r"\b(?:can ?not|can't|can’t|unable|not able|not capable|incapable|won't|won’t|will not|"
    r"not (?:allowed|permitted|programmed|designed|in a position)|must decline|do not have the ability|"
    r"don't have the ability|don’t have the ability)\b",
    re.IGNORECASE,
)
# what an assistant refuses to do, or its policy
TASK_LEMMAS = frozenset(
    {
        "fulfil",
        "fulfill",
        "complete",
        "comply",
        "assist",
        "help",
        "provide",
        "produce",
        "write",
        "generate",
        "create",
        "browse",
        "access",
        "predict",
        "give",
        "offer",
        "engage",
        "support",
        "continue",
        "answer",
        "respond",
        "request",
        "prompt",
        "task",
        "content",
        "information",
        "article",
        "word",
        "opinion",
        "speculate",
        "verify",
        "confirm",
        "perform",
    }
)
POLICY_LEMMAS = frozenset({"policy", "guideline", "programming", "principle", "term", "rule", "standard"})
KNOWLEDGE_LEMMAS = frozenset(
    {"knowledge", "training", "cutoff", "cut", "update", "datum", "data", "information", "access"}
)
_CUTOFF = re.compile(
    r"\b(?:knowledge cut-?off|training (?:data|cut-?off)|as of my (?:last|latest)|"
    r"real-?time (?:information|data|access|updates)|(?:browse|access) the internet)\b",
    re.IGNORECASE,
)
_APOLOGY = re.compile(r"^(?:I'?m sorry|I am sorry|I apologi[sz]e|Sorry|Unfortunately, I)\b", re.IGNORECASE)
_INTERJECTION = re.compile(
    r"^(?:sure(?: thing)?|certainly|absolutely|of course|okay|ok|great(?: question)?|alright|"
    r"happy to help|glad to help)\s*[!,.:]",
    re.IGNORECASE,
)
# what an assistant hands over ("Here is a news article…")
PRODUCT_LEMMAS = frozenset(
    {
        "article",
        "story",
        "piece",
        "draft",
        "version",
        "summary",
        "report",
        "rewrite",
        "post",
        "write",
        "news",
        "headline",
        "overview",
        "text",
        "copy",
        "essay",
        "blog",
        "release",
        "paragraph",
        "outline",
        "feature",
        "update",
        "recap",
    }
)
PROMPT_VERBS = frozenset(
    {
        "write",
        "create",
        "generate",
        "compose",
        "draft",
        "produce",
        "rewrite",
        "summarize",
        "summarise",
        "craft",
        "prepare",
        "give",
        "paraphrase",
        "expand",
    }
)
_WORDS_COUNT = re.compile(r"\b\d{2,5}[- ]words?\b", re.IGNORECASE)
_LABEL = re.compile(
    r"^[\s*#>_-]*(?:title|headline|sub-?headline|sub-?heading|subtitle|word count|meta description|"
    r"meta title|seo title|seo description|keywords?|tags|slug|excerpt|prompt|output|response|"
    r"target audience|tone)\s*\*{0,2}\s*:",
    re.IGNORECASE,
)
_BARE_COUNT = re.compile(r"^\(?\s*(?:word count\s*:?\s*)?\d{2,5}\s+words?\s*\)?\.?$", re.IGNORECASE)
_SPEECH = frozenset({"say", "tell", "reply", "respond", "answer", "write", "state", "read", "quote", "post"})

# placeholders
# every branch starts with a literal character, so the scan skips ahead quickly
_PLACEHOLDER = re.compile(
    r"\{\{[^{}\n]{1,60}\}\}"  # {{city}}
    r"|\{[a-z_][a-z_ ]{1,30}\}"  # {city}
    r"|\[[^\[\]\n]{1,60}\](?!\()"  # [Your Name]   (not a Markdown link)
    r"|<[^<>\n=/]{2,40}>"  # <company name>
    r"|[Ll]orem ipsum[^.\n]*\.?"  # Lorem ipsum dolor sit amet
    r"|_{3,}"  # a blank to fill
    r"|X{2,}(?:,X{3})*(?![A-Za-z])"  # XX million, $XX, 20XX
)
SLOT_WORDS = frozenset(
    {
        "name",
        "date",
        "city",
        "company",
        "location",
        "country",
        "number",
        "amount",
        "title",
        "organization",
        "organisation",
        "position",
        "state",
        "time",
        "year",
        "month",
        "day",
        "event",
        "person",
        "source",
        "quote",
        "link",
        "url",
        "email",
        "phone",
        "address",
        "author",
        "reporter",
        "website",
        "product",
        "brand",
        "topic",
        "percentage",
        "percent",
        "figure",
        "x",
        "tk",
        "tbd",
        "tba",
    }
)
_SLOT_VERBS = frozenset(
    {"insert", "enter", "add", "fill", "placeholder", "specify", "include", "your", "todo"}
)
_HTML_TAGS = frozenset({"p", "br", "b", "i", "u", "em", "strong", "div", "span", "a", "li", "ul", "ol", "hr"})
_TITLE_WORD = re.compile(r"^[A-Z][a-z]+$")
_MONTH_WORDS = frozenset(m.lower() for m in calendar.month_name[1:])
_FUNCTION_WORDS = frozenset(
    {"on", "in", "by", "since", "until", "about", "some", "nearly", "the", "for", "of"}
)
_NUMBER_WORDS = frozenset({"million", "billion", "thousand", "percent", "per", "%", "people", "years"})

# Markdown
_BOLD = re.compile(r"\*\*([^*\n]{1,200}?)\*\*|__([^_\n]{1,200}?)__")
_HEADING = re.compile(r"(?m)^[ \t]*(#{1,6})[ \t]+(?=\S)")
_BULLET = re.compile(r"(?m)^[ \t]*([-*+])[ \t]+(?=\S)")
_LINK = re.compile(r"\[([^\[\]\n]{1,120})\]\((?:https?://|www\.)[^)\s]{1,300}\)")


# where an assistant's sentence can be: a first- or second-person word, an AI self-reference or
# policy word, or a line opening with a label, an interjection, "Here"/"Below" or a prompt verb
_TRIGGER = re.compile(
    r"(?:I|me|my|myself|you|your|AI|A\.I\.|models?|chat ?bot|assistant|OpenAI|ChatGPT|GPT|LLM|"
    r"polic(?:y|ies)|guidelines?|Here|Below)\b"
    r"|(?m:^)[ \t*#>_-]*(?i:title|headline|sub-?head|subtitle|word count|meta|seo|keywords?|tags|slug|"
    r"excerpt|prompt|output|response|target|tone|sure|certainly|absolutely|of course|okay|ok|great|"
    r"alright|happy|glad|here|below|write|create|generate|compose|draft|produce|rewrite|summari[sz]e|"
    r"craft|prepare|give|paraphrase|expand|\(?\d{2,5} words?)\b"
)


def _segments(doc: Doc, body_start: int, positions: list[int]) -> list[Span]:
    """The body sentences, cut at line breaks and trimmed, that hold one of `positions`."""
    if not positions:
        return []
    starts = doc.to_array(IDX).tolist()
    out: dict[int, Span] = {}
    for pos in positions:
        tok = doc[max(bisect_right(starts, pos) - 1, 0)]
        sent = tok.sent
        start = sent.start
        for t in sent:
            if "\n" in t.text or "\n" in t.whitespace_:
                end = t.i if t.is_space else t.i + 1
                if start <= tok.i < end or (t.is_space and t.i == tok.i):
                    break
                start = t.i + 1
        else:
            end = sent.end
        if not start <= tok.i < end:
            continue
        for seg in _trim(doc[start:end], body_start):
            out[seg.start] = seg
    return [out[k] for k in sorted(out)]


def _trim(span: Span, body_start: int) -> Iterator[Span]:
    doc = span.doc
    s, e = span.start, span.end
    while s < e and doc[s].is_space:
        s += 1
    while e > s and doc[e - 1].is_space:
        e -= 1
    if e > s and doc[s].idx >= body_start:
        yield doc[s:e]


def _only_interjection(text: str) -> bool:
    m = _INTERJECTION.match(text)
    return m is not None and not text[m.end() :].strip(" !,.:")


def _reported(seg: Span) -> bool:
    """A speech verb with a third-person speaker: the sentence reports what someone said."""
    for tok in seg:
        if tok.lemma_ in _SPEECH and tok.pos_ == "VERB":
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and all(c.lower_ not in FIRST_PERSON for c in subjects):
                return True
    return False


def sentence_kind(seg: Span, line_start: bool) -> str | None:
    """The kind of assistant leftover this sentence is, or None."""
    text = seg.text
    lowers = [t.lower_ for t in seg]
    lemmas = {t.lemma_.lower() for t in seg}
    first = any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON" for t in seg)
    second = any(t.lower_ in SECOND_PERSON and t.pos_ == "PRON" for t in seg)
    if _LABEL.match(text) or (line_start and _BARE_COUNT.match(text)):
        return "label"
    if first:
        if _APOLOGY.match(text) and ("but" in lowers or "unfortunately" in lowers or len(seg) < 8):
            return "refusal"
        if _UNABLE.search(text) and lemmas & (TASK_LEMMAS | POLICY_LEMMAS):
            return "refusal"
        if SELF.search(text):
            return "disclaimer"
        if _CUTOFF.search(text):
            return "cutoff"
        if any(t.lower_ == "my" and t.head.lemma_.lower() in KNOWLEDGE_LEMMAS for t in seg):
            return "cutoff"
        if second:
            return "offer"
        if "hope" in lemmas and ("help" in lemmas or "this" in lowers):
            return "offer"
    against = "against" in lowers or "violate" in lemmas
    if lemmas & POLICY_LEMMAS and (first or SELF.search(text)) and against:
        return "refusal"
    if SELF.search(text) and re.search(r"\bas an?\b", text, re.IGNORECASE) and (first or second):
        return "disclaimer"
    handing = first or second or "here" in lowers or "below" in lowers
    if line_start and _INTERJECTION.match(text) and handing:
        return "preamble"
    head = seg[0]
    if head.lower_ in ("here", "below") and lemmas & PRODUCT_LEMMAS and ("be" in lemmas or "'s" in lowers):
        nxt = seg[1] if len(seg) > 1 else None
        if nxt is not None and nxt.lemma_ == "be" and (text.rstrip().endswith(":") or first or second):
            return "preamble"
        if nxt is not None and nxt.lemma_ == "be" and any(t.lower_ in ("a", "an", "the") for t in seg[2:4]):
            return "preamble"
    imperative = head.tag_ in ("VB", "VBP") and not any(c.dep_.startswith("nsubj") for c in head.children)
    if line_start and imperative and head.lemma_.lower() in PROMPT_VERBS:
        objects = {t.lemma_.lower() for t in seg if t.head.i == head.i or t.head.head.i == head.i}
        if objects & PRODUCT_LEMMAS or _WORDS_COUNT.search(text):
            return "prompt"
    if second and ("let me know" in text.lower() or "feel free" in text.lower()):
        return "offer"
    return None


def _placeholder(doc: Doc, match: re.Match, start: int, quotes: Quotes) -> bool:
    text = match.group()
    if text.startswith("["):
        inner = text[1:-1].strip()
        words = re.findall(r"[A-Za-z]+", inner)
        lowered = [w.lower() for w in words]
        if not words or inner.lower() in ("sic", "citation needed", "edit"):
            return False
        if "_" in inner or (lowered and lowered[0] in _SLOT_VERBS) or "your" in lowered:
            return True
        if quotes.inside(start):
            return False  # an editor's insertion in a quotation: "[the president]"
        return len(inner) > 1 and not inner.isdigit()
    if text.startswith("<"):
        inner = text[1:-1].strip()
        words = inner.lower().split()
        if not words or (len(words) == 1 and words[0] in _HTML_TAGS):
            return False
        return all(re.fullmatch(r"[A-Za-z][A-Za-z'_-]*", w) for w in words) and (
            len(words) > 1 or words[0] in SLOT_WORDS or inner.isupper()
        )
    if "X" in text and not text.startswith("_"):
        full = text_of(doc)
        before = full[max(0, start - 30) : start].split()
        after = full[start + len(text) : start + len(text) + 20].split()
        prev = before[-1] if before else ""
        nxt = after[0].lower().strip(".,;:") if after else ""
        # after a capitalised word it is a Roman numeral ("Super Bowl XX") unless a figure follows
        name_before = _TITLE_WORD.match(prev) and prev.lower() not in _MONTH_WORDS | _FUNCTION_WORDS
        return not (name_before and nxt not in _NUMBER_WORDS)
    return True


class LlmLeftover:
    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        body, offset = article.body, article.body_start
        quotes = Quotes(body, offset)
        hits: list[tuple[int, int, str, str, tuple[int, int, str] | None]] = []
        taken: list[tuple[int, int]] = []

        def line_bounds(s: int, e: int) -> tuple[int, int]:
            ls = body.rfind("\n", 0, s - offset) + 1 + offset
            le = body.find("\n", e - offset)
            return ls, (le + offset if le >= 0 else offset + len(body))

        interjection: tuple[int, int] | None = None  # "Sure!" opening the current line
        positions = [
            offset + m.start()
            for m in _TRIGGER.finditer(body)
            if m.start() == 0 or not body[m.start() - 1].isalnum()
        ]
        positions = [p for p in positions if not quotes.inside(p)]
        for seg in _segments(doc, offset, positions):
            s, e = seg.start_char, seg.end_char
            ls, le = line_bounds(s, e)
            opener = body[ls - offset : s - offset].strip(" \t*#>-")
            line_start = not opener
            if interjection is not None and interjection[0] == ls and _only_interjection(opener):
                line_start = True
            if quotes.inside(s) or (quotes.covers(s, e) and _reported(seg)):
                continue
            if line_start and _only_interjection(seg.text):
                interjection = (ls, s)
                continue
            kind = sentence_kind(seg, line_start)
            if kind is None:
                continue
            if interjection is not None and interjection[0] == ls:
                s = interjection[1]
            if kind == "label" and line_start:
                # a label is its whole line, however the parser cut it ("Word count: | 540")
                e = ls + len(body[ls - offset : le - offset].rstrip())
            whole_line = line_start and not body[e - offset : le - offset].strip()
            if whole_line:
                es, ee = removal_range(doc, ls, le)
            else:
                es, ee = s, e
                while ee - offset < len(body) and body[ee - offset] in " \t":
                    ee += 1
                if ee == e:  # the last sentence of its line: take the space before it instead
                    while es > offset and body[es - offset - 1] in " \t":
                        es -= 1
            hits.append((s, e, kind, body[s - offset : e - offset], (es, ee, "")))
            taken.append((es, ee))

        def free(s: int, e: int) -> bool:
            return not any(a < e and s < b for a, b in taken)

        for m in _PLACEHOLDER.finditer(body):
            s, e = offset + m.start(), offset + m.end()
            if m.group()[0] in "XL" and m.start() > 0 and body[m.start() - 1].isalpha():
                continue  # inside a word
            if free(s, e) and _placeholder(doc, m, s, quotes):
                es, ee = s, e
                # take one neighbouring space with it, so no double space is left
                if ee - offset < len(body) and body[ee - offset] == " ":
                    ee += 1
                elif es > offset and body[es - offset - 1] == " ":
                    es -= 1
                hits.append((s, e, "placeholder", m.group(), (es, ee, "")))
                taken.append((s, e))
        for pattern, kind in ((_HEADING, "markdown"), (_BULLET, "markdown")):
            for m in pattern.finditer(body):
                s, e = offset + m.start(1), offset + m.end()
                if free(s, e):
                    hits.append((s, offset + m.end(1), kind, m.group(1), (offset + m.start(), e, "")))
                    taken.append((s, e))
        for pattern in (_BOLD, _LINK):
            for m in pattern.finditer(body):
                s, e = offset + m.start(), offset + m.end()
                if free(s, e):
                    inner = next(g for g in m.groups() if g is not None)
                    hits.append((s, e, "markdown", m.group(), (s, e, inner)))
                    taken.append((s, e))

        hits.sort()
        for s, e, kind, text, edit in hits[:MAX_FINDINGS]:
            replacement = edit[2] if edit else ""
            report(
                doc,
                Finding(
                    code=CODE,
                    severity="error",
                    message=_MESSAGES[kind],
                    spans=[(s, e)],
                    suggestion=replacement,
                    evidence={"kind": kind, "text": text},
                ),
            )
            if edit:
                propose_edit(doc, Edit(edit[0], edit[1], replacement))
        return doc


_MESSAGES = {
    "refusal": "A chatbot's refusal or apology left in the copy; remove it.",
    "disclaimer": "A chatbot's disclaimer about itself (“as an AI…”) left in the copy; remove it.",
    "cutoff": "A chatbot's note about its knowledge cutoff or training left in the copy; remove it.",
    "preamble": "A chatbot's preamble addressed to whoever prompted it; remove it.",
    "offer": "A chatbot's closing offer to the user left in the copy; remove it.",
    "prompt": "The prompt the copy was generated from is echoed in it; remove it.",
    "label": "A generation label (title, word count, keywords…) left in the copy; remove it.",
    "placeholder": "An unfilled template placeholder; fill it in or remove it.",
    "markdown": "Markdown formatting leaked into plain copy; remove the markup.",
}


@Language.factory("copydesk_check_llm_leftover")
def make_llm_leftover(nlp: Language, name: str) -> LlmLeftover:
    return LlmLeftover()
