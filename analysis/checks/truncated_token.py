"""artifact.truncated_token: two sentences glued together, losing characters between them.

    "... the dissolution of the USSR in 199Since then, Moscow ..."   (1991. Since)
    "... the talks endedThe two leaders ..."                          (ended. The)

Scanned with one regex pass over the body. A word is taken as glued when it is a run
of digits or lower-case letters immediately followed by a capitalised word, with
these guards against real tokens:
- camel-case names and brands start upper-case ("McDonald", "DeWine", "EastMed",
  "SpaceX") and are only flagged when the tail is a word that starts sentences
  ("MoscoThe") or, as a warning, when the tail is a name the article uses on its own
  and the word occurs only once;
- one lower-case letter or particle before the capital is a name or brand ("iPhone",
  "eBay", "deGrasse", "van", "le");
- all-caps or digit tails are codes, not sentences ("3D", "5G", "MH17", "F-35",
  "COVID-19", "2019Q3", "mRNA", "macOS"), and lower-case tails are units ("10am", "49ers").
A missing space after a full stop ("ended.The") is reported the same way.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from analysis.findings import Finding, report
from analysis.text import MAX_FINDINGS, body_of

CODE = "artifact.truncated_token"

# words that open sentences in news copy (a glued word's tail is one of these)
STARTERS = {w.capitalize() for w in STOP_WORDS if len(w) >= 3 and w.isalpha()} | {
    "The",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "They",
    "Their",
    "She",
    "His",
    "Her",
    "Its",
    "However",
    "Since",
    "After",
    "Before",
    "Although",
    "Though",
    "While",
    "When",
    "Where",
    "But",
    "And",
    "Meanwhile",
    "According",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "Officials",
    "Police",
    "Authorities",
    "Some",
    "Many",
    "Most",
    "Several",
    "Both",
    "Despite",
    "During",
    "Following",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Now",
    "Then",
    "Yet",
    "Still",
    "Also",
    "Instead",
    "Other",
    "Under",
    "Until",
    "With",
    "Without",
    "Within",
    "From",
    "For",
    "Not",
    "Only",
    "Each",
    "Every",
    "Such",
    "What",
    "Which",
    "Who",
    "Why",
    "How",
    "Our",
    "Your",
    "Additionally",
    "Furthermore",
    "Moreover",
    "Nevertheless",
    "Overall",
    "Ultimately",
    "Finally",
    "First",
    "Second",
    "Third",
    "Separately",
    "Elsewhere",
    "Experts",
    "Critics",
    "Residents",
    "Witnesses",
    "Reports",
    "Speaking",
    "Asked",
    "Prior",
    "Shortly",
    "Around",
    "About",
    "Over",
    "More",
    "Less",
    "Upon",
    "Once",
    "Because",
    "If",
    "In",
    "On",
    "At",
    "As",
    "It",
    "He",
    "We",
    "By",
    "An",
    "Of",
    "To",
}
# two-letter starters glue into real brand names ("LinkedIn", "MoveOn", "WeWork"): only
# trusted after digits or lower-case runs
SHORT_STARTERS = {w for w in STARTERS if len(w) <= 2}
# real words that look glued
ALLOW = {
    "7Up",
    "3Com",
    "4Kids",
    "1Password",
    "3Blue",
    "23andMe",
    "iPhone",
    "iPad",
    "iPod",
    "iMac",
    "eBay",
    "iTunes",
    "iCloud",
    "eCommerce",
    "eSports",
    "eSIM",
    "McDonald",
    "MacArthur",
    "MacDonald",
    "MacKenzie",
    "MacLeod",
    "MacMillan",
    "MacBook",
    "PlayStation",
    "YouTube",
    "LinkedIn",
    "WhatsApp",
    "WordPress",
    "PowerPoint",
    "JavaScript",
    "TikTok",
    "FedEx",
    "PayPal",
    "BlackRock",
    "BlackBerry",
    "SoftBank",
    "WeChat",
    "WeWork",
    "MoveOn",
    "OnlyFans",
    "BioNTech",
    "AstraZeneca",
    "GlaxoSmithKline",
    "SmithKline",
    "ExxonMobil",
    "ConocoPhillips",
    "JPMorgan",
    "PricewaterhouseCoopers",
    "HarperCollins",
    "DreamWorks",
    "SeaWorld",
    "FanDuel",
    "DraftKings",
    "GoFundMe",
    "SpaceX",
    "OpenAI",
    "DeepMind",
    "DeSantis",
    "DeWine",
    "LaGuardia",
}

_WORD = re.compile(r"(?<![\w’'./@#])([0-9]+|[^\W\d_]+?)(\.?)([A-Z][a-z]+)(?![\w@])")
_PRONOUNS = {"He", "It", "We"}
_PARTICLES = {
    "de",
    "di",
    "da",
    "du",
    "la",
    "le",
    "van",
    "von",
    "der",
    "den",
    "mc",
    "mac",
    "al",
    "el",
    "ibn",
    "bin",
}


def _unit(count: int) -> str:
    return "character" if count == 1 else "characters"


class TruncatedToken:
    def __init__(self, lexicon: frozenset[str] = frozenset()) -> None:
        # lower-cased words the model's vocabulary knows: a capitalised head that is a
        # known word ("Euro", "East", "Jet") makes a compound name, not a cut-off word
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        body, offset = body_of(doc)
        candidates = []
        for m in _WORD.finditer(body):
            head, dot, tail = m.group(1), m.group(2), m.group(3)
            word = m.group(0)
            if word in ALLOW or word.rstrip("s") in ALLOW:
                continue
            # a URL or e-mail domain ("example.Com"), a file name
            if dot and (body[m.end() : m.end() + 1] in "./" and body[m.end() : m.end() + 2] != ". "):
                continue
            kind = self._classify(head, dot, tail)
            if kind is not None:
                candidates.append((m, kind))
                if len(candidates) >= MAX_FINDINGS:
                    break
        if not candidates:
            return doc
        # weak evidence needs the whole-doc word counts: only built when needed
        counts: Counter[str] | None = None
        for m, (severity, why) in candidates:
            head, dot, tail = m.group(1), m.group(2), m.group(3)
            if severity == "weak":
                if counts is None:
                    counts = Counter(re.findall(r"[^\W\d_]+", body))
                    counts.update(w.casefold() for w in list(counts.elements()))
                if counts[m.group(0)] > 1 or counts[tail.casefold()] < 1:
                    continue
                # a known word as head makes a compound name ("EuroAsia", "JetBlue") unless the
                # article also uses it on its own ("... in MexicoEbrard said" with "Mexico" elsewhere)
                if head.casefold() in self.lexicon and counts[head] < 1:
                    continue
                # the article writes the two words apart too: a name spelled closed ("EastAfrican")
                if f"{head} {tail[:4]}" in body:
                    continue
                severity, why = (
                    "warning",
                    f"'{tail}' is a name used elsewhere in the article, run into '{head}'",
                )
            if dot:
                message = "Two sentences run together: a space is missing after the full stop."
                suggestion = f"{head}. {tail}"
            else:
                message = (
                    "Two sentences are glued together here and characters were lost between them "
                    "(e.g. the end of a number or word and the full stop)."
                )
                suggestion = f"{head}… {tail}"
            if dot and severity == "error":
                severity = "warning"
            report(
                doc,
                Finding(
                    code=CODE,
                    severity=severity,
                    message=message,
                    spans=[(offset + m.start(), offset + m.end())],
                    suggestion=suggestion,
                    evidence={"glued": [head, tail], "why": why},
                ),
            )
        return doc

    def _classify(self, head: str, dot: str, tail: str) -> tuple[str, str] | None:
        starter = tail in STARTERS
        long_starter = starter and (tail not in SHORT_STARTERS or tail in _PRONOUNS)
        if head.isdigit():
            if starter and (tail not in SHORT_STARTERS or len(head) >= 2 or tail in _PRONOUNS):
                return "error", f"a number run into the sentence opener '{tail}'"
            if len(head) >= 2 and len(tail) >= 3:
                return "warning", f"a {len(head)}-digit number run into the capitalised word '{tail}'"
            return None
        if not head[-1].islower():
            return None
        if head.islower():
            # one letter or a particle before a capital is a name or brand ("iPhone", "deGrasse")
            if starter and (long_starter or head not in {"i", "e"}):
                return "error", f"the word '{head}' run into the sentence opener '{tail}'"
            if len(head) < 2 or head in _PARTICLES:
                return None
            if starter:
                return "error", f"the word '{head}' run into the sentence opener '{tail}'"
            if len(tail) >= 3:
                return "warning", f"the lower-case word '{head}' run into the capitalised word '{tail}'"
            return None
        # capitalised head: camel-case names and brands live here
        if len(head) >= 2 and long_starter and (len(tail) >= 3 or tail in _PRONOUNS):
            return ("warning" if dot else "error"), f"'{head}' run into the sentence opener '{tail}'"
        if len(head) < 3 or head.casefold() in _PARTICLES:
            return None
        if starter and head.casefold() not in self.lexicon:
            # short openers glue into brands ("LinkedIn", "CheckIn"), but not after a cut-off word
            return ("warning" if dot else "error"), f"'{head}' run into the sentence opener '{tail}'"
        if not dot and len(tail) >= 3:
            return "weak", ""
        return None


@Language.factory("copydesk_check_truncated_token")
def make_truncated_token(nlp: Language, name: str) -> TruncatedToken:
    lexicon = frozenset(s.casefold() for s in nlp.vocab.strings if s.isalpha())
    return TruncatedToken(lexicon)
