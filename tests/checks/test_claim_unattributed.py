from __future__ import annotations

from tests.conftest import assert_spans_exact, findings

CODE = "claim.unattributed"


def test_quantity_without_source(run):
    title = "Aid deal signed"
    body = (
        "The two governments signed the agreement on Monday.\n\n"
        "The country will receive 500,000 tons of grain as humanitarian aid. The ceremony was short."
    )
    r = run(title, body)
    found = findings(r, CODE)
    assert [s["text"] for f in found for s in f["spans"]] == [
        "The country will receive 500,000 tons of grain as humanitarian aid."
    ]
    assert found[0]["severity"] == "info"
    claim = next(c for c in r["claims"] if "500,000" in c["text"])
    assert claim["attributed"] is False and claim["checkworthiness"] >= 0.6
    assert_spans_exact(r, title, body)


def test_attributed_claims_not_flagged(run):
    body = (
        "The storm caused $2 billion in damage, according to insurers. "
        "Unemployment rose to 7.5 percent, the ministry said. "
        "Sales fell by 40 percent in March. The figures were published by the statistics office."
    )
    r = run("Storm damage", body)
    assert findings(r, CODE) == []
    assert all(c["attributed"] for c in r["claims"])


def test_quote_with_speaker_not_flagged(run):
    body = '"We lost 3,000 jobs because of the tariffs," said Mayor Ann Lee. The plant closed.'
    assert findings(run("Plant closes", body), CODE) == []


def test_plain_sentences_are_not_claims(run):
    body = "The two leaders met in the capital. They discussed trade and culture. Both sides smiled."
    r = run("Leaders meet", body)
    assert r["claims"] == [] and findings(r, CODE) == []
