"""Injectors for the scraped-text hygiene and filler-prose checks.

Each plants one defect at a random place in a real article, with wording that varies
from run to run and is deliberately not the detector's own phrase lists only.
"""

from __future__ import annotations

import random
import re

from bench.injectors import Injection, injector

_PARA = re.compile(r"\n\s*\n")


def _paragraph_breaks(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARA.finditer(body)]


def _insert_paragraph(body: str, text: str, rng: random.Random, where: str = "between") -> tuple[str, int]:
    """Insert text as its own paragraph; returns the new body and the text's start."""
    breaks = _paragraph_breaks(body)
    if where == "end" or not breaks:
        new = body.rstrip() + "\n\n"
        return new + text, len(new)
    if where == "start":
        return text + "\n\n" + body, 0
    start, end = rng.choice(breaks)
    new = body[:start] + "\n\n" + text + "\n\n" + body[end:]
    return new, start + 2


def _typo(text: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    if len(letters) < 10:
        return text
    i = rng.choice(letters[1:-1])
    kind = rng.choice(["swap", "drop", "double", "replace"])
    if kind == "swap" and text[i + 1].isalpha():
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if kind == "drop":
        return text[:i] + text[i + 1 :]
    if kind == "double":
        return text[:i] + text[i] + text[i:]
    return text[:i] + rng.choice("aeiourstn") + text[i + 1 :]


# --- artifact.repeated_headline ---------------------------------------------------


def _headline_variant(title: str, rng: random.Random) -> str:
    variant = rng.choice(["exact", "upper", "lower", "typo", "punct", "typo", "title"])
    if variant == "upper":
        return title.upper()
    if variant == "lower":
        return title.lower()
    if variant == "typo":
        return _typo(title, rng)
    if variant == "punct":
        return title.rstrip(".!?") + rng.choice([".", ":", " -", "!"])
    if variant == "title":
        return title.title()
    return title


@injector("artifact.repeated_headline")
def headline_between_paragraphs(article: dict, rng: random.Random) -> Injection | None:
    line = _headline_variant(article["title"], rng)
    body, start = _insert_paragraph(article["body"], line, rng)
    return Injection(article["title"], body, [("body", start, start + len(line))])


@injector("artifact.repeated_headline")
def headline_at_top_or_glued(article: dict, rng: random.Random) -> Injection | None:
    line = _headline_variant(article["title"], rng)
    if rng.random() < 0.3:
        line += rng.choice([" | News", " - World News", " — Latest updates", " | The Daily Courier"])
    body = article["body"]
    if rng.random() < 0.5:
        new = line + "\n" * rng.choice([1, 2, 3]) + body
        return Injection(article["title"], new, [("body", 0, len(line))])
    # glued to the end of a paragraph by a single newline, as in the seed
    breaks = _paragraph_breaks(body)
    if not breaks:
        return None
    s, _ = rng.choice(breaks)
    new = body[:s] + "\n" + line + body[s:]
    return Injection(article["title"], new, [("body", s + 1, s + 1 + len(line))])


# --- artifact.orphan_fragment -----------------------------------------------------

_WORD = re.compile(r"\S+")


def _sentences(body: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", body):
        for s in re.finditer(r"[A-Z][^.!?\n]{40,}?[.!?](?=\s|$)", m.group()):
            out.append((m.start() + s.start(), m.start() + s.end()))
    return out


@injector("artifact.orphan_fragment")
def fragment_mid_sentence(article: dict, rng: random.Random) -> Injection | None:
    body = article["body"]
    sentences = [s for s in _sentences(body) if len(body[s[0] : s[1]].split()) >= 10]
    if not sentences:
        return None
    s, e = rng.choice(sentences)
    words = list(_WORD.finditer(body, s, e))
    n = rng.randint(1, 5)
    i = rng.randint(2, len(words) - n - 2)
    a, b = words[i].start(), words[i + n - 1].end()
    if not body[a].isalnum():
        return None
    sep = rng.choice(["\n\n", "\n\n", "\n", "\n\n\n"])
    frag = body[a:b]
    new = body[:a].rstrip(" ") + sep + frag + sep + body[b:].lstrip(" ")
    start = len(body[:a].rstrip(" ")) + len(sep)
    return Injection(article["title"], new, [("body", start, start + len(frag))])


@injector("artifact.orphan_fragment")
def fragment_before_full_stop(article: dict, rng: random.Random) -> Injection | None:
    body = article["body"]
    sentences = [s for s in _sentences(body) if len(body[s[0] : s[1]].split()) >= 8 and body[s[1] - 1] == "."]
    if not sentences:
        return None
    s, e = rng.choice(sentences)
    words = list(_WORD.finditer(body, s, e - 1))
    n = rng.randint(1, 4)
    a, b = words[-n].start(), e - 1
    frag = body[a:b]
    if not frag or not frag[0].isalnum() or not frag[-1].isalnum():
        return None
    new = body[:a].rstrip(" ") + "\n\n" + frag + "\n\n" + body[b:]
    start = len(body[:a].rstrip(" ")) + 2
    return Injection(article["title"], new, [("body", start, start + len(frag))])


# --- artifact.boilerplate_trailer -------------------------------------------------

TRAILERS = [
    "ADVERTISEMENT",
    "Advertisement",
    "Read More »",
    "Share on Facebook",
    "Share this:",
    "VIDEO",
    "Video",
    "Click to share on Twitter (Opens in new window)",
    "Subscribe to our newsletter for daily updates",
    "Sign up for breaking news alerts",
    "Photo: AFP",
    "(Reuters)",
    "Image: Getty Images",
    "Photo: AP",
    "Story continues below",
    "This website uses cookies to ensure you get the best experience.",
    "Watch the video",
    "Related Articles",
    "Continue reading",
    "Advertisement - Scroll to continue",
    "Follow us on Twitter",
    "Comments (12)",
    "READ MORE: Officials respond to the report",
    "Related: What we know so far",
    "Tweet",
    "Email this article",
    "Print",
    "Most Read",
    "Photo credit: Reuters/Stringer",
    "(AP Photo/John Smith)",
    "Share",
    "Skip Advertisement",
    "Already a subscriber? Log in",
    "Listen to this article",
    "Accept cookies",
    "Watch:",
]


@injector("artifact.boilerplate_trailer")
def trailer_at_end(article: dict, rng: random.Random) -> Injection | None:
    line = rng.choice(TRAILERS)
    body = article["body"].rstrip()
    sep = rng.choice(["\n\n", "\n"])
    new = body + sep + line + rng.choice(["", "\n"])
    start = len(body) + len(sep)
    return Injection(article["title"], new, [("body", start, start + len(line))])


@injector("artifact.boilerplate_trailer")
def trailer_between_paragraphs(article: dict, rng: random.Random) -> Injection | None:
    line = rng.choice(TRAILERS)
    body, start = _insert_paragraph(article["body"], line, rng)
    return Injection(article["title"], body, [("body", start, start + len(line))])


# --- artifact.truncated_token -----------------------------------------------------

_BOUNDARY = re.compile(r"(?<=[A-Za-z0-9])\. (?=[A-Z][a-z]+\b)")
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "inc",
    "corp",
    "ltd",
    "gen",
    "sen",
    "rep",
    "gov",
    "no",
    "vs",
}


def _boundaries(body: str) -> list[int]:
    out = []
    for m in _BOUNDARY.finditer(body):
        word = re.search(r"(\w+)$", body[: m.start()])
        if word is None or len(word.group(1)) < 3 or word.group(1).casefold() in _ABBREV:
            continue
        if word.group(1).isupper() and not word.group(1).isdigit():  # "U.S", "UK."
            continue
        out.append(m.start())
    return out


@injector("artifact.truncated_token")
def glue_dropping_a_character(article: dict, rng: random.Random) -> Injection | None:
    body = article["body"]
    points = _boundaries(body)
    if not points:
        return None
    p = rng.choice(points)
    drop = rng.choice([1, 1, 1, 0, 2])
    cut = p - drop
    new = body[:cut] + body[p + 2 :]
    start = re.search(r"\w+$", new[:cut]).start()
    end = re.match(r"\w+", new[cut:]).end() + cut
    return Injection(article["title"], new, [("body", start, end)])


@injector("artifact.truncated_token")
def glue_after_number(article: dict, rng: random.Random) -> Injection | None:
    body = article["body"]
    points = [p for p in _boundaries(body) if body[p - 1].isdigit()]
    if not points:
        # make one: a sentence that ends in a year, glued to the next one
        sentences = _sentences(body)
        if not sentences:
            return None
        s, e = rng.choice(sentences)
        if e >= len(body) or body[e - 1] != "." or not body[e:].startswith(" "):
            return None
        year = str(rng.randint(1950, 2019))
        body = body[: e - 1] + " in " + year + body[e - 1 :]
        points = [p for p in _boundaries(body) if body[p - 1].isdigit()]
        if not points:
            return None
    p = rng.choice(points)
    cut = p - 1
    new = body[:cut] + body[p + 2 :]
    start = re.search(r"\w+$", new[:cut]).start()
    end = re.match(r"\w+", new[cut:]).end() + cut
    return Injection(article["title"], new, [("body", start, end)])


# --- artifact.stray_punctuation ---------------------------------------------------


@injector("artifact.stray_punctuation")
def stray_bracket_or_quote(article: dict, rng: random.Random) -> Injection | None:
    body = article["body"]
    mark = rng.choice(["(", ")", "[", "“", "”", '"', "(", "]"])
    words = list(re.finditer(r"(?<= )[A-Za-z]{3,}(?=[ ,])", body))
    if not words:
        return None
    w = rng.choice(words)
    at = w.start() if mark in '([“"' else w.end()
    new = body[:at] + mark + body[at:]
    return Injection(article["title"], new, [("body", at, at + 1)])


@injector("artifact.stray_punctuation")
def stray_quote_at_line_start(article: dict, rng: random.Random) -> Injection | None:
    body = article["body"]
    breaks = _paragraph_breaks(body)
    if not breaks:
        return None
    _, end = rng.choice(breaks)
    mark = rng.choice(["‘ ", "‘ ", "“ ", "' "])
    if mark == "“ " and "”" in body[end : body.find("\n", end) if "\n" in body[end:] else len(body)]:
        mark = "‘ "
    new = body[:end] + mark + body[end:]
    return Injection(article["title"], new, [("body", end, end + 1)])


# --- style.machine_boilerplate ----------------------------------------------------

STOCK = [
    "The development underscores the importance of {x}.",
    "This serves as a stark reminder of {x}.",
    "It is worth noting that {x} remains uncertain.",
    "The episode highlights the complex interplay between {x} and public opinion.",
    "Observers say the decision will play a pivotal role in shaping the future of {x}.",
    "In conclusion, the event marked a significant milestone for {x}.",
    "The outcome stands as a testament to {x}.",
    "The importance of {x} cannot be overstated.",
    "The talks delved into the intricacies of {x}.",
    "In today's fast-paced world, {x} matters more than ever.",
    "The situation remains multifaceted, with {x} at its heart.",
    "Navigating the complexities of {x} will not be easy.",
    "The region's rich cultural heritage shapes {x}.",
    "It is important to note that {x} is still evolving.",
    "The move underscored the need for {x}.",
    "Ultimately, {x} plays a crucial role in the wider picture.",
    "This marks a new chapter in {x}.",
    "The summit served as a reminder that {x} is far from settled.",
    "The changing landscape of {x} presents a myriad of challenges.",
    "Only time will tell how {x} unfolds.",
]
TOPICS = [
    "regional cooperation",
    "the ongoing negotiations",
    "public trust",
    "the local economy",
    "the recovery effort",
    "international diplomacy",
    "community resilience",
    "the reform agenda",
    "the rescue operation",
]


@injector("style.machine_boilerplate")
def stock_sentence(article: dict, rng: random.Random) -> Injection | None:
    body = article["body"]
    sentence = rng.choice(STOCK).format(x=rng.choice(TOPICS))
    # append to the end of a random paragraph
    ends = [m.start() for m in _PARA.finditer(body)] + [len(body.rstrip())]
    at = rng.choice(ends)
    new = body[:at] + " " + sentence + body[at:]
    return Injection(article["title"], new, [("body", at + 1, at + 1 + len(sentence))])


# --- style.outline_heading --------------------------------------------------------

HEADINGS = [
    "II. Background",
    "Conclusion:",
    "III) Analysis of the Response",
    "Key Takeaways",
    "Introduction",
    "Brief Overview:",
    "IV. Implications for the Region",
    "Historical Context:",
    "Final Thoughts",
    "1. Overview",
    "Summary:",
    "In Conclusion",
    "Background and Context",
    "V. Conclusion",
    "Significance of the Decision:",
    "Analysis:",
    "Overview of the Main Events",
    "I. Introduction",
    "Potential Consequences for the Economy",
    "Reasons for the Delay:",
    "B. Recent Developments",
    "Impact on Local Residents:",
    "Future Prospects",
    "Concluding Remarks",
]


@injector("style.outline_heading")
def outline_heading(article: dict, rng: random.Random) -> Injection | None:
    line = rng.choice(HEADINGS)
    if rng.random() < 0.2:
        line = line.upper()
    body, start = _insert_paragraph(article["body"], line, rng, where=rng.choice(["between"] * 4 + ["start"]))
    return Injection(article["title"], body, [("body", start, start + len(line))])
