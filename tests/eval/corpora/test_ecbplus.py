"""ECB+ loader on a hand-written CAT XML snippet, and the real corpus counts."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from dateline.eval.corpora.ecbplus import (
    SENTENCE_INDEX,
    load_ecbplus,
    mention_kind,
    parse_ecb_xml,
    read_sentence_index,
)
from dateline.eval.framework import DEFAULT_DATA_DIR
from dateline.records import Span

XML = """<Document doc_name="7_2ecbplus.xml" doc_id="DOC1">
<token t_id="1" sentence="0" number="0">http</token>
<token t_id="2" sentence="1" number="0">Police</token>
<token t_id="3" sentence="1" number="1">arrested</token>
<token t_id="4" sentence="1" number="2">a</token>
<token t_id="5" sentence="1" number="3">man</token>
<token t_id="6" sentence="2" number="0">He</token>
<token t_id="7" sentence="2" number="1">fled</token>
<token t_id="8" sentence="2" number="2">Monday</token>
<Markables>
<ACTION_OCCURRENCE m_id="10"><token_anchor t_id="3"/></ACTION_OCCURRENCE>
<HUMAN_PART_ORG m_id="11"><token_anchor t_id="2"/></HUMAN_PART_ORG>
<HUMAN_PART_PER m_id="12"><token_anchor t_id="4"/><token_anchor t_id="5"/></HUMAN_PART_PER>
<NEG_ACTION_OCCURRENCE m_id="13"><token_anchor t_id="7"/></NEG_ACTION_OCCURRENCE>
<TIME_DATE m_id="14"><token_anchor t_id="8"/></TIME_DATE>
<ACTION_OCCURRENCE m_id="20" TAG_DESCRIPTOR="arrest" instance_id="ACT1"/>
</Markables>
<Relations/>
</Document>"""


@pytest.mark.parametrize(
    ("tag", "kind"),
    [
        ("ACTION_OCCURRENCE", "action"),
        ("NEG_ACTION_STATE", "action"),
        ("HUMAN_PART_GPE", "participant"),
        ("NON_HUMAN_PART_GENERIC", "participant"),
        ("LOC_GEO", "location"),
        ("TIME_OF_THE_DAY", "time"),
        ("UNKNOWN_INSTANCE_TAG", None),
    ],
)
def test_ecbplus_mention_kind(tag: str, kind: str | None) -> None:
    assert mention_kind(tag) == kind


def test_ecbplus_parse_rebuilds_text_and_offsets() -> None:
    document = parse_ecb_xml(XML, frozenset({1, 2}), topic="7")
    assert document.id == "7_2ecbplus"
    assert document.text == "http\nPolice arrested a man\nHe fled Monday"
    assert document.sentences[1] == Span(5, 26)
    surfaces = [(m.kind, m.span.slice(document.text)) for m in document.mentions]
    assert surfaces == [
        ("participant", "Police"),
        ("action", "arrested"),
        ("participant", "a man"),
        ("action", "fled"),
        ("time", "Monday"),
    ]


def test_ecbplus_parse_keeps_only_listed_sentences() -> None:
    document = parse_ecb_xml(XML, frozenset({2}))
    assert [m.m_id for m in document.actions] == ["13"]
    assert document.in_scored_part(Span(27, 29))
    assert not document.in_scored_part(Span(5, 11))


def test_ecbplus_load_reads_only_listed_documents(tmp_path: Path) -> None:
    (tmp_path / "ECB+" / "7").mkdir(parents=True)
    (tmp_path / "ECB+" / "7" / "7_2ecbplus.xml.gz").write_bytes(gzip.compress(XML.encode()))
    (tmp_path / "ECB+" / "7" / "7_3ecb.xml.gz").write_bytes(gzip.compress(XML.encode()))
    (tmp_path / SENTENCE_INDEX).write_text(
        "Topic,File,Sentence Number\n7,2ecbplus,1\n7,2ecbplus,2\n", encoding="utf-8"
    )
    assert read_sentence_index(tmp_path / SENTENCE_INDEX) == {("7", "2ecbplus"): {1, 2}}
    (document,) = load_ecbplus(tmp_path)
    assert document.scored == {1, 2}
    assert len(document.mentions) == 5


@pytest.mark.slow
def test_ecbplus_real_corpus_counts() -> None:
    corpus = DEFAULT_DATA_DIR / "ecbplus"
    if not corpus.is_dir():
        pytest.skip("gold data not present")
    listed = read_sentence_index(corpus / SENTENCE_INDEX)
    topics = {path.name for path in (corpus / "ECB+").iterdir()}
    expected = {key for key in listed if key[0] in topics}
    documents = load_ecbplus(corpus)
    assert {(d.topic, d.id.split("_", 1)[1]) for d in documents} == expected
    assert sum(len(d.scored) for d in documents) == sum(len(listed[key]) for key in expected)
    for document in documents[:50]:
        for mention in document.mentions:
            assert document.in_scored_part(mention.span)
