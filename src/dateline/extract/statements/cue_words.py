"""Which words can be a cue where they stand (the lexicon's vetoes: idioms, imperatives, labels)
and how far a cue runs past its verb: particles, carriers, "said in a statement"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.extract.statements.drafts import (
    _FINITE_TAGS,
    _Context,
    _lemma,
)
from dateline.lexicons.cues import (
    ADVERB_BEFORE_PARTICLE,
    ATTACK_REASONS,
    CUE_PARTICLES,
    CUE_TEXTS,
    HEDGED_QUANTITY_WORDS,
    LABEL_TIME_NOUNS,
    LABELLING_VERBS,
    MANNER_NOUNS,
    MODAL_NAMES,
    NAMING_VERBS,
    NON_REPORTING_OBJECTS,
    NON_REPORTING_PARTICLES,
    PREPOSITIONAL_CUES,
    REFLEXIVES,
    SAID_CONCESSIVES,
    SAY_IDIOM_PREFIXES,
    SPEECH_MEDIA,
    VERB_CUES,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _in_according_to_source(token: Token) -> bool:
    head = token.head
    return (
        token.dep_ == "pcomp"
        and head.lower_ == PREPOSITIONAL_CUES[0][1]
        and head.i > 0
        and token.doc[head.i - 1].lower_ == PREPOSITIONAL_CUES[0][0]
    )


def _is_imperative(token: Token) -> bool:
    """A verb in the base form opening its sentence with no subject: a request to the one
    addressed, not a report of what someone said."""
    if token.tag_ not in ("VB", "VBP") or token.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children):
        return False
    before = token.doc[token.sent.start : token.i]
    return all(t.is_punct or t.is_space or t.dep_ == "intj" for t in before)


def _is_cue_candidate(token: Token, ctx: _Context) -> bool:
    lemma = _lemma(token)
    if ctx.quote_of[token.i] is not None:
        return False  # inside a quote: part of what was said
    if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and token.dep_ == "ROOT"):
        return False
    if _in_according_to_source(token):
        return False  # "according to show insiders": the source, misread as a verb
    if token.i > 0 and token.doc[token.i - 1].text in ("<", "</"):
        return False  # "<tweet author=...>": the name of a markup tag left in the text
    if lemma not in VERB_CUES and lemma not in CUE_PARTICLES and lemma not in LABELLING_VERBS:
        return False
    particles = {
        c.lower_
        for c in token.children
        if c.dep_ == "prt" or c.dep_ == "prep" and not _opens_compound_preposition(c)
    }
    if particles & NON_REPORTING_PARTICLES.get(lemma, frozenset()):
        return False
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    objects |= {  # "went on strike": the object of the cue's own particle
        g.lemma_.lower()
        for c in token.children
        if c.dep_ in ("prt", "prep") and c.lower_ in CUE_PARTICLES.get(lemma, ())
        for g in c.children
        if g.dep_ == "pobj"
    }
    if objects & NON_REPORTING_OBJECTS.get(lemma, frozenset()):
        return False
    if lemma in NAMING_VERBS and token.dep_ in ("acl", "amod") and not _labels_twice(token, ctx):
        return False  # "a presentation called “...”", "the so-called ..."
    if lemma == "attack" and not _is_verbal_attack(token):
        return False  # "gunmen attacked the consulate"
    if lemma == "say" and _is_say_idiom(token):
        return False  # "it goes without saying that ...", "let's say you ..."
    if _is_imperative(token):
        return False  # "Tell me about your plan.", "Thank you for having me.": no report
    # "the words said at the ceremony", "the said company" (but "a letter saying that ...")
    return not (lemma == "say" and token.dep_ in ("acl", "amod") and token.tag_ != "VBG")


def _opens_compound_preposition(token: Token) -> bool:
    """ "found 31 incidents out of a billion ballots": "out of" is one preposition, not the
    particle of "find out"."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "of"


def _is_verbal_attack(token: Token) -> bool:
    """An attack made in words: with a quotation (the QUOTE frame reads it), a reason, or a
    medium of speech ("attacked Clinton for her vote", "attacked Machado in tweets")."""
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ in ATTACK_REASONS:
            return True
        if any(o.dep_ == "pobj" and o.lemma_.lower() in SPEECH_MEDIA for o in prep.children):
            return True
    if any(t.is_quote for t in token.sent if t.i > token.i):
        return True
    # "Trump also attacked Hillary Clinton and Marco Rubio": a person attacked by name, with no
    # weapon, is attacked in words
    target = next((c for c in token.children if c.dep_ == "dobj"), None)
    armed = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    named = target is not None and target.ent_type_ == "PERSON"
    return named and not armed


def _labels_twice(token: Token, ctx: _Context) -> bool:
    """ "one lawmaker called Trump “the orange prince”": a naming participle with both a thing
    named and a quoted label is someone calling something so, which the parser read as "a
    lawmaker called Trump"."""
    if token.dep_ != "acl" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    named = [c for c in token.rights if c.dep_ in ("dobj", "oprd", "attr")]
    if not named:
        return False
    after = range(named[0].right_edge.i + 1, min(len(ctx.doc), named[0].right_edge.i + 3))
    quoted_label = any(ctx.quote_of[i] is not None for i in after)
    return quoted_label or _unquoted_label(token) is not None


# Words that open an unquoted label after a name: "a liar", "his friend".
_LABEL_OPENERS = frozenset({"a", "an", "his", "her", "their", "its", "my", "our", "your"})


def _unquoted_label(token: Token) -> int | None:
    """ "Trump called Clinton a liar", "the doctor called Oz a quack": a naming verb, then a
    name or pronoun, then a label opened by "a"/"an" or a possessive ("calling Trump his
    friend"). The parser reads the verb as a participle ("Trump, called Clinton"); the words
    say someone labels someone. The label's last token."""
    doc = token.doc
    i = token.i + 1
    # a name, however tagged ("calling Trump his friend": the tagger reads "Trump" as a verb)
    while i < len(doc) and (doc[i].pos_ == "PROPN" or doc[i].ent_type_ in ("PERSON", "ORG")):
        i += 1
    if i == token.i + 1 and i < len(doc) and doc[i].pos_ == "PRON":
        i += 1
    if i == token.i + 1 or i + 1 >= len(doc) or doc[i].lower_ not in _LABEL_OPENERS:
        return None
    label = doc[i].head
    if label.i <= i or label.pos_ != "NOUN" or label.lower_ in LABEL_TIME_NOUNS:
        return None
    return max(t.i for t in label.subtree if t.i >= i)


def _is_say_idiom(token: Token) -> bool:
    doc = token.doc
    for prefix in SAY_IDIOM_PREFIXES:
        start = token.i - len(prefix)
        if start >= 0 and tuple(t.lower_ for t in doc[start : token.i]) == prefix:
            return True
    # "That said, ...", "Having said that, ...": a concessive opener and its comma
    opening = [t for t in doc[token.sent.start : token.i + 3] if not t.is_quote]
    return any(
        len(opening) > len(phrase)
        and tuple(t.lower_ for t in opening[: len(phrase)]) == phrase
        and opening[len(phrase)].text == ","
        and token in opening[: len(phrase)]
        for phrase in SAID_CONCESSIVES
    )


def _lacks_subject(token: Token) -> bool:
    """A finite verb the parse left without any subject."""
    return token.tag_ in _FINITE_TAGS and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in token.children
    )


def _is_name_read_as_modal(child: Token, verb: Token) -> bool:
    return (
        child.dep_ == "aux"
        and child.tag_ == "MD"
        and child.text in MODAL_NAMES
        and verb.tag_ in ("VBD", "VBZ")
        and child.i < verb.i
    )


def _is_name_modifying(child: Token, verb: Token) -> bool:
    """A name the parse hung on the verb as its adverb: a proper noun, or a capitalised -ly word
    inside the sentence, or right before the verb at its start ("Skelly said ...")."""
    if child.dep_ not in ("advmod", "npadvmod") or child.i > verb.i:
        return False
    if child.pos_ == "PROPN" or _is_name_read_as_adverb(child):
        return True
    return (
        bool(child.is_sent_start)
        and child.i == verb.i - 1
        and child.tag_ == "RB"
        and child.is_title
        and child.lower_.endswith("ly")
        and _lacks_subject(verb)
    )


def _is_name_read_as_adverb(token: Token) -> bool:
    """ "“...,” said Skelly.": a surname in -ly the tagger read as an adverb; an adverb is not
    capitalised inside a sentence, unless the sentence is a title ("Kaine Fully Embraced ...")."""
    return (
        token.dep_ == "advmod"
        and token.tag_ == "RB"
        and token.is_title
        and not token.is_sent_start
        and not _is_title_cased(token.sent)
    )


def _is_title_cased(sentence: SpacySpan) -> bool:
    """Most longer words capitalised: a headline in title case."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) > 1 and sum(t.is_title or t.is_upper for t in words) > 0.6 * len(words)


_WH_ADVERBS = frozenset({"when", "where", "why", "how", "as", "while", "whether", "so", "thus"})


# Verbs PolNeAR's cue runs through to the reporting verb they carry: "tried to convince",
# "went on to discuss" (PolNeAR marks "tried to" nearly always, "went on to" about half the
# time), "seemed to recognize", "refused to disavow" (but see _CUE_CARRIERS).
_CARRIER_VERBS: dict[str, str | None] = {
    "try": None,
    "go": "on",
    "seem": None,
    "appear": None,
    "decline": None,
    "refuse": None,
    "seek": None,
    "expect": None,
    "want": None,
    "decide": None,
    "hope": None,
    "pledge": None,
    "vow": None,
    "plan": None,
    "promise": None,
    "aim": None,
    "continue": None,
    "threaten": None,
    "attempt": None,
}


def _carrier_verb(token: Token) -> Token | None:
    """The "try" of "tried to convince X that ...", right before the reporting verb's "to"."""
    head = token.head
    if token.dep_ not in ("xcomp", "advcl") or head.i >= token.i:
        return None
    if head.lemma_.lower() not in _CARRIER_VERBS:
        return None
    particle = _CARRIER_VERBS[head.lemma_.lower()]
    if particle is not None and not any(
        c.dep_ in ("prt", "prep", "advmod") and c.lower_ == particle for c in head.children
    ):
        return None
    between = token.doc[head.i + 1 : token.i]
    if any(t.lower_ not in ("to", particle) and not t.is_space for t in between):
        return None
    return head


# Carriers that PolNeAR marks alone, with the "to" clause as content, even before a reporting
# verb: "declined | to say whether ...", "pledged | to support", "is expected | to announce"
# (alone 34 times to 11 for "declined", 17 to 3 for "expected", 12 to 1 for "plans")
_CUE_CARRIERS = frozenset(
    {"decline", "expect", "plan", "pledge", "promise", "vow", "decide", "seek"}
)


def _carried_by_own_cue(token: Token) -> bool:
    """A reporting verb a cue carrier takes as its "to" clause: part of that cue's content."""
    carrier = _carrier_verb(token)
    return carrier is not None and _lemma(carrier) in _CUE_CARRIERS


def _cue_range(token: Token, ctx: _Context) -> tuple[int, int]:
    """The cue's tokens, as PolNeAR marks them: the verb with its auxiliaries, negation and
    adjacent adverbs to the left, and to the right a reporting particle ("pointed out", "called
    for"), an adjacent adverb ("said later") and a colon that opens the content ("said:")."""
    doc = ctx.doc
    first = last = token.i
    left = sorted(
        (c for c in token.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")),
        key=lambda c: -c.i,
    )
    for child in left:
        gap = doc[child.i + 1 : first]
        if (
            any(not t.is_space for t in gap)
            or child.lower_ in _WH_ADVERBS
            or child.tag_ == "WRB"
            or _is_name_modifying(child, token)  # "Bill Skelly said": the speaker's surname
            or _is_name_read_as_modal(child, token)  # "Will wrote": George Will
        ):
            break
        first = child.i
    carrier = _carrier_verb(token)
    if carrier is not None:
        first = min(first, _cue_range(carrier, ctx)[0])
    particle = _particle(token)
    if particle is not None:
        last = particle.i
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.dep_ == "advmod"
        and nxt.head.i == token.i
        and nxt.is_alpha
        and (nxt.lower_ not in _WH_ADVERBS)
        and not _is_name_read_as_adverb(nxt)
    ):
        last = nxt.i
        nxt = doc[last + 1] if last + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.lower_ == "about"
        and nxt.dep_ == "prep"
        and nxt.head.i == token.i
        and not _is_quantity_about(nxt)
    ):
        last = nxt.i  # "complained about": PolNeAR's cue takes it nearly always
    tail = _issued_in(nxt, token) or _said_with_manner(nxt, token)
    if tail is not None:
        # "said in a statement": PolNeAR's cue takes it two times in three; "said with a grin"
        last = tail.i
        nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.text == ":" and ctx.quote_of[nxt.i] is None:
        last = nxt.i
    return first, last


def _issued_in(preposition: Token | None, verb: Token) -> Token | None:
    """The noun of "in a statement" / "in a joint statement" right after a reporting verb: the
    text the words were issued in, which PolNeAR's cue takes in; None for anything else ("in
    an interview", "in a statement released by ...": the cue stops at the noun all the same)."""
    return _cue_tail_noun(preposition, verb, "in", CUE_TEXTS)


def _said_with_manner(preposition: Token | None, verb: Token) -> Token | None:
    """The noun of "with a grin" right after a reporting verb, which PolNeAR's cue takes in
    (every time on its train split); None for any other "with" ("said with Trump")."""
    return _cue_tail_noun(preposition, verb, "with", MANNER_NOUNS)


def _cue_tail_noun(
    preposition: Token | None, verb: Token, word: str, nouns: frozenset[str]
) -> Token | None:
    """The noun of `word` + one of `nouns` on `verb`, with nothing but modifiers between."""
    if preposition is None or preposition.lower_ != word or preposition.head.i != verb.i:
        return None
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in nouns:
        return None
    between = preposition.doc[preposition.i + 1 : noun.i]
    if any(t.dep_ not in ("det", "amod", "compound", "poss") for t in between):
        return None
    return noun


def _is_quantity_about(token: Token) -> bool:
    """ "about half", "about 40 percent": "about" as a number's hedge, not a topic."""
    if token.lower_ != "about" or token.dep_ != "prep" or token.i + 1 >= len(token.doc):
        return False
    number = token.doc[token.i + 1]  # "about all four candidates" is a topic
    return number.like_num or number.lower_ in HEDGED_QUANTITY_WORDS


def _particle(token: Token) -> Token | None:
    """The reporting particle after a cue verb ("out" in "pointed out"), if any, past a day
    ("called Wednesday for"), the verb's adverbs ("spoke favorably of", "spoke at length
    about") and an "out" or "up" before another particle ("has spoken out about")."""
    particles = CUE_PARTICLES.get(token.lemma_.lower(), frozenset())
    if not particles:
        return None
    doc = token.doc
    found: Token | None = None
    adverbs = token.lemma_.lower() in ADVERB_BEFORE_PARTICLE
    i = token.i + 1
    while i < len(doc) and i <= token.i + 4:
        nxt = doc[i]
        if nxt.lower_ in particles and not _is_quantity_about(nxt) and _hangs_on(nxt, token):
            found = nxt
            if nxt.dep_ != "prt":
                break
        elif not (
            # "called Wednesday for", "spoke out Tuesday about": the day the verb was said on
            (
                (i == token.i + 1 or found is not None)
                and nxt.ent_type_ in ("DATE", "TIME")
                and nxt.head.i == token.i
            )
            or (adverbs and _adverb_of(nxt, token))
        ):
            break
        i += 1
    return found


def _adverb_of(word: Token, verb: Token) -> bool:
    """An adverb of the verb, or of its adverb ("more loudly"), "at length", or a reflexive
    object ("distanced himself from")."""
    if word.lower_ in REFLEXIVES and word.head.i == verb.i:
        return True
    if word.lower_ == "at":
        return word.i + 1 < len(word.doc) and word.nbor(1).lower_ == "length"
    if word.lower_ == "length":
        return word.nbor(-1).lower_ == "at"
    return (
        word.dep_ == "advmod"
        and word.is_alpha
        and word.lower_ not in _WH_ADVERBS
        and (word.head.i == verb.i or word.head.head.i == verb.i)
    )


def _hangs_on(particle: Token, verb: Token) -> bool:
    if particle.lower_ in ("down", "up") and particle.dep_ != "prt":
        return False  # "played down the idea", not "played down the street"
    if particle.head.i == verb.i and particle.dep_ in ("prt", "prep"):
        return True
    return particle.dep_ == "mark" and particle.head.head.i == verb.i  # "calling for X to act"
