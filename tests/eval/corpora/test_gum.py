"""GUM loader: a hand-written CoNLL-U snippet with CorefUD brackets, then (slow) the real corpus."""

from __future__ import annotations

import pytest

from dateline.errors import EvalError
from dateline.eval.corpora.gum import load_gum, parse_conllu
from dateline.eval.framework import DEFAULT_DATA_DIR


def conllu(*rows: str) -> str:
    """Rows written with single spaces between the ten columns, turned into tabs."""
    return (
        "\n".join(
            "\t".join(row.split(" ")) if row and not row.startswith("#") else row for row in rows
        )
        + "\n"
    )


SNIPPET = conllu(
    "# newdoc id = GUM_news_test",
    "# meta::dateCreated = 2017-07-18",
    "# meta::title = Ada wins",
    "# newpar",
    "# text = Ada wins",
    "1 Ada Ada PROPN NNP _ 2 nsubj _ Entity=(1-person-new-s-cf1-1-coref-Ada_Lovelace)",
    "2 wins win VERB VBZ _ 0 root _ _",
    "",
    "# newpar",
    "# text = The US team's coach, Ada, smiled.",
    "1 The the DET DT _ 3 det _ Entity=(2-person-new-s-cf1-4-coref(3-organization-new-s-cf2-2-sgl",
    "2 US US PROPN NNP _ 3 compound _ Entity=(4-place-new-s-cf3-1-sgl-United_States%28country%29)",
    "3-4 team's _ _ _ _ _ _ _ _",
    "3 team team NOUN NN _ 5 nmod:poss _ _",
    "4 's 's PART POS _ 3 case _ Entity=3)",
    "5 coach coach NOUN NN _ 9 nsubj _ SpaceAfter=No",
    "6 , , PUNCT , _ 7 punct _ _",
    "7 Ada Ada PROPN NNP _ 5 appos _ Entity=(1-person-giv-s-cf1-1-appos-Ada_Lovelace)2)"
    "|SpaceAfter=No",
    "8 , , PUNCT , _ 5 punct _ _",
    "8.1 was be AUX VBD _ _ _ 9:aux CopyOf=9",
    "9 smiled smile VERB VBD _ 0 root _ SpaceAfter=No",
    "10 . . PUNCT . _ 9 punct _ _",
    "",
)


@pytest.fixture(scope="module")
def document():
    (parsed,) = parse_conllu(SNIPPET)
    return parsed


def test_gum_text_keeps_spacing_multiword_tokens_and_paragraphs(document):
    assert document.text == "Ada wins\n\nThe US team's coach, Ada, smiled."
    assert [w.form for w in document.words][2:7] == ["The", "US", "team", "'s", "coach"]
    assert (document.doc_id, document.date_created, document.title) == (
        "GUM_news_test",
        "2017-07-18",
        "Ada wins",
    )


@pytest.mark.parametrize(
    ("surface", "entity_id", "entity_type", "is_name", "identity", "link"),
    [
        ("Ada", "1", "person", True, "Ada_Lovelace", "coref"),
        ("The US team's coach, Ada", "2", "person", False, None, "coref"),
        ("The US team's", "3", "organization", False, None, "sgl"),
        ("US", "4", "place", True, "United_States(country)", "sgl"),
    ],
)
def test_gum_mentions_from_entity_brackets(
    document, surface, entity_id, entity_type, is_name, identity, link
):
    found = [m for m in document.mentions if document.text[m.span.start : m.span.end] == surface]
    assert found, surface
    mention = found[0]
    assert (mention.entity_id, mention.entity_type, mention.is_name) == (
        entity_id,
        entity_type,
        is_name,
    )
    assert (mention.identity, mention.link) == (identity, link)


def test_gum_clusters_follow_entity_ids(document):
    clusters = document.clusters()
    assert [document.text[m.span.start : m.span.end] for m in clusters["1"]] == ["Ada", "Ada"]
    assert len(clusters) == 4


def test_gum_head_is_the_word_whose_head_lies_outside(document):
    coach = next(m for m in document.mentions if m.entity_id == "2")
    assert document.words[coach.head_word].form == "coach"


@pytest.mark.parametrize(
    "bad",
    [
        conllu("# newdoc id = x", "1 A A PROPN NNP _ 0 root _ Entity=1)", ""),
        conllu(
            "# newdoc id = x", "1 A A PROPN NNP _ 0 root _ Entity=(1-person-new-s-cf1-1-sgl", ""
        ),
        "# newdoc id = x\n1\tA\n\n",
    ],
)
def test_gum_malformed_input_raises_eval_error(bad):
    with pytest.raises(EvalError):
        parse_conllu(bad)


DATA = DEFAULT_DATA_DIR


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "gum-news").is_dir(), reason=f"no gold data at {DATA}")
def test_gum_real_corpus_counts():
    documents = load_gum(DATA)
    assert len(documents) == 24
    assert sum(len(d.words) for d in documents) == 17182
    by_type: dict[str, int] = {}
    for document in documents:
        for mention in document.mentions:
            by_type[mention.entity_type] = by_type.get(mention.entity_type, 0) + 1
    assert (by_type["person"], by_type["organization"], by_type["place"]) == (1213, 707, 562)
    assert all(d.date_created for d in documents)
