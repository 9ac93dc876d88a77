"""Interval claims: statements about when an event last happened, read from the parse, and
whether two of them disagree; the check `date.interval_conflict`
(`analysis/checks/interval_conflict.py`) reports the ones that do.

Its modules, each importing only the ones above it in this list:
- `syntax`: parse helpers the others share (clause heads, prepositions, subjects and
  possessors, indefinite nouns, verbs of telling);
- `values`: time values (counts in digits or words, durations, years, the well-known events
  of `data/reference_events.json`) and the years a duration counts back to;
- `triggers`: the clause a value is read in and the trigger that makes it a claim there
  (first, negation, last / previous, break nouns, "it has been", recurrence, "the one
  before it");
- `kinds`: what a claim counts (its event noun or verb, stand-ins for the claim before, the
  modifiers, compounds and objects that say which series);
- `owners`: whose series it is (a person, a contrasted or other subject, the place it is
  counted in, a possessor or doer);
- `instances`: dated mentions of one instance that make no claim ("a hailstorm struck the
  town in 2017") and whose series they belong to;
- `claims`: `claims(doc)`, each claim with the years its previous occurrence may lie in,
  counted back from the years of its event;
- `compare`: whether two claims count one series and how many years apart they lie.

A claim is read from the dependency parse, starting from its time value and looking for
what makes it an interval claim in the same clause:
- a duration ("12 years", "twelve years", "more than two decades", "a decade", the
  "40-year" of "a 40-year drought"), a year ("2005", "the 1987 final", "May 2005") or a
  well-known event after "since" ("since the end of the Cold War", from
  `data/reference_events.json`);
- and a trigger that governs it in the clause (the clause of the value, widened up the
  tree through relative and subjectless clauses, never into the reporting verb):
  * "first" + "in/for/over DURATION" or "since YEAR": the previous one was then
    ("the first walkout at the mill in 12 years", "for the first time since 2005", "the
    first snowfall the capital had recorded in over a decade", "the league's first
    since 2012");
  * a negated clause ("not", "no", "nobody", "never", "without") + "in/for DURATION" or
    "since YEAR" ("had not held a referendum in nine years", "Never since 2013 has ...",
    "spent 40 years without a derby", "there has been no eclipse since 2017"; "a level not
    seen since 2011" counts the noun the negated participle is on);
  * "last / previous / prior / most recent / preceding" (on the event noun, or "last" on
    the verb) + a year of that instance ("the last eruption occurred in 2007", "the 1987
    final was the last", "had last hosted the race in 1999", "the prior edition, in
    2014") or "DURATION ago/earlier/before" ("the last edition ran nine years ago");
  * a break noun (gap, lull, hiatus, wait, drought ...) + its duration or "since YEAR"
    ("ended a 12-year wait", "a drought that had lasted since 1971");
  * "it has been DURATION since ..." ("since the previous eruption", "since the island
    last felt a quake");
  * "DURATION after / earlier" with a previous instance ("arrived 12 years after the
    prior edition", "preceded by a previous one 16 years earlier", "after the one
    preceding it");
  * "DURATION after / on from" an event of the article ("reopened on Friday, seven years
    after the fire", "30 years on from the eruption", "after a storm wrecked it", "14 years
    after it was shut down": what was done to it, named by that verb's acts and its
    synonyms'), said of a clause dated to a year or to the days around publication: the event
    was then, and `date.interval_conflict` checks it against the event's own dates
    (`event_dates`).
Each claim gives the year of the previous occurrence as a range on one timeline: a year
is itself, a duration counts back from the year of the claim's event (its dates, else the
publication date, else the latest date the article gives), ±1; "more than N" means at most
year - N, "nearly/almost N" narrows to the later side, "about/some N" and "a decade" widen
to ±3. "in a generation" and bare "in years" are too vague and are not read.

Two claims are compared only when they speak of the same thing:
- the same kind of event: the event noun the trigger modifies ("first walkout"), else the
  event noun the clause is about (subject of the copula, object of "felt/held/recall", the
  noun "the first" is in apposition to), else the previous claim's, else the main event;
  nouns of one specific WordNet kind are one kind (`analysis.lexicon.same_kind`);
- the same subject: a claim about a person ("his first title since 2001", "the first
  race he had finished since 1998", "For Jane Doe, this was ...") is compared only with
  claims about the same person; a claim marked as contrast ("by contrast", "elsewhere",
  "unlike") is about another subject and compared with nothing;
- not in a sentence about another instance of the event ("Yeltsin's visit ..., the first
  summit since ...", see `analysis.events`);
- or, of kinds not linked as one, in the very next sentence when it takes the claim up
  (`compare.next_sentence_pair`): by "that level", "this low", "do so", by naming the
  claim's thing ("snow-covered streets" after "the first snow since 1918"), or by a pronoun
  when the two acts share a usual sense ("It had last lowered borrowing costs in 2020" after
  "the bank's first rate cut in a decade"); reported at two years apart or more.
"""

from analysis.intervals.claims import claims

__all__ = ["claims"]
