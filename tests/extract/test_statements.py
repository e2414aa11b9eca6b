from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

import dateline
from dateline.extract.statements import (
    extract_statements,
    find_quotes,
    is_title_quote,
    resolve_speaker,
)
from dateline.extract.statements.assemble import _nest, _second_look
from dateline.extract.statements.contents import _main_clause_after_comma
from dateline.extract.statements.drafts import _Context, _Draft
from dateline.lexicons.cues import VERB_CUES
from dateline.nlp import Parsed
from dateline.records import (
    Article,
    Attribute,
    Dateline,
    Document,
    Entity,
    Mention,
    Span,
    Statement,
    TimeExpression,
)

if TYPE_CHECKING:
    from spacy.language import Language

# --------------------------------------------------------------------------------------------
# Quotes (no model)
# --------------------------------------------------------------------------------------------


def quote_texts(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in quote.parts] for quote in find_quotes(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # curly double
        ("“We will win,” she said.", [["“We will win,”"]]),
        # straight double, two quotes around the cue
        ('"We will win," she said, "and soon."', [['"We will win,"'], ['"and soon."']]),
        # curly single (British style); the apostrophe in "don’t" is not a mark
        ("‘We don’t give up,’ he said.", [["‘We don’t give up,’"]]),
        # straight single; "O'Brien" and "'90s" are not marks
        ("'Talk to O'Brien about the '90s,' he said.", [["'Talk to O'Brien about the '90s,'"]]),
        # guillemets
        ("Le maire a dit : «Nous ne céderons pas.»", [["«Nous ne céderons pas.»"]]),
        # doubled straight singles, as some newspapers print double quotes
        ("''That's Mexico's vulnerability,'' he said.", [["''That's Mexico's vulnerability,''"]]),
        # a closing mark used as an opening mark at the start of a paragraph
        ("”Fear is what I feel,” she wrote.", [["”Fear is what I feel,”"]]),
        # a single-quoted phrase inside a double quote is part of it, not a quote of its own
        ("“They call it ‘reform’,” he said.", [["“They call it ‘reform’,”"]]),
        # a plural possessive inside single quotes does not close them
        ("‘The voters’ choice is clear,’ he said.", [["‘The voters’ choice is clear,’"]]),
        # straight marks around a quote inside a quote, set off by a space as wire copy does
        (
            "\"It is not just me saying, 'Vote for her,' \" Sanders said.",
            [["\"It is not just me saying, 'Vote for her,' \""]],
        ),
        ("\" 'Vote for her,' he told me,\" Smith said.", [["\" 'Vote for her,' he told me,\""]]),
    ],
)
def test_find_quotes_styles(text: str, expected: list[list[str]]) -> None:
    assert quote_texts(text) == expected


def test_find_quotes_multi_paragraph_quote_has_one_part_per_paragraph() -> None:
    text = (
        "He said:\n\n“We will rebuild the bridge.\n\n“We will rebuild the school.”\n\nThen he left."
    )
    assert quote_texts(text) == [["“We will rebuild the bridge.", "“We will rebuild the school.”"]]


@pytest.mark.parametrize(
    "text",
    [
        "He said “we will win the election.",  # opened, never closed
        "The deal” was signed on Monday.",  # closed, never opened
        "“One.\n\nThe next paragraph has no mark at all.",  # unclosed, not continued
        '“ ” " " ‘ ’',  # marks around nothing
        "She said the '90s were 'rough and he's sure.",
    ],
)
def test_find_quotes_unbalanced_marks_give_no_junk(text: str) -> None:
    assert find_quotes(text) == ()


@given(st.text(alphabet=st.sampled_from(list("ab .,:\n\"'“”‘’«»„")), max_size=80))
def test_find_quotes_parts_lie_in_the_text_and_start_with_a_mark(text: str) -> None:
    for quote in find_quotes(text):
        for start, end in quote.parts:
            assert 0 <= start < end <= len(text)
            assert text[start] in "\"'“”‘’«„‹`"
        assert quote.parts == tuple(sorted(quote.parts))


@pytest.mark.parametrize(
    "text,is_title",
    [
        ("the documentary film “Ice Statue and Iron Fist” was shown", True),
        ('adopted the resolution "Recognition and respect for the sovereignty" last year', True),
        ("the international “Justice for Khojaly!” campaign", True),
        ("a presentation called “End of 30 years of longing - 44 days”.", True),
        ("“We will not give up,” she said.", False),
        ("he called the plan “a disaster” on Friday", False),
        # an exclamation in title case is said, unless a title noun names it (above)
        ("She declared “What a Super Tuesday!” and left.", False),
        # a section heading in quotes on its own line
        ("pull it off.\n\n'Legend in the Coal Fields.'\n\nBankruptcy is a game.", True),
        # a title noun ends a sentence before the quote: it names nothing
        ('says Stu Rothenberg of the Political Report. "Cruz should gain momentum."', False),
        # ... nor is one a verb stands between: the quote is what the report was said to be
        ('said that the report was "baseless and biased."', False),
    ],
)
def test_is_title_quote(text: str, is_title: bool) -> None:
    (quote,) = find_quotes(text)
    assert is_title_quote(text, quote) is is_title


# --------------------------------------------------------------------------------------------
# Speaker resolution (no model)
# --------------------------------------------------------------------------------------------

RESOLUTION_TEXT = (
    "Ambassador Vilayat Guliyev spoke. He recalled the resolution. MP Mushfiq Jafarov spoke. "
    "The MP said so. Other speakers agreed. The ministry said no. It added more."
)


def _span(text: str, surface: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = text.index(surface, start + 1)
    return Span(start, start + len(surface))


def _article(
    text: str,
    entities: tuple[Entity, ...] = (),
    outlet: str | None = None,
    times: tuple[TimeExpression, ...] = (),
) -> Article:
    document = Document(id="t", text=text, body=Span(0, len(text)))
    dateline = Dateline(None, outlet, "metadata" if outlet else None, None, None, "en", None)
    return Article(document=document, dateline=dateline, entities=entities, times=times)


def _person(
    entity_id: str, name: str, text: str, *surfaces: tuple[str, str], titles: tuple[str, ...] = ()
) -> Entity:
    mentions = tuple(
        Mention(_span(text, surface), "PERSON", kind, entity_id) for surface, kind in surfaces
    )
    attributes = tuple(Attribute(title, mentions[0].span) for title in titles)
    return Entity(entity_id, name, "PERSON", mentions, titles=attributes)


def _resolution_article() -> Article:
    text = RESOLUTION_TEXT
    guliyev = _person(
        "E1", "Vilayat Guliyev", text, ("Vilayat Guliyev", "name"), titles=("Ambassador",)
    )
    jafarov = _person("E2", "Mushfiq Jafarov", text, ("Mushfiq Jafarov", "name"), titles=("MP",))
    ministry = Entity("E3", "ministry", "ORG", (Mention(_span(text, "The ministry"), "ORG"),))
    return _article(text, (guliyev, jafarov, ministry))


@pytest.mark.parametrize(
    "source,previous,expected",
    [
        ("Vilayat Guliyev", (), "E1"),  # a name mention inside the source
        ("He", (), "E1"),  # the latest person before the pronoun
        ("The MP", (), "E2"),  # a role reference to the entity holding that title
        ("Other speakers", (), None),  # a group stays unresolved
        ("The ministry", (), "E3"),  # an organisation
        ("It", (("The ministry", "E3"),), "E3"),  # "it" after an organisation spoke
    ],
)
def test_resolve_speaker(
    source: str, previous: tuple[tuple[str, str], ...], expected: str | None
) -> None:
    article = _resolution_article()
    speakers = [(_span(RESOLUTION_TEXT, s).start, eid) for s, eid in previous]
    assert resolve_speaker(article, _span(RESOLUTION_TEXT, source), speakers) == expected


def test_resolve_speaker_he_and_she_skip_a_person_of_the_other_sex() -> None:
    text = "Mrs. Clinton attacked Mr. Trump. He answered. She said so."
    clinton = _person("E1", "Hillary Clinton", text, ("Clinton", "name"), titles=("Mrs.",))
    trump = Entity(
        "E2",
        "Donald Trump",
        "PERSON",
        (Mention(_span(text, "Trump"), "PERSON", "name", "E2"),),
        titles=(Attribute("Mr.", _span(text, "Trump")),),
    )
    article = _article(text, (clinton, trump))
    assert resolve_speaker(article, _span(text, "He")) == "E2"
    assert resolve_speaker(article, _span(text, "She")) == "E1"
    # a speaker of the other sex is skipped too
    speakers = [(_span(text, "He").start, "E2")]
    assert resolve_speaker(article, _span(text, "She"), speakers) == "E1"


def test_resolve_speaker_prefers_a_role_mention_from_the_entity_layer() -> None:
    text = "MP M. Jaffarov spoke first. The MP said so."
    jafarov = _person("E7", "Mushfiq Jafarov", text, ("M. Jaffarov", "name"), ("The MP", "role"))
    article = _article(text, (jafarov,))
    assert resolve_speaker(article, _span(text, "The MP")) == "E7"


@pytest.mark.parametrize(
    "source,expected",
    [
        ("A spokesman for the ministry", "E2"),  # a spokesperson speaks for the organisation
        ("Jesse Lehrich, a spokesman for the ministry", "E1"),  # a named spokesperson is a person
    ],
)
def test_resolve_speaker_spokespeople(source: str, expected: str) -> None:
    text = f"{source} said so."
    entities = []
    if "Lehrich" in text:
        entities.append(_person("E1", "Jesse Lehrich", text, ("Jesse Lehrich", "name")))
    ministry = Mention(_span(text, "the ministry"), "ORG", "name", "E2")
    entities.append(Entity("E2", "ministry", "ORG", (ministry,)))
    article = _article(text, tuple(entities))
    assert resolve_speaker(article, _span(text, source)) == expected


@pytest.mark.parametrize("source", ["Whitmore", "Mr. Whitmore"])
def test_resolve_speaker_a_surname_the_tagger_missed(source: str) -> None:
    text = f"Steve Whitmore met Ann Lowe. {source} stated it."
    whitmore = _person("E1", "Steve Whitmore", text, ("Steve Whitmore", "name"))
    lowe = _person("E2", "Ann Lowe", text, ("Ann Lowe", "name"))
    article = _article(text, (whitmore, lowe))
    source_span = _span(text, source, 1 if source.startswith("Mr.") else 2)
    assert resolve_speaker(article, source_span) == "E1"


@pytest.mark.parametrize(
    "source,expected",
    [
        ("the bank", "E2"),  # the organisation whose name has the noun, though not the latest
        ("The company", "E3"),  # a generic noun: the latest organisation
        ("the airline", None),  # no organisation named or described so
    ],
)
def test_resolve_speaker_a_description_of_an_organisation(source: str, expected: str) -> None:
    text = f"Acme lent to Bank of Canada and Zeta. {source.capitalize()} said so. The firm Zeta."
    bank = Entity("E2", "Bank of Canada", "ORG", (Mention(_span(text, "Bank of Canada"), "ORG"),))
    zeta = Entity("E3", "Zeta", "ORG", (Mention(_span(text, "Zeta"), "ORG"),))
    acme = Entity("E1", "Acme", "PERSON", (Mention(_span(text, "Acme"), "PERSON"),))
    article = _article(text, (acme, bank, zeta))
    assert resolve_speaker(article, _span(text, source.capitalize())) == expected


@pytest.mark.slow
def test_a_pronoun_reported_before_its_reporter_is_the_reporter() -> None:
    text = "Ann Park met Maria Lopez on Monday. She believed the plan would fail, Park said."
    article = dateline.extract(text)
    she = next(s for s in article.statements if s.source and s.source.slice(text) == "She")
    park = next(s for s in article.statements if s.cue.slice(text) == "said")
    assert she.parent_id == park.id and she.speaker_id == park.speaker_id is not None


def test_resolve_speaker_he_inside_the_reporters_quote_is_someone_else() -> None:
    text = "Bob Hale met Tom Cook. Hale said: “He will go.”"
    cook = _person("E1", "Tom Cook", text, ("Tom Cook", "name"))
    hale = _person("E2", "Bob Hale", text, ("Bob Hale", "name"))
    article = _article(text, (cook, hale))
    he = _span(text, "He")
    assert resolve_speaker(article, he, binder="E2") == "E2"  # "Hale said he will go"
    # inside Hale's quotation "He" is the latest person before, not Hale
    assert resolve_speaker(article, he, binder="E2", binder_quoted=True) == "E1"
    assert resolve_speaker(article, he, binder="E9") == "E1"  # an unknown binder is ignored


def test_resolve_speaker_i_inside_a_quote_is_the_one_quoted() -> None:
    text = "Hernan Gomez said, “I think we learned a lot.”"
    gomez = _person("E1", "Hernan Gomez", text, ("Hernan Gomez", "name"))
    article = _article(text, (gomez,))
    assert resolve_speaker(article, _span(text, "I")) is None  # the writer's own "I"
    assert resolve_speaker(article, _span(text, "I"), binder="E1") == "E1"


def test_resolve_speaker_a_pronoun_reported_by_a_speaker_is_that_speaker() -> None:
    text = "Sara Lee met Tom Cook. Lee said she would go."
    lee = _person("E1", "Sara Lee", text, ("Sara Lee", "name"))
    cook = _person("E2", "Tom Cook", text, ("Tom Cook", "name"))
    article = _article(text, (lee, cook))
    she = _span(text, "she")
    assert resolve_speaker(article, she) == "E2"  # no binder: the latest person
    assert resolve_speaker(article, she, binder="E1") == "E1"  # "Lee said she ...": Lee
    mister = _person("E3", "Tom Cook", text, ("Tom Cook", "name"), titles=("Mr.",))
    article = _article(text, (lee, mister))
    assert resolve_speaker(article, she, binder="E3") == "E1"  # a binder of the other sex is not


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # the name a long title ends with, not the organisation the title opens with
        ("Acme Workers Union president Jane Doe said the strike would go on.", "Jane Doe"),
        ("Japan's prime minister, Taro Aso, said the plan was not enough.", "Taro Aso"),
        ("Afghan Ambassador Hamdullah Mohib said the team would stay.", "Hamdullah Mohib"),
        (
            "The product's maker, US-based Mondelez International, said the bar was smaller.",
            "Mondelez International",
        ),
        # a party word describes the speaker; it does not speak
        ("Hillary Clinton lost. The Democratic nominee said the letter hurt her.", None),
        # a name in a phrase hanging on the head does not speak ...
        ("A member of John Smith's campaign staff said the rally was cancelled.", None),
        ("The foreign ministry in Berlin said all German staff were safe.", None),
        # ... unless the head is a text the name issued
        (
            "A report by the Tax Policy Center said the plan would cost $3 trillion.",
            "Tax Policy Center",
        ),
        # "she" reported by a speaker is that speaker, not the latest person named
        (
            "Maria Lopez met Peter Grant. Lopez also said she believed the movement had helped.",
            "Maria Lopez",
        ),
        # a text speaks for its possessor: a surname the tagger missed, a pronoun
        (
            "Senator John Cornyn was angry. Cornyn's statement added that Houston lost.",
            "John Cornyn",
        ),
        (
            'Tom Cook spoke first, "so be it." Mary Lee was angry. Her letter said she would go.',
            "Mary Lee",
        ),
        # "they" after a subject of its own sentence: that subject, an organisation ...
        (
            "Airbus said the tour would start. Singapore Airlines will show the aircraft they "
            "intend to fly.",
            "Singapore Airlines",
        ),
        # ... or a plural noun no entity names, not an organisation spoken of before
        (
            "The Weatherspoon Art Museum said the show was popular. Exhibit goers then became "
            "part of the very exhibit they had wanted to attend.",
            None,
        ),
        # the person a long title ends with, past an organisation the tagger ran on into the
        # name; not a person a preposition governs
        (
            "Executive director of the Dallas chapter of the Council on American-Islamic "
            "Relations Alia Salem said the team would stay.",
            "Alia Salem",
        ),
        ("A lawyer for the family of John Smith said the case was weak.", None),
        # a country's minister is a person of the country, not the country; the role names
        # whoever holds it in the article
        ("Indonesia's transport minister said airlines must not buy the jets.", None),
        (
            "Prime Minister Theresa May met the press. Britain's Prime Minister said no.",
            "Theresa May",
        ),
        # a group of people is a group entity of its own, whatever words come before the noun
        (
            "Other speakers stated that the war was a crime. Speakers added that it must end.",
            "speakers",
        ),
        ("According to some economic analysts, the index could fall.", "analysts"),
        # a description names the holder of the role the name was set in apposition after
        (
            "It was opened by the Prime Minister of Singapore, Mr. Lee Hsien Loong. In his "
            "speech, the Prime Minister said the airport would grow.",
            "Lee Hsien Loong",
        ),
        # a country's government is an organisation, and what "the government" stands for
        (
            "On Tuesday, the New Zealand government announced a vote on the flag.",
            "New Zealand government",
        ),
        (
            "The New Zealand government announced a vote. The government said it would be held.",
            "New Zealand government",
        ),
        # a country's or a people's institution, past the words that say which one
        (
            "The Turkish foreign ministry said the report was false. The ministry also called "
            "for talks.",
            "Turkish foreign ministry",
        ),
        (
            "Nigeria's health ministry said 140 new cases were recorded.",
            "Nigeria's health ministry",
        ),
        # a role written the other way round: "transport minister", "minister of transport"
        (
            "Jusman Djamal, minister of transport for Indonesia, visited the site on Monday. "
            "Indonesia's transport minister said the plane was safe.",
            "Jusman Djamal",
        ),
        # ... but not someone else's
        (
            "Jusman Djamal, minister of transport for Indonesia, visited the site on Monday. "
            "Malaysia's transport minister said the plane was safe.",
            None,
        ),
        # "bank" in a role that names a bank is not the role's head
        (
            "Brian Moynihan, the Bank of America chairman, spoke on Monday. The bank said "
            "profits rose.",
            "Bank of America",
        ),
        (
            "Brian Moynihan, the Bank of America chairman, spoke on Monday. The chairman said "
            "profits rose.",
            "Brian Moynihan",
        ),
        # a role that ends with an organisation's noun does not hold "the company"
        (
            "Cisco Systems owns the name. Mark Chandler, vice president and general counsel of "
            "the company, spoke on Monday. The company said it would sue.",
            "Cisco Systems",
        ),
        # an acronym the tagger read as the pronoun "who" is the organisation it spells
        (
            "The World Health Organisation met on Monday. WHO say iodine is scarce.",
            "World Health Organisation",
        ),
    ],
)
def test_speaker_is_the_entity_the_source_head_names(text: str, expected: str | None) -> None:
    article = dateline.extract(text)
    names = {entity.id: entity.name for entity in article.entities}
    assert [names.get(s.speaker_id or "") for s in article.statements][-1] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,source",
    [
        (
            "The tram lay on its side. (Photo: James Long) Mayor of London Sadiq Khan said the "
            "city would recover.",
            "Mayor of London Sadiq Khan",
        ),
        (
            "Great day. pic.twitter.com/x1 -- David Nakamura (@DavidNakamura) November 10, 2016 "
            "Obama has said his team would help.",
            "Obama",
        ),
        ("Sen. Ted Cruz (R-Texas) said the bill would fail.", "Sen. Ted Cruz (R-Texas)"),
    ],
)
def test_source_starts_after_page_furniture(text: str, source: str) -> None:
    (statement,) = dateline.extract(text).statements
    assert statement.source is not None and statement.source.slice(text) == source


# --------------------------------------------------------------------------------------------
# Constructions (spaCy model)
# --------------------------------------------------------------------------------------------


def statements_of(
    nlp: Language, text: str, article: Article | None = None
) -> tuple[Statement, ...]:
    article = article or _article(text)
    return extract_statements(article, Parsed(nlp(text), 0)).statements


def described(text: str, statement: Statement) -> tuple[str, str | None, list[str], str]:
    source = statement.source.slice(text) if statement.source else None
    return (
        statement.cue.slice(text),
        source,
        [c.slice(text) for c in statement.content],
        statement.kind,
    )


def described_by_cue(nlp: Language, text: str) -> dict[str, tuple[str, str | None, list[str], str]]:
    """Each statement of the text, described, under its cue's surface."""
    return {described(text, s)[0]: described(text, s) for s in statements_of(nlp, text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # indirect: reporting verb + that-clause
        (
            "The minister said that the bridge would reopen in May.",
            ("said", "The minister", ["that the bridge would reopen in May"], "indirect"),
        ),
        (
            "MP M. Jaffarov noted that the criminals have not yet been punished.",
            (
                "noted",
                "MP M. Jaffarov",
                ["that the criminals have not yet been punished"],
                "indirect",
            ),
        ),
        # according to X, ...
        (
            "According to officials, the bridge was closed for repairs.",
            ("According to", "officials", ["the bridge was closed for repairs"], "indirect"),
        ),
        # told reporters + bare clause
        (
            "Smith told reporters the deal was off.",
            ("told", "Smith", ["the deal was off"], "indirect"),
        ),
        # a hearsay adverb: the claim has a cue and no source
        (
            "The group is reportedly spending $1.5 million on advertisements.",
            (
                "reportedly",
                None,
                ["The group is", "spending $1.5 million on advertisements"],
                "indirect",
            ),
        ),
        (
            "The man who allegedly set the fire was arrested.",
            ("allegedly", None, ["who", "set the fire"], "indirect"),
        ),
        # an exhortation, a rebuke, a boast
        (
            "Cruz exhorted Republicans to vote their conscience.",
            ("exhorted", "Cruz", ["Republicans to vote their conscience"], "indirect"),
        ),
        (
            "She berated reporters for their coverage.",
            ("berated", "She", ["reporters for their coverage"], "indirect"),
        ),
        (
            "The candidate often brags about his prowess in the debates.",
            ("often brags about", "The candidate", ["his prowess in the debates"], "indirect"),
        ),
        # a pronoun object is what is reported about, as PolNeAR marks it
        (
            "Clinton accused him of sexism.",
            ("accused", "Clinton", ["him of sexism"], "indirect"),
        ),
        (
            "Some allies have described it as a serious lapse in judgment.",
            ("have described", "Some allies", ["it as a serious lapse in judgment"], "indirect"),
        ),
        # a standing in a race is part of the object: one reported state
        (
            "A new poll shows Clinton ahead by three points in Ohio.",
            ("shows", "A new poll", ["Clinton ahead by three points in Ohio"], "indirect"),
        ),
        # a comma-set relative clause closing the object is the writer's aside
        (
            "Critics have questioned the health of Donald Trump, who is 70.",
            ("have questioned", "Critics", ["the health of Donald Trump"], "indirect"),
        ),
        (
            "He likened RT to the BBC, which receives some government funding.",
            ("likened", "He", ["RT to the BBC"], "indirect"),
        ),
        # a gerund after "by", "after", ... shares the subject of the verb it hangs on
        (
            "President Barack Obama responded to the mother by saying his refusal was deliberate.",
            ("saying", "President Barack Obama", ["his refusal was deliberate"], "indirect"),
        ),
        (
            "After saying her foot was swollen, she was taken to the hospital.",
            ("saying", "she", ["her foot was swollen"], "indirect"),
        ),
        # ... after "to", "of", "from" too, and through the adjective or adverb it hangs on
        (
            "Cruz pivoted to arguing that the epidemic was one more reason to secure the border.",
            (
                "arguing",
                "Cruz",
                ["that the epidemic was one more reason to secure the border"],
                "indirect",
            ),
        ),
        (
            "She stopped short of calling for Lewandowski to be fired.",
            ("calling for", "She", ["Lewandowski to be fired"], "indirect"),
        ),
        (
            "Trump has been the most aggressive in denouncing the mainstream media.",
            ("denouncing", "Trump", ["the mainstream media"], "indirect"),
        ),
        # ... after "against", "about", "with", "at" and "through" as well
        (
            "The agency decided against recommending charges against her.",
            ("recommending", "The agency", ["charges against her"], "indirect"),
        ),
        # a carrier PolNeAR marks alone takes the reporting verb's clause as its content
        (
            "Cook declined to say whether it was a violation of Pentagon email policies.",
            (
                "declined",
                "Cook",
                ["to say whether it was a violation of Pentagon email policies"],
                "indirect",
            ),
        ),
        (
            "Sanders has pledged to argue for the plan.",
            ("has pledged", "Sanders", ["to argue for the plan"], "indirect"),
        ),
        # a purpose infinitive too
        (
            "European leaders gathered Friday to discuss the challenges facing the continent.",
            ("to discuss", "European leaders", ["the challenges facing the continent"], "indirect"),
        ),
        # a relative clause about the speaker's title is not the speaker
        (
            "Michael Mulgrew, president of the teachers union, which represents 75,000 "
            "educators, said the day of action had worked.",
            (
                "said",
                "Michael Mulgrew, president of the teachers union,",
                ["the day of action had worked"],
                "indirect",
            ),
        ),
        # what is not said: an indirect question the parser took for an adverbial clause
        (
            "Lawmakers have not said when they would take up the bill.",
            ("have not said", "Lawmakers", ["when they would take up the bill"], "indirect"),
        ),
        # the cue before its source, opening a sentence, with a colon before the quote
        (
            "The senator left early.\n\nSaid Ellis: “I don’t get the sense she cares.”",
            ("Said", "Ellis", ["“I don’t get the sense she cares.”"], "direct"),
        ),
        # "about" right after the cue is part of it, as PolNeAR marks it
        (
            "She complained about the noise in the hall.",
            ("complained about", "She", ["the noise in the hall"], "indirect"),
        ),
        # ... but not "about" as "roughly"
        (
            "He said about 20 people were hurt.",
            ("said", "He", ["about 20 people were hurt"], "indirect"),
        ),
        # the verb that carries the reporting verb is part of the cue, and lends its subject
        (
            "The senator tried to argue that the bill was dead.",
            ("tried to argue", "The senator", ["that the bill was dead"], "indirect"),
        ),
        (
            "He went on to discuss the polls from Ohio.",
            ("went on to discuss", "He", ["the polls from Ohio"], "indirect"),
        ),
        (
            "Mr. Obama appeared to imply that the group had been contained.",
            ("appeared to imply", "Mr. Obama", ["that the group had been contained"], "indirect"),
        ),
        (
            "She refused to comment on the report.",
            ("refused to comment on", "She", ["the report"], "indirect"),
        ),
        # "quoted as saying": who was quoted said it, whoever quotes them
        (
            "He was quoted by local media as saying the peso would be stable.",
            ("saying", "He", ["the peso would be stable"], "indirect"),
        ),
        # a second verb the parse hangs on the first with no relation shares its subject
        (
            "Clinton paused, then revealed that the activism was moving.",
            ("revealed", "Clinton", ["that the activism was moving"], "indirect"),
        ),
        # inverted indirect
        (
            "The plan is dead, the senator said.",
            ("said", "the senator", ["The plan is dead"], "indirect"),
        ),
        # parenthetical attribution splits the content
        (
            "The plan, the senator said, is dead on arrival.",
            ("said", "the senator", ["The plan", "is dead on arrival"], "indirect"),
        ),
        # a participle right after who a recording shows: the speaker is who it shows
        (
            "The ad uses footage of Hillary Clinton asking, “Why aren't I ahead?”",
            ("asking", "Hillary Clinton", ["“Why aren't I ahead?”"], "direct"),
        ),
        # ... where the parse hangs the clause that opens the sentence on the cue
        (
            "If the bill passes, officials said, prices will rise.",
            ("said", "officials", ["If the bill passes", "prices will rise"], "indirect"),
        ),
        # direct, curly, cue after the quote
        (
            "“We will win this fight,” Smith said.",
            ("said", "Smith", ["“We will win this fight,”"], "direct"),
        ),
        # direct, straight, inverted subject
        (
            '"We will win this fight," said John Smith.',
            ("said", "John Smith", ['"We will win this fight,"'], "direct"),
        ),
        # direct, guillemets after a colon (the colon belongs to the cue, as PolNeAR marks it)
        (
            "The mayor said: «The city will not give up.»",
            ("said:", "The mayor", ["«The city will not give up.»"], "direct"),
        ),
        # direct, single quotes
        (
            "‘The vote was rigged,’ the candidate said.",
            ("said", "the candidate", ["‘The vote was rigged,’"], "direct"),
        ),
        # a quote with no cue of its own continues the statement before it
        (
            "“We are ready,” she said. “Nothing will stop us now.”",
            ("said", "she", ["“We are ready,”", "“Nothing will stop us now.”"], "direct"),
        ),
        # a quote split by its attribution
        (
            "“It was his energy,” Podesta added, “and that made the difference.”",
            (
                "added",
                "Podesta",
                ["“It was his energy,”", "“and that made the difference.”"],
                "direct",
            ),
        ),
        # a quote running over paragraphs, one opening mark per paragraph
        (
            "The chairman said:\n\n“We will rebuild the bridge.\n\n“We will rebuild the school.”",
            (
                "said:",
                "The chairman",
                ["“We will rebuild the bridge.", "“We will rebuild the school.”"],
                "direct",
            ),
        ),
        # mixed: indirect speech with quoted words
        (
            "The senator said the plan was “a total disaster” for farmers.",
            ("said", "The senator", ["the plan was “a total disaster” for farmers"], "mixed"),
        ),
        # belief and intention, as PolNeAR annotates them
        (
            "Analysts believe that prices will rise.",
            ("believe", "Analysts", ["that prices will rise"], "indirect"),
        ),
        (
            "The president vowed to rebuild the city.",
            ("vowed", "The president", ["to rebuild the city"], "indirect"),
        ),
        # informed ... about ...: the content is what they were informed about
        (
            "Guliyev informed the participants about the destruction of monuments.",
            ("informed", "Guliyev", ["the destruction of monuments"], "indirect"),
        ),
        # an object reported, with the phrase the parser hung on the verb
        (
            "He recalled the adoption of the resolution by the House of Peoples.",
            (
                "recalled",
                "He",
                ["the adoption of the resolution by the House of Peoples"],
                "indirect",
            ),
        ),
        # a relative clause reports around its attribution
        (
            "The report, which the minister said was leaked, contained errors.",
            ("said", "the minister", ["which", "was leaked"], "indirect"),
        ),
        # ... and ends with its predicate where the parse ran it into the sentence's own verb
        (
            "A bridge that engineers said was unsafe collapsed on Tuesday, injuring four people.",
            ("said", "engineers", ["that", "was unsafe"], "indirect"),
        ),
        # ... also when the parse makes the reported verb an open complement
        (
            "The files held 44 emails, which she said represented all her work emails.",
            ("said", "she", ["which", "represented all her work emails"], "indirect"),
        ),
        # a label in a free relative: the wh-word and what it is called
        (
            "Trump attacked what he calls the rigged system.",
            ("calls", "he", ["what", "the rigged system"], "indirect"),
        ),
        # a pro-form answer stands for what was said
        (
            "Last month, 26 percent said the same.",
            ("said", "26 percent", ["the same"], "indirect"),
        ),
        (
            "Asked again, 46 percent of voters said yes.",
            ("said", "46 percent of voters", ["yes"], "indirect"),
        ),
        # a poll speaks through "in"
        (
            "In a CBS News poll last month, she led Mr. Sanders 56 percent to 32 percent.",
            (
                "In",
                "a CBS News poll last month",
                ["she led Mr. Sanders 56 percent to 32 percent"],
                "indirect",
            ),
        ),
        (
            "Kasich was at 25 percent in the most recent Fox poll.",
            ("in", "the most recent Fox poll", ["Kasich was at 25 percent"], "indirect"),
        ),
        (
            "Clinton was ahead in polls taken in December.",
            ("in", "polls taken in December", ["Clinton was ahead"], "indirect"),
        ),
        # a that-clause the parse hung on a noun after the addressee
        (
            "Trump told the audience at his fundraiser for veterans that he had no regrets.",
            ("told", "Trump", ["that he had no regrets"], "indirect"),
        ),
        # the clause's subject the parse made the cue's object
        (
            "He told reporters the state's own standards are not perfect.",
            ("told", "He", ["the state's own standards are not perfect"], "indirect"),
        ),
        # a question put to someone the text does not name: cue through "about" (PolNeAR)
        (
            "Asked about the bomb, the officer left.",
            ("Asked about", None, ["the bomb"], "indirect"),
        ),
        (
            "Asked which Iowa county was his favorite, he demurred.",
            ("Asked", None, ["which Iowa county was his favorite"], "indirect"),
        ),
        # raising cues: the subject is part of what is reported, and no one holds it
        (
            "Trump is expected to deliver a victory speech later tonight.",
            (
                "is expected",
                None,
                ["Trump", "to deliver a victory speech later tonight"],
                "indirect",
            ),
        ),
        (
            "The senator seemed to be shrinking in political stature.",
            ("seemed", None, ["The senator", "to be shrinking in political stature"], "indirect"),
        ),
        (
            "However, Washington appears weak before the offensive.",
            ("appears", None, ["Washington", "weak"], "indirect"),
        ),
        (
            "As of early Friday, it appears that no one will represent the campaign.",
            ("appears", None, ["that no one will represent the campaign"], "indirect"),
        ),
        # a request: the addressee and what is asked of them
        (
            "Trump asked the network to donate the profits.",
            ("asked", "Trump", ["the network to donate the profits"], "indirect"),
        ),
        # a day between the verb and its particle is part of the cue, as PolNeAR marks it
        (
            "Democrats called Monday for a new inquiry into the deal.",
            ("called Monday for", "Democrats", ["a new inquiry into the deal"], "indirect"),
        ),
        # what people at large say of something: no source, the thing known is the content
        (
            "The string of contests known as Super Tuesday begins in March.",
            ("known as", None, ["The string of contests"], "indirect"),
        ),
        # prepositions PolNeAR's cue takes
        (
            "Trump did not apologize for his remarks about women.",
            ("did not apologize for", "Trump", ["his remarks about women"], "indirect"),
        ),
        # a poll shows through its object
        (
            "Polls show Clinton with a narrow lead in Ohio.",
            ("show", "Polls", ["Clinton with a narrow lead in Ohio"], "indirect"),
        ),
        # a gerund clause stands where the object would
        (
            "He proposes doing away with the government mandate.",
            ("proposes", "He", ["doing away with the government mandate"], "indirect"),
        ),
        # a light verb's noun and the participle after it are one cue
        (
            "The group issued a statement saying it took the action because of the danger.",
            (
                "issued a statement saying",
                "The group",
                ["it took the action because of the danger"],
                "indirect",
            ),
        ),
        (
            "The senator issued a statement calling for an inquiry.",
            ("issued a statement calling for", "The senator", ["an inquiry"], "indirect"),
        ),
        # ... with the day the statement came out between them
        (
            "The union released a statement Thursday night condemning the closure of the plant.",
            (
                "released a statement Thursday night condemning",
                "The union",
                ["the closure of the plant"],
                "indirect",
            ),
        ),
        # an attack in words: a reason or a medium of speech says so
        (
            "Trump attacked Clinton for her support of the war.",
            ("attacked", "Trump", ["Clinton for her support of the war"], "indirect"),
        ),
        # ... or a person attacked by name, with no weapon
        (
            "Trump also attacked Hillary Clinton and Marco Rubio.",
            ("also attacked", "Trump", ["Hillary Clinton and Marco Rubio"], "indirect"),
        ),
        # what was said, as an object
        ("Trump says racist things.", ("says", "Trump", ["racist things"], "indirect")),
        # a clause whose subject is a gerund, which the parse hangs on the cue
        (
            "He said working with her was a pleasure.",
            ("said", "He", ["working with her was a pleasure"], "indirect"),
        ),
        # "about" as a number's hedge opens the clause; it is not a topic of the cue
        (
            "The budget office said about half of the adjustment reflected revenue losses.",
            (
                "said",
                "The budget office",
                ["about half of the adjustment reflected revenue losses"],
                "indirect",
            ),
        ),
        # a belief as a label: "see/view X as Y"
        (
            "Most voters view Clinton as dishonest.",
            ("view", "Most voters", ["Clinton as dishonest"], "indirect"),
        ),
        (
            "Democratic voters see Clinton as the stronger candidate.",
            ("see", "Democratic voters", ["Clinton as the stronger candidate"], "indirect"),
        ),
        # a wish through its object
        (
            "Palestinians want East Jerusalem for their future state.",
            ("want", "Palestinians", ["East Jerusalem for their future state"], "indirect"),
        ),
        # a parenthetical that names only the addressee, after a conjunction, is the cue; the
        # clause it hangs on is the content, not a report of its own
        (
            "And, Kasich tells the crowd, he has been known to be tough in Ohio.",
            ("tells", "Kasich", ["he has been known to be tough in Ohio"], "indirect"),
        ),
        # a warning is a request too: what the addressee is told to do
        (
            "China warned North Korea to refrain from further actions.",
            ("warned", "China", ["North Korea to refrain from further actions"], "indirect"),
        ),
        # a label: "called X “Y”", with the participle's speaker from the main clause
        (
            "Trump went after Bush, calling him “a total stiff.”",
            ("calling", "Trump", ["him “a total stiff.”"], "mixed"),
        ),
        # a particle cue whose "for" heads an infinitive clause
        (
            "Clinton is calling for the United States to take a stronger role.",
            (
                "is calling for",
                "Clinton",
                ["the United States to take a stronger role"],
                "indirect",
            ),
        ),
        # attitudes held through an adjective, claims through a light verb
        (
            "Republicans have been critical of the plan.",
            ("have been critical of", "Republicans", ["the plan"], "indirect"),
        ),
        # "quick to" runs the cue through its verb; the verb's object or clause is the content
        (
            "Senators were quick to condemn the remarks.",
            ("were quick to condemn", "Senators", ["the remarks"], "indirect"),
        ),
        (
            "Aides were quick to point out that the plan had failed.",
            ("were quick to point out", "Aides", ["that the plan had failed"], "indirect"),
        ),
        (
            "Sanders made the case that the system is rigged.",
            ("made the case", "Sanders", ["that the system is rigged"], "indirect"),
        ),
        # the "that" clause of "made (it) clear", hung on "clear" as an adverbial clause
        (
            "Davis made it clear that she did not view the comment in isolation.",
            (
                "made it clear",
                "Davis",
                ["that she did not view the comment in isolation"],
                "indirect",
            ),
        ),
        (
            "Many delegates made it clear they did not agree with their leaders.",
            (
                "made it clear",
                "Many delegates",
                ["they did not agree with their leaders"],
                "indirect",
            ),
        ),
        # a speaker the parse hung elsewhere: a description with its possessive before the
        # name in apposition, and a name compounded on a verb tagged a plural noun
        (
            "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
            "“Hillary Clinton believes that transatlantic cooperation is vital.”",
            (
                "said:",
                "her senior policy adviser, Jake Sullivan,",
                ["“Hillary Clinton believes that transatlantic cooperation is vital.”"],
                "direct",
            ),
        ),
        (
            "Trump predicts that as Jeb Bush and other candidates drop out, many of their "
            "supporters will switch to his side.",
            (
                "predicts",
                "Trump",
                [
                    "that as Jeb Bush and other candidates drop out, many of their supporters "
                    "will switch to his side"
                ],
                "indirect",
            ),
        ),
        # "That's according to X": the copula joins the cue, the demonstrative is the content
        (
            "That’s according to early results of exit polls.",
            ("’s according to", "early results of exit polls", ["That"], "indirect"),
        ),
        # a label after "as" that the parse read as an adverbial clause
        (
            "Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy.",
            (
                "sees",
                "Mr. Obama",
                ["Mr. Netanyahu as captured by a hard-line philosophy"],
                "indirect",
            ),
        ),
        # an attitude through a participle: "is convinced that"
        (
            "But Mr. Ackman is convinced that the company will recover.",
            ("is convinced", "Mr. Ackman", ["that the company will recover"], "indirect"),
        ),
        (
            "Some senators made clear that they would like to see a vote soon.",
            (
                "made clear",
                "Some senators",
                ["that they would like to see a vote soon"],
                "indirect",
            ),
        ),
        # a light verb's subject may be the one it shares with the verb before
        (
            "The mayor visited the site and made comments about the new bridge.",
            ("made comments about", "The mayor", ["the new bridge"], "indirect"),
        ),
        # verbs that make a cue with their own nouns only
        (
            "The governor also took aim at a rule that lets landlords raise rents.",
            (
                "also took aim at",
                "The governor",
                ["a rule that lets landlords raise rents"],
                "indirect",
            ),
        ),
        (
            "Ms. Park took issue with the new zoning plan.",
            ("took issue with", "Ms. Park", ["the new zoning plan"], "indirect"),
        ),
        (
            "The coach sounded a cautious note about the season.",
            ("sounded a cautious note about", "The coach", ["the season"], "indirect"),
        ),
        (
            "The mayor has made no secret of her plans for the harbor.",
            ("has made no secret of", "The mayor", ["her plans for the harbor"], "indirect"),
        ),
        # a passive report names its reporter after "by"
        (
            "The meeting was first reported by Politico.",
            ("was first reported", "Politico", ["The meeting"], "indirect"),
        ),
        (
            "Trump also offered his thoughts on military readiness.",
            ("also offered his thoughts on", "Trump", ["military readiness"], "indirect"),
        ),
        # the statement the words were issued in belongs to the cue; an interview does not
        (
            "Hope Hicks said in a statement that Trump backs Israel.",
            ("said in a statement", "Hope Hicks", ["that Trump backs Israel"], "indirect"),
        ),
        (
            "Hope Hicks said in an interview that Trump backs Israel.",
            ("said", "Hope Hicks", ["that Trump backs Israel"], "indirect"),
        ),
        # ... and so does how it was said
        (
            "“We will win,” she said with a grin.",
            ("said with a grin", "she", ["“We will win,”"], "direct"),
        ),
        # a clause coordinated after the content, with its own subject, continues it
        (
            "She said she had no numbers, and people were still using it.",
            ("said", "She", ["she had no numbers, and people were still using it"], "indirect"),
        ),
        # "as X noted, ...": the clause the aside modifies
        (
            "But as Clyburn noted, those voters will give Sanders a second look.",
            ("noted", "Clyburn", ["those voters will give Sanders a second look"], "indirect"),
        ),
        # headline and transcript lines: "Name: ..."
        (
            "Pence: Gennifer Flowers won't be at the debate",
            (":", "Pence", ["Gennifer Flowers won't be at the debate"], "direct"),
        ),
        # "According to X, ..." where the parser hung the clause on the source
        (
            "According to radio host Rush Limbaugh, the move was a sign of desperation.",
            (
                "According to",
                "radio host Rush Limbaugh",
                ["the move was a sign of desperation"],
                "indirect",
            ),
        ),
        # ... and tagged the clause's verb a noun: no apposition ends a sentence
        (
            "Protests grew. According to conservative talk radio host Rush Limbaugh, the move "
            "reeks of “fear” and desperation.",
            (
                "According to",
                "conservative talk radio host Rush Limbaugh",
                ["the move reeks of “fear” and desperation"],
                "mixed",  # a quoted word in it
            ),
        ),
        # a closing report the parse coordinates with its content
        (
            "He will fight on to the convention, his top aide, Tad Devine, told The Huffington "
            "Post.",
            (
                "told",
                "his top aide, Tad Devine,",
                ["He will fight on to the convention"],
                "indirect",
            ),
        ),
        # an opening adverb before a report set off by commas stays with the content
        (
            "Instead, Trump told CNN, his policy would merely be to go after them.",
            (
                "told",
                "Trump",
                ["Instead", "his policy would merely be to go after them"],
                "indirect",
            ),
        ),
        # "on Tuesday" after the speaker is when, not who; a time inside a clause stays
        (
            "The Sanders campaign on Monday said the plan was dead.",
            ("said", "The Sanders campaign", ["the plan was dead"], "indirect"),
        ),
        (
            "The groups who wrote to her on Thursday said the plan was dead.",
            ("said", "The groups who wrote to her on Thursday", ["the plan was dead"], "indirect"),
        ),
        # a poll inside the speaker's phrase is part of the source, not a cue of its own
        (
            "More than half of respondents in the Suffolk poll said the nation needs a third "
            "party.",
            (
                "said",
                "More than half of respondents in the Suffolk poll",
                ["the nation needs a third party"],
                "indirect",
            ),
        ),
        # "put it": the words that follow, or the clause an as-clause modifies
        (
            "As John Cornyn put it: “This person will not be confirmed.”",
            ("put it:", "John Cornyn", ["“This person will not be confirmed.”"], "direct"),
        ),
        (
            "As the chief executive, Jeff Weiner, put it in his memo to employees, "
            "“Imagine a world where we win.”",
            (
                "put it",
                "the chief executive, Jeff Weiner,",
                ["“Imagine a world where we win.”"],
                "direct",
            ),
        ),
        (
            "The requirement is a lawful source of income, as a Homeland Security memo put it.",
            (
                "put it",
                "a Homeland Security memo",
                ["The requirement is a lawful source of income"],
                "indirect",
            ),
        ),
        (
            "Tom Ridge put it this way: the barbarians are inside.",
            ("put it", "Tom Ridge", ["the barbarians are inside"], "indirect"),
        ),
        # an estimate: "VERB X at N", the figure's clause ending before a relative clause
        (
            "Forbes put his net worth at $45 billion.",
            ("put", "Forbes", ["his net worth at $45 billion"], "indirect"),
        ),
        # the phrase inside its clause: the clause on both sides of it ...
        (
            "Scott's relatives watched the videos on Thursday, according to their attorneys, "
            "and left with more questions.",
            (
                "according to",
                "their attorneys",
                [
                    "Scott's relatives watched the videos on Thursday",
                    "and left with more questions",
                ],
                "indirect",
            ),
        ),
        # ... but not an apposition after it, nor a modifier before it
        (
            "Walker will speak at the convention, according to a report from WKOW, the ABC "
            "affiliate in Madison.",
            (
                "according to",
                "a report from WKOW",
                ["Walker will speak at the convention"],
                "indirect",
            ),
        ),
        (
            "In addition, according to the department, nine million workers will be protected.",
            (
                "according to",
                "the department",
                ["nine million workers will be protected"],
                "indirect",
            ),
        ),
        # "more than twice what it projected": a verb with its own object reports nothing here
        (
            "Taxes rise by as much as 19.9 percent, according to the Tax Foundation, more than "
            "twice what it projected for those in the middle.",
            (
                "according to",
                "the Tax Foundation",
                ["Taxes rise by as much as 19.9 percent"],
                "indirect",
            ),
        ),
        # "according to show insiders": the source's first word read as a verb
        (
            "The bridge was closed for weeks, according to show insiders.",
            ("according to", "show insiders", ["The bridge was closed for weeks"], "indirect"),
        ),
        # the reported clause parsed as adverbial, after an adverbial of the cue
        (
            "Trump said after the convention he would not accept the endorsement.",
            ("said", "Trump", ["he would not accept the endorsement"], "indirect"),
        ),
        # unquoted report before "he said", with the cue as the root
        (
            "People like Scott, he said.",
            ("said", "he", ["People like Scott"], "indirect"),
        ),
        # the parse hung the quotation on the speaker: it is what was said, not the source
        (
            "“That’s a fair question, because they’re very loyal and very principled,” Jones,"
            " 52, told CNN Monday.",
            (
                "told",
                "Jones, 52,",
                ["“That’s a fair question, because they’re very loyal and very principled,”"],
                "direct",
            ),
        ),
        # the parse hung the reported main clause on a fronted "as" clause: the whole is said
        (
            "As Trump prepared to speak on Tuesday, a girl outside the venue was pepper-sprayed"
            " by a bystander, police said.",
            (
                "said",
                "police",
                [
                    "As Trump prepared to speak on Tuesday, a girl outside the venue was"
                    " pepper-sprayed by a bystander"
                ],
                "indirect",
            ),
        ),
        # reporting noun with a that-clause; the possessor is the source
        (
            "Politifact checked Donald Trump’s claim that there have been thousands of shootings.",
            (
                "claim",
                "Donald Trump’s",
                ["that there have been thousands of shootings"],
                "indirect",
            ),
        ),
        # questions: "asked whether ...", and "Asked if ..." with no source
        (
            "He asked workers whether the plant would close.",
            ("asked", "He", ["whether the plant would close"], "indirect"),
        ),
        (
            "Asked if he was ever bullied, the candidate shook his head.",
            ("Asked", None, ["if he was ever bullied"], "indirect"),
        ),
        # a block quotation: the paragraph after "added:"
        (
            "The governor added:\n\nIt is typical of her. She knows nothing.",
            ("added:", "The governor", ["It is typical of her. She knows nothing"], "indirect"),
        ),
        # a quoted label the parser did not attach: what was called what
        (
            "Graham called both Trump and the former secretary “crazy” on Monday.",
            ("called", "Graham", ["both Trump and the former secretary “crazy”"], "mixed"),
        ),
        # a headline label the tagger reads as a common noun
        (
            "Sanders: Clinton email story has moved",
            (":", "Sanders", ["Clinton email story has moved"], "direct"),
        ),
        # a label with a title before the name, or a word for those who speak for it
        (
            "Dr. Ben Carson: Hillary Clinton is not fit to serve",
            (":", "Dr. Ben Carson", ["Hillary Clinton is not fit to serve"], "direct"),
        ),
        (
            "Clinton camp: Trump's Islamaphobia threatens national security",
            (":", "Clinton camp", ["Trump's Islamaphobia threatens national security"], "direct"),
        ),
        # a headline's topic or audience after the name is not the source
        (
            "Hillary Clinton on the Economy: “We will raise wages for everyone.”",
            (":", "Hillary Clinton", ["“We will raise wages for everyone.”"], "direct"),
        ),
        (
            "Barack Obama to Voters: The Election Will Be Fine",
            (":", "Barack Obama", ["The Election Will Be Fine"], "direct"),
        ),
        # two names joined by "and", after a headline and a dash
        (
            "Polls were early - Mark Blumenthal and Jon Cohen: “The polls failed to predict it.”",
            (
                ":",
                "Mark Blumenthal and Jon Cohen",
                ["“The polls failed to predict it.”"],
                "direct",
            ),
        ),
        # a one-word name before a quotation, less the bracketed source after it
        (
            "Iowa poll overhype - HuffPollster: “Pollsters are taking heat.” [HuffPost.]",
            (":", "HuffPollster", ["“Pollsters are taking heat.”"], "direct"),
        ),
        # ... or a name the model does not know, in a headline before a quotation
        (
            "Cecile Richards: “I’m Sick Of Men Telling Us What To Do With Our Bodies.”\n\n"
            "The leader spoke on Tuesday.",
            (
                ":",
                "Cecile Richards",
                ["“I’m Sick Of Men Telling Us What To Do With Our Bodies.”"],
                "direct",
            ),
        ),
        # the parse reads the label as the object of the headline's verb: the label speaks
        (
            "Polls did predict the caucus - HuffPollster: “Most pollsters fared much better.”",
            (":", "HuffPollster", ["“Most pollsters fared much better.”"], "direct"),
        ),
        # a no-break space between the colon and the quotation
        (
            "Turnout is up - Michael P. McDonald: \u00a0“At long last the contests have started.”",
            (
                ":",
                "Michael P. McDonald",
                ["“At long last the contests have started.”"],
                "direct",
            ),
        ),
        # inside a sentence, a name and a colon before a quotation no verb reports
        (
            "The surge does not surprise Republican pollster Daron Shaw: “Historically, "
            "lesser-known candidates have seen gains.”",
            (
                ":",
                "Republican pollster Daron Shaw",
                ["“Historically, lesser-known candidates have seen gains.”"],
                "direct",
            ),
        ),
        # a label through "as": what is labelled and its label
        (
            "Cruz cast himself as a Washington outsider.",
            ("cast", "Cruz", ["himself as a Washington outsider"], "indirect"),
        ),
        (
            "Israel regards all of Jerusalem as its indivisible capital.",
            ("regards", "Israel", ["all of Jerusalem as its indivisible capital"], "indirect"),
        ),
        (
            "Trump identified the judge as “Spanish.”",
            ("identified", "Trump", ["the judge as “Spanish.”"], "mixed"),
        ),
        # a reflexive object and a second particle before the particle's object
        (
            "Bolton distanced himself from the NeverTrump movement.",
            ("distanced himself from", "Bolton", ["the NeverTrump movement"], "indirect"),
        ),
        (
            "Trump doubled down on his comments about the judge.",
            ("doubled down on", "Trump", ["his comments about the judge"], "indirect"),
        ),
        # the day it was said may sit between the particles
        (
            "Hillary Clinton spoke out Tuesday about the death of Terence Crutcher.",
            (
                "spoke out Tuesday about",
                "Hillary Clinton",
                ["the death of Terence Crutcher"],
                "indirect",
            ),
        ),
        # an attack or a dismissal in words
        (
            "Trump lashed out at the press on Monday.",
            ("lashed out at", "Trump", ["the press"], "indirect"),
        ),
        (
            "He brushed aside questions about his taxes.",
            ("brushed aside", "He", ["questions about his taxes"], "indirect"),
        ),
        (
            "Cruz played down the idea that he had struck a deal.",
            ("played down", "Cruz", ["the idea that he had struck a deal"], "indirect"),
        ),
        (
            "He argued against intervention by outside powers in Syria.",
            ("argued against", "He", ["intervention by outside powers in Syria"], "indirect"),
        ),
        # a request in the passive: the addressee and what they are asked, no one asking
        (
            "Sanders was asked to name a specific decision Clinton made in the Senate.",
            (
                "was asked",
                None,
                ["Sanders", "to name a specific decision Clinton made in the Senate"],
                "indirect",
            ),
        ),
        # a particle verb's adverbs stand between it and its particle, which ends the cue
        (
            "Kenneth Starr spoke highly of the former president's personal attributes.",
            (
                "spoke highly of",
                "Kenneth Starr",
                ["the former president's personal attributes"],
                "indirect",
            ),
        ),
        (
            "She has spoken at length about her difference of opinion with Obama.",
            (
                "has spoken at length about",
                "She",
                ["her difference of opinion with Obama"],
                "indirect",
            ),
        ),
        (
            "Manuel Valls also spoke out sharply against Trump's influence.",
            ("also spoke out sharply against", "Manuel Valls", ["Trump's influence"], "indirect"),
        ),
        # inside a paragraph, a name and a colon open a quotation after a sentence
        (
            "The stakes are high. Bush: “The mission is to destroy ISIS.”",
            (":", "Bush", ["“The mission is to destroy ISIS.”"], "direct"),
        ),
        # a study reports what it found through the object; "out of" is no particle
        (
            "A recent CNN survey found 90 percent support for background checks.",
            (
                "found",
                "A recent CNN survey",
                ["90 percent support for background checks"],
                "indirect",
            ),
        ),
        (
            "A 2014 study found 31 incidents of fraud out of more than a billion ballots cast.",
            (
                "found",
                "A 2014 study",
                ["31 incidents of fraud out of more than a billion ballots cast"],
                "indirect",
            ),
        ),
        # a closing attribution the parse hung on the noun before it as a relative clause
        (
            "Two thirds of Latino voters have an unfavorable view of Trump, the poll found.",
            (
                "found",
                "the poll",
                ["Two thirds of Latino voters have an unfavorable view of Trump"],
                "indirect",
            ),
        ),
        # the parse made the reported clause the head of the cue's subordinate clause
        (
            "The endorsement comes days after Trump told The Washington Post he was not ready.",
            ("told", "Trump", ["he was not ready"], "indirect"),
        ),
        # a real relative clause after an inverted cue is part of the source, not a report
        (
            "“Trump will lose,” said a Republican, who, like all others, responded anonymously.",
            (
                "said",
                "a Republican, who, like all others, responded anonymously",
                ["“Trump will lose,”"],
                "direct",
            ),
        ),
        # a passive as-clause: its agent reports the clause it modifies
        (
            "As reported by Western Journalism, investigators found over 2,200 emails.",
            (
                "reported",
                "Western Journalism",
                ["investigators found over 2,200 emails"],
                "indirect",
            ),
        ),
        (
            "The deal collapsed, as reported by the Times.",
            ("reported", "the Times", ["The deal collapsed"], "indirect"),
        ),
        # a dateline before the dash opens the story, it is not the source; nor is "Even"
        (
            "NEW YORK (Reuters) - Republican donor Sheldon Adelson said the plan was dead.",
            ("said", "Republican donor Sheldon Adelson", ["the plan was dead"], "indirect"),
        ),
        # ... also a date or a place in mixed case before an agency in brackets
        (
            "New York (AFP) – Vice President Joe Biden said the plan was dead.",
            ("said", "Vice President Joe Biden", ["the plan was dead"], "indirect"),
        ),
        (
            "CLEVELAND, July 19 (UPI) — Michael Mukasey said the plan was dead.",
            ("said", "Michael Mukasey", ["the plan was dead"], "indirect"),
        ),
        (
            "Even China, the only ally of the North, said the test was wrong.",
            ("said", "China, the only ally of the North,", ["the test was wrong"], "indirect"),
        ),
        # ... wherever the source starts
        (
            "Still, even some allies said the test was wrong.",
            ("said", "some allies", ["the test was wrong"], "indirect"),
        ),
        # an apposition set off by dashes keeps its closing dash, as one set off by commas does
        (
            "Jason Sims — a teacher from Mount Pleasant — said the plan was dead.",
            (
                "said",
                "Jason Sims — a teacher from Mount Pleasant —",
                ["the plan was dead"],
                "indirect",
            ),
        ),
        (
            "AFL-CIO officials said the union was ready.",
            ("said", "AFL-CIO officials", ["the union was ready"], "indirect"),
        ),
        # coordinated bare verbs continue the infinitive
        (
            "She wants to triple the program, grow the Peace Corps and create a reserve.",
            (
                "wants",
                "She",
                ["to triple the program, grow the Peace Corps and create a reserve"],
                "indirect",
            ),
        ),
        # a verb with its own auxiliary after an infinitive is the speaker's next act
        (
            "Several delegates declined to comment, didn't respond to calls or sent statements.",
            ("declined", "Several delegates", ["to comment"], "indirect"),
        ),
        # a clause with no object after the object of a cue that takes no clause: a relative
        (
            "Clinton cited remarks Trump had made about Machado.",
            ("cited", "Clinton", ["remarks Trump had made about Machado"], "indirect"),
        ),
        # the parse lost the cue's subject: the name (and its apposition) opening the clause
        (
            "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that "
            "he spoke with Mr. Sanders.",
            (
                "said",
                "Senator Harry Reid, the minority leader,",
                ["that he spoke with Mr. Sanders"],
                "indirect",
            ),
        ),
        (
            "“It is not the position that everything is hunky-dory,” Gene Sperling, a top outside "
            "Clinton adviser, said at a recent event.",
            (
                "said",
                "Gene Sperling, a top outside Clinton adviser,",
                ["“It is not the position that everything is hunky-dory,”"],
                "direct",
            ),
        ),
        # a free relative object of a verb of saying is what was said; "as much" a pro-form
        (
            "That was what Liz Wahl said when she resigned from the network.",
            ("said", "Liz Wahl", ["what"], "indirect"),
        ),
        # ... also of "tell", whose objects the parse may swap
        (
            "The statement conflicted with what Melania Trump told NBC News on Monday.",
            ("told", "Melania Trump", ["what"], "indirect"),
        ),
        (
            "Robby Mook said as much in an interview on Thursday.",
            ("said", "Robby Mook", ["as much"], "indirect"),
        ),
        # a relative clause with no relative word: the noun before the speaker and the clause
        (
            "They acted against meddling the congressman said is designed to sow discord.",
            ("said", "the congressman", ["meddling", "is designed to sow discord"], "indirect"),
        ),
        # a clause whose subject the parse read as the cue's own, with a finite auxiliary
        (
            "The cable indicated 13 security personnel would be the minimum needed for "
            "transportation.",
            (
                "indicated",
                "The cable",
                ["13 security personnel would be the minimum needed for transportation"],
                "indirect",
            ),
        ),
        # ... with the subject's own modifier hung on the cue between the two
        (
            "Murphy, who was elected in 2012, argued his fight to increase funding for public "
            "schools is especially relevant in states like his.",
            (
                "argued",
                "Murphy",
                [
                    "his fight to increase funding for public schools is especially relevant "
                    "in states like his"
                ],
                "indirect",
            ),
        ),
        # a closing "as X reported" may say when
        (
            "Roger Ailes also met with Mr. Trump that day, as The New York Times reported on "
            "Thursday.",
            (
                "reported",
                "The New York Times",
                ["Roger Ailes also met with Mr. Trump that day"],
                "indirect",
            ),
        ),
        # a report set inside its content after more than one opening word
        (
            "And yet every Friday, the former executive told The Washington Post, Fiorina "
            "would lead a meeting.",
            (
                "told",
                "the former executive",
                ["And yet every Friday", "Fiorina would lead a meeting"],
                "indirect",
            ),
        ),
        # an inverted closing report whose content the parse read as a second subject
        (
            "However debates in and of themselves are not likely to alter the race, noted "
            "NBC's Dante Chinni.",
            (
                "noted",
                "NBC's Dante Chinni",
                ["However debates in and of themselves are not likely to alter the race"],
                "indirect",
            ),
        ),
        # a cue inside what a report after it says is part of that content, not a report
        # with the reporter set inside it
        (
            "In Chicago, organizers added 160 guards along the route, the Sun-Times reported.",
            (
                "reported",
                "the Sun-Times",
                ["In Chicago, organizers added 160 guards along the route"],
                "indirect",
            ),
        ),
        # a speaker after the cue that the parse split at a hyphen is one speaker
        (
            "“It is over,” added former state co-chair Jim Smith.",
            ("added", "former state co-chair Jim Smith", ["“It is over,”"], "direct"),
        ),
        # a verb the lexicon lacks frames a quotation that closes on a comma, a question or
        # an exclamation mark, with only its speaker beside it: how it was spoken
        (
            "“This is fantastic!” beamed Donald Hartley of Madison.",
            ("beamed", "Donald Hartley of Madison", ["“This is fantastic!”"], "direct"),
        ),
        (
            "“We never had a chance,” an angry Hollande retaliated.",
            ("retaliated", "an angry Hollande", ["“We never had a chance,”"], "direct"),
        ),
        # caption: "“...” ― Name"
        (
            "“Mr. Trump is clueless about the struggles of minorities.” ― Stephanie Egan",
            (
                "―",
                "Stephanie Egan",
                ["“Mr. Trump is clueless about the struggles of minorities.”"],
                "direct",
            ),
        ),
    ],
)
def test_extract_statements_construction(nlp: Language, text: str, expected: tuple) -> None:
    (statement,) = statements_of(nlp, text)
    assert described(text, statement) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # the parse hung the question on the main verb: it is still asked
        (
            "Last month, when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he "
            "looked straight into my eyes.",
            ("asked", "I", ["if he would ever endorse Hillary Clinton"], "indirect"),
        ),
        # the parse broke the question up: it still runs to the comma before the answer
        (
            "Asked if it had appeared he was encouraging violence with his initial statement, "
            "Trump replied, “Well, maybe so.”",
            (
                "Asked",
                None,
                ["if it had appeared he was encouraging violence with his initial statement"],
                "indirect",
            ),
        ),
    ],
)
def test_a_question_the_parse_misread_is_still_asked_whole(
    nlp: Language, text: str, expected: tuple
) -> None:
    assert described_by_cue(nlp, text)[expected[0]] == expected


@pytest.mark.slow
def test_a_quote_continues_its_statement_past_asides_of_the_attribution(nlp: Language) -> None:
    text = (
        "“The candidates do not understand the military,” said Capt. Ann Ward, who said she "
        "would not vote. “Their policies are just so far out there.”"
    )
    said = next(s for s in statements_of(nlp, text) if s.kind == "direct")
    assert [text[c.start : c.end] for c in said.content] == [
        "“The candidates do not understand the military,”",
        "“Their policies are just so far out there.”",
    ]


@pytest.mark.slow
def test_a_quote_after_a_participle_aside_continues_the_main_statement(nlp: Language) -> None:
    text = (
        '"As far as weapons, they will use anything," Trump said of terrorists, mocking '
        'concerns about civil liberties. "These people will use anything."'
    )
    said = next(s for s in statements_of(nlp, text) if text[s.cue.start : s.cue.end] == "said")
    assert [text[c.start : c.end] for c in said.content] == [
        '"As far as weapons, they will use anything,"',
        '"These people will use anything."',
    ]


@pytest.mark.slow
def test_a_quote_after_a_relative_clause_on_the_source_continues_the_statement(
    nlp: Language,
) -> None:
    text = (
        '"He did try to intimidate me," said Ann Ward, who wrote about the visit in a book. '
        '"Thank goodness, those things were not true."'
    )
    said = next(s for s in statements_of(nlp, text) if text[s.cue.start : s.cue.end] == "said")
    assert [text[c.start : c.end] for c in said.content] == [
        '"He did try to intimidate me,"',
        '"Thank goodness, those things were not true."',
    ]


@pytest.mark.slow
def test_a_naming_participle_with_a_quoted_label_is_someone_calling(nlp: Language) -> None:
    # the parser reads "one lawmaker called Trump" as "a lawmaker named Trump"
    text = "One lawmaker called Trump “the orange prince of self-publicity.”"
    (called,) = statements_of(nlp, text)
    assert described(text, called)[:3] == (
        "called",
        "One lawmaker",
        ["Trump “the orange prince of self-publicity.”"],
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # the parser reads "Trump called Clinton" as "a Trump named Clinton"; "a liar" says
        # someone labels someone
        ("Trump called Clinton a liar on Monday.", ("called", "Trump", ["Clinton a liar"])),
        # ... hung on the object of a relative clause: the speaker is the noun it modifies
        (
            "The doctors who sent the letter called Oz a quack.",
            ("called", "The doctors who sent the letter", ["Oz a quack"]),
        ),
        # a possessive opens a label too
        (
            "Cruz was repeatedly calling Trump his friend.",
            ("was repeatedly calling", "Cruz", ["Trump his friend"]),
        ),
        # the object is a free relative clause
        (
            "Ms. Boxer called what she witnessed ''terrible.''",
            ("called", "Ms. Boxer", ["what she witnessed ''terrible.''"]),
        ),
        # ... with the label the parse hung on the relative's verb
        (
            "Ms. Boxer, who was in Nevada on Saturday, called what she witnessed “terrible.”",
            ("called", "Ms. Boxer", ["what she witnessed “terrible.”"]),
        ),
        # a finite verb inside the object does not part the label from its cue
        (
            "Palmieri called the idea that Clinton had anything to prove “ridiculous.”",
            ("called", "Palmieri", ["the idea that Clinton had anything to prove “ridiculous.”"]),
        ),
        # the parser reads the object as the label and hangs the quoted label on it
        (
            "Speaking on CNBC on Monday, Mr. Ubben called Valeant's chief executive, J. Michael "
            "Pearson, “incredibly driven” and a great leader.",
            (
                "called",
                "Mr. Ubben",
                [
                    "Valeant's chief executive, J. Michael Pearson, “incredibly driven” and a "
                    "great leader"
                ],
            ),
        ),
    ],
)
def test_a_naming_participle_with_an_unquoted_label_is_someone_calling(
    nlp: Language, text: str, expected: tuple
) -> None:
    (called,) = statements_of(nlp, text)
    assert described(text, called)[:3] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Republicans criticized Clinton for saying the attack was spontaneous.", "Clinton"),
        ("The judge scolded the lawyer for suggesting the jury was biased.", "the lawyer"),
        ("Her son talked her out of it, and later sold her on supporting Sanders.", "her"),
    ],
)
def test_a_gerund_after_a_verbs_object_is_the_objects_act(
    nlp: Language, text: str, speaker: str
) -> None:
    # "criticized Clinton for saying ...": Clinton said it, not the Republicans
    gerund = next(s for s in statements_of(nlp, text) if "ing" in text[s.cue.start : s.cue.end])
    assert gerund.source is not None
    assert text[gerund.source.start : gerund.source.end] == speaker


@pytest.mark.slow
def test_a_clause_hung_on_the_labelling_verb_is_part_of_what_was_labelled(
    nlp: Language,
) -> None:
    # a labelling verb takes no clause: the parse hung the object's own clause on it
    text = (
        "A spokesman for Hillary Clinton called a report suggesting donors were granted "
        "greater access “outrageous.”"
    )
    called = [described(text, s)[:3] for s in statements_of(nlp, text)]
    assert (
        "called",
        "A spokesman for Hillary Clinton",
        ["a report suggesting donors were granted greater access “outrageous.”"],
    ) in called


@pytest.mark.slow
def test_a_relative_that_read_as_a_complementiser_is_what_was_labelled(nlp: Language) -> None:
    # a labelling verb takes no that-clause: "that" after a noun is the relative pronoun
    text = "It was a country that the nominee, Mitt Romney, called “our No.1 geopolitical foe.”"
    (called,) = statements_of(nlp, text)
    assert described(text, called)[:3] == (
        "called",
        "the nominee, Mitt Romney,",
        ["that", "“our No.1 geopolitical foe.”"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "They called the police after the crash.",
        "A dog called Rex a year ago bit him.",
        "The company called Acme a week ago.",
    ],
)
@pytest.mark.slow
def test_calling_someone_without_a_label_is_no_statement(nlp: Language, text: str) -> None:
    assert statements_of(nlp, text) == ()


@pytest.mark.slow
def test_a_quotation_after_a_relative_clauses_report_is_not_the_label(nlp: Language) -> None:
    text = "Smith called his mother who told him “get out.”"
    (told,) = statements_of(nlp, text)
    assert described(text, told)[:3] == ("told", "who", ["“get out.”"])


@pytest.mark.slow
def test_quote_ends_content_before_a_question_cue(nlp: Language) -> None:
    text = "“We’ll see,” she said, when asked whether she would run."
    said, asked = statements_of(nlp, text)
    assert described(text, said) == ("said", "she", ["“We’ll see,”"], "direct")
    assert described(text, asked) == ("asked", None, ["whether she would run"], "indirect")


@pytest.mark.slow
def test_content_cut_before_a_report_keeps_the_closing_quote_mark(nlp: Language) -> None:
    # the parse hangs "while he declined" inside the reported clause; cut before it, the
    # content keeps the mark that closes its quoted word
    text = (
        "Ann Lee met Bob Stone on Tuesday. "
        'She said the meeting had been "difficult," while he declined to comment.'
    )
    said = next(s for s in statements_of(nlp, text) if s.cue.slice(text) == "said")
    assert described(text, said)[2] == ['the meeting had been "difficult,"']


@pytest.mark.slow
def test_noun_cue_needs_a_that_clause(nlp: Language) -> None:
    # "the fact that" is nobody's claim; "the claim" without a clause reports nothing
    assert statements_of(nlp, "The fact that he left is telling.") == ()
    assert statements_of(nlp, "The claim was reviewed on Monday.") == ()
    # knowing someone is no report
    assert statements_of(nlp, "I have known him for years.") == ()
    # a day is no content of a light-verb cue
    assert statements_of(nlp, "The senator issued a statement on Friday.") == ()


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # "said" as a participle about something else
        "The words said at the ceremony were moving.",
        # a participle pressing something is no question put to anyone
        "The chicken pressed on a grill was tasty.",
        # a quotation after another verb is not the label of "called"; a fronted time is no
        # report; an adverbial "when" asks no question; a media label is no speaker
        "Smith called the police and asked for help.",
        "She asked for a lawyer when police arrived at the house.",
        "She did not say anything when she left the room.",
        "Last week, the company warned.",
        "When he arrived, the company warned.",
        "Photos: Flooding hits the coast of Texas",
        # a topic before a headline's colon is no speaker, nor is a kicker
        "Brazilian Grand Prix: Brazil GP red-flagged after dramatic crash",
        "Exclusive: Police search the house of the mayor",
        # a section heading: a topic after a word that names no person
        "Success on Signature Issue: The program planted mangroves along the coast.",
        # a place before a colon, then a phrase with no verb and no quotation, is a topic
        "Afghanistan: Fatal attack on German consulate in Mazar-e-Sharif",
        # an interest in polls reports nothing
        "He was interested in polls.",
        # a name given, not a label anyone puts on it
        'There is also a regular series, called "Quick Question" in which fun topics come up.',
        # a stance no one in the sentence takes
        "Conservative donors reluctant to support Trump can still donate.",
        "He gave an eight-hour floor speech to defend himself.",
        # a standing across many polls is no one poll's report
        "Bush remains mired in fourth in most surveys.",
        "Trump has a decisive lead in the polls.",
        # "said" in a relative clause with nothing reported
        "The minister, who said little during the debate, left the room early.",
        # a passive hedge with no one saying it
        "He visited the school, which is said to be the oldest in the city.",
        # titles in quotes are not statements
        "Later, the documentary film “Ice Statue and Iron Fist” prepared by the Khazar Media "
        "Center was shown.",
        "There was an informative presentation called “End of 30 years of longing - 44 days”.",
        'The parliament adopted the resolution "Recognition and respect for the sovereignty".',
        # non-reporting senses of cue verbs
        "The numbers add up to a loss.",
        "He told the difference between the two cars.",
        "Pilots at the airline went on strike on Monday.",  # the particle's object too
        "The carmaker recalls 50,000 cars over a faulty airbag.",
        "The government recalled its ambassador from Moscow.",
        # the reader's cognition, or anyone's: a turn of phrase, not a belief someone holds
        "You know the plan failed.",
        "One would think the plan failed.",
        # idioms of "say" with nobody saying anything
        "It goes without saying that raising taxes is anathema to Republicans.",
        "Let's say you think a degree will cost $160,000.",
        "Needless to say, the plan failed.",
        "Having said that, the audience tends to be older.",
        "That being said, the plan failed.",
        # an attack with no reason and no medium of speech may be an assault
        "Gunmen attacked the consulate on Friday.",
        "A man attacked John Smith with a knife.",
        # "view" reports only a label
        "He viewed the video twice.",
        # the name of a markup tag left in the text is no reporting verb
        '<tweet author="someone">Praying for the victims of the shooting.</tweet>',
        # "add on" is a sum; "as" with more than a speaker is a time or a manner
        "The hotel added on a surcharge for late checkout.",
        "The streets were quiet as the nation decided on his replacement.",
        "It sounded as though he were screaming.",
        # "put it" that places a thing, an estimate verb with no figure
        "She put it on the table and left.",
        "He put it to voters that the plan was dead.",
        "Police placed him at the scene.",
        # a coordinated clause after a conjunction is an act of its own
        "He lost the race, and his wife told reporters.",
        "Prices rose, but wages fell, and the union told members.",
        # evidence is no reporter; a condition is no report
        "The plan worked, as shown by the inclusion of it in the 1994 budget.",
        "And if one adds Nebraska, with its oddball legislature, that takes us up to 314.",
        # "what" as an amount or a deed is not what was said
        "Revenue was more than twice what it projected.",
        # a person finds a thing; "find out" learns
        "The police found a gun in the car.",
        "She found out that he lied.",
        # a label before a colon inside a paragraph speaks only through a quotation
        "The plan had one aim. Growth: the economy must expand.",
        # "cast", "paint" and "frame" label through "as" only
        "Voters cast their ballots on Tuesday.",
        "They painted the house red.",
        # "down" and "up" are particles only as such, not as prepositions of motion
        "The band played down the street.",
        # a name after a preposition before a colon is spoken to or about, and a short quote
        # after a name is a title
        'Perez delivered a blunt message to Clinton: "It is time to quit attacking people."',
        "The new film was called Jake Tapper: “A Life”.",
        # credit lines and a writer's exclamations before a colon name no speaker
        "The vote is on Tuesday.\n\nContributing: Ledyard King, Deborah Berry",
        "BYLINE: Amber Phillips",
        "BOOM: Trump Just Fired A Missile At The Campaign",
        # below the headline, a name before a goal with no finite verb lists, and a noun the
        # text also writes in lower case is a topic, not a speaker
        "The candidates need different things.\n\nSanders: Win in a walk.",
        "Delegates matter.\n\nSuperdelegates: Clinton has 520 superdelegates in hand.",
        # results a company reports are no report of speech, active or passive
        "Profits were reported by the company on Tuesday.",
        # after a quotation, a verb with more than its subject is a verb of the sentence, and a
        # title closes on no comma
        "His speech, “a clash of civilizations,” revamped his plans for the summit.",
        "The film “Balanced Rebellion” stars an actor who plays Lincoln.",
        # a clause on "made it clear" that says when or why is no content
        "She made it clear when she spoke to them.",
        # "it was according to plan" points at no report
        "It was according to plan.",
        # "as" with a subject says when, not what something is seen as
        "She saw him as he left the building.",
        # a request to the one addressed reports nothing
        "Tell me about your plan.",
        "Thank you for having me.",
        "Call it the politics of pique.",
    ],
)
def test_extract_statements_traps_give_nothing(nlp: Language, text: str) -> None:
    assert statements_of(nlp, text) == ()


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "He said “we will win the election.",
        "“We will win,” he said. “And then",
        'She said ” nothing ‘ at all " today.',
        '"""',
    ],
)
def test_extract_statements_unbalanced_quotes_give_no_junk(nlp: Language, text: str) -> None:
    for statement in statements_of(nlp, text):
        for span in statement.content:
            surface = span.slice(text)
            assert surface.strip()
            assert surface[0] not in "”’" and surface[-1] not in "“‘"


@pytest.mark.slow
def test_extract_statements_nested_statement_has_parent_and_chain(nlp: Language) -> None:
    text = "The mayor said that the governor claimed the money was gone."
    outer, inner = statements_of(nlp, text, _article(text, outlet="Gazette"))
    assert (outer.cue.slice(text), inner.cue.slice(text)) == ("said", "claimed")
    assert inner.parent_id == outer.id and outer.parent_id is None
    assert outer.reported_by == ("Gazette",)
    assert inner.reported_by == ("Gazette", "The mayor")
    assert [c.slice(text) for c in inner.content] == ["the money was gone"]


@pytest.mark.slow
def test_a_report_inside_direct_speech_stays_in_it(nlp: Language) -> None:
    text = (
        "TAPPER: Do you think he has campaigned as a healer?\n\n"
        "FALLIN: I think he is trying. I trust him with his words, and I think we all need to "
        "move towards being compassionate."
    )
    top = [described(text, s)[:3] for s in statements_of(nlp, text) if s.parent_id is None]
    assert top == [
        (":", "TAPPER", ["Do you think he has campaigned as a healer?"]),
        (
            ":",
            "FALLIN",
            [
                "I think he is trying. I trust him with his words, and I think we all need to "
                "move towards being compassionate"
            ],
        ),
    ]


@pytest.mark.slow
def test_a_report_of_a_report_keeps_it_as_its_content(nlp: Language) -> None:
    text = "Trump said the vote was rigged, Clinton said."
    top = [described(text, s)[:3] for s in statements_of(nlp, text) if s.parent_id is None]
    assert top == [("said", "Clinton", ["Trump said the vote was rigged"])]


def test_a_participle_hung_deep_in_the_first_ones_clause_is_the_speakers_next_act(
    nlp: Language,
) -> None:
    # the parse coordinates "arguing" with "waylaid", inside what "saying" reports
    text = (
        "Rubio pushed back on those claims Thursday, saying that the bill had the correct "
        "security components but was waylaid by voter mistrust - and arguing that he and Cruz "
        "shared the same views."
    )
    assert [described(text, s)[:3] for s in statements_of(nlp, text)] == [
        (
            "saying",
            "Rubio",
            ["that the bill had the correct security components but was waylaid by voter mistrust"],
        ),
        ("arguing", "Rubio", ["that he and Cruz shared the same views"]),
    ]


def test_nest_never_makes_two_statements_each_others_parent() -> None:
    # two misread contents, each holding the other's cue: the earlier stays on top
    first = _Draft(cue=(0, 4), cue_lemma="say", content=[(10, 40)], source=None, kind="indirect")
    second = _Draft(cue=(20, 25), cue_lemma="say", content=[(0, 15)], source=None, kind="indirect")
    inner = _Draft(cue=(30, 35), cue_lemma="say", content=[(36, 40)], source=None, kind="indirect")
    _nest([first, second, inner])
    assert (first.parent, second.parent, inner.parent) == (None, 0, 0)


@pytest.mark.slow
def test_extract_statements_outlet_line_is_the_chain_not_a_statement(nlp: Language) -> None:
    text = "A conference was held in Sarajevo, Azernews reports. The ambassador said it went well."
    (statement,) = statements_of(nlp, text, _article(text, outlet="Azernews"))
    assert statement.cue.slice(text) == "said"
    assert statement.reported_by == ("Azernews",)


@pytest.mark.slow
def test_extract_statements_links_times_and_entities_in_the_content(nlp: Language) -> None:
    text = "Ann Lee said that Bob Stone would visit Oslo on Monday."
    lee = _person("E1", "Ann Lee", text, ("Ann Lee", "name"))
    stone = _person("E2", "Bob Stone", text, ("Bob Stone", "name"))
    oslo = Entity("E3", "Oslo", "GPE", (Mention(_span(text, "Oslo"), "GPE"),))
    monday = TimeExpression("t1", _span(text, "Monday"), "DATE", "2024-01-01")
    article = _article(text, (lee, stone, oslo), times=(monday,))
    (statement,) = statements_of(nlp, text, article)
    assert statement.speaker_id == "E1"
    assert statement.entity_ids == ("E2", "E3")
    assert statement.time_ids == ("t1",)


@pytest.mark.slow
def test_extract_statements_offsets_follow_the_parsed_slice(nlp: Language) -> None:
    header = "HEADER LINE\n"
    body = "“We will win,” Smith said."
    text = header + body
    article = Article(
        document=Document(id="t", text=text, body=Span(len(header), len(text))),
        dateline=Dateline(None, None, None, None, None, "en", None),
    )
    (statement,) = extract_statements(article, Parsed(nlp(body), len(header))).statements
    assert statement.cue.slice(text) == "said"
    assert statement.source is not None and statement.source.slice(text) == "Smith"


# --------------------------------------------------------------------------------------------
# The example article (full pipeline)
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_example_article_statements(example_article: Article) -> None:
    article = example_article
    text = article.text
    entity_names = {entity.id: entity.name for entity in article.entities}
    found = [
        (
            statement.cue_lemma,
            statement.cue.slice(text).split()[-1],
            statement.source.slice(text) if statement.source else None,
            entity_names.get(statement.speaker_id or ""),
        )
        for statement in article.statements
    ]
    assert found == [
        ("inform", "informed", "Vilayat Guliyev", "Vilayat Guliyev"),
        ("recall", "recalled", "He", "Vilayat Guliyev"),
        ("note", "noted", "MP M. Jaffarov", "Mushfiq Jafarov"),
        ("say", "said", "The MP", "Mushfiq Jafarov"),
        ("state", "stated", "Other speakers", "speakers"),
        ("add", "added", "Speakers", "speakers"),
    ]
    assert all(s.reported_by == ("Azernews",) for s in article.statements)
    assert all(s.kind == "indirect" and s.parent_id is None for s in article.statements)
    endings = [
        "ural and religious monuments",
        "of Bosnia and Herzegovina",
        "e not yet been punished",
        "ima, Nagasaki, and Songmi",
        "d, and then disappeared",
        "and hatred against Azerbaijanis",
    ]
    for statement, ending in zip(article.statements, endings, strict=True):
        assert statement.content[-1].slice(text).endswith(ending)
    # the content ends where the reported clause ends, before the full stop
    assert not any(s.content[-1].slice(text).endswith(".") for s in article.statements)


def test_cue_lexicon_lists_the_example_cues() -> None:
    for lemma in ("inform", "recall", "note", "say", "state", "add"):
        assert lemma in VERB_CUES


@pytest.mark.slow
def test_extract_statements_headline_label_who_speaks_in_the_body(nlp: Language) -> None:
    # the tagger may not take the name for a person; that it says something below is enough
    text = (
        "Carly Fiorina: Bill Clinton is fair game\n\nDonald Trump is on solid ground when he "
        "attacks Bill Clinton, Carly Fiorina said on Monday."
    )
    by_cue = described_by_cue(nlp, text)
    assert by_cue[":"] == (":", "Carly Fiorina", ["Bill Clinton is fair game"], "direct")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # a word between the verb and "about": the cue is the verb, the content keeps "about"
        (
            "Asked Tuesday about Sullivan, Feinstein said she knew nothing.",
            ("Asked", None, ["about Sullivan"], "indirect"),
        ),
        # "about" hung on a noun between
        (
            "When asked at the business conference about the merger, she defended her decision.",
            ("asked", None, ["about the merger"], "indirect"),
        ),
        # "pressed on", "questioned about": other questions put as a reduced passive
        (
            "When pressed on why the plan leaves out dads, the campaign said nothing.",
            ("pressed on", None, ["why the plan leaves out dads"], "indirect"),
        ),
        (
            "Pressed again about the chatter, she laughed.",
            ("Pressed again about", None, ["the chatter"], "indirect"),
        ),
        # the asker named by "by", and a request in place of a topic
        (
            "Asked by Stephanopoulos to respond to the criticism, Carson said he would not.",
            ("Asked", "Stephanopoulos", ["to respond to the criticism"], "indirect"),
        ),
    ],
)
def test_extract_statements_reduced_question(nlp: Language, text: str, expected: tuple) -> None:
    by_cue = described_by_cue(nlp, text)
    assert by_cue[expected[0]] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # verbs of recounting and of judging report their object or their prepositional object
        (
            "Grassley on Wednesday downplayed the attack on the judge.",
            ("downplayed", "Grassley", ["the attack on the judge"]),
        ),
        (
            "Broaddrick recounted an interaction with the candidate.",
            ("recounted", "Broaddrick", ["an interaction with the candidate"]),
        ),
        (
            "The senator derided the deal as toothless.",
            ("derided", "The senator", ["the deal as toothless"]),
        ),
        (
            "Crowley alluded to the chairman’s rumored ambitions.",
            ("alluded to", "Crowley", ["the chairman’s rumored ambitions"]),
        ),
        (
            "The judge sided with the state of Ohio.",
            ("sided with", "The judge", ["the state of Ohio"]),
        ),
        (
            "Sanders on Wednesday also called upon the U.S. to press China.",
            ("also called upon", "Sanders", ["the U.S. to press China"]),
        ),
        (
            "He often calls out companies by name.",
            ("often calls out", "He", ["companies"]),
        ),
        (
            "Mark-Viverito chided him for siding with Republicans.",
            ("chided", "Mark-Viverito", ["him for siding with Republicans"]),
        ),
        (
            "Sandoval cautioned against viewing that as an endorsement.",
            ("cautioned against", "Sandoval", ["viewing that as an endorsement"]),
        ),
        (
            "Hannity interjected: “So you are saying there is no plan?”",
            ("interjected:", "Hannity", ["“So you are saying there is no plan?”"]),
        ),
    ],
)
def test_extract_statements_recounting_and_judging_verbs(
    nlp: Language, text: str, expected: tuple
) -> None:
    statement, *nested = statements_of(nlp, text)
    assert described(text, statement)[:3] == expected
    assert all(s.parent_id == statement.id for s in nested)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # a passive judgement reports whom it judges and why; the judge, if named, speaks
        (
            "Mr. Reagan was criticized for trading a guilty person for an innocent one.",
            (
                "was criticized",
                None,
                ["Mr. Reagan", "for trading a guilty person for an innocent one"],
            ),
        ),
        (
            "This proposal was rejected by 64 percent of the electorate.",
            ("was rejected", "64 percent of the electorate", ["This proposal"]),
        ),
        ("He was criticized by libertarians.", ("was criticized", "libertarians", ["He"])),
    ],
)
def test_extract_statements_passive_judgement(nlp: Language, text: str, expected: tuple) -> None:
    (statement,) = statements_of(nlp, text)
    assert described(text, statement)[:3] == expected


@pytest.mark.slow
def test_a_passive_judgement_with_no_judge_and_no_reason_is_no_statement(nlp: Language) -> None:
    assert statements_of(nlp, "The plan was roundly criticized on Twitter.") == ()


@pytest.mark.slow
def test_a_clause_before_a_speaker_found_after_the_parse_is_not_the_content(nlp: Language) -> None:
    text = (
        "Few believed this, but Sen. Chris Murphy (a Connecticut Democrat so boyish he has been"
        " mistaken for a junior staffer) says he was unfocused."
    )
    says = described_by_cue(nlp, text)["says"]
    assert says[1].startswith("Sen. Chris Murphy (a Connecticut Democrat")
    assert says[2] == ["he was unfocused"]


@pytest.mark.slow
def test_saying_something_by_the_way_is_a_statement_of_its_own(nlp: Language) -> None:
    # "by citing": an act of its own, with the first cue's speaker, outside its content
    text = (
        "He defended his position of not allowing Muslims to enter the United States by citing"
        " a poll."
    )
    by_cue = described_by_cue(nlp, text)
    assert by_cue["defended"][2] == [
        "his position of not allowing Muslims to enter the United States"
    ]
    assert by_cue["citing"][:3] == ("citing", "He", ["a poll"])
    assert all(s.parent_id is None for s in statements_of(nlp, text))
    # ... also where it would open the content
    text = "Bernie Sanders has soared in the polls by saying that the system is rigged."
    saying = described_by_cue(nlp, text)["saying"]
    assert saying[:3] == ("saying", "Bernie Sanders", ["that the system is rigged"])
    assert all(s.parent_id is None for s in statements_of(nlp, text))


@pytest.mark.slow
def test_quick_to_without_a_speaker_still_reads_the_act(nlp: Language) -> None:
    # "were quick to condemn" is one cue where it has a speaker; without one ("It"), the act
    # after "to" is read on its own rather than lost
    text = "It was quick to condemn the remarks."
    contents = [c for s in statements_of(nlp, text) for c in described(text, s)[2]]
    assert "the remarks" in contents


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "She responded by saying that the plan was dead.",
            ("responded by saying", "She", ["that the plan was dead"]),
        ),
        (
            "He explained the headline by saying: “I asked for America to fast.”",
            ("explained the headline by saying:", "He", ["“I asked for America to fast.”"]),
        ),
        # the first verb reported nothing by itself
        (
            "A Chinese official responded first by saying Japan should be careful.",
            ("responded first by saying", "A Chinese official", ["Japan should be careful"]),
        ),
    ],
)
def test_a_report_made_by_saying_something_is_one_statement(
    nlp: Language, text: str, expected: tuple
) -> None:
    (statement,) = statements_of(nlp, text)
    assert described(text, statement)[:3] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,cue,content",
    [
        # inside a reported clause the means are the speaker's words
        (
            "Grassley said developers had defined these areas by adding poor communities.",
            "said",
            "developers had defined these areas by adding poor communities",
        ),
        # a means that is no saying stays with its purpose
        (
            "Both vowed to be tougher as president by focusing on stopping illegal immigrants.",
            "vowed",
            "to be tougher as president by focusing on stopping illegal immigrants",
        ),
    ],
)
def test_a_means_inside_what_is_reported_stays_in_the_content(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    assert described_by_cue(nlp, text)[cue][2] == [content]


@pytest.mark.slow
def test_extract_statements_estimate_stops_before_a_relative_clause(nlp: Language) -> None:
    text = "Bloomberg pegged him at $2.9 billion, which Mr. Trump called “a disgrace.”"
    by_cue = described_by_cue(nlp, text)
    assert by_cue["pegged"] == ("pegged", "Bloomberg", ["him at $2.9 billion"], "indirect")
    assert by_cue["called"][1] == "Mr. Trump"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,source,content",
    [
        # the parse hangs ".)" outside the name: the closing bracket stays with the source
        (
            "Sen. Bernie Sanders (I-Vt.) said the deal was bad.",
            "Sen. Bernie Sanders (I-Vt.)",
            "the deal was bad",
        ),
        # a percent sign is part of its number, in the source and in the content
        ("Overall, 47% say the tax would be 35%.", "47%", "the tax would be 35%"),
        # when and where the speaker spoke is not who spoke
        (
            "The deal was bad, said Sen. Ted Cruz (R-Tex.) on Monday.",
            "Sen. Ted Cruz (R-Tex.)",
            "The deal was bad",
        ),
        (
            "The deal is bad, said Senate Minority Whip Dick Durbin (D-Ill.) in an interview.",
            "Senate Minority Whip Dick Durbin (D-Ill.)",
            "The deal is bad",
        ),
        ("Jeb Bush in a Medium post said the deal was bad.", "Jeb Bush", "the deal was bad"),
        # whom a named speaker told after the cue is not who spoke; before it, it is
        (
            "The decision was hard, said Bolden to the gathered crowd.",
            "Bolden",
            "The decision was hard",
        ),
        (
            "An adviser to Trump said the plan was dead.",
            "An adviser to Trump",
            "the plan was dead",
        ),
        # a document that holds the claim stays in the source
        (
            "A footnote in the report says the deal was bad.",
            "A footnote in the report",
            "the deal was bad",
        ),
    ],
)
def test_source_and_content_edges(nlp: Language, text: str, source: str, content: str) -> None:
    ((_, found_source, found_content, _),) = described_by_cue(nlp, text).values()
    assert (found_source, found_content) == (source, [content])


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,first,aside",
    [
        # a non-restrictive relative clause with a report of its own
        (
            "Bamberg also said the videos do not show whether Scott has anything in his hands, "
            "which he said were at his side when he was shot.",
            (
                "also said",
                "Bamberg",
                ["the videos do not show whether Scott has anything in his hands"],
            ),
            ("said", "he", ["which", "were at his side when he was shot"]),
        ),
        # a contrasting clause the writer adds
        (
            "Lynch said the nonstop demands sometimes erase the barriers that women face in "
            "private work, though she noted clients are beginning to demand diverse legal teams.",
            (
                "said",
                "Lynch",
                [
                    "the nonstop demands sometimes erase the barriers that women face in "
                    "private work"
                ],
            ),
            ("noted", "she", ["clients are beginning to demand diverse legal teams"]),
        ),
        # two reports side by side, the second hung inside the first one's clause
        (
            "Six in 10 Virginia Democratic primary voters said Clinton is honest and "
            "trustworthy, and three-quarters said the same of Sanders.",
            (
                "said",
                "Six in 10 Virginia Democratic primary voters",
                ["Clinton is honest and trustworthy"],
            ),
            ("said", "three-quarters", ["the same of Sanders"]),
        ),
        # ... or the first hung inside the second's, across a semicolon
        (
            "More than six in 10 said they were not looking forward to the campaign; 46 "
            "percent said they were unenthusiastic about the election.",
            ("said", "More than six in 10", ["they were not looking forward to the campaign"]),
            ("said", "46 percent", ["they were unenthusiastic about the election"]),
        ),
        # ... or before a second report whose own words follow its cue
        (
            "He said he had not seen the violent episode, and when asked whether he was "
            "encouraging his supporters' fury, he said, ''I hope not.''",
            ("said", "He", ["he had not seen the violent episode"]),
            ("said", "he", ["''I hope not.''"]),
        ),
        # a participle that closes the reported clause reports on its own
        (
            "Trump said things should be wrapped up by Cleveland, referring to the party's July "
            "convention.",
            ("said", "Trump", ["things should be wrapped up by Cleveland"]),
            ("referring to", "Trump", ["the party's July convention"]),
        ),
        (
            "She said she was thinking, ''Oh my God, this can't be happening,'' adding, ''I "
            "didn't know what to feel.''",
            ("said", "She", ["she was thinking, ''Oh my God, this can't be happening,''"]),
            ("adding", "she", ["''I didn't know what to feel.''"]),
        ),
    ],
)
def test_a_report_in_the_writers_aside_stands_apart(
    nlp: Language, text: str, first: tuple, aside: tuple
) -> None:
    statements = statements_of(nlp, text)
    top = [described(text, s)[:3] for s in statements if s.parent_id is None]
    assert first in top
    assert aside in top


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,cue,source",
    [
        # the subject of the verb that issued the text, the cue running from that verb
        (
            "His office put out a statement saying the U.S. would respond.",
            "put out a statement saying",
            "His office",
        ),
        (
            "Trump fired back a response saying he would not support Ryan.",
            "fired back a response saying",
            "Trump",
        ),
        (
            "The dean has published a letter strongly disputing the accusations.",
            "has published a letter strongly disputing",
            "The dean",
        ),
        # ... through "much of"
        ("Agents said he spent much of his own speech praising the candidate.", "praising", "he"),
        # a named possessor first, without its "'s"
        (
            "Trump will follow Hillary Clinton's Tuesday speech denouncing his plans.",
            "denouncing",
            "Hillary Clinton",
        ),
        # else its possessor
        (
            "In her statement condemning the test, Clinton called for sanctions.",
            "condemning",
            "her",
        ),
        # a text that stands alone speaks for itself
        (
            "In a statement defending Lewandowski, the campaign said he did nothing wrong.",
            "defending",
            "a statement",
        ),
    ],
)
def test_a_participle_on_an_issued_text_has_the_issuer_as_source(
    nlp: Language, text: str, cue: str, source: str
) -> None:
    assert described_by_cue(nlp, text)[cue][1] == source


@pytest.mark.slow
def test_a_closing_according_to_reports_the_whole_sentence(nlp: Language) -> None:
    # the Times reports that Trump said so: the report nests inside the "according to"
    text = (
        "On Monday, Trump said he was happy to see that Khan was voted in, according to The "
        "New York Times."
    )
    statements = statements_of(nlp, text)
    by_cue = {described(text, s)[0]: s for s in statements}
    according, said = by_cue["according to"], by_cue["said"]
    assert described(text, according)[1:3] == (
        "The New York Times",
        ["On Monday, Trump said he was happy to see that Khan was voted in"],
    )
    assert described(text, said)[1:3] == ("Trump", ["he was happy to see that Khan was voted in"])
    assert according.parent_id is None and said.parent_id == according.id
    # inside a quotation the phrase is the speaker's own
    text = "“The driver fired on the crowd, according to the police,” he told reporters."
    by_cue = {described(text, s)[0]: s for s in statements_of(nlp, text)}
    assert by_cue["told"].parent_id is None


@pytest.mark.slow
def test_a_closing_according_to_after_an_aside_reports_the_aside(nlp: Language) -> None:
    # the mayor reports the plan; the city's figures report what the budget stood at
    text = (
        "The mayor says the plan will close the gap in the budget, which stood at $4 million"
        " last year, according to city figures."
    )
    by_cue = {described(text, s)[0]: s for s in statements_of(nlp, text)}
    according, says = by_cue["according to"], by_cue["says"]
    assert described(text, according)[1:3] == (
        "city figures",
        ["which stood at $4 million last year"],
    )
    assert described(text, says)[2] == ["the plan will close the gap in the budget"]
    assert says.parent_id is None
    # with no report before the aside, the phrase reports the whole sentence
    text = "The bridge was closed for the mayor, who had ordered it, according to the police."
    according = {described(text, s)[0]: s for s in statements_of(nlp, text)}["according to"]
    assert described(text, according)[2] == [
        "The bridge was closed for the mayor, who had ordered it"
    ]


@pytest.mark.slow
def test_a_report_inside_the_clause_it_interrupts_stays_in_the_content(nlp: Language) -> None:
    text = "He said that the plan, which critics said was a giveaway, would pass."
    by_cue = {described(text, s)[1]: s for s in statements_of(nlp, text)}
    assert described(text, by_cue["He"])[2] == [
        "that the plan, which critics said was a giveaway, would pass"
    ]
    assert by_cue["critics"].parent_id == by_cue["He"].id


@pytest.mark.slow
def test_extract_statements_closing_as_clause_echoing_its_speaker_adds_nothing(
    nlp: Language,
) -> None:
    # "as she put it" restates who made the pledge; the pledge is the statement
    text = (
        "Clinton pledges to “make sure our economy works for everyone,” as she put it on Wednesday."
    )
    ((cue, source, _, _),) = described_by_cue(nlp, text).values()
    assert (cue, source) == ("pledges", "Clinton")


@pytest.mark.slow
def test_review_traps_keep_the_right_statement(nlp: Language) -> None:
    text = "Smith called the police and said “Someone broke into my house.”"
    (said,) = statements_of(nlp, text)
    assert described(text, said) == ("said", "Smith", ["“Someone broke into my house.”"], "direct")
    text = "According to Smith, who spoke to reporters on Monday, the plant will close."
    (according,) = statements_of(nlp, text)
    assert described(text, according) == (
        "According to",
        "Smith, who spoke to reporters on Monday",
        ["the plant will close"],
        "indirect",
    )
    text = "Workers read last week's report that the factory would close."
    (report,) = statements_of(nlp, text)
    assert described(text, report) == ("report", None, ["that the factory would close"], "indirect")


@pytest.mark.slow
def test_unquoted_report_before_its_cue_at_a_paragraph_end(nlp: Language) -> None:
    text = "People like Scott, he said.\n\nPressure is building on the governor."
    (said,) = statements_of(nlp, text)
    assert described(text, said) == ("said", "he", ["People like Scott"], "indirect")


@pytest.mark.slow
def test_a_second_verb_hung_on_the_first_ones_complement_keeps_apart(nlp: Language) -> None:
    # the parse coordinates "called on" with the label "shameful": the label ends there, and the
    # second verb's speaker is the first one's subject
    text = "He called it “shameful” and called on leaders to act."
    first, second = (described(text, s) for s in statements_of(nlp, text))
    assert first == ("called", "He", ["it “shameful”"], "indirect")
    assert second == ("called on", "He", ["leaders to act"], "indirect")
    # a coordinated participle is part of the label
    text = "The campaign called the charges unsubstantiated and fabricated by rivals."
    (statement,) = statements_of(nlp, text)
    assert described(text, statement)[2] == ["the charges unsubstantiated and fabricated by rivals"]


@pytest.mark.slow
def test_a_closing_reporting_participle_is_a_statement_of_its_own(nlp: Language) -> None:
    text = "Smith said the charges were false, arguing that they were divisive."
    found = {s.cue.slice(text): s for s in statements_of(nlp, text)}
    assert [c.slice(text) for c in found["said"].content] == ["the charges were false"]
    assert [c.slice(text) for c in found["arguing"].content] == ["that they were divisive"]


@pytest.mark.slow
def test_a_split_quote_opened_by_a_phrase_keeps_both_parts(nlp: Language) -> None:
    # the parse hangs the quote's opening phrase on the cue, not on the clause after it
    text = (
        "The two leaders sealed their agreement.\n\n"
        '"If you look back and check the transcripts," Scott said, "I could have written '
        'those things last week."'
    )
    said = next(s for s in statements_of(nlp, text) if s.cue.slice(text) == "said")
    assert [c.slice(text) for c in said.content] == [
        '"If you look back and check the transcripts,"',
        '"I could have written those things last week."',
    ]
    assert said.kind == "direct"


@pytest.mark.slow
def test_a_clause_whose_subject_the_parse_hangs_on_its_auxiliary_is_content(nlp: Language) -> None:
    # the small model parses "the roads" as the subject of "were", not of "closed"
    text = "Residents waited, and the mayor said the roads were closed."
    (statement,) = statements_of(nlp, text)
    assert described(text, statement)[:3] == ("said", "the mayor", ["the roads were closed"])


@pytest.mark.slow
def test_a_country_before_a_colon_speaks_when_a_clause_follows(nlp: Language) -> None:
    text = "Russia: we will respond to the new sanctions"
    (statement,) = statements_of(nlp, text)
    assert described(text, statement)[:3] == (
        ":",
        "Russia",
        ["we will respond to the new sanctions"],
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,second",
    [
        # the parse hangs "warned" on the reported "opposed"
        (
            'China said it was "resolutely opposed" to the test and warned North Korea to '
            "refrain from further actions.",
            ("warned", "China", ["North Korea to refrain from further actions"]),
        ),
        # the parse makes "added" a second complement of "said"
        (
            "The minister said the plan was dead and added that talks would resume.",
            ("added", "The minister", ["that talks would resume"]),
        ),
        # a labelling verb hung on the reported clause is the speaker's next act too
        (
            "The governor said he had battled pneumonia in his campaigns and called it a "
            "common ailment.",
            ("called", "The governor", ["it a common ailment"]),
        ),
    ],
)
def test_a_second_report_coordinated_with_the_first_is_the_speakers_own(
    nlp: Language, text: str, second: tuple
) -> None:
    first, other = statements_of(nlp, text)
    assert described(text, other)[:3] == second
    assert other.parent_id is None
    # the first report's content ends before the conjunction
    assert not described(text, first)[2][-1].endswith(("and", "and warned"))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,cue,source",
    [
        # the parse joins "Democrats" to the object before it: the verb after is theirs
        (
            "Republicans said the department mishandled the investigation and Democrats "
            "accused the GOP of stoking the fire.",
            "accused",
            "Democrats",
        ),
        # the parse makes the participle the root: its subject is the finite verb's
        (
            'Protesters marching through the streets chanted "What curfew?" until 2 a.m.',
            "chanted",
            "Protesters",
        ),
        # a closing participle goes with the main clause, not the complement clause before it
        (
            "Lewandowski rejected the idea that the developer would be a drag on the ticket,"
            " saying the huge crowds prove that Trump would energize the party.",
            "saying",
            "Lewandowski",
        ),
        # ... but with the parenthetical report it follows
        (
            "Comey cannot say that “from his perspective,” Lewandowski added, saying it should"
            " be up to the prosecutor.",
            "saying",
            "Lewandowski",
        ),
        # ... and with the participle clause it follows ("Carter ... declaring")
        (
            "I remember President Jimmy Carter going on TV in 1977, declaring a war against"
            " dependence on foreign oil.",
            "declaring",
            "President Jimmy Carter",
        ),
        # a reduced clause ("when forced to defend") on the way up to the subject
        (
            "Trump was defensive when forced to defend not paying an architect who said he was"
            " stiffed, saying, “Maybe he didn’t do a good job.”",
            "saying",
            "Trump",
        ),
        # a participle opening the sentence has the main clause's subject
        (
            "Claiming the criticism of Lauer is designed to pressure moderators, Trump told Fox"
            " that they hit Matt.",
            "Claiming",
            "Trump",
        ),
        # an adjective's infinitive shares its clause's subject: "unable to turn ... and accuse"
        (
            "Trump will be unable to turn the crowds against the moderators and accuse the"
            " audience of being donors.",
            "accuse",
            "Trump",
        ),
        # the object of "lead", "prompt", "force" ... acts in the infinitive after it
        (
            "The sleepy timing of the debate led Republicans to say that Democrats were"
            " protecting a candidate.",
            "to say",
            "Republicans",
        ),
        (
            "The killings have left most voters saying race relations are worse.",
            "saying",
            "most voters",
        ),
        (
            "His equivocation has left many Republicans, including his supporters, wondering"
            " what he believes.",
            "wondering",
            "many Republicans, including his supporters,",
        ),
        # ... but not the object of a purpose ("called Sanders to congratulate him")
        ("She called Sanders to congratulate him.", "to congratulate", "She"),
        # ... nor an object the participle does not follow
        (
            "The president left no doubt of his support for her, saying that nobody was more"
            " qualified.",
            "saying",
            "The president",
        ),
        # two subjects: the one before the closing mark is the quote's own
        (
            '"If it doesn\'t have the capability yet, it will at some point," said James Acton,'
            " a physicist at the Carnegie Endowment.",
            "said",
            "James Acton, a physicist at the Carnegie Endowment",
        ),
        # the speaker read as the compound of a verb it precedes
        (
            '"Look at the statement Mr. Trump put out after the Dallas shootings," Conway notes.'
            ' "It was very different."',
            "notes",
            "Conway",
        ),
        # the inverted speaker read as the object of the cue after a closing mark
        (
            "“It’s Bernie’s to lose at this point,” added another New Hampshire Democrat.",
            "added",
            "another New Hampshire Democrat",
        ),
        # a quoted title in the source closes after the comma the parse left outside it
        (
            "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested that the plan was dead.",
            "suggested",
            "Joe Scarborough, host of MSNBC’s “Morning Joe,”",
        ),
        # ... and before the cue: the parse hung the surname on the verb as its adverb
        ("Bill Skelly said the plan was dead.", "said", "Bill Skelly"),
        ("Skelly said the plan was dead.", "said", "Skelly"),
        # ... or as a modal: the surnames Will and May
        ("In his column, Will wrote that the plan was dead.", "wrote", "Will"),
        ("May said the plan was dead.", "said", "May"),
        (
            "But Bill Skelly, a longtime RNC data operative, vouched for both of them.",
            "vouched for",
            "Bill Skelly, a longtime RNC data operative,",
        ),
        # ... but in a headline in title case an adverb is capitalised
        (
            "Tim Kaine Fully Embraced Abortion When He Became the Pick.",
            "Fully Embraced",
            "Tim Kaine",
        ),
        # a floating quantifier after the speakers is not one of them
        (
            "Richards and Menendez both stressed that the plan was dead.",
            "stressed",
            "Richards and Menendez",
        ),
        ("They all said the plan was dead.", "said", "They"),
        ("The woman who started it all said so.", "said", "The woman who started it all"),
        # ... or as an adverb (a surname in -ly), and the speaker of the participle after it
        ("“It is valuable,” said Skelly.", "said", "Skelly"),
        (
            "“It is valuable,” said Skelly, explaining he worked more closely with Chrabaszcz.",
            "explaining",
            "Skelly",
        ),
        # the next verb of a list read as an adverbial clause of the first
        (
            "Megyn Kelly speculated about the cost of her wardrobe, referred to Clinton's"
            " supposed divisiveness and considered whether the endorsement would help.",
            "referred to",
            "Megyn Kelly",
        ),
        # a name opening the sentence, then an aside with verbs of its own: a clause aside is
        # not part of the source, an apposition is
        (
            "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find"
            " suppliers, said Mr. Trump was a candidate very much in tune with voters.",
            "said",
            "Mr. Slinker",
        ),
        (
            "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he"
            " and other rabbis were alarmed about Trump.",
            "said",
            "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott,",
        ),
        (
            "But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said,"
            ' "Let me tell you, he has earned it."',
            "said",
            "Sen. Richard J. Durbin (D-Ill.)",
        ),
        # a description before the cue the parse hung on a name in an opening phrase
        (
            "In an interview with the hosts Joe Scarborough and Mika Brzezinski, the Democratic"
            " presidential candidate stated that the rhetoric was dangerous.",
            "stated",
            "the Democratic presidential candidate",
        ),
        # a name with a parenthesis, a title's "of" phrase ending in the name
        (
            "In a speech in the City of David, Speaker of the House Rep. Paul Ryan (R-WI) said"
            " “anti-Semitic images have no place.”",
            "said",
            "Speaker of the House Rep. Paul Ryan (R-WI)",
        ),
        # a poll's share read as a number modifying the cue
        (
            "About 4 in 10 say they want the next president to be an outsider.",
            "say",
            "About 4 in 10",
        ),
        # the speaker and the participle describing it read as a clause of their own
        (
            "But Republican activists clamoring to block Donald Trump from the GOP nomination say"
            " they’re suddenly in the driver’s seat.",
            "say",
            "Republican activists clamoring to block Donald Trump from the GOP nomination",
        ),
    ],
)
def test_a_speaker_the_parse_hangs_elsewhere_is_found(
    nlp: Language, text: str, cue: str, source: str
) -> None:
    assert described_by_cue(nlp, text)[cue][1] == source


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,cue,source,content",
    [
        # "on Twitter" is where it was added
        (
            "The summit accomplished too little, he added on Twitter.",
            "added",
            "he",
            ["The summit accomplished too little"],
        ),
        # a closing "as X said" reports the clause before it
        (
            "It does not answer whether Scott had a gun, as police have said.",
            "have said",
            "police",
            ["It does not answer whether Scott had a gun"],
        ),
        # ... reads "that" as the adverb of a relative clause on "time"
        (
            "Kirby said Friday that no decision was made.\n\nKirby also said for the first time"
            " that some emails have been located and will be withheld.",
            "also said",
            "Kirby",
            ["that some emails have been located and will be withheld"],
        ),
        # the parse hangs the that-clause on the addressee
        (
            "He told a meeting of island leaders that few people understood the stakes.",
            "told",
            "He",
            ["that few people understood the stakes"],
        ),
        # an inverted closing report the parse coordinated with the clauses before it
        (
            "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense"
            " pressure from Asian imports, said the company's chief executive, John J. Ferriola.",
            "said",
            "the company's chief executive, John J. Ferriola",
            [
                "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under"
                " intense pressure from Asian imports"
            ],
        ),
        # a description and its relative clause right before the cue, read as content
        (
            "There is no such overlap with Sanders's team, a White House official who spoke"
            " anonymously to discuss internal strategy said Wednesday.",
            "said",
            "a White House official who spoke anonymously to discuss internal strategy",
            ["There is no such overlap with Sanders's team"],
        ),
        # the inverted speaker read as the subject of a clause the cue reports ("Correct")
        (
            '"What is shaping up is a battle for the ages," said David Brock, a Clinton'
            " confidant who heads the pro-Clinton super PAC Correct the Record.",
            "said",
            "David Brock, a Clinton confidant who heads the pro-Clinton super PAC Correct the"
            " Record",
            ['"What is shaping up is a battle for the ages,"'],
        ),
    ],
)
def test_a_report_the_parse_hides_is_found(
    nlp: Language, text: str, cue: str, source: str, content: list[str]
) -> None:
    assert described_by_cue(nlp, text)[cue][1:3] == (source, content)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,source,content",
    [
        (
            "The plan, said the mayor, will cost $4 million.",
            "the mayor",
            ["The plan", "will cost $4 million"],
        ),
        # the parse makes the speaker the subject of the reported clause
        (
            "Any reading of his actions, said Michael Kofman, an expert on Russia, would see a"
            " retreat.",
            "Michael Kofman, an expert on Russia,",
            ["Any reading of his actions", "would see a retreat"],
        ),
    ],
)
def test_an_inverted_report_inside_the_clause_it_reports(
    nlp: Language, text: str, source: str, content: list[str]
) -> None:
    [statement] = statements_of(nlp, text)
    assert described(text, statement)[1:3] == (source, content)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,cue,source,content",
    [
        # the parse makes the cue the root and the reported clause its conjunct
        (
            "The new workers, the manager explained later in the meeting, were paid well.",
            "explained later",
            "the manager",
            ["The new workers", "were paid well"],
        ),
        (
            "Denver, as one of the city's engineers pointed out, rarely gets floods in May.",
            "pointed out",
            "one of the city's engineers",
            ["Denver", "rarely gets floods in May"],
        ),
        (
            "To judge the new bridge, the mayor said, one should walk across it.",
            "said",
            "the mayor",
            ["To judge the new bridge", "one should walk across it"],
        ),
        # inside a relative clause it reports that clause alone
        (
            "The park is near the football stadium, which, Tompkins said, is usually full of"
            " activities on game days.",
            "said",
            "Tompkins",
            ["which", "is usually full of activities on game days"],
        ),
        # a second report closing the sentence is not part of the content
        (
            "Small protests, the senator said, are signs of a healthy town, as Ms. Lee said"
            " last week.",
            "said",
            "the senator",
            ["Small protests", "are signs of a healthy town"],
        ),
    ],
)
def test_a_report_set_off_inside_the_clause_it_reports(
    nlp: Language, text: str, cue: str, source: str, content: list[str]
) -> None:
    first = next(s for s in statements_of(nlp, text) if described(text, s)[0] == cue)
    assert described(text, first)[1:3] == (source, content)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,cue",
    [
        # a relative clause between commas is about its noun
        ("The mayor, who said so, left the meeting early.", "said"),
        # an opening time is no part of what was said
        ('In 2015, the mayor said, "We will build the bridge."', "said"),
        # the report ends the sentence; the participle after it is the speaker's next act
        ("The bridge will open in May, the mayor said, adding that it cost $4 million.", "said"),
    ],
)
def test_a_set_off_report_that_is_no_aside_keeps_its_reading(
    nlp: Language, text: str, cue: str
) -> None:
    content = described_by_cue(nlp, text)[cue][2]
    assert all(not part.startswith(("The mayor", "In 2015")) for part in content)
    assert not any("adding" in part for part in content)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a participle between commas is no inverted report
        "Democrats in Congress, fearing the consequences, failed to unite behind the bills.",
        # the phrase before the cue is a person's, and speaks
        "Aides to Gov. Chris Christie, who had a long career, said their speeches, already"
        " long, would focus on security.",
    ],
)
def test_a_phrase_before_a_set_off_cue_that_speaks_stays_the_speaker(
    nlp: Language, text: str
) -> None:
    first = statements_of(nlp, text)[0]
    assert described(text, first)[1] == text.split(",")[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,cue",
    [
        # the asker of a reduced passive is unnamed; the main clause's subject was asked
        ("Asked whether the plan would work, Clinton said it would.", "Asked"),
        # "it" holds nothing in "It is worth noting"
        ("It is worth noting that the tax bill is a good example.", "noting"),
        # a list verb hung on a copula lends it no subject: "The only time" said nothing
        (
            "The only time Clinton came up was when Megyn Kelly speculated about the cost of"
            " her wardrobe, referred to Clinton's supposed divisiveness and considered whether"
            " the endorsement would help.",
            "referred to",
        ),
    ],
)
def test_a_cue_without_a_speaker_borrows_none(nlp: Language, text: str, cue: str) -> None:
    assert described_by_cue(nlp, text)[cue][1] is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,source", [("I believe the message was clear.", "I"), ("We know the plan failed.", "We")]
)
def test_the_writers_own_belief_is_the_writers_statement(
    nlp: Language, text: str, source: str
) -> None:
    # an op-ed's "I think ..." is an opinion, never a fact: PolNeAR attributes it to the writer
    (statement,) = statements_of(nlp, text)
    assert described(text, statement)[1] == source


@pytest.mark.slow
def test_a_name_before_a_colon_below_the_headline_speaks_through_a_finite_clause(
    nlp: Language,
) -> None:
    # the counterpart of the trap "Sanders: Win in a walk.": a body label before a clause
    text = "The candidates have plans.\n\nJeb Bush: The tax code is broken beyond repair."
    (statement,) = statements_of(nlp, text)
    assert described(text, statement)[:3] == (
        ":",
        "Jeb Bush",
        ["The tax code is broken beyond repair"],
    )


@pytest.mark.slow
def test_a_verb_before_a_label_after_an_abbreviation_keeps_its_quote(nlp: Language) -> None:
    # "Mr. Rubio:" looks like a label opening a sentence; only after a headline and a dash
    # does a label win over the verb the parse found before it
    text = "Nelson Diaz, a former aide, said of Mr. Rubio: ''He is American 100 percent.''"
    (statement,) = statements_of(nlp, text)
    assert described(text, statement)[:2] == ("said", "Nelson Diaz, a former aide,")


@pytest.mark.slow
def test_a_second_look_parses_a_missed_sentence_alone_and_maps_it_back(nlp: Language) -> None:
    # as if the first parse had found nothing: the sentence with "said" is parsed alone, and
    # the statement comes back in the article's offsets, its quotation the article's own
    text = "The vote was close. Then, in 2017, Kerry said “we will accept 100,000 people.”"
    ctx = _Context(nlp(text), find_quotes(text))
    (draft,) = _second_look(ctx, [], nlp)
    assert text[draft.cue[0] : draft.cue[1]] == "said"
    assert draft.source is not None and text[draft.source[0] : draft.source[1]] == "Kerry"
    assert [text[a:b] for a, b in draft.content] == ["“we will accept 100,000 people.”"]
    assert draft.quotes == [ctx.quotes[0]]
    assert draft.source_head is not None and ctx.doc[draft.source_head].text == "Kerry"


@pytest.mark.slow
def test_a_second_look_leaves_a_sentence_whose_quotation_runs_on(nlp: Language) -> None:
    # alone, the sentence would hold half a quotation
    text = "“We won. Kerry said so. And we will win again,” she said."
    ctx = _Context(nlp(text), find_quotes(text))
    assert _second_look(ctx, [], nlp) == []


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    """A doc with a hand-written parse, for rules that must hold whatever the model parses."""
    pos = {"VBD": "VERB", "VBN": "VERB", "NN": "NOUN", "NNP": "PROPN", "DT": "DET", "IN": "SCONJ"}
    return Doc(
        Vocab(),
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos.get(tag, "PUNCT") for tag in tags],
    )


def test_a_main_clause_the_parse_hung_on_a_fronted_clause_is_found() -> None:
    # "As Trump spoke, a girl was sprayed, police said.": "sprayed" hangs on "spoke"
    doc = _parsed(
        ["As", "Trump", "spoke", ",", "a", "girl", "was", "sprayed", ",", "police", "said", "."],
        [2, 2, 10, 2, 5, 7, 7, 2, 10, 10, 10, 10],
        ["mark", "nsubj", "advcl", "punct", "det", "nsubjpass", "auxpass", "advcl"]
        + ["punct", "nsubj", "ROOT", "punct"],
        ["IN", "NNP", "VBD", ",", "DT", "NN", "VBD", "VBN", ",", "NN", "VBD", "."],
    )
    assert _main_clause_after_comma(doc[0:8])
    # "When he arrived, the company warned.": the fronted clause alone holds no main clause
    doc = _parsed(
        ["When", "he", "arrived", ",", "the", "company", "warned", "."],
        [2, 2, 6, 6, 5, 6, 6, 6],
        ["advmod", "nsubj", "advcl", "punct", "det", "nsubj", "ROOT", "punct"],
        ["IN", "NNP", "VBD", ",", "DT", "NN", "VBD", "."],
    )
    assert not _main_clause_after_comma(doc[0:3])


def test_a_transcript_label_in_capitals_names_its_speaker(nlp: Language) -> None:
    # two-word labels in capitals speak where a label recurs, as in a transcript
    text = (
        "The panel met on Sunday.\n\n"
        "JAKE TAPPER: The mayor released a video on Friday about the new bridge.\n\n"
        "TAPPER: What do you make of it?\n\n"
        "STAT OF THE WEEK: The city spent 43 million dollars on roads."
    )
    found = [described(text, s) for s in statements_of(nlp, text) if s.cue_lemma == ":"]
    assert [(source, content) for _, source, content, _ in found] == [
        ("JAKE TAPPER", ["The mayor released a video on Friday about the new bridge"]),
        ("TAPPER", ["What do you make of it?"]),
    ]


def test_a_transcript_label_resolves_to_the_person_it_names() -> None:
    # a label in capitals names the person the text names in mixed case; inside that speaker's
    # own turn "he" is someone else
    text = (
        "Benenson on the race\n\n"
        "Joel Benenson joined the show to talk about Donald Trump.\n\n"
        "JOEL BENENSON: He has said these things for years.\n\n"
        "BENENSON: Thank you for having me."
    )
    article = dateline.extract(text)
    names = {e.id: e.name for e in article.entities}
    speakers = {
        s.source.slice(text): names.get(s.speaker_id or "") for s in article.statements if s.source
    }
    assert speakers["JOEL BENENSON"] == "Joel Benenson"
    assert speakers["BENENSON"] == "Joel Benenson"
    assert speakers["He"] == "Donald Trump"
