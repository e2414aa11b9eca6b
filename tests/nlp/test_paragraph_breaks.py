"""Line breaks as sentence boundaries before the parser (dateline_paragraph_breaks)."""

from __future__ import annotations

import pytest
from spacy.language import Language

LONG = (
    "Budget vote: the council met on Monday to discuss the budget for the coming year and the"
    " rates it sets"
)


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # a blank line ends a headline with no full stop
        (
            "Council votes\n\nThe council voted on Monday.",
            ["Council votes", "The council voted on Monday."],
        ),
        # a single line break after a closing quotation ends the quoted sentence
        (
            "“We will win,” he said. “Elect me.”\nPriebus, in the wake of a poll, told Fox so.",
            [
                "“We will win,” he said.",
                "“Elect me.”",
                "Priebus, in the wake of a poll, told Fox so.",
            ],
        ),
        # lines longer than a wrapped line are paragraphs: a break ends one with no full stop
        (f"{LONG}\nthe members agreed to it.", [LONG, "the members agreed to it."]),
    ],
)
def test_line_breaks_that_end_paragraphs_end_sentences(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert sentences(nlp, text) == expected


@pytest.mark.slow
def test_a_line_break_in_hard_wrapped_text_is_a_space(nlp: Language) -> None:
    # short lines and no full stop before the break: the sentence runs on
    text = "The mayor said the bridge\nwould reopen in May. Mr.\nSmith agreed."
    assert sentences(nlp, text)[0] == "The mayor said the bridge\nwould reopen in May."
    assert "Mr.\nSmith agreed." in sentences(nlp, text)[-1]
