from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.ingest.readers import detect_format, read_bytes, read_paths
from dateline.records import Document, Failure
from dateline.settings import Settings

HTML_PAGE = """<!doctype html><html><head><title>Mayor opens bridge</title>
<meta property="article:published_time" content="2024-05-03T09:30:00+02:00">
<meta property="og:site_name" content="Tiny Gazette"></head>
<body><nav>Home | World | Sport</nav><article><h1>Mayor opens bridge</h1>
<p>The mayor of Springfield opened the new river bridge on Friday, the city council said.</p>
<p>Anna Berg, a council spokeswoman, said the bridge cost 12 million euros.</p>
<p>Residents gathered on both banks to watch the ceremony, which lasted about an hour.</p>
</article><footer>Copyright Tiny Gazette</footer></body></html>"""


def only(items: list[Document | Failure]) -> Document | Failure:
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize(
    "name,text,expected",
    [
        ("a.html", "plain", "html"),
        ("a.jsonl", "{}", "jsonl"),
        ("a.txt", "<html>", "text"),
        (None, "<!doctype html><html><body><p>x</p></body></html>", "html"),
        (None, '{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        (None, "Just words.", "text"),
    ],
)
def test_detect_format_by_extension_then_content(name, text, expected) -> None:
    assert detect_format(name, text) == expected


def test_read_text_with_dateline_header_keeps_offset() -> None:
    data = b" date 2023-02-24 24 February 2023 11:53 (UTC+04:00)\n\nThe MP spoke.\n"
    document = only(list(read_bytes(data, source="t")))
    assert isinstance(document, Document)
    assert document.format == "dateline-header"
    assert document.published is not None
    assert document.published.value == "2023-02-24T11:53:00+04:00"
    assert document.body.slice(document.text) == "The MP spoke."


def test_read_text_without_header_has_no_publication_time() -> None:
    document = only(list(read_bytes(b"The MP spoke in Baku.", source="t")))
    assert isinstance(document, Document)
    assert document.published is None


@pytest.mark.parametrize(
    "data,error_type",
    [
        (b"", "EmptyInputError"),
        (b"   \n\t ", "EmptyInputError"),
        (b"\x00\x01\x02binary\x00\xff", "BinaryInputError"),
        (b"x" * 200, "InputTooLargeError"),
    ],
)
def test_bad_input_is_a_typed_failure(data: bytes, error_type: str) -> None:
    failure = only(list(read_bytes(data, source="bad", settings=Settings(max_document_bytes=100))))
    assert isinstance(failure, Failure)
    assert failure.error_type == error_type
    assert failure.message


def test_read_latin1_text_is_decoded() -> None:
    data = "Café owner José Núñez said the café would reopen on Monday morning.".encode("latin-1")
    document = only(list(read_bytes(data, source="t")))
    assert isinstance(document, Document)
    assert "José" in document.text


def test_utf8_text_with_a_stray_byte_stays_utf8() -> None:
    data = "Merkel said in Zürich “we will act” on Monday.".encode() + b" Stray \xff byte."
    document = only(list(read_bytes(data, source="t")))
    assert isinstance(document, Document)
    assert "Zürich “we will act”" in document.text  # not read as Windows-1251
    assert "Stray \ufffd byte." in document.text


def test_a_title_given_apart_from_the_text_is_its_first_line_once() -> None:
    body = "Seven people were killed when a tram derailed."
    lines = [
        json.dumps({"text": body, "title": "Seven  killed as tram derails"}),
        json.dumps({"text": f"Seven killed as tram derails\n{body}", "title": "Seven killed"}),
        json.dumps({"text": body}),
    ]
    titled, opens_with_it, untitled = read_bytes("\n".join(lines).encode(), source="f.jsonl")
    assert isinstance(titled, Document) and isinstance(untitled, Document)
    assert titled.text == f"Seven killed as tram derails\n\n{body}"  # the headline, then the text
    assert titled.body.start == 0  # read with the text: the main event is told in it
    assert titled.id == untitled.id  # the id of the text as given: a re-read finds it stored
    assert isinstance(opens_with_it, Document)
    assert opens_with_it.text == f"Seven killed as tram derails\n{body}"  # not twice


def test_a_title_given_apart_follows_a_dateline_header_line() -> None:
    record = {"text": " date 2024-03-02\nSeven people were killed.", "title": "Tram derails"}
    (document,) = read_bytes(json.dumps(record).encode(), source="f.jsonl", name="f.jsonl")
    assert isinstance(document, Document) and document.format == "dateline-header"
    assert document.published is not None and document.published.value == "2024-03-02"
    assert document.body.slice(document.text) == "Tram derails\n\nSeven people were killed."
    untitled = {"text": record["text"]}
    (plain,) = read_bytes(json.dumps(untitled).encode(), source="f.jsonl", name="f.jsonl")
    assert isinstance(plain, Document) and plain.id == document.id


def test_a_json_lines_title_heads_an_html_body_too() -> None:
    page = (
        "<html><body><article><p>Seven people were killed in Croydon.</p></article></body></html>"
    )
    record = {"text": page, "title": "Tram derails"}
    (document,) = read_bytes(json.dumps(record).encode(), source="f.jsonl", name="f.jsonl")
    assert isinstance(document, Document) and document.title == "Tram derails"
    assert document.text.startswith("Tram derails\n\n")


def test_jsonl_yields_documents_and_failures_per_line() -> None:
    lines = [
        json.dumps(
            {
                "text": "Ann Lee said hello.",
                "title": "Hi",
                "url": "https://news.example.org/a",
                "published": "2024-01-02T03:04:00-05:00",
                "outlet": "Example News",
                "id": "a1",
            }
        ),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Second article."}),
    ]
    items = list(read_bytes("\n".join(lines).encode(), source="f.jsonl", name="f.jsonl"))
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["Document", "Failure", "Failure", "Failure", "Document"]
    first = items[0]
    assert isinstance(first, Document)
    assert (first.id, first.title, first.outlet) == ("a1", "Hi", "Example News")
    assert first.published is not None and first.published.utc_offset == "-05:00"
    assert [i.source for i in items if isinstance(i, Failure)] == [
        "f.jsonl:2",
        "f.jsonl:3",
        "f.jsonl:4",
    ]


def test_html_main_text_title_date_and_site() -> None:
    document = only(list(read_bytes(HTML_PAGE.encode(), source="p.html", name="p.html")))
    assert isinstance(document, Document)
    assert document.format == "html"
    assert "Anna Berg" in document.text
    assert "Home | World" not in document.text
    assert document.title == "Mayor opens bridge"
    assert document.outlet == "Tiny Gazette"
    assert document.published is not None
    assert document.published.value == "2024-05-03T09:30:00+02:00"


def test_read_paths_walks_directories_and_records_unreadable(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Ann Lee spoke in Oslo.")
    (tmp_path / "b.txt").write_text("")
    (tmp_path / ".hidden.txt").write_text("secret")
    items = list(read_paths([tmp_path]))
    assert sorted(type(i).__name__ for i in items) == ["Document", "Failure"]


def test_same_text_gets_same_id() -> None:
    first = only(list(read_bytes(b"Same words.", source="a")))
    second = only(list(read_bytes(b"Same words.", source="b")))
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == second.id


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_readers_never_raise_on_arbitrary_bytes(data: bytes) -> None:
    for item in read_bytes(data, source="fuzz", settings=Settings(max_document_bytes=300)):
        assert isinstance(item, (Document, Failure))
        if isinstance(item, Document):
            assert 0 <= item.body.start <= item.body.end <= len(item.text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, "x.txt", "x.jsonl", "x.html"]))
def test_readers_never_raise_on_arbitrary_text(text: str, name: str | None) -> None:
    data = text.encode("utf-8", "surrogatepass")
    for item in read_bytes(data, source="fuzz", name=name):
        assert isinstance(item, (Document, Failure))
        if isinstance(item, Document):
            assert item.body.slice(item.text).strip()


def test_a_lone_surrogate_escape_in_json_lines_becomes_a_replacement_character() -> None:
    # "\ud800" is valid JSON and leaves a code point no encoder accepts
    line = '{"text": "The mayor said \\ud800 the bridge is open.", "title": "Bridge \\udc00"}'
    document = only(list(read_bytes(line.encode(), source="f.jsonl", name="f.jsonl")))
    assert isinstance(document, Document)
    assert "The mayor said \ufffd the bridge is open." in document.text
    assert document.title == "Bridge \ufffd"
    document.text.encode("utf-8")  # no surrogate left


@pytest.mark.parametrize(
    "record,message",
    [
        ({"text": 123}, "the field 'text' must be a string, not int"),
        ({"text": "The mayor spoke.", "title": ["a"]}, "the field 'title' must be a string"),
        ({"text": "The mayor spoke.", "url": {"x": 1}}, "the field 'url' must be a string"),
        # an id names the article's pages: one with "/" or markup could never be reached
        ({"text": "The mayor spoke.", "id": "../../etc/passwd"}, "is not usable in a URL"),
        ({"text": "The mayor spoke.", "id": "<script>x</script>"}, "is not usable in a URL"),
        ({"text": "The mayor spoke.", "id": ".."}, "is not usable in a URL"),
    ],
)
def test_a_json_lines_field_of_the_wrong_type_is_a_failure(record: dict, message: str) -> None:
    failure = only(list(read_bytes(json.dumps(record).encode(), source="f.jsonl", name="f.jsonl")))
    assert isinstance(failure, Failure) and message in failure.message


def test_a_json_lines_record_of_html_keeps_its_id_and_author() -> None:
    record = {"id": "my-id", "author": "Jane Reporter", "text": HTML_PAGE}
    document = only(list(read_bytes(json.dumps(record).encode(), source="f.jsonl", name="f.jsonl")))
    assert isinstance(document, Document)
    assert (document.id, document.author) == ("my-id", "Jane Reporter")


def test_a_nul_past_the_binary_sniff_becomes_a_replacement_character() -> None:
    data = b"The mayor opened the bridge. " * 400 + b"A stray \x00 byte."
    document = only(list(read_bytes(data, source="t")))
    assert isinstance(document, Document)
    assert "\x00" not in document.text and "A stray \ufffd byte." in document.text


def test_a_lone_surrogate_in_a_json_lines_record_of_html_is_read_too() -> None:
    page = HTML_PAGE.replace("opened the new river bridge", "opened the new \ud800 river bridge")
    line = json.dumps({"text": page}, ensure_ascii=True)  # the escape as a crawler writes it
    document = only(list(read_bytes(line.encode(), source="f.jsonl", name="f.jsonl")))
    assert isinstance(document, Document)
    assert "opened the new \ufffd river bridge" in document.text
