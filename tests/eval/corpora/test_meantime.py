"""MEANTIME loader: a hand-written CAT XML snippet, then (slow) the real corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.corpora.meantime import (
    build_text,
    iter_name_mentions,
    load_meantime,
    parse_meantime_string,
)
from dateline.eval.framework import DEFAULT_DATA_DIR

SNIPPET = """<?xml version="1.0" ?>
<Document doc_id="7" doc_name="7_Acme_buys_Widget" lang="en" url="http://example.org/7">
<token number="0" sentence="0" t_id="1">Acme</token>
<token number="1" sentence="0" t_id="2">buys</token>
<token number="2" sentence="0" t_id="3">Widget</token>
<token number="3" sentence="1" t_id="4">May</token>
<token number="4" sentence="1" t_id="5">2</token>
<token number="5" sentence="1" t_id="6">,</token>
<token number="6" sentence="1" t_id="7">2010</token>
<token number="7" sentence="2" t_id="8">Acme</token>
<token number="8" sentence="2" t_id="9">said</token>
<token number="9" sentence="2" t_id="10">it</token>
<token number="10" sentence="2" t_id="11">paid</token>
<token number="11" sentence="2" t_id="12">$</token>
<token number="12" sentence="2" t_id="13">5</token>
<token number="13" sentence="2" t_id="14">.</token>
<token number="14" sentence="6" t_id="15">Later</token>
<Markables>
<ENTITY_MENTION m_id="20" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="21" syntactic_type="NAM"><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="22" syntactic_type="PRO"><token_anchor t_id="10"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="23" syntactic_type="PRE.NAM"><token_anchor t_id="3"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="24" syntactic_type="NAM"><token_anchor t_id="15"/></ENTITY_MENTION>
<EVENT_MENTION m_id="30" pred="buy" pos="VERB" tense="PRESENT" aspect="NONE" certainty="CERTAIN"
 polarity="POS" time="NON_FUTURE" special_cases="NONE" modality=""><token_anchor t_id="2"/>
</EVENT_MENTION>
<TIMEX3 m_id="40" type="DATE" value="2010-05-02" functionInDocument="CREATION_TIME"
 anchorTimeID=""><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
<token_anchor t_id="7"/></TIMEX3>
<TIMEX3 m_id="41" type="DATE" value="PAST_REF" functionInDocument="NONE"/>
<VALUE m_id="50" type="MONEY"><token_anchor t_id="12"/><token_anchor t_id="13"/></VALUE>
<ENTITY m_id="60" ent_type="ORG" TAG_DESCRIPTOR="Acme" external_ref="http://dbpedia.org/Acme"/>
<ENTITY m_id="61" ent_type="PRO" TAG_DESCRIPTOR="Widget"/>
<EVENT m_id="62" class="OTHER" TAG_DESCRIPTOR="buy"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="20"/><source m_id="21"/><source m_id="22"/><target m_id="60"/>
</REFERS_TO>
<REFERS_TO r_id="2"><source m_id="23"/><target m_id="61"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="30"/><target m_id="62"/></REFERS_TO>
<HAS_PARTICIPANT r_id="4" sem_role="Arg0"><source m_id="30"/><target m_id="20"/></HAS_PARTICIPANT>
</Relations>
</Document>
"""


@pytest.fixture(scope="module")
def document():
    return parse_meantime_string(SNIPPET, topic="test")


def test_meantime_text_rebuilt_with_title_and_date_line_paragraphs(document):
    assert document.text == "Acme buys Widget\n\nMay 2, 2010\n\nAcme said it paid $5. Later"
    assert all(document.text[t.span.start : t.span.end] for t in document.tokens)
    assert document.annotated_end == document.text.index(" Later")


@pytest.mark.parametrize(
    ("m_id", "surface", "syntactic_type", "ent_type", "instance"),
    [
        ("20", "Acme", "NAM", "ORG", "60"),
        ("21", "Acme", "NAM", "ORG", "60"),
        ("22", "it", "PRO", "ORG", "60"),
        ("23", "Widget", "PRE.NAM", "PRO", "61"),
        ("24", "Later", "NAM", None, None),
    ],
)
def test_meantime_entity_mentions_get_span_type_and_instance(
    document, m_id, surface, syntactic_type, ent_type, instance
):
    mention = next(m for m in document.entity_mentions if m.m_id == m_id)
    assert document.text[mention.span.start : mention.span.end] == surface
    assert (mention.syntactic_type, mention.ent_type, mention.instance_id) == (
        syntactic_type,
        ent_type,
        instance,
    )


def test_meantime_names_are_nam_and_pre_nam_in_sentences_0_to_5(document):
    assert [m.m_id for m in iter_name_mentions(document)] == ["20", "23", "21"]


def test_meantime_chains_group_mentions_by_instance(document):
    chains = document.entity_chains()
    assert [m.m_id for m in chains["60"]] == ["20", "21", "22"]


def test_meantime_timexes_dct_events_values_and_participants(document):
    dct, implicit = document.timexes
    assert document.dct == "2010-05-02"
    assert dct.span is not None and document.text[dct.span.start : dct.span.end] == "May 2, 2010"
    assert implicit.span is None and implicit.value == "PAST_REF"
    (event,) = document.event_mentions
    assert (document.text[event.span.start : event.span.end], event.pred) == ("buys", "buy")
    assert (event.event_class, event.tense) == ("OTHER", "PRESENT")
    (value,) = document.values
    assert document.text[value.span.start : value.span.end] == "$5"
    (participant,) = document.participants
    assert (participant.event_id, participant.target_id, participant.sem_role) == (
        "30",
        "20",
        "Arg0",
    )
    assert document.markable_spans()["20"] == next(
        m.span for m in document.entity_mentions if m.m_id == "20"
    )


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["He", "said", "``", "no", "''", "."], "He said ``no''."),
        (["a", '"', "b", '"', "c"], 'a "b" c'),
        (["Boeing", "'s", "jet", "(", "787", ")"], "Boeing's jet (787)"),
        (["up", "5", "%", ",", "to", "$", "3"], "up 5%, to $3"),
    ],
)
def test_meantime_build_text_spacing(words, text):
    built, tokens = build_text((str(i), 2, i, w) for i, w in enumerate(words))
    assert built == text
    assert [built[t.span.start : t.span.end] for t in tokens] == words


DATA = DEFAULT_DATA_DIR


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "meantime-en").is_dir(), reason=f"no gold data at {DATA}")
def test_meantime_real_corpus_counts():
    documents = load_meantime(Path(DATA))
    assert len(documents) == 90  # airbus, apple, stock (corpus_gm is held back)
    assert all(d.dct for d in documents)
    assert sum(len(d.timexes) for d in documents) == 381
    anchored = [t for d in documents for t in d.timexes if t.span is not None]
    assert len(anchored) == 354  # the other 27 are implicit times with no tokens
    names = [m for d in documents for m in iter_name_mentions(d)]
    assert len(names) == 855  # NAM 758 + PRE.NAM 97
    for document in documents:
        for token in document.tokens:
            assert document.text[token.span.start : token.span.end].strip()
