"""Cues that are fixed phrases or nouns rather than reporting verbs: "according to", "in a poll",
"known as", "put it", hearsay adverbs, reporting nouns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dateline.extract.statements.contents import (
    _BARE_AS_REPORT_DEPS,
    _adjacent_quotes,
    _as_clause_content,
    _clause_content,
    _combine,
    _is_as_clause,
    _object_content,
    _particle_content,
    _phrase_draft,
    _runs_to_sentence_end,
)
from dateline.extract.statements.cue_words import (
    _cue_range,
    _particle,
)
from dateline.extract.statements.drafts import (
    _FINITE_TAGS,
    _SUBJECTS,
    Content,
    _content_from_tokens,
    _Context,
    _Draft,
    _first_child,
    _has_own_subject,
    _lemma,
    _subtree_range,
    _tokens_span,
    _trim,
)
from dateline.extract.statements.quotes import (
    Quote,
)
from dateline.extract.statements.sources import (
    _source_range,
    _subject_of,
)
from dateline.lexicons.cues import (
    ATTITUDE_ADJECTIVES,
    CONTENT_NOUNS,
    CUE_TEXTS,
    ESTIMATE_VERBS,
    GENERIC_SUBJECTS,
    HASTE_ADJECTIVES,
    HEARSAY_ADVERBS,
    ISSUED_TEXTS,
    ISSUING_VERBS,
    IT_REPORTING_PREPOSITIONS,
    IT_REPORTING_VERBS,
    LIGHT_VERB_NOUNS,
    LIGHT_VERB_PAIRS,
    LIGHT_VERBS,
    POLL_NOUNS,
    PREPOSITIONAL_CUES,
    SOURCELESS_PASSIVE_CUES,
    VERB_CUES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_CONTENT_PREPOSITIONS = frozenset(
    {"about", "of", "for", "on", "against", "over", "with", "toward", "towards", "at", "that"}
)


def _phrasal_draft(token: Token, ctx: _Context) -> _Draft | None:
    """Cues made of a verb and a word it governs: "is critical of X", "are optimistic that ...",
    "made the case that ...", "made it clear that ...", "made no mention of X"."""
    if ctx.quote_of[token.i] is not None:
        return None
    lemma = token.lemma_.lower()
    doc = ctx.doc
    head_word: Token | None = None
    if lemma == "be":
        head_word = next(
            (
                c
                for c in token.rights
                # "is convinced that": a participle's lemma is its verb's
                if c.dep_ == "acomp"
                and (c.lower_ in ATTITUDE_ADJECTIVES or c.lemma_.lower() in ATTITUDE_ADJECTIVES)
            ),
            None,
        )
    elif lemma in LIGHT_VERBS or lemma in ISSUING_VERBS or lemma in LIGHT_VERB_PAIRS:
        head_word = next(
            (
                c
                for c in token.rights
                if c.dep_ in ("dobj", "ccomp", "oprd") and _is_light_verb_noun(lemma, c)
            ),
            None,
        )
        if head_word is None and lemma in LIGHT_VERBS:  # "made it clear that"
            head_word = next(
                (
                    c
                    for c in token.rights
                    if c.dep_ in ("ccomp", "oprd", "acomp") and c.lower_ == "clear"
                ),
                None,
            )
    if head_word is None:
        return None
    # the verb's own subject, else the one it shares ("talked about the market and made
    # comments about ...", "tried to make the case that ...")
    subject = next(
        (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None
    ) or _subject_of(token)
    if subject is None or subject.lower_ in GENERIC_SUBJECTS or subject.lower_ == "it":
        return None
    content: Content | None = None
    end = head_word.i
    hastened = _hastened_act(head_word)
    if hastened is not None:
        # "were quick to condemn the remarks": PolNeAR's cue runs through the act (10 of 10 on
        # train), and what it was done to is the content
        particle = next((c for c in hastened.rights if c.dep_ == "prt"), None)
        end = particle.i if particle is not None else hastened.i
        rest = [c for c in hastened.rights if c.i > end]
        if rest:
            content = _content_from_tokens(
                ctx, rest[0].left_edge.i, hastened.right_edge.i, (token.i, end)
            )
        if content is None:
            end = head_word.i
    # "released a statement saying ...": an issuing verb is a cue only through the participle
    issued_only = lemma in ISSUING_VERBS and lemma not in LIGHT_VERBS
    for owner in (head_word, token):
        for child in owner.rights:
            if child.i <= head_word.i:
                continue
            if issued_only and not _is_reporting_participle(child):
                continue
            if (
                child.dep_ == "prep"
                and child.i == end + 1
                and content is None
                and (child.lower_ in _CONTENT_PREPOSITIONS)
            ):
                pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                    end = child.i
                    content = _content_from_tokens(
                        ctx, pobj.left_edge.i, pobj.right_edge.i, (token.i, child.i)
                    )
            elif (
                _is_reporting_participle(child)
                and _participle_follows_text(doc, head_word, child)
                and content is None
            ):
                # "issued a statement saying ...": one cue through the participle
                content = _participle_content(child, ctx, (token.i, child.i))
                particle = _particle(child)
                if content is not None:
                    end = particle.i if particle is not None else child.i
            elif (
                child.dep_ in ("ccomp", "acl", "xcomp") or _clause_made_clear(head_word, child)
            ) and content is None:
                content = _content_from_tokens(
                    ctx, child.left_edge.i, child.right_edge.i, (token.i, end)
                )
    if content is None:
        return None
    cue = _cue_range(token, ctx)
    first = cue[0]
    source = _source_range(subject, token, ctx)
    return _Draft(
        cue=_tokens_span(doc, first, end),
        cue_lemma=f"{lemma} {head_word.lemma_.lower()}",
        content=list(content[0]),
        source=_tokens_span(doc, *source) if source else None,
        kind=content[1],
        source_head=subject.i,
    )


def _hastened_act(adjective: Token) -> Token | None:
    """The verb of "quick to condemn", if `adjective` is such an adjective with one."""
    if adjective.lower_ not in HASTE_ADJECTIVES:
        return None
    return next(
        (
            c
            for c in adjective.rights
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.tag_ == "TO" for a in c.lefts)
        ),
        None,
    )


def _clause_made_clear(head_word: Token, child: Token) -> bool:
    """Whether `child` is the clause of "made (it) clear (that) ...", which the small model hangs
    on "clear" as an adverbial or a clausal subject ("made it clear she did not ..."); an
    adverbial clause with its own subordinator ("because", "when") says why or when instead."""
    return (
        head_word.lower_ == "clear"
        and child.head.i == head_word.i
        and child.dep_ in ("advcl", "csubj")
        and all(c.lower_ == "that" for c in child.children if c.dep_ == "mark")
        and not any(c.tag_ == "WRB" for c in child.children)
    )


def _participle_follows_text(doc: Doc, text: Token, participle: Token) -> bool:
    """Whether only the participle's adverbs ("a letter strongly disputing"), the day ("a
    statement Thursday night condemning"), commas and phrases on the text or its verb ("a
    statement at the outset of the convention, offering") stand between the issued text and
    the participle that says what it says."""
    phrases = {
        t.i
        for owner in (text, text.head)
        for c in owner.rights
        if c.dep_ == "prep" and text.i < c.i < participle.i
        for t in c.subtree
    }
    # after a comma the participle may be the speaker's next act ("gave a speech in West
    # Virginia, predicting ..."), except after a statement and its day, as PolNeAR reads it
    comma_allowed = text.lemma_.lower() in CUE_TEXTS and not phrases
    return all(
        (doc[j].dep_ == "advmod" and doc[j].head.i == participle.i)
        or (doc[j].text == "," and comma_allowed)
        or doc[j].ent_type_ in ("DATE", "TIME")
        or j in phrases
        for j in range(text.i + 1, participle.i)
    )


def _is_light_verb_noun(lemma: str, noun: Token) -> bool:
    """Whether `noun`, the object of a verb with `lemma`, makes a cue with it: any reporting
    noun after a light verb ("made the case"), the verb's own nouns ("took aim"), or a text an
    issuing verb issues ("released a statement")."""
    if noun.lower_ in LIGHT_VERB_PAIRS.get(lemma, frozenset()):
        return True
    if lemma in LIGHT_VERBS:
        return noun.lower_ in LIGHT_VERB_NOUNS
    return lemma in ISSUING_VERBS and noun.lemma_.lower() in ISSUED_TEXTS


def _known_as(token: Token, ctx: _Context) -> _Draft | None:
    """ "is known for its stance", "the contests known as Super Tuesday": what people at large
    say of something, with no source; PolNeAR marks the cue through "as"/"for" and the thing
    known as the content."""
    prepositions = SOURCELESS_PASSIVE_CUES.get(token.lemma_.lower())
    if prepositions is None or token.tag_ != "VBN" or ctx.quote_of[token.i] is not None:
        return None
    doc = ctx.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or following.lower_ not in prepositions or following.head.i != token.i:
        return None
    subject = _first_child(token, ("nsubjpass",))
    if subject is not None:
        first, last = _subtree_range(subject)
    elif token.dep_ == "acl" and token.head.i < token.i:
        phrase = token.head
        while phrase.dep_ == "pobj" and phrase.head.head.pos_ in ("NOUN", "PROPN"):
            phrase = phrase.head.head  # "the string of contests known as ..."
        first, last = phrase.left_edge.i, token.i - 1
        while last > first and (doc[last].is_punct or doc[last].is_space):
            last -= 1
    else:
        return None
    cue = _cue_range(token, ctx)
    cue = (cue[0], following.i)
    content = _content_from_tokens(ctx, first, last, cue)
    if content is None:
        return None
    return _Draft(
        cue=_tokens_span(doc, *cue),
        cue_lemma=_cue_lemma(doc, cue, token),
        content=list(content[0]),
        source=None,
        kind=content[1],
        source_head=None,
    )


def _put_it(token: Token, ctx: _Context) -> _Draft | None:
    """ "As Cornyn put it, ...", "..., as a memo put it", "Ridge put it: “...”": the verb and
    its "it" are the cue (with a colon after them); the content is the clause the as-clause
    modifies, else the words that follow."""
    doc = ctx.doc
    if _lemma(token) not in IT_REPORTING_VERBS or ctx.quote_of[token.i] is not None:
        return None
    it = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if it is None or it.lower_ != "it" or it.dep_ != "dobj" or it.head.i != token.i:
        return None
    for child in token.children:
        if child.dep_ in ("prt", "dative", "ccomp", "xcomp", "oprd", "conj"):
            return None  # "put it down", "put it to voters that ..."
        if (
            child.dep_ == "prep"
            and child.lower_ not in IT_REPORTING_PREPOSITIONS
            and (child.i == it.i + 1 or child.lower_ != "to")
        ):
            return None  # "put it on the table", "put it to voters", not "in a memo to"
    cue = (_cue_range(token, ctx)[0], it.i)
    if it.i + 1 < len(doc) and doc[it.i + 1].text == ":":
        cue = (cue[0], it.i + 1)
    subject = _subject_of(token)
    source = _source_range(subject, token, ctx) if subject is not None else None
    if _is_as_clause(token):
        closing = all(
            c.dep_ in _BARE_AS_REPORT_DEPS or c.dep_ == "prep" or c.i == it.i
            for c in token.children
        )
        result = _as_clause_content(token, ctx, cue, closing=closing)
    else:
        quote_ids = _adjacent_quotes(token, ctx, cue, source)
        # "put it this way: ...": the words start after the colon
        colon = next((t.i for t in doc[cue[1] + 1 : token.sent.end] if t.text == ":"), cue[1])
        result = (
            ([part for q in quote_ids for part in ctx.quotes[q].parts], "direct")
            if quote_ids
            else _content_from_tokens(ctx, colon + 1, token.sent.end - 1, cue)
        )
    draft = _phrase_draft(ctx, cue, "put it", result, source, subject.i if subject else None)
    if draft is not None:
        draft.quotes = _quotes_within(ctx, draft.content)
    return draft


def _estimate(token: Token, ctx: _Context) -> _Draft | None:
    """ "Forbes put his net worth at $45 billion", "Initial estimates put the total at about
    55,000 pages": the verb is the cue, its subject the source, and the object with the figure
    the content."""
    if _lemma(token) not in ESTIMATE_VERBS or ctx.quote_of[token.i] is not None:
        return None
    obj = next((c for c in token.rights if c.dep_ == "dobj"), None)
    at = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "at"), None)
    if obj is None or at is None or at.i < obj.i or obj.lower_ == "it":
        return None
    if not any(t.like_num or t.tag_ == "CD" for t in at.subtree):
        return None  # "placed him at the scene"
    subject = _subject_of(token)
    if subject is None:
        return None
    cue = _cue_range(token, ctx)
    last = at.right_edge.i
    aside = next((t for t in at.subtree if t.dep_ == "relcl" and t.left_edge.i > at.i), None)
    if aside is not None and ctx.doc[aside.left_edge.i - 1].text == ",":
        last = aside.left_edge.i - 2  # "at $2.9 billion, which Mr. Trump called ...": a clause
    result = _content_from_tokens(ctx, obj.left_edge.i, last, cue)
    source = _source_range(subject, token, ctx)
    return _phrase_draft(ctx, cue, _lemma(token), result, source, subject.i)


def _quotes_within(ctx: _Context, content: Sequence[tuple[int, int]]) -> list[Quote]:
    return [
        quote
        for quote in ctx.quotes
        if any(quote.parts[0][0] >= a and quote.parts[-1][1] <= b for a, b in content)
    ]


def _is_reporting_participle(token: Token) -> bool:
    return (
        token.dep_ in ("acl", "advcl")
        and token.tag_ == "VBG"
        and (token.lemma_.lower() in VERB_CUES or _particle(token) is not None)
    )


def _participle_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """What "saying ...", "calling on X to ...", "expressing optimism" reports."""
    particle = _particle(token)
    if particle is not None:
        return _particle_content(token, ctx, (cue[0], particle.i))
    return _clause_content(token, ctx, cue) or _object_content(token, ctx, cue)


def _noun_draft(token: Token, ctx: _Context) -> _Draft | None:
    """ "Trump's claim that there have been thousands", "a New York Times report that ...": a
    reporting noun with a that-clause of its own. The source is the possessor, the name before
    the noun ("a New York Times report"), or the "by"/"from" phrase; it may be missing
    ("dogged by charges that he ...")."""
    if token.pos_ != "NOUN" or ctx.quote_of[token.i] is not None:
        return None
    if token.lemma_.lower() not in CONTENT_NOUNS:
        return None
    if token.head.lemma_.lower() in LIGHT_VERBS and token.dep_ == "dobj":
        return None  # "made the claim that ...": the light-verb cue reads it
    clause = next(
        (
            c
            for c in token.rights
            if c.dep_ in ("acl", "ccomp", "relcl")
            and any(s.dep_ in (*_SUBJECTS, "nsubjpass") for s in c.lefts)
            and any(
                m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.lefts
            )
        ),
        None,
    )
    if clause is None:
        return None
    content = _content_from_tokens(ctx, clause.left_edge.i, clause.right_edge.i, (token.i, token.i))
    if content is None:
        return None
    doc = ctx.doc
    source: tuple[int, int] | None = None
    source_head: Token | None = None
    owner = next(
        (c for c in token.lefts if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")),
        None,
    )  # "Last week's report that ...": a time owns nothing
    names = [c for c in token.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    if owner is not None:
        source, source_head = _subtree_range(owner), owner
    elif names:
        source, source_head = (token.left_edge.i, token.i - 1), names[-1]
    else:
        by = next(
            (c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("by", "from")), None
        )
        pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if pobj is not None and pobj.i < clause.i:
            source, source_head = _subtree_range(pobj), pobj
    return _Draft(
        cue=_tokens_span(doc, token.i, token.i),
        cue_lemma=token.lemma_.lower(),
        content=list(content[0]),
        source=_tokens_span(doc, *source) if source else None,
        kind=content[1],
        source_head=source_head.i if source_head is not None else None,
    )


def _cue_lemma(doc: Doc, cue: tuple[int, int], head: Token) -> str:
    words = [head.lemma_.lower()]
    words += [t.lower_ for t in doc[head.i + 1 : cue[1] + 1]]
    return " ".join(words)


def _according_to(token: Token, ctx: _Context) -> _Draft | None:
    """ "According to X, ...": the source is the object of "to", the content the rest of the
    clause the phrase modifies."""
    doc = ctx.doc
    nxt = doc[token.i + 1]
    if nxt.lower_ != PREPOSITIONAL_CUES[0][1]:
        return None
    # "according to show insiders": the parser may read the source's first word as a verb
    pobj = next((c for c in nxt.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None:
        return None
    source_first, source_last = _subtree_range(pobj)
    source_last = _source_end_before_clause(doc, token, source_first, source_last)
    source = _trim(doc, source_first, source_last, ctx.quote_of)
    pointer = _pointer_before_according(token)
    if pointer is not None and source is not None:
        # "That's according to exit polls": the copula joins the cue, "That" is the content
        cue = (pointer.i + 1, nxt.i)
        result = _content_from_tokens(ctx, pointer.i, pointer.i, cue)
        return _phrase_draft(ctx, cue, "according to", result, source, pobj.i)
    phrase = {token.i, nxt.i} | set(range(source_first, source_last + 1))
    if source_last == max(t.i for t in pobj.subtree):
        phrase |= {t.i for t in token.subtree}
    head = token.head if token.head.i != token.i else token
    region_first, region_last = ctx.regions[ctx.region_of[token.i]]
    if head.i == token.i:
        indices = [i for i in range(region_first, region_last + 1) if i not in phrase]
    else:
        indices = [t.i for t in head.subtree if t.i not in phrase]
    if not indices:
        return None
    cue = (token.i, nxt.i)
    before = [i for i in indices if i < token.i]
    after = [i for i in indices if i > max(phrase)]
    # the phrase sits inside the clause: the content is the clause on both sides of it, less a
    # side with no verb ("In addition, ...", "..., the ABC affiliate in Madison") or a clause
    # of its own ("..., but his pathway is narrowing")
    sides = [side for side in (before, after) if side and _is_clause_part(doc, side, head)]
    if not sides:
        sides = [max((before, after), key=len)]
    result = _combine([_content_from_tokens(ctx, min(side), max(side), cue) for side in sides])
    if source is None:
        return None
    return _phrase_draft(ctx, cue, "according to", result, source, pobj.i)


def _pointer_before_according(token: Token) -> Token | None:
    """ "That's according to ...", "This is according to ...": a demonstrative pointing back
    at what the text just said, and a copula, right before the phrase."""
    doc = token.doc
    if token.i < 2 or token.i - 2 != token.sent.start:
        return None
    pointer, copula = doc[token.i - 2], doc[token.i - 1]
    # the model leaves a curly "’s" its own lemma
    if pointer.lower_ not in ("that", "this") or not (
        copula.lemma_ == "be" or copula.lower_ in ("'s", "’s")
    ):
        return None
    return pointer


def _is_clause_part(doc: Doc, indices: Sequence[int], clause: Token) -> bool:
    """Whether tokens beside an "according to" phrase hold part of the clause's core: its verb,
    subject, object or complement, or a coordinated verb sharing its subject ("..., according
    to their attorneys, and said ..."). A side that is only a modifier ("In addition", "...,
    although few won", "..., the ABC affiliate") or a clause of its own is not."""
    inside = set(indices)
    if clause.i in inside:
        return True
    return any(
        c.i in inside
        and (c.dep_ in _CLAUSE_CORE_DEPS or c.dep_ == "conj" and not _has_own_subject(c))
        for c in clause.children
    )


_CLAUSE_CORE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "attr", "acomp", "ccomp", "xcomp", "dative", "oprd"}
    | {"aux", "auxpass", "neg", "prt", "agent"}
)


def _hearsay(token: Token, ctx: _Context) -> _Draft | None:
    """ "Khoga was reportedly on that trip", "the man who allegedly set the fire": the adverb is
    the cue, its clause around it the content (to the end of the clause, not a coordinated
    clause of its own), and no one in the text is the source."""
    if token.lower_ not in HEARSAY_ADVERBS or token.dep_ != "advmod":
        return None
    if ctx.quote_of[token.i] is not None:
        return None  # a speaker's own "reportedly" is part of what was said
    clause = token.head
    own = {
        t.i
        for c in clause.children
        if c.dep_ == "conj" and _has_own_subject(c) or c.dep_ == "relcl" and c.i < token.i
        for t in c.subtree
    }
    indices = [t.i for t in clause.subtree if t.i not in own and t.i != token.i]
    if not indices:
        return None
    cue = (token.i, token.i)
    before = [i for i in indices if i < token.i]
    after = [i for i in indices if i > token.i]
    parts = [
        _content_from_tokens(ctx, min(side), max(side), cue) for side in (before, after) if side
    ]
    return _phrase_draft(ctx, cue, token.lower_, _combine(parts))


def _in_poll(token: Token, ctx: _Context) -> _Draft | None:
    """ "In a CBS News poll, she led Mr. Sanders 56 to 32", "Bush was at 25 percent in the
    most recent Fox poll": a poll is a source, "in" its cue (as PolNeAR marks it), and the
    clause the phrase belongs to, without the phrase, its content."""
    if token.lower_ != "in" or token.dep_ != "prep" or token.head.pos_ == "ADJ":
        return None  # "interested in polls"
    if ctx.quote_of[token.i] is not None:
        return None  # a poll a speaker cites in a quote is the speaker's word
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in POLL_NOUNS:
        return None
    if pobj.tag_ == "NNS" and not _specified_polls(pobj):
        # "leads in the polls", "sagged in national polls": a standing across many polls, which
        # PolNeAR marks as a report in under a fifth of its uses; one poll is a source, and so
        # are polls the text specifies ("recent polls from Quinnipiac and Fox News")
        return None
    clause = token.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        if clause.dep_ in ("nsubj", "nsubjpass") and _lemma(clause.head) in VERB_CUES:
            return None  # "half of respondents in the poll said ...": part of the source
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    phrase = {t.i for t in token.subtree}
    indices = [t.i for t in clause.subtree if t.i not in phrase]
    if not indices:
        return None
    parts = []
    for first, last in ((min(indices), token.i - 1), (max(phrase) + 1, max(indices))):
        inside = [i for i in indices if first <= i <= last]
        if inside:
            parts.append(_content_from_tokens(ctx, min(inside), max(inside), (token.i, token.i)))
    source = _trim(ctx.doc, *_subtree_range(pobj), ctx.quote_of)
    if source is None:
        return None
    return _phrase_draft(ctx, (token.i, token.i), "in", _combine(parts), source, pobj.i)


def _specified_polls(polls: Token) -> bool:
    return any(
        child.dep_ in ("acl", "relcl")
        or (child.dep_ == "prep" and child.lower_ in ("from", "by", "in", "of"))
        for child in polls.rights
    )


def _source_end_before_clause(doc: Doc, token: Token, first: int, last: int) -> int:
    """ "According to host Rush Limbaugh, the move was ...": at the start of a sentence the
    parser may hang the whole clause on the source as an apposition. The source then ends at the
    comma before the first comma-part with a finite verb of its own; "According to Smith, a
    spokesman, ..." keeps its apposition and "Smith, who spoke to reporters, ..." its relative
    clause."""
    if token.i != token.sent.start:
        return last
    commas = [i for i in range(first, last + 1) if doc[i].text == ","]
    for number, comma in enumerate(commas):
        part = doc[comma + 1 : commas[number + 1] if number + 1 < len(commas) else last + 1]
        if part and (part[0].tag_ in ("WP", "WDT", "WP$") or part[0].lower_ in ("where", "when")):
            continue  # "Smith, who spoke to reporters, ...": the source's relative clause
        if any(t.tag_ in _FINITE_TAGS and t.dep_ != "relcl" for t in part):
            return comma - 1
        if number == len(commas) - 1 and _runs_to_sentence_end(doc, last):
            # "According to Limbaugh, the move reeks of fear.": no apposition ends a sentence,
            # so the last part is the clause, even with its verb tagged a noun ("reeks")
            return comma - 1
    return last
