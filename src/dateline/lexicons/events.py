"""Event taxonomy and trigger lexicon: civic events news reports daily, and PLOVER's political
event categories, each mapped to its PLOVER category and CAMEO root code (docs/events.md).

Triggers are lemmas; verbs and event nouns are listed apart because "meet" and "meeting" are
found differently (a verb by its clause, a noun by the verb that holds or attends it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    plover: str | None  # PLOVER category, None for civic events PLOVER does not code
    cameo: str | None  # CAMEO root (two digits) or specific code
    description: str


EVENT_TYPES: Final[dict[str, EventType]] = {
    t.name: t
    for t in (
        # Civic events
        EventType(
            "CONFERENCE", "CONSULT", "043", "a conference, forum, summit or congress is held"
        ),
        EventType("MEETING", "CONSULT", "04", "people or organisations meet or hold talks"),
        EventType("CEREMONY", None, None, "a ceremony: anthems, awards, openings, inaugurations"),
        EventType("COMMEMORATION", None, None, "victims or events are commemorated, wreaths laid"),
        EventType("SPEECH", "CONSULT", "01", "someone speaks at an event"),
        EventType("SCREENING", None, None, "a film or presentation is shown"),
        EventType("EXHIBITION", None, None, "an exhibition is held or visited"),
        EventType("VISIT", "CONSULT", "042", "someone visits a place, person or site"),
        EventType("INTERVIEW", None, None, "someone is interviewed"),
        EventType("ELECTION", None, None, "an election or vote is held"),
        EventType("APPOINTMENT", None, None, "someone is appointed, elected or resigns"),
        EventType("ADOPTION", "AGREE", "03", "a resolution, law or decision is adopted"),
        EventType("ATTEND", None, None, "people take part in an event"),
        EventType("ORGANIZE", None, None, "someone organises an event"),
        EventType("DEATH", None, None, "someone dies or is killed (cause unknown)"),
        EventType("ACCIDENT", None, None, "an accident or disaster: a crash, derailment, flood"),
        EventType("STATEMENT", None, "01", "a public statement that is itself the news"),
        EventType(
            "OCCURRENCE", None, None, "outside the taxonomy: the lead's own event, kept as main"
        ),
        # PLOVER categories (CAMEO roots in parentheses in docs/events.md)
        EventType("AGREE", "AGREE", "03", "agree, sign, settle, promise"),
        EventType("CONSULT", "CONSULT", "04", "consult, negotiate, discuss"),
        EventType("SUPPORT", "SUPPORT", "05", "praise, endorse, defend, recognise"),
        EventType("COOPERATE", "COOPERATE", "06", "cooperate, collaborate, ally"),
        EventType("AID", "AID", "07", "give aid, donate, fund, assist"),
        EventType("CONCEDE", "CONCEDE", "08", "yield, release, ease, apologise"),
        EventType("RETREAT", "RETREAT", "0874", "withdraw, retreat, pull out"),
        EventType("INVESTIGATE", "INVESTIGATE", "09", "investigate, probe, inquire"),
        EventType("DEMAND", "DEMAND", "10", "demand, urge, appeal"),
        EventType(
            "DISAPPROVE",
            "DISAPPROVE",
            "11",
            "criticise, condemn, accuse; slam, blast, rebuke; an attack in words",
        ),
        EventType("REJECT", "REJECT", "12", "reject, refuse, veto"),
        EventType("THREATEN", "THREATEN", "13", "threaten, warn of force"),
        EventType("PROTEST", "PROTEST", "14", "protest, demonstrate, strike, rally"),
        EventType("MOBILIZE", "MOBILIZE", "15", "mobilise, deploy, put on alert"),
        EventType("SANCTION", "SANCTION", "16", "sanction, embargo, expel, sever ties"),
        EventType("COERCE", "COERCE", "17", "arrest, detain, seize, capture, torture"),
        EventType("ASSAULT", "ASSAULT", "18", "attack, kill, bomb, massacre, injure"),
        EventType("FIGHT", "FIGHT", "19", "fight, clash, occupy, wage war"),
        EventType("CRIME", "CRIME", None, "commit a crime: steal, defraud, smuggle"),
    )
}

VERB_TRIGGERS: Final[dict[str, str]] = {
    # civic
    "meet": "MEETING",
    "gather": "MEETING",
    "convene": "MEETING",
    "commemorate": "COMMEMORATION",
    "honor": "COMMEMORATION",
    "honour": "COMMEMORATION",
    "mourn": "COMMEMORATION",
    "speak": "SPEECH",
    "address": "SPEECH",
    "show": "SCREENING",
    "screen": "SCREENING",
    "present": "SCREENING",
    "exhibit": "EXHIBITION",
    "visit": "VISIT",
    "tour": "VISIT",
    "interview": "INTERVIEW",
    "vote": "ELECTION",
    "elect": "APPOINTMENT",
    "appoint": "APPOINTMENT",
    "nominate": "APPOINTMENT",
    "resign": "APPOINTMENT",
    "adopt": "ADOPTION",
    "ratify": "ADOPTION",
    "approve": "ADOPTION",
    "attend": "ATTEND",
    "participate": "ATTEND",
    "organize": "ORGANIZE",
    "organise": "ORGANIZE",
    "host": "ORGANIZE",
    "die": "DEATH",
    "crash": "ACCIDENT",
    "derail": "ACCIDENT",
    "collide": "ACCIDENT",
    "overturn": "ACCIDENT",
    "capsize": "ACCIDENT",
    "play": "CEREMONY",
    "inaugurate": "CEREMONY",
    "award": "CEREMONY",
    "open": "CEREMONY",
    # PLOVER
    "agree": "AGREE",
    "sign": "AGREE",
    "settle": "AGREE",
    "negotiate": "CONSULT",
    "discuss": "CONSULT",
    "consult": "CONSULT",
    "praise": "SUPPORT",
    "endorse": "SUPPORT",
    "support": "SUPPORT",
    "recognize": "SUPPORT",
    "recognise": "SUPPORT",
    "thank": "SUPPORT",
    "cooperate": "COOPERATE",
    "collaborate": "COOPERATE",
    "donate": "AID",
    "fund": "AID",
    "assist": "AID",
    "help": "AID",
    "release": "CONCEDE",
    "free": "CONCEDE",
    "apologize": "CONCEDE",
    "apologise": "CONCEDE",
    "withdraw": "RETREAT",
    "retreat": "RETREAT",
    "investigate": "INVESTIGATE",
    "probe": "INVESTIGATE",
    "inquire": "INVESTIGATE",
    "demand": "DEMAND",
    "urge": "DEMAND",
    "appeal": "DEMAND",
    "criticize": "DISAPPROVE",
    "criticise": "DISAPPROVE",
    "condemn": "DISAPPROVE",
    "accuse": "DISAPPROVE",
    "blame": "DISAPPROVE",
    "denounce": "DISAPPROVE",
    # the headline verbs of criticism: "Warren slams Wells Fargo CEO", "Trump blasts media"
    "slam": "DISAPPROVE",
    "blast": "DISAPPROVE",
    "decry": "DISAPPROVE",
    "lambaste": "DISAPPROVE",
    "lambast": "DISAPPROVE",  # the model's lemma of "lambasted"
    "castigate": "DISAPPROVE",
    "rebuke": "DISAPPROVE",
    "scold": "DISAPPROVE",
    "chide": "DISAPPROVE",
    "berate": "DISAPPROVE",
    "excoriate": "DISAPPROVE",
    "bash": "DISAPPROVE",
    "reject": "REJECT",
    "refuse": "REJECT",
    "veto": "REJECT",
    "threaten": "THREATEN",
    "protest": "PROTEST",
    "demonstrate": "PROTEST",
    "rally": "PROTEST",
    "strike": "PROTEST",
    "boycott": "PROTEST",
    "mobilize": "MOBILIZE",
    "mobilise": "MOBILIZE",
    "deploy": "MOBILIZE",
    "sanction": "SANCTION",
    "expel": "SANCTION",
    "arrest": "COERCE",
    "detain": "COERCE",
    "seize": "COERCE",
    "capture": "COERCE",
    "torture": "COERCE",
    "imprison": "COERCE",
    "deport": "COERCE",
    "abduct": "COERCE",
    "kidnap": "COERCE",
    "attack": "ASSAULT",
    "kill": "ASSAULT",
    "bomb": "ASSAULT",
    "shoot": "ASSAULT",
    "massacre": "ASSAULT",
    "injure": "ASSAULT",
    "wound": "ASSAULT",
    "murder": "ASSAULT",
    "assault": "ASSAULT",
    "shell": "ASSAULT",
    "destroy": "ASSAULT",
    "fight": "FIGHT",
    "clash": "FIGHT",
    "occupy": "FIGHT",
    "invade": "FIGHT",
    "steal": "CRIME",
    "rob": "CRIME",
    "smuggle": "CRIME",
    "defraud": "CRIME",
    "disappear": "COERCE",
}

NOUN_TRIGGERS: Final[dict[str, str]] = {
    "conference": "CONFERENCE",
    "summit": "CONFERENCE",
    "forum": "CONFERENCE",
    "congress": "CONFERENCE",
    "symposium": "CONFERENCE",
    "meeting": "MEETING",
    "talk": "MEETING",
    "talks": "MEETING",
    "session": "MEETING",
    "ceremony": "CEREMONY",
    "celebration": "CEREMONY",
    "inauguration": "CEREMONY",
    "commemoration": "COMMEMORATION",
    "wreath": "COMMEMORATION",
    "speech": "SPEECH",
    "lecture": "SPEECH",
    "screening": "SCREENING",
    "presentation": "SCREENING",
    "exhibition": "EXHIBITION",
    "visit": "VISIT",
    "interview": "INTERVIEW",
    "election": "ELECTION",
    "referendum": "ELECTION",
    "vote": "ELECTION",
    "appointment": "APPOINTMENT",
    "resignation": "APPOINTMENT",
    "adoption": "ADOPTION",
    "agreement": "AGREE",
    "treaty": "AGREE",
    "deal": "AGREE",
    "negotiation": "CONSULT",
    "aid": "AID",
    "donation": "AID",
    "withdrawal": "RETREAT",
    "investigation": "INVESTIGATE",
    "probe": "INVESTIGATE",
    "inquiry": "INVESTIGATE",
    "protest": "PROTEST",
    "demonstration": "PROTEST",
    "rally": "PROTEST",
    "strike": "PROTEST",
    "sanction": "SANCTION",
    "sanctions": "SANCTION",
    "embargo": "SANCTION",
    "arrest": "COERCE",
    "detention": "COERCE",
    "torture": "COERCE",
    "attack": "ASSAULT",
    "genocide": "ASSAULT",
    "massacre": "ASSAULT",
    "killing": "ASSAULT",
    "bombing": "ASSAULT",
    "shooting": "ASSAULT",
    "tragedy": "ASSAULT",
    "war": "FIGHT",
    "battle": "FIGHT",
    "occupation": "FIGHT",
    "invasion": "FIGHT",
    "clash": "FIGHT",
    "conflict": "FIGHT",
    "crime": "CRIME",
    "murder": "ASSAULT",
    "homicide": "ASSAULT",
    "stabbing": "ASSAULT",
    "assassination": "ASSAULT",
    "robbery": "CRIME",
    "theft": "CRIME",
    "burglary": "CRIME",
    "heist": "CRIME",
    "arson": "CRIME",
    "looting": "CRIME",
    "fraud": "CRIME",
    "riot": "PROTEST",
    "cleansing": "ASSAULT",
    "death": "DEATH",
    "accident": "ACCIDENT",
    "crash": "ACCIDENT",
    "derailment": "ACCIDENT",
    "collision": "ACCIDENT",
    "earthquake": "ACCIDENT",
    "flood": "ACCIDENT",
    "hurricane": "ACCIDENT",
    "landslide": "ACCIDENT",
    "wildfire": "ACCIDENT",
    "blaze": "ACCIDENT",
    "quake": "ACCIDENT",
    "storm": "ACCIDENT",
    "tsunami": "ACCIDENT",
    "outage": "ACCIDENT",
    "destruction": "ASSAULT",
}

# Verbs whose type holds only for what they act on (their object, or the subject of their
# passive): "the documentary film was shown" is a screening, "a poll shows Clinton ahead" is not;
# "the national anthems were played", not "played a role"; "opened the new bridge", not "open
# fake accounts". Any other object leaves the verb no typed event.
SHOWN_THINGS: Final = frozenset(
    "film movie documentary video footage clip presentation slide slideshow trailer episode "
    "programme program picture photo photograph image exhibition exhibit play performance "
    "cartoon animation broadcast".split()
)
SENSE_OBJECTS: Final[dict[str, frozenset[str]]] = {
    "show": SHOWN_THINGS,
    "screen": SHOWN_THINGS,
    "present": SHOWN_THINGS,
    "play": frozenset("anthem song music hymn march tune melody piece concert recording".split()),
    "open": frozenset(
        "bridge museum exhibition school hospital road highway station airport centre center park "
        "office embassy consulate factory plant building memorial monument conference session "
        "summit festival ceremony library stadium terminal mosque church clinic tunnel line "
        "branch campus facility hall gallery".split()
    ),
}

# An attack on a person, an organisation or a policy with no violence in its sentence is
# words, not force: "Trump attacked Clinton", "personal attacks", "attacked loopholes" are
# DISAPPROVE (PLOVER's verbal criticism), "attacked the city of Khojaly" stays ASSAULT.
VERBAL_ATTACK_TYPE: Final = "DISAPPROVE"
VERBAL_ATTACK_MODIFIERS: Final = frozenset(
    "personal verbal political rhetorical partisan legislative negative".split()
)
# Verbs of criticism that also name force ("troops blasted the checkpoint", "a car slammed
# into a wall"): DISAPPROVE only as an attack in words, else no typed event.
WORDS_OR_FORCE_VERBS: Final = frozenset({"blast", "slam", "bash"})
# "Workers strike" is a walkout; a strike on a person, a target, a place or a building is an
# attack ("Taliban strike German consulate", "missiles struck Baghdad"), or an accident when a
# vehicle strikes ("she was struck by a car"); a natural force striking is a disaster, an
# ACCIDENT as its noun is ("the earthquake struck the town"), and so is a thing striking a thing
# ("the winglet struck the hangar"); a deal or a high struck is no typed event.
STRIKE_VERB: Final = "strike"
ACCIDENT_TYPE: Final = "ACCIDENT"
# What is struck in a figure of speech, not a blow.
STRUCK_IDIOMS: Final = frozenset(
    "deal deals agreement accord bargain compromise pact truce chord note tone balance pose "
    "blow high low record fear rich oil gold gong match".split()
)
VEHICLES: Final = frozenset(
    "car cars vehicle truck lorry bus train tram van motorcycle motorbike taxi suv motorist "
    "driver".split()
)
NATURAL_FORCES: Final = frozenset(
    "earthquake quake storm hurricane typhoon cyclone tornado lightning flood floods flooding "
    "floodwater floodwaters tsunami wildfire fire drought disaster virus pandemic epidemic "
    "landslide mudslide avalanche blizzard snowstorm heatwave eruption monsoon rain rains".split()
)
# What makes fire a weapon: "rocket fire", "sniper fire" (a "forest fire" is nature's).
WEAPON_FIRE_MODIFIERS: Final = frozenset(
    "rocket artillery mortar sniper tank gun machine-gun cannon shell shelling enemy "
    "friendly small-arms automatic".split()
)
# Damage typed ASSAULT that a disaster does as often: "a storm destroyed 1,000 homes".
DAMAGE_VERBS: Final = frozenset({"destroy", "damage", "flatten"})
# Verbs of harm typed ASSAULT that an accident or a disaster causes as often: "killed when a
# tram derailed", "killed in a bus crash", "the earthquake killed 40" are an ACCIDENT.
HARM_VERBS: Final = frozenset({"kill", "injure", "wound"})
# Who wields a force or a vehicle as a weapon ("a fire set by arsonists", "a truck driven by an
# attacker"): the harm it does is no accident.
HOSTILE_DOERS: Final = frozenset(
    "arsonist arsonists attacker attackers assailant assailants gunman gunmen militant militants "
    "rebel rebels insurgent insurgents terrorist terrorists bomber bombers extremist extremists "
    "jihadist jihadists".split()
)
# Prepositions that name a harm's cause: "killed in a crash", "injured after the derailment".
CAUSE_PREPOSITIONS: Final = frozenset({"in", "during", "after", "as", "by"})
# Words of dying a harm can be joined to and share a cause with: "Several people have died and
# dozens were injured after a tram overturned", "Several dead and dozens injured after ...".
DYING_WORDS: Final = frozenset({"die", "dead", "kill"})
VIOLENCE_WORDS: Final = frozenset(
    "kill killed killing killings dead death deaths died wounded wounding injured injuring "
    "injuries bomb bombs bombing bomber explosion explosive blast gun guns gunman gunmen gunfire "
    "shot shooting shootings fire armed army troops forces soldiers militants militia rebels "
    "insurgents terrorist terrorists terror police officers missile missiles rocket rockets "
    "artillery airstrike airstrikes strike strikes civilians casualties hostage hostages "
    "knife stabbed stabbing weapon weapons military raid raids battle violence violent "
    "massacre victims destroyed damage".split()
)
PHYSICAL_TARGETS: Final = frozenset(
    "city town village base convoy consulate embassy building buildings headquarters camp "
    "checkpoint station post ship vessel plane aircraft train bus car vehicle school hospital "
    "mosque church temple market hotel home house houses compound border island position "
    "positions area region territory troops soldiers police officer officers civilians people "
    "target targets "
    "man woman men women child children boy girl victim victims crowd".split()
)

# Types whose noun a country modifies as the one who acts ("US air strikes", "EU sanctions"),
# where a town modifies it as the place ("the Khojaly massacre").
COUNTRY_AGENT_TYPES: Final[frozenset[str]] = frozenset({"ASSAULT", "SANCTION", "AID"})

# A modifier that changes an event noun's type: an air strike is an attack, not a walkout.
NOUN_TYPE_BY_MODIFIER: Final[dict[str, dict[str, str]]] = {
    "strike": dict.fromkeys(
        ("air", "drone", "missile", "rocket", "military", "nuclear"), "ASSAULT"
    ),
}

# Events that happen at one spot, so a place on their noun says where ("Croydon tram crash",
# "the Seattle shooting"); an election or a war names a country, not the scene.
INCIDENT_TYPES: Final[frozenset[str]] = frozenset({"ACCIDENT", "ASSAULT", "CRIME", "DEATH"})

# Verbs that only carry an event noun ("a conference was held", "took part in the conference"):
# the noun is the trigger; the verb lends it arguments.
SUPPORT_VERBS: Final[dict[str, str]] = {
    "hold": "host",
    "organize": "organizer",
    "organise": "organizer",
    "host": "host",
    "attend": "attendee",
    "take": "attendee",  # "take part in"
    "participate": "attendee",
    "join": "attendee",
    "commit": "agent",
    "carry": "agent",  # "carry out an attack"
    "launch": "agent",
    "stage": "organizer",
    "lay": "agent",
    "give": "agent",
    "prepare": "organizer",
}

# "the 31st anniversary of X": X is a past event the article refers to.
ANNIVERSARY_NOUNS: Final = frozenset({"anniversary", "commemoration", "memory", "remembrance"})

# Generic place nouns whose "of" complement names the place ("the city of Khojaly").
PLACE_NOUNS: Final = frozenset(
    {"city", "town", "village", "region", "country", "capital", "district", "province", "area"}
    | {"county", "municipality", "hub"}
)

# Suffixes that make a noun of a verb, with what the verb's stem ends in instead: "announcement"
# (announce), "decision" (decide), "delivery" (deliver), "arrival" (arrive). A noun whose stem,
# so restored, is a verb in the model's lexicon is an event mention ("every mention" mode).
# Gerunds are left out: "scoring", "driving", "operating" name an activity or a thing more often
# than an event on MEANTIME and ECB+.
NOMINALIZATION_SUFFIXES: Final = (
    ("ment", ""),
    ("ation", "e"),
    ("ation", ""),
    ("ion", "e"),  # after t, s or x only: "election", "discussion", not "champion", "region"
    ("ion", ""),
    ("sion", "de"),
    ("sion", "d"),
    ("ance", "e"),
    ("ance", ""),
    ("ence", "e"),
    ("ence", ""),
    ("al", "e"),
    ("al", ""),
    ("ure", "e"),
    ("ery", "er"),
)
# Nouns that name a happening without being made of a verb by a suffix, and that no event type
# covers: "the loss", "a crisis", "the flight", "a rise in prices" ("every mention" mode).
OCCURRENCE_NOUNS: Final = frozenset(
    {
        "loss",
        "crisis",
        "sale",
        "lawsuit",
        "victory",
        "defeat",
        "trial",
        "fire",
        "scandal",
        "tournament",
        "trip",
        "tour",
        "journey",
        "flight",
        "disaster",
        "incident",
        "emergency",
        "breakthrough",
        "turmoil",
        "surge",
        "slump",
        "growth",
        "rise",
        "drop",
        "fall",
        "increase",
        "decrease",
        "gain",
        "decline",
        "cut",
        "purchase",
        "launch",
        "ban",
        "raid",
        "win",
        "glitch",
        "event",
        "dispute",
        "suicide",
        "vigil",
        "playoff",
        "hearing",
        "problem",
    }
)

# A verb and the word after it that make one event trigger, besides a verb and its particle
# ("rolled out"), with the type the phrase gives where it has its own: "took place", "opened
# fire" (an assault, not the opening of a ceremony), "checked into rehab".
PHRASAL_TRIGGERS: Final[dict[tuple[str, str], str | None]] = {
    ("take", "place"): None,
    ("open", "fire"): "ASSAULT",
    ("check", "into"): None,
    ("check", "in"): None,
}

# Nominalizations that name a body, a thing, a time or a field rather than an event.
NON_EVENT_NOMINALS: Final = frozenset(
    {
        "government",
        "administration",
        "department",
        "management",
        "organization",
        "organisation",
        "association",
        "corporation",
        "foundation",
        "institution",
        "commission",
        "committee",
        "station",
        "nation",
        "population",
        "generation",
        "version",
        "edition",
        "publication",
        "application",
        "information",
        "equipment",
        "aviation",
        "insurance",
        "television",
        "building",
        "evening",
        "morning",
        "ceiling",
        "clothing",
        "housing",
        "country",
        "industry",
        "factory",
        "territory",
        "history",
        "accounting",
        "engineering",
        "position",
        "condition",
        "region",
        "religion",
        "opinion",
        "official",
        "professional",
        "individual",
        "capital",
        "rental",
        "regulation",
        "constitution",
        "signal",
    }
)

# Generic nouns that refer back to the main event ("spoke at the event").
EVENT_ANAPHORS: Final = frozenset({"event", "gathering", "occasion"})

# Roles of the grammatical arguments of a verb trigger, by dependency label.
SUBJECT_ROLE: Final = "agent"
OBJECT_ROLE_BY_TYPE: Final[dict[str, str]] = {
    "ASSAULT": "victim",
    "COERCE": "victim",
    "VISIT": "target",
    "INTERVIEW": "target",
    "COMMEMORATION": "target",
    "SCREENING": "instrument",
    "AID": "recipient",
    "APPOINTMENT": "target",
}
DEFAULT_OBJECT_ROLE: Final = "target"
PLACE_PREPOSITIONS: Final = frozenset({"in", "at", "near", "outside", "inside", "across"})
# Nouns that make a compound preposition with "in", not a place: "in connection with a robbery",
# "in response to", "in the wake of", "in support of".
PREPOSITION_NOUNS: Final = frozenset(
    "connection response relation addition order favor favour support protest memory honor "
    "honour wake light view face spite lieu exchange accordance line charge case".split()
)
# Head nouns of buildings and grounds: a name of two or more words ending in one that stands
# after "at", "outside" ... is a place even where the tagger says organisation ("at the White
# House"). "Church" is left out: "the Catholic Church" is an institution.
FACILITY_HEADS: Final = frozenset(
    {
        "house", "tower", "towers", "stadium", "field", "park", "square", "hall", "palace",
        "center", "centre", "building", "airport", "station", "hospital", "cathedral",
        "mosque", "temple", "synagogue", "bridge", "street", "road", "avenue", "plaza", "arena",
        "museum", "memorial", "embassy", "consulate", "garden", "gardens", "campus", "base",
    }
)  # fmt: skip


def names_a_building(name: str) -> bool:
    """A name of two or more words that ends in a building's head noun ("German Consulate")."""
    words = name.split()
    return len(words) >= 2 and words[-1].casefold() in FACILITY_HEADS


# Time words are never participants ("the terrible tragedies of the century").
TIME_NOUNS: Final = frozenset(
    """century decade year month week day night morning evening afternoon hour minute
    time period era age season""".split()
)


# Words that name an accident or a disaster: the lemmas the trigger tables type ACCIDENT.
ACCIDENT_WORDS: Final[frozenset[str]] = frozenset(
    lemma for lemma, kind in {**NOUN_TRIGGERS, **VERB_TRIGGERS}.items() if kind == ACCIDENT_TYPE
)
# The verbs among them: a verb names an accident only by the verb table ("storming a hotel" is
# no storm).
ACCIDENT_VERBS: Final[frozenset[str]] = frozenset(
    lemma for lemma, kind in VERB_TRIGGERS.items() if kind == ACCIDENT_TYPE
)
# Words that name an attack: a sentence holding one is no accident report ("gunmen attacked the
# bus; three died"), whatever else it names.
ATTACK_WORDS: Final[frozenset[str]] = frozenset(
    lemma
    for lemma, kind in {**NOUN_TRIGGERS, **VERB_TRIGGERS}.items()
    if kind == "ASSAULT" and lemma not in HARM_VERBS
)
