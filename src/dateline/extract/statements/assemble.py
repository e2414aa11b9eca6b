"""The statements stage (step 6 and the whole cascade): drafts from quotes, the parse and lines,
set apart, deduplicated and nested, then made Statement records."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.extract.statements.cue_words import (
    _cue_range,
)
from dateline.extract.statements.cues import (
    _drafts_from_parse,
)
from dateline.extract.statements.drafts import (
    _SET_OFF,
    _Context,
    _Draft,
    _lemma,
)
from dateline.extract.statements.lines import (
    _HEADLINE_DASH,
    _SENTENCE_START,
    _continue_quotes,
    _line_drafts,
    _named_quotes,
)
from dateline.extract.statements.quotes import (
    Quote,
    find_quotes,
)
from dateline.extract.statements.sources import (
    _RELATIVE_WORD_TAGS,
)
from dateline.extract.statements.speakers import (
    _links,
    _resolve_relative,
    resolve_speaker,
)
from dateline.lexicons.cues import (
    ASIDE_SUBORDINATORS,
    EVIDENCE_VERBS,
    SAYING_VERBS,
    SECOND_LOOK_FORMS,
    SPEECH_VERBS,
    VERB_CUES,
)
from dateline.nlp import load_pipeline
from dateline.records import Article, Span, Statement

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from dateline.nlp import Parsed


# What joins two reports side by side: "A said X, and B said Y", "A said X; B said Y".
_COORDINATOR_BEFORE = re.compile(r"(?:[,;]?\s*\b(?:and|but|while|whereas)|;)\s*$", re.IGNORECASE)
_SEMICOLON_BETWEEN = re.compile(r"^[\s\"”’']*;\s*$")


def _part_coordinated_reports(drafts: list[_Draft], doc: Doc) -> None:
    """Two reports side by side are not one inside the other: "Six in 10 said Clinton is honest,
    and three-quarters said the same of Sanders" ends the first content before ", and"; "More
    than six in 10 said ...; 46 percent said ..." and "A said X, and when asked, B said “Y”" keep
    the first report out of the second's content. The parser often hangs the second report
    inside the first one's clause (or the first inside the second's); each has its own source,
    so each is its own report. Direct speech stays whole ("I trust him, and I think ..." is all
    the speaker's words), and a phrase cue ("According to police, ...") reports every clause of
    its sentence."""
    text = doc.text
    token_at = {token.idx: token for token in doc}  # a cue starts where its first token does
    for outer in drafts:
        if outer.source is None or outer.cue_lemma == "according to":
            continue
        for inner in drafts:
            if inner is outer or inner.source is None or inner.source_head is None:
                continue
            # the report's own words come after its cue: "..., and when asked ..., he said,
            # ''I hope not.''" does not report the sentence's first report
            said_after = any(a >= outer.cue[1] for a, _ in outer.content)
            kept = []
            for lo, hi in outer.content:
                closing = _closing_participle(inner, outer, (lo, hi), doc, token_at)
                if closing is not None:
                    kept.append((lo, closing))
                    continue
                holds = lo <= inner.source[0] and inner.cue[1] <= hi
                if holds and inner.source[0] > outer.cue[1] and _coordinated(inner, outer, doc):
                    quoted = outer.kind == "direct" or any(
                        a < hi and lo < b for q in outer.quotes for a, b in q.parts
                    )
                    match = _COORDINATOR_BEFORE.search(text, lo, inner.source[0])
                    if not quoted and match is not None and match.start() > lo:
                        end = match.start()
                        while end > lo and (text[end - 1].isspace() or text[end - 1] in ",;"):
                            end -= 1
                        kept.append((lo, end))
                        continue
                before_source = hi <= outer.source[0] and lo <= inner.cue[0] < hi
                if (
                    before_source
                    and lo <= inner.source[0]
                    and (_SEMICOLON_BETWEEN.match(text[hi : outer.source[0]]) or said_after)
                ):
                    continue  # "A said X; B said Y": the first report is no content of B's
                kept.append((lo, hi))
            if kept:
                outer.content = kept


def _closing_participle(
    inner: _Draft, outer: _Draft, part: tuple[int, int], doc: Doc, token_at: dict[int, Token]
) -> int | None:
    """Where the content part (lo, hi) of `outer` ends when the inner report is a participle
    set off by a comma that closes it ("Carson said he saw no need to change, telling
    Stephanopolous that ...", "..., referring to the party's July convention"): a report of its
    own, which the parser hung on the reported clause's verb instead of the cue's. None when
    the participle is not there, or stands inside a quotation (the speaker's own words)."""
    lo, hi = part
    if not (outer.cue[1] <= lo <= inner.cue[0] < hi):
        return None
    cue = token_at.get(inner.cue[0])
    if cue is None or cue.tag_ != "VBG" or cue.i < 2:
        return None
    if any(a <= inner.cue[0] < b for q in outer.quotes for a, b in q.parts):
        return None
    before = doc[cue.i - 1]
    if before.text == ",":
        end = before.idx
    elif before.is_quote and doc[cue.i - 2].text == ",":
        end = before.idx + len(before.text)  # "... happening,'' adding": the quotation stays
    else:
        return None
    while end > lo and doc.text[end - 1].isspace():
        end -= 1
    return end if end > lo else None


def _coordinated(draft: _Draft, other: _Draft, doc: Doc) -> bool:
    """Whether the draft's cue heads a clause coordinated with another ("..., and B said Y"),
    its source that clause's subject; or one the parser made a second complement of the other
    report's verb ("A said X, and B said Y" read as "said [X] [B said Y]")."""
    if draft.source_head is None:
        return False
    verb = doc[draft.source_head].head
    if not draft.cue[0] <= verb.idx < draft.cue[1]:
        return False
    return verb.dep_ == "conj" or (
        verb.dep_ == "ccomp" and other.cue[0] <= verb.head.idx < other.cue[1]
    )


def _nest(drafts: list[_Draft]) -> None:
    """A statement whose cue sits inside another's content is nested in the innermost one."""
    for index, draft in enumerate(drafts):
        best: tuple[int, int] | None = None
        for other_index, other in enumerate(drafts):
            if other_index == index:
                continue
            for lo, hi in other.content:
                if lo <= draft.cue[0] and draft.cue[1] <= hi:
                    size = hi - lo
                    if best is None or size < best[1]:
                        best = (other_index, size)
        draft.parent = best[0] if best else None
    # two misread contents may each hold the other's cue; the earlier report stays on top
    for index, draft in enumerate(drafts):
        seen = {index}
        parent = draft.parent
        while parent is not None and parent not in seen:
            seen.add(parent)
            parent = drafts[parent].parent
        if parent == index:
            draft.parent = None


def _is_outlet_line(article: Article, source: Span | None) -> bool:
    """ "..., Azernews reports": the outlet's own attribution of the article, which becomes the
    first link of every statement's chain rather than a statement."""
    dateline = article.dateline
    if source is None or not dateline.outlet:
        return False
    if dateline.outlet_span is not None and dateline.outlet_span.overlaps(source):
        return True
    return source.slice(article.text).strip().lower() == dateline.outlet.strip().lower()


def _set_apart_asides(drafts: list[_Draft], ctx: _Context) -> list[_Draft]:
    """A report in a relative clause or a contrasting clause inside another statement's content
    is the writer's aside, not part of what the first speaker said: "Bamberg said the videos do
    not show whether Scott has anything in his hands, which he said were at his side", "Lynch
    said the demands erase the barriers, though she noted clients are beginning to demand
    diverse teams". The first content ends before the aside, which stands on its own (PolNeAR
    gives every token one attribution)."""
    doc = ctx.doc
    cut: dict[int, _Draft] = {}
    for aside_index, aside in enumerate(drafts):
        verb = _aside_verb(aside, ctx)
        if verb is None:
            continue
        start = doc[verb.left_edge.i].idx
        # "the plan, which critics said was a giveaway, would pass": the clause the aside
        # interrupts goes on after it, and the aside is part of what was said
        after = {t.i for t in verb.ancestors if t.i > verb.right_edge.i}
        for index, other in enumerate(drafts):
            other = cut.get(index, other)
            if index == aside_index or other.kind == "direct":
                continue
            parts = [part for part in other.content if part[0] < start < part[1]]
            if not parts or not parts[0][0] <= aside.cue[0] < parts[0][1]:
                continue
            if any(doc[i].idx < parts[0][1] for i in after):
                continue
            kept = _part_before(doc, parts[0][0], verb.left_edge.i)
            if kept is None:
                continue
            content = [kept if part == parts[0] else part for part in other.content]
            cut[index] = replace(other, content=content)
    return [cut.get(index, draft) for index, draft in enumerate(drafts)]


def _according_to_over_reports(drafts: list[_Draft], ctx: _Context) -> list[_Draft]:
    """ "Trump said he was happy to see that Khan was voted in, according to The New York
    Times": an "according to" that closes the sentence tells who reports the whole sentence,
    the report inside it included (the Times reports that Trump said so), as PolNeAR marks
    it. Its content becomes the sentence before it, and the inner report's content ends
    before it, so the inner report nests inside."""
    doc = ctx.doc
    changed: dict[int, _Draft] = {}
    for index, draft in enumerate(drafts):
        if draft.cue_lemma != "according to" or draft.source is None:
            continue
        span = doc.char_span(*draft.cue, alignment_mode="expand")
        if span is None or not _closes_sentence(span[0], draft.source, ctx):
            continue
        comma = span[0].i - 1
        sentence = span[0].sent
        first = sentence.start
        while first < comma and (doc[first].is_punct or doc[first].is_space):
            first += 1
        whole = _part_before(doc, doc[first].idx, comma)
        if whole is None:
            continue
        aside = _closing_relative_clause(doc, comma)
        aside_part = _part_before(doc, doc[aside].idx, comma) if aside is not None else None
        reporter = next(
            (
                other_index
                for other_index, other in enumerate(drafts)
                if other_index != index
                and other.source is not None
                and aside_part is not None
                and whole[0] <= other.cue[0] < aside_part[0]
            ),
            None,
        )
        if aside is not None and aside_part is not None and reporter is not None:
            # "X says it's proof he can close the gap in delegates, which stood at 263,
            # according to the AP": the phrase reports the aside, and X's report ends before it
            changed[index] = replace(draft, content=[aside_part])
            other = changed.get(reporter, drafts[reporter])
            changed[reporter] = replace(other, content=_cut_before(doc, other.content, aside - 1))
            continue
        inner = False
        for other_index, other in enumerate(drafts):
            other = changed.get(other_index, other)
            if other_index == index or other.kind == "direct" or other.cue[0] < whole[0]:
                continue
            parts = [p for p in other.content if p[0] <= draft.cue[0] < p[1]]
            if not parts:
                continue
            kept = _part_before(doc, parts[0][0], comma)
            if kept is None:
                continue
            content = [kept if p == parts[0] else p for p in other.content if p[0] < draft.cue[0]]
            changed[other_index] = replace(other, content=content)
            inner = True
        if inner:
            changed[index] = replace(changed.get(index, draft), content=[whole])
    return [changed.get(index, draft) for index, draft in enumerate(drafts)]


def _closing_relative_clause(doc: Doc, comma: int) -> int | None:
    """The first token (its relative word) of a relative clause set off by a comma that ends
    right before token `comma` ("... delegates, which stood at 263,"); else None."""
    if comma < 1:
        return None
    last = doc[comma - 1]
    clause = (
        last
        if last.dep_ == "relcl"
        else next((t for t in last.ancestors if t.dep_ == "relcl"), None)
    )
    if clause is None or clause.right_edge.i >= comma:
        return None
    start = clause.left_edge.i
    if start < 1 or doc[start - 1].text != "," or doc[start].tag_ not in _RELATIVE_WORD_TAGS:
        return None
    return start


def _cut_before(doc: Doc, content: list[tuple[int, int]], stop: int) -> list[tuple[int, int]]:
    """The content's parts, each ending before token `stop`; a part that starts after it goes."""
    cut = []
    for start, end in content:
        part = (start, end) if end <= doc[stop].idx else _part_before(doc, start, stop)
        if part is not None:
            cut.append(part)
    return cut or content


def _closes_sentence(according: Token, source: tuple[int, int], ctx: _Context) -> bool:
    """ "..., according to X." outside any quotation: a comma before the phrase, and nothing
    but punctuation between its source and the sentence's end."""
    doc = ctx.doc
    if according.i == 0 or doc[according.i - 1].text != ",":
        return False
    if ctx.quote_of[according.i] is not None:
        return False
    after = [t for t in doc[according.i : according.sent.end] if t.idx >= source[1]]
    return all(t.is_punct or t.is_space for t in after)


def _aside_verb(draft: _Draft, ctx: _Context) -> Token | None:
    """The cue verb of a report made in a relative or contrasting clause, with a source of its
    own, outside any quotation; None for any other statement."""
    if draft.source is None or draft.source_head is None:
        return None
    span = ctx.doc.char_span(*draft.cue, alignment_mode="expand")
    verb = next((t for t in span or () if t.pos_ == "VERB"), None)
    if verb is None or _lemma(verb) not in SPEECH_VERBS or ctx.quote_of[verb.i] is not None:
        return None
    if _lemma(verb) in EVIDENCE_VERBS:
        return None  # "video that shows the explosion": what the evidence shows is the claim
    if verb.dep_ == "relcl":
        # set off by a comma or a dash; a restrictive clause ("the $18 million he says he
        # raised") is part of the noun phrase, and so of what was said
        opening = verb.left_edge.i - 1
        return verb if opening >= 0 and ctx.doc[opening].text in _SET_OFF else None
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return verb if verb.dep_ == "advcl" and marks & ASIDE_SUBORDINATORS else None


def _part_before(doc: Doc, start: int, stop: int) -> tuple[int, int] | None:
    """The characters from `start` to the last word before token `stop`, or None if no word;
    a closing quote mark whose opening one is in the part stays ("had been “difficult,”")."""
    last = stop - 1
    while last >= 0 and doc[last].idx >= start and (doc[last].is_punct or doc[last].is_space):
        if doc[last].is_quote and _closes_a_quote(doc, start, last):
            break
        last -= 1
    if last < 0 or doc[last].idx < start:
        return None
    return start, doc[last].idx + len(doc[last])


def _closes_a_quote(doc: Doc, start: int, mark: int) -> bool:
    """An odd number of quote marks between character `start` and the mark: it closes one."""
    opened = [t for t in doc[:mark] if t.is_quote and t.idx >= start]
    return len(opened) % 2 == 1


def _join_saying_by(drafts: list[_Draft], ctx: _Context) -> list[_Draft]:
    """ "responded by saying ...", "explained the headline by saying: ...": a report made by
    saying something is one act, with one cue from the first verb to "saying" (as PolNeAR
    marks it); what is said is its content, the first verb's speaker its source."""
    doc = ctx.doc
    dropped: set[int] = set()
    joined: dict[int, _Draft] = {}
    for draft in drafts:
        span = doc.char_span(draft.cue[0], draft.cue[1], alignment_mode="expand")
        gerund = next((t for t in span if t.tag_ == "VBG"), None) if span is not None else None
        if gerund is None or _lemma(gerund) not in SAYING_VERBS or gerund.dep_ != "pcomp":
            continue
        by = gerund.head
        if by.lower_ != "by" or _lemma(by.head) not in VERB_CUES:
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in by.head.lefts):
            continue  # "appeared to assert his plans by saying": the infinitive is a purpose
        first = next((d for d in drafts if d.cue[0] <= by.head.idx < d.cue[1]), None)
        if first is draft:
            continue
        if first is None:
            # "A Chinese official responded by saying ...": the first verb reported nothing by
            # itself; with words between ("responded to the mother by saying") PolNeAR marks
            # the saying alone about as often
            verb = by.head
            if _lemma(verb) not in SPEECH_VERBS or verb.i > gerund.i:
                continue
            if any(t.pos_ != "ADV" for t in doc[verb.i + 1 : by.i]):
                continue
            joined[id(draft)] = replace(
                draft,
                cue=(doc[_cue_range(verb, ctx)[0]].idx, draft.cue[1]),
                cue_lemma=f"{_lemma(verb)} by {draft.cue_lemma}",
            )
            continue
        dropped.add(id(first))
        joined[id(draft)] = replace(
            draft,
            cue=(first.cue[0], draft.cue[1]),
            cue_lemma=f"{first.cue_lemma} by {draft.cue_lemma}",
            source=first.source or draft.source,
            source_head=first.source_head if first.source else draft.source_head,
        )
    return [joined.get(id(d), d) for d in drafts if id(d) not in dropped]


# "But polls did predict the caucus - HuffPollster:": the label follows a headline
_AFTER_HEADLINE = re.compile(_HEADLINE_DASH + r"\Z")


def _deduplicate(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """One statement per cue; a line pattern gives way to a parsed statement on the same text,
    unless the parse read the speaker of a line's headline as the object of a verb in it."""
    labels = [
        d
        for d in drafts
        if d.cue_lemma == ":" and d.source is not None and _follows_headline(text, d.source[0])
    ]
    kept: list[_Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.cue[0], -(d.cue[1] - d.cue[0]))):
        if draft.cue_lemma not in (":", "―") and any(
            _label_after_cue(draft, label) for label in labels
        ):
            continue
        if any(k.cue[0] < draft.cue[1] and draft.cue[0] < k.cue[1] for k in kept):
            continue
        if draft.cue_lemma in (":", "―") and any(
            lo < b and a < hi for k in kept for lo, hi in k.content for a, b in draft.content
        ):
            continue
        kept.append(draft)
    return kept


def _follows_headline(text: str, position: int) -> bool:
    return _AFTER_HEADLINE.match(text, text.rfind("\n", 0, position) + 1, position) is not None


def _label_after_cue(draft: _Draft, label: _Draft) -> bool:
    """ "But polls did predict the caucus - HuffPollster: “While the Iowa caucuses ...”": the
    content the verb's draft found starts after a speaker's label and its colon, so the quote
    is the label's, not the verb's."""
    assert label.source is not None
    return (
        draft.cue[1] <= label.source[0]
        and draft.content[0][0] >= label.cue[1]
        and any(lo < b and a < hi for lo, hi in label.content for a, b in draft.content)
    )


def extract_statements(article: Article, parsed: Parsed) -> Article:
    """Statements of an article, with speakers, kinds, chains of attribution and links."""
    doc = parsed.doc
    offset = parsed.offset
    quotes = find_quotes(doc.text)
    drafts: list[_Draft] = []
    if doc.has_annotation("DEP"):
        ctx = _Context(doc, quotes)
        drafts = _drafts_from_parse(ctx)
        if article.model is not None:
            drafts += _second_look(ctx, drafts, load_pipeline(article.model))
        drafts = _join_saying_by(drafts, ctx)
        drafts = _according_to_over_reports(_set_apart_asides(drafts, ctx), ctx)
    else:
        ctx = None
    drafts = _deduplicate(doc.text, drafts + _line_drafts(doc.text, quotes, doc))
    if ctx is not None:
        drafts += _named_quotes(ctx, drafts)
        _continue_quotes(drafts, ctx)
    drafts = [d for d in drafts if not _is_outlet_line(article, _shift(d.source, offset))]
    drafts.sort(key=lambda d: d.cue[0])
    _part_coordinated_reports(drafts, doc)
    _nest(drafts)
    return replace(article, statements=tuple(_statements(article, drafts, doc, offset)))


# A sentence parsed again on its own is bounded: a long one is a list or a run-on, not a report
_SECOND_LOOK_MAX_CHARS = 600


def _second_look(ctx: _Context, drafts: Sequence[_Draft], nlp: Language) -> list[_Draft]:
    """Statements found when a sentence is parsed on its own, for the common reporting words
    (SECOND_LOOK_FORMS) that no statement holds: the small model parses some sentences
    differently inside their article, reading "said" as a modifier or a report as part of the
    sentence before. Only the statements whose cue is such a word are taken."""
    doc = ctx.doc
    found: list[_Draft] = []
    waiting: dict[int, list[Token]] = {}
    bounds: dict[int, tuple[int, int]] = {}
    for token in doc:
        if token.lower_ in SECOND_LOOK_FORMS and not any(
            a <= token.idx < b for d in drafts for a, b in (d.cue,)
        ):
            lo, hi = _sentence_around(doc.text, token)
            bounds[lo] = (lo, hi)
            waiting.setdefault(lo, []).append(token)
    pending: list[tuple[int, SpacySpan, list[Token], list[Quote]]] = []
    for key, tokens in waiting.items():
        lo, hi = bounds[key]
        sent = doc.char_span(lo, hi, alignment_mode="expand")
        if sent is None or hi - lo > _SECOND_LOOK_MAX_CHARS:
            continue
        inside = [q for q in ctx.quotes if lo <= q.start and q.end <= hi]
        if any(q.start < hi and lo < q.end for q in ctx.quotes if q not in inside):
            continue  # a quotation running past the sentence: alone it would not balance
        pending.append((lo, sent, tokens, inside))
    texts = [doc.text[lo : bounds[lo][1]] for lo, _, _, _ in pending]
    for (lo, sent, tokens, inside), alone in zip(pending, nlp.pipe(texts), strict=True):
        shifted = {Quote(tuple((a - lo, b - lo) for a, b in q.parts), q.style): q for q in inside}
        token_at = {t.idx: t.i for t in sent}
        for draft in _drafts_from_parse(_Context(alone, list(shifted))):
            cue = (draft.cue[0] + lo, draft.cue[1] + lo)
            if not any(cue[0] <= t.idx < cue[1] for t in tokens):
                continue
            head = draft.source_head
            found.append(
                replace(
                    draft,
                    cue=cue,
                    content=[(a + lo, b + lo) for a, b in draft.content],
                    source=(draft.source[0] + lo, draft.source[1] + lo) if draft.source else None,
                    source_head=token_at.get(alone[head].idx + lo) if head is not None else None,
                    quotes=[shifted[q] for q in draft.quotes if q in shifted],
                )
            )
    return found


_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s+|\Z)")


def _sentence_around(text: str, token: Token) -> tuple[int, int]:
    """The written sentence that holds the token, by its punctuation, within the parser's
    sentence: the parser sometimes runs two written sentences into one."""
    sent = token.sent
    lo = sent.start_char
    for match in _SENTENCE_START.finditer(text, sent.start_char, token.idx):
        lo = match.end()
    end = _SENTENCE_END.search(text, token.idx + len(token), sent.end_char)
    hi = end.start() + len(end.group().rstrip()) if end else sent.end_char
    return lo, hi


def _shift(span: tuple[int, int] | None, offset: int) -> Span | None:
    return Span(span[0] + offset, span[1] + offset) if span is not None else None


def _statements(
    article: Article, drafts: Sequence[_Draft], doc: Doc, offset: int
) -> list[Statement]:
    """Records in text order: speakers resolved left to right (a pronoun looks back at earlier
    speakers), then each chain of attribution built outermost first."""
    outlet = article.dateline.outlet
    speakers: list[tuple[int, str]] = []
    speaker_ids: list[str | None] = []

    def resolve(index: int, binder: str | None) -> str | None:
        draft = drafts[index]
        source = _shift(draft.source, offset)
        if source is None:
            return None
        relative = _resolve_relative(draft, doc, offset)
        head = doc[draft.source_head] if draft.source_head is not None else None
        parent = drafts[draft.parent] if draft.parent is not None else None
        return resolve_speaker(
            article,
            relative or source,
            speakers,
            head=head if relative is None else None,
            offset=offset,
            binder=binder,
            binder_quoted=parent is not None and parent.kind == "direct",
        )

    for index, draft in enumerate(drafts):
        parent = draft.parent
        reporter = speaker_ids[parent] if parent is not None and parent < index else None
        speaker_id = resolve(index, reporter)
        if speaker_id is not None and draft.source is not None:
            speakers.append((draft.source[0] + offset, speaker_id))
        speaker_ids.append(speaker_id)
    # a report whose reporter comes after it ("She believed ..., Park said", "“I think ...,”
    # Gomez said"): its reporter is known only now
    for index, draft in enumerate(drafts):
        parent = draft.parent
        if parent is not None and parent > index and speaker_ids[parent] is not None:
            speaker_ids[index] = resolve(index, speaker_ids[parent]) or speaker_ids[index]

    def label(index: int) -> str:
        speaker_id = speaker_ids[index]
        if speaker_id is not None:
            return article.entity(speaker_id).name
        source = drafts[index].source
        return doc.text[source[0] : source[1]].strip() if source else "(unattributed)"

    def chain(index: int, depth: int = 0) -> tuple[str, ...]:
        parent = drafts[index].parent
        if parent is None or depth > len(drafts):
            return (outlet,) if outlet else ()
        return (*chain(parent, depth + 1), label(parent))

    statements = []
    for index, draft in enumerate(drafts):
        content = tuple(Span(a + offset, b + offset) for a, b in sorted(set(draft.content)))
        time_ids, entity_ids = _links(article, content)
        statements.append(
            Statement(
                id=f"s{index + 1}",
                cue=Span(draft.cue[0] + offset, draft.cue[1] + offset),
                cue_lemma=draft.cue_lemma,
                content=content,
                source=_shift(draft.source, offset),
                speaker_id=speaker_ids[index],
                kind=draft.kind,
                reported_by=chain(index),
                parent_id=f"s{draft.parent + 1}" if draft.parent is not None else None,
                time_ids=time_ids,
                entity_ids=entity_ids,
            )
        )
    return statements
