"""Cue lexicon for statement extraction: reporting verbs and phrases, the frames they report
through, and the non-reporting senses of the same words that must not start a statement.

A cue is a lemma plus a frame: "say" reports through a clause ("said that ..."), a quote or an
inverted clause ("..., he said"); "criticize" reports an evaluation through its object; "want"
reports an intention through an infinitive. PolNeAR annotates all of these as attributions.
"""

from __future__ import annotations

from typing import Final

# Frames a cue can report through (the grammar of the content).
CLAUSE: Final = "clause"  # "said (that) the plan was dead", "..., the senator said"
QUOTE: Final = "quote"  # "she said: “...”", "“...,” said Smith"
INFINITIVE: Final = "infinitive"  # "vowed to fight", "wants to build a wall"
OBJECT: Final = "object"  # "criticized the plan", "recalled the adoption of the resolution"
ABOUT: Final = "about"  # "informed the participants about ...", "warned of ..."
REQUEST: Final = "request"  # "asked the network to donate", "urged Congress to act"
LABEL: Final = "label"  # "called the plan “a disaster”"
PRO_FORM: Final = "pro-form"  # "half said so", "43 said the same of Sanders"
QUESTION: Final = "question"  # "asked workers if they planned to attend", "Asked whether ..."
PASSIVE: Final = "passive"  # "the song was written by Springsteen", "is supported by far fewer"
PREPOSITION: Final = "preposition"  # "responded with attacks on X", "apologized for his remarks"

_SPEECH = frozenset({CLAUSE, QUOTE})
_SPEECH_OBJECT = frozenset({CLAUSE, QUOTE, OBJECT})
_SPEECH_ABOUT = frozenset({CLAUSE, QUOTE, ABOUT})
_BELIEF = frozenset({CLAUSE})
_INTENTION = frozenset({CLAUSE, INFINITIVE})
_EVALUATION = frozenset({CLAUSE, QUOTE, OBJECT})

# Speech acts: verbs of saying, writing and announcing.
SPEECH_VERBS: Final[dict[str, frozenset[str]]] = {
    "say": _SPEECH | {PRO_FORM, OBJECT},
    "tell": _SPEECH_ABOUT | {REQUEST},
    "add": _SPEECH,
    # Reporting verbs PolNeAR train marks as cues in a third or more of their uses.
    "remark": _SPEECH,
    "speculate": _SPEECH,
    "clarify": _SPEECH,
    "email": _SPEECH_OBJECT,
    "retweet": _SPEECH_OBJECT,
    "detail": _SPEECH_OBJECT,
    "outline": _SPEECH_OBJECT,
    "request": frozenset({REQUEST, OBJECT}),
    "note": _SPEECH_OBJECT,
    "state": _SPEECH,
    "recall": _SPEECH_OBJECT,
    "inform": _SPEECH_ABOUT,
    "explain": _SPEECH_OBJECT,
    "write": _SPEECH,
    "tweet": _SPEECH_OBJECT,
    "post": _SPEECH_OBJECT,
    "report": _SPEECH_OBJECT | {PASSIVE},
    "announce": _SPEECH_OBJECT,
    "declare": _SPEECH_OBJECT,
    "claim": _SPEECH_OBJECT,
    "argue": _SPEECH,
    "contend": _SPEECH,
    "insist": _SPEECH,
    "maintain": _BELIEF,
    "assert": _SPEECH,
    "allege": _SPEECH,
    "suggest": _SPEECH_OBJECT,
    "mention": _SPEECH_OBJECT,
    "acknowledge": _SPEECH_OBJECT,
    "admit": _SPEECH_OBJECT,
    "concede": _SPEECH,
    "confirm": _SPEECH_OBJECT,
    "deny": _SPEECH_OBJECT,
    "reveal": _SPEECH_OBJECT,
    "disclose": _SPEECH_OBJECT,
    "warn": _SPEECH_ABOUT | {REQUEST},
    "caution": _SPEECH | {REQUEST},  # "cautioned me not to make that speech"
    "stress": _SPEECH_OBJECT,
    "emphasize": _SPEECH_OBJECT,
    "emphasise": _SPEECH_OBJECT,
    "underscore": _SPEECH_OBJECT,
    "highlight": _SPEECH_OBJECT,
    "reiterate": _SPEECH_OBJECT,
    "repeat": _SPEECH_OBJECT,
    "respond": _SPEECH,
    "reply": _SPEECH,
    "answer": _SPEECH,
    "retort": _SPEECH,
    "ask": _SPEECH_ABOUT | {REQUEST, QUESTION},
    "wonder": _SPEECH | {QUESTION},
    "question": _SPEECH_OBJECT,
    "describe": _SPEECH_OBJECT,
    "comment": _SPEECH_ABOUT,
    "observe": _SPEECH,
    "point": _SPEECH,  # only with "out" (see CUE_PARTICLES)
    "continue": _SPEECH,  # "“...,” he continued"
    "joke": _SPEECH,
    "quip": _SPEECH,
    "boast": _SPEECH,
    "brag": _SPEECH,
    "complain": _SPEECH_ABOUT,
    "lament": _SPEECH_OBJECT,
    "shout": _SPEECH,
    "yell": _SPEECH,
    "chant": _SPEECH,
    "scream": _SPEECH,
    "cry": _SPEECH,
    "whisper": _SPEECH,
    "testify": _SPEECH,
    "predict": _SPEECH_OBJECT,
    "forecast": _SPEECH_OBJECT,
    "estimate": _SPEECH,
    "charge": _SPEECH,
    "accuse": frozenset({OBJECT}),
    "promise": _INTENTION | _SPEECH_OBJECT,
    "pledge": _INTENTION | _SPEECH_OBJECT,
    "vow": _INTENTION | _SPEECH,
    "threaten": _INTENTION,
    "swear": _INTENTION | _SPEECH,
    "urge": _INTENTION | _SPEECH_OBJECT | {REQUEST},
    "implore": _INTENTION | {REQUEST},
    "exhort": _INTENTION | {REQUEST},
    "admonish": _INTENTION | {REQUEST},
    "encourage": frozenset({REQUEST}),
    "press": frozenset({REQUEST}),
    "beg": frozenset({REQUEST}),
    "advise": _SPEECH | {REQUEST},
    "demand": _SPEECH_OBJECT,
    "propose": _SPEECH_OBJECT,
    "recommend": _SPEECH_OBJECT,
    "order": _INTENTION | {REQUEST},
    "agree": _INTENTION,
    "decline": frozenset({INFINITIVE}),
    "refuse": frozenset({INFINITIVE}),
    "assure": _SPEECH,
    "remind": _SPEECH_OBJECT | {REQUEST},
    "proclaim": _SPEECH_OBJECT,
    "cite": frozenset({OBJECT}),
    "quote": frozenset({OBJECT, QUOTE}),
    "echo": _SPEECH_OBJECT,
    "discuss": frozenset({OBJECT}),
    "conclude": _SPEECH,
    "rule": _SPEECH,
    "find": _BELIEF,
    "show": _BELIEF | {OBJECT},
    "demonstrate": _BELIEF,
    "indicate": _BELIEF,
    # with a clause or a quote, PolNeAR train marks these as cues in half or more of their uses:
    # "the sign read: “...”", "convinced voters that ..."
    "read": _SPEECH,
    "convince": _BELIEF,
    "signal": _SPEECH,
    "imply": _SPEECH,
    "hint": _SPEECH,
    "project": _BELIEF,
    "express": frozenset({OBJECT}),
    "voice": frozenset({OBJECT}),
    "challenge": _SPEECH_OBJECT,
    "dispute": _SPEECH_OBJECT,
    "contest": frozenset({OBJECT}),
    "scold": _SPEECH_OBJECT,  # "chided him for siding with Republicans"
    "chide": _SPEECH_OBJECT,
    "liken": frozenset({OBJECT}),
    "compare": frozenset({OBJECT}),
    "interpret": frozenset({OBJECT}),
    "reference": frozenset({OBJECT}),
    "articulate": frozenset({OBJECT}),
    "coin": frozenset({OBJECT}),
    "plead": _SPEECH,
    "deem": frozenset({OBJECT}),
    "list": frozenset({OBJECT}),
    "portray": frozenset({OBJECT}),
    "characterize": frozenset({OBJECT}),
    # only "cast X as Y" ("Cruz cast himself as a Washington outsider"): PolNeAR marks 61 % of
    # them; "cast a vote", "paint the house", "frame a picture" report nothing
    "cast": frozenset({LABEL}),
    "paint": frozenset({LABEL}),
    "frame": frozenset({LABEL}),
    "depict": frozenset({LABEL}),
    "identify": frozenset({LABEL}),  # "identified the judge as “Spanish”"
    "advocate": frozenset({OBJECT}),
    "thank": frozenset({OBJECT}),
    "congratulate": frozenset({OBJECT}),
    "apologize": frozenset({ABOUT}),
    # PolNeAR train marks these in over half their uses: "Silverman interjected, “...”",
    # "Broaddrick recounted an interaction", "Tester credits the Democrats' prospects to ..."
    "interject": _SPEECH,
    "reaffirm": _SPEECH_OBJECT,
    "recount": _SPEECH_OBJECT,
    "recite": frozenset({OBJECT}),
    "invoke": frozenset({OBJECT}),
    "credit": frozenset({OBJECT}),
    "attribute": frozenset({OBJECT}),
}

# Cognition: beliefs, knowledge, expectations (PolNeAR annotates them as attributions).
BELIEF_VERBS: Final[dict[str, frozenset[str]]] = {
    "believe": _BELIEF,
    "remember": _BELIEF,
    "think": _BELIEF,
    "know": _BELIEF,
    "feel": _BELIEF,
    "expect": _INTENTION,
    "hope": _INTENTION,
    "fear": _BELIEF | {OBJECT},
    "worry": _BELIEF,
    "doubt": _BELIEF,
    "suspect": _BELIEF,
    "understand": _BELIEF,
    "learn": _BELIEF,
    "realize": _BELIEF,
    "recognize": _BELIEF,
    "acknowledge": _BELIEF,
    "agree": _BELIEF,
    "insist": _BELIEF,
    "see": _BELIEF | {LABEL},  # "see the campaign as unfair"
    "view": frozenset({LABEL}),  # only "view X as Y": "viewed the video" reports nothing
    "regard": frozenset({LABEL}),
    "seem": frozenset({INFINITIVE}),
    "appear": frozenset({INFINITIVE}),
    "consider": _BELIEF,
    "determine": _BELIEF,
    "decide": _INTENTION,
    "guess": _BELIEF,
    "envision": _BELIEF | {OBJECT},  # "the campaign Clinton envisioned"
    "contemplate": frozenset({OBJECT}),
    "figure": _BELIEF,
    "reckon": _BELIEF,
}

# Intentions and wishes.
INTENTION_VERBS: Final[dict[str, frozenset[str]]] = {
    "want": frozenset({INFINITIVE, REQUEST, OBJECT}),
    "plan": frozenset({INFINITIVE}),
    "intend": frozenset({INFINITIVE}),
    "seek": frozenset({INFINITIVE}),
    "aim": frozenset({INFINITIVE}),
    "wish": _INTENTION,
    "prefer": frozenset({INFINITIVE, OBJECT}),
    "try": frozenset(),
}

# Evaluations reported through their object ("criticized the plan"); a passive reports whom it
# judges and why ("was criticized for failing to ...", "was rejected by 64 percent").
EVALUATION_VERBS: Final[dict[str, frozenset[str]]] = {
    "criticize": _EVALUATION | {PASSIVE},
    "criticise": _EVALUATION | {PASSIVE},
    "praise": _EVALUATION,
    "condemn": _EVALUATION | {PASSIVE},
    "denounce": _EVALUATION | {PASSIVE},
    "blast": _EVALUATION,
    "slam": _EVALUATION,
    "attack": frozenset({QUOTE, OBJECT}),  # OBJECT only when VERBAL_ATTACK_MARKS say so
    "mock": _EVALUATION,
    "applaud": _EVALUATION,
    "hail": _EVALUATION,
    "tout": _EVALUATION,
    "decry": _EVALUATION,
    "assail": _EVALUATION,
    "bemoan": _EVALUATION,
    "disavow": frozenset({OBJECT}),
    "endorse": frozenset({OBJECT, PASSIVE}),
    "reject": frozenset({OBJECT, PASSIVE}),
    "dismiss": frozenset({OBJECT}),
    "defend": frozenset({OBJECT}),
    "back": frozenset({OBJECT}),
    "support": frozenset({OBJECT}),
    "favor": frozenset({OBJECT}),
    "cheer": frozenset({OBJECT}),
    "embrace": frozenset({OBJECT}),
    "lambaste": _EVALUATION | {PASSIVE},
    "lambast": _EVALUATION | {PASSIVE},  # the model's lemma of "lambasted"
    "deride": _EVALUATION | {PASSIVE},
    "rebut": frozenset({OBJECT}),
    "rebuff": frozenset({OBJECT}),
    "downplay": frozenset({OBJECT}),
    "ridicule": _EVALUATION | {PASSIVE},
    "disparage": _EVALUATION,
    "castigate": _EVALUATION,
    "rebuke": _EVALUATION | {PASSIVE},
    "chastise": _EVALUATION,
    "berate": _EVALUATION,
    "reprimand": _EVALUATION,
    "fault": _EVALUATION,
    "commend": _EVALUATION,
    "welcome": frozenset({OBJECT}),
    "oppose": frozenset({OBJECT}),
    "blame": frozenset({OBJECT}),
}

# All single-word verb cues: lemma -> frames it reports through.
VERB_CUES: Final[dict[str, frozenset[str]]] = {}
for _table in (SPEECH_VERBS, BELIEF_VERBS, INTENTION_VERBS, EVALUATION_VERBS):
    for _lemma, _frames in _table.items():
        VERB_CUES[_lemma] = VERB_CUES.get(_lemma, frozenset()) | _frames

# Verb + particle/preposition cues: the pair reports, the verb alone may not ("point out").
CUE_PARTICLES: Final[dict[str, frozenset[str]]] = {
    "point": frozenset({"out", "to"}),
    "call": frozenset({"for", "on", "upon", "out"}),
    # PolNeAR's cue takes these prepositions: "apologized for", "declined to comment on"
    "apologize": frozenset({"for"}),
    "comment": frozenset({"on"}),
    "go": frozenset({"on"}),
    "weigh": frozenset({"in"}),
    "lay": frozenset({"out"}),
    "double": frozenset({"down", "on"}),  # "doubled down on his comments"
    "distance": frozenset({"from"}),  # "distanced himself from the bill"
    "hit": frozenset({"back"}),
    "play": frozenset({"down"}),  # "has played down the idea"
    "argue": frozenset({"for", "against"}),  # "argued against intervention in Syria"
    "write": frozenset({"about"}),  # "has written about Census controversies"
    "push": frozenset({"for", "back"}),
    "refer": frozenset({"to"}),
    "talk": frozenset({"about"}),
    "rail": frozenset({"against"}),
    "vote": frozenset({"for", "against"}),
    "focus": frozenset({"on"}),
    "balk": frozenset({"at"}),
    "lean": frozenset({"toward", "towards"}),
    "speak": frozenset({"out", "about", "of", "up", "against"}),
    "warn": frozenset({"of", "against", "about"}),
    "brag": frozenset({"about"}),
    "boast": frozenset({"about", "of"}),
    "caution": frozenset({"against"}),
    "allude": frozenset({"to"}),
    "vouch": frozenset({"for"}),
    "acquiesce": frozenset({"to", "in"}),
    "side": frozenset({"with"}),
    "lash": frozenset({"out", "at"}),  # "lashed out at the press": an attack in words
    "brush": frozenset({"off", "aside"}),  # "brushed off the criticism": a dismissal
}

# The particle verbs that report with an adverb before their particle: "spoke favorably of",
# "has spoken at length about", "called again for". "focused heavily on" and "went easy on"
# report far less often than their bare forms.
ADVERB_BEFORE_PARTICLE: Final = frozenset(
    {"speak", "talk", "call", "point", "refer", "comment", "warn", "rail", "push", "side"}
    | {"boast", "brag", "vouch", "weigh", "lay", "hit", "apologize", "double", "distance"}
)
# A reflexive object the particle may follow: "distanced himself from".
REFLEXIVES: Final = frozenset(
    {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"}
)

# Questions put as a reduced passive, and the prepositions that give their topic: "Asked about
# Cruz's charges, Rubio said", "when pressed on why the plan leaves out dads".
QUESTIONING_PREPOSITIONS: Final[dict[str, frozenset[str]]] = {
    "ask": frozenset({"about"}),
    "press": frozenset({"about", "on"}),
    "question": frozenset({"about", "on"}),
}

# Adverbs that attribute their clause to unnamed reports or accusers: "The company is
# reportedly spending $1.5 million". The claim has a cue but no source in the text.
HEARSAY_ADVERBS: Final = frozenset(
    {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly"}
)

# Prepositional cues: "according to X, ...": (first word, second word), the source is the object.
PREPOSITIONAL_CUES: Final[tuple[tuple[str, str], ...]] = (("according", "to"),)

# Particles and prepositions that switch a cue verb to a non-reporting sense.
NON_REPORTING_PARTICLES: Final[dict[str, frozenset[str]]] = {
    "add": frozenset({"up", "to"}),
    "tell": frozenset({"apart", "off"}),
    "say": frozenset(),
    "note": frozenset(),
    "state": frozenset(),
    "show": frozenset({"up", "off"}),
    "find": frozenset({"out"}),
    "see": frozenset({"off", "through"}),
    "continue": frozenset({"with"}),
    "answer": frozenset({"for"}),
    "figure": frozenset({"out"}),
}

# Words before "say" that make it an idiom with nobody saying anything: "it goes without saying
# that ...", "let's say you ...", "needless to say", "suffice it to say", "that is to say".
SAY_IDIOM_PREFIXES: Final = (
    ("goes", "without"),
    ("go", "without"),
    ("went", "without"),
    ("let", "'s"),
    ("let", "’s"),
    ("let", "us"),
    ("needless", "to"),
    ("suffice", "it", "to"),
    ("is", "to"),
)

# Concessive openers built on "said", followed by a comma: "That said, the plan ...", "Having
# said that, ...". The writer turns the argument; nobody is reported.
SAID_CONCESSIVES: Final = (
    ("that", "said"),
    ("that", "being", "said"),
    ("having", "said", "that"),
    ("with", "that", "said"),
    ("all", "that", "said"),
)

# Objects that turn a cue verb into an idiom with nothing reported ("tell the difference").
NON_REPORTING_OBJECTS: Final[dict[str, frozenset[str]]] = {
    "tell": frozenset({"difference", "time", "story", "stories", "joke", "jokes"}),
    "add": frozenset({"value", "weight", "fuel", "insult"}),
    "see": frozenset({"movie", "film", "play", "doctor"}),
    "report": frozenset({"profit", "loss", "earnings", "revenue", "sales"}),
    # "did not say anything", "said little": saying no particular thing reports none
    "say": frozenset({"anything", "nothing", "something", "little", "much", "everything"}),
    # "went on strike", "recalled 50,000 cars", "recalled its ambassador": acts, not reports
    "go": frozenset({"strike", "trial", "sale", "leave", "holiday", "vacation", "rampage"}),
    "recall": frozenset(
        "car vehicle truck jet plane aircraft product device phone drug batch unit model "
        "ambassador envoy diplomat troop".split()
    ),
}

# Verbs that name rather than report: "a film called “...”", "the resolution entitled “...”".
NAMING_VERBS: Final = frozenset({"call", "name", "dub", "title", "entitle", "label", "nickname"})

# Nouns that announce a title in quotes: a quote after them names a work, it is not a statement.
TITLE_NOUNS: Final = frozenset(
    {
        "film",
        "movie",
        "documentary",
        "book",
        "novel",
        "song",
        "album",
        "play",
        "show",
        "series",
        "programme",
        "program",
        "resolution",
        "law",
        "act",
        "bill",
        "campaign",
        "exhibition",
        "exhibit",
        "project",
        "report",
        "article",
        "column",
        "essay",
        "poem",
        "painting",
        "conference",
        "festival",
        "operation",
        "slogan",
        "hashtag",
        "initiative",
        "presentation",
        "headline",
        "magazine",
        "newspaper",
        "motto",
        "title",
        "declaration",
        "agreement",
        "treaty",
        "strategy",
        "doctrine",
        "forum",
        "award",
        "prize",
        "concept",
        "entitled",
        "titled",
        "called",
        "named",
        "dubbed",
        "headlined",
        "themed",
    }
)

# Sources that are the writer or nobody: a statement with them has no speaker to resolve.
PRONOUN_SOURCES: Final[dict[str, str]] = {
    "he": "singular",
    "she": "singular",
    "him": "singular",
    "her": "singular",
    "they": "plural",
    "them": "plural",
    "it": "organisation",
    "we": "speaker",
    "i": "speaker",
    "who": "relative",
    "which": "relative",
    "that": "relative",
}
# A possessive pronoun before a text a speaker issued ("his statement said") stands for that
# speaker, as the pronoun would.
POSSESSIVE_PRONOUNS: Final[dict[str, str]] = {
    "his": "he",
    "her": "she",
    "their": "they",
    "its": "it",
    "my": "i",
    "our": "we",
}
# The sex a singular pronoun tells of its speaker ("She said ..." is not Mr. Trump).
PRONOUN_SEXES: Final[dict[str, str]] = {"he": "m", "him": "m", "she": "f", "her": "f"}

# Heads of a source that speak for the name in a phrase hanging on them: "a spokesman for the
# ministry", "officials from the People's Republic of China". Any other head keeps such a name
# out of the speaker: "a member of Verstappen's crew", "the foreign ministry in Berlin".
SPEAKING_FOR_HEADS: Final = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "spokesmen",
        "spokeswomen",
        "representative",
        "official",
    }
)

# Dash marks that attribute a preceding quote ("“...” ― Name").
ATTRIBUTION_DASHES: Final = frozenset({"―", "—", "–"})

# Verbs that report a judgement through object + label: "called the plan “a disaster”".
LABELLING_VERBS: Final = frozenset({"call", "label", "brand", "dub"})
# Verbs whose "as" phrase is the label: "see the campaign as unfair", "regards Jerusalem as its
# capital", "cast Clinton as unqualified"; the last four label through "as" only.
AS_ONLY_LABEL_VERBS: Final = frozenset({"cast", "paint", "frame", "depict", "identify"})
AS_LABEL_VERBS: Final = (
    frozenset({"describe", "characterize", "characterise", "portray", "see", "view", "regard"})
    | AS_ONLY_LABEL_VERBS
)
# Nouns after "a" that make a time, not a label: "called the mayor a week ago".
LABEL_TIME_NOUNS: Final = frozenset(
    {"day", "week", "month", "year", "decade", "while", "time", "few"}
)

# Reports made to someone, whose parenthetical names only the addressee ("Kasich tells the
# crowd, he ...").
ADDRESSING_VERBS: Final = frozenset({"tell", "assure", "remind", "inform", "warn", "promise"})

# Verbs whose object acts in the participle after it: "has left voters saying ...", "kept
# aides guessing", "found Republicans wondering".
PARTICIPLE_CONTROLLERS: Final = frozenset({"leave", "keep", "find", "get", "set"})

# Verbs whose object acts in the infinitive after it: "led Republicans to say", "urged aides
# to deny" ("used blunt language to denounce" is a purpose, "promised voters to" the subject's).
OBJECT_CONTROL_VERBS: Final = frozenset(
    {
        "lead",
        "prompt",
        "force",
        "urge",
        "ask",
        "tell",
        "encourage",
        "push",
        "cause",
        "get",
        "allow",
        "convince",
        "persuade",
        "inspire",
        "spur",
        "drive",
        "pressure",
        "invite",
        "require",
        "expect",
        "want",
        "need",
        "compel",
        "help",
        "enable",
        "order",
        "instruct",
        "challenge",
        "dare",
        "warn",
        "remind",
        "advise",
        "trigger",
        "permit",
        "beg",
        "implore",
        "forbid",
        "leave",
        "move",
    }
)

# Words after "about" that make it a number's hedge, not a topic: "said about half of ...".
HEDGED_QUANTITY_WORDS: Final = frozenset(
    {"half", "third", "quarter", "percent", "dozen", "hundred", "thousand"}
)

# Cognition and intention cues that report nothing when the reader or anyone holds them:
# "you know", "one would think" (the writer's own "I believe ..." is a statement by "I").
GENERIC_SUBJECTS: Final = frozenset({"you", "one", "us"})

# Wh-words that turn a belief verb into a question or an idiom ("see if", "know what to do").
WH_MARKERS: Final = frozenset(
    {"if", "whether", "how", "what", "why", "who", "when", "where", "which", "whom"}
)

# Raising cues: "Trump is expected to speak", "They appear to agree". The subject is part of
# what is reported (PolNeAR's content starts with it), and the cue has no source.
RAISING_VERBS: Final = frozenset({"seem", "appear"})
RAISING_PASSIVES: Final = frozenset(
    {"expect", "believe", "say", "think", "suppose", "report", "rumor", "rumour", "consider"}
)

# Words that say where someone stands in a race, read with the object before them as one
# reported state: "the poll shows Clinton ahead by 3 points", "has Trump up by five".
STANDING_WORDS: Final = frozenset({"ahead", "behind", "up", "down", "tied", "even", "level"})

# Sources that speak through "in": "in a CBS News poll, she led by 24 points".
POLL_NOUNS: Final = frozenset({"poll", "survey"})

# A study reports what it found through the object, which a person's "found" does not ("the
# police found a gun"): "A Quinnipiac poll this month found Mr. Trump about even with Clinton".
FINDING_VERBS: Final = frozenset({"find"})
# Verbs of saying whose free relative object is what was said ("That was what Liz Wahl said");
# "twice what it projected" names an amount, "did what he promised" a deed.
SAYING_VERBS: Final = frozenset({"say", "tell", "write", "tweet"})

# Adverbs of the writer's emphasis that open a source and are not part of it: "Even China said".
FOCUS_ADVERBS: Final = frozenset({"even", "also"})  # "only" and "just" bound a number
# Words after the speakers that say how many of them spoke, not who: "Richards and Menendez
# both stressed", "They all said" (PolNeAR leaves them out of the source 23 times to 5).
FLOATING_QUANTIFIERS: Final = frozenset({"both", "all", "also"})

# Verbs whose agent is evidence rather than a reporter: "as shown by his vote", against "as
# reported by the Times".
EVIDENCE_VERBS: Final = frozenset(
    {"show", "demonstrate", "indicate", "prove", "illustrate", "evidence", "reflect"}
)

# Subordinators of time: a report made "after"/"when" something may still report ("after Trump
# told the Post he was not there yet"); one made "if" something is a condition.
TIME_SUBORDINATORS: Final = frozenset(
    {"after", "before", "when", "since", "until", "once", "while"}
)

STUDY_NOUNS: Final = POLL_NOUNS | frozenset(
    {"study", "report", "paper", "analysis", "research", "review", "audit", "inquiry", "census"}
)

# "attacked Clinton for her vote", "attacked Machado in early-morning tweets": an attack is a
# statement when a reason ("for", "over") or a medium of speech says so; otherwise it may be
# an assault ("gunmen attacked the consulate").
ATTACK_REASONS: Final = frozenset({"for", "over"})
SPEECH_MEDIA: Final = frozenset(
    {"tweet", "speech", "interview", "ad", "advertisement", "statement", "debate", "remark"}
    | {"post", "letter", "rally", "op-ed", "column", "editorial", "video", "email"}
)

# Where a speaker spoke, not who spoke: "Durbin in an interview", "Trump in his speech", "her
# lawyers in a court filing". Documents that hold a claim ("a footnote in the report") are not.
OCCASION_NOUNS: Final = frozenset(
    {"interview", "statement", "speech", "post", "filing", "tweet", "remark", "appearance"}
    | {"briefing", "address", "testimony", "op", "letter", "email", "conference"}
)

# A contrast the writer adds after another's report: "..., though she noted ...", "..., while
# he said ...": a report made there is the writer's aside, not part of the first claim.
ASIDE_SUBORDINATORS: Final = frozenset({"though", "although", "while", "whereas"})

# What a speaker issues, which then "says" for them: "Black Lives Matter issued a statement
# saying ...", "he spent much of his speech praising ...". The issuer is the source.
ISSUED_TEXTS: Final = frozenset({"statement", "response", "letter", "speech", "report", "ad"})
# Texts a reporting verb names as the one the words were issued in, which PolNeAR's cue takes
# in ("said in a statement" two times in three on its training split; "said in an interview"
# less than half the time, so interviews stay out).
CUE_TEXTS: Final = frozenset({"statement", "release"})
# Recordings, which show someone act or speak: "footage of Hillary Clinton asking, “Why ...”"
# is Clinton asking, whatever verb uses the footage; "Footage shows rescuers ..." names no one
# who acts (the main event's who, `extract/five_w.py`).
RECORDING_NOUNS: Final = frozenset(
    "footage video videos clip clips tape tapes recording recordings audio film photo photos "
    "photograph photographs picture pictures image images".split()
)
# The verbs that issue them: "called a report suggesting ..." judges a report, issues none.
ISSUING_VERBS: Final = frozenset(
    {"issue", "release", "put", "send", "publish", "draft", "deliver", "give", "fire", "post"}
    | {"write", "spend", "file", "circulate", "launch", "revise", "prepare", "make", "open"}
    | {"place", "air"}
)

# Reporting words so common and so seldom anything else that a sentence holding one with no
# statement is parsed again on its own: the small model parses some sentences differently
# inside their article than alone ("Then, in 2017, Kerry said that 100,000 would be accepted").
SECOND_LOOK_FORMS: Final = frozenset(
    {"said", "says", "say", "saying", "told", "tells", "telling", "according", "added"}
    | {"adding", "noted", "wrote", "writes", "explained", "argued", "claimed", "insisted"}
    | {"warned", "acknowledged", "announced", "stated", "asked"}
)

# Objects that stand for what was said: "half said so", "43 said the same of Sanders", "46
# percent said yes".
PRO_FORM_OBJECTS: Final = frozenset({"so", "same", "otherwise", "this", "that", "yes", "no"})

# Forms the model lemmatises wrongly ("hoped" -> "hop"), mapped to the cue lemma.
LEMMA_BY_FORM: Final[dict[str, str]] = {
    "hoped": "hope",
    "hoping": "hope",
    "hopes": "hope",
    "retweeted": "retweet",
    "retweeting": "retweet",
    "emailed": "email",
    "e-mailed": "email",
}

# Attitudes held through an adjective: "is critical of", "are optimistic that", "is upbeat about".
ATTITUDE_ADJECTIVES: Final = frozenset(
    {
        "critical",
        "supportive",
        "skeptical",
        "sceptical",
        "confident",
        "optimistic",
        "pessimistic",
        "upbeat",
        "hopeful",
        "sure",
        "certain",
        "convinced",
        "adamant",
        "eager",
        "keen",
        "willing",
        "unwilling",
        "reluctant",
        "aware",
        "happy",
        "pleased",
        "proud",
        "angry",
        "upset",
        "furious",
        "worried",
        "concerned",
        "afraid",
        "fearful",
        "opposed",
        "tired",
        "wary",
        "doubtful",
        "appreciative",
        "grateful",
        "thankful",
        "determined",
        "committed",
        "unhappy",
        "frustrated",
        "disappointed",
        "outraged",
        "dismissive",
        "enthusiastic",
        "comfortable",
        "uncomfortable",
        "insistent",
        "unsure",
        "uncertain",
        "careful",
        "quick",
        "sympathetic",
        "hostile",
        "fond",
        "ashamed",
        "alarmed",
    }
)

# How words were said, which PolNeAR's cue takes in: "said with a grin", "added with a laugh"
MANNER_NOUNS: Final = frozenset(
    {"grin", "smile", "laugh", "smirk", "chuckle", "shrug", "sigh", "wink", "roll", "disbelief"}
    | {"sarcasm", "laughter", "nod"}
)

# Surnames the small model tags as modals: "Will wrote" (George Will), "May said" (Theresa May)
MODAL_NAMES: Final = frozenset({"Will", "May"})

# Attitudes whose "to" verb PolNeAR's cue runs through: "was quick to condemn X" (the cue), X
# (the content). "eager to", "willing to" stop at the adjective about as often as not.
HASTE_ADJECTIVES: Final = frozenset({"quick"})

# Light-verb cues: "made the case that", "made it clear that", "made no mention of".
LIGHT_VERBS: Final = frozenset(
    {"make", "offer", "issue", "voice", "raise", "deliver", "give", "express"}
)
LIGHT_VERB_NOUNS: Final = frozenset(
    {
        "case",
        "point",
        "argument",
        "claim",
        "mention",
        "comment",
        "comments",
        "remark",
        "remarks",
        "statement",
        "statements",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "promise",
        "pledge",
        "prediction",
        "observation",
        "suggestion",
        "reference",
        "references",
        "appeal",
        "plea",
        "call",
        "warning",
        "assurance",
        "assurances",
        "concern",
        "concerns",
        "criticism",
        "praise",
        "support",
        "endorsement",
        "apology",
        "defense",
        "defence",
        "attack",
        "speech",
        "announcement",
        "vow",
        "clear",
        "doubt",
        "doubts",
        "frustration",
        "opposition",
        "hope",
        "confidence",
        "dismay",
        "outrage",
        "anger",
        "disappointment",
        "regret",
        "sympathy",
        "amusement",
        # what a speaker offers or gives on a matter: "offered his thoughts on military
        # readiness", "offered an emotional evaluation on the state of politics"
        "thoughts",
        "assessment",
        "assessments",
        "evaluation",
        "opinion",
        "opinions",
        "view",
        "views",
        "analysis",
        "critique",
        "defenses",
        "defences",
        "response",
        "answer",
        "words",
        "details",
        "ideas",
        "optimism",
        "testimony",
    }
)

# Light-verb cues made with one verb's own nouns only: "took aim at", "took issue with", "took
# a shot at", "sounded a cautious note about", "has made no secret of" (on PolNeAR's training
# split 5 of 12, 6 of 11, 5 of 8, 4 of 4 and 4 of 4 such uses are cues). Kept apart from
# LIGHT_VERBS, whose verbs take every noun there ("took a call" reports nothing).
LIGHT_VERB_PAIRS: Final[dict[str, frozenset[str]]] = {
    "take": frozenset({"aim", "issue", "shot", "shots", "swipe", "swipes", "jab", "jabs"}),
    "sound": frozenset({"note", "alarm"}),
    "make": frozenset({"secret"}),
}

# Nouns that report through a that-clause: "Trump's claim that ...", "a Times report that ...",
# "charges that he ...". Not "the fact that" or "the idea that": nobody is said to hold them.
CONTENT_NOUNS: Final = frozenset(
    {
        "claim",
        "report",
        "charge",
        "allegation",
        "accusation",
        "assertion",
        "argument",
        "contention",
        "insistence",
        "suggestion",
        "warning",
        "promise",
        "pledge",
        "vow",
        "announcement",
        "admission",
        "prediction",
        "statement",
        "belief",
        "fear",
        "worry",
        "concern",
        "hope",
        "expectation",
        "assurance",
        "denial",
        "complaint",
        "rumor",
        "rumour",
        "speculation",
        "suspicion",
        "conclusion",
        "finding",
        "estimate",
        "assessment",
        "theory",
    }
)

# Passive cues with no source, through the preposition after them: what people at large say of
# something ("is known for its dissents", "the contests known as Super Tuesday").
SOURCELESS_PASSIVE_CUES: Final[dict[str, frozenset[str]]] = {"know": frozenset({"as", "for"})}

# Verbs that report words with "it" as their object: "As Cornyn put it, ...", "Ridge put it:
# “...”". The prepositions the phrase may still take ("put it in a memo").
IT_REPORTING_VERBS: Final = frozenset({"put"})
IT_REPORTING_PREPOSITIONS: Final = frozenset({"in", "during", "on"})

# Verbs that state an estimate as "VERB X at N": "Forbes put his net worth at $45 billion",
# "estimates place the toll at 500". Without a number after "at" they report nothing.
ESTIMATE_VERBS: Final = frozenset({"put", "place", "peg"})

# Heads of a source that are texts: the name after their "by" or "from" issued them and is the
# speaker ("figures released by NPD Group", "a statement from the ministry").
ISSUED_BY_HEADS: Final = (
    STUDY_NOUNS | ISSUED_TEXTS | SPEECH_MEDIA | frozenset({"figure", "data", "document", "memo"})
)

# "The company said": a definite description of an organisation, which names the latest one
# written before it whose name or role has the noun ("the bank" after "Bank of America"), or,
# for the generic nouns, the latest organisation at all ("the company" after "Airbus").
ORG_DESCRIPTION_NOUNS: Final = frozenset(
    {"company", "firm", "corporation", "group", "organization", "organisation"}
)
NAMED_ORG_DESCRIPTION_NOUNS: Final = ORG_DESCRIPTION_NOUNS | frozenset(
    {"bank", "airline", "carrier", "manufacturer", "agency", "ministry", "party", "union"}
    | {"government", "administration"}
    | {"club", "team", "network", "broadcaster", "retailer", "studio", "university", "council"}
    | {"committee", "court", "board", "insurer", "lender", "newspaper", "magazine", "charity"}
)
