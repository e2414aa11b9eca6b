"""TempEval-3 loader: a hand-written TimeML snippet, then (slow) the real TBAQ-cleaned corpus."""

from __future__ import annotations

import pytest

from dateline.errors import EvalError
from dateline.eval.corpora.tempeval3 import load_tempeval3, parse_timeml
from dateline.eval.framework import DEFAULT_DATA_DIR

SNIPPET = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08"
 functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TITLE>Not part of the text</TITLE>
<TEXT>
Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE"
 value="1998-01-07" temporalFunction="true" anchorTimeID="t0">yesterday</TIMEX3> &amp; for <TIMEX3
 tid="t2" type="DURATION" value="P2W" mod="APPROX">about two weeks</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"""


def test_tempeval3_text_is_text_element_without_tags():
    document = parse_timeml(SNIPPET, part="TimeBank")
    assert document.text == "\nStocks fell yesterday & for about two weeks.\n"
    assert (document.doc_id, document.dct, document.part) == ("TEST001", "1998-01-08", "TimeBank")


@pytest.mark.parametrize(
    ("index", "surface", "type_", "value", "mod", "anchor"),
    [
        (0, "yesterday", "DATE", "1998-01-07", None, "t0"),
        (1, "about two weeks", "DURATION", "P2W", "APPROX", None),
    ],
)
def test_tempeval3_timex_spans_and_attributes(index, surface, type_, value, mod, anchor):
    document = parse_timeml(SNIPPET)
    timex = document.timexes[index]
    assert document.text[timex.span.start : timex.span.end] == surface
    assert (timex.type, timex.value, timex.mod, timex.anchor_time_id) == (type_, value, mod, anchor)


def test_tempeval3_dct_is_not_a_timex_to_find():
    assert [t.tid for t in parse_timeml(SNIPPET).timexes] == ["t1", "t2"]


@pytest.mark.parametrize(
    "bad",
    [
        "<TimeML><TEXT>unclosed</TimeML>",
        "<TimeML><DCT><TIMEX3 tid='t0' value='1998'/></DCT></TimeML>",
        "<TimeML><TEXT>no creation time</TEXT></TimeML>",
    ],
)
def test_tempeval3_malformed_input_raises_eval_error(bad):
    with pytest.raises(EvalError):
        parse_timeml(bad)


DATA = DEFAULT_DATA_DIR


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "tempeval3").is_dir(), reason=f"no gold data at {DATA}")
@pytest.mark.parametrize(
    ("part", "documents", "timexes", "dates"),
    [("TimeBank", 183, 1243, 1016), ("AQUAINT", 73, 579, 489)],
)
def test_tempeval3_real_corpus_counts(part, documents, timexes, dates):
    loaded = load_tempeval3(DATA, part)
    assert len(loaded) == documents
    found = [t for d in loaded for t in d.timexes]
    assert len(found) == timexes
    assert sum(t.type == "DATE" for t in found) == dates
    for document in loaded:
        for timex in document.timexes:
            assert document.text[timex.span.start : timex.span.end].strip()
