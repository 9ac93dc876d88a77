"""`claims(doc)`: the interval claims and dated instances of an article, each with the range
of years its previous occurrence may lie in, counted back from the years of its event."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from analysis import lexicon
from analysis.events import event_lemma, events, main_event
from analysis.intervals.instances import (
    _MONTHS,
    _TIME_PREPS,
    _dated_at,
    _instance,
    _instance_owner,
    _past_asserted,
)
from analysis.intervals.kinds import (
    _GENERIC,
    _bare,
    _claim_verb,
    _classes,
    _compounds,
    _kind_noun,
    _manner,
    _misparsed_noun,
    _named,
    _named_compounds,
    _names_of,
    _negated_stand_in,
    _negated_verb,
    _object_classes,
    _objects,
    _occurrence,
    _phrase_end,
    _said_of_clause,
    _sees_stand_in,
    _stands_in,
    _subject_of,
    _such_of,
    _verb_forms,
    _whole_noun,
)
from analysis.intervals.owners import (
    _CONTRAST,
    _claim_owner,
    _other_holder,
    _owner_name,
    _pronoun_referent,
    _scope,
)
from analysis.intervals.syntax import _INDEFINITE, _indefinite, _particle, _prep, _tells_of, _verb_of
from analysis.intervals.triggers import (
    _BREAKS,
    _NEGATIONS,
    _before_this,
    _break_of,
    _chain,
    _clause_break,
    _context,
    _dangling_it_has_been,
    _first_governs,
    _follows_one,
    _is_break,
    _is_previous,
    _last_on_verb,
    _marks_previous,
    _measured_break,
    _negated,
    _nominal_first,
    _points_back,
    _predecessor,
    _reached_break,
    _recurs,
    _sentence_subject_year,
    _since_dependent,
    _without_after,
)
from analysis.intervals.values import (
    _UNITS,
    _YEAR,
    _counted_back,
    _duration,
    _orphan_preposition,
    _runs_to_now,
    _year_of,
    reference_events,
)
from analysis.text import text_of


def _read(value: Token, published: int | None) -> dict[str, Any] | None:
    """The claim a time value makes, or None."""
    number = value
    if value.dep_ == "nummod" and _year_of(value) is not None and value.head.lower_ in _MONTHS:
        value = value.head  # "came in March 2016": the phrase hangs by the month, its year is the value
    clause, tokens = _context(value)
    chain = _chain(value, clause)
    sent = value.sent
    in_ctx = {t.i for t in tokens}
    dur = _duration(value)
    year = _year_of(number)
    ref: tuple[str, int, int, int] | None = None  # name, start, end, end index
    if dur is None and year is None:
        if value.lower_ != "since":
            return None
        rest = value.doc[value.i + 1 : sent.end]
        best = None
        for pattern, name, start, stop in reference_events():
            hit = pattern.match(rest.text)
            if hit and (best is None or hit.end() > best[0]):
                best = (hit.end(), name, start, stop)
        if best is None:
            return None
        span = value.doc.char_span(rest.start_char, rest.start_char + best[0], alignment_mode="expand")
        if span is None:
            return None
        ref = (best[1], best[2], best[3], span.end)
    # the words before the value up to a comma or the sentence start: where a trigger sits
    # when the parse went wrong ("The league's last final before this season took place in 1999")
    left = value.i
    while left > sent.start and value.doc[left - 1].text not in (",", ";", ":", "—", "–", "(", '"', "“"):
        left -= 1
    near = {t.i: t for t in tokens}
    near.update({t.i: t for t in value.doc[left : value.i]})
    widened = [near[i] for i in sorted(near)]
    firsts = [
        t
        for t in widened
        if t.lower_ == "first"
        and (
            (t.dep_ != "advmod" and t.pos_ != "ADV")
            or (t.i > 0 and t.nbor(-1).tag_ in ("POS", "PRP$"))
            or _nominal_first(t)
        )
    ]  # an adverb "first" ("first cut its dividend") is no claim, but "United's first" is
    copula = _sentence_subject_year(value) if year is not None else None
    if copula is not None:  # "2011 was the last time the town had a launch"
        extra = {t.i: t for t in copula.subtree if t.i not in near}
        tokens = tokens + list(extra.values())
        widened = sorted([*widened, *extra.values()], key=lambda t: t.i)
    previous = [t for t in widened if _is_previous(t) or _predecessor(t) or _follows_one(t)]
    previous += [h for t in widened if (h := _before_this(t)) is not None]
    trigger: Token | None = None
    elapsed_kind = None
    dur_of: tuple[float, str, tuple[int, int] | None] | None = None
    since_tok: Token | None = None
    needs_kind = True  # a claim with no "first/last" must name what it counts
    rng: tuple[int, int] | None = None
    basis = ""
    start = value.i
    end = max(value.i, number.i) + 1
    prep = _prep(value)
    # "since it went on sale in 2009", "since records began in 1880": the year dates the
    # clause "since" opens, so it is the "since YEAR" of the claim
    since_mark = None
    if year is not None and prep == "in" and value.head.head == clause:
        opened = clause
        while opened.dep_ == "xcomp":  # "since detectives began keeping records in 1979"
            opened = opened.head
        if opened.dep_ == "advcl":
            since_mark = next((m for m in opened.children if m.dep_ == "mark" and m.lower_ == "since"), None)
    # "no tornado between 2014 and this year": a span that runs up to now is "since 2014"
    until_now = year is not None and prep == "between" and _runs_to_now(value)
    # "a wait that stretched back to 1998": a break reaching back to a year runs since then
    reach = value.head.head.head if value.head.head.lower_ == "back" else value.head.head  # "went back to"
    back_to = (
        year is not None
        and prep == "to"
        and any(c.lower_ == "back" for c in (*reach.children, value.head.head))
        and _reached_break(reach) is not None
    )
    if (
        ref is not None
        or since_mark is not None
        or until_now
        or back_to
        or (year is not None and any(_prep(t) == "since" or t.lower_ == "since" for t in chain))
    ):
        # "since YEAR / since the end of the Cold War"
        since = value
        if since_mark is not None:
            since = since_mark
        elif until_now:
            since = value.head
        elif back_to:
            since = value.head if value.head.head == reach else value.head.head
        elif ref is None:
            since = next((t.head for t in chain if _prep(t) == "since"), None) or next(
                t for t in chain if t.lower_ == "since"
            )
        since_tok = since
        if ref is not None:
            rng, basis, end = (ref[1], ref[2]), ref[0], ref[3]
        else:
            rng, basis = (year, year), str(year)  # type: ignore[assignment]
            if [t.lower_ for t in value.doc[max(sent.start, value.i - 2) : value.i]] == ["at", "least"]:
                rng = (-10_000, year)  # "the first since at least 2007": the last one then or before
        host = since.head
        breaks = _reached_break(host) if back_to else _clause_break(host)
        firsts = [t for t in firsts if _first_governs(t, since)]
        if firsts:
            trigger = min(firsts, key=lambda t: abs(t.i - since.i))
            needs_kind = False
        elif _negated(clause, [since, host]) or any(c.dep_ == "neg" for c in since.children):
            trigger = next((t for t in tokens if t.lower_ in _NEGATIONS or t.dep_ == "neg"), since)
        elif breaks is not None:
            trigger = breaks
        else:
            return None
    elif dur is not None:
        n, qual, dstart = dur
        start = dstart
        ref_year: tuple[int, int] | None = None
        # a count in words ("a quarter of a century") hangs from the phrase's own head; a
        # unit hung outside the phrase is its head, wherever the parse put a qualifier ("in
        # well over 10 years" with "well" on "in")
        phrase = value.doc[dstart : value.i + 1]
        v = (
            next((t for t in phrase if not dstart <= t.head.i <= value.i), value)
            if dstart < value.i and dstart <= value.head.i <= value.i
            else value
        )
        if v is not value:
            prep = _prep(v)
        head = v.head
        governor = v.head
        if prep is None and (orphan := _orphan_preposition(value.doc, dstart)) is not None:
            prep, governor = orphan.lower_, orphan  # "first in well over 10 years", parsed apart
        firsts = [t for t in firsts if _first_governs(t, governor)] if prep else []
        if prep in ("in", "for", "over", "within") and firsts:
            trigger = min(firsts, key=lambda t: abs(t.i - value.i))
            needs_kind = False
        elif prep in ("in", "for", "over") and _negated(clause, [governor]):
            trigger = next((t for t in tokens if t.lower_ in _NEGATIONS or t.dep_ == "neg"), governor)
        elif v.dep_ in ("npadvmod", "dobj", "nsubj") and any(c.lower_ == "without" for c in head.children):
            trigger = next(c for c in head.children if c.lower_ == "without")  # "went N years without"
        elif (without := _without_after(v)) is not None:
            trigger = without  # "a run of 12 years without a title", "Twelve years without a win"
        elif v.dep_ in ("compound", "nummod", "amod") and head.lemma_.lower() in _BREAKS:
            trigger = head  # "a 12-year gap"
        elif v.dep_ == "npadvmod" and head.lower_ == "long" and head.head.lemma_.lower() in _BREAKS:
            trigger = head.head  # "a decade-long wait"
        elif prep == "of" and head.head.lemma_.lower() in _BREAKS:
            trigger = head.head  # "a gap of 12 years"
        elif (waiting := _break_of(v)) is not None:
            trigger = waiting  # "ended 12 years of waiting"
        elif prep == "after" and (
            waited := next(
                (
                    c
                    for c in head.head.children
                    if c.dep_ == "nsubj" and _is_break(c) and any(p.lower_ == "for" for p in c.children)
                ),
                None,
            )
        ):
            trigger = waited  # "The wait for a title is over after 12 years": what was awaited
        elif (
            v.dep_ in ("attr", "npadvmod", "dobj")
            and head.lemma_.lower() == "be"
            and (
                any(
                    c.lower_ == "since" or any(m.lower_ == "since" for m in c.children if m.dep_ == "mark")
                    for c in head.children
                )
                # "It is 12 years since the last X": the parse hung "since" on the duration
                or (v.dep_ == "attr" and _since_dependent(v) is not None)
            )
        ):
            trigger = head  # "it had been 12 years since ..."
            since_dep = _since_dependent(head) or _since_dependent(v)
            marker = [t for t in since_dep.subtree if _is_previous(t)] if since_dep is not None else []
            if marker:  # "... since we last had a blackout": the earlier instance names the kind
                trigger, needs_kind = marker[0], False
            elif since_dep is not None and since_dep.dep_ == "advcl" and _past_asserted(since_dep):
                trigger, needs_kind = since_dep, False  # "... since a lion escaped": that clause is the kind
        elif v.dep_ == "npadvmod" and head.lower_ == "since" and head.head.lemma_.lower() == "be":
            trigger = head.head  # the same, parsed as "[8 years] since"
        elif (
            v.dep_ in ("nsubj", "attr", "npadvmod", "dobj")
            and (since_dep := _since_dependent(head)) is not None
            and _points_back(list(since_dep.subtree))
        ):
            # "nine years have elapsed since the prior raid": the earlier instance
            # names what is counted
            trigger = next(t for t in since_dep.subtree if _is_previous(t) or _before_this(t) is not None)
            needs_kind = False
        elif (following := _dangling_it_has_been(value)) is not None:
            trigger = head  # "It had been 25 years. Not since then had the town faced ..."
            tokens = list(following)
            clause = following.root
        elif (elapsed := _elapsed_since(v, clause, published)) is not None:
            # "unveiled on Saturday, 15 years after the mine collapse": the collapse was then
            trigger, elapsed_kind, ref_year = head, elapsed[0], elapsed[1]
            needs_kind = False
        elif v.dep_ == "npadvmod" and head.lower_ in ("after", "earlier", "before", "ago", "later"):
            end = max(end, head.i + 1)
            if head.lower_ == "ago":
                if not previous:
                    return None
                trigger = previous[0]
                needs_kind = False
                if published is not None:
                    ref_year = (published, published)
            elif head.lower_ == "after" and head.dep_ == "mark":
                # "came 50 years after the volcano last erupted": the clause's "last" marks the previous one
                last = [c for c in head.head.children if _is_previous(c) and _last_on_verb(c) == head.head]
                if not last:
                    return None
                trigger, needs_kind = last[0], False
            elif head.lower_ == "after":
                objs = [c for c in head.children if c.dep_ == "pobj"]
                if not objs or not (
                    any(_is_previous(c) for c in objs[0].children)
                    or (objs[0].lower_ == "one" and any(c.lower_ == "before" for c in objs[0].children))
                ):
                    return None
                marker = [c for c in objs[0].children if _is_previous(c)]
                trigger = marker[0] if marker else head  # "after the previous one": "one" is the kind
            else:
                if not previous:
                    return None
                trigger = previous[0]
                needs_kind = False
        elif prep == "after" and _recurs(head.head):
            trigger = head.head  # "the derby returned after 12 years", "flooded again after ..."
        elif (measured := _measured_break(v)) is not None:
            trigger = measured  # "had waited 15 years for a census", "the wait had lasted 30 years"
            # "the wait" with nothing awaited named is the wait for the event told of before
            needs_kind = measured.pos_ == "VERB" or not any(d.lower_ == "the" for d in measured.children)
        else:
            return None
        rng = (0, 0)  # counted back from the year of the claim's event, once its kind is known
        dur_of = (n, qual, ref_year)
    else:
        # a year of the previous instance: "the last strike was in 2007", "the 1987 raid was the last"
        assert year is not None
        if not previous:
            return None
        host = value.head
        ranged = value.i + 1 < len(value.doc) and value.nbor(1).lower_ in ("to", "until", "-", "–")
        ok = (
            prep in ("in", "to", "during", "of")
            or (prep == "from" and not ranged)  # "dates from 2005", not "from 2001 to 2005"
            # "had to wait until 2012 for the last title": the wait ended with it
            or (prep == "until" and _is_break(host.head))
            or copula is not None
            or value.dep_ in ("attr", "appos", "npadvmod")
            # "was as long ago as 2010", "as recently as 2019": the year the comparison reaches
            or (prep == "as" and host.head.pos_ in ("ADV", "ADJ") and host.head.i < host.i)
            # "the 1987 final was the last", "1987's final was the last"
            or (value.dep_ in ("nummod", "compound", "amod", "poss") and host.pos_ in ("NOUN", "PROPN"))
        )
        if not ok:
            return None
        trigger = min(previous, key=lambda t: abs(t.i - value.i))
        needs_kind = False
        if _last_on_verb(trigger) is not None and _verb_of(value) not in (trigger.head, None):
            return None  # "The factory opened in 1985 and last expanded in 2016": 1985 is the opening's
        if value.dep_ in ("nummod", "compound", "amod", "poss") and not (
            trigger.head == host
            or (trigger.dep_ in ("attr", "acomp") and host.dep_ in ("nsubj", "nsubjpass"))
            # "The 2012 final was the previous one": "last" on the copula's generic noun
            or (
                host.dep_ in ("nsubj", "nsubjpass")
                and trigger.head.dep_ == "attr"
                and trigger.head.head == host.head
                and trigger.head.lower_ in _GENERIC
            )
            # "The club's last trophy was the 2009 league title": the copula's subject is the last
            or (
                host.dep_ == "attr"
                and trigger.head.dep_ in ("nsubj", "nsubjpass")
                and trigger.head.head == host.head
            )
        ):
            return None  # "the 2014 election" next to some other "last"
        rng, basis = (year, year), str(year)
    if trigger is None or rng is None:
        return None
    skip = {t.i for t in since_tok.subtree} if since_tok is not None else set()
    kind_tok = None
    if _said_of_clause(trigger) is not None:
        needs_kind = False  # "..., something that has not happened since 1982": the verb is the kind
    elif _negated_verb(trigger) is not None:
        needs_kind = False  # "no dam in the region had failed in 30 years": the verb is the kind
    elif elapsed_kind is not None:
        kind_tok = elapsed_kind
    else:
        kind_tok = _kind_noun(trigger, clause, tokens, skip - {trigger.i})
        kind_tok = _whole_noun(kind_tok) if kind_tok is not None else None
    stand_in = kind_tok is None and needs_kind and _negated_stand_in(trigger, clause)
    if kind_tok is None and needs_kind and not stand_in:
        return None
    lo_i = min(trigger.i, start)
    hi_i = max(trigger.i + 1, end)
    near = kind_tok is not None and (lo_i - 8 <= kind_tok.i < lo_i or hi_i <= kind_tok.i < hi_i + 8)
    if (
        kind_tok is not None and near and kind_tok.i in in_ctx and kind_tok.i not in skip
    ):  # show what it counts
        lo_i, hi_i = min(lo_i, kind_tok.i), max(hi_i, kind_tok.i + 1)
    return {
        "start": lo_i,
        "end": hi_i,
        "trigger": trigger,
        "kind_tok": kind_tok,
        "range": rng,
        "dur": dur_of,
        "start_value": start,
        "value": value.i,
        "basis": basis,
        "scope": _scope(sent, tokens, trigger, kind_tok),
        "owner": _claim_owner(trigger, kind_tok),
        "referent": _pronoun_referent(trigger, kind_tok),
        "clause": {t.i for t in clause.subtree},
        "head": clause,
        "stand_in": stand_in,
        "elapsed": elapsed_kind is not None,
    }


def _dates_elsewhere(event: dict[str, Any] | None, claim: Any) -> list[dict[str, Any]]:
    """The date entries an event is given outside the claim's sentence (not a previous one's)."""
    if event is None:
        return []
    doc = claim.doc
    return [
        d["entry"]
        for d in event["dates"]
        if not claim.sent.start <= d["mention"] < claim.sent.end and not _marks_previous(doc[d["mention"]])
    ]


def _elapsed_since(
    value: Token, clause: Token, published: int | None
) -> tuple[Token, tuple[int, int]] | None:
    """ "N years after the eruption", "N years on from the eruption", "N years after a fire
    gutted the hall", said of a clause dated to a year ("In 2010, 20 years after the attack")
    or to the days around publication ("unveiled on Saturday, 15 years after the collapse"):
    the event the years count from, and the year they count from. Not "after the previous
    one" (a claim of its own)."""
    head = value.head
    event = None
    if head.lower_ == "after" and head.dep_ == "prep":
        event = next((c for c in head.children if c.dep_ == "pobj"), None)
        dated = clause
    elif head.lower_ == "on" and value.dep_ == "npadvmod":
        event = next(
            (g for c in head.children if c.lower_ == "from" for g in c.children if g.dep_ == "pobj"), None
        )
        dated = head.head
    elif (
        head.pos_ == "VERB"
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "after" for c in head.children)
    ):
        # "reopened on Friday, seven years after a fire gutted its main hall": the clause's subject
        event = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        dated = head.head
        if event is not None and event.pos_ == "PRON" and head.tag_ == "VBN":
            # "restarted on Thursday, 14 years after it was shut down": what was done to it
            return _counted_from(head, dated, published)
    if event is None or event_lemma(event) is None or any(_is_previous(c) for c in event.children):
        return None
    if event.dep_ == "pobj" and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in _INDEFINITE for c in event.children
    ):
        return None  # ("after a fire": any fire)
    return _counted_from(event, dated, published)


def _counted_from(event: Token, dated: Token, published: int | None) -> tuple[Token, tuple[int, int]] | None:
    """The event with the year the claim's clause is dated to: its own one year, else the year
    of publication when it is dated to the days around it ("on Saturday"); else None."""
    if (own := _own_year(dated)) is not None:
        return event, own
    lo, hi = dated.left_edge.idx, dated.right_edge.idx
    recent = any(
        e["_date"].relative and lo <= e["span"][0] <= hi and e["_date"].start.year == published
        for e in dated.doc._.timeline
    )
    return (event, (published, published)) if recent and published is not None else None


def _own_year(clause: Token) -> tuple[int, int] | None:
    """The one year the claim's own clause is dated to: "hosted the games in 2012", "In 2012
    the club won the league", each with its gap of 40 years. The gap counts back from that
    year, whatever other dates the article gives the event."""
    years = {
        got[0]
        for p in clause.children
        if p.dep_ == "prep"
        for t in p.children
        if (got := _dated_at(t)) is not None and got[1].i == p.i
    }
    if len(years) != 1:
        return None
    year = years.pop()
    return year, year


def _event_years(
    doc: Doc, event: dict | None, instances: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    # the date of "the previous strike", "the strike before this one" or "another ferry sank
    # in 2014" (an instance, `_instance`) is not this one's
    dates = (
        [
            d
            for d in event["dates"]
            if not _marks_previous(doc[d["mention"]]) and d["mention"] not in instances
        ]
        if event
        else []
    )
    if dates:
        years = [d["entry"]["_date"].start.year for d in dates]
        years += [d["entry"]["_date"].end.year for d in dates]
        return min(years), max(years)
    published = doc._.article.published_at
    if published is not None:
        return published.year, published.year
    # no date for the event nor the article: news reports the latest date it gives
    years = [t["_date"].end.year for t in doc._.timeline if t.get("_date") and not t["_date"].relative]
    if years:
        return max(years) - 1, max(years)
    return None


def claims(doc: Doc) -> list[dict[str, Any]]:
    event = main_event(doc)
    published = doc._.article.published_at
    pub_year = published.year if published is not None else None
    all_events = events(doc)
    keys = {lemma: e["key"] for e in reversed(all_events) for lemma in e["lemmas"]}
    if event:  # the main event first: a claim with no event noun of its own is about it
        keys = {event["key"]: event["key"], **keys}
    other = {e["key"]: set(e["other_mentions"]) for e in all_events}

    by_key = {e["key"]: e for e in all_events}
    main_years = _event_years(doc, event)
    instance_tokens: frozenset[int] = frozenset()  # the words of dated instances, found below

    def base_years(kind: str) -> tuple[int, int] | None:
        """The year a claim counts back from: its event's dates, else the publication."""
        e = by_key.get(kind)
        if e is not None and (e["dates"] or e is event):
            return _event_years(doc, e, instance_tokens)
        if pub_year is not None:
            return pub_year, pub_year
        return main_years

    def key(lemma: str) -> str:
        if lemma in keys:
            return keys[lemma]
        for k in dict.fromkeys(keys.values()):
            if lexicon.same_kind(lemma, k):
                return k
        return lemma

    found: list[dict[str, Any]] = []
    used: set[int] = set()
    for tok in doc:
        if tok.i in used:
            continue
        if not (
            tok.lemma_.lower() in _UNITS or (tok.like_num and _YEAR.match(tok.text)) or tok.lower_ == "since"
        ):
            continue
        if tok.lower_ == "since" and any(t.like_num and _YEAR.match(t.text) for t in tok.subtree if t != tok):
            continue  # read at its year
        c = _read(tok, pub_year)
        if c is not None:
            used.add(tok.i)
            found.append(c)
    out = []
    text = text_of(doc)
    marks: set[int] = set()
    claimed = {doc[c["value"]].sent.start for c in found}
    for tok in doc:  # dated instances: they only tell against a claim's gap (see `conflicts`)
        if tok.i in used or (got := _instance(tok)) is None or _CONTRAST.search(tok.sent.text):
            continue
        if tok.sent.start in claimed:
            continue  # "In 2019 the river flooded the town for the first time in 30 years": the claim's own
        noun, verb, named = got
        year = dated[0] if (dated := _dated_at(tok)) is not None else int(tok.text)
        # an instance names its kind itself: the very lemma, not one the article's events
        # group with it nor a noun of a wider kind ("an attack in 2015" need not be the raid's)
        lemma = (event_lemma(noun) or lexicon.noun_lemma(noun.text)) if named else None
        alts = {lemma} if lemma else set()
        if verb is not None and verb.lemma_.lower() != "be":  # "an eclipse was visible": the eclipse alone
            for base_form in _verb_forms(verb):
                alts |= set(lexicon.event_nouns_of_verb(base_form, _particle(verb))) | {base_form}
                # the act named by a synonym of its usual sense: "crowned" (as "coronate") a coronation
                alts |= set(lexicon.synonym_nouns_of(base_form)) if not _particle(verb) else set()
        if (
            verb is not None and not named
        ):  # what the verb brought: "reported a profit", "a curfew was imposed", "granted clemency"
            alts |= {
                lexicon.noun_lemma(_phrase_end(c).text)  # "recorded a cup final": a final
                for c in verb.children
                if c.dep_ in ("dobj", "nsubjpass")
                and c.pos_ == "NOUN"
                and (_indefinite(c) or _bare(c) or _tells_of(verb))  # "the aurora was photographed"
            }
            # "Nurses went on strike", "came under attack": a bare event noun after a preposition
            alts |= {
                lemma
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ not in _TIME_PREPS
                for o in p.children
                if o.dep_ == "pobj" and _bare(o) and (lemma := event_lemma(o))
            }
        if not alts:
            continue
        marks |= {noun.i} | ({verb.i} if verb is not None else set())
        if verb is not None:  # "The team won the title in 2005": the title's date is the instance's
            marks |= {c.i for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")}
            marks |= {o.i for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"}
        ends = [noun.left_edge.i, noun.i, tok.i] + ([verb.i] if verb is not None and not named else [])
        span = doc[min(ends) : max(ends) + 1]
        tokens = list(verb.subtree if verb is not None else noun.subtree)
        out.append(
            {
                "span": (span.start_char, span.end_char),
                "kind": lemma or sorted(alts)[0],
                "scope": _scope(tok.sent, tokens, None, noun),
                "alts": alts,
                "range": (year, year),
                "instance": True,
                "mods": _classes(noun) | _manner(verb) if named else _manner(verb) | _object_classes(verb),
                "compounds": _compounds(noun) if named else frozenset(),
                "owner": _instance_owner(noun, verb, named),
                # "A landslip closed a mountain pass": what the named instance was done to
                "objects": _objects(verb) - {lexicon.noun_lemma(noun.text)} if named else _objects(verb),
                "parts": frozenset(alts) | (frozenset() if named else _objects(verb)),
                "verbs": frozenset()
                if named or verb is None or _tells_of(verb)
                else frozenset(_verb_forms(verb)),
                "basis": str(year),
                "text": text[span.start_char : span.end_char],
            }
        )
    instance_tokens = frozenset(marks)
    previous: tuple[int, str] | None = None  # the last claim's sentence start and kind
    for c in sorted(found, key=lambda c: c["start"]):
        span = doc[c["start"] : c["end"]]
        kind_tok = c["kind_tok"]
        kind = None
        if kind_tok is not None:  # an event noun joins the article's events; another noun is itself
            lemma = event_lemma(kind_tok) or _misparsed_noun(kind_tok)
            kind = key(lemma) if lemma else kind_tok.lemma_.lower()
        # a verb claim ("The club was last relegated in 2012") counts what its verb does: the
        # verb's event nouns are other names of its kind, and its kind when the article has
        # that event or the claim named no event noun of its own
        alts: set[str] = set()
        if kind_tok is not None and kind_tok.pos_ == "VERB":
            # "14 years after it was shut down": the acts of that verb and of its synonyms
            # ("shutdown", "closure")
            acts = lexicon.event_nouns_of_verb(kind_tok.lemma_, _particle(kind_tok))
            alts = {key(n) for n in acts | lexicon.synonym_nouns_of(kind_tok.lemma_)}
        holder = ""  # whose series a verb claim counts: "the river last froze over"
        owner = c["owner"]
        verb, names = _claim_verb(c["trigger"], kind_tok)
        if verb is not None and names:
            subj = [
                t
                for t in verb.children
                if t.dep_ in ("nsubj", "nsubjpass")
                and (t.pos_ in ("NOUN", "PROPN") or any(d.dep_ == "det" for d in t.children))
            ]  # a noun after "the" the small model may tag an adjective ("The reservoir last froze")
            if (
                subj
                and not event_lemma(subj[0])
                and not _occurrence(lexicon.noun_lemma(subj[0].text))
                and _phrase_end(subj[0]) == subj[0]  # "a book fair last came": the fair is no holder
            ):
                holder = lexicon.noun_lemma(subj[0].text) if subj[0].pos_ != "PROPN" else subj[0].text.lower()
                if subj[0].dep_ == "nsubj" and _other_holder(subj[0]):
                    owner = "~other " + _owner_name(subj[0])  # "A neighbouring court last recorded one"
                elif subj[0].dep_ == "nsubj" and not any(
                    d.lower_ in _INDEFINITE or d.lower_ == "no" for d in subj[0].children
                ):  # "no dam had failed": any dam, none owns the series
                    owner = _owner_name(subj[0])  # the doer owns the series ("the lender"), not "a lion"
                elif subj[0].dep_ == "nsubj" and any(d.lower_ in _INDEFINITE for d in subj[0].children):
                    owner = "~" + _owner_name(subj[0])  # "the first time a Scot had climbed it": any Scot
        if verb is not None:
            nouns = sorted(lexicon.event_nouns_of_verb(verb.lemma_, _particle(verb)))
            alts = {key(n) for n in nouns} | {verb.lemma_.lower()}
            args = [t for t in verb.children if t.dep_ in ("dobj", "attr") and t.pos_ != "PRON"]
            if not args:  # "a sinkhole last opened", "the model was last recalled": the subject
                args = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
            # "slipped into recession", "lived through a flood", "was last hit by a storm"
            args += [
                o
                for p in verb.children
                if p.dep_ in ("prep", "agent")
                for o in p.children
                if o.dep_ == "pobj"
            ]
            # what the verb took, by its own word as well as the article's event it joins
            # ("last reported a dividend": "dividend", though the article's "reward" takes it in)
            took = {event_lemma(t) or t.lemma_.lower() for t in args if _named(t)}
            alts |= took | {key(n) for n in took}
            if names and (kind_tok is None or not event_lemma(kind_tok)):
                known = [key(n) for n in nouns if key(n) in keys.values()]
                if known:
                    kind = known[0]
                elif kind is None or kind_tok is not None:  # not the previous claim's kind: "the
                    # factory last expanded"; nor the subject of the verb: "the first time the river flooded"
                    kind = nouns[0] if nouns else verb.lemma_.lower()
        told = [o for o in out if not o.get("instance")]
        if c["stand_in"] and not told:
            continue  # "That has not occurred since 2007" with no claim before it to stand for
        seen = bool(told) and _sees_stand_in(c["trigger"])
        if seen:
            kind_tok = None  # the seer ("residents remember the last one") is not what is counted
        if told and (seen or c["stand_in"] or _stands_in(kind_tok, verb)):
            kind, alts = told[-1]["kind"], set()  # "It last happened in 2016", "the previous occasion"
        if kind is None and previous is not None:
            kind = previous[1]  # "A first eruption in 12 years. The last happened in 2007."
        kind = kind or next(iter(keys.values()), None)
        if kind is None:
            continue
        others = other.get(kind, set())
        governors = {a.i for a in c["head"].ancestors}
        if any(
            t.i in others and t.i in governors and (kind_tok is None or t.i != kind_tok.i) for t in span.sent
        ):
            continue  # about another instance of the event ("Yeltsin's visit ... the first summit since ...")
        if kind in keys.values() or (kind_tok is not None and event_lemma(kind_tok)):
            previous = (span.sent.start, kind)  # "the last one" refers back to an event, not a "question"
        rng, basis = c["range"], c["basis"]
        base = base_years(kind)
        if c["dur"] is not None:
            n, qual, fixed = c["dur"]
            base = fixed or _own_year(c["head"]) or base
            if base is None:
                continue
            rng = _counted_back(n, qual, base)
            basis = f"{doc[c['start_value'] : c['value'] + 1].text} (event in {base[0]}"
            basis += (f"-{base[1]}" if base[1] != base[0] else "") + ")"
        out.append(
            {
                "span": (span.start_char, span.end_char),
                "kind": kind,
                # "15 years after the mine collapse": the days the article gives the collapse
                "event_dates": _dates_elsewhere(by_key.get(kind), span) if c["elapsed"] else [],
                "scope": c["scope"],
                "alts": alts | {kind} | _names_of(kind_tok, kind) | _such_of(kind_tok, key),
                "mods": frozenset() if _subject_of(kind_tok, verb) else _classes(kind_tok),
                "compounds": frozenset() if _subject_of(kind_tok, verb) else _compounds(kind_tok),
                "owner": c["owner"] or owner,
                "referent": frozenset() if c["owner"] or owner else c["referent"],
                "named": _named_compounds(kind_tok),
                "objects": _objects(verb),
                "holder": holder,
                "noun": lexicon.noun_lemma(kind_tok.text)
                if kind_tok is not None and _named(kind_tok)
                else "",
                # a verb of seeing or telling ("saw the aurora") is no act of the series: its object is
                "verbs": frozenset(_verb_forms(verb))
                if verb is not None and names and not _tells_of(verb)
                else frozenset(),
                "range": rng,
                "base": base,
                "basis": basis,
                "text": text[span.start_char : span.end_char],
            }
        )
    return sorted(out, key=lambda c: c["span"])
