"""Which later noun of its own may name what a verb told (`lexicon.names_act_of`), and which
noun shortens the name of a kind (`lexicon.shortens`): WordNet relations, not word lists."""

from __future__ import annotations

import pytest

from analysis import lexicon


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("heist", "rob"),  # a heist is a robbery, the act of robbing
        ("hijacking", "seize"),  # seizing control of a vehicle
        ("walkout", "walk"),  # a strike in which workers walk out
        ("decision", "rule"),  # to rule is to decide with authority
        ("sale", "sell"),
    ],
)
def test_a_noun_of_its_own_names_the_verbs_act(noun: str, verb: str) -> None:
    assert lexicon.names_act_of(noun, verb)


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("investigation", "arrest"),  # what followed, not the act
        ("funeral", "kill"),
        ("summit", "reach"),  # a summit is first a peak
        ("bid", "try"),  # a bid is first a command
        ("fight", "meet"),  # "a hostile meeting": a noun in the definition, not the verb
        ("avalanche", "gather"),  # the noun's own verb "gathers into a mass": not the noun
        ("rally", "gather"),  # first a group
        ("statement", "make"),  # a verb of too many senses to tell
    ],
)
def test_a_noun_that_names_another_act_or_thing_does_not(noun: str, verb: str) -> None:
    assert not lexicon.names_act_of(noun, verb)


def test_a_noun_shortens_a_name_of_a_kinds_usual_sense() -> None:
    assert lexicon.shortens("stoppage", "strike")  # a work stoppage
    assert not lexicon.shortens("strike", "stoppage")
    assert not lexicon.shortens("action", "strike")


def test_a_closed_compound_wordnet_lacks_is_no_season() -> None:
    """ "rockfall", "ashfall": WordNet lacks them, and their head's first sense is autumn; a
    word before the head rules the season out, so the head's sense of a descent decides."""
    assert lexicon.is_event_noun("rockfall")
    assert lexicon.is_event_noun("ashfall")
    assert not lexicon.is_event_noun("nightfall")  # (WordNet has it: a time)
