"""Injectors for `artifact.llm_leftover`, `date.after_publication`, `date.weekday_mismatch`
and `number.conflict`.

Templates come from `generation_dev.py` for dev articles and from the held-out
`generation_test.py` for test articles (`bench.split`), so `--part test` measures
wording the detectors were not tuned on. Nothing is imported from `analysis`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import re
from types import ModuleType

from bench.injectors import Injection, generation_dev, generation_test, injector
from bench.split import part_of

_PARA = re.compile(r"\n\s*\n")


def templates(article: dict) -> ModuleType:
    return generation_test if part_of(article["id"]) == "test" else generation_dev


def _insert_paragraph(body: str, text: str, rng: random.Random) -> tuple[str, int]:
    breaks = [(m.start(), m.end()) for m in _PARA.finditer(body)]
    where = rng.random()
    if where < 0.15 or not breaks:
        return text + "\n\n" + body, 0
    if where < 0.3:
        new = body.rstrip() + "\n\n"
        return new + text, len(new)
    s, e = rng.choice(breaks)
    return body[:s] + "\n\n" + text + "\n\n" + body[e:], s + 2


def _published(article: dict) -> dt.date | None:
    value = article.get("published_at")
    return dt.date.fromisoformat(value[:10]) if value else None


# --- artifact.llm_leftover ---------------------------------------------------------


@injector("artifact.llm_leftover")
def leftover_line(article: dict, rng: random.Random) -> Injection | None:
    """A refusal, disclaimer, cutoff, preamble, prompt or label as its own paragraph."""
    line = rng.choice(templates(article).LEFTOVER_LINES)
    body, start = _insert_paragraph(article["body"], line, rng)
    return Injection(article["title"], body, [("body", start, start + len(line))])


@injector("artifact.llm_leftover")
def leftover_inline(article: dict, rng: random.Random) -> Injection | None:
    """A leftover sentence glued to the end of a paragraph."""
    body = article["body"]
    ends = [m.start() for m in _PARA.finditer(body) if body[m.start() - 1] in ".!?"]
    if not ends:
        return None
    pos = rng.choice(ends)
    line = rng.choice(templates(article).LEFTOVER_LINES)
    new = body[:pos] + " " + line + body[pos:]
    return Injection(article["title"], new, [("body", pos + 1, pos + 1 + len(line))])


_OUTSIDE_QUOTES = re.compile(r"(?m)^[^\"“”\n]{40,}$")


@injector("artifact.llm_leftover")
def placeholder(article: dict, rng: random.Random) -> Injection | None:
    """A name or figure in a quote-free paragraph replaced by a template field; or Lorem ipsum."""
    body = article["body"]
    t = templates(article)
    if rng.random() < 0.15:
        body, start = _insert_paragraph(body, t.LOREM, rng)
        return Injection(article["title"], body, [("body", start, start + len(t.LOREM))])
    lines = list(_OUTSIDE_QUOTES.finditer(body))
    rng.shuffle(lines)
    for line in lines:
        words = list(re.finditer(r"(?<= )(?:[A-Z][a-z]{3,}|\d[\d,.]*)(?=[ ,.])", line.group()))
        if words:
            w = rng.choice(words)
            field = rng.choice(t.PLACEHOLDERS)
            s = line.start() + w.start()
            new = body[:s] + field + body[s + len(w.group()) :]
            return Injection(article["title"], new, [("body", s, s + len(field))])
    return None


@injector("artifact.llm_leftover")
def markdown(article: dict, rng: random.Random) -> Injection | None:
    """A Markdown heading line, bold words, or a paragraph turned into bullets."""
    body = article["body"]
    kind = rng.choice(["heading", "bold", "bullets"])
    if kind == "heading":
        line = rng.choice(templates(article).HEADINGS)
        new, start = _insert_paragraph(body, line, rng)
        return Injection(article["title"], new, [("body", start, start + len(line))])
    if kind == "bold":
        lines = list(_OUTSIDE_QUOTES.finditer(body))
        if not lines:
            return None
        line = rng.choice(lines)
        words = list(re.finditer(r"[A-Za-z]{4,}(?: [A-Za-z]{3,})?", line.group()))
        if not words:
            return None
        w = rng.choice(words)
        s, e = line.start() + w.start(), line.start() + w.end()
        new = body[:s] + "**" + body[s:e] + "**" + body[e:]
        return Injection(article["title"], new, [("body", s, e + 4)])
    paragraphs = [m for m in re.finditer(r"[^\n]+", body) if body[m.start() : m.end()].count(". ") >= 1]
    if not paragraphs:
        return None
    p = rng.choice(paragraphs)
    sentences = re.split(r"(?<=\.) (?=[A-Z])", p.group())
    marker = rng.choice(["- ", "* "])
    bullets = "\n".join(marker + s for s in sentences)
    new = body[: p.start()] + bullets + body[p.end() :]
    spans, pos = [], p.start()
    for s in sentences:
        spans.append(("body", pos, pos + 1))
        pos += len(marker) + len(s) + 1
    return Injection(article["title"], new, spans)


# --- date.after_publication ---------------------------------------------------------


def _format_date(day: dt.date, rng: random.Random, year: bool) -> str:
    month = calendar.month_name[day.month]
    if year:
        return rng.choice([f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}"])
    return rng.choice([f"{month} {day.day}", f"{day.day} {month}"])


@injector("date.after_publication")
def dated_after_publication(article: dict, rng: random.Random) -> Injection | None:
    published = _published(article)
    if published is None:
        return None
    day = published + dt.timedelta(days=rng.randint(3, 50))
    date = _format_date(day, rng, year=rng.random() < 0.5)
    sentence = rng.choice(templates(article).AFTER_PUBLICATION).format(date=date)
    body, start = _insert_paragraph(article["body"], sentence, rng)
    s = start + sentence.index(date)
    return Injection(article["title"], body, [("body", s, s + len(date))])


# --- date.weekday_mismatch ----------------------------------------------------------


@injector("date.weekday_mismatch")
def wrong_weekday(article: dict, rng: random.Random) -> Injection | None:
    published = _published(article)
    if published is None:
        return None
    t = templates(article)
    day = published - dt.timedelta(days=rng.randint(1, 40))
    fmt = rng.choice(t.WEEKDAY_DATE_FORMATS)
    date = fmt.format(month=calendar.month_name[day.month], day=day.day, year=day.year)
    wrong = calendar.day_name[(day.weekday() + rng.randint(1, 6)) % 7]
    sentence = rng.choice(t.WEEKDAY).format(weekday=wrong, date=date)
    body, start = _insert_paragraph(article["body"], sentence, rng)
    s = start + sentence.index(wrong)
    return Injection(article["title"], body, [("body", s, s + len(wrong) + 2 + len(date) + 1)])


# --- number.conflict ---------------------------------------------------------------

_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def _spell(n: int, rng: random.Random, first: bool) -> str:
    if 2 <= n <= 12 and rng.random() < 0.5:
        word = _WORDS[n - 2]
        return word.capitalize() if first else word
    return str(n)


@injector("number.conflict")
def conflicting_numbers(article: dict, rng: random.Random) -> Injection | None:
    t = templates(article)
    body = article["body"]
    if rng.random() < 0.35:
        first, second = rng.choice(t.AGE_PAIRS)
        name = rng.choice(t.NAMES)
        a = rng.randint(25, 90)
        b = a + rng.choice([-3, -2, -1, 1, 2, 3])
        one = first.format(name=name, a=a)
        two = second.format(name=name, b=b)
        values = (str(a), str(b))
    else:
        first, second = rng.choice(t.NUMBER_PAIRS)
        a = rng.randint(3, 40)
        b = a + rng.choice([-2, -1, 1, 2, 3, 5])
        if b < 2:
            b = a + 2
        if "million" in first:
            values = (str(a), str(b))
        else:
            values = (_spell(a, rng, first.startswith("{a}")), _spell(b, rng, second.startswith("{b}")))
        one = first.format(a=values[0])
        two = second.format(b=values[1])
    # the first early in the article, the second later
    paras = [m.end() for m in _PARA.finditer(body)]
    if len(paras) < 2:
        return None
    i = rng.randint(0, len(paras) // 2)
    j = rng.randint(i + 1, len(paras) - 1) if i + 1 < len(paras) else None
    if j is None:
        return None
    p1, p2 = paras[i], paras[j]
    new = body[:p1] + one + "\n\n" + body[p1:p2] + two + "\n\n" + body[p2:]
    s1 = p1 + one.index(values[0])
    s2 = p2 + len(one) + 2 + two.index(values[1])
    return Injection(
        article["title"], new, [("body", s1, s1 + len(values[0])), ("body", s2, s2 + len(values[1]))]
    )
