from analysis.article import Article


def test_spans_map_doc_offsets_back_to_fields():
    article = Article(title="Héadline 😀 here", body="Body with 😀😀 emoji and text.")
    doc_text = article.text
    title_start = doc_text.index("here")
    span = article.span(title_start, title_start + 4)
    assert span == {
        "field": "title",
        "start": 11,
        "end": 15,
        "text": "here",
        "utf16": {"start": 12, "end": 16},
    }
    body_start = doc_text.index("emoji")
    span = article.span(body_start, body_start + 5)
    assert span["field"] == "body" and article.body[span["start"] : span["end"]] == "emoji"
    # two astral characters before it: two extra UTF-16 units
    assert span["utf16"]["start"] == span["start"] + 2
    assert (
        "emoji".encode("utf-16-le")
        == article.body.encode("utf-16-le")[2 * span["utf16"]["start"] : 2 * span["utf16"]["end"]]
    )


def test_spans_are_clipped_to_one_field():
    article = Article(title="Title", body="Body")
    span = article.span(3, len(article.text))
    assert span["field"] == "title" and span["text"] == "le"
