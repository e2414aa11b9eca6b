from __future__ import annotations

import pytest
from spacy.language import Language

import dateline
from dateline.extract.events import _without_edge_punctuation
from dateline.lexicons.events import EVENT_TYPES, NOUN_TRIGGERS, VERB_TRIGGERS
from dateline.records import Article, Dateline, Document, Entity, Event, Mention, Span


def test_every_trigger_maps_to_a_documented_type() -> None:
    assert set(VERB_TRIGGERS.values()) | set(NOUN_TRIGGERS.values()) <= set(EVENT_TYPES)


def test_plover_types_carry_their_category() -> None:
    plover = {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "COOPERATE",
        "AID",
        "CONCEDE",
        "RETREAT",
        "INVESTIGATE",
        "DEMAND",
        "DISAPPROVE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "MOBILIZE",
        "SANCTION",
        "COERCE",
        "ASSAULT",
        "FIGHT",
        "CRIME",
    }
    assert plover <= set(EVENT_TYPES)
    assert all(EVENT_TYPES[name].plover == name for name in plover)


def events_of(text: str, published: str = "2024-03-04T10:00:00+00:00"):
    article = dateline.extract(text, published=published)
    return article, {article.surface(e.trigger): e for e in article.events}


def roles(article, event) -> set[tuple[str, str]]:
    return {(p.role, article.surface(p.span)) for p in event.participants}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,trigger,type_",
    [
        ("Rebels attacked a convoy near the border.", "attacked", "ASSAULT"),
        ("Police arrested the suspect on Tuesday.", "arrested", "COERCE"),
        ("Thousands of workers protested outside parliament.", "protested", "PROTEST"),
        ("The two countries signed a trade deal.", "signed", "AGREE"),
        ("The senator criticized the new law.", "criticized", "DISAPPROVE"),
        ("Elizabeth Warren slammed the bank's chief executive.", "slammed", "DISAPPROVE"),
        ("A blast killed four people in the market.", "killed", "ASSAULT"),
        ("The government imposed sanctions on the company.", "sanctions", "SANCTION"),
        ("The minister visited the flooded town.", "visited", "VISIT"),
        ("A summit took place in Geneva.", "summit", "CONFERENCE"),
        ("Parliament adopted the resolution unanimously.", "adopted", "ADOPTION"),
        ("Troops withdrew from the city.", "withdrew", "RETREAT"),
        ("A packed tram derailed on a sharp bend.", "derailed", "ACCIDENT"),
        ("Two drivers were hurt in the crash.", "crash", "ACCIDENT"),
        ("Workers went on strike in May.", "strike", "PROTEST"),
        ("Air strikes hit the town on Monday.", "strikes", "ASSAULT"),
        ("The murder of the shopkeeper shocked the town.", "murder", "ASSAULT"),
        ("Police are looking into a robbery at the bank.", "robbery", "CRIME"),
        ("Riots broke out in the capital overnight.", "Riots", "PROTEST"),
        ("A blaze destroyed the warehouse.", "blaze", "ACCIDENT"),
    ],
)
def test_event_types(text: str, trigger: str, type_: str) -> None:
    _, events = events_of(text)
    assert events[trigger].type == type_


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,trigger,type_",
    [
        # a verb whose type depends on what it acts on
        ('Later, the documentary film "Ice Statue" was shown.', "shown", "SCREENING"),
        ("The museum screened a film about the war.", "screened", "SCREENING"),
        # a poll that shows something reports it: a statement, not a screening
        ("A Bloomberg poll shows that voters have abandoned the party.", "shows", "STATEMENT"),
        ("Then the national anthems of both countries were played.", "played", "CEREMONY"),
        ("They played a role in the campaign.", "played", None),
        ("The mayor opened the new river bridge on Friday.", "opened", "CEREMONY"),
        ("Bankers opened fake accounts.", "opened", None),
        # an attack in words is criticism; with force, or on a place, an assault
        ("Trump attacked Clinton over her emails.", "attacked", "DISAPPROVE"),
        ("He has intensified the personal attacks that defined his bid.", "attacks", "DISAPPROVE"),
        ("Mr. Trump has attacked loopholes that benefit others.", "attacked", "DISAPPROVE"),
        ("Taliban attacked the German consulate in Mazar-i-Sharif.", "attacked", "ASSAULT"),
        ("The armed forces attacked the town, killing civilians.", "attacked", "ASSAULT"),
        ("Gunmen attacked a police officer outside his home.", "attacked", "ASSAULT"),
        # a verb of criticism that also names force is criticism only in words
        ("Trump blasted the media for its coverage.", "blasted", "DISAPPROVE"),
        ("A car slammed into a wall.", "slammed", None),
        # a strike on a target is an attack; with no object a walkout; a deal struck is neither
        ("Taliban strike German consulate in Afghan city.", "strike", "ASSAULT"),
        ("The consulate was struck by a truck bomb.", "struck", "ASSAULT"),
        ("Teachers will strike on Monday.", "strike", "PROTEST"),
        ("The two parties struck a deal on Friday.", "struck", None),
        ("The earthquake struck the town at dawn.", "struck", "ACCIDENT"),
        ("The earthquake struck on Friday.", "struck", "ACCIDENT"),
        ("Missiles struck Baghdad overnight.", "struck", "ASSAULT"),
        ("Jets struck targets near the border.", "struck", "ASSAULT"),
        ("Rocket fire struck the town.", "struck", "ASSAULT"),
        # a measured or described force is still nature's
        ("A 6.1 magnitude earthquake struck central Italy.", "struck", "ACCIDENT"),
        ("A powerful storm struck the coast on Friday.", "struck", "ACCIDENT"),
        ("Workers will strike against the pension reform.", "strike", "PROTEST"),
        ("Police said the gunman struck John Smith twice.", "struck", "ASSAULT"),
        ("She was struck by a gray Toyota car near the store.", "struck", "ACCIDENT"),
        ("The left winglet struck the side of the hangar.", "struck", "ACCIDENT"),
        ("The index struck a ten-month high on Friday.", "struck", None),
        # a killing or an injury an accident causes is that accident; by a hand it is an attack
        ("Seven killed as tram derails in Lisbon", "killed", "ACCIDENT"),
        ("Seven people were killed when a tram derailed in Lisbon.", "killed", "ACCIDENT"),
        ("Two people were killed in a bus crash on Monday.", "killed", "ACCIDENT"),
        ("The earthquake killed at least 40 people.", "killed", "ACCIDENT"),
        ("A man was killed after being hit by a car.", "killed", "ACCIDENT"),
        ("Five were injured when a truck hit their car.", "injured", "ACCIDENT"),
        ("Seven were killed and 50 injured when a tram derailed.", "killed", "ACCIDENT"),
        ("A man was shot and killed in his car.", "killed", "ASSAULT"),
        ("Rocket fire killed two soldiers.", "killed", "ASSAULT"),
        # the harm a disaster does after a comma, and the damage it does
        ("A storm hit the coast, killing five people.", "killing", "ACCIDENT"),
        ("Flooding killed dozens in the valley.", "killed", "ACCIDENT"),
        ("The storm destroyed more than 1,000 homes.", "destroyed", "ACCIDENT"),
        ("Gunmen opened fire on the bus, killing four.", "killing", "ASSAULT"),
        ("Militants killed 12 people in an attack on a bus.", "killed", "ASSAULT"),
        ("86 were killed by a truck driven into a crowd by an attacker.", "killed", "ASSAULT"),
        ("Three were killed in a fire set by arsonists.", "killed", "ASSAULT"),
        ("A man was killed by a car driven by a drunk driver.", "killed", "ACCIDENT"),
        # a harm joined to a death shares its cause, however the parse hangs it
        (
            "Several people have died and dozens were injured after a tram overturned.",
            "injured",
            "ACCIDENT",
        ),
        (
            "Tram derailment: Several dead and dozens injured after tram overturns at Sandilands",
            "injured",
            "ACCIDENT",
        ),
        ("Three died and 12 were injured when gunmen attacked the bus.", "injured", "ASSAULT"),
        # a verb is no disaster for sharing a lemma with one ("storming" is no storm)
        ("Gunmen killed five people and wounded ten after storming a hotel.", "wounded", "ASSAULT"),
        ("Five protesters were injured after police stormed the building.", "injured", "ASSAULT"),
        ("Five injured as fans flood the pitch", "injured", "ASSAULT"),
        # an accident elsewhere in the sentence is not the harm's cause
        ("A soldier was killed in Kabul on the day a plane crashed in Ohio.", "killed", "ASSAULT"),
    ],
)
def test_event_types_that_depend_on_what_is_acted_on(
    text: str, trigger: str, type_: str | None
) -> None:
    _, events = events_of(text)
    found = events.get(trigger)
    assert (found.type if found is not None and found.type != "OCCURRENCE" else None) == type_


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,trigger,expected,absent",
    [
        # a participle joined to a passive with no auxiliary of its own is passive too
        (
            "Twelve people were killed and 30 wounded in the attack.",
            "wounded",
            {("victim", "30"), ("cause", "the attack")},
            ("agent", "30"),
        ),
        # "in connection with" is a preposition of its own, not a place
        (
            "Police arrested a suspect in connection with the robbery.",
            "arrested",
            {("agent", "Police"), ("victim", "a suspect")},
            ("location", "connection"),
        ),
        # ... while "at" a place is a place
        (
            "Police arrested 20 protesters at the stock exchange.",
            "arrested",
            {("location", "the stock exchange")},
            ("location", "connection"),
        ),
    ],
)
def test_participant_roles_read_past_the_parse(
    text: str, trigger: str, expected: set[tuple[str, str]], absent: tuple[str, str]
) -> None:
    article, events = events_of(text)
    found = roles(article, events[trigger])
    assert expected <= found and absent not in found


@pytest.mark.slow
def test_agent_victim_place_and_time() -> None:
    article, events = events_of("Gunmen attacked the city of Kabul on Monday.")
    attack = events["attacked"]
    assert ("agent", "Gunmen") in roles(article, attack)
    assert article.entity(attack.place_id).name == "Kabul"
    assert [article.surface(t.span) for t in article.times if t.id in attack.time_ids] == ["Monday"]


@pytest.mark.slow
def test_support_verbs_lend_arguments_to_the_event_noun() -> None:
    article, events = events_of(
        "A conference was held in Oslo on Monday. "
        "The conference was organized by the Nordic Council "
        "and the Arctic Institute."
    )
    conference = events["conference"]
    assert conference.is_main
    assert article.entity(conference.place_id).name == "Oslo"
    organizers = {article.surface(p.span) for p in conference.participants if p.role == "organizer"}
    assert organizers == {"the Nordic Council", "the Arctic Institute"}
    assert "held" not in events and "organized" not in events


@pytest.mark.slow
def test_event_inside_a_statement_is_attributed_and_past_is_referenced() -> None:
    article, events = events_of(
        "A memorial service was held in Kigali on Sunday. Survivors said that militias killed "
        "thousands of people in 1994."
    )
    killing = events["killed"]
    assert killing.statement_id is not None
    assert killing.referenced
    statement = next(s for s in article.statements if s.id == killing.statement_id)
    assert article.surface(statement.source) == "Survivors"
    assert not events["service"].referenced if "service" in events else True


@pytest.mark.slow
def test_news_dated_this_week_inside_a_statement_is_attributed_not_referenced() -> None:
    # published 2024-03-04, a Monday: Friday is in the news window
    _, events = events_of(
        "At least six people were killed when police clashed with protesters on Friday, "
        "officials said."
    )
    for trigger in ("killed", "clashed"):
        assert events[trigger].statement_id is not None
        assert not events[trigger].referenced


@pytest.mark.slow
def test_reporting_verbs_are_statements_not_events() -> None:
    _, events = events_of("Floods hit the town of Ede. The minister said the talks would continue.")
    assert "said" not in events


@pytest.mark.slow
def test_a_lead_that_is_a_statement_gives_a_statement_main_event() -> None:
    article, events = events_of("The minister said the talks would continue.")
    said = events["said"]
    assert said.is_main and said.type == "STATEMENT"
    statement = next(s for s in article.statements if s.id == said.statement_id)
    assert article.surface(statement.cue) == "said"


@pytest.mark.slow
def test_a_lead_told_first_and_attributed_after_gives_its_event_claimed() -> None:
    article, main = _main(
        "At least seven people were killed when a tram derailed near London on Wednesday, "
        "police said.",
        "2016-11-09T10:00:00+00:00",
    )
    assert (article.surface(main.trigger), main.type) == ("killed", "ACCIDENT")
    (statement,) = [s for s in article.statements if s.id == main.statement_id]
    assert article.surface(statement.source) == "police"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,trigger",
    [
        ("LONDON -- Seven people were killed on Wednesday.", "killed"),
        ("Photo LONDON -- Seven people were killed on Wednesday.", "killed"),
        ("WASHINGTON (AP) -- The Senate passed the bill on Monday.", "passed"),
    ],
)
def test_a_wire_dateline_the_parse_makes_a_sentence_is_no_main_event(
    text: str, trigger: str
) -> None:
    article, main = _main(text, "2016-11-09T10:00:00+00:00")
    assert article.surface(main.trigger) == trigger


def _main(text: str, published: str) -> tuple[Article, Event]:
    article = dateline.extract(text, published=published)
    return article, next(e for e in article.events if e.is_main)


def _main_place(text: str) -> str | None:
    article, main = _main(text, "2017-08-25T20:00:00+00:00")
    return article.entity(main.place_id).name if main.place_id else None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,place",
    [
        # the wire dateline's city, when the parse links no place
        (
            "Storm nears coast\n\nHOUSTON, Aug 25 (Reuters) - A powerful storm gathered "
            "strength on Friday as it neared the Texas coast.",
            "HOUSTON",
        ),
        # a byline's wire dateline, which the tagger joins to the reporter's name
        (
            "FBI clears Clinton in review\n\nBy Alana Wise and Mark Hosenball WASHINGTON, Nov 6 "
            "(Reuters) - The FBI said on Sunday it stood by its finding.",
            "WASHINGTON",
        ),
        # a caption word the tagger joins to the city, and a double hyphen after it
        (
            "Maker alters shape of bars\n\nThe maker has reshaped two bars.\n\n"
            "Photo LONDON -- The peaks are slimmer and the valleys are wider.",
            "LONDON",
        ),
        # the most specific town the lead gives, not the country around it
        (
            "Explosion outside German consulate in Afghanistan\n\nAN EXPLOSION outside the "
            "German consulate in the city of Mazar-i-Sharif in northern Afghanistan has killed "
            "two people.",
            "Mazar-i-Sharif",
        ),
        # a country gives way to the town the lead sets the story in, though no text links them
        (
            "Consulate in Afghanistan bombed\n\nTwo people died in an attack on the German "
            "consulate in a city in the north. A car was rammed into the wall of the consulate "
            "in Mazar-i-Sharif.",
            "Mazar-i-Sharif",
        ),
        # ... but not to another country, nor to a town the story only names
        (
            "Consulate in Afghanistan bombed\n\nTwo people died in an attack on the German "
            "consulate in Pakistan. Officials from Kabul condemned it.",
            "Afghanistan",
        ),
        # the place on the incident's own noun, not where its victims lived
        (
            "Seattle shooting: Victims named as three students from Tacoma\n\nThe victims of "
            "the Seattle shooting have been named as three students who lived in Tacoma.",
            "Seattle",
        ),
        # a place named before a clause that ends "in Hebei" is not inside Hebei
        (
            "China well rescue: Race to reach boy trapped in Hebei\n\nDozens of rescuers in "
            "China are trying to reach a boy.",
            "Hebei",
        ),
        # the place a disaster or an attack struck
        (
            "Earthquake hits central Italy\n\nA 6.1 magnitude earthquake struck central Italy on "
            "Sunday, killing at least 20 people.",
            "Italy",
        ),
    ],
)
def test_main_event_place(text: str, place: str) -> None:
    assert _main_place(text) == place


def _main_time(text: str) -> str | None:
    article, main = _main(text, "2016-11-14T09:00:00+00:00")
    times = {t.id: t for t in article.times}
    return article.surface(times[main.time_ids[0]].span) if main.time_ids else None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,when",
    [
        # the same day said more fully a paragraph on
        (
            "Massa crashes out\n\nFelipe Massa crashed out of his last home race on Sunday."
            "\n\nThe race was held at Interlagos on Sunday, Nov. 13, 2016.",
            "Sunday, Nov. 13, 2016",
        ),
        # "the morning" said with its clock two paragraphs on
        (
            "Tram derails\n\nA tram derailed during the morning rush hour, killing seven."
            "\n\nThe tram left the rails at 6.10am on Monday.",
            "6.10am on Monday",
        ),
        # ... or many paragraphs on, as long reports give it
        (
            "Tram derails\n\nA tram derailed during the morning rush hour, killing seven."
            + "\n\nWitnesses described the scene to reporters at the station." * 30
            + "\n\nThe tram left the rails at 6.10am on Monday.",
            "6.10am on Monday",
        ),
        # a clock on the same day may be another event's: "Sunday" stays
        (
            "Gunman kills three\n\nA gunman killed three people on Sunday.\n\n"
            "Police held a news conference at 4 p.m. Sunday.",
            "Sunday",
        ),
        # a clock outside the part of day named is another time
        (
            "Floods hit region\n\nFloods hit the region on Sunday evening.\n\n"
            "Earlier, at 6 a.m. Sunday, rain began to fall.",
            "Sunday evening",
        ),
        # the lead tells the headline's event again with its time: the attack, not the update
        (
            "Taliban attack German consulate with truck bomb\n\nThe death toll from a Taliban "
            "truck bombing at the German consulate rose to six Friday. The Taliban said the "
            "bombing late Thursday, which tore a massive crater in the road, was a revenge attack.",
            "late Thursday",
        ),
        # the lead's retelling of the headline's verb names the day, not its first day
        (
            "Cubs fans celebrate first title\n\nBars opened early on Saturday. Jubilant fans "
            "spilled from bars to celebrate the first title in 108 years on Sunday.",
            "Sunday",
        ),
        # a day inside a relative clause on a name dates that person's deed, not the event
        (
            "Obama describes meeting with Trump\n\nBarack Obama described his first meeting "
            "with Donald Trump as excellent. Mr Trump, who won the election on Wednesday, "
            "met Mr Obama at the White House on Thursday.",
            "Thursday",
        ),
        # a day the parse gives to an event of another type dates that event
        (
            "Police identify crash victims\n\nPolice named seven people who died when a "
            "tram derailed on Wednesday in south London. Their names were made public on "
            "Saturday afternoon.",
            "Saturday afternoon",
        ),
        # a clock without the weekday says less, not more
        (
            "Tram derails\n\nA tram derailed in Croydon on Sunday, killing seven people."
            "\n\nThe first call came at 6 a.m., police said.",
            "Sunday",
        ),
    ],
)
def test_main_event_time_is_said_in_full(text: str, when: str) -> None:
    assert _main_time(text) == when


@pytest.mark.slow
def test_a_tagged_place_the_text_never_uses_as_one_is_no_place() -> None:
    text = (
        "F1 legend Felipe Massa crashes out of race\n\n"
        "F1 legend Felipe Massa crashed out of the race on Sunday."
    )
    article = dateline.extract(text, published="2016-11-13T20:00:00+00:00")
    assert [e.name for e in article.entities if e.type == "GPE"] == ["F1"]  # the tagger's
    assert _main_place(text) is None


@pytest.mark.slow
def test_an_organisation_before_a_title_is_no_place() -> None:
    # a title-cased headline makes "Director" a proper noun; the F.B.I. is not a place for it
    text = (
        "Hillary Clinton Blames F.B.I. Director for Election Loss\n\n"
        "Mrs. Clinton said on Saturday that the announcement had stopped her momentum."
    )
    assert _main_place(text) is None


@pytest.mark.slow
def test_an_event_as_subject_is_a_cause_not_an_agent() -> None:
    article, main = _main(
        "Seattle shooting leaves five hurt near protests\n\nFive people were hurt.",
        "2016-11-10T09:00:00+00:00",
    )
    roles = {p.role: article.surface(p.span) for p in main.participants}
    assert roles.get("cause") == "Seattle shooting"
    assert "agent" not in roles


@pytest.mark.slow
def test_a_participle_main_event_shares_its_clauses_subject() -> None:
    # "Afghanistan:" is the headline's topic: its attack is the main event, and the lead that
    # tells it again ("..., killing four people") gives who did it
    article, main = _main(
        "Afghanistan: Fatal attack on German consulate in Mazar-e-Sharif\n\nA suicide bomber "
        "rams a truck into the German consulate in Mazar-e-Sharif, killing four people.",
        "2016-11-11T10:00:00+00:00",
    )
    assert article.surface(main.trigger) == "attack"
    assert "A suicide bomber" in {article.surface(p.span) for p in main.participants}


@pytest.mark.slow
def test_a_country_on_an_attack_noun_is_no_place() -> None:
    article, events = events_of("Rebels blamed the US air strikes for the losses.")
    assert events["strikes"].type == "ASSAULT"
    assert events["strikes"].place_id is None


# ------------------------------------------------------------------ the example article


@pytest.fixture(scope="module")
def example(example_article):
    return example_article


@pytest.mark.slow
def test_example_main_event_is_the_conference(example) -> None:
    (main,) = [e for e in example.events if e.is_main]
    assert example.surface(main.trigger) == "conference" and main.type == "CONFERENCE"
    assert example.entity(main.place_id).name == "Sarajevo"
    times = {t.id: t.value for t in example.times}
    assert "2023-02-23" in {times[t] for t in main.time_ids}
    organizers = {
        example.entity(p.entity_id).name for p in main.participants if p.role == "organizer"
    }
    assert organizers == {
        "Azerbaijani embassy",
        "Azerbaijani Youth Foundation",
        "For Pure Life Youth Public Union",
    }
    speakers = {example.entity(p.entity_id).name for p in main.participants if p.role == "speaker"}
    assert speakers == {
        "Vilayat Guliyev",
        "Mushfiq Jafarov",
        "Munira Shubasic",
        "Velma Saric",
        "Admir Lisica",
    }


@pytest.mark.slow
def test_example_sub_events(example) -> None:
    (main,) = [e for e in example.events if e.is_main]
    subs = [e for e in example.events if e.parent_id == main.id]
    assert len(subs) >= 6
    assert {"COMMEMORATION", "SCREENING", "INTERVIEW", "VISIT"} <= {e.type for e in subs}


@pytest.mark.slow
def test_example_khojaly_attack_is_referenced_and_attributed_with_its_casualties(example) -> None:
    attack = next(e for e in example.events if example.surface(e.trigger) == "attacked")
    assert attack.referenced
    assert example.entity(attack.place_id).name == "Khojaly"
    times = {t.id: t.value for t in example.times}
    assert any(times[t].startswith("1992-02-2") for t in attack.time_ids)
    statement = next(s for s in example.statements if s.id == attack.statement_id)
    assert example.surface(statement.source) == "Other speakers"
    (children,) = [q for q in example.quantities if q.value == 63]
    assert example.surface(children.counted) == "children"
    assert children.statement_id == statement.id


def test_types_the_stage_creates_itself_are_documented() -> None:
    assert {"STATEMENT", "OCCURRENCE"} <= set(EVENT_TYPES)


def _with_org(nlp, text: str, name: str, category: str = "ORG") -> Article:
    """The events stage over `text`, with `name` typed ORG (or `category`), as the tagger often
    types buildings."""
    from dateline.extract.events import extract_events
    from dateline.nlp import Parsed

    start = text.index(name)
    entity = Entity(
        "E1", name, category, (Mention(Span(start, start + len(name)), category, "name", "E1"),)
    )
    document = Document(id="t", text=text, body=Span(0, len(text)))
    article = Article(
        document=document,
        dateline=Dateline(None, None, None, None, None, "en", None),
        entities=(entity,),
    )
    return extract_events(article, Parsed(nlp(text), 0))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,name,place",
    [
        # a building's name the tagger calls an organisation, after "at": the place
        ("The two leaders met at the White House for ninety minutes.", "White House", "E1"),
        # a described building ("the German consulate") is not a named place
        ("A bomb exploded outside the German consulate, police said.", "German consulate", None),
        # a one-word chamber is no building: "the House" passes bills
        ("The bill passed in the House on Tuesday.", "House", None),
        # a named organisation that is no building is not one
        ("The leaders met at the Federal Reserve for an hour.", "Federal Reserve", None),
    ],
)
def test_a_named_building_typed_organisation_is_a_place(nlp, text, name, place) -> None:
    article = _with_org(nlp, text, name)
    (main,) = [e for e in article.events if e.is_main]
    assert main.place_id == place


@pytest.mark.slow
def test_a_named_building_typed_as_a_work_is_a_place(nlp) -> None:
    # the small model calls "Trump Towers" a work of art
    text = "The singer staged a protest outside Trump Towers on Wednesday."
    article = _with_org(nlp, text, "Trump Towers", "WORK_OF_ART")
    (main,) = [e for e in article.events if e.is_main]
    assert main.place_id == "E1"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,place",
    [
        # the sentence that says when the main event happened says where
        (
            "Cubs win World Series\n\nThe Cubs are champions of the baseball world. It was "
            "a long night for the team and its fans. Nobody in the city slept. At 12:48am on "
            "Thursday in Cleveland, Ohio, Michael Martinez chopped a groundball to third base.",
            "Cleveland",
        ),
        # a place on a route is not where the event happened
        (
            "Tram derails\n\nA tram derailed and overturned, killing seven people. Many people "
            "were hurt. Many were taken to hospital. The tram was travelling from Croydon to "
            "London when it derailed at 6.10am on Wednesday.",
            None,
        ),
        (
            "Tram derails\n\nA tram derailed and overturned, killing seven people. Many people "
            "were hurt. Many were taken to hospital. The tram derailed at 6.10am on Wednesday "
            "in Croydon, police said.",
            "Croydon",
        ),
    ],
)
def test_main_event_place_beside_its_time(text: str, place: str | None) -> None:
    article, main = _main(text, "2016-11-09T20:00:00+00:00")
    assert (article.entity(main.place_id).name if main.place_id else None) == place


@pytest.mark.slow
def test_a_main_event_that_names_no_one_takes_who_from_the_lead_that_tells_it_again() -> None:
    text = (
        "Seven killed as tram derails\n\n"
        "At least seven people were killed when a tram derailed in Croydon on Wednesday."
    )
    article, main = _main(text, "2016-11-10T09:00:00+00:00")
    assert article.surface(main.trigger) == "killed"
    assert ("victim", "At least seven people") in roles(article, main)
    # the same verb tells it again though the lead gives no cause (an ASSAULT by its words)
    text = "Seven killed as tram derails\n\nAt least seven people were killed in Croydon."
    article, main = _main(text, "2016-11-10T09:00:00+00:00")
    assert main.type == "ACCIDENT"
    assert ("victim", "At least seven people") in roles(article, main)
    # a headline that names its doer keeps it
    text = "Obama meets Trump at White House\n\nBarack Obama met Donald Trump on Thursday."
    article, main = _main(text, "2016-11-10T09:00:00+00:00")
    assert roles(article, main) == {("agent", "Obama"), ("target", "Trump")}


@pytest.mark.slow
def test_a_listed_name_the_parse_reads_as_an_apposition_is_a_participant_too() -> None:
    # "A, B and C crash out": the parse hangs B on A as an apposition and C on B
    text = (
        "Kimi Raikkonen, Marcus Ericsson and Felipe Massa crash out as Grand Prix riddled by "
        "red flags\n\n"
        "The race was stopped twice."
    )
    article, main = _main(text, "2016-11-13T18:00:00+00:00")
    assert {
        ("agent", "Kimi Raikkonen"),
        ("agent", "Marcus Ericsson"),
        ("agent", "Felipe Massa"),
    } <= roles(article, main)


def _every_mention(text: str) -> Article:
    """The text's article with every event mention (`--event-mentions all`)."""
    return dateline.extract(text, published="2024-03-06T10:00:00+00:00", event_mentions="all")


@pytest.mark.slow
def test_every_event_mention_adds_untyped_verbs_and_keeps_the_typed_events() -> None:
    text = (
        "Rebels attacked the town on Monday. Residents waited in Gori on Tuesday for news "
        "of their relatives, and the mayor said the roads were closed."
    )
    published = "2024-03-06T10:00:00+00:00"
    typed = dateline.extract(text, published=published)
    every = dateline.extract(text, published=published, event_mentions="all")

    def described(article: Article, event: Event) -> tuple:
        times = {t.id: t.value for t in article.times}
        return (
            event.type,
            {(p.role, article.surface(p.span)) for p in event.participants},
            [times[t] for t in event.time_ids],
            article.entity(event.place_id).name if event.place_id else None,
            event.statement_id is not None,
            event.is_main,
        )

    found = {every.surface(e.trigger): described(every, e) for e in every.events}
    # the typed events, the main one included, are as without the option
    for event in typed.events:
        assert found[typed.surface(event.trigger)] == described(typed, event)
    # an untyped verb: its arguments as whole phrases, with its own time and place
    assert found["waited"] == (
        "OCCURRENCE",
        {("agent", "Residents"), ("oblique", "news of their relatives")},
        ["2024-03-05"],
        "Gori",
        False,
        False,
    )
    # a speech cue is a STATEMENT mention; a verb inside its content carries the attribution
    assert found["said"][0] == "STATEMENT"
    assert found["closed"][4] is True
    # no untyped mention is a narrated sub-event of the main one
    untyped = [e for e in every.events if e.type in ("OCCURRENCE", "STATEMENT") and not e.is_main]
    assert untyped and all(e.parent_id is None for e in untyped)


@pytest.mark.slow
def test_a_definite_repeat_inside_a_claim_lends_the_event_nothing() -> None:
    # the Taliban's claim names a week and a province; the reported attack keeps neither
    text = (
        "A suicide bomber attacked the German consulate in Mazar-i-Sharif on Thursday. "
        "The Taliban said it carried out the attack in retaliation for air strikes last week "
        "in Kunduz province."
    )
    article, main = _main(text, "2016-11-11T12:00:00+00:00")
    times = {t.id: article.surface(t.span) for t in article.times}
    assert [times[t] for t in main.time_ids] == ["Thursday"]
    assert article.entity(main.place_id).name == "Mazar-i-Sharif"
    claimed = [e for e in article.events if article.surface(e.trigger) == "attack"]
    assert claimed and all(e.statement_id is not None for e in claimed)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,trigger,agent",
    [
        # a participle adjunct shares its clause's subject
        (
            "A suicide bomber rammed a truck into the consulate, killing four people.",
            "killing",
            "A suicide bomber",
        ),
        # so does a coordinated verb without a subject of its own
        ("Rebels seized the town and killed two guards.", "killed", "Rebels"),
    ],
)
def test_a_verb_without_a_subject_shares_its_clause_subject(
    text: str, trigger: str, agent: str
) -> None:
    article = dateline.extract(text, published="2016-11-11T12:00:00+00:00")
    (event,) = [e for e in article.events if article.surface(e.trigger) == trigger]
    assert ("agent", agent) in {(p.role, article.surface(p.span)) for p in event.participants}


@pytest.mark.slow
def test_every_event_mention_leaves_out_participles_that_work_as_prepositions() -> None:
    text = (
        "Shares fell sharply, including those of Apple. According to the report, the ageing "
        "fleet will be replaced."
    )
    article = _every_mention(text)
    triggers = {article.surface(e.trigger) for e in article.events}
    assert {"fell", "replaced"} <= triggers
    assert not triggers & {"including", "According", "ageing"}


@pytest.mark.slow
def test_a_place_that_acts_in_the_lead_is_not_where_the_main_event_is() -> None:
    article, main = _main(
        "Fans rage over new chocolate bar.\n\nWhile the U.S. talks about the election, "
        "chocolate fans are angry about the new shape of their favourite bar. The maker "
        "cites costs. Fans call the move a betrayal. Sales in the U.S. are not affected.",
        "2016-11-08T12:00:00+00:00",
    )
    assert main.place_id is None


@pytest.mark.slow
def test_when_every_event_is_claimed_the_main_event_is_the_claim() -> None:
    article, main = _main(
        "Russia: we will respond to the new sanctions\n\nThe ministry repeated it on Monday.",
        "2016-11-11T12:00:00+00:00",
    )
    assert article.surface(main.trigger) == "respond"
    (statement,) = [s for s in article.statements if s.id == main.statement_id]
    assert article.surface(statement.source) == "Russia"


@pytest.mark.slow
def test_every_event_mention_adds_event_nouns_with_their_arguments() -> None:
    # nouns made of verbs ("announcement", "delivery") and nouns of happenings ("drop") are
    # mentions; a nominalization that names a body ("government") or a thing is not
    text = (
        "The announcement of the merger followed a sharp drop in sales. The government "
        "delayed the delivery of the jets, and the building stayed empty."
    )
    article = _every_mention(text)
    found = {
        article.surface(e.trigger): {(p.role, article.surface(p.span)) for p in e.participants}
        for e in article.events
    }
    assert {"announcement", "drop", "delivery"} <= found.keys()
    assert ("target", "the merger") in found["announcement"]
    assert ("target", "the jets") in found["delivery"]
    assert not found.keys() & {"government", "building"}
    # without the option, only typed events: no untyped noun
    typed = dateline.extract(text, published="2024-03-06T10:00:00+00:00")
    assert not {typed.surface(e.trigger) for e in typed.events} & {"announcement", "drop"}


@pytest.mark.slow
def test_a_whole_phrase_argument_drops_the_comma_that_closes_its_apposition(
    nlp: Language,
) -> None:
    doc = nlp("General Arthur Lichte, head of the Mobility Command, said the plane was late.")
    head = next(t for t in doc if t.text == "Lichte")
    start, end = _without_edge_punctuation(doc, head)
    assert doc[start:end].text == "General Arthur Lichte, head of the Mobility Command"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,trigger,event_type",
    [
        # a phrasal verb and its particle are one trigger
        ("Apple rolled out the new phone on Monday.", "rolled out", "OCCURRENCE"),
        # a fixed phrase with a type of its own: an assault, not the opening of a ceremony
        ("Gunmen opened fire on the crowd in Kabul on Friday.", "opened fire", "ASSAULT"),
    ],
)
def test_a_verb_and_the_word_that_completes_it_are_one_trigger(
    text: str, trigger: str, event_type: str
) -> None:
    article = _every_mention(text)
    (event,) = [e for e in article.events if article.surface(e.trigger) == trigger]
    assert event.type == event_type
    second = trigger.split()[1]
    # the completing word is neither a participant nor an event of its own
    assert second not in {article.surface(p.span) for p in event.participants}
    assert second not in {article.surface(e.trigger) for e in article.events}


@pytest.mark.slow
def test_force_is_no_criticism() -> None:
    _, events = events_of("Troops blasted the checkpoint with artillery.")
    assert events["blasted"].type != "DISAPPROVE"
