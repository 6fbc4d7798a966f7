"""The letter markup: paragraphs, bold, italic, bulleted lists; nothing else gets through."""

from __future__ import annotations

import pytest

from reception.domain.letter_markup import Block, Run, escape_markup, parse_markup, to_html, to_markup


def test_paragraphs_emphasis_and_lists() -> None:
    blocks = parse_markup("Первый **жирный** и *курсив*\n\n- пункт ***оба***\n• второй\n")
    assert blocks == (
        Block((Run("Первый "), Run("жирный", bold=True), Run(" и "), Run("курсив", italic=True))),
        Block((Run("пункт "), Run("оба", bold=True, italic=True)), bullet=True),
        Block((Run("второй"),), bullet=True),
    )


@pytest.mark.parametrize(
    "text",
    ["a **b** *c* ***d*** e", "*a **b** c*", "- x\n\\- y", "звёздочка \\* и слэш \\\\", "**a***b*"],
)
def test_markup_round_trips(text: str) -> None:
    blocks = parse_markup(text)
    assert parse_markup(to_markup(blocks)) == blocks


def test_escaped_values_read_back_as_plain_text() -> None:
    value = "- ООО «Звезда*» \\ **не жирный**"
    (block,) = parse_markup(escape_markup(value))
    assert block.text == value and not block.bullet and all(not r.bold for r in block.runs)


def test_html_for_the_editor_escapes_everything() -> None:
    html = to_html(parse_markup("<script>alert(1)</script> **b**\n- item"))
    assert html == "<p>&lt;script&gt;alert(1)&lt;/script&gt; <b>b</b></p><ul><li>item</li></ul>"
