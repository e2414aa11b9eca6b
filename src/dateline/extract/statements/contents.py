"""What is reported (step 3): the readers of a cue's content, one per frame (clause, quote,
infinitive, object, "about", passive, label, question, ...)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dateline.extract.statements.cue_words import (
    _cue_range,
    _is_quantity_about,
    _particle,
    _unquoted_label,
)
from dateline.extract.statements.drafts import (
    _CLAUSAL,
    _FINITE_TAGS,
    _SET_OFF,
    _SUBJECTS,
    Content,
    _content_from_tokens,
    _Context,
    _Draft,
    _first_child,
    _has_own_subject,
    _in_lexicon,
    _is_finite,
    _lemma,
    _subtree_range,
    _tokens_span,
    _trim,
)
from dateline.extract.statements.quotes import (
    is_title_quote,
)
from dateline.extract.statements.sources import (
    _continues_report,
    _is_inverted,
    _nearest_subject,
)
from dateline.lexicons.cues import (
    ABOUT,
    ADDRESSING_VERBS,
    AS_LABEL_VERBS,
    AS_ONLY_LABEL_VERBS,
    BELIEF_VERBS,
    CLAUSE,
    CONTENT_NOUNS,
    EVALUATION_VERBS,
    EVIDENCE_VERBS,
    GENERIC_SUBJECTS,
    INFINITIVE,
    INTENTION_VERBS,
    LABEL,
    LABELLING_VERBS,
    NON_REPORTING_OBJECTS,
    OBJECT,
    PASSIVE,
    PREPOSITION,
    PRO_FORM,
    PRO_FORM_OBJECTS,
    PRONOUN_SOURCES,
    QUESTION,
    QUESTIONING_PREPOSITIONS,
    QUOTE,
    RAISING_PASSIVES,
    RAISING_VERBS,
    REQUEST,
    SAYING_VERBS,
    STANDING_WORDS,
    TIME_SUBORDINATORS,
    VERB_CUES,
    WH_MARKERS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def _combine(parts: Sequence[Content | None]) -> Content | None:
    found = [p for p in parts if p is not None]
    if not found:
        return None
    spans = [span for p in found for span in p[0]]
    kinds = {p[1] for p in found}
    return spans, kinds.pop() if len(kinds) == 1 else "mixed"


def _with_colon_quote(ctx: _Context, result: Content | None) -> Content | None:
    """ "she has the quality for the job: “Steadiness ...”": a quote after a colon that ends the
    reported clause belongs to it."""
    if result is None or result[1] == "direct":
        return result
    doc = ctx.doc
    end = result[0][-1][1]
    tail = doc.text[end : end + 3]
    if not tail.startswith(":"):
        return result
    for quote in ctx.quotes:
        if end < quote.start <= end + 3 and len(quote.parts) == 1:
            spans = [*result[0][:-1], (result[0][-1][0], quote.end)]
            return spans, "mixed"
    return result


def _clause_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """Content of a cue with complement clauses ("said (that) ..."); the parser may split one
    reported clause into several complements, so those on the same side of the cue are joined.
    A relative clause reports around its attribution: "which the minister said was leaked"
    gives "which" and "was leaked"."""
    comps = [c for c in token.children if c.dep_ in _CLAUSAL and _is_clause(c, token, ctx)]
    stolen = _subject_read_as_object(token)
    if stolen is not None and not comps:
        # "told POLITICO the state's standards are not perfect": the parse made the clause's
        # subject the cue's object
        comp = next(c for c in token.rights if c.dep_ == "ccomp")
        return _content_from_tokens(ctx, stolen.left_edge.i, max(t.i for t in comp.subtree), cue)
    gerund = _gerund_clause(token)
    if gerund is not None and not comps:
        return _content_from_tokens(ctx, gerund.i, max(t.i for t in gerund.subtree), cue)
    if not comps:
        return None
    parts: list[Content | None] = []
    for side in ([c for c in comps if c.i < token.i], [c for c in comps if c.i > token.i]):
        if not side:
            continue
        first = min(min(t.i for t in c.subtree) for c in side)
        last = max(max(t.i for t in c.subtree) for c in side)
        if side[0].i > token.i:
            reports = [
                t.i for c in side for t in c.subtree if t.i != c.i and _continues_report(t, token)
            ]
            if reports:  # "said it was opposed | and warned ...": the speaker's next act
                last = min(ctx.doc[i].left_edge.i for i in reports) - 1
                while last > first and (ctx.doc[last].is_punct or ctx.doc[last].dep_ == "cc"):
                    last -= 1
            last = _coordinated_end(token, last, ctx)
            last = _before_reporting_participle(side, first, last)
            copula = _copula_read_as_auxiliary(side) if token.dep_ == "relcl" else None
            if copula is not None:
                last = min(last, copula.right_edge.i)
            quoted = ctx.quote_of[side[0].i]
            span = ctx.quote_tokens(quoted) if quoted is not None else None
            if span is not None and first >= span[0] and last > span[1]:
                # said, “We’ll see,” when asked whether ...: the quote ends the content
                last = span[1]
        if first < cue[0] and cue[1] < last:  # the attribution sits inside the clause
            subject = next((c for c in token.lefts if c.dep_ in _SUBJECTS), None)
            start = min(t.i for t in subject.subtree) if subject is not None else cue[0]
            parts.append(_content_from_tokens(ctx, first, max(first, start - 1), cue))
            parts.append(_content_from_tokens(ctx, cue[1] + 1, last, cue))
        else:
            parts.append(_with_colon_quote(ctx, _content_from_tokens(ctx, first, last, cue)))
    return _combine(parts)


def _copula_read_as_auxiliary(complements: Sequence[Token]) -> Token | None:
    """ "A bridge that engineers said was unsafe collapsed on Tuesday": the parse took the
    sentence's own verb for the reported one, with "was" its auxiliary; an auxiliary that has a
    predicate of its own ("unsafe") is the reported clause's copula, and the report ends with
    it."""
    for comp in complements:
        for aux in comp.children:
            if (
                aux.dep_ in ("aux", "auxpass")
                and aux.lemma_ == "be"
                and aux.i < comp.i
                and any(c.dep_ in ("acomp", "attr") for c in aux.children)
            ):
                return aux
    return None


def _before_reporting_participle(complements: Sequence[Token], first: int, last: int) -> int:
    """The end of a reported clause before a closing ", arguing that ...": the parse hung the
    speaker's next report on the clause's verb, but it is a statement of its own."""
    for complement in complements:
        for token in complement.subtree:
            start = token.left_edge.i
            if (
                token.dep_ == "advcl"
                and token.tag_ == "VBG"
                and token.i > complement.i
                and start > first
                and token.right_edge.i >= last - 1
                and token.doc[start - 1].text == ","
                and _lemma(token) in VERB_CUES
            ):
                last = min(last, start - 2)
    return last


def _subject_read_as_object(token: Token) -> Token | None:
    """The cue's object right before a subjectless complement clause: the clause's subject
    ("told POLITICO the state's standards are ...", "said the days when ... are gone", read as
    an adverbial noun); also a quantity the parse read as a phrase on the cue ("said about half
    of the adjustment reflected ...")."""
    comp = next((c for c in token.rights if c.dep_ == "ccomp"), None)
    if comp is None or _has_own_subject(comp) or not _is_finite(comp):
        return None
    obj = next(
        (
            c
            for c in reversed(list(token.rights))
            if c.i < comp.i and (c.dep_ in ("dobj", "npadvmod") or _is_quantity_about(c))
        ),
        None,
    )
    if obj is None:
        return None
    # "argued his fight to increase funding is especially relevant": the parse may hang the
    # subject's own modifier on the cue, between the subject and its clause
    between = {t.i for c in token.rights if obj.i < c.i < comp.i for t in c.subtree}
    gap = range(max(t.i for t in obj.subtree) + 1, comp.left_edge.i)
    if any(i not in between for i in gap):
        return None
    return obj


def _gerund_clause(token: Token) -> Token | None:
    """ "said legalizing it could put thousands to work": the parse makes the gerund that is
    the clause's subject an open complement of the cue; the gerund heads the whole clause."""
    gerund = next((c for c in token.rights if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if gerund is None or gerund.left_edge.i != token.i + 1:
        return None
    finite = [t for t in gerund.subtree if t.tag_ in _FINITE_TAGS and t.i > gerund.i]
    return gerund if finite else None


def _coordinated_end(token: Token, last: int, ctx: _Context) -> int:
    """ "said she had no numbers, and people were still using it": a clause coordinated with the
    cue verb after its content continues the content, unless it is another report ("and added
    that ...") or it shares the speaker as subject ("and he railed against ...")."""
    subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
    for child in token.rights:
        if child.dep_ != "conj" or child.i <= last:
            continue
        own_subject = next((c for c in child.children if c.dep_ in _SUBJECTS), None)
        if _lemma(child) in VERB_CUES or own_subject is None and child.tag_ == token.tag_:
            break
        if own_subject is not None and (
            subject is None
            or own_subject.lower_ in PRONOUN_SOURCES
            or own_subject.lower_ == subject.lower_
        ):
            break
        between = ctx.doc[last + 1 : child.left_edge.i]
        if any(t.pos_ not in ("PUNCT", "CCONJ", "ADV") for t in between):
            break
        last = max(t.i for t in child.subtree)
    return last


def _is_clause(comp: Token, cue_token: Token, ctx: _Context) -> bool:
    """A complement that really is a reported clause: it has a subject or a complementiser, or
    it is quoted speech, or its subject was moved out by a relative clause ("which he said was
    leaked"). "The words said at the ceremony were moving" has none of these. Nor is a report
    set off before the cue ("Kasich tells the crowd, he has been known to ..."): that one is
    the aside."""
    if _is_reporting_aside(comp, cue_token):
        return False
    if any(c.dep_ in (*_SUBJECTS, "nsubjpass", "mark") for c in comp.children):
        return True
    if any(c.dep_ in (*_SUBJECTS, "nsubjpass") for aux in _auxiliaries(comp) for c in aux.children):
        return True  # "said the roads were closed", the subject hung on "were"
    if ctx.quote_of[comp.i] is not None:
        return True
    if cue_token.dep_ in ("relcl", "pcomp") or any(
        c.tag_ in ("WDT", "WP") for c in comp.subtree if c.i < cue_token.i
    ):
        return True
    return comp.tag_ in ("VB",) and comp.pos_ == "VERB"  # imperative: "say go ahead"


def _is_reporting_aside(comp: Token, cue_token: Token) -> bool:
    """A report with nothing reported of its own, set off before the cue: the parenthetical
    whose content the cue's clause is ("He said the plan was dead, the paper reported" is
    no aside: "said" has its own clause)."""
    return (
        comp.i < cue_token.i
        and _lemma(comp) in ADDRESSING_VERBS
        and _has_own_subject(comp)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in comp.children)
        and comp.right_edge.i + 1 < cue_token.i
        and comp.doc[comp.right_edge.i + 1].text in _SET_OFF
    )


def _auxiliaries(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("aux", "auxpass")]


def _inverted_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "The plan is dead, the senator said" and "The plan, the senator said, is dead": the cue
    hangs off the content's own verb, set off by commas or dashes; the content may be split."""
    head = token.head
    if head.i == token.i or token.dep_ not in ("parataxis", "ccomp", "advcl", "conj"):
        return None
    if _is_as_clause(token):
        return _as_clause_content(token, ctx, cue, closing=_is_bare_as_report(token))
    if not _has_own_subject(token) and token.dep_ != "parataxis":
        return None
    if token.dep_ == "conj" and head.i < token.i and not _is_closing_report(token):
        return None
    if any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in token.children):
        return None  # "..., more than twice what it projected": the cue has its own object
    if (
        token.dep_ == "ccomp"
        and _in_lexicon(head)
        and any(c.dep_ == "nsubj" for c in head.lefts)
        and all(c.is_punct for c in head.rights)
    ):
        # "In Chicago, organizers added 160 guards, the Sun-Times reported": the cue's clause
        # is what the report after it says, not a report set inside it
        return None
    doc = ctx.doc
    own = {t.i for t in token.subtree} - _fronted_modifiers(token)
    if _is_inverted(token):
        # "The plan, said the mayor, will cost ...": the parse hangs the topic on the cue
        own -= {t.i for c in token.lefts if c.dep_ == "nsubj" for t in c.subtree}
        own = {i for i in own if i >= token.i - 1}
    # "And, Kasich tells the crowd, he ...", "Instead, Trump told CNN, his policy ...", "And
    # yet every Friday, the executive told The Post, Fiorina would ...": conjunctions and
    # adverbs open the sentence (PolNeAR keeps the adverb in the content)
    openers = {c.i for c in token.lefts if c.dep_ in ("cc", "advmod") and c.right_edge.i == c.i}
    while min(own) in openers:
        own.remove(min(own))
    low, high = min(own), max(own)
    set_off = doc[low].text in _SET_OFF or (low > 0 and doc[low - 1].text in _SET_OFF)
    if not set_off:
        return None
    rest = [t.i for t in head.subtree if t.i not in own] + [t.i for t in token.subtree if t.i < low]
    left = [i for i in rest if i < low]
    right = [i for i in rest if i > high]
    parts: list[Content | None] = []
    if left:
        parts.append(_content_from_tokens(ctx, min(left), max(left), cue))
    closes = doc[high].text in _SET_OFF or (high + 1 < len(doc) and doc[high + 1].text in _SET_OFF)
    if right and (left and closes or not left):
        parts.append(_content_from_tokens(ctx, min(right), max(right), cue))
    return _combine(parts)


def _fronted_modifiers(token: Token) -> set[int]:
    """ "If the bill passes, officials said, prices will rise": the parse may hang the clause or
    phrase that opens the sentence on the set-off cue, but it modifies the content; the tokens
    of such a modifier, set off by a comma before the cue's subject."""
    subject = next((c for c in token.lefts if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return set()
    doc = token.doc
    return {
        t.i
        for child in token.lefts
        if child.dep_ in ("advcl", "prep", "npadvmod")
        and child.right_edge.i + 1 < subject.left_edge.i
        and doc[child.right_edge.i + 1].text == ","
        for t in child.subtree
    }


def _is_closing_report(token: Token) -> bool:
    """ "He will fight on, his top aide told The Huffington Post.": the parse makes the closing
    report a clause coordinated with its content; with no conjunction, a comma before it and
    nothing after it, it is the report."""
    doc = token.doc
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    if subject is None and _is_inverted(token):
        # "..., but it is under intense pressure, said the company's chief executive."
        subject = next(c for c in token.rights if c.dep_ == "nsubj")
    opening = min(token.i, subject.left_edge.i) if subject is not None else token.i
    # a conjunction before the cue's own conjunct makes it an act of its own ("He lost the
    # race, and his wife told reporters"); one before an earlier conjunct does not
    earlier = [c.i for c in token.head.children if c.dep_ == "conj" and c.i < token.i]
    own_conjunction = any(
        c.dep_ == "cc" and max(earlier, default=-1) < c.i < token.i for c in token.head.children
    )
    return (
        subject is not None
        and bool(VERB_CUES.get(_lemma(token), frozenset()) & {CLAUSE})
        and not any(c.dep_ in ("cc", "ccomp", "xcomp", "conj") for c in token.children)
        and opening > 0
        and doc[opening - 1].text == ","
        and not own_conjunction
        and _runs_to_sentence_end(doc, token.right_edge.i)
    )


def _is_as_clause(token: Token) -> bool:
    return token.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in token.lefts)


def _as_clause_content(
    token: Token, ctx: _Context, cue: tuple[int, int], *, closing: bool
) -> Content | None:
    """ "as Clyburn noted, those voters will ...": the clause the as-clause modifies, after it;
    a `closing` one ("..., as police have said") reports the clause before it."""
    head = token.head
    own = {t.i for t in token.subtree}
    rest = [t.i for t in head.subtree if t.i not in own and t.i > max(own) and not t.is_punct]
    if not rest and token.i > head.i and closing and not _echoes_report(token):
        rest = [t.i for t in head.subtree if t.i not in own and t.i < min(own)]
    return _content_from_tokens(ctx, min(rest), max(rest), cue) if rest else None


def _echoes_report(token: Token) -> bool:
    """ "Clinton pledges to ..., as she put it": a closing as-clause whose pronoun points back to
    the speaker of the report it closes, which already holds the clause."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and PRONOUN_SOURCES.get(subject.lower_) in ("singular", "plural")
        and _lemma(token.head) in VERB_CUES
        and _has_own_subject(token.head)
    )


# What a closing "as X said" may hold besides its speaker: "as police have said", "as he
# noted last week"; anything more makes "as" a time ("as the nation decides on ...", "as
# many regulars continued to stay away", "as a photo is shown") or a manner ("as though").
_BARE_AS_REPORT_DEPS = frozenset({"nsubj", "aux", "mark", "advmod", "npadvmod", "neg", "punct"})


def _is_bare_as_report(token: Token) -> bool:
    after_as = token.doc[token.left_edge.i + 1] if token.left_edge.i + 1 < len(token.doc) else None
    return (
        bool(VERB_CUES.get(_lemma(token), frozenset()) & {CLAUSE, QUOTE})
        and all(c.dep_ in _BARE_AS_REPORT_DEPS or _says_when(c) for c in token.children)
        and (after_as is None or after_as.lower_ not in ("though", "if"))
    )


def _says_when(phrase: Token) -> bool:
    """A prepositional phrase that says when: "as The New York Times reported on Thursday"."""
    return phrase.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in phrase.children
    )


def _seeming_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "Washington appears weak", "Trump doesn't seem like the kind of candidate ...", "it
    appears that ...": what seems so, and how it seems (PolNeAR's two content spans)."""
    clause = next((c for c in token.rights if c.dep_ == "ccomp" and _has_own_subject(c)), None)
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    if clause is not None and (subject is None or subject.lower_ == "it"):
        first, last = _subtree_range(clause)
        return _content_from_tokens(ctx, first, last, cue)
    complement = next(
        (
            c
            for c in token.rights
            if c.dep_ in ("acomp", "attr", "oprd") or (c.dep_ == "prep" and c.lower_ == "like")
        ),
        None,
    )
    if complement is None or subject is None or subject.lower_ == "it":
        return None
    return _combine(
        [
            _content_from_tokens(ctx, *_subtree_range(subject), cue),
            _content_from_tokens(ctx, *_subtree_range(complement), cue),
        ]
    )


def _raised_subject(
    token: Token, content: Sequence[tuple[int, int]], doc: Doc
) -> tuple[int, int] | None:
    """The subject of a raising cue ("seems to", "appears to", "is expected to") whose content is
    the infinitive: PolNeAR's content starts with it, and the cue has no source."""
    lemma = _lemma(token)
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if not (lemma in RAISING_VERBS or (passive and lemma in RAISING_PASSIVES)):
        return None
    comp = next((c for c in token.rights if c.dep_ == "xcomp"), None)
    if comp is None or not any(a.lower_ == "to" for a in comp.lefts):
        return None
    if not content or content[0][0] > doc[comp.left_edge.i].idx:
        return None  # the content is not the infinitive
    subject = next((c for c in token.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return _subtree_range(subject, {t.i for t in token.subtree if t.i >= token.i})


def _infinitive_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    comp = next(
        (c for c in token.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.lefts)),
        None,
    )
    if comp is None:
        return None
    first, last = _subtree_range(comp)
    if token.tag_ != "VB":
        # "wants to triple the program, grow the Peace Corps and create ...": a bare verb can't
        # be coordinated with "wants", so the parse's conjuncts continue the infinitive
        for verb in token.rights:
            if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.left_edge.i <= last:
                continue
            # "declined to comment, didn't respond ...": a verb with its own auxiliary is not
            if any(c.dep_ in ("aux", "neg", *_SUBJECTS) for c in verb.children):
                continue
            if _joins(ctx.doc, last, verb.left_edge.i):
                last = _subtree_range(verb, _coordinated_verbs(verb))[1]
    return _content_from_tokens(ctx, first, last, cue)


def _joins(doc: Doc, last: int, start: int) -> bool:
    """Only a comma or a conjunction between the end of one phrase and the start of the next."""
    return all(t.is_punct or t.dep_ == "cc" for t in doc[last + 1 : start])


def _label_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "called him “a total stiff”", "called the decision a huge win": the thing labelled and
    its label (an object predicate, a second object or an apposition)."""
    obj = next((c for c in token.rights if c.dep_ == "dobj" and c.i > cue[1]), None)
    if obj is None:
        # "called what she witnessed “terrible”": the object is a free relative clause
        obj = next(
            (
                c
                for c in token.rights
                if c.dep_ == "ccomp" and c.left_edge.lower_ in ("what", "whatever")
            ),
            None,
        )
    if obj is None:
        misread = _object_read_as_label(token, ctx)
        if misread is not None:
            return _content_from_tokens(
                ctx, *_subtree_range(misread, _coordinated_verbs(misread)), cue
            )
        label_end = _unquoted_label(token)  # the parse lost the object: "called Oz a quack"
        if label_end is None:
            return None
        return _content_from_tokens(ctx, cue[1] + 1, label_end, cue)
    labels = []
    if _lemma(token) not in AS_ONLY_LABEL_VERBS:
        labels += [c for c in token.rights if c.i > obj.i and c.dep_ in ("oprd", "dobj", "attr")]
        labels += [c for c in obj.rights if c.dep_ == "appos"]
        if obj.dep_ == "ccomp":
            # "called what she witnessed “terrible”": the parse hung the label on "witnessed"
            labels += [c for c in obj.rights if c.dep_ == "oprd"]
    # "see the campaign as unfair": the "as" phrase, on the verb or the object
    labels += [c for c in (*token.rights, *obj.rights) if c.i > obj.i and _is_as_label(c)]
    if not labels:
        return None
    last = max(_subtree_range(label, _coordinated_verbs(label))[1] for label in labels)
    return _content_from_tokens(ctx, min(t.i for t in obj.subtree), last, cue)


def _object_read_as_label(token: Token, ctx: _Context) -> Token | None:
    """ "called Valeant's chief executive, J. Michael Pearson, “incredibly driven”": the parse
    read the object as the label and hung the quoted label on it. The quotation after the
    noun says which is which."""
    if _lemma(token) not in LABELLING_VERBS or token.dep_ == "acl":
        return None  # "a series called “Quick Question”" names; no one labels
    misread = next((c for c in token.rights if c.dep_ == "oprd"), None)
    if misread is None or misread.pos_ not in ("NOUN", "PROPN"):
        return None
    if ctx.quote_of[misread.i] is not None:
        return None  # the noun is inside the quotation: it is the label
    after = range(misread.i + 1, misread.right_edge.i + 1)
    return misread if any(ctx.quote_of[i] is not None for i in after) else None


def _relative_that_read_as_mark(token: Token) -> Token | None:
    """ "a country that Romney called “our No.1 foe”": a labelling verb takes no that-clause, so
    a "that" right after a noun, with the label's object missing, is the relative pronoun the
    parse read as a complementiser."""
    if _lemma(token) not in LABELLING_VERBS or any(c.dep_ == "dobj" for c in token.children):
        return None
    that = next((c for c in token.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is None or that.i == 0 or token.doc[that.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return that


def _is_as_label(token: Token) -> bool:
    if _lemma(token.head) not in AS_LABEL_VERBS:
        return False
    if token.dep_ == "prep":
        return token.lower_ == "as"
    # "see the campaign as most unfair", "sees him as captured by ...": the parse reads the
    # label as an adverbial clause opened by "as"; one with a subject says when ("as he left")
    return (
        token.dep_ == "advcl"
        and token.left_edge.lower_ == "as"
        and token.left_edge.dep_ in ("advmod", "mark")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


RELATIVE_WORDS = frozenset({"which", "what", "that", "who", "whom"})
RELATIVE_REST = ("xcomp", "ccomp", "oprd", "attr")


def _relative_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """A report made in a relative clause: "emails, which she said represented all her work",
    "what he calls the rigged system", "which he describes as his second home". The relative
    word stands for what is reported about, so the content is that word and what the speaker
    says of it, as PolNeAR marks it."""
    relative = next(
        (
            c
            for c in token.lefts
            if c.lower_ in RELATIVE_WORDS
            and (
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "oprd", "attr")
                # "what Melania Trump told NBC News": the parse swaps the objects of "tell"
                or c.dep_ == "dative"
                and c.lower_ == "what"
            )
            and (c.tag_ in ("WDT", "WP") or token.dep_ == "relcl")
        ),
        None,
    )
    if relative is None:
        relative = _relative_that_read_as_mark(token)
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
    if relative is None or subjects == [relative]:
        return None  # "who said ...": the relative word is the speaker
    rest = [c for c in token.rights if c.dep_ in RELATIVE_REST]
    if not rest and _lemma(token) in AS_LABEL_VERBS:
        rest = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "as"]
    said_what = relative.lower_ == "what" and relative.dep_ in ("dobj", "dative")
    if not rest and said_what and _lemma(token) in SAYING_VERBS:
        # "That was what Liz Wahl said"; "what it says about America": what it is about
        about = next((c for c in token.rights if c.lower_ == "about" and c.i <= cue[1]), None)
        topic = next((c for c in about.children if c.dep_ == "pobj"), None) if about else None
        if topic is not None:
            return _content_from_tokens(ctx, topic.left_edge.i, topic.right_edge.i, cue)
        return _content_from_tokens(ctx, relative.i, relative.i, cue)
    if not rest:
        return None
    last = max(max(t.i for t in c.subtree) for c in rest)
    first = min(min(t.i for t in c.subtree) for c in rest)
    return _combine(
        [
            _content_from_tokens(ctx, relative.i, relative.i, cue),
            _content_from_tokens(ctx, first, last, cue),
        ]
    )


MAX_LABEL_GAP = 15  # tokens between a labelling cue and the quoted label


def _quoted_label(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "called a report suggesting donors were granted access “outrageous”", "called her
    “third-rate”": the parse lost the label, but a quotation closes what was called what."""
    doc = ctx.doc
    sentence_end = token.sent.end
    for index in range(cue[1] + 1, min(sentence_end, cue[1] + 1 + MAX_LABEL_GAP)):
        quoted = ctx.quote_of[index]
        if quoted is None:
            continue
        span = ctx.quote_tokens(quoted)
        if span is None or span[0] != index:
            return None
        between = doc[cue[1] + 1 : index]
        # a finite verb may sit inside the object ("called the idea that Clinton had anything
        # to prove “ridiculous”"), not between the cue and the quotation's own verb
        labelled = {t.i for c in _label_objects(token) for t in c.subtree}
        inside = bool(labelled) and {t.i for t in between} <= labelled
        if not between or any(
            t.text in (".", ";", ":", ",")
            or (t.tag_ in _FINITE_TAGS and not (inside and _lemma(t) not in VERB_CUES))
            for t in between
        ):
            # "called “...”" is a naming; "called the police and said “...”", "called his
            # mother, who told him “...”": the quotation belongs to another verb
            return None
        return _content_from_tokens(ctx, cue[1] + 1, span[1], cue)
    return None


def _label_objects(token: Token) -> list[Token]:
    """What a labelling verb may label, by the subtrees the parse gave it: its object, a free
    relative ("called what she witnessed ..."), and a clause or participle hung on the verb
    right after the object ("called a report suggesting donors were granted access ...": a
    labelling verb takes no clause of its own)."""
    objects = [
        c
        for c in token.rights
        if c.dep_ == "dobj" or (c.dep_ == "ccomp" and c.left_edge.lower_ in ("what", "whatever"))
    ]
    for child in token.rights:
        if child.dep_ in ("ccomp", "advcl") and any(
            o.right_edge.i + 1 == child.left_edge.i for o in objects
        ):
            objects.append(child)
    return objects


def _request_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "asked the network to donate the profits": the addressee and what they are asked."""
    passive = _passive_request(token, ctx, cue)
    if passive is not None:
        return passive
    obj = next((c for c in token.rights if c.dep_ in ("dobj", "dative") and c.i > cue[1]), None)
    comp = next(
        (
            c
            for c in token.rights
            # "tells his supporters at a rally to “go ...”": the parser may read it as adverbial
            if c.dep_ in ("xcomp", "ccomp", "advcl") and obj is not None and c.i > obj.i
        ),
        None,
    )
    if obj is None or comp is None or not any(a.lower_ == "to" for a in comp.lefts):
        return None
    last = max(t.i for t in comp.subtree)
    return _content_from_tokens(ctx, min(t.i for t in obj.subtree), last, cue)


def _passive_request(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "Sanders was asked to name a specific decision": in the passive the addressee is the
    subject, and both it and what they are asked are the content; who asked goes unnamed."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return None
    subject = _first_child(token, ("nsubjpass",))
    comp = next(
        (c for c in token.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.lefts)),
        None,
    )
    if subject is None or comp is None or subject.i > cue[0]:
        return None
    return _combine(
        [
            _content_from_tokens(ctx, *_subtree_range(subject), cue),
            _content_from_tokens(ctx, *_subtree_range(comp), cue),
        ]
    )


def _detached_clause(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "said earlier on Friday during a news conference that he may wait": the parser hung the
    that-clause on a noun of the adverbials (or of the addressee) between it and the cue."""
    doc = ctx.doc
    adverbials = [c for c in token.rights if c.dep_ in ("prep", "npadvmod", "advmod")]
    addressees = [c for c in token.rights if c.dep_ in ("dobj", "dative")]
    # "told a meeting of Pacific Island leaders that few people ...": on the addressee too,
    # unless it is a noun of content ("read the report that the factory would close")
    objects = [c for c in addressees if c.lemma_.lower() not in CONTENT_NOUNS]
    for child in adverbials + objects:
        for t in child.subtree:
            # "told the audience at his fundraiser for veterans that he ...": a complementiser
            # "that" (a relative "that" is a pronoun) even where the parse says relative clause
            if t.lower_ == "that" and _opens_clause(t) and t.head.dep_ in ("ccomp", "acl", "relcl"):
                between = range(cue[1] + 1, t.i)
                inside = {u.i for a in adverbials + addressees for u in a.subtree}
                if all(i in inside or doc[i].is_punct for i in between):
                    last = max(u.i for u in t.head.subtree)
                    return _content_from_tokens(ctx, t.i, last, cue)
    return None


def _opens_clause(that: Token) -> bool:
    """A complementiser "that": marked so, or read as the adverb of a relative clause that has
    its own subject ("said for the first time that some emails have been located")."""
    clause = that.head
    return that.dep_ == "mark" or (
        that.dep_ == "advmod" and clause.left_edge.i == that.i and _has_own_subject(clause)
    )


def _adverbial_clause(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "said after the convention he would not accept ...", "tweeted in the early hours that
    Machado was ...": the parser took the reported clause for an adverbial one. It reports when
    it is finite, has its own subject and no subordinator but "that" ("said he would leave if
    asked" reports; "said so before he left" does not)."""
    for child in token.rights:
        if child.dep_ != "advcl" or child.i <= cue[1]:
            continue
        subject = next((c for c in child.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        leads = [c for c in child.lefts if c.dep_ in ("mark", "advmod") and c.i < subject.i]
        negated = any(c.dep_ == "neg" for c in token.children)
        has_object = any(c.dep_ == "dobj" for c in token.children)
        # "have not said when they would ...": what is not said is an indirect question (but
        # "did not say anything when she left" said nothing, and when is when)
        asked = negated and not has_object and all(c.lower_ in WH_MARKERS for c in leads)
        if any(c.lower_ != "that" for c in leads) and not asked:
            continue
        if not _is_finite(child):
            continue
        first = min([subject.left_edge.i, *(c.i for c in leads)])
        # "... that Machado was “a con” and encouraged Americans to ...": a coordinated verb
        # without a subject of its own is the speaker's next act, not part of the report
        stop = {
            t.i
            for c in child.rights
            if c.dep_ == "conj" and c.pos_ == "VERB" and not _has_own_subject(c)
            for t in c.subtree
        }
        last = max(t.i for t in child.subtree if t.i not in stop)
        while last > first and ctx.doc[last].dep_ == "cc":
            last -= 1
        return _content_from_tokens(ctx, first, last, cue)
    return None


def _clause_read_as_head(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "after Trump told The Washington Post he was “not quite there yet”": the parser made the
    reported clause the head of the cue's subordinate clause; its subject follows the cue's
    own words with nothing between."""
    head = token.head
    if (
        token.dep_ != "advcl"
        or head.i <= token.i
        or not any(c.dep_ == "mark" and c.lower_ in TIME_SUBORDINATORS for c in token.lefts)
    ):
        return None  # "if one adds Nebraska, that takes us to 314": a condition, no report
    subject = next((c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != token.right_edge.i + 1:
        return None
    if not _is_finite(head):
        return None
    last = _subtree_range(head, _comma_asides(head))[1]
    return _content_from_tokens(ctx, subject.left_edge.i, last, cue)


def _zero_relative_report(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "for meddling the California congressman said is designed to “sow discord”": a report in
    a relative clause with no relative word; its clause lacks the subject, which is the noun
    right before the speaker. The content is that noun and the clause, as for "which"."""
    head = token.head
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    comp = next((c for c in token.rights if c.dep_ == "ccomp"), None)
    if subject is None or comp is None or head.i >= token.i:
        return None
    if head.i != subject.left_edge.i - 1 or head.pos_ not in ("NOUN", "VERB"):
        return None
    if any(c.dep_ in (*_SUBJECTS, "nsubjpass", "mark") for c in comp.children):
        return None
    if not _is_finite(comp):
        return None
    return _combine(
        [
            _content_from_tokens(ctx, head.left_edge.i, head.i, cue),  # "an honor"
            _content_from_tokens(ctx, comp.left_edge.i, comp.right_edge.i, cue),
        ]
    )


def _preceding_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "People like Scott, he said.": an unquoted report before its cue, which the parser made
    the root; the cue's subject follows a comma or dash and nothing but punctuation follows the
    cue. The parse may hang such a cue on the noun before the comma as a relative clause
    ("... view of Trump, the poll found.")."""
    misread = token.dep_ == "relcl" and token.head.i < token.i
    if token.head.i != token.i and not misread:
        return None
    subject = _nearest_subject(token)
    if subject is None or (subject.i > token.i and misread):
        return None
    if misread and subject.tag_ in ("WDT", "WP"):
        return None  # "..., who responded anonymously.": a relative clause indeed
    doc = ctx.doc
    if subject.i > token.i:
        # "The rejection signals “the beginning of the end” for the EU, said Geert Wilders,
        # founder of the party.": inverted; the parse read what was said as a second subject
        mark, last = token.i - 1, subject.right_edge.i
    else:
        mark, last = subject.left_edge.i - 1, cue[1]
    sentence = token.sent
    if mark <= sentence.start or doc[mark].text not in _SET_OFF:
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[last + 1 : sentence.end]):
        return None  # (a sentence ends with the blank line after it)
    before = doc[sentence.start : mark]
    fronted = before.root.dep_ in _FRONTED_ADVERBIALS and not _main_clause_after_comma(before)
    if fronted or before.root.ent_type_ in ("DATE", "TIME"):
        return None  # "Last week, the company warned.": when, not what
    return _content_from_tokens(ctx, sentence.start, mark - 1, cue)


def _main_clause_after_comma(before: SpacySpan) -> bool:
    """ "As Trump prepared to speak, a girl was pepper-sprayed, police said.": the parse hung the
    reported main clause on the fronted one; a finite clause with its own subject and no
    subordinator, opening after a comma, is what was said."""
    return any(
        verb.pos_ in ("VERB", "AUX")
        and verb.dep_ in ("advcl", "conj", "ccomp")
        and before.start < verb.left_edge.i
        and before.doc[verb.left_edge.i - 1].text == ","
        and _has_own_subject(verb)
        and not any(c.dep_ == "mark" for c in verb.children)
        and _is_finite(verb)
        for verb in before
    )


_FRONTED_ADVERBIALS = frozenset({"npadvmod", "advmod", "prep", "advcl", "mark", "intj", "cc"})


def _block_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "The governor added:" closing its paragraph: the next paragraph is what he added (a block
    quotation set off without quotation marks)."""
    doc = ctx.doc
    colon = cue[1] if doc[cue[1]].text == ":" else cue[1] + 1  # PolNeAR's cue: "added:"
    while colon < len(doc) and doc[colon].dep_ in ("advmod", "npadvmod") and colon < token.i + 4:
        colon += 1  # "added later:"
    if colon + 2 >= len(doc) or doc[colon].text != ":":
        return None
    brk = doc[colon + 1]
    if not (brk.is_space and "\n" in brk.text):
        return None
    last = colon + 2
    while last + 1 < len(doc) and not (doc[last + 1].is_space and "\n" in doc[last + 1].text):
        last += 1
    return _content_from_tokens(ctx, colon + 2, last, cue)


def _question(token: Token) -> Token | None:
    """The first word of the question a cue reports: "if"/"whether" or a wh-word opening one of
    its clauses ("asked workers if they planned ...", "Asked who leads the party, ...")."""
    for child in token.rights:
        if child.dep_ not in ("ccomp", "advcl", "xcomp"):
            continue
        opener = child.left_edge
        # an adverbial clause asks only with "if"/"whether": "asked for a lawyer when police
        # arrived" asked no question
        markers = ("if", "whether") if child.dep_ == "advcl" else WH_MARKERS
        if opener.lower_ in markers and opener.i > token.i:
            return opener
    # "when I asked Bernie Sanders if he would ever endorse Clinton, he looked ...": the parse
    # hung the question right after the cue's object on the main verb
    doc = token.doc
    after = token.right_edge.i + 1
    asked = next((c for c in token.rights if c.dep_ == "dobj"), None)  # asked someone if ...
    if asked is None or asked.right_edge.i != after - 1:
        return None
    if after < len(doc) and doc[after].lower_ in ("if", "whether") and doc[after].dep_ == "mark":
        clause = doc[after].head
        if clause.i > after and clause.left_edge.i == after and not token.is_ancestor(clause):
            return doc[after]
    return None


def _question_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    opener = _question(token)
    if opener is None:
        return None
    clause = next((c for c in token.rights if c.left_edge.i == opener.i), opener.head)
    last = clause.right_edge.i
    answer = _answer_after_question(token)
    if answer is not None and answer > last:
        last = answer  # the parse broke the question up; it runs to the answer's comma
    return _content_from_tokens(ctx, opener.i, last, cue)


def _answer_after_question(token: Token) -> int | None:
    """Where a question put before its answer ends: "Asked if it had appeared he was
    encouraging violence, Trump replied ...": the token before the comma that opens the main
    clause, whose subject follows that comma."""
    sentence = token.sent
    if token.tag_ != "VBN" or token.i > sentence.start + 1:
        return None
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or root.i < token.i or subject.left_edge.i < token.i + 2:
        return None
    comma = subject.left_edge.i - 1
    return comma - 1 if token.doc[comma].text == "," else None


def _pro_form_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "half said so", "43 said the same of Sanders": the pro-form stands for the content."""
    obj = next(
        (
            c
            for c in token.rights
            if c.dep_ in ("dobj", "advmod", "intj", "nsubj")
            and c.i > cue[1]
            and c.lower_ in PRO_FORM_OBJECTS
        ),
        None,
    )
    if obj is None:
        return _as_much(token, ctx, cue)
    return _content_from_tokens(
        ctx, min(t.i for t in obj.subtree), max(t.i for t in obj.subtree), cue
    )


def _as_much(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "Mook said as much in an interview": "as much" stands for what was said before."""
    much = next((c for c in token.rights if c.lower_ == "much" and c.dep_ == "advmod"), None)
    if much is None or much.i == 0 or much.nbor(-1).lower_ != "as" or much.i - 1 <= cue[1]:
        return None
    return _content_from_tokens(ctx, much.i - 1, much.i, cue)


def _object_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "recalled the adoption of the resolution ... by the House": the object, with the
    prepositional phrases the parser hung on the verb right after it, and for a labelling verb
    the label ("called the plan “a disaster”"). A pronoun object is content too, as PolNeAR
    marks it: "accused him of sexism", "described it as a serious lapse"."""
    obj = next((c for c in token.rights if c.dep_ in ("dobj", "attr") and c.i > cue[1]), None)
    if obj is None:
        obj = next((c for c in token.rights if _is_gerund_object(c) and c.i > cue[1]), None)
    if obj is None:
        return None
    first, last = _subtree_range(obj, _coordinated_verbs(obj) | _comma_asides(obj))
    for child in token.rights:
        if child.i > last and child.dep_ == "oprd":
            last = _subtree_range(child, _coordinated_verbs(child))[1]
        elif (
            child.left_edge.i == last + 1
            and child.dep_ == "advmod"
            and child.lower_ in STANDING_WORDS
        ):
            last = max(t.i for t in child.subtree)  # "shows Clinton ahead by 3 points"
    for child in token.rights:
        if child.i == last + 1 and child.dep_ == "prep" and child.lower_ not in ("during",):
            last = _subtree_range(child, _comma_asides(child))[1]
    following = next((c for c in token.rights if c.left_edge.i == last + 1), None)
    if token.doc[last].pos_ == "ADP" and following is not None:
        last = following.right_edge.i  # "out of | more than a billion ballots cast": one phrase
    elif following is not None and _is_zero_relative(following, token):
        last = _subtree_range(following, _coordinated_verbs(following))[1]
    region_last = ctx.regions[ctx.region_of[token.i]][1]
    return _content_from_tokens(ctx, first, min(last, region_last), cue)


def _is_zero_relative(clause: Token, cue_token: Token) -> bool:
    """ "cited disparaging remarks Trump had made about Machado": a clause right after the
    object of a cue that takes no clause, with a subject and no object of its own, is a relative
    clause on the object that the parse read as the cue's complement."""
    return (
        clause.dep_ == "ccomp"
        and CLAUSE not in VERB_CUES.get(_lemma(cue_token), frozenset())
        and _has_own_subject(clause)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark") for c in clause.children)
    )


def _coordinated_verbs(token: Token) -> set[int]:
    """The finite verbs the parse coordinated with a complement ("called it “shameful” and
    called on leaders ..."), with what they govern: another clause, not part of the complement
    ("called the charges unsubstantiated and fabricated" keeps its participle)."""
    return {
        t.i
        for child in token.children
        if child.dep_ == "conj" and child.tag_ in _FINITE_TAGS
        for t in child.subtree
    } | {c.i for c in token.children if c.dep_ == "cc" and c.i > token.i}


def _comma_asides(token: Token) -> set[int]:
    """A comma-set relative clause that closes a phrase ("questioned the health of Donald
    Trump, who is 70"): an aside of the writer's, which PolNeAR leaves out of the content."""
    doc, end = token.doc, token.right_edge.i
    for relative in token.subtree:
        if relative.dep_ != "relcl" or relative.right_edge.i < end - 1:
            continue
        start = relative.left_edge.i
        if start > token.i and doc[start - 1].text == ",":
            return set(range(start - 1, end + 1))
    return set()


def _is_gerund_object(token: Token) -> bool:
    """ "cited improving mental health services", "proposes doing away with the mandate": a
    gerund clause without a subject of its own stands where the object would."""
    return (
        token.dep_ in ("xcomp", "ccomp")
        and token.tag_ == "VBG"
        and token.left_edge.i == token.i
        and not any(c.dep_ in _SUBJECTS for c in token.children)
    )


# Prepositions PolNeAR's cue takes when they link the verb to what it reports ("brags about",
# "made little secret of"); "responded to", "criticized for" it leaves out, and "at" is mostly a
# place or an occasion ("spoke at the conference").
_LINKING_PREPOSITIONS = frozenset({"about", "on", "of", "over", "against", "into"})


# Prepositions that introduce what a verb reports ("responded with attacks on X").
_CONTENT_LINKS = _LINKING_PREPOSITIONS | {"with", "for"}


def _with_linking_preposition(token: Token, cue: tuple[int, int]) -> tuple[int, int]:
    """The cue through the preposition right after it that links it to its content."""
    following = token.doc[cue[1] + 1] if cue[1] + 1 < len(token.doc) else None
    if (
        following is not None
        and following.head.i == token.i
        and following.dep_ == "prep"
        and following.lower_ in _LINKING_PREPOSITIONS
        and not _is_quantity_about(following)
    ):
        return cue[0], following.i
    return cue


def _with_own_particle(token: Token, cue: tuple[int, int]) -> tuple[int, int]:
    """ "did not single out", "is rolling out": the verb's particle right after it."""
    following = token.doc[cue[1] + 1] if cue[1] + 1 < len(token.doc) else None
    if following is not None and following.head.i == token.i and following.dep_ == "prt":
        return cue[0], following.i
    return cue


def _passive_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "“American Skin” was written by Springsteen": a passive with an agent reports its
    subject (the agent is the source). A judgement reports whom it judges and why, with or
    without a judge: "Mr. Reagan was criticized for trading a guilty person", "he was
    criticized by libertarians"."""
    subject = _first_child(token, ("nsubjpass",))
    if subject is None:
        return None
    has_agent = any(c.dep_ == "agent" for c in token.children)
    if _lemma(token) not in EVALUATION_VERBS:
        if not has_agent or subject.pos_ == "PRON":
            return None
        if subject.lemma_.lower() in NON_REPORTING_OBJECTS.get(_lemma(token), frozenset()):
            return None  # "profits were reported by the company": results, not a report
        return _content_from_tokens(ctx, *_subtree_range(subject), cue)
    reason = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("for", "as")), None)
    if reason is None and not has_agent:
        return None  # "was roundly criticized on Twitter": no judge and no reason
    parts = [_content_from_tokens(ctx, *_subtree_range(subject), cue)]
    if reason is not None:
        parts.append(_content_from_tokens(ctx, *_subtree_range(reason), cue))
    return _combine(parts)


def _preposition_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "responded with attacks on Machado", "didn't apologize for his past statements": the
    object of the first preposition after the cue, when the verb has no object of its own."""
    if _first_child(token, ("dobj", "ccomp", "xcomp")) is not None:
        return None
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.i > cue[1]), None)
    if prep is None or prep.lower_ not in _CONTENT_LINKS:
        return None  # "wrote to voters", "tweeted from Florida": an addressee, an origin
    obj = _first_child(prep, ("pobj", "pcomp"))
    if obj is None:
        return None
    return _content_from_tokens(ctx, *_subtree_range(obj), cue)


def _particle_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "called for an inquiry", "pointed to reports that ...", "called on X to resign"."""
    particle = _particle(token)
    if particle is None:
        return None
    if particle.dep_ == "mark":
        return _content_from_tokens(
            ctx, particle.i + 1, max(t.i for t in particle.head.subtree), cue
        )
    obj = next((c for c in particle.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        obj = next((c for c in token.rights if c.dep_ in ("dobj", "ccomp") and c.i > cue[1]), None)
    if obj is None:
        return None
    first, last = _subtree_range(obj)
    for child in token.rights:
        if child.i > last and child.dep_ == "xcomp":
            last = max(t.i for t in child.subtree)
    return _content_from_tokens(ctx, first, last, cue)


def _about_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "informed the participants ... about X": the first "about" (or "of" for warn) after the
    cue in its region, past the addressee; the content runs to the end of the clause."""
    doc = ctx.doc
    region_last = ctx.regions[ctx.region_of[token.i]][1]
    words = ("about",) if token.lemma_ != "warn" else ("about", "of", "against")
    for i in range(token.i + 1, region_last + 1):
        t = doc[i]
        if t.lower_ in words and ctx.quote_of[i] is None:
            end = region_last
            for j in range(i + 1, region_last + 1):
                if doc[j].text == ";" or (
                    doc[j].pos_ in ("VERB", "AUX")
                    and doc[j].tag_ not in ("VBN", "VBG")
                    and doc[j].dep_ not in ("amod", "acl", "relcl")
                    and ctx.quote_of[j] is None
                ):
                    end = j - 1
                    while end > i and doc[end].pos_ not in ("PUNCT", "CCONJ"):
                        end -= 1
                    end = end if end > i + 1 else region_last
                    break
            return _content_from_tokens(ctx, i + 1, end, cue)
        if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG"):
            return None
    return None


def _adjacent_quotes(
    token: Token, ctx: _Context, cue: tuple[int, int], source: tuple[int, int] | None
) -> list[int]:
    """Quotes next to the attribution ("“...,” she said", "he said: “...”"): only punctuation,
    the source and short adverbials may separate them from the cue."""
    doc = ctx.doc
    region_first = ctx.regions[ctx.region_of[token.i]][0]
    attribution = set(range(cue[0], cue[1] + 1))
    if source is not None:
        attribution |= set(range(source[0], source[1] + 1))
    for child in token.children:
        if child.dep_ in ("npadvmod", "advmod", "dative", "dobj", "prep") and all(
            ctx.quote_of[t.i] is None for t in child.subtree
        ):
            attribution |= {t.i for t in child.subtree}
    found: list[int] = []
    i = min(attribution) - 1
    while i >= 0 and doc[i].is_punct and ctx.quote_of[i] is None:
        i -= 1
    if i >= 0 and ctx.quote_of[i] is not None and i >= region_first - 40:
        q = ctx.quote_of[i]
        if not is_title_quote(doc.text, ctx.quotes[q]):  # type: ignore[index]
            found.append(q)  # type: ignore[arg-type]
    j = max(attribution) + 1
    while j < len(doc) and (doc[j].is_punct or doc[j].is_space) and ctx.quote_of[j] is None:
        j += 1
    if j < len(doc) and ctx.quote_of[j] is not None:
        q = ctx.quote_of[j]
        if not is_title_quote(doc.text, ctx.quotes[q]) and q not in found:  # type: ignore[index]
            between = doc.text[doc[max(attribution)].idx : doc[j].idx]
            aside = _is_participle_aside(token) or token.dep_ == "relcl"
            aside_ends = aside and any(m in between for m in ".!?")
            if ("\n" not in between or ":" in between) and not aside_ends:
                # "..., mocking concerns about civil liberties. “These people ...”", "said
                # O'Donnell, who wrote about it in the book. “...”": the next sentence's quote
                # continues the main attribution, not its aside
                found.append(q)  # type: ignore[arg-type]
    return found


def _with_opening_quote(
    token: Token,
    ctx: _Context,
    cue: tuple[int, int],
    source: tuple[int, int] | None,
    result: Content,
    used_quotes: set[int],
) -> tuple[Content, list[int]]:
    """ "“By locking in China,” Mr. Obama said, “it now allowed me ...”": the parse hung the
    quote's opening phrase on the cue, not on the clause, but the quote that runs into the
    attribution with a comma opens the same content."""
    content, kind = result
    cue_end = ctx.doc[cue[1]].idx
    if kind != "direct" or any(start < cue_end for start, _ in content):
        return result, []
    for q in _adjacent_quotes(token, ctx, cue, source):
        quote = ctx.quotes[q]
        if q in used_quotes or quote.parts[-1][1] > ctx.doc[cue[0]].idx:
            continue
        inner = ctx.doc.text[quote.parts[0][0] : quote.parts[-1][1]]
        if inner.rstrip().rstrip("\"'”’»").endswith(","):  # “...,” ends on a comma: more follows
            return ([*quote.parts, *content], kind), [q]
    return result, []


def _asked_about(token: Token, ctx: _Context) -> _Draft | None:
    """ "Asked about Cruz's charges, Rubio said ...": a question put to no one the text names;
    PolNeAR's cue runs through "about", the topic is the content."""
    prepositions = QUESTIONING_PREPOSITIONS.get(_lemma(token))
    if prepositions is None or (_lemma(token) != "ask" and token.dep_ != "advcl"):
        return None  # "pressed on a grill": only a clause put before the answer is a question
    # the parse may hang "about" on a noun between ("Asked at a briefing Monday about ...")
    about = next(
        (
            t
            for t in token.subtree
            if t.i > token.i and t.dep_ == "prep" and t.lower_ in prepositions
        ),
        None,
    )
    topic = (
        next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None) if about else None
    )
    agent = next((c for c in token.rights if c.dep_ == "agent"), None)
    asker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    source = _trim(ctx.doc, *_subtree_range(asker), ctx.quote_of) if asker is not None else None
    if about is not None and topic is not None:
        last = max(t.i for t in topic.subtree)
        if all(t.pos_ == "ADV" for t in ctx.doc[token.i + 1 : about.i]):
            # "Asked about", "Pressed again about": the cue runs through the preposition
            cue = (token.i, about.i)
            result = _content_from_tokens(ctx, topic.left_edge.i, last, cue)
            return _phrase_draft(ctx, cue, f"{_lemma(token)} {about.lower_}", result, source)
        # "Asked Tuesday about Sullivan", "When asked by Ingraham on Thursday about ...": the
        # cue is the verb alone and the content keeps its "about", as PolNeAR marks them
        cue = _cue_range(token, ctx)
        result = _content_from_tokens(ctx, about.i, last, cue)
        return _phrase_draft(ctx, cue, _lemma(token), result, source, asker.i if asker else None)
    if _lemma(token) != "ask":
        return None
    request = next(
        (c for c in token.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.lefts)),
        None,
    )
    if request is None:
        return None
    # "Asked by Stephanopoulos to respond to ...", "when asked to leave": the request
    cue = _cue_range(token, ctx)
    result = _content_from_tokens(ctx, request.left_edge.i, request.right_edge.i, cue)
    return _phrase_draft(ctx, cue, "ask", result, source, asker.i if asker else None)


def _as_reported_by(token: Token, ctx: _Context) -> _Draft | None:
    """ "As reported by Western Journalism, investigators found ...": a passive as-clause whose
    agent is the source of the clause it modifies (after it, or before a closing one)."""
    agent = next((c for c in token.rights if c.dep_ == "agent"), None)
    reporter = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if reporter is None or not _is_as_clause(token):
        return None
    if _lemma(token) in EVIDENCE_VERBS or (
        reporter.pos_ != "PROPN" and reporter.ent_type_ not in ("PERSON", "ORG", "NORP")
    ):
        return None  # "as shown by Gingrich's inclusion of it": evidence, not a reporter
    source = _trim(ctx.doc, *_subtree_range(reporter), ctx.quote_of)
    cue = _cue_range(token, ctx)
    result = _as_clause_content(token, ctx, cue, closing=True)
    return _phrase_draft(ctx, cue, _lemma(token), result, source, reporter.i)


def _is_participle_aside(token: Token) -> bool:
    """ "..., Trump said, mocking concerns", "... told the AP after hinting that": a participle
    hung on another verb of the attribution sentence."""
    return token.tag_ == "VBG" and token.dep_ in ("advcl", "pcomp", "xcomp", "conj")


def _is_reduced_passive(token: Token) -> bool:
    """ "Asked about the bomb, ...", "the resolution adopted by ...": a participle with no
    auxiliary and no subject reports nothing by itself."""
    if token.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children)


def _is_generic_cognition(token: Token, lemma: str, subject: Token | None) -> bool:
    """ "I believe ...", "you know", "to see if ...": a belief or intention held by the writer or
    the reader, or a question rather than a claim."""
    if (
        lemma not in BELIEF_VERBS
        and lemma not in INTENTION_VERBS
        or lemma in VERB_CUES
        and (lemma not in BELIEF_VERBS and lemma not in INTENTION_VERBS)
    ):
        return False
    if lemma in BELIEF_VERBS and subject is not None and subject.lower_ in GENERIC_SUBJECTS:
        return True
    comp = _first_child(token, _CLAUSAL)
    if comp is not None and lemma in ("see", "know", "learn", "understand", "wonder"):
        first_word = comp.doc[min(t.i for t in comp.subtree)]
        if first_word.lower_ in WH_MARKERS:
            return True
    return False


def _phrase_draft(
    ctx: _Context,
    cue: tuple[int, int],
    cue_lemma: str,
    result: Content | None,
    source: tuple[int, int] | None = None,
    source_head: int | None = None,
) -> _Draft | None:
    """A statement whose cue is a fixed phrase ("according to", "in" a poll, "Asked about"),
    from token ranges; None when no content was read."""
    if result is None:
        return None
    content, kind = result
    return _Draft(
        cue=_tokens_span(ctx.doc, *cue),
        cue_lemma=cue_lemma,
        content=list(content),
        source=_tokens_span(ctx.doc, *source) if source else None,
        kind=kind,
        source_head=source_head,
    )


def _runs_to_sentence_end(doc: Doc, last: int) -> bool:
    end = doc[last].sent.end
    return all(t.is_punct or t.is_space for t in doc[last + 1 : end])


# The content readers tried after quotes and clauses, in order, each for the frame it reads.
FRAME_READERS = (
    (QUESTION, _question_content),
    (QUOTE, _block_content),
    (REQUEST, _request_content),
    (INFINITIVE, _infinitive_content),
    (ABOUT, _about_content),
    (LABEL, _label_content),
    (LABEL, _quoted_label),
    (PASSIVE, _passive_content),
    (OBJECT, _object_content),
    (PREPOSITION, _preposition_content),
    (CLAUSE, _inverted_content),
    (CLAUSE, _detached_clause),
    (CLAUSE, _adverbial_clause),
    (CLAUSE, _clause_read_as_head),
    (CLAUSE, _zero_relative_report),
    (CLAUSE, _preceding_content),
    (PRO_FORM, _pro_form_content),
)
