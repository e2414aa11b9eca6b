"""Cues in the dependency parse (step 2): a verb is a cue by the lexicon or the learned model,
and each cue becomes a draft with its source and content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.extract.statements.contents import (
    FRAME_READERS,
    _adjacent_quotes,
    _as_reported_by,
    _asked_about,
    _clause_content,
    _combine,
    _is_generic_cognition,
    _is_reduced_passive,
    _particle_content,
    _question,
    _raised_subject,
    _relative_content,
    _seeming_content,
    _with_linking_preposition,
    _with_opening_quote,
    _with_own_particle,
)
from dateline.extract.statements.cue_words import (
    _carried_by_own_cue,
    _cue_range,
    _in_according_to_source,
    _is_cue_candidate,
    _labels_twice,
    _particle,
)
from dateline.extract.statements.drafts import (
    Content,
    _content_from_tokens,
    _Context,
    _Draft,
    _in_lexicon,
    _lemma,
    _tokens_span,
)
from dateline.extract.statements.phrases import (
    _according_to,
    _cue_lemma,
    _estimate,
    _hearsay,
    _in_poll,
    _known_as,
    _noun_draft,
    _phrasal_draft,
    _put_it,
)
from dateline.extract.statements.quotes import (
    is_title_quote,
)
from dateline.extract.statements.sources import (
    _before_source,
    _interposed_aside,
    _inverted_aside,
    _is_bare_infinitive,
    _nearest_subject,
    _source_range,
    _speaker_lost_by_parse,
    _speaker_read_as_clause,
    _speaker_read_as_object,
    _subject_lost_by_parse,
    _subject_of,
)
from dateline.lexicons.cues import (
    ABOUT,
    CLAUSE,
    CUE_PARTICLES,
    EVALUATION_VERBS,
    FINDING_VERBS,
    INFINITIVE,
    LABEL,
    LABELLING_VERBS,
    OBJECT,
    PASSIVE,
    PREPOSITION,
    PREPOSITIONAL_CUES,
    QUESTION,
    QUOTE,
    RAISING_VERBS,
    STUDY_NOUNS,
    VERB_CUES,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


# What a verb the learned model calls a cue may report through: its own grammar says which.
LEARNED_FRAMES = frozenset({CLAUSE, QUOTE, INFINITIVE, OBJECT, ABOUT, PASSIVE, PREPOSITION})


def _learned_decision(token: Token, ctx: _Context) -> bool | None:
    """The learned model's say over one verb: True makes a cue of it (a verb the lexicon lacks,
    or a lexicon verb that passes the lexicon's own vetoes, which may then report through any
    frame its grammar offers); False vetoes a lexicon cue in a context it is not one; None
    leaves it to the lexicon (no model, or a score between the thresholds)."""
    if ctx.cue_scores is None or token.i not in ctx.cue_scores.probabilities:
        return None
    probability = ctx.cue_scores.probabilities[token.i]
    if probability < ctx.cue_scores.drop_threshold:
        return False
    if probability < ctx.cue_scores.add_threshold:
        return None
    if ctx.quote_of[token.i] is not None or _in_according_to_source(token):
        return None
    if _in_lexicon(token) and not _is_cue_candidate(token, ctx):
        return None  # "told the story", "added up", "found out": the lexicon's vetoes hold
    lemma = _lemma(token)
    if lemma in CUE_PARTICLES and lemma not in VERB_CUES and _particle(token) is None:
        return None  # "laid a wreath": "lay" reports only as "lay out"
    return True


# What a verb framing a quotation may have besides its speaker: anything more ("“...,” revamped
# his plans", "“...,” prompted a $5 billion lawsuit") makes it a verb of the sentence, not a
# manner of speaking.
_BEYOND_SPEAKER = frozenset(
    {"dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "auxpass", "oprd"}
)


def _frames_quotation(token: Token, ctx: _Context) -> bool:
    """ "“This is fantastic!” beamed Donald Hartley", "“...,” Oliver barked.": a verb the
    lexicon lacks is a cue where it follows a quotation closing on a comma, a question or an
    exclamation mark, with only its speaker beside it: right after it ("scoffed Arianna Gil,
    22, who ...") or between the mark and it ("she elaborated, “...”"). How a quotation was
    spoken is an open class ("scoffed", "beamed", "surmised"); the construction says it."""
    doc = token.doc
    if (
        token.pos_ != "VERB"
        or token.tag_ not in ("VBD", "VBZ", "VBP")
        or ctx.quote_of[token.i] is not None
        or _in_lexicon(token)
    ):
        return False
    subject = _nearest_subject(token) or _speaker_read_as_object(token)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    speaker = (subject.left_edge.i, subject.right_edge.i)
    # the quotation itself may hang on the verb ("“...,” scoffed Gil": its clause is a ccomp)
    beyond = [
        c
        for c in token.children
        if c.dep_ in _BEYOND_SPEAKER and c.i != subject.i and ctx.quote_of[c.i] is None
    ]
    if beyond:
        return False
    if subject.i > token.i:
        mark, after = token.i - 1, speaker[1] + 1
        if speaker[0] != token.i + 1:
            return False
    else:
        mark, after = speaker[0] - 1, token.i + 1
        if speaker[1] != token.i - 1:
            return False
    if mark < 1 or (after < len(doc) and not doc[after].is_punct):
        return False
    quote = ctx.quote_of[mark]
    if quote is None or ctx.quotes[quote].end != doc[mark].idx + len(doc[mark].text):
        return False
    closing = doc.text[: doc[mark].idx].rstrip()[-1:]
    return closing in (",", "?", "!") and not is_title_quote(doc.text, ctx.quotes[quote])


# A learned score this high makes a cue even when no frame reads its content: the content is
# then the rest of the verb's clause ("had called the hearing because ..."). Chosen on PolNeAR
# dev (docs/statements.md).
CONFIDENT_CUE_SCORE = 0.65


def _is_confident(token: Token, ctx: _Context) -> bool:
    scores = ctx.cue_scores
    return scores is not None and scores.probabilities.get(token.i, 0.0) >= CONFIDENT_CUE_SCORE


def _rest_of_clause(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """The verb's dependents after the cue, without punctuation and coordinated clauses."""
    right = [
        t.i
        for child in token.rights
        if child.i > cue[1] and child.dep_ not in ("punct", "cc", "conj")
        for t in child.subtree
    ]
    if not right:
        return None
    return _content_from_tokens(ctx, min(right), max(right), cue)


def _drafts_from_parse(ctx: _Context) -> list[_Draft]:
    doc = ctx.doc
    drafts: list[_Draft] = []
    used_quotes: set[int] = set()
    for token in doc:
        if token.lower_ == PREPOSITIONAL_CUES[0][0] and token.i + 1 < len(doc):
            draft = _according_to(token, ctx)
            if draft is not None:
                drafts.append(draft)
            continue
        phrasal = (
            _phrasal_draft(token, ctx)
            or _noun_draft(token, ctx)
            or _known_as(token, ctx)
            or _put_it(token, ctx)
            or _estimate(token, ctx)
            or _in_poll(token, ctx)
            or _hearsay(token, ctx)
        )
        if phrasal is not None:
            drafts.append(phrasal)
            continue
        learned = _learned_decision(token, ctx)
        framing = not learned and _frames_quotation(token, ctx)
        if learned is False or (not learned and not framing and not _is_cue_candidate(token, ctx)):
            continue
        if _carried_by_own_cue(token):
            continue  # "declined to say whether ...": content of the cue "declined"
        lemma = _lemma(token)
        # a verb framing a quotation is in no lexicon: it reports that quotation only
        frames = VERB_CUES.get(lemma, frozenset()) | (LEARNED_FRAMES if learned else frozenset())
        frames |= {QUOTE} if framing else frozenset()
        if (
            _is_reduced_passive(token)
            and not (QUESTION in frames and _question(token))
            and not _labels_twice(token, ctx)
        ):
            reduced = _asked_about(token, ctx) or _as_reported_by(token, ctx)
            if reduced is not None:
                drafts.append(reduced)
            continue
        cue = _cue_range(token, ctx)
        with_particle = _particle(token) is not None
        if lemma not in VERB_CUES and not with_particle and not learned and not framing:
            if lemma not in LABELLING_VERBS:
                continue
            frames = frozenset({LABEL})
        subject = _subject_of(token)
        if lemma in FINDING_VERBS and subject is not None and _lemma(subject) in STUDY_NOUNS:
            frames = frames | {OBJECT}  # "A survey in March found Mrs. Clinton with a lead"
        aside = _inverted_aside(token) or _interposed_aside(token)
        aside_content: Content | None = None
        if aside is not None:
            # "The plan, said the mayor, will cost $4 million" (the parse made the mayor the
            # clause's subject and the plan the speaker), "The plan, the mayor said, will ..."
            # (the parse made the cue the root): the report sits inside the clause it reports
            speaker, content_ranges = aside
            halves = [_content_from_tokens(ctx, first, last, cue) for first, last in content_ranges]
            if all(halves):
                subject, aside_content = speaker, _combine(halves)
        if _is_generic_cognition(token, lemma, subject):
            continue
        # a cue only the learned model knows: someone must hold it, and its particle is its own
        only_learned = learned and lemma not in VERB_CUES and not with_particle
        if only_learned and subject is None:
            continue
        source = _source_range(subject, token, ctx) if subject is not None else None
        result: Content | None = aside_content
        quote_ids: list[int] = []
        if with_particle and result is None:
            result = _particle_content(token, ctx, cue)
        if only_learned:
            cue = _with_own_particle(token, cue)
        passive = any(c.dep_ == "auxpass" for c in token.children)
        if (
            result is None
            and frames & {CLAUSE, LABEL, OBJECT}
            and (PASSIVE in frames or not passive)
        ):
            # "which is said to be the oldest": a passive hedge only where the lexicon says so
            result = _relative_content(token, ctx, cue)
        if result is None and CLAUSE in frames:
            result = _clause_content(token, ctx, cue)
            if result is not None and QUOTE in frames:
                result, quote_ids = _with_opening_quote(
                    token, ctx, cue, source, result, used_quotes
                )
        if result is None and QUOTE in frames:
            quote_ids = [
                q for q in _adjacent_quotes(token, ctx, cue, source) if q not in used_quotes
            ]
            if quote_ids:
                parts = [part for q in quote_ids for part in ctx.quotes[q].parts]
                result = parts, "direct"
        if result is None and lemma in RAISING_VERBS:
            result = _seeming_content(token, ctx, cue)
            if result is not None:
                subject, source = None, None  # an appearance no one in the text holds
        for frame, read_content in FRAME_READERS:
            if result is not None:
                break
            if frame in frames:
                result = read_content(token, ctx, cue)
                if result is not None and frame == PREPOSITION:
                    cue = _with_linking_preposition(token, cue)
        if result is None and learned and subject is not None and _is_confident(token, ctx):
            result = _rest_of_clause(token, ctx, cue)
        if result is None:
            continue
        content, kind = result
        raised = _raised_subject(token, content, doc)
        if raised is not None:
            # "Trump is expected to deliver a speech", "They appear to be unanimous": the
            # subject is what the expectation or appearance is about, not who holds it
            subject, source = None, None
            content = [_tokens_span(doc, *raised), *content]
        if subject is None and raised is None and _speaker_lost_by_parse(token):
            lost = _subject_lost_by_parse(token, ctx, cue)
            if lost is not None:
                subject, source = lost
                content, kind = _before_source(ctx, content, kind, source, cue)
                # the parse read the speaker and its aside as part of what was said
                span_start, cue_start = doc[source[0]].idx, doc[cue[0]].idx
                content = [
                    (a, b) for a, b in content if not (a < cue_start and b > span_start)
                ] or content
        if subject is None and raised is None:
            inverted = _speaker_read_as_clause(token)
            before_cue = [part for part in content if part[1] <= doc[cue[0]].idx]
            if inverted is not None and before_cue:
                source = _source_range(inverted, token, ctx)
                if inverted.head.is_title and source is not None:
                    # a capitalised "verb" is part of a name: "... super PAC Correct the Record"
                    last = inverted.head.right_edge.i
                    while last > inverted.i and doc[last].is_punct:
                        last -= 1
                    source = (source[0], last)
                subject, content = inverted, before_cue
        if source is None and lemma in EVALUATION_VERBS and _is_bare_infinitive(token):
            # "donors reluctant to support Trump", "a floor speech to defend himself": a stance
            # no one in the sentence takes (PolNeAR marks 1 in 15 on train)
            continue
        used = set(quote_ids) | {
            q
            for q, quote in enumerate(ctx.quotes)
            if any(quote.parts[0][0] >= a and quote.parts[-1][1] <= b for a, b in content)
        }
        used_quotes.update(used)
        drafts.append(
            _Draft(
                cue=_tokens_span(doc, *cue),
                cue_lemma=_cue_lemma(doc, cue, token),
                content=list(content),
                source=_tokens_span(doc, *source) if source else None,
                kind=kind,
                source_head=subject.i if subject is not None else None,
                quotes=[ctx.quotes[q] for q in sorted(used)],
            )
        )
    return drafts
