"""Statements with no verb (steps 4-5): "Name: ..." lines, transcript labels and captions, and
quotes that continue the statement before them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.extract.statements.contents import (
    _is_participle_aside,
)
from dateline.extract.statements.drafts import (
    _FINITE_TAGS,
    _Context,
    _Draft,
    _lemma,
)
from dateline.extract.statements.quotes import (
    _WORD,
    Quote,
    _paragraphs,
    is_title_quote,
)
from dateline.lexicons.cues import (
    ATTRIBUTION_DASHES,
    VERB_CUES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


# "Said Ellis: “...”", "Added one aide: “...”": the cue before its source, opening a sentence,
# and a colon before the quote. The match must end where the quote starts.
_INVERTED_CUE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?”\"]\s))(?P<cue>Said|Says|Added|Adds|Wrote|Writes|Explained)"
    r"\s+(?P<source>[^\s:“\",][^:\n“\",]*?)\s*:\s*\Z"
)
# A headline before a dash, ahead of the speaker's label: "Polls look wrong - Pew Research:"
_HEADLINE_DASH = r"[^\n:]{1,150}? [-–—]{1,2} "
_COLON_LINE = re.compile(
    # an optional headline before a dash ("Polls look wrong - Pew Research: “...”"), then the
    # name, which may end in a word for those who speak for it ("Clinton camp: ...")
    # ("More from Blumenthal and Cohen: ..."); two names joined by "and"; and in a headline a
    # topic or an audience after the name ("Gillibrand on Clinton's Speeches: ...", "Obama To
    # Asians: ..."), which is not part of the source
    rf"(?:{_HEADLINE_DASH})?(?:(?:More )?[Ff]rom )?"
    r"(?P<lead>[\"“]?)(?P<source>(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4} and )?"
    r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4}"
    r"(?: (?:camp|campaign|aide|aides|spokesman|spokeswoman|editorial|officials))?)"
    r"(?P<topic> (?:[Oo]n|[Tt]o) [^\n:]{1,80}?)?"
    r":[ \u00a0]+(?P<content>\S.*)"  # a no-break space too: "McDonald: \u00a0“At long last ..."
)
_NOT_SPEAKERS = frozenset(
    {
        "note",
        "update",
        "photo",
        "video",
        "read",
        "related",
        "source",
        "sources",
        "editor",
        "editors",
        "watch",
        "see",
        "getty",
        "image",
        "images",
        "credit",
        "warning",
        "click",
        "follow",
        "subscribe",
        "more",
        "also",
        "previously",
        "by",
        "transcript",
        "advertisement",
        # kickers: "Exclusive: ...", "Analysis: ..."
        "exclusive",
        "breaking",
        "analysis",
        "opinion",
        "editorial",
        "commentary",
        "review",
        "live",
        "factbox",
        "explainer",
        "timeline",
        "podcast",
        "recap",
        "correction",
        "clarification",
        "updated",
        "question",
        "answer",
        "q",
        "a",
        # credit lines: "Contributing: Ledyard King", "BYLINE: Amber Phillips"
        "contributing",
        "byline",
        "email",
        "e-mail",
        "name",
        # a writer's exclamation before a headline: "BOOM: Trump Just Fired ...", "Wow: ..."
        "wow",
        "boom",
        "look",
        "busted",
        "revealed",
        "bombshell",
        "so",
    }
)


def _is_speaker_label(
    doc: Doc | None,
    text: str,
    start: int,
    end: int,
    *,
    before_topic: bool = False,
    quoted: bool = False,
    headline: bool = True,
) -> bool:
    """The part before a line's colon names a speaker: a person or organisation the model
    recognises, a transcript label in capitals ("PENCE"), or a poll. Before a topic ("Obama on
    Climate: ...") only a person the model recognises: "Success on Signature Issue:" heads a
    section."""
    surface = text[start:end]
    first = surface.split()[0].lower().strip(".")
    if first in _NOT_SPEAKERS or first.endswith("s") and first[:-1] in _NOT_SPEAKERS:
        return False  # "Photos: ...", "Updates: ..."
    if not before_topic and (
        surface.isupper()
        and (" " not in surface or _is_transcript_label(text, surface))
        or surface in _SPEAKING_WORKS
    ):
        return True
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if not headline and _has_finite_verb(doc, start, end):
        return False  # a section heading: "Veto Power Impedes Peace Efforts: ..."
    if not before_topic and span is not None and len(span) == 1 and span[0].is_title:
        # a surname, even one the tagger reads as a noun ("Sanders: ..."), but not a noun the
        # body also writes in lower case ("Superdelegates: Clinton is backed by 520 ..."); a
        # headline's "Historians: ..." or "Newspaper: ..." names who speaks
        return headline or re.search(rf"\b{re.escape(span[0].lower_)}\b", text) is None
    if quoted and span is not None and len(span) <= 3 and all(t.pos_ == "PROPN" for t in span):
        # a name before a quotation, known to the model or not: "HuffPollster: “...”",
        # "Cecile Richards: “I'm Sick Of Men Telling Us What To Do”"
        return True
    covered = [
        ent
        for ent in doc.ents
        if ent.label_ in (("PERSON",) if before_topic else ("PERSON", "ORG", "NORP", "GPE"))
        and (
            (ent.start_char <= start and end <= ent.end_char + 1 and not before_topic)
            # "Dr. Ben Carson", "Clinton camp": a name the label ends with or starts with
            or (start <= ent.start_char and ent.end_char <= end)
        )
    ]
    if covered:
        return True
    # "Carly Fiorina: ...": a name the tagger found elsewhere in the text, as a person or as
    # the subject of a reporting verb ("Carly Fiorina said", however the name is labelled)
    return any(
        ent.text == surface
        and (
            ent.label_ == "PERSON"
            or ent.root.dep_ == "nsubj"
            and _lemma(ent.root.head) in VERB_CUES
        )
        for ent in doc.ents
    )


_SPEAKING_WORKS = frozenset({"Poll", "Survey", "Study", "Report"})


def _is_transcript_label(text: str, label: str) -> bool:
    """ "JAKE TAPPER: ..." names a speaker when the text is a transcript: the label, or its last
    word alone ("TAPPER: ..."), opens another paragraph too. A newsletter's headings in capitals
    ("STAT OF THE WEEK: ...", "SHORT READS: ...") do not recur."""
    openings = _label_openings(text)
    last = label.split()[-1]
    return openings[label] + (openings[last] if last != label else 0) >= 2


_LABEL_OPENING = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)*):")


@lru_cache(maxsize=4)
def _label_openings(text: str) -> Counter[str]:
    """How many paragraphs each label in capitals opens: counted once per text, not per line."""
    return Counter(_LABEL_OPENING.findall(text))


def _has_finite_verb(doc: Doc | None, start: int, end: int) -> bool:
    """Whether a finite verb is written between the offsets (True with no parse to ask)."""
    if doc is None:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.tag_ in _FINITE_TAGS for t in span)


def _is_place_kicker(doc: Doc | None, start: int, end: int, line_end: int) -> bool:
    """ "Afghanistan: Fatal attack on German consulate": a place before a colon, then a phrase
    with no verb and no quotation, is the headline's topic, not a country speaking ("Russia: we
    will respond" is one)."""
    if doc is None:
        return False
    label = doc.char_span(start, end, alignment_mode="expand")
    if label is None or not any(t.ent_type_ in ("GPE", "LOC") for t in label):
        return False
    after = doc.char_span(end, line_end, alignment_mode="expand")
    if after is None:
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in after)


_SOURCE_NOTE = re.compile(r"\s*(?:\[[^\]\n]{1,60}\]\s*)?")
_SENTENCE_START = re.compile(r"[.!?][\"”’']?[ \u00a0]+(?=[A-Z])")


def _colon_draft(
    text: str,
    lo: int,
    hi: int,
    quotes: Sequence[Quote],
    doc: Doc | None,
    *,
    in_line: bool,
    headline: bool,
) -> _Draft | None:
    """ "Name: content" from lo to the paragraph's end hi. Inside a paragraph ("... contain it.
    Bush: “The mission is ...”") only a quotation after the colon makes it a statement, and the
    quotation is the content. Below the headline, a label in mixed case before no quotation
    needs a finite verb after it: "Sanders: Win in a walk." lists a goal, "Jeb Bush: Student
    loans Some big ideas do come to pass" reports."""
    match = _COLON_LINE.match(text, lo, hi)
    if match is None or len(_WORD.findall(match.group("content"))) < 2:
        return None
    s_start, s_end = match.span("source")
    c_start = match.start("content")
    quote = next((q for q in quotes if q.start == c_start and len(q.parts) == 1), None)
    if in_line and (quote is None or match.group("topic")):
        return None
    if not _is_speaker_label(
        doc,
        text,
        s_start,
        s_end,
        before_topic=bool(match.group("topic")),
        quoted=quote is not None,
        headline=headline,
    ) or _is_place_kicker(doc, s_start, s_end, hi):
        return None
    if (
        not headline
        and quote is None
        and not text[s_start:s_end].isupper()
        and not _has_finite_verb(doc, c_start, hi)
    ):
        return None
    colon = match.end("topic") if match.group("topic") else s_end
    if quote is not None and (in_line or _SOURCE_NOTE.fullmatch(text, quote.end, hi) is not None):
        c_end = quote.end  # the quotation, less a bracketed source after it: "[HuffPost.]"
    else:
        c_end = hi
        while c_end > c_start and text[c_end - 1] in '."” ':
            c_end -= 1
        if text[c_start:c_end].count("“") > text[c_start:c_end].count("”"):
            close = text.find("”", c_end, hi)  # the quote's own closing mark
            c_end = close + 1 if close != -1 else c_end
    return _Draft((colon, colon + 1), ":", [(c_start, c_end)], (s_start, s_end), "direct")


def _line_drafts(text: str, quotes: Sequence[Quote], doc: Doc | None = None) -> list[_Draft]:
    """ "Pence: Gennifer Flowers won't be at the debate" (headlines, transcripts) and
    "“...” ― Name" (captions): attributions with a mark for a cue."""
    drafts: list[_Draft] = []
    for number, (lo, hi) in enumerate(_paragraphs(text)):
        starts = [(lo, False)] + [(m.end(), True) for m in _SENTENCE_START.finditer(text, lo, hi)]
        for start, in_line in starts:
            draft = _colon_draft(
                text, start, hi, quotes, doc, in_line=in_line, headline=number == 0
            )
            if draft is not None:
                drafts.append(draft)
    for quote in quotes:
        inverted = _INVERTED_CUE.search(text, max(0, quote.start - 90), quote.start)
        if inverted and len(inverted.group("source").split()) <= 8:
            drafts.append(
                _Draft(
                    inverted.span("cue"),
                    inverted.group("cue").lower(),
                    list(quote.parts),
                    inverted.span("source"),
                    "direct",
                    quotes=[quote],
                )
            )
            continue
        tail = text[quote.end : quote.end + 80]
        match = re.match(r"[\s\u00a0]*([―—–])[\s\u00a0]*([^\n]+)", tail)
        if match and match.group(1) in ATTRIBUTION_DASHES:
            name = match.group(2).rstrip(" .\u00a0")
            if not name or len(name.split()) > 6 or not name[0].isupper():
                continue
            dash = quote.end + match.start(1)
            s_start = quote.end + match.start(2)
            drafts.append(
                _Draft(
                    (dash, dash + 1),
                    "―",
                    list(quote.parts),
                    (s_start, s_start + len(name)),
                    "direct",
                    quotes=[quote],
                )
            )
    return drafts


_NAME_EXTENSIONS = frozenset({"compound", "amod", "det", "nmod", "poss", "case", "nummod"})


def _named_quotes(ctx: _Context, drafts: Sequence[_Draft]) -> list[_Draft]:
    """ "... does not surprise Republican pollster Daron Shaw: “Historically, lesser-known
    candidates ...”": a quotation no statement holds yet, right after a person's or an
    organisation's name and a colon inside a sentence, is what they said. The name with the
    words that describe it before it is the source."""
    doc = ctx.doc
    text = doc.text
    claimed = [(a, b) for d in drafts for a, b in d.content]
    found: list[_Draft] = []
    for quote in ctx.quotes:
        if any(a <= quote.start < b for a, b in claimed) or is_title_quote(text, quote):
            continue
        if len(_WORD.findall(text, quote.start, quote.end)) < 4:
            continue  # a name or a title: "Jake Tapper: “A Life”"
        colon = len(text[: quote.start].rstrip(" \u00a0")) - 1
        if colon < 1 or text[colon] != ":" or quote.start - colon > 3:
            continue
        name = next(
            (ent for ent in doc.ents if ent.end_char == colon and ent.label_ in ("PERSON", "ORG")),
            None,
        )
        if name is None or _spoken_to_or_about(name.root):
            continue
        first = name.start
        left = name.root.left_edge.i
        if left < first and all(t.dep_ in _NAME_EXTENSIONS for t in doc[left:first]):
            first = left  # "Republican pollster Daron Shaw"
        found.append(
            _Draft(
                (colon, colon + 1),
                ":",
                list(quote.parts),
                (doc[first].idx, name.end_char),
                "direct",
                source_head=name.root.i,
                quotes=[quote],
            )
        )
    return found


def _spoken_to_or_about(name: Token) -> bool:
    """ "a blunt message to Trump: “...”", "contrasted him with Clinton: “...”": a name after a
    preposition is spoken to or about; "A lesson from Loretta Lynch: “...”" is hers."""
    if name.dep_ == "pobj":
        return name.head.lower_ != "from"
    return name.dep_ in ("dative", "npadvmod")


def _stands_alone(text: str, quote: Quote) -> bool:
    """A quote that is a sentence of its own: after a paragraph start or a sentence end (bare or
    inside a closing mark), and followed by a paragraph end or a new sentence."""
    before = text[: quote.start].rstrip(" \t\u00a0")
    after = text[quote.end :].lstrip(" \t\u00a0")
    after_sentence = (
        not before
        or before[-1] in "\n.!?"
        or (before[-1] in "\"”’'" and before[-2:-1] in (".", "!", "?", ","))
    )
    last_inner = text[quote.end - 2 : quote.end - 1]
    ends_sentence = not after or after[0] == "\n" or (last_inner in ".!?" and after[0].isupper())
    return after_sentence and ends_sentence


def _continue_quotes(drafts: list[_Draft], ctx: _Context) -> None:
    """A quote with no cue of its own that fills its sentence continues the direct or mixed
    statement right before it (same or next paragraph, no other statement in between)."""
    doc = ctx.doc
    used = {id(q) for d in drafts for q in d.quotes}
    claimed = [(a, b) for d in drafts for a, b in d.content]
    ordered = sorted(drafts, key=lambda d: d.cue[0])
    for quote in ctx.quotes:
        if id(quote) in used or is_title_quote(doc.text, quote):
            continue
        if any(a <= quote.start < b for a, b in claimed):
            continue
        before = [d for d in ordered if max(d.cue[0], d.content[-1][1]) <= quote.start]
        previous = _last_quoting_draft(before, doc)
        if previous is None or previous.cue_lemma in (":", "―"):
            continue
        if not (_stands_alone(doc.text, quote) or _resumes_quote(doc.text, previous, quote)):
            continue
        gap = doc.text[previous.content[-1][1] : quote.start]
        if gap.count("\n") > 2 or len(gap) > 400:
            continue
        previous.content.extend(quote.parts)
        previous.quotes.append(quote)
        used.add(id(quote))


def _resumes_quote(text: str, draft: _Draft, quote: Quote) -> bool:
    """ "“It was his energy,” Podesta added, “and that made the difference.”": a quote split by
    its attribution goes on right after the cue and source, past a comma."""
    if draft.content[-1][1] > draft.cue[0]:
        return False  # the content does not stand before the attribution
    attribution_end = max(draft.cue[1], draft.source[1] if draft.source else 0)
    return text[attribution_end : quote.start].strip() == ","


def _last_quoting_draft(before: Sequence[_Draft], doc: Doc) -> _Draft | None:
    """The statement a following quote may continue: the last one, or the last direct or mixed
    one when the statements after it are asides of its own attribution sentence ("..., said
    Cornell Belcher, a pollster who worked for Obama, referring to the 2004 nominee. ''...''"),
    and the sentence's direct statement when that one is itself an aside ("“...,” Carson told
    the AP after hinting that “changes” could come. “...”")."""
    for index in range(len(before) - 1, -1, -1):
        draft = before[index]
        if draft.kind not in ("direct", "mixed"):
            continue
        sentence = _sentence_of(doc, draft.cue[0])
        if sentence is None:
            return None
        inside = [sentence.start_char <= d.cue[0] < sentence.end_char for d in before]
        if not all(inside[index + 1 :]):
            return None
        cue = doc.char_span(draft.cue[0], draft.cue[1], alignment_mode="expand")
        if cue is None or not _is_participle_aside(cue.root):
            return draft
        earlier = [d for d, same in zip(before[:index], inside, strict=False) if same]
        return next((d for d in earlier if d.kind == "direct"), draft)
    return None


def _sentence_of(doc: Doc, char: int) -> SpacySpan | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].sent if span is not None and len(span) else None
