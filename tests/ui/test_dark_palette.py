"""The system's dark theme: the colours we set ourselves stay readable on a dark palette."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.widgets.markers import ANSWERED_LATE_FOREGROUND, OVERDUE_FOREGROUND, on_palette


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    saved = qapp.palette()
    palette = QPalette(saved)
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(saved)


def test_marker_text_is_readable_on_a_dark_palette(dark: QPalette) -> None:
    for colour in (OVERDUE_FOREGROUND, ANSWERED_LATE_FOREGROUND):
        assert contrast(colour, dark.base().color()) < 3  # as designed for light themes: unreadable here
        assert contrast(on_palette(colour), dark.base().color()) >= 4.5
        assert contrast(on_palette(colour), dark.window().color()) >= 4.5


def test_light_themes_keep_the_designed_colours(qapp: QApplication) -> None:
    assert qapp.palette().window().color().lightnessF() >= 0.5
    assert on_palette(OVERDUE_FOREGROUND) == OVERDUE_FOREGROUND


def test_form_styles_take_text_colours_from_the_palette_or_bring_their_own_background() -> None:
    import re

    from ui.widgets.form import FORM_STYLE_SHEET

    for rule in re.findall(r"[^{}]+\{[^}]*\}", FORM_STYLE_SHEET):
        body = rule[rule.index("{") :]
        fixed_colour = re.search(r"(?<!-)color:\s*#", body)
        assert not fixed_colour or "background" in body, rule.strip()
