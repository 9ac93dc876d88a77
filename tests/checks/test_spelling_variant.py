from __future__ import annotations

from tests.conftest import assert_spans_exact, findings

CODE = "entity.spelling_variant"


def flagged(result) -> list[str]:
    return sorted({s["text"] for f in findings(result, CODE) for s in f["spans"]})


def test_variant_of_a_place_in_the_body(run):
    title = "Floods hit Bangkok after record rain"
    body = (
        "Floods hit Bangkok on Monday. Residents of Bangkok waded through streets. "
        "The governor of Bangkok said pumps were running. Schools in Bangkock stayed shut."
    )
    r = run(title, body)
    found = findings(r, CODE)
    assert len(found) == 1
    assert found[0]["suggestion"] == "Bangkok"
    assert flagged(r) == ["Bangkock"]
    assert found[0]["severity"] == "error"
    assert_spans_exact(r, title, body)


def test_misspelt_person_name(run):
    title = "Mayor opens new library"
    body = (
        "Mayor Helena Kowalczyk opened the library on Tuesday. Kowalczyk said the building cost "
        "little. Critics of Kowalczyk disagreed. Kowalcyzk later left for a council meeting."
    )
    r = run(title, body)
    found = findings(r, CODE)
    assert flagged(r) == ["Kowalcyzk"]
    assert found[0]["suggestion"] == "Kowalczyk"
    assert found[0]["evidence"]["suggested_count"] == 3


def test_kim_family_names_are_different_people(run):
    body = (
        "Kim Jong-un met officials. His father Kim Jong-il and grandfather Kim Il-sung are buried "
        "in Pyongyang. Kim Jong-un later spoke. Kim Jong-il ruled until 2011."
    )
    assert findings(run("Kim Jong-un visits mausoleum", body), CODE) == []


def test_similar_country_names_are_different_places(run):
    body = (
        "Austria and Australia signed a deal. Slovakia and Slovenia joined later. Iran and Iraq "
        "sent envoys, as did Niger and Nigeria, Gambia and Zambia, Sudan and South Sudan. "
        "Officials from Austria met officials from Australia again."
    )
    assert findings(run("Trade deal signed", body), CODE) == []


def test_demonyms_and_endings_are_not_variants(run):
    body = (
        "Korea and the Korean government agreed. Swedes in Sweden voted. The Minister of the "
        "Ministry spoke at the Centre, later renamed the Center."
    )
    assert findings(run("Ministers meet", body), CODE) == []


def test_different_given_names(run):
    body = "Jon Smith met John Doe. Later Jon Smith and John Doe left. Marian Keyes and Marion Stone spoke."
    assert findings(run("A meeting", body), CODE) == []


def test_lone_near_miss_of_a_country(run):
    body = "The delegation travelled to Argentena on Monday for talks about trade."
    found = findings(run("Talks on trade", body), CODE)
    assert [f["suggestion"] for f in found] == ["Argentina"]
    assert found[0]["severity"] == "warning"


def test_prefixed_and_doubled_letter_variants(run):
    body = (
        "Thousands marched against Beijing on Sunday. Supporters of the pro-Baijing camp gathered outside. "
        "Officials in Beijing said the march was illegal. Beijing has not commented."
    )
    found = [f for f in run("Marchers defy ban", body)["findings"] if f["code"] == "entity.spelling_variant"]
    assert [f["evidence"]["variant"] for f in found] == ["Baijing"]
    body = (
        "Wildfires spread across California on Monday. Firefighters in California battled the flames. "
        "Flights to and from Callifornia were briefly suspended."
    )
    found = [f for f in run("Fires spread", body)["findings"] if f["code"] == "entity.spelling_variant"]
    assert [f["suggestion"] for f in found] == ["California"]


def test_variant_of_an_everyday_name(run):
    body = (
        "The Indian team won the final on Sunday. The Indian captain praised the crowd. "
        "Indyan fans celebrated in the streets."
    )
    found = [f for f in run("Cup won", body)["findings"] if f["code"] == "entity.spelling_variant"]
    assert [f["suggestion"] for f in found] == ["Indian"]


def test_a_house_style_name_is_not_a_variant(nlp):
    """A name the client's house style declares (a `gazetteer` rule) is spelled as meant."""
    from analysis import Article, analyse
    from analysis.style import HouseStyle

    body = (
        "The council met in Brighton on Monday. Later, residents of Brighten, the village "
        "next to it, said Brighton had ignored them."
    )
    plain = analyse(nlp, [Article(title="Council meets", body=body)])[0]
    codes = [
        f["evidence"].get("variant") for f in plain["findings"] if f["code"] == "entity.spelling_variant"
    ]
    style = HouseStyle("house", 1, [{"id": "names", "type": "gazetteer", "places": ["Brighten"]}])
    styled = analyse(nlp, [Article(title="Council meets", body=body, style=style)])[0]
    assert "Brighten" in codes, plain["findings"]
    assert not [f for f in styled["findings"] if f["code"] == "entity.spelling_variant"]


def test_a_name_after_a_lower_case_prefix_is_a_name(run):
    # the tagger reads "pro-Ankara" as an adjective and no entity; the form still names a place
    body = "The pro-Ankara groups gained ground. Analysts said the pro-Ankarra factions were split."
    r = run("Frontline shifts", body)
    assert flagged(r) == ["Ankarra"]
    assert findings(r, CODE)[0]["suggestion"] == "Ankara"


def test_a_misspelt_word_for_a_people(run):
    r = run(
        "Cup final", "Rio hosted the final on Sunday. The Brazillian striker scored twice after the break."
    )
    assert flagged(r) == ["Brazillian"]
    assert findings(r, CODE)[0]["suggestion"] == "Brazilian"


def test_the_word_for_a_people_beside_its_place_is_no_slip(run):
    body = (
        "Pakistani officials met in Karachi. Pakistan said the Swede would visit Sweden's "
        "embassy in Islamabad."
    )
    assert flagged(run("Talks", body)) == []
