"""The learned cue scorer: features, the JSON model file, training, and its say in statements."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from dateline.errors import ModelError
from dateline.extract.cue_model import (
    FEATURES_VERSION,
    CueModel,
    cue_features,
    labelled_verbs,
    learned_cue_scores,
    score_doc,
    train_cue_model,
)
from dateline.extract.statements import extract_statements
from dateline.nlp import Parsed
from tests.extract.test_statements import _article, described, statements_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from dateline.records import Statement


def _statements_of_scored(doc: Doc) -> tuple[Statement, ...]:
    """The statements stage over a doc the cue model has scored."""
    return extract_statements(_article(doc.text), Parsed(doc, 0)).statements


def _model(weights: dict[str, float], bias: float = -4.0, **thresholds: float) -> CueModel:
    return CueModel(weights=weights, bias=bias, **thresholds)


# --------------------------------------------------------------------------------------------
# The model file (no spaCy model)
# --------------------------------------------------------------------------------------------


def test_model_file_round_trips(tmp_path) -> None:
    model = _model({"lemma=slam": 6.5, "dep=ROOT": 0.25}, add_threshold=0.4, drop_threshold=0.1)
    path = tmp_path / "cues.json"
    model.save(path)
    loaded = CueModel.load(path)
    assert dict(loaded.weights) == {"dep=ROOT": 0.25, "lemma=slam": 6.5}
    assert (loaded.bias, loaded.add_threshold, loaded.drop_threshold) == (-4.0, 0.4, 0.1)


@pytest.mark.parametrize(
    "text,message",
    [
        ("not json", "not a JSON cue model"),
        ('{"format": "something-else"}', "not a Dateline cue model"),
        (
            '{"format": "dateline-cue-model", "features_version": 0, "weights": {}}',
            "trained on cue features v0",
        ),
        (
            f'{{"format": "dateline-cue-model", "features_version": {FEATURES_VERSION}, '
            '"weights": {"lemma=say": "high"}}',
            "weights must map feature names to numbers",
        ),
        (
            '{"format": "dateline-cue-model", "features_version": true, "weights": {}}',
            "trained on cue features vTrue",
        ),
        (
            f'{{"format": "dateline-cue-model", "features_version": {FEATURES_VERSION}, '
            '"weights": {"lemma=say": NaN}}',
            "not a JSON cue model",
        ),
        (
            f'{{"format": "dateline-cue-model", "features_version": {FEATURES_VERSION}, '
            '"weights": {}, "bias": "x"}',
            "must be numbers",
        ),
        (
            f'{{"format": "dateline-cue-model", "features_version": {FEATURES_VERSION}, '
            '"weights": {}, "bias": null}',
            "must be numbers",
        ),
        (
            f'{{"format": "dateline-cue-model", "features_version": {FEATURES_VERSION}, '
            '"weights": {}, "add_threshold": 0.1, "drop_threshold": 0.5}',
            "thresholds must satisfy",
        ),
    ],
)
def test_a_bad_model_file_is_a_typed_error(text: str, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        CueModel.from_json(text)


def test_a_missing_model_file_names_the_fix(tmp_path) -> None:
    with pytest.raises(ModelError) as error:
        CueModel.load(tmp_path / "absent.json")
    assert "train-cues" in (error.value.fix or "")


def test_training_needs_both_classes() -> None:
    with pytest.raises(ModelError, match="both cue and non-cue"):
        train_cue_model([({"lemma=say": 1.0}, True)], trained_on="tiny")


def test_training_learns_a_lemma_from_labelled_verbs() -> None:
    examples = [({"lemma=slam": 1.0, "dep=ROOT": 1.0}, True)] * 20 + [
        ({"lemma=eat": 1.0, "dep=ROOT": 1.0}, False)
    ] * 20
    model = train_cue_model(examples, trained_on="tiny")
    assert model.weights["lemma=slam"] > 0 > model.weights["lemma=eat"]
    assert model.meta == {"verbs": 40, "cues": 20}


# --------------------------------------------------------------------------------------------
# In a parse (the spaCy model)
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_features_read_the_parse(nlp: Language) -> None:
    doc = nlp("The senator lampooned the bill as a giveaway.")
    features = cue_features(doc[2])
    assert features["lemma=lampoon"] == 1.0
    assert features["child=nsubj"] == features["child=dobj"] == 1.0
    assert features["object=bill"] == 1.0
    assert features["in_lexicon"] == 0.0


@pytest.mark.slow
def test_gold_cue_spans_label_the_verbs(nlp: Language) -> None:
    text = "Critics slammed the plan. The plan passed."
    labels = [is_cue for _, is_cue in labelled_verbs(nlp(text), [(8, 15)])]
    assert labels == [True, False]  # "slammed" inside the gold cue, "passed" not


@pytest.mark.slow
def test_scores_travel_with_the_doc(nlp: Language) -> None:
    from spacy.tokens import Doc

    doc = score_doc(nlp("Critics slammed the plan."), _model({"lemma=slam": 9.0}))
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())  # as between processes
    scores = learned_cue_scores(copy)
    assert scores is not None and scores.probabilities[1] > 0.99
    assert learned_cue_scores(nlp("Critics slammed the plan.")) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,weights,expected",
    [
        # a verb the lexicon lacks, with an object and a preposition: the object is the content
        (
            "The senator lampooned the bill as a giveaway to donors.",
            {"lemma=lampoon": 9.0},
            [("lampooned", "The senator", ["the bill as a giveaway to donors"], "indirect")],
        ),
        # reported through a preposition: the cue takes it, as PolNeAR marks it
        (
            "The union fumed over the remarks of the judge.",
            {"lemma=fume": 9.0},
            [("fumed over", "The union", ["the remarks of the judge"], "indirect")],
        ),
        # a passive with an agent: the subject is the content, the agent the source (PolNeAR's
        # cue mostly leaves the "by" out)
        (
            "The song was written by Springsteen after the shooting.",
            {"lemma=write": 9.0},
            [("was written", "Springsteen", ["The song"], "indirect")],
        ),
        # the verb's particle is part of the cue
        (
            "The IMF did not single out the proposals of the candidate.",
            {"lemma=single": 9.0},
            [("did not single out", "The IMF", ["the proposals of the candidate"], "indirect")],
        ),
        # a confident score makes a cue even where no frame reads the content: the rest of the
        # clause is the content; a score between the thresholds needs a frame
        (
            "Critics hammered away at the plan for weeks.",
            {"lemma=hammer": 9.0},
            [("hammered away", "Critics", ["at the plan for weeks"], "indirect")],
        ),
        ("Critics hammered away at the plan for weeks.", {"lemma=hammer": 4.2}, []),
        # "at" names a place or an occasion, not what was said
        ("The speakers spoke at the conference in Sarajevo.", {"lemma=speak": 9.0}, []),
        # a verb that reports only with its particle ("lay out") does not without it
        ("The participants laid a wreath at the memorial.", {"lemma=lay": 9.0}, []),
        # nobody holds it: a cue only the model knows needs a source
        ("To lampoon the plan as a failure would be unfair.", {"lemma=lampoon": 9.0}, []),
        # a low score vetoes a lexicon cue
        ("The mayor said the bridge will reopen.", {"lemma=say": -9.0}, []),
    ],
)
def test_the_learned_model_adds_and_vetoes_cues(
    nlp: Language, text: str, weights: dict[str, float], expected: list
) -> None:
    article_doc = score_doc(nlp(text), _model(weights, add_threshold=0.5, drop_threshold=0.1))
    assert [described(text, s) for s in _statements_of_scored(article_doc)] == expected


@pytest.mark.slow
def test_without_a_model_the_lexicon_alone_decides(nlp: Language) -> None:
    assert statements_of(nlp, "The senator lampooned the bill as a giveaway.") == ()


@pytest.mark.slow
def test_a_subjectless_learned_cue_is_scored_and_still_dropped(nlp: Language) -> None:
    text = "To lampoon the plan as a failure would be unfair."
    doc = score_doc(nlp(text), _model({"lemma=lampoon": 9.0}, add_threshold=0.5))
    scores = learned_cue_scores(doc)
    assert doc[1].pos_ == "VERB" and scores is not None and scores.probabilities[1] > 0.5
    assert _statements_of_scored(doc) == ()


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "He told the story of his escape.",
        "He added up the bill.",
        "She found out the truth about her father.",
    ],
)
def test_a_high_score_does_not_lift_the_lexicon_vetoes(nlp: Language, text: str) -> None:
    weights = {"dep=ROOT": 9.0}  # every root verb scores high
    doc = score_doc(nlp(text), _model(weights, add_threshold=0.5))
    assert _statements_of_scored(doc) == ()
