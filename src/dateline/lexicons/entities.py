"""Named data for the entity stage: titles, role nouns, organisation heads, demonyms, countries.

Kept apart from the logic so they can be extended without touching code (and reviewed as data).
"""

from __future__ import annotations

import functools

# Titles that precede a person's name ("Ambassador Vilayat Guliyev", "MP Mushfiq Jafarov").
# Multi-word titles are listed as token tuples; matching is case-insensitive except the
# abbreviations in CASE_SENSITIVE_TITLES (so "mp" in running text is not read as a title).
PERSON_TITLES: frozenset[str] = frozenset(
    """
    ambassador mp president vice-president minister secretary senator sen. rep. representative
    congressman congresswoman governor gov. mayor chancellor chairman chairwoman chairperson chair
    chief director ceo general gen. lt. lieutenant colonel col. major captain capt. admiral sgt.
    sergeant judge justice dr. dr prof. professor mr. mr mrs. mrs ms. ms miss sir dame lord lady
    king queen prince princess pope father rev. reverend bishop archbishop cardinal sheikh imam
    rabbi deputy speaker commissioner ayatollah premier inspector detective spokesman spokeswoman
    spokesperson adviser advisor head president-elect emir sultan coach envoy consul attorney
    ombudsman prosecutor rector dean marshal superintendent chief-executive mufti patriarch
    """.split()
)
MULTIWORD_TITLES: tuple[tuple[str, ...], ...] = (
    ("prime", "minister"),
    ("foreign", "minister"),
    ("defence", "minister"),
    ("defense", "minister"),
    ("interior", "minister"),
    ("finance", "minister"),
    ("deputy", "prime", "minister"),
    ("vice", "president"),
    ("secretary", "of", "state"),
    ("secretary", "general"),
    ("attorney", "general"),
    ("chief", "executive"),
    ("crown", "prince"),
    ("foreign", "secretary"),
    ("home", "secretary"),
    ("press", "secretary"),
    ("first", "lady"),
    ("supreme", "leader"),
    ("head", "of", "state"),
)
CASE_SENSITIVE_TITLES: frozenset[str] = frozenset({"MP", "MEP", "CEO", "Rep.", "Sen.", "Gen."})

# Honorifics are titles that say nothing about a role; they are kept as titles, never as roles.
HONORIFICS: frozenset[str] = frozenset(
    "mr. mr mrs. mrs ms. ms miss sir dame dr. dr prof. rev. lord lady".split()
)

# Words right before a person's name that tell the person's sex ("Mr. Clinton", "Mrs. Clinton",
# "first lady Michelle Obama", "his son Eric"): two people who share a surname are told apart by
# them. Matched lower-case; "Miss" is left out, being also a verb in title-case headlines ("Polls
# Miss Trump's Fall").
FEMININE_WORDS: frozenset[str] = frozenset(
    """
    mrs. mrs ms. ms madam madame dame lady queen princess duchess congresswoman chairwoman
    spokeswoman businesswoman actress wife daughter mother sister widow granddaughter niece aunt
    girlfriend stepdaughter stepmother grandmother
    """.split()
)
MASCULINE_WORDS: frozenset[str] = frozenset(
    """
    mr. mr sir lord king prince duke congressman spokesman businessman husband son father brother
    widower grandson nephew uncle boyfriend stepson stepfather grandfather
    """.split()
)
# Honorifics, as written, that a person known only by surname keeps in its name ("Mrs. Clinton").
NAME_HONORIFICS: frozenset[str] = frozenset({"Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms"})
# Words of family ("his wife Laura", "first lady Michelle Obama", "daughter Ivanka Trump"): a name
# they introduce is a relative of someone, so it is not the person a bare surname already named.
# Matched as written, lower-case only: "Father Brown" and "Sister Mary" are titles, not kin.
KINSHIP_WORDS: frozenset[str] = frozenset(
    """
    wife husband son daughter mother father brother sister widow widower granddaughter grandson
    niece nephew aunt uncle cousin spouse girlfriend boyfriend fiancée fiancé fiance stepdaughter
    stepson stepmother stepfather grandmother grandfather lady
    """.split()
)

# Words that close a person's name ("Martin Luther King Jr."), matched lower-case without a
# full stop: they are part of the name, never words run into it.
NAME_SUFFIXES: frozenset[str] = frozenset("jr sr ii iii iv v".split())

# Words that open a surname ("Bill de Blasio", "Ursula von der Leyen", "Osama bin Laden"): the
# surname is "de Blasio", and "De Blasio" alone names the same person.
SURNAME_PARTICLES: frozenset[str] = frozenset(
    "de da di del della der den du des la le van von bin ibn al el ben st. st mac".split()
)

# Lower-case role nouns that may stand before a name ("well-known young analyst Admir Lisica").
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    analyst expert journalist reporter correspondent editor writer author lawyer attorney activist
    economist historian scientist researcher scholar professor teacher student spokesman spokeswoman
    spokesperson adviser advisor aide diplomat ambassador minister president senator lawmaker
    legislator politician official officer leader chairman chairwoman director manager founder
    co-founder executive commander general soldier doctor physician nurse surgeon artist singer
    actor actress director producer filmmaker photographer poet novelist coach player striker
    captain judge prosecutor investigator detective witness victim survivor resident mayor governor
    deputy delegate representative envoy consul candidate blogger commentator columnist
    businessman businesswoman entrepreneur banker engineer architect designer priest cleric imam
    musician rapper comedian
    """.split()
)

# Heads of organisation names ("Srebrenica Mothers Public Union", "Heydar Aliyev Foundation").
ORG_HEADS: frozenset[str] = frozenset(
    """
    union foundation center centre council committee commission association institute institution
    university college academy agency ministry department embassy party bank fund organization
    organisation society corporation corp. company co. inc. inc ltd. ltd llc plc group federation
    league movement front assembly parliament congress senate court tribunal office bureau service
    authority board forum network alliance coalition club church school hospital trust mission
    presidium government army navy police guard forces secretariat chamber cabinet directorate
    initiative institute council consortium cooperative syndicate confederation
    """.split()
)

# Plural nouns for groups of people that act and speak in the news ("Other speakers stated",
# "analysts say", "Protesters marched"): as a subject, or after "according to", each is a group
# entity of its article (type GROUP), one per noun, never linked across articles.
GROUP_NOUNS: frozenset[str] = frozenset(
    """
    speaker participant analyst expert researcher scientist author official lawmaker
    legislator critic supporter opponent resident witness protester protestor demonstrator
    activist investor economist observer doctor teacher student parent voter member leader
    executive employee worker customer fan journalist reporter commentator diplomat prosecutor
    investigator organizer organiser citizen local villager survivor relative neighbour neighbor
    historian politician rescuer medic firefighter soldier militant rebel insurgent farmer
    people individual dignitary attendee delegate police developer user consumer shopper
    passenger tourist visitor pilot driver victim lawyer attorney negotiator regulator senator
    donor campaigner environmentalist scholar academic nurse patient owner shareholder trader
    banker manager director source insider aide adviser advisor staffer spokespeople
    """.split()
)
# Group nouns that take a plural verb in the singular form: "Police said", "The police have".
COLLECTIVE_GROUP_NOUNS: frozenset[str] = frozenset({"police", "people"})

# Plural words an organisation's name often ends with after its head ("Council on
# American-Islamic Relations", "Center for Strategic and International Studies"): a person's
# name the tagger ran on after them is cut off there, as after a head.
ORG_NAME_ENDINGS: frozenset[str] = frozenset(
    """
    relations affairs studies rights services sciences resources industries nations
    """.split()
)

# Lower-case institution nouns that make "[the] <demonym> <noun>" an organisation
# ("the Azerbaijani embassy", "the Armenian armed forces").
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    """
    embassy government ministry parliament army navy police delegation military forces
    authorities presidency administration consulate mission cabinet state
    """.split()
)

# Lower-case nouns that make "[the] <place> <noun>" the place's institution ("the New Zealand
# government", "the U.S. military"); narrower than INSTITUTION_NOUNS, whose "state" or
# "mission" after a place name is rarely its government ("the Ohio state").
GOVERNMENT_NOUNS: frozenset[str] = frozenset(
    """
    government administration authorities military cabinet parliament presidency
    """.split()
)
# ... and after a country's possessive: "Nigeria's health ministry", "Ukraine's military"
# (not "China's state media", not "Russia's mission to the UN")
OWNED_INSTITUTION_NOUNS: frozenset[str] = GOVERNMENT_NOUNS | frozenset(
    {"ministry", "embassy", "consulate", "army", "navy", "police"}
)

# Adjectival demonyms; plurals are derived ("Armenians", "Azerbaijanis").
DEMONYMS: frozenset[str] = frozenset(
    """
    afghan albanian algerian american andorran angolan argentine argentinian armenian australian
    austrian azerbaijani azeri bahamian bahraini bangladeshi barbadian belarusian belgian belizean
    beninese bhutanese bolivian bosnian bosniak botswanan brazilian british bruneian bulgarian
    burkinabe burmese burundian cambodian cameroonian canadian chadian chilean chinese colombian
    congolese costa-rican croatian cuban cypriot czech danish djiboutian dominican dutch ecuadorian
    egyptian emirati english eritrean estonian ethiopian fijian filipino finnish french gabonese
    gambian georgian german ghanaian greek grenadian guatemalan guinean guyanese haitian honduran
    hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican
    japanese jordanian kazakh kazakhstani kenyan korean kosovar kuwaiti kyrgyz lao laotian latvian
    lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian
    maldivian malian maltese mauritanian mauritian mexican moldovan monegasque mongolian
    montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien
    norwegian omani pakistani palestinian panamanian paraguayan persian peruvian polish portuguese
    qatari romanian russian rwandan salvadoran samoan saudi scottish senegalese serbian serb
    sierra-leonean singaporean slovak slovenian somali south-african spanish sri-lankan sudanese
    surinamese swazi swedish swiss syrian taiwanese tajik tanzanian thai togolese tongan
    trinidadian tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese
    welsh yemeni zambian zimbabwean european african asian arab arabic kurdish kurd latino
    hispanic jewish muslim christian catholic protestant orthodox sunni shiite shia hindu buddhist
    sikh soviet yugoslav balkan caucasian chechen dagestani tatar uyghur tibetan pashtun baloch
    roma basque catalan flemish walloon western eastern
    """.split()
)
# Plural or noun forms that do not follow the "+s" rule.
DEMONYM_NOUNS: frozenset[str] = frozenset(
    """
    jews muslims christians catholics protestants sunnis shiites hindus buddhists sikhs arabs
    kurds serbs croats bosniaks azeris turks poles danes swedes finns scots britons englishmen
    frenchmen dutchmen irishmen welshmen spaniards thais filipinos israelis
    """.split()
)

# Photo agencies whose credit, in capitals, the tagger runs into a caption's name ("GETTY Trump",
# "Melania GETTY"). Matched as written.
PHOTO_CREDITS: frozenset[str] = frozenset(
    "GETTY REUTERS AFP EPA AP PA REX SHUTTERSTOCK ALAMY BLOOMBERG".split()
)

# Words of a page's furniture that the tagger runs into a name or takes for one: "Cleveland
# Indians Getty Images", "Washington Post Buy Photo", "Video Loading Video Unavailable Click".
# Matched lower-case, as whole phrases at the end of a name, or as a span of nothing else.
FURNITURE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("getty", "images"),
    ("buy", "photo"),
    ("video", "unavailable"),
    ("click", "to", "play"),
    ("view", "photos"),
)
# Furniture that opens a name span: the slot a picture left before a dateline in capitals
# ("Photo KUNDUZ, Afghanistan --"). Matched lower-case.
LEADING_FURNITURE: frozenset[str] = frozenset({"photo", "photos"})
FURNITURE_WORDS: frozenset[str] = frozenset(
    "video loading unavailable click play replay buy photo photos getty images".split()
)

# Online platforms the small English model often tags as persons ("on Twitter", "Instagram");
# matched lower-case, each a whole name.
PLATFORM_NAMES: frozenset[str] = frozenset(
    """
    twitter facebook instagram youtube tiktok snapchat whatsapp reddit linkedin tumblr periscope
    telegram weibo wechat pinterest
    """.split()
)

# Country short names that pycountry spells otherwise ("Russian Federation" → "Russia").
COUNTRY_ALIASES: frozenset[str] = frozenset(
    """
    russia iran syria bosnia britain england scotland wales uk u.k. us u.s. usa u.s.a. america
    vietnam laos taiwan palestine kosovo moldova bolivia venezuela tanzania czechia
    south-korea north-korea korea turkey macedonia ivory-coast congo karabakh nagorno-karabakh
    crimea gaza chechnya kurdistan tibet
    """.split()
)

# Other names of one place, lower-case, each to the name it stands for: knowledge-base entities
# stored under either join across articles (`store.linking`).
PLACE_SAME_AS: dict[str, str] = {
    **dict.fromkeys(
        ("us", "u.s.", "usa", "u.s.a.", "america", "united states of america"), "united states"
    ),
    **dict.fromkeys(("uk", "u.k.", "britain", "great britain"), "united kingdom"),
    **dict.fromkeys(("uae", "u.a.e."), "united arab emirates"),
    "russian federation": "russia",
    "ussr": "soviet union",
}


def place_form(text: str) -> str:
    """A lower-case name with a place's other name spelled one way: "u.s." and "us
    government" are "united states" and "united states government"."""
    if text in PLACE_SAME_AS:
        return PLACE_SAME_AS[text]
    place, _, rest = text.partition(" ")
    return f"{PLACE_SAME_AS[place]} {rest}" if rest and place in PLACE_SAME_AS else text


@functools.lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-cased country names from ISO 3166 (pycountry) plus the common short aliases."""
    import pycountry

    names: set[str] = {alias.replace("-", " ") for alias in COUNTRY_ALIASES}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                names.add(value.lower())
    return frozenset(names)


def is_demonym(text: str) -> bool:
    """True for "Azerbaijani", "Armenians", "Bosniaks", "South African" (case-insensitive)."""
    word = text.strip().lower().replace(" ", "-")
    if word.startswith("the-"):
        word = word[4:]
    if word in DEMONYMS or word in DEMONYM_NOUNS:
        return True
    return word.endswith("s") and word[:-1] in DEMONYMS


def demonym_key(text: str) -> str:
    """One key for the singular and plural of a demonym ("Armenians" → "armenian")."""
    word = text.strip().lower().replace(" ", "-")
    if word.startswith("the-"):
        word = word[4:]
    if word not in DEMONYMS and word.endswith("s") and word[:-1] in DEMONYMS:
        return word[:-1]
    return word


# What follows a wire dateline's city: "LONDON (AP) —", "LONDON -- ", "WASHINGTON, Nov 6".
WIRE_DATELINE_FOLLOWERS: frozenset[str] = frozenset({"(", "-", "--", "—", "–"})
