from __future__ import annotations

import pytest

import dateline
from dateline.extract.entities import (
    Candidate,
    _with_honorific,
    canonical_name,
    cluster_mentions,
    cut_name_edges,
    cut_to_known_names,
    cut_trailing_furniture,
    drop_leading_articles,
    drop_non_names,
    entity_sex,
    mark_institutions,
    relabel_surnames_read_as_places,
    spacy_candidates,
)
from dateline.nlp import blank_pipeline
from dateline.records import Attribute, Entity, Mention, Span


def clusters_as_text(mentions: list[tuple[str, str]]) -> list[list[str]]:
    return [[mentions[i][0] for i in members] for members in cluster_mentions(mentions)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,place,container",
    [
        ("The conference was held at Friendship Park in Sarajevo.", "Friendship Park", "Sarajevo"),
        ("The tram derailed in Croydon, near London.", "Croydon", "London"),
        # through "the ... city of"
        (
            "A bomb exploded outside the German Consulate in the northern city of Kunduz on"
            " Thursday.",
            "German Consulate",
            "Kunduz",
        ),
        # an "in" phrase of another clause places nothing in it
        (
            "While the U.S. talks about the election, chocolate fans in Britain are angry.",
            "U.S.",
            None,
        ),
    ],
)
def test_place_containment(text: str, place: str, container: str | None) -> None:
    article = dateline.extract(text, published="2016-11-08T12:00:00+00:00")
    (entity,) = [e for e in article.entities if e.name == place]
    assert [a.value for a in entity.located_in] == ([container] if container else [])


@pytest.mark.parametrize(
    "mentions,expected",
    [
        # full name, then surname alone, then initial + surname
        (
            [("Vilayat Guliyev", "PERSON"), ("Guliyev", "PERSON"), ("V. Guliyev", "PERSON")],
            [["Vilayat Guliyev", "Guliyev", "V. Guliyev"]],
        ),
        # near-identical spelling in one article, with an initial
        (
            [("Mushfiq Jafarov", "PERSON"), ("M. Jaffarov", "PERSON")],
            [["Mushfiq Jafarov", "M. Jaffarov"]],
        ),
        # a different initial is a different person
        (
            [("Mushfiq Jafarov", "PERSON"), ("R. Jafarov", "PERSON")],
            [["Mushfiq Jafarov"], ["R. Jafarov"]],
        ),
        # different first names with the same surname stay apart; a bare surname goes to the latest
        (
            [("Bill Clinton", "PERSON"), ("Hillary Clinton", "PERSON"), ("Clinton", "PERSON")],
            [["Bill Clinton"], ["Hillary Clinton", "Clinton"]],
        ),
        # a full name joins no cluster holding another first name, even through a bare
        # surname; a later bare surname goes to the person written most
        (
            [
                ("Barack Obama", "PERSON"),
                ("Obama", "PERSON"),
                ("Michelle Obama", "PERSON"),
                ("Obama", "PERSON"),
            ],
            [["Barack Obama", "Obama", "Obama"], ["Michelle Obama"]],
        ),
        # a surname with its particle: "De Blasio" is "Bill de Blasio"
        (
            [("Bill de Blasio", "PERSON"), ("De Blasio", "PERSON"), ("de Blasio's", "PERSON")],
            [["Bill de Blasio", "De Blasio", "de Blasio's"]],
        ),
        # short names are never fuzzy-matched
        ([("Ann Lee", "PERSON"), ("Lea", "PERSON")], [["Ann Lee"], ["Lea"]]),
        # possessive and honorific
        (
            [("Anna Berg", "PERSON"), ("Berg's", "PERSON"), ("Ms. Berg", "PERSON")],
            [["Anna Berg", "Berg's", "Ms. Berg"]],
        ),
        # a lone first name joins the one person it names
        ([("Hillary Clinton", "PERSON"), ("Hillary", "PERSON")], [["Hillary Clinton", "Hillary"]]),
        # organisations: article and case; acronyms
        (
            [("the United Nations", "ORG"), ("United Nations", "ORG"), ("UN", "ORG")],
            [["the United Nations", "United Nations", "UN"]],
        ),
        # a place's other names are the place; its government is not, nor its acronym
        (
            [
                ("the United States government", "ORG"),
                ("US", "GPE"),
                ("the United States", "GPE"),
                ("U.S.", "GPE"),
                ("US government", "ORG"),
            ],
            [
                ["the United States government", "US government"],
                ["US", "the United States", "U.S."],
            ],
        ),
        # demonyms: singular and plural are one group; a person never joins a place
        (
            [("Armenian", "NORP"), ("Armenians", "NORP"), ("Jordan", "GPE"), ("Jordan", "PERSON")],
            [["Armenian", "Armenians"], ["Jordan"], ["Jordan"]],
        ),
    ],
)
def test_cluster_mentions(mentions: list[tuple[str, str]], expected: list[list[str]]) -> None:
    assert clusters_as_text(mentions) == expected


P = "PERSON"


@pytest.mark.parametrize(
    "mentions,before,expected",
    [
        # Mr. and Mrs. Clinton are two people, each joining the full name told of the same sex
        (
            [("Hillary Clinton", P), ("Clinton", P), ("Bill Clinton", P), ("Clinton", P)],
            ["candidate", "Mrs.", "husband", "Mr."],
            [["Hillary Clinton", "Clinton"], ["Bill Clinton", "Clinton"]],
        ),
        # a relative a word of family introduces does not join a run of bare surnames; a later
        # "Mrs. Obama" joins her, a bare "Obama" the run
        (
            [("Obama", P), ("Obama", P), ("Obama", P), ("Michelle Obama", P), ("Obama", P)]
            + [("Obama", P)],
            ["President", "Mr.", "with", "lady", "Mrs.", "said"],
            [["Obama", "Obama", "Obama", "Obama"], ["Michelle Obama", "Obama"]],
        ),
        # the family word anywhere tells it: the earlier mention stays apart too
        (
            [("Trump", P), ("Ivanka Trump", P), ("Ivanka Trump", P)],
            [None, "with", "daughter"],
            [["Trump"], ["Ivanka Trump", "Ivanka Trump"]],
        ),
        # two people of unknown sex share the surname: "Mr. Clinton" guesses neither
        (
            [("Bill Clinton", P), ("Hillary Clinton", P), ("Clinton", P), ("Clinton", P)],
            ["President", "and", "Mr.", "Mr."],
            [["Bill Clinton"], ["Hillary Clinton"], ["Clinton", "Clinton"]],
        ),
        # but with one person of that surname, the honorific joins them
        (
            [("Donald J. Trump", P), ("Trump", P), ("Trump", P)],
            [None, "Mr.", "Ms."],
            [["Donald J. Trump", "Trump"], ["Trump"]],
        ),
        # a short form of a first name is the same person; a feminine form is not
        (
            [("Philip Seary", P), ("Phil Seary", P), ("Seary", P)],
            [None, None, "Mr"],
            [["Philip Seary", "Phil Seary", "Seary"]],
        ),
        (
            [("Eric Garner", P), ("Erica Garner", P)],
            [None, "daughter"],
            [["Eric Garner"], ["Erica Garner"]],
        ),
        # "Father Brown" is a priest, not somebody's father; a capitalised title is no kin word
        (
            [("Brown", P), ("Tom Brown", P)],
            ["Father", "said"],
            [["Brown", "Tom Brown"]],
        ),
        # a title-case headline's "Miss" is a verb, not an honorific
        (
            [("Trump", P), ("Donald J. Trump", P), ("Trump", P)],
            ["Miss", None, "Mr."],
            [["Trump", "Donald J. Trump", "Trump"]],
        ),
    ],
)
def test_cluster_mentions_tells_people_of_one_surname_apart(
    mentions: list[tuple[str, str]], before: list[str | None], expected: list[list[str]]
) -> None:
    clusters = cluster_mentions(mentions, before)
    assert [[mentions[i][0] for i in members] for members in clusters] == expected


@pytest.mark.parametrize(
    "titles,roles,expected",
    [
        (("Mrs.",), (), "f"),
        (("first lady",), (), "f"),
        (("Mr.", "Senator"), (), "m"),
        (("Senator",), (), None),
        ((), ("husband",), "m"),
    ],
)
def test_entity_sex_is_what_its_titles_and_roles_tell(
    titles: tuple[str, ...], roles: tuple[str, ...], expected: str | None
) -> None:
    span = Span(0, 5)
    entity = Entity(
        "E1",
        "Clinton",
        "PERSON",
        (Mention(span, "PERSON"),),
        titles=tuple(Attribute(t, span) for t in titles),
        roles=tuple(Attribute(r, span) for r in roles),
    )
    assert entity_sex(entity) == expected


@pytest.mark.parametrize(
    "name,before,expected",
    [
        ("Clinton", ["Mrs.", "Mrs.", None], "Mrs. Clinton"),
        ("Clinton", ["Mr.", "Mrs."], "Clinton"),  # the text tells both: no honorific
        ("Clinton", ["President", None], "Clinton"),
        ("Hillary Clinton", ["Mrs."], "Hillary Clinton"),  # a full name needs none
    ],
)
def test_a_person_known_by_surname_keeps_its_honorific(
    name: str, before: list[str | None], expected: str
) -> None:
    assert _with_honorific(name, before) == expected


@pytest.mark.slow
def test_a_word_of_family_before_a_name_is_its_role() -> None:
    article = extract_entities_of("George W. Bush and his wife, Laura Bush, visited Texas.")
    laura = next(e for e in article.entities if e.name == "Laura Bush")
    assert [r.value for r in laura.roles] == ["wife"]
    assert entity_sex(laura) == "f"


def test_canonical_name_prefers_the_name_written_most() -> None:
    assert canonical_name(["Obama", "Obamas", "Obama", "Obama"], "PERSON") == "Obama"


def test_canonical_name_drops_an_editors_brackets() -> None:
    assert canonical_name(["James B.] Comey", "Comey"], "PERSON") == "James B. Comey"


@pytest.mark.parametrize(
    "surfaces,label,expected",
    [
        (["V. Guliyev", "Vilayat Guliyev", "Guliyev"], "PERSON", "Vilayat Guliyev"),
        (["the Heydar Aliyev Foundation"], "ORG", "Heydar Aliyev Foundation"),
        (["Berg's"], "PERSON", "Berg"),
        # a surname's particle is part of the fullest name
        (["De Blasio", "Bill de Blasio", "de Blasio"], "PERSON", "Bill de Blasio"),
    ],
)
def test_canonical_name(surfaces: list[str], label: str, expected: str) -> None:
    assert canonical_name(surfaces, label) == expected


def extract_entities_of(text: str):
    from dateline.extract.pipeline import extract_documents
    from dateline.extract.registry import stages_until
    from dateline.ingest.readers import make_text_document

    document = make_text_document(text, source="test")
    (article,) = list(extract_documents([document], stages=stages_until("entities")))
    return article


def entity_named(article, name: str):
    for entity in article.entities:
        if entity.name == name:
            return entity
    raise AssertionError(f"{name!r} not in {[e.name for e in article.entities]}")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,names",
    [
        # an owner and the person it owns are two names
        (
            "Green Party’s Jill Stein spoke in Ohio. Jill Stein left.",
            {("Green Party", "ORG"), ("Jill Stein", "PERSON"), ("Ohio", "GPE")},
        ),
        # a year or a figure after a name is not part of it
        ("He cited Trump’s 1995 tax returns.", {"Trump"}),
        ("Polls gave Trump 47.3 percent of the vote.", {"Trump"}),
        # a possessive inside a name, and a number that is part of one, stay
        (
            "The Democratic People's Republic of Korea fired a missile.",
            {("Democratic People's Republic of Korea", "GPE")},
        ),
        ("Intermediate School 285 opened.", {("Intermediate School 285", "ORG")}),
    ],
)
def test_possessives_and_figures_in_name_spans(
    text: str, names: set[tuple[str, str]] | set[str]
) -> None:
    entities = extract_entities_of(text).entities
    if all(isinstance(name, str) for name in names):  # the span alone; its type is the tagger's
        assert {e.name for e in entities} == names
    else:
        assert {(e.name, e.type) for e in entities} == names


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,name,type_",
    [
        (
            "The Armenians and the Azerbaijanis met. Azerbaijani officials spoke.",
            "Armenians",
            "NORP",
        ),
        (
            "Officials said Armenia's policy had changed, and Armenia's army moved.",
            "Armenia",
            "GPE",
        ),
        ("She spoke at the Khazar Media Center on Monday.", "Khazar Media Center", "ORG"),
        # an online platform the tagger reads as a person is an organisation
        ("Mr. Trump answered on Twitter.", "Twitter", "ORG"),
        # a name that only modifies a noun is typed by the phrase; alone, it is a place
        (
            "Victims of the Croydon tram tragedy were named. Donald Collett, 62, from Croydon, "
            "died. The Croydon tram crash shocked the town.",
            "Croydon",
            "GPE",
        ),
        # a wire dateline's city split from the byline name the tagger joins it to
        (
            "By Alana Wise and Mark Hosenball WASHINGTON, Nov 6 (Reuters) - The FBI said so.",
            "WASHINGTON",
            "GPE",
        ),
        (
            "By Alana Wise and Mark Hosenball WASHINGTON, Nov 6 (Reuters) - The FBI said so.",
            "Mark Hosenball",
            "PERSON",
        ),
        # a person the tagger ran on after an organisation's name ending in a plural
        (
            "The Council on American-Islamic Relations Alia Salem spoke on Monday.",
            "Alia Salem",
            "PERSON",
        ),
    ],
)
def test_repairs_give_the_right_type(text: str, name: str, type_: str) -> None:
    assert entity_named(extract_entities_of(text), name).type == type_


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,name,mentions",
    [
        # the tagger misses the headline's "Glasgow" and finds the body's
        (
            "Glasgow tram crash: Police identify the victims\n\nA woman from Glasgow died.",
            "Glasgow",
            2,
        ),
        # part of a longer capitalised run is another name
        ("Glasgow Central Station closed.\n\nA woman from Glasgow died.", "Glasgow", 1),
    ],
)
def test_a_name_found_once_is_found_where_the_tagger_missed_it(
    text: str, name: str, mentions: int
) -> None:
    assert len(entity_named(extract_entities_of(text), name).mentions) == mentions


@pytest.mark.parametrize(
    "words,name,expected",
    [
        # a demonym and an institution: the institution, an organisation
        (
            ["the", "Azerbaijani", "embassy", "said"],
            (1, 2, "NORP"),
            [("the Azerbaijani embassy", "ORG")],
        ),
        # a country's government is an organisation, not the country; the country's name
        # stays a name of its own inside it
        (
            ["the", "New", "Zealand", "government", "said"],
            (1, 3, "GPE"),
            [("the New Zealand government", "ORG"), ("New Zealand", "GPE")],
        ),
        # a country's own institution ("Ukraine's military"), the country inside it
        (
            ["Ukraine", "'s", "military", "said"],
            (0, 1, "GPE"),
            [("Ukraine 's military", "ORG"), ("Ukraine", "GPE")],
        ),
        # ... but not "state" or "mission" after a country's possessive
        (["China", "'s", "state", "media"], (0, 1, "GPE"), [("China", "GPE")]),
        # a place before a noun that is no government stays the place
        (["the", "Ohio", "state", "fair"], (1, 2, "GPE"), [("Ohio", "GPE")]),
        # a demonym names no government of its own unless an institution follows
        (["the", "Chinese", "people"], (1, 2, "NORP"), [("Chinese", "NORP")]),
    ],
)
def test_an_institution_of_a_place_or_people_is_an_organisation(
    words: list[str], name: tuple[int, int, str], expected: list[tuple[str, str]]
) -> None:
    doc = blank_pipeline("en")(" ".join(words))
    found = mark_institutions(doc, [Candidate(*name)])
    assert [(doc[c.start : c.end].text, c.label) for c in found] == expected


@pytest.mark.parametrize(
    "words,entity,expected",
    [
        # the tagger runs a name over an article: two names, the article in neither
        (
            ["delivers", "Cubs", "a", "World", "Series"],
            (1, 5),
            ["Cubs", "World Series"],
        ),
        # ... and over a paragraph break
        (["the", "Cubs", "\n\n", "Chicago", "rides"], (1, 4), ["Cubs", "Chicago"]),
        # a capitalised article is part of the name
        (["watched", "A", "Christmas", "Carol"], (1, 4), ["A Christmas Carol"]),
    ],
)
def test_a_name_span_is_cut_where_no_name_goes_on(
    words: list[str], entity: tuple[int, int], expected: list[str]
) -> None:
    import spacy
    from spacy.tokens import Doc

    spaces = [
        w != "\n\n" and after != "\n\n" for w, after in zip(words, [*words[1:], ""], strict=True)
    ]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    doc.ents = [
        doc.char_span(doc[entity[0]].idx, doc[entity[1] - 1].idx + len(doc[entity[1] - 1]), "ORG")
    ]
    assert [doc[c.start : c.end].text for c in spacy_candidates(doc)] == expected


@pytest.mark.parametrize(
    "words,spaces,expected",
    [
        # a photo credit's glued slash and a gallery counter are no part of a name
        (
            ["Carl", "Court", "/", "Getty", "Images", "3/8", "Emergency"],
            [True, False, False, True, True, True, False],
            ["Carl Court", "Getty Images", "Emergency"],
        ),
        # a slash between spaces joins two parts of one name
        (
            ["Digital", "Rights", "/", "Restrictions", "Management"],
            [True, True, True, True, False],
            ["Digital Rights / Restrictions Management"],
        ),
        # a web address with a path is no name; a domain name is one; punctuation that opens
        # a span is cut off
        (["pic.twitter.com/mwz56sxacI", "Khan"], [True, False], ["Khan"]),
        (["Amazon.com"], [False], ["Amazon.com"]),
        (["--", "David", "Wriglesworth"], [True, True, False], ["David Wriglesworth"]),
    ],
)
def test_page_furniture_is_cut_out_of_name_spans(
    words: list[str], spaces: list[bool], expected: list[str]
) -> None:
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    doc.ents = [doc.char_span(0, len(doc.text), "ORG")]
    assert [doc[c.start : c.end].text for c in spacy_candidates(doc)] == expected


@pytest.mark.parametrize(
    "words,expected",
    [
        (["GETTY", "Trump"], "Trump"),
        (["Melania", "GETTY"], "Melania"),
        (["Getty", "Images"], "Getty Images"),  # the agency named in running text stays
        (["REUTERS"], "REUTERS"),  # a span that is only the credit is left to other rules
        (["Instagram", "Lady", "Gaga"], "Lady Gaga"),  # a caption's platform run into a name
        (["Musician", "Lady", "Gaga"], "Lady Gaga"),  # the role that opens the sentence
        (["Judge", "Mary", "Smith"], "Judge Mary Smith"),  # a title: the title stage reads it
        (["JON", "STEWART", "Stewart"], "Stewart"),  # a caption's heading that names him again
        (["CHER", "Singer", "Cher"], "Cher"),  # ... and the role after it
        (["SAMUEL", "L.", "JACKSON"], "SAMUEL L. JACKSON"),  # a name all in capitals stays
        (["JK", "Rowling"], "JK Rowling"),  # initials are no heading
        (["Tuesday", "Rosie", "O'Donnell"], "Rosie O'Donnell"),  # a day run into a name
        (["9", "Ben", "Zobrist"], "Ben Zobrist"),  # a caption's number
        (["April", "Ryan"], "April Ryan"),  # a month that is a given name stays
    ],
)
def test_a_photo_credit_at_the_edge_of_a_name_is_cut(words: list[str], expected: str) -> None:
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words)
    (candidate,) = cut_name_edges(doc, [Candidate(0, len(words), "PERSON")])
    assert doc[candidate.start : candidate.end].text == expected


@pytest.mark.parametrize(
    "words,expected",
    [
        (["day", ":", "Rapper", "Snoop", "Dogg"], "Snoop Dogg"),  # a caption opens with a role
        (["the", "Singer", "Adele", "Adkins"], "Singer Adele Adkins"),  # inside a sentence: kept
    ],
)
def test_a_role_opening_a_caption_is_cut_from_a_name(words: list[str], expected: str) -> None:
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words)
    start = next(i for i, word in enumerate(words) if word[:1].isupper() and word != ":")
    (candidate,) = cut_name_edges(doc, [Candidate(start, len(words), "PERSON")])
    assert doc[candidate.start : candidate.end].text == expected


@pytest.mark.parametrize(
    "words,expected",
    [
        (["Cleveland", "Indians", "Getty", "Images"], "Cleveland Indians"),
        (["Washington", "Post", "Buy", "Photo"], "Washington Post"),
        (["Free", "Trade", "Agreement", "with"], "Free Trade Agreement"),
        (["Video", "Loading", "Video", "Unavailable", "Click"], None),  # furniture alone
        (["Getty", "Images"], None),
        (["Bank", "of", "England"], "Bank of England"),
        (["Photo", "Booth", "Inc."], "Photo Booth Inc."),  # a name that opens with such a word
        (["Washington", "View", "Photos"], "Washington"),  # a gallery's link
        (["Photo", "KUNDUZ"], "KUNDUZ"),  # a picture's slot before a dateline in capitals
    ],
)
def test_page_furniture_and_function_words_end_no_name(
    words: list[str], expected: str | None
) -> None:
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words)
    found = cut_trailing_furniture(doc, [Candidate(0, len(words), "ORG")])
    assert [doc[c.start : c.end].text for c in found] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "words,expected",
    [
        (["a", "World", "Health", "Organisation"], "World Health Organisation"),
        (["this", "White", "House"], "White House"),
        (["another", "Secret", "Service"], "Secret Service"),
        (["This", "Morning"], "This Morning"),  # capitalised: it may be the name
    ],
)
def test_a_lower_case_determiner_opens_no_name(words: list[str], expected: str) -> None:
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words)
    (candidate,) = drop_leading_articles(doc, [Candidate(0, len(words), "ORG")])
    assert doc[candidate.start : candidate.end].text == expected


@pytest.mark.parametrize(
    "words,label,kept",
    [
        (["Musician"], "NORP", False),  # a role the tagger called a group
        (["Analyst", "Smith"], "PERSON", True),  # a role before a name is left to other stages
        (["General"], "ORG", True),  # a title is read by the title stage
        (["Kosovar"], "NORP", True),
        (["Singer"], "PERSON", True),  # a surname ("Peter Singer ... Singer argued")
    ],
)
def test_a_role_word_alone_is_no_name(words: list[str], label: str, kept: bool) -> None:
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words)
    assert bool(drop_non_names(doc, [Candidate(0, len(words), label)])) is kept


@pytest.mark.slow
def test_a_caption_word_before_a_wire_dateline_is_no_name() -> None:
    article = extract_entities_of("Photo LONDON -- The peaks are slimmer than they were.")
    assert [(e.name, e.type) for e in article.entities] == [("LONDON", "GPE")]


@pytest.mark.slow
def test_role_reference_resolves_to_the_one_title_holder() -> None:
    article = extract_entities_of(
        "MP Anar Mammadov visited Baku on Monday. The MP said the talks went well."
    )
    person = entity_named(article, "Anar Mammadov")
    assert [m.kind for m in person.mentions] == ["name", "role"]
    assert [t.value for t in person.titles] == ["MP"]


@pytest.mark.slow
def test_appositive_role_and_affiliation() -> None:
    article = extract_entities_of(
        "John Smith, a spokesman for the World Health Organization, said the outbreak was over."
    )
    person = entity_named(article, "John Smith")
    assert any("spokesman" in r.value for r in person.roles)
    assert any("World Health Organization" in a.value for a in person.affiliations)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,mentions",
    [
        # the tagger reads "WHO" as a pronoun
        (
            "The World Health Organisation warned on Monday. WHO say iodine is scarce.",
            ["The World Health Organisation", "WHO"],
        ),
        # the acronym the tagger ran into the name, and an article it took in
        (
            "It went to a World Health Organisation panel. The World Health Organisation "
            "(WHO) said so.",
            ["World Health Organisation", "The World Health Organisation", "WHO"],
        ),
        # written before its full name, or in a headline in capitals, it is not read
        (
            "WHO IS TO BLAME?\n\nThe World Health Organisation said so.",
            ["The World Health Organisation"],
        ),
        ("WHO say so. The World Health Organisation agreed.", ["The World Health Organisation"]),
        # an article the tagger took in at a sentence start
        (
            "A World Health Organisation panel met. The World Health Organisation agreed.",
            ["World Health Organisation", "The World Health Organisation"],
        ),
        # initials of no organisation named here are no acronym
        ("The World Bank lent more. WBG officials met on Monday.", ["The World Bank"]),
    ],
)
def test_an_organisations_acronym_the_tagger_missed_is_its_mention(
    text: str, mentions: list[str]
) -> None:
    article = extract_entities_of(text)
    found = [
        [m.span.slice(text) for m in e.mentions]
        for e in article.entities
        if e.type == "ORG" and "World" in e.name
    ]
    assert found == [mentions]


@pytest.mark.slow
def test_groups_of_people_that_act_are_one_group_entity_per_noun() -> None:
    text = (
        "Other speakers stated that the war was a crime. Speakers added that it must end. "
        "According to analysts, the index could fall. The children were safe. "
        "The Workers Party said no."
    )
    article = extract_entities_of(text)
    groups = {
        e.name: [m.span.slice(text) for m in e.mentions]
        for e in article.entities
        if e.type == "GROUP"
    }
    # "children" is no group that speaks; "Workers" is inside a name
    assert groups == {"speakers": ["Other speakers", "Speakers"], "analysts": ["analysts"]}
    assert all(e.category == "group" for e in article.entities if e.type == "GROUP")


@pytest.mark.slow
def test_names_that_modify_a_group_make_it_another_group_affiliated_to_them() -> None:
    text = (
        "U.S. officials said the talks failed. Officials from China said they went well. "
        "Police said the roads were closed. A man was held by the police."
    )
    article = extract_entities_of(text)
    names = {e.id: e.name for e in article.entities}
    groups = {
        e.name: (
            [m.span.slice(text) for m in e.mentions],
            [names[a.entity_id] for a in e.affiliations],
        )
        for e in article.entities
        if e.type == "GROUP"
    }
    assert groups == {
        "U.S. officials": (["U.S. officials"], ["U.S."]),
        "officials from China": (["Officials from China"], ["China"]),
        "police": (["Police", "the police"], []),
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,groups",
    [
        (
            "U.S. officials said the talks failed. The officials added that more would follow.",
            {"U.S. officials": ["U.S. officials", "The officials"]},
        ),
        # a mention that does not act joins too
        (
            "U.S. officials said the talks failed. Reporters met with the officials.",
            {"U.S. officials": ["U.S. officials", "the officials"], "reporters": ["Reporters"]},
        ),
        # written before the named group, the bare noun may be anyone
        (
            "Analysts say the market will fall. Analysts at Goldman Sachs disagree.",
            {"analysts": ["Analysts"], "analysts at Goldman Sachs": ["Analysts at Goldman Sachs"]},
        ),
    ],
)
def test_a_bare_group_noun_after_the_one_named_group_of_that_noun_is_that_group(
    text: str, groups: dict[str, list[str]]
) -> None:
    article = extract_entities_of(text)
    found = {
        e.name: [m.span.slice(text) for m in e.mentions]
        for e in article.entities
        if e.type == "GROUP"
    }
    assert found == groups


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,names",
    [
        # given names the tagger left out of a person's name
        (
            "(Photo: James Long) Mayor of London Sadiq Khan said the city was in shock.",
            ["James Long", "London", "Sadiq Khan"],
        ),
        # a name with a connector found again where the tagger read only a name inside it
        (
            "The tram lay on its side. A Transport for London spokesman said the line was "
            "closed. A Transport for London official said more. London was quiet.",
            ["Transport for London", "London"],
        ),
    ],
)
def test_names_the_tagger_cut_short_are_whole(text: str, names: list[str]) -> None:
    article = extract_entities_of(text)
    assert sorted(e.name for e in article.entities) == sorted(names)
    assert all(m.span.slice(text) in names for e in article.entities for m in e.mentions)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,name,role",
    [
        # a role the name is set in apposition after
        (
            "It was opened by the Prime Minister of Singapore, Mr. Lee Hsien Loong, on Monday.",
            "Lee Hsien Loong",
            "Prime Minister of Singapore",
        ),
        ("Their spokesman, John Smith, said no.", "John Smith", "spokesman"),
        # ... which the parse may hang the name on the noun before
        (
            "It was greeted by 400 guests, including the Prime Minister of Singapore, Mr. Lee "
            "Hsien Loong, at the airport.",
            "Lee Hsien Loong",
            "Prime Minister of Singapore",
        ),
    ],
)
def test_a_role_before_an_apposed_name(text: str, name: str, role: str) -> None:
    person = entity_named(extract_entities_of(text), name)
    assert [r.value for r in person.roles] == [role]


@pytest.mark.slow
def test_a_list_of_people_after_a_role_gives_none_of_them_the_role() -> None:
    article = extract_entities_of("We met the minister, Ann Lee and Tom Cook on Monday.")
    people = [entity_named(article, name) for name in ("Ann Lee", "Tom Cook")]
    assert [role.value for person in people for role in person.roles] == []


# ------------------------------------------------------------------ the example article


@pytest.fixture(scope="module")
def example_entities(example_path):
    from dateline.extract.pipeline import extract_documents
    from dateline.extract.registry import stages_until
    from dateline.ingest import read_paths

    (document,) = list(read_paths([example_path]))
    (article,) = list(extract_documents([document], stages=stages_until("entities")))
    return article


def surfaces(article, entity) -> list[str]:
    return [article.surface(m.span) for m in entity.mentions]


@pytest.mark.slow
def test_example_guliyev_with_title_and_later_mentions(example_entities) -> None:
    guliyev = entity_named(example_entities, "Vilayat Guliyev")
    assert guliyev.type == "PERSON"
    assert surfaces(example_entities, guliyev) == [
        "Vilayat Guliyev",
        "Vilayat Guliyev",
        "V. Guliyev",
    ]
    assert {t.value for t in guliyev.titles} == {"Ambassador"}


@pytest.mark.slow
def test_example_jafarov_with_variant_spelling_and_role_reference(example_entities) -> None:
    jafarov = entity_named(example_entities, "Mushfiq Jafarov")
    assert surfaces(example_entities, jafarov) == ["Mushfiq Jafarov", "M. Jaffarov", "The MP"]
    assert {t.value for t in jafarov.titles} == {"MP"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "person,organisation",
    [
        ("Munira Shubasic", "Srebrenica Mothers Public Union"),
        ("Velma Saric", "Post-Conflict Research Center"),
    ],
)
def test_example_persons_split_from_their_organisations(
    example_entities, person, organisation
) -> None:
    entity = entity_named(example_entities, person)
    org = entity_named(example_entities, organisation)
    assert entity.type == "PERSON" and org.type == "ORG"
    assert [a.entity_id for a in entity.affiliations] == [org.id]
    assert [t.value for t in entity.titles] == [f"Chairman of {organisation}"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "name,type_",
    [
        ("Presidium of Bosnia and Herzegovina", "ORG"),
        ("House of Peoples of the Parliament of Bosnia and Herzegovina", "ORG"),
        ("For Pure Life Youth Public Union", "ORG"),
        ("Sarajevo", "GPE"),
        ("Friendship Park", "FAC"),
        ("Khojaly", "GPE"),
        ("Songmi", "GPE"),
        ("Admir Lisica", "PERSON"),
    ],
)
def test_example_entity_types(example_entities, name: str, type_: str) -> None:
    assert entity_named(example_entities, name).type == type_


@pytest.mark.slow
def test_example_demonyms_are_never_persons(example_entities) -> None:
    for entity in example_entities.entities:
        for mention in entity.mentions:
            surface = example_entities.surface(mention.span)
            if surface.startswith(("Azerbaijani", "Armenian")) and " " not in surface:
                assert mention.label == "NORP", surface


@pytest.mark.slow
def test_example_offsets_slice_to_surfaces(example_entities) -> None:
    text = example_entities.document.text
    for entity in example_entities.entities:
        for mention in entity.mentions:
            assert text[mention.span.start : mention.span.end].strip() == example_entities.surface(
                mention.span
            )


@pytest.mark.slow
def test_example_place_containment(example_entities) -> None:
    park = entity_named(example_entities, "Friendship Park")
    sarajevo = entity_named(example_entities, "Sarajevo")
    assert [a.entity_id for a in park.located_in] == [sarajevo.id]
    assert [a.value for a in sarajevo.located_in] == ["Bosnia and Herzegovina"]
    assert not entity_named(example_entities, "Khojaly").located_in


@pytest.mark.parametrize(
    "mentions,expected",
    [
        # a surname read as an organisation joins the one person it names
        (
            [("Donald Trump", "PERSON"), ("Trump", "ORG"), ("Trump", "PERSON")],
            [["Donald Trump", "Trump", "Trump"]],
        ),
        # two people with that surname written as often: it stays apart
        (
            [("Donald Trump", "PERSON"), ("Melania Trump", "PERSON"), ("Trump", "ORG")],
            [["Donald Trump"], ["Melania Trump"], ["Trump"]],
        ),
        # one of them written more often: it is theirs
        (
            [
                ("Donald Trump", "PERSON"),
                ("Donald Trump", "PERSON"),
                ("Melania Trump", "PERSON"),
                ("Trump", "ORG"),
            ],
            [["Donald Trump", "Donald Trump", "Trump"], ["Melania Trump"]],
        ),
        # a surname of two words read as an organisation
        (
            [("De Blasio", "ORG"), ("Bill de Blasio", "PERSON"), ("De Blasio", "PERSON")],
            [["De Blasio", "Bill de Blasio", "De Blasio"]],
        ),
        # a real organisation stays one
        ([("Anna Berg", "PERSON"), ("Reuters", "ORG")], [["Anna Berg"], ["Reuters"]]),
    ],
)
def test_cluster_mentions_joins_surnames_read_as_organisations(mentions, expected) -> None:
    assert clusters_as_text(mentions) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,name",
    [
        ("A truck bomb hit the consulate in Mazar-i-Sharif on Friday.", "Mazar-i-Sharif"),
        ("She grew up in Stratford-upon-Avon before the war.", "Stratford-upon-Avon"),
    ],
)
def test_hyphenated_place_names_are_one_mention(text: str, name: str) -> None:
    article = dateline.extract(text)
    assert name in {article.surface(m.span) for e in article.entities for m in e.mentions}


@pytest.mark.slow
def test_two_names_joined_by_a_hyphen_stay_two() -> None:
    article = dateline.extract("The Russia-Ukraine talks resumed in Geneva on Monday.")
    names = {e.name for e in article.entities}
    assert {"Russia", "Ukraine"} <= names and "Russia-Ukraine" not in names


@pytest.mark.parametrize(
    "text,spans,expected",
    [
        # a caption word run into a name the text writes alone
        (
            "STREET BEATING Donald Trump left . Donald Trump spoke .",
            [(0, 4), (6, 8)],
            ["Donald Trump", "Donald Trump"],
        ),
        # two names run together, both written alone elsewhere
        (
            "Hillary Clinton Donald Trump . Hillary Clinton and Donald Trump met .",
            [(0, 4), (5, 7), (8, 10)],
            ["Hillary Clinton", "Donald Trump", "Hillary Clinton", "Donald Trump"],
        ),
        # a caption's credit in capitals before or after a one-word name
        (
            "GETTY Obama waved . Obama AP spoke . Obama left .",
            [(0, 2), (4, 6), (8, 9)],
            ["Obama", "Obama", "Obama"],
        ),
        # a surname's particle opens no known name: "Bill de Blasio" stays whole
        (
            "Bill de Blasio spoke . De Blasio left .",
            [(0, 3), (5, 7)],
            ["Bill de Blasio", "De Blasio"],
        ),
        # a first name is no caption word
        ("Barack Obama waved . Obama left .", [(0, 2), (4, 5)], ["Barack Obama", "Obama"]),
        # a name no shorter person name ends is left whole
        ("Mary Ann Smith spoke . Smith left .", [(0, 3), (5, 6)], ["Mary Ann Smith", "Smith"]),
        # a headline's verb run into a full name the text writes alone
        (
            "Esther Williams Dies at 91 . Esther Williams swam .",
            [(0, 3), (6, 8)],
            ["Esther Williams", "Esther Williams"],
        ),
        # a suffix is part of the name
        (
            "Martin Luther King Jr. spoke . Martin Luther King left .",
            [(0, 4), (6, 9)],
            ["Martin Luther King Jr.", "Martin Luther King"],
        ),
        # a one-word name keeps the words after it unless they are capitals
        ("Obama Returns Home . Obama left .", [(0, 2), (4, 5)], ["Obama Returns", "Obama"]),
        # in a headline, where every word is capitalised, a one-word name run into words no
        # known name has, before or after it
        (
            "Clinton Breaks With Obama On Lawsuit Bill\n\nClinton spoke .",
            [(0, 2), (3, 4), (8, 9)],
            ["Clinton", "Obama", "Clinton"],
        ),
        (
            "The Absurd Double Standard Clinton And Trump Face\n\nClinton spoke .",
            [(3, 5), (9, 10)],
            ["Clinton", "Clinton"],
        ),
        # not where the rest is a known name's ("Hillary Clinton"), nor on a short line
        (
            "Hillary Clinton Wins In Nevada Again Today\n\nClinton spoke . Hillary left .",
            [(0, 2), (8, 9), (11, 12)],
            ["Hillary Clinton", "Clinton", "Hillary"],
        ),
        (
            "Charles Bolden , NASA Administrator\n\nBolden spoke .",
            [(0, 2), (6, 7)],
            ["Charles Bolden", "Bolden"],
        ),
    ],
)
def test_cut_to_known_names(text: str, spans: list[tuple[int, int]], expected: list[str]) -> None:
    doc = blank_pipeline()(text)
    found = cut_to_known_names(doc, [Candidate(a, b, "PERSON") for a, b in spans])
    assert [doc[c.start : c.end].text for c in found] == expected


@pytest.mark.parametrize(
    "text,spans,expected",
    [
        # a person's surname the tagger read as a place is the person
        (
            "Daniel Montalvo left . A case against Montalvo grew .",
            [(0, 2, "PERSON"), (7, 8, "GPE")],
            ["PERSON", "PERSON"],
        ),
        (
            "Valeska Paris spoke . Paris was born in Bern .",
            [(0, 2, "PERSON"), (4, 5, "GPE")],
            ["PERSON", "PERSON"],
        ),
        # not where the word is used as a place
        (
            "Denzel Washington flew to Washington .",
            [(0, 2, "PERSON"), (4, 5, "GPE")],
            ["PERSON", "GPE"],
        ),
        # nor a country, nor a word no person in the article has as surname
        (
            "Michael Jordan spoke . Jordan signed a deal .",
            [(0, 2, "PERSON"), (4, 5, "GPE")],
            ["PERSON", "GPE"],
        ),
        (
            "Paris Hilton spoke . Paris was quiet .",
            [(0, 2, "PERSON"), (4, 5, "GPE")],
            ["PERSON", "GPE"],
        ),
        ("Montalvo left . Montalvo spoke .", [(0, 1, "PERSON"), (3, 4, "GPE")], ["PERSON", "GPE"]),
        # ... or as a product or a work
        (
            "Ryan Cole spoke . Cole said so .",
            [(0, 2, "PERSON"), (4, 5, "PRODUCT")],
            ["PERSON", "PERSON"],
        ),
    ],
)
def test_relabel_surnames_read_as_places(
    text: str, spans: list[tuple[int, int, str]], expected: list[str]
) -> None:
    doc = blank_pipeline()(text)
    found = relabel_surnames_read_as_places(doc, [Candidate(a, b, label) for a, b, label in spans])
    assert [c.label for c in found] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,names",
    [
        # a headline capitalises every word: the name is what the text writes again
        (
            "Poll: Wealthy Voters Abandon Republican Party for Clinton\n\nWealthy voters are "
            "leaving the Republican Party, a poll shows.",
            ["Republican Party"],
        ),
        # ... and a run the text never writes again is no organisation
        (
            "Poll: Wealthy Voters Abandon Democrats Party for Clinton\n\nWealthy voters are "
            "moving to Clinton, a poll shows.",
            [],
        ),
    ],
)
def test_a_headline_s_missed_organisation_is_what_the_text_writes_again(
    text: str, names: list[str]
) -> None:
    article = extract_entities_of(text)
    assert [e.name for e in article.entities if e.type == "ORG"] == names
