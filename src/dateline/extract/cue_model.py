"""A learned cue scorer: how likely a verb is to report speech, a belief or an intention.

The cue lexicon (`lexicons/cues.py`) names the reporting verbs that are cues in most of their
uses. News also attributes through hundreds of verbs that report only in some contexts
("attacked her opponent as a fraud", "offered support for", "polls show ..."); a lexicon
cannot list them without drowning in false cues. A logistic regression over the parse (lemma,
dependency relation, the verb's dependents, its subject) learns those contexts from an
attribution corpus annotated in PolNeAR's or PARC's way.

Dateline ships no trained weights: the corpora are not licensed for redistribution. A user
trains a model from the corpus they hold (`dateline train-cues`) and points `DATELINE_CUE_MODEL`
at the JSON file; without one, statements come from the lexicon alone.

The model file is plain JSON (feature -> weight), read without executing anything.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.errors import ModelError
from dateline.lexicons.cues import LEMMA_BY_FORM, VERB_CUES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Bump when cue_features changes: a model trained on other features must not be applied.
FEATURES_VERSION = 1
FORMAT = "dateline-cue-model"
# The only tokens scored: cues the lexicon misses are verbs; nouns and adjectives have rules.
SCORED_POS = frozenset({"VERB"})
_CLOSED_CLASS_CHILDREN = frozenset({"prep", "prt", "mark", "advmod", "neg", "aux", "auxpass"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def cue_features(token: Token) -> dict[str, float]:
    """Binary features of one verb token: itself, its place in the parse, its dependents and its
    subject, and its neighbours. Pure: the same token gives the same features in training and
    in use."""
    lemma = LEMMA_BY_FORM.get(token.lower_, token.lemma_.lower())
    doc = token.doc
    features = {
        f"lemma={lemma}": 1.0,
        f"dep={token.dep_}": 1.0,
        f"tag={token.tag_}": 1.0,
        f"lemma_dep={lemma}|{token.dep_}": 1.0,
        f"head={token.head.lemma_.lower()}": 1.0,
        f"head_dep={token.head.dep_}": 1.0,
        "in_lexicon": float(lemma in VERB_CUES),
    }
    for child in token.children:
        features[f"child={child.dep_}"] = 1.0
        features[f"lemma_child={lemma}|{child.dep_}"] = 1.0
        if child.dep_ in _CLOSED_CLASS_CHILDREN:
            features[f"child_word={child.dep_}|{child.lower_}"] = 1.0
        if child.dep_ in _SUBJECTS:
            features[f"subject_entity={child.ent_type_ or 'none'}"] = 1.0
            features[f"subject_tag={child.tag_}"] = 1.0
            if child.tag_ == "PRP":
                features[f"subject_pronoun={child.lower_}"] = 1.0
        elif child.dep_ == "dobj":
            features[f"object={child.lemma_.lower()}"] = 1.0
            features[f"object_entity={child.ent_type_ or 'none'}"] = 1.0
    sentence = token.sent.text
    features["quote_in_sentence"] = float(any(mark in sentence for mark in '"“”'))
    if token.i > 0:
        features[f"previous={doc[token.i - 1].lower_}"] = 1.0
    if token.i + 1 < len(doc):
        features[f"next={doc[token.i + 1].lower_}"] = 1.0
    return features


_NUMBER_FIELDS = {"bias": 0.0, "add_threshold": 0.4, "drop_threshold": 0.15}


def _is_number(value: object) -> bool:
    return type(value) in (int, float) and math.isfinite(value)  # type: ignore[arg-type]


def _refuse_constant(constant: str) -> float:
    raise ValueError(f"{constant} is not a number a model may hold")


@dataclass(frozen=True, slots=True, eq=False)  # eq=False: hashable by identity (cache keys)
class CueModel:
    """Logistic-regression weights over `cue_features`, and the two decision thresholds: a verb
    the lexicon lacks becomes a cue at `add_threshold` or above; a lexicon cue scored below
    `drop_threshold` is not one here ("showed up", "know what to do")."""

    weights: Mapping[str, float]
    bias: float
    add_threshold: float = 0.4
    drop_threshold: float = 0.15
    trained_on: str = ""
    meta: Mapping[str, object] = field(default_factory=dict)

    def probability(self, token: Token) -> float:
        score = self.bias + sum(
            self.weights.get(name, 0.0) * value for name, value in cue_features(token).items()
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "features_version": FEATURES_VERSION,
                "trained_on": self.trained_on,
                "add_threshold": self.add_threshold,
                "drop_threshold": self.drop_threshold,
                "bias": self.bias,
                "meta": dict(self.meta),
                "weights": dict(sorted(self.weights.items())),
            },
            indent=0,
        )

    @classmethod
    def from_json(cls, text: str, *, name: str = "<cue model>") -> CueModel:
        """Read a model file; anything but a well-formed one is a ModelError (the file is data
        and is never executed)."""
        try:
            data = json.loads(text, parse_constant=_refuse_constant)
        except (json.JSONDecodeError, ValueError) as exc:
            raise ModelError(f"{name}: not a JSON cue model ({exc})") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ModelError(f"{name}: not a Dateline cue model (format {FORMAT!r} expected)")
        version = data.get("features_version")
        if type(version) is not int or version != FEATURES_VERSION:
            raise ModelError(
                f"{name}: trained on cue features v{version}, this Dateline computes "
                f"v{FEATURES_VERSION}",
                fix="train it again with `dateline train-cues`",
            )
        weights = data.get("weights")
        if not isinstance(weights, dict) or not all(_is_number(v) for v in weights.values()):
            raise ModelError(f"{name}: weights must map feature names to numbers")
        numbers = {key: data.get(key, default) for key, default in _NUMBER_FIELDS.items()}
        if not all(_is_number(v) for v in numbers.values()):
            raise ModelError(f"{name}: {', '.join(_NUMBER_FIELDS)} must be numbers")
        if not 0.0 <= numbers["drop_threshold"] <= numbers["add_threshold"] <= 1.0:
            raise ModelError(f"{name}: thresholds must satisfy 0 <= drop <= add <= 1")
        return cls(
            weights={str(k): float(v) for k, v in weights.items()},
            bias=float(numbers["bias"]),
            add_threshold=float(numbers["add_threshold"]),
            drop_threshold=float(numbers["drop_threshold"]),
            trained_on=str(data.get("trained_on", "")),
            meta=meta if isinstance(meta := data.get("meta"), dict) else {},
        )

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> CueModel:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ModelError(
                f"cue model {str(path)!r} cannot be read ({exc.__class__.__name__})",
                fix="train one with `dateline train-cues`, or unset DATELINE_CUE_MODEL",
            ) from exc
        return cls.from_json(text, name=str(path))


def labelled_verbs(
    doc: Doc, cue_chars: Iterable[tuple[int, int]], offset: int = 0
) -> Iterator[tuple[dict[str, float], bool]]:
    """(features, is_cue) for each scored token of `doc`; `cue_chars` are the gold cue spans in
    the character offsets of the text `doc` was parsed from at `offset`."""
    inside: set[int] = set()
    for start, end in cue_chars:
        inside.update(range(start, end))
    for token in doc:
        if token.pos_ in SCORED_POS:
            yield cue_features(token), token.idx + offset in inside


def train_cue_model(
    examples: Iterable[tuple[dict[str, float], bool]],
    *,
    trained_on: str,
    regularisation: float = 0.3,
    add_threshold: float = 0.4,
    drop_threshold: float = 0.15,
) -> CueModel:
    """Fit the weights on labelled verbs: scikit-learn's logistic regression (L2, lbfgs, which
    is deterministic). The thresholds were chosen on PolNeAR dev (docs/statements.md)."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:
        raise ModelError(
            "training a cue model needs scikit-learn",
            fix="pip install 'dateline[train]'",
        ) from exc
    features: list[dict[str, float]] = []
    labels: list[int] = []
    for row, is_cue in examples:
        features.append(row)
        labels.append(int(is_cue))
    if len(set(labels)) < 2:
        raise ModelError("a cue model needs both cue and non-cue verbs to learn from")
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    classifier = LogisticRegression(C=regularisation, max_iter=3000)
    classifier.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): round(float(weight), 5)
        for name, weight in zip(names, classifier.coef_[0], strict=True)
        if abs(weight) >= 1e-4
    }
    return CueModel(
        weights=weights,
        bias=float(classifier.intercept_[0]),
        add_threshold=add_threshold,
        drop_threshold=drop_threshold,
        trained_on=trained_on,
        meta={"verbs": len(labels), "cues": sum(labels)},
    )


# --------------------------------------------------------------------------------------------
# In the pipeline: a spaCy component scores the verbs; the statements stage reads the scores
# --------------------------------------------------------------------------------------------

CUE_SCORES_COMPONENT = "dateline_cue_scores"
_USER_DATA_KEY = "dateline.cue_scores"


@dataclass(frozen=True, slots=True)
class CueScores:
    """One doc's learned cue probabilities by token index, with the model's thresholds."""

    probabilities: Mapping[int, float]
    add_threshold: float
    drop_threshold: float


def score_doc(doc: Doc, model: CueModel) -> Doc:
    """Store the model's probability for each scored token in `doc.user_data`, which travels
    with the doc between processes."""
    scored = [token for token in doc if token.pos_ in SCORED_POS]
    # plain lists and floats: user_data is serialised with msgpack when docs change process
    doc.user_data[_USER_DATA_KEY] = {
        "tokens": [token.i for token in scored],
        "probabilities": [model.probability(token) for token in scored],
        "add_threshold": model.add_threshold,
        "drop_threshold": model.drop_threshold,
    }
    return doc


def learned_cue_scores(doc: Doc) -> CueScores | None:
    stored = doc.user_data.get(_USER_DATA_KEY)
    if not isinstance(stored, dict):
        return None
    probabilities = dict(zip(stored["tokens"], stored["probabilities"], strict=True))
    return CueScores(probabilities, stored["add_threshold"], stored["drop_threshold"])


def register_component() -> None:
    from spacy.language import Language

    if Language.has_factory(CUE_SCORES_COMPONENT):
        return

    @Language.factory(CUE_SCORES_COMPONENT, default_config={"path": ""})
    def make_cue_scores(nlp: Language, name: str, path: str):  # type: ignore[no-untyped-def]
        model = CueModel.load(path)
        return lambda doc: score_doc(doc, model)
