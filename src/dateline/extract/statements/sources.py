"""Who holds a report (step 3): the cue's subject as the parse gives it, and as the parse loses
it (split names, asides, inverted and interposed speakers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.extract.statements.cue_words import (
    _carrier_verb,
    _is_name_modifying,
    _is_name_read_as_adverb,
    _is_name_read_as_modal,
    _lacks_subject,
)
from dateline.extract.statements.drafts import (
    _FINITE_TAGS,
    _SET_OFF,
    Content,
    _content_from_tokens,
    _Context,
    _first_child,
    _has_own_subject,
    _lemma,
    _subtree_range,
    _trim,
)
from dateline.lexicons.cues import (
    FLOATING_QUANTIFIERS,
    FOCUS_ADVERBS,
    ISSUED_TEXTS,
    ISSUING_VERBS,
    LABELLING_VERBS,
    NAMING_VERBS,
    OBJECT_CONTROL_VERBS,
    OCCASION_NOUNS,
    PARTICIPLE_CONTROLLERS,
    RAISING_VERBS,
    RECORDING_NOUNS,
    VERB_CUES,
)
from dateline.lexicons.time_words import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def _subject_of(token: Token) -> Token | None:
    """The speaker token of a cue: its own subject, the agent of a passive, or the subject of
    the verb it is coordinated with or subordinated to (", adding ...", "went on to say")."""
    current: Token | None = token
    for _ in range(6):
        if current is None:
            return None
        subject = (
            _nearest_subject(current)
            or _subject_read_as_conjunct(current)
            or _subject_of_participle_root(current)
            or _speaker_read_as_compound(current)
            or _speaker_read_as_modifier(current)
            or _speaker_read_as_modal(current)
            or _speaker_read_as_object(current)  # also the speaker of ", explaining ..."
            or (_recorded_speaker(current) if current.i == token.i else None)
        )
        if subject is not None:
            return subject
        for child in current.children:
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        passive_subject = _first_child(current, ("nsubjpass",))
        if passive_subject is not None:
            # "After saying ..., she was taken to hospital": the gerund's own subject; but a
            # report's own passive has no speaker: "it was reported", "he was told"
            return passive_subject if current.i != token.i else None
        continued = _report_coordinated_under(current)
        if continued is not None:
            # "said it was opposed and warned ...", "said ... and added that ...": said's speaker
            current = continued
            continue
        controller = _controlling_object(current)
        if controller is not None:
            return controller
        clause_verb = _main_verb_of_trailing_participle(current)
        if clause_verb is not None:
            current = clause_verb
            continue
        if current.dep_ == "conj" and current.pos_ == "VERB":
            current = current.head
            while current.dep_ in _COMPLEMENT_DEPS and current.pos_ not in ("VERB", "AUX"):
                # "called it “shameful” and called on leaders ...": the parse hung the second
                # verb on the first one's complement; the subject is the first verb's
                current = current.head
            continue
        if (
            current.dep_ in ("conj", "xcomp")
            or _verb_read_as_dep(current)
            or (current.dep_ == "advcl" and current.tag_ == "VBG")
            or _listed_verb_read_as_adverbial(current)
            # "when forced to defend ..., saying"; a passive cue itself has no speaker: "Asked
            # whether ..., Clinton said" (the asker is unnamed)
            or (current.dep_ == "advcl" and current.tag_ == "VBN" and current.i != token.i)
            or _carrier_verb(current) is not None  # "went on to discuss"
            or _purpose_infinitive(current)  # "gathered Friday to discuss"
            or _controls_infinitive(current)  # "was unable to turn ... and accuse"
        ):
            current = current.head
            continue
        opening = _subject_after_opening_participle(current)
        if opening is not None:
            return opening
        governing = _verb_governing_gerund(current)
        if governing is not None:
            preposition = current.head
            current = governing  # "responded by saying", "After saying ..., she"
            quoted = _first_child(current, ("nsubjpass",)) if preposition.lower_ == "as" else None
            if quoted is not None:
                return quoted  # "was quoted by local media as saying": who was quoted said it
            if preposition.lower_ == "by":
                current = _verb_above_noun_phrase(current)
            controller = _object_controlling_gerund(current, preposition)
            if controller is not None:
                return controller
            continue
        if current.dep_ in ("relcl", "acl") and (
            current.tag_ in ("VBG", "VBD", "VBZ", "VBP")
            or (_lemma(current) in NAMING_VERBS and current.tag_ == "VBN")  # "lawmaker called X"
        ):
            head = current.head
            if current.tag_ == "VBN" and current.i > 0 and current.doc[current.i - 1].text == ",":
                # "Stuart Stevens, who served Romney during the 2012 campaign, called ...": the
                # parse hung the cue on the aside's last noun; the speaker heads the sentence
                nouns = [a for a in head.ancestors if a.pos_ in ("NOUN", "PROPN")]
                head = nouns[-1] if nouns else head
            elif head.dep_ == "dobj" and head.head.dep_ == "relcl":
                # "the doctors who sent the letter called Oz a quack": the parse hung the cue on
                # the relative clause's object; the speaker is the noun the clause modifies
                head = head.head.head
            elif current.tag_ == "VBG" and head.lemma_.lower() in ISSUED_TEXTS:
                head = _issuer(head) or head
            return head if head.pos_ in ("NOUN", "PROPN", "PRON") else None
        return None
    return None


def _recorded_speaker(token: Token) -> Token | None:
    """ "The ad uses footage of Hillary Clinton asking, ...": a participle right after who a
    recording shows has them as its subject, not the subject of the verb the parse hangs it on."""
    if token.tag_ != "VBG" or _has_own_subject(token) or token.i == 0:
        return None
    shown = token.doc[token.i - 1]  # the last word of a name is its head
    if shown.right_edge.i != shown.i or shown.dep_ != "pobj" or shown.pos_ not in ("PROPN", "PRON"):
        return None
    preposition = shown.head
    recording = preposition.head
    if preposition.lower_ != "of" or recording.lemma_.lower() not in RECORDING_NOUNS:
        return None
    return shown


def _issuer(text: Token) -> Token | None:
    """Who issued a statement, a response, a letter, a speech or a report that a participle
    reports through: a named possessor ("Clinton's speech denouncing"), else the subject of the
    verb that issued it ("Black Lives Matter issued a statement saying", "he spent much of his
    speech praising", "launched the movement with a speech denouncing"), else any possessor
    ("in her statement condemning the test"); None when the text stands alone ("In a statement
    defending Lewandowski, ...")."""
    possessor = next((c for c in text.children if c.dep_ == "poss" and c.pos_ != "DET"), None)
    if possessor is not None and possessor.pos_ == "PROPN":
        return possessor
    phrase = text
    while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.dep_ == "dobj":
        phrase = phrase.head.head  # "much of his speech"
    verb: Token | None = None
    if phrase.dep_ == "dobj":
        verb = phrase.head
    elif phrase.dep_ == "pobj" and phrase.head.lower_ == "with":
        verb = phrase.head.head
    if verb is not None and verb.pos_ == "VERB" and _lemma(verb) in ISSUING_VERBS:
        subject = _first_child(verb, ("nsubj",))
        if subject is not None:
            return subject
    return possessor


def _main_verb_of_trailing_participle(token: Token) -> Token | None:
    """ "Lewandowski rejected the idea that Trump would be a drag, saying ...": a participle set
    off by a comma at the end of the sentence belongs to its main clause, though the parse hangs
    it on the last verb of a complement clause before it; that main verb, else None."""
    head = token.head
    if not (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and head.i < token.i
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and head.dep_ in ("acl", "ccomp", "relcl")
        and _has_own_subject(head)
        # a finite clause: in "remember Carter going on TV, declaring ..." Carter declares
        and (head.tag_ in _FINITE_TAGS or any(c.dep_ == "aux" for c in head.children))
        and not _is_parenthetical_report(head)
    ):
        return None
    main = head.head
    while main.dep_ in ("acl", "ccomp", "relcl", "dobj", "pobj", "prep", "attr", "conj"):
        main = main.head
    return main if main.pos_ in ("VERB", "AUX") and main.is_alpha and main.i < head.i else None


def _controlling_object(token: Token) -> Token | None:
    """The object of the verb a clause completes, where that object acts in it: "led
    Republicans to say ...", "prompted Rubio to ... call", "has left voters saying ..."."""
    head = token.head
    infinitive = (
        token.dep_ == "xcomp"
        and any(c.lower_ == "to" for c in token.children)
        and _lemma(head) in OBJECT_CONTROL_VERBS
    )
    participle = token.tag_ == "VBG" and _lemma(head) in PARTICIPLE_CONTROLLERS
    if not (infinitive or participle) or _has_own_subject(token):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < token.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if participle:
        # right after the object, or after the comma closing an aside in it ("left many
        # Republicans, including his supporters, wondering"); "left no doubt of X, saying"
        # is the subject's
        gap = token.i - obj.right_edge.i
        aside = token.doc[token.i - 1].text == "," and any(t.text == "," for t in obj.subtree)
        if not (gap == 1 or (gap == 2 and aside)):
            return None
    return obj


def _is_parenthetical_report(token: Token) -> bool:
    """ "“...,” Lewandowski added, saying ...": a reporting verb with no complement of its own,
    which the parse hangs inside the quote; a participle after it goes with it."""
    return _lemma(token) in VERB_CUES and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") for c in token.children
    )


def _inverted_aside(token: Token) -> tuple[Token, list[tuple[int, int]]] | None:
    """ "Any reading of his actions, said Michael Kofman, an expert on Russia, would ...": an
    inverted report set off by commas inside the clause it reports. The parse makes the
    fronted phrase the cue's subject and the speaker the subject of the clause; returns the
    speaker and the token ranges of the two parts of the content."""
    doc = token.doc
    sentence = token.sent
    fronted = _first_child(token, ("nsubj",))
    clause = _first_child(token, ("ccomp",))
    if (
        fronted is None
        or clause is None
        or not _follows_comma(token)
        or fronted.i > token.i
        or fronted.right_edge.i not in (token.i - 2, token.i - 1)
    ):
        return None
    speaker = _first_child(clause, ("nsubj",))
    if (
        speaker is None
        or speaker.left_edge.i != token.i + 1
        or speaker.pos_ not in ("PROPN", "NOUN")
        # "aides to Christie, who had a long career, said their speeches, ..., would": the
        # phrase before is a person's, and speaks
        or any(t.lower_ in ("who", "whom") for t in fronted.subtree)
    ):
        return None
    after = speaker.right_edge.i  # the closing comma, which the parse may hang on the speaker
    if doc[after].text != ",":
        after += 1
    if after >= len(doc) or doc[after].text != "," or after >= clause.i:
        return None
    first = max(fronted.left_edge.i, sentence.start)
    return speaker, [(first, token.i - 1), (after + 1, clause.right_edge.i)]


MAX_INTERPOSED_SPEAKER = 8  # tokens of "one of Mr. Obama's climate advisers" between the commas
MAX_INTERPOSED_TAIL = 8  # tokens of "earlier in the committee hearing" after the cue
_INTERPOSED_MODIFIER_TAGS = frozenset({"MD", "RB", "RBR"})  # "we might recall", "he later said"
_RELATIVE_WORD_TAGS = frozenset({"WP", "WDT", "WP$"})  # who, which, whose
_WH_TAGS = _RELATIVE_WORD_TAGS | {"WRB"}
_CLAUSE_BREAKS = frozenset({";", ":", "(", ")", "—", "–", "--", "-"})
_PHRASE_OPENERS = frozenset({"DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"})


def _interposed_aside(token: Token) -> tuple[Token, list[tuple[int, int]]] | None:
    """ "These employees, Stumpf explained earlier in the hearing, were well paid", "Hawaii, as
    one of his advisers pointed out, normally does not ...": a report set off by commas inside
    the clause it reports, its speaker before the cue. The small model often makes the cue the
    sentence's root and the reported clause a conjunct of it; read by the commas instead, the
    speaker and the two parts of the content (token ranges) are returned. None where a verb
    stands between the commas besides the cue ("..., who said it was fine, ..."), or where the
    cue's clause is no aside: "X said that, ..., Y", "..., X said, adding that ..."."""
    doc = token.doc
    lemma = _lemma(token)
    if token.tag_ not in ("VBD", "VBZ", "VBP", "VB") or lemma in RAISING_VERBS:
        return None  # "..., it seems, ...": an appearance no one holds
    if lemma in NAMING_VERBS or lemma in LABELLING_VERBS:
        return None  # "Barack and Bibi, as they call each other, ...": a name, not a report
    if any(c.dep_ == "auxpass" for c in token.children):
        return None  # "Freddy, as he was known, ...": a name, not a report
    speaker = _interposed_speaker(token)
    closing = _interposed_close(token)
    if speaker is None or closing is None:
        return None
    opening, head = speaker
    sentence = token.sent
    after = doc[closing + 1 : sentence.end]
    if len(after) == 0 or after[0].is_quote or not any(_is_finite_or_base(t) for t in after):
        return None  # "..., Trump said, “...”": the quotation is the content
    if after[0].tag_ in _WH_TAGS | {"VBG", "VBN"} or after[0].pos_ in ("CCONJ", "SCONJ"):
        # "..., Manafort said, adding that ...", "..., he refused, which prompted ...": the
        # report ends its clause
        return None
    begin = _interrupted_clause_start(doc, sentence.start, opening)
    if begin is None:
        return None
    end = _before_closing_report(after, sentence.end - 1)
    while end > closing and (doc[end].is_punct and not doc[end].is_quote or doc[end].is_space):
        end -= 1
    return head, [(begin, opening - 1), (closing + 1, end)]


def _interposed_speaker(token: Token) -> tuple[int, Token] | None:
    """The comma that opens an interposed report and its speaker's head: a noun phrase of a
    few words ("as" allowed before it) between that comma and the cue's auxiliaries and
    adverbs ("we might recall", "he later said")."""
    doc = token.doc
    start = token.sent.start
    last = token.i - 1
    while last > start and doc[last].tag_ in _INTERPOSED_MODIFIER_TAGS:
        last -= 1
    opening = last
    while opening > start and doc[opening].text != ",":
        if doc[opening].pos_ in ("VERB", "AUX") or doc[opening].is_quote:
            return None
        opening -= 1
    first = opening + 1
    if doc[first].lower_ == "as":
        first += 1
    if doc[opening].text != "," or not 0 < last - first + 1 <= MAX_INTERPOSED_SPEAKER:
        return None
    words = doc[first : last + 1]
    if any(t.tag_ in _WH_TAGS for t in words):
        return None  # "Sanders, who said so, ...": a relative clause about its noun
    if words[0].pos_ not in _PHRASE_OPENERS or any(_breaks_clause(t) for t in words):
        return None  # "..., like that Clinton advocated ...", "...; the race appears ..."
    heads = [
        t
        for t in words
        if t.pos_ in ("PROPN", "NOUN", "PRON", "NUM") and not first <= t.head.i <= last
    ]
    return (opening, heads[0]) if heads else None


def _interposed_close(token: Token) -> int | None:
    """The comma that closes an interposed report: after the cue, its particle, a time or a
    prepositional phrase ("explained earlier in the hearing,"), but no object, verb, quotation
    or "that" ("boasted that, thanks to ..., he was")."""
    doc = token.doc
    closing = token.i + 1
    while closing < token.sent.end and doc[closing].text != ",":
        if doc[closing].pos_ in ("VERB", "AUX", "SCONJ") or doc[closing].is_quote:
            return None
        closing += 1
    if closing >= token.sent.end or closing - token.i - 1 > MAX_INTERPOSED_TAIL:
        return None
    tail = doc[token.i + 1 : closing]
    if any(_is_bare_noun(t, token.i + 1) or _breaks_clause(t) or t.lower_ == "that" for t in tail):
        return None  # "Ubben called Valeant's chief executive, ...": an object, not a time
    return closing


def _breaks_clause(token: Token) -> bool:
    """A semicolon, colon, bracket or dash between clauses; not the hyphen of a compound
    ("African-Americans", "long-term")."""
    if token.text == "-":
        return bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in _CLAUSE_BREAKS


def _interrupted_clause_start(doc: Doc, start: int, opening: int) -> int | None:
    """Where the clause an interposed report interrupts begins, before the comma at `opening`:
    after a clause break (";", ":", a dash, ", but"), at a relative word the report interrupts
    ("the stadium, which, Tompkins said, is full"); else the sentence's start. None when that
    part is no clause's start: a condition ("If ..., Giuliani said, there's ...") or a time or
    place alone ("In 2015, Trump said, ..."); a nonfinite clause may open it ("To understand
    the real Dred Scott, Chief Justice Roberts said, one should ...")."""
    begin = start
    for t in doc[start:opening]:
        breaks = _breaks_clause(t) or (
            t.pos_ == "CCONJ" and t.i > start and doc[t.i - 1].text == ","
        )
        if breaks and t.i + 1 < opening:
            begin = t.i + 1
    while begin < opening and doc[begin].is_punct:
        begin += 1
    if begin >= opening:
        return None
    commas = [t.i for t in doc[begin:opening] if t.text == ","]
    last_phrase = doc[commas[-1] + 1 if commas else begin : opening]
    if len(last_phrase) and last_phrase[0].tag_ in _WH_TAGS:
        return last_phrase[0].i
    opener = doc[begin]
    if opener.pos_ == "SCONJ" or not len(last_phrase):
        return None
    nonfinite = opener.tag_ in ("TO", "VBG")
    return begin if last_phrase[0].pos_ in _PHRASE_OPENERS or nonfinite else None


def _before_closing_report(after: SpacySpan, end: int) -> int:
    """Where the content after an interposed report ends: before a second report that closes
    the sentence ("..., Mr. Obama said, are acts of patriotism, he said"; "... the words ''I
    can't breathe,'' as Eric Garner said before he died"), else at `end`. The second report
    starts at a comma followed by its speaker ("as" allowed), with no finite verb between."""
    doc = after.doc
    later = next(
        (t for t in after if _lemma(t) in VERB_CUES and t.tag_ in _FINITE_TAGS and not t.is_quote),
        None,
    )
    if later is None:
        return end
    for comma in (t for t in doc[after.start : later.i] if t.text == ","):
        words = [t for t in doc[comma.i + 1 : later.i] if not t.is_quote]
        if words and words[0].lower_ == "as":
            words = words[1:]
        if (
            words
            and words[0].pos_ in ("PROPN", "PRON", "DET")
            and not any(_is_finite_or_base(t) for t in words)
        ):
            return comma.i - 1
    return end


def _is_bare_noun(token: Token, start: int) -> bool:
    """A noun after a cue that is neither a time ("said Friday") nor inside a prepositional
    phrase that starts at or after `start` ("explained earlier in the hearing")."""
    if token.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or token.ent_type_ in ("DATE", "TIME"):
        return False
    return not any(a.pos_ == "ADP" and a.i >= start for a in token.ancestors)


def _is_finite_or_base(token: Token) -> bool:
    """A finite verb, or a base form the tagger gave a present verb ("Democrats, Frank notes,
    applaud ..."), not an infinitive."""
    if token.tag_ == "VB":
        return token.pos_ in ("VERB", "AUX") and not any(c.tag_ == "TO" for c in token.children)
    return token.tag_ in _FINITE_TAGS


def _controls_infinitive(token: Token) -> bool:
    """An adjective whose infinitive shares the subject of its clause: "unable to", "quick
    to", "willing to" (not "It is worth noting", where "it" holds nothing)."""
    return token.dep_ == "acomp" and any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
        for c in token.children
    )


def _subject_after_opening_participle(token: Token) -> Token | None:
    """ "Claiming the criticism was designed to pressure moderators, Trump told Fox ...": a
    participle that opens the sentence has the main clause's subject, whatever the parse
    made of it (here the subject of "designed")."""
    sentence = token.sent
    if token.tag_ != "VBG" or token.i != sentence.start or _has_own_subject(token):
        return None
    root = sentence.root
    subject = _nearest_subject(root) if root.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.i < token.i or subject.left_edge.i == 0:
        return None
    # set off by a comma: "Criticizing police tactics will alienate voters" is a gerund subject
    return subject if token.doc[subject.left_edge.i - 1].text == "," else None


def _verb_read_as_dep(token: Token) -> bool:
    """ "Clinton paused, then revealed ...": the parse hung the second verb of a sentence on the
    first with no relation; it shares the first one's subject, as a conjunct does."""
    return (
        token.dep_ == "dep"
        and token.pos_ == "VERB"
        and token.head.pos_ in ("VERB", "AUX")
        and token.head.i < token.i
    )


def _subject_read_as_conjunct(token: Token) -> Token | None:
    """ "Republicans said the agency mishandled the inquiry and Democrats accused the GOP":
    the parse joins "Democrats" to the object before it, and leaves "accused" without a
    subject. A finite verb with no subject whose nearest noun before it is such a conjunct,
    right after the conjunction, has that noun as its subject."""
    if not _lacks_subject(token):
        return None
    before = token.i - 1
    while before >= 0 and token.doc[before].dep_ in ("advmod", "neg", "aux"):
        before -= 1  # "Democrats also accused"
    if before < 0:
        return None
    noun = token.doc[before]
    first = noun.left_edge.i
    if (
        noun.pos_ in ("NOUN", "PROPN", "PRON")
        and noun.dep_ == "conj"
        and noun.head.i < first
        and noun.head.pos_ in ("NOUN", "PROPN")
        and first > 0
        and token.doc[first - 1].dep_ == "cc"
    ):
        return noun
    return None


def _speaker_read_as_compound(token: Token) -> Token | None:
    """ "“...,” Conway notes.": the parse reads the name and the verb as one noun phrase and hangs
    the name on the verb as a compound; "Trump predicts that ...", with the verb tagged a plural
    noun, shows itself a verb by the clause it takes, and its name may be tagged a common noun."""
    read_as_noun = token.tag_ == "NNS" and any(c.dep_ == "ccomp" for c in token.children)
    if not (token.tag_ in ("VBZ", "VBD") and _lacks_subject(token) or read_as_noun):
        return None
    names = [
        c
        for c in token.lefts
        if c.dep_ == "compound" and (c.pos_ == "PROPN" or read_as_noun and c.is_title)
    ]
    return names[-1] if names and names[-1].i == token.i - 1 else None


def _speaker_read_as_modifier(token: Token) -> Token | None:
    """ "But Bill Skelly, a longtime RNC data operative, vouched for ...": the parse read the name
    opening the clause as the verb's adverb (a surname in -ly) and left the verb no subject."""
    if not _lacks_subject(token):
        return None
    name = next((c for c in token.lefts if _is_name_modifying(c, token)), None)
    if name is None:
        return None
    before = token.doc[token.sent.start : name.left_edge.i]
    return name if all(t.is_punct or t.is_space or t.dep_ == "cc" for t in before) else None


def _speaker_read_as_modal(token: Token) -> Token | None:
    """ "In his column, Will wrote that ...", "May said the deal was done": the parse read the
    name George Will or Theresa May as a modal on the verb, which no modal can govern in the
    past or third-person form, and left the verb no subject."""
    if not _lacks_subject(token) or token.tag_ not in ("VBD", "VBZ"):
        return None
    return next((c for c in token.lefts if _is_name_read_as_modal(c, token)), None)


def _speaker_read_as_object(token: Token) -> Token | None:
    """ "“It’s Bernie’s to lose,” added another New Hampshire Democrat.": after a closing mark the
    parse may read the inverted speaker as the object. Only a verb right after the mark (and its
    comma), and an object that ends the sentence or the clause."""
    doc = token.doc
    if not _subjectless_after_closing_mark(token):
        return None
    speaker = next(
        (c for c in token.children if c.dep_ == "dobj" or _is_name_read_as_adverb(c)), None
    )
    if speaker is None or speaker.left_edge.i != token.i + 1:
        return None
    after = speaker.right_edge.i + 1
    if (
        speaker.pos_ not in ("PROPN", "NOUN", "ADV")
        or after >= len(doc)
        or doc[after].text not in ".,;"
    ):
        return None
    return speaker


def _subjectless_after_closing_mark(token: Token) -> bool:
    """A finite verb with no subject right after a closing quotation mark, or after the mark and
    a comma: where the parse misreads an inverted speaker."""
    doc = token.doc
    if token.tag_ not in ("VBD", "VBZ") or token.i < 2 or not _lacks_subject(token):
        return False
    before = doc[token.i - 1]
    return before.tag_ == "''" or before.text == "," and doc[token.i - 2].tag_ == "''"


def _speaker_read_as_clause(token: Token) -> Token | None:
    """ "“...,” said David Brock, a Clinton confidant who heads the super PAC Correct the Record.":
    after a closing mark the parse may read the inverted speaker as the subject of a clause the
    cue reports, here of the verb "Correct". The speaker is that subject when it starts right
    after the cue."""
    if not _subjectless_after_closing_mark(token):
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.i > token.i):
        speaker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if (
            speaker is not None
            and speaker.left_edge.i == token.i + 1
            and speaker.pos_ == "PROPN"
            and speaker.ent_type_ == "PERSON"
        ):
            return speaker
    return None


def _listed_verb_read_as_adverbial(token: Token) -> bool:
    """ "Kelly speculated about X, referred to Y and considered Z": a finite verb after a comma,
    with no subject and no subordinator of its own, is the next item of its head's list, which
    the parse hung on the head as an adverbial clause."""
    return (
        token.dep_ == "advcl"
        and token.tag_ in ("VBD", "VBZ", "VBP")
        and token.head.pos_ == "VERB"  # not a copula: "The only time ... was when X said, Y"
        and token.i > token.head.i
        and token.doc[token.i - 1].text == ","
        and _lacks_subject(token)
        and not any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in token.children)
    )


def _subject_of_participle_root(token: Token) -> Token | None:
    """ "Protesters marching through the streets chanted ...": the parse makes the participle
    the root and hangs the finite verb on it; the participle's subject is the verb's."""
    head = token.head
    if (
        not _lacks_subject(token)
        or token.dep_ != "advcl"
        or head.tag_ != "VBG"
        or head.dep_ != "ROOT"
        or head.i > token.i
        or any(c.dep_ == "aux" for c in head.children)
    ):
        return None
    subject = _first_child(head, ("nsubj",))
    return subject if subject is not None and subject.i < head.i else None


def _continues_report(token: Token, cue: Token) -> bool:
    continued = _report_coordinated_under(token)
    return continued is not None and continued.i == cue.i


def _report_coordinated_under(token: Token) -> Token | None:
    """ "China said it was opposed to the test and warned North Korea to refrain": a reporting
    verb with no subject of its own, coordinated with the clause another cue reports, is the
    speaker's next act, not part of what was reported (the parse hangs it on "opposed"). The
    cue it continues, or None. Deeper in the clause, only a verb of the cue's own form: "saying
    the bill had support but was waylaid by mistrust - and arguing that ..."."""
    head = token.head
    lemma = _lemma(token)
    if (
        token.pos_ != "VERB"
        or (lemma not in VERB_CUES and lemma not in LABELLING_VERBS)
        or _has_own_subject(token)
    ):
        return None
    if token.dep_ == "conj":
        clause = head
        while clause.dep_ == "conj" and clause.head.i < clause.i:
            clause = clause.head
        cue = clause.head
        reported = (
            head.i < token.i
            and clause.dep_ == "ccomp"
            and _lemma(cue) in VERB_CUES
            and cue.i < clause.i
            and (clause.i == head.i or token.tag_ == cue.tag_)
        )
        return cue if reported else None
    # "said the plan was dead and added that ...", the second verb parsed as a second complement
    if (
        token.dep_ == "ccomp"
        and head.i < token.i
        and _lemma(head) in VERB_CUES
        and token.i > 0
        and token.doc[token.i - 1].dep_ == "cc"
    ):
        return head
    return None


# Where the parse may hang a coordinated verb on a complement instead of on the verb.
_COMPLEMENT_DEPS = frozenset({"oprd", "acomp", "attr", "dobj"})

# Prepositions whose gerund's act is done by someone the verb above names: "responded by
# saying", "pivoted to arguing", "stopped short of calling for", "criticized Clinton for saying"
_GERUND_PREPOSITIONS = frozenset(
    {"by", "before", "after", "while", "despite", "without", "in", "besides", "since", "upon"}
    | {"on", "to", "of", "from", "for", "against", "about", "with", "at", "through"}
    | {"as"}  # "was quoted as saying": who was quoted said it
)
# ... by the verb's object, when it has one: "criticized Clinton for saying" (Clinton said),
# "prevented his wife from writing", "sold him on supporting"
_OBJECT_CONTROL_PREPOSITIONS = frozenset({"for", "of", "from", "on", "as"})


def _verb_governing_gerund(token: Token) -> Token | None:
    """The verb a gerund after a preposition belongs to, through an adjective or adverb the
    preposition hangs on ("the most aggressive in denouncing", "stopped short of calling"); None
    for a gerund after a noun ("a history of blaming others")."""
    preposition = token.head
    if (
        token.dep_ != "pcomp"
        or token.tag_ != "VBG"
        or preposition.dep_ != "prep"
        or preposition.lower_ not in _GERUND_PREPOSITIONS
    ):
        return None
    head = preposition.head
    if head.pos_ in ("ADJ", "ADV") and head.dep_ in ("acomp", "attr", "advmod", "oprd"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _object_controlling_gerund(verb: Token, preposition: Token) -> Token | None:
    """The verb's object before the preposition, who does the gerund's act, if any."""
    if preposition.lower_ not in _OBJECT_CONTROL_PREPOSITIONS or preposition.head.i != verb.i:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i < preposition.i]
    objects.sort(key=lambda c: c.dep_ != "dative")  # "gave Carson two Pinocchios for ..."
    return objects[0] if objects else None


def _verb_above_noun_phrase(verb: Token) -> Token:
    """ "defended his position of not allowing Muslims to enter the U.S. by citing a poll": the
    parse hung "by citing" on a verb inside the object; the act belongs to the verb above it."""
    current = verb
    while current.dep_ in ("ccomp", "xcomp", "pcomp") and current.head != current:
        current = current.head
    if current.pos_ in ("VERB", "AUX") or current.dep_ != "prep":
        return verb
    noun = current.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ not in ("VERB", "AUX"):
        return verb
    return noun.head


def _purpose_infinitive(token: Token) -> bool:
    """ "gathered Friday to discuss ...": after the verb it serves ("To deride the plan would
    be unfair" is a subject clause, however parsed)."""
    return (
        token.dep_ == "advcl"
        and token.i > token.head.i
        and token.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _nearest_subject(token: Token) -> Token | None:
    """The subject next to the verb: where the parser gives two ("People like Scott, he said"),
    the nearer one is the verb's own."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
    before = [c for c in subjects if c.i < token.i]
    after = [c for c in subjects if c.i > token.i]
    if before and after and (_closing_mark_between(before[-1], token) or _is_inverted(token)):
        # "“If it doesn't ..., it will,” said James Acton": the subject before the closing
        # mark is the quote's own; "The plan, said the mayor, will cost ...": the topic's
        return after[0]
    if before:
        return before[-1]
    return subjects[0] if subjects else None


def _is_inverted(token: Token) -> bool:
    """A cue set off by a comma before it and followed by its speaker: ", said the mayor,"."""
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i > token.i), None)
    return _follows_comma(token) and subject is not None and subject.left_edge.i == token.i + 1


def _follows_comma(token: Token) -> bool:
    """A finite verb right after a comma (a participle there, "Democrats, fearing the
    consequences, ...", is no inverted report)."""
    return (
        token.tag_ in ("VBD", "VBZ", "VBP") and token.i > 0 and token.doc[token.i - 1].text == ","
    )


def _closing_mark_between(first: Token, last: Token) -> bool:
    return any(t.tag_ == "''" for t in first.doc[first.i + 1 : last.i])


_SOURCE_ASIDES = ("relcl", "acl", "advcl")


def _source_range(subject: Token, cue_token: Token, ctx: _Context) -> tuple[int, int] | None:
    """The source's tokens: the subject's subtree (appositions and relative clauses included, as
    PolNeAR marks them) clipped at the cue and at a paragraph break; an apposition's closing
    comma stays ("Clinton, the former secretary of State, said")."""
    doc = ctx.doc
    skip = {t.i for t in cue_token.subtree} if subject.is_ancestor(cue_token) else set()
    # a clause set off by a comma describes the speaker, or the speaker's title ("Michael
    # Mulgrew, president of the teachers' union, which represents 75,000 educators,"); it is
    # not the speaker
    asides = [
        t
        for t in subject.subtree
        if t.i > subject.i
        and (t.head.i == subject.i or t.dep_ == "relcl")
        and t.dep_ in _SOURCE_ASIDES
        and doc[t.left_edge.i - 1].text == ","
    ]
    for child in asides[:1] if subject.i < cue_token.i else ():
        skip |= {t.i for t in child.subtree}
        last_kept = child.left_edge.i - 2
        skip |= {t.i for t in subject.subtree if t.i > last_kept}
    # "Trump on Tuesday said", "said Jeb Bush in a Medium post": when and where the speaker
    # spoke, not who spoke
    for child in subject.rights:
        after = [t for t in subject.subtree if t.i > child.right_edge.i and t.i not in skip]
        # "said Bolden to the gathered crowd": whom a named speaker told, after the cue (before
        # it, "an adviser to Trump" is who speaks)
        addressee = (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and subject.pos_ == "PROPN"
            and subject.i > cue_token.i
        )
        if (addressee or _is_occasion_of_report(child)) and all(t.is_punct for t in after):
            skip |= {t.i for t in child.subtree}
    first, last = _subtree_range(subject, skip)
    if subject.i > cue_token.i:
        first, last = _with_split_name_parts(cue_token, subject, first, last)
    while first < last and doc[first].dep_ == "cc":
        first += 1  # "But Matt Morrison said"
    if first <= cue_token.i <= last:
        if subject.i < cue_token.i:
            last = cue_token.i - 1
        else:
            first = cue_token.i + 1
    for i in range(subject.i - 1, first - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            first = i + 1
            break
        if ctx.quote_of[i] is not None and _quotation_set_off_before(doc, i, subject.i, ctx):
            first = i + 1  # "“That's a concern,” Sarandon, 69, told": the parse hung the
            break  # quotation on the speaker; it is what was said
    for i in range(subject.i, last):
        if "\n" in doc[i + 1].text or "\n" in doc[i].whitespace_:
            last = i
            break
    first = _after_page_furniture(doc, _after_dateline(doc, first, last), last)
    opener = doc[first]
    if first < last and opener.lower_ in FOCUS_ADVERBS:
        first += 1  # "Even China, Pyongyang's only ally, said": the writer's emphasis
    if subject.dep_ == "poss" and last > first and doc[last].tag_ == "POS":
        last -= 1  # a possessor as the source: "Hillary Clinton's speech denouncing ..."
    while last + 1 < cue_token.i and _is_name_modifying(doc[last + 1], cue_token):
        last += 1  # "Bill Skelly said": the surname the parse hung on the verb as an adverb
    if last > first and _is_floating_quantifier(doc[last], subject):
        last -= 1  # "Richards and Menendez both stressed": who, not how many of them
    trimmed = _trim(doc, first, last, ctx.quote_of)
    if trimmed is None:
        return None
    first, last = trimmed
    last = _through_closing_mark(ctx, first, last)
    following = doc[last + 1].text if last + 1 < len(doc) else ""
    inner = {doc[i].text for i in range(first, last)}
    # "Sunshine, who remains friendly with her, doesn't forgive": after the cue too
    apart = last + 1 < cue_token.i or first > cue_token.i
    # a closing bracket after the name is already in: _trim closes what the range opens
    if following in _SET_OFF and following in inner and apart:
        last += 1
    return first, last


def _through_closing_mark(ctx: _Context, first: int, last: int) -> int:
    """ "star of cult classic “Thelma and Louise,” said": a quotation the source opens closes
    after the comma the parse left outside it; the source runs to its closing mark."""
    for index in range(first, last + 1):
        quoted = ctx.quote_of[index]
        if quoted is None or not ctx.doc[index].is_quote:
            continue
        span = ctx.quote_tokens(quoted)
        if span is not None and span[0] == index and last < span[1] <= last + 2:
            return span[1]
    return last


def _is_floating_quantifier(token: Token, subject: Token) -> bool:
    """ "both" after "Bolton and Gorka", "all" after "they": hung on the speakers themselves (not
    "the woman who started it all")."""
    speakers = {subject.i} | {c.i for c in subject.conjuncts}
    return token.lower_ in FLOATING_QUANTIFIERS and token.head.i in speakers and token.i > subject.i


# What the parse may split a speaker's name and title into, each hung on the cue
_NAME_PART_DEPS = frozenset({"nsubj", "dobj", "nmod", "compound"})
_NAME_PART_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PUNCT"})


def _with_split_name_parts(
    cue_token: Token, subject: Token, first: int, last: int
) -> tuple[int, int]:
    """ "“We will win,” said Fox News co-host Sean Hannity": after the cue the parse may split a
    speaker at a hyphen into several nouns hung on the cue ("Fox News co" and "- host Sean
    Hannity"); the parts that touch the subject's are one speaker."""
    parts = [
        (c.left_edge.i, c.right_edge.i)
        for c in cue_token.rights
        if c.dep_ in _NAME_PART_DEPS
        and c.i != subject.i
        and all(t.pos_ in _NAME_PART_POS for t in c.subtree)
    ]
    joined = True
    while joined:
        joined = False
        for lo, hi in parts:
            if hi + 1 == first and lo > cue_token.i:
                first, joined = lo, True
            elif lo - 1 == last:
                last, joined = hi, True
    return first, last


def _quotation_set_off_before(doc: Doc, last: int, subject: int, ctx: _Context) -> bool:
    """A quotation closing at `last` with a comma, right before the speaker, is what was said
    ("“..., very principled,” Sarandon, 69, told"); a quoted title in the speaker's noun phrase
    has no comma and is part of it ("the “Daily Show” host Trevor Noah")."""
    if ctx.quote_of[subject] is not None:
        return False
    if any(not doc[k].is_punct for k in range(last + 1, subject)):
        return False
    closing = doc[last - 1].text if doc[last].is_quote else doc[last].text
    return closing in (",", "?", "!") or (last + 1 < subject and doc[last + 1].text == ",")


def _after_dateline(doc: Doc, first: int, last: int) -> int:
    """ "WASHINGTON — Sen. Bernie Sanders said", "MACAU (Reuters) – Sheldon Adelson said": the
    place in capitals and the agency before the dash open the story; they are not the source."""
    # "AFL-CIO" is one name: a dateline's dash stands apart from the word before it
    dash = next(
        (
            i
            for i in range(first + 1, min(last, first + 8))
            if doc[i].text in _DATELINE_DASHES and doc[i - 1].whitespace_
        ),
        None,
    )
    if dash is None:
        return first
    opening = next((i for i in range(dash - 2, first - 1, -1) if doc[i].text == "("), None)
    agency = doc[opening + 1 : dash - 1] if opening is not None else None
    if (
        doc[dash - 1].text == ")"
        and agency is not None
        and 0 < len(agency) <= 2
        and all(t.text[:1].isupper() for t in agency if t.is_alpha)
        and not any(t.tag_ in ("DT", "PRP") for t in doc[first:opening])  # "The scholars (...) -"
    ):
        return dash + 1  # "Dec 29 (Reuters) -", "New York (AFP) –": an agency's dateline
    if not doc[first].is_upper or len(doc[first]) < 2:
        return first
    head = doc[first:dash]
    lower = [t for t in head if t.is_alpha and not t.is_upper]
    in_brackets = {t.i for t in head if t.is_alpha and "(" in doc[first : t.i].text}
    return dash + 1 if all(t.i in in_brackets for t in lower) else first


_DATELINE_DASHES = frozenset({"-", "--", "—", "–"})


def _after_page_furniture(doc: Doc, first: int, last: int) -> int:
    """Where the source starts after what a scraped page left before the speaker: a photo
    credit in brackets ("(Photo: James Long) Mayor of London Sadiq Khan said", or its closing
    half), the byline of an embedded tweet ("-- David Nakamura (@DavidNakamura) November 10,
    2016 Obama has pledged")."""
    start, depth = first, 0
    for i in range(first, last):
        text = doc[i].text
        depth += (text == "(") - (text == ")")
        # a stray closing bracket, or one that closes a bracket the source opens with; not a
        # later one ("(AP) Sen. Ted Cruz (R-Texas) said" keeps "(R-Texas)")
        if text == ")" and (depth < 0 or (depth == 0 and doc[start].text == "(")):
            start, depth = i + 1, 0
        elif (
            i >= first + 4
            and doc[i].like_num
            and len(doc[i]) == 4
            and doc[i - 1].text == ","
            and doc[i - 2].like_num
            and doc[i - 3].lower_ in MONTHS
            and doc[i - 4].text == ")"
        ):
            start = i + 1
    return start


def _is_occasion_of_report(token: Token) -> bool:
    """ "on Tuesday" or "in an interview" hung on the speaker's noun: when or where the report
    was made. A bare time stays: "a poll out this week", "Clinton defenders today" (PolNeAR
    keeps those)."""
    if token.dep_ != "prep" or token.n_rights == 0:
        return False
    if token.lower_ in ("on", "during") and all(
        t.i == token.i or t.ent_type_ in ("DATE", "TIME") for t in token.subtree
    ):
        return True
    if token.lower_ not in ("in", "during"):
        return False
    occasion = next((t for t in token.rights if t.dep_ == "pobj"), None)
    return (
        occasion is not None
        and occasion.lemma_.lower() in OCCASION_NOUNS
        and any(t.dep_ in ("det", "poss") for t in occasion.lefts)
    )


def _is_bare_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _speaker_lost_by_parse(token: Token) -> bool:
    """A finite active cue with no subject, in a clause of its own: the parse hung its speaker
    elsewhere ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader,
    said ..." hangs the name on "Nevada")."""
    return (
        _lacks_subject(token)
        and _lemma(token) not in RAISING_VERBS
        and not any(c.dep_ == "auxpass" for c in token.children)
        and token.dep_ not in ("conj", "relcl", "acl")
    )


MAX_APPOSITION = 10  # tokens in "Name, a top outside Clinton adviser," between the commas
MAX_ASIDE = 30  # tokens in "Name, whose latest start-up, Paradata, uses big data ...," likewise
# "the Democratic candidate", "her senior policy adviser": a description's determiner
_SPEAKER_ARTICLES = frozenset(
    {"the", "a", "an", "another", "one", "his", "her", "their", "its", "our", "my"}
)
_CLAUSE_OPENERS = frozenset({"but", "and", "yet", "so"})


def _subject_lost_by_parse(
    token: Token, ctx: _Context, cue: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    """The speaker the parse hung elsewhere, in one of three places: the name right before a
    subjectless cue, or a name and its apposition set off by commas, opening its clause; a name
    opening the sentence, then an aside of any kind set off by commas ("Mr. Slinker, whose latest
    start-up, Paradata, uses big data ..., said"); a description and its relative clause right
    before the cue ("..., a White House official who spoke anonymously said Wednesday")."""
    return (
        _name_right_before(token, ctx, cue)
        or _name_before_aside(token, ctx, cue)
        or _name_with_relative_clause(token, ctx, cue)
        or _share_read_as_number(token, ctx, cue)
        or _speaker_read_as_participle_clause(token, ctx, cue)
    )


def _is_speaker_chunk(chunk: SpacySpan) -> bool:
    """A name, a pronoun, or a description with its article ("the Democratic candidate")."""
    root = chunk.root
    return root.ent_type_ not in ("DATE", "TIME") and (
        root.pos_ in ("PROPN", "PRON")
        or root.ent_type_ in ("PERSON", "ORG", "NORP")  # "Sanders" tagged a plural noun
        or root.pos_ == "NOUN"
        and chunk[0].lower_ in _SPEAKER_ARTICLES
    )


def _name_right_before(
    token: Token, ctx: _Context, cue: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    doc = ctx.doc
    end = cue[0] - 1
    apposition = end > token.sent.start and doc[end].text == ","
    name_end = end - 1 if apposition else end
    if apposition:
        comma = name_end
        while comma > max(token.sent.start, end - MAX_APPOSITION) and doc[comma].text != ",":
            comma -= 1
        between = doc[comma + 1 : end]
        if doc[comma].text != "," or not between or any(t.pos_ in ("VERB", "AUX") for t in between):
            return None
        name_end = comma - 1
    if not apposition and doc[end].text == ")":
        # "Rep. Paul Ryan (R-WI) said": a parenthesis after the name is part of the source
        opening = next(
            (
                t.i
                for t in reversed(doc[max(token.sent.start, end - MAX_ASIDE) : end])
                if t.text == "("
            ),
            None,
        )
        if opening is None:
            return None
        name_end = opening - 1
    chunks = list(token.sent.noun_chunks)
    name = next((c for c in chunks if c.end - 1 == name_end), None)
    if name is None or not _is_speaker_chunk(name):
        return None
    # "hunky-dory,” Gene Sperling": a chunk the parse ran over a quote's end starts after it
    start = max([name.start, *(t.i + 1 for t in name if t.is_quote and t.i < name.root.i)])
    while start - 2 >= token.sent.start and doc[start - 1].lower_ == "of":
        # "Speaker of the House Rep. Paul Ryan": a title's "of" phrase ends in the name
        title = next((c for c in chunks if c.end == start - 1), None)
        if title is None or title.root.pos_ != "PROPN":
            break
        start = title.start
    if any(ctx.quote_of[i] is not None for i in range(start, end + 1)):
        return None
    opens_clause = doc[start - 1].lower_ in _CLAUSE_OPENERS and (
        start - 1 == token.sent.start or doc[start - 2].is_punct
    )  # "..., but Sen. Chris Murphy (a Connecticut Democrat) says"
    if not (start == token.sent.start or doc[start - 1].is_punct or opens_clause):
        return None
    return name.root, (start, end)


def _share_read_as_number(
    token: Token, ctx: _Context, cue: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    """ "About 4 in 10 say they want ...": a poll's share the parse read as a number modifying
    the cue."""
    share = next(
        (c for c in token.lefts if c.dep_ in ("nummod", "npadvmod") and c.tag_ == "CD"), None
    )
    if share is None or share.right_edge.i != cue[0] - 1:
        return None
    if any(ctx.quote_of[i] is not None for i in range(share.left_edge.i, cue[0])):
        return None
    return share, (share.left_edge.i, share.right_edge.i)


def _speaker_read_as_participle_clause(
    token: Token, ctx: _Context, cue: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    """ "Republican activists clamoring to block Donald Trump say ...": the parse read the
    speaker and the participle describing it as a clause of their own, with no comma before
    the cue."""
    clause = next(
        (
            c
            for c in token.lefts
            if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.right_edge.i == cue[0] - 1
        ),
        None,
    )
    subject = (
        next((c for c in clause.lefts if c.dep_ == "nsubj"), None) if clause is not None else None
    )
    if clause is None or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    start = subject.left_edge.i
    if any(ctx.quote_of[i] is not None or ctx.doc[i].is_punct for i in range(start, cue[0])):
        return None
    return subject, (start, cue[0] - 1)


def _name_before_aside(
    token: Token, ctx: _Context, cue: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    doc = ctx.doc
    sentence = token.sent
    end = cue[0] - 1
    if end <= sentence.start or doc[end].text != ",":
        return None
    first = sentence.start + (doc[sentence.start].lower_ in _CLAUSE_OPENERS)
    name = next((c for c in sentence.noun_chunks if c.start == first), None)
    if name is None or not _is_speaker_chunk(name) or name.end >= end:
        return None
    after = name.end
    if doc[after].text == "(":  # "Sen. Richard J. Durbin (D-Ill.), noting ..., said"
        after = next((t.i + 1 for t in doc[after:end] if t.text == ")"), end)
    if doc[after].text != "," or end - after > MAX_ASIDE:
        return None
    if any(ctx.quote_of[i] is not None or doc[i].is_quote for i in range(first, end + 1)):
        return None
    # a clause aside describes the speaker and is not part of the source, as `_source_range`
    # reads it ("One attendee, who spoke on the condition of anonymity, said"); an apposition is
    opening = next((t for t in doc[after + 1 : end] if t.pos_ != "ADV" and not t.is_punct), None)
    if opening is not None and opening.tag_ in ("WP", "WDT", "WP$", "VBG", "VBN"):
        return name.root, (first, after - 1)
    return name.root, (first, end)


def _name_with_relative_clause(
    token: Token, ctx: _Context, cue: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    doc = ctx.doc
    for chunk in token.sent.noun_chunks:
        clause = next((c for c in chunk.root.rights if c.dep_ in ("relcl", "acl")), None)
        if clause is None or clause.right_edge.i != cue[0] - 1 or not _is_speaker_chunk(chunk):
            continue
        if not (chunk.start == token.sent.start or doc[chunk.start - 1].is_punct):
            return None
        if any(ctx.quote_of[i] is not None for i in range(chunk.start, cue[0])):
            return None
        return chunk.root, (chunk.start, cue[0] - 1)
    return None


def _before_source(
    ctx: _Context,
    content: list[tuple[int, int]],
    kind: str,
    source: tuple[int, int],
    cue: tuple[int, int],
) -> Content:
    """Content that ran over a speaker found after the parse ("“It is not ...,” Gene Sperling, a
    top adviser, said") ends before the speaker."""
    doc = ctx.doc
    start = doc[source[0]].idx
    if not any(a < start < b for a, b in content):
        return content, kind
    after_cue = [(a, b) for a, b in content if a >= doc[cue[1]].idx]
    if after_cue:
        # "Few believed this, but Sen. Chris Murphy (...) says he was unfocused": what the cue
        # introduces is the content; the clause before the speaker is the writer's
        return after_cue, kind
    first = doc.char_span(content[0][0], content[0][0] + 1, alignment_mode="expand")
    if first is None or first.start >= source[0]:
        return content, kind
    clipped = _content_from_tokens(ctx, first.start, source[0] - 1, cue)
    return clipped if clipped is not None else (content, kind)
