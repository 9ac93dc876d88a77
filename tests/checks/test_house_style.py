"""style.house: a client's rules, given as plain data on the Article, applied by the analysis."""

from __future__ import annotations

import itertools

import pytest

from analysis.article import Article
from analysis.nlp import analyse, make_article_doc
from analysis.style import HouseStyle
from tests.conftest import assert_spans_exact, findings, seed_article

CODE = "style.house"
# short test bodies get this English paragraph, so language identification has enough to go on
FILLER = "\n\nThe council said the plan would be discussed again next week, according to a statement."


@pytest.fixture(scope="module")
def styled(nlp):
    """styled(rules, title, body, version=1) -> the result with that style."""

    owners = itertools.count()

    def _run(rules, title, body, version=1):
        # a (owner, id, version) is compiled once per process: each call is another client's style
        style = HouseStyle("house", version, rules, owner=f"test-{next(owners)}")
        body += FILLER
        result = analyse(nlp, [Article(title=title, body=body, style=style)])[0]
        assert_spans_exact(result, title, body)
        return result

    return _run


def test_no_style_no_house_findings_and_no_style_recorded(seed_result):
    assert findings(seed_result, CODE) == []
    assert seed_result["style"] is None


def test_substitution_suggests_the_house_form_with_evidence(styled):
    rules = [{"id": "kyiv", "type": "substitution", "swap": {"Kiev": "Kyiv"}, "message": "Use %s, not %s."}]
    result = styled(rules, "Talks in Kiev", "Officials met in Kiev. Kievan Rus was older.", version=7)
    found = findings(result, CODE)
    assert [(f["spans"][0]["field"], f["spans"][0]["text"]) for f in found] == [
        ("title", "Kiev"),
        ("body", "Kiev"),
    ]  # whole tokens only: "Kievan" is not "Kiev"
    f = found[0]
    assert f["suggestion"] == "Kyiv" and f["message"] == "Use Kyiv, not Kiev."
    assert f["severity"] == "warning"
    assert f["evidence"] == {
        "style": "house",
        "version": 7,
        "rule": "kyiv",
        "type": "substitution",
        "match": "Kiev",
        "suggestion": "Kyiv",
    }
    assert result["style"] == {"id": "house", "version": 7}


def test_ignorecase_as_vale_does_it(styled):
    body = "Crowds Stormed the hall. Later they stormed out."
    exact = styled([{"id": "x", "type": "existence", "tokens": ["stormed"]}], "A meeting", body)
    assert [f["spans"][0]["text"] for f in findings(exact, CODE)] == ["stormed"]
    loose = styled(
        [{"id": "x", "type": "existence", "tokens": ["stormed"], "ignorecase": True}], "A meeting", body
    )
    assert [f["spans"][0]["text"] for f in findings(loose, CODE)] == ["Stormed", "stormed"]


def test_ignorecase_substitution_keeps_the_capital_of_the_match(styled):
    rules = [{"id": "mail", "type": "substitution", "swap": {"e-mail": "email"}, "ignorecase": True}]
    result = styled(rules, "Letters", "E-mail the desk. We read every e-mail.")
    assert [f["suggestion"] for f in findings(result, CODE)] == ["Email", "email"]


def test_lemma_rules_match_every_inflection(styled):
    rules = [{"id": "quit", "type": "existence", "tokens": ["resign"], "match": "lemma", "severity": "info"}]
    body = "The minister resigned on Monday. Nobody else resigns so fast. Resignation letters piled up."
    result = styled(rules, "A minister goes", body)
    assert [f["spans"][0]["text"] for f in findings(result, CODE)] == [
        "resigned",
        "resigns",
    ]  # not "Resignation"
    assert {f["severity"] for f in findings(result, CODE)} == {"info"}


def test_scope_limits_a_rule_to_the_title_or_the_body(styled):
    rule = {"id": "slam", "type": "existence", "tokens": ["slams"]}
    title, body = "Mayor slams budget", "The mayor slams the budget again."
    in_title = styled([{**rule, "scope": "title"}], title, body)
    in_body = styled([{**rule, "scope": "body"}], title, body)
    assert [f["spans"][0]["field"] for f in findings(in_title, CODE)] == ["title"]
    assert [f["spans"][0]["field"] for f in findings(in_body, CODE)] == ["body"]


def test_consistency_keeps_the_form_used_first(styled):
    rules = [{"id": "pc", "type": "consistency", "either": {"percent": "per cent"}}]
    body = "Prices rose 4 per cent in May. Rents rose 6 percent. Wages rose 2 per cent."
    result = styled(rules, "Prices", body)
    [f] = findings(result, CODE)
    assert f["spans"][0]["text"] == "percent" and f["suggestion"] == "per cent"
    one_form = styled(rules, "Prices", "Prices rose 4 per cent. Wages rose 2 per cent.")
    assert findings(one_form, CODE) == []


def test_occurrence_max_and_min(styled):
    body = "It was very cold, very wet and very late."
    too_many = styled([{"id": "v", "type": "occurrence", "tokens": ["very"], "max": 1}], "Weather", body)
    [f] = findings(too_many, CODE)
    assert [s["text"] for s in f["spans"]] == ["very", "very"] and f["evidence"]["count"] == 3
    too_few = styled(
        [{"id": "dl", "type": "occurrence", "tokens": ["Reuters"], "min": 1, "scope": "body"}],
        "Weather",
        body,
    )
    [f] = findings(too_few, CODE)
    assert f["spans"][0]["field"] == "body" and f["evidence"]["count"] == 0


def test_severity_overrides_change_or_drop_any_code(nlp, seed_result):
    code = seed_result["findings"][0]["code"]
    seed = seed_article()
    rules = [
        {"id": "off", "type": "severity", "code": code, "severity": "off"},
        {"id": "loud", "type": "severity", "code": CODE, "severity": "error"},
        {"id": "visit", "type": "existence", "tokens": ["Pyongyang"], "severity": "info"},
    ]
    style = HouseStyle("house", 1, rules, owner="test-overrides")
    [result] = analyse(nlp, [Article(title=seed.title, body=seed.body, style=style)])
    assert findings(result, code) == []
    house = findings(result, CODE)
    assert house and {f["severity"] for f in house} == {"error"}
    assert result["verdict"] == "fail"


def test_gazetteer_names_reach_the_doc(nlp):
    rules = [
        {"id": "names", "type": "gazetteer", "places": ["Llanfairpwllgwyngyll"], "people": ["Zelenskyy"]}
    ]
    article = Article(title="t", body="b" + FILLER, style=HouseStyle("house", 1, rules, owner="test-names"))
    doc = make_article_doc(nlp, article)
    assert doc._.extra_names == {
        "places": ["Llanfairpwllgwyngyll"],
        "people": ["Zelenskyy"],
        "organisations": [],
    }
    assert make_article_doc(nlp, Article(title="t", body="b"))._.extra_names == {}


def test_a_style_version_is_compiled_once_per_process(nlp):
    check = nlp.get_pipe("copydesk_check_house_style").check
    rules = [{"id": "x", "type": "existence", "tokens": ["alpha"]}]
    first = check.compiled(HouseStyle("cache", 1, rules, owner="test"))
    assert check.compiled(HouseStyle("cache", 1, list(rules), owner="test")) is first
    assert check.compiled(HouseStyle("cache", 2, rules, owner="test")) is not first
    # the same id and version of another client is another style
    assert check.compiled(HouseStyle("cache", 1, rules, owner="other")) is not first


def test_patterns_are_data_not_code(styled):
    rules = [
        {"id": "re", "type": "existence", "tokens": ["(a+)+$", "Smith|Jones"]},
        {"id": "fmt", "type": "existence", "tokens": ["hello"], "message": "{0.__class__} %d %s %s"},
    ]
    body = "The reporter said hello to Smith and Jones, aaaaaaaaaaaaaaaaaaaaaaaa, then hello to the editor."
    result = styled(rules, "A reporter says hello", body)
    # no pattern runs as a regular expression: only the literal word matched
    assert [f["spans"][0]["text"] for f in findings(result, CODE)] == ["hello"] * 3
    assert {f["message"] for f in findings(result, CODE)} == {"{0.__class__} %d hello "}
