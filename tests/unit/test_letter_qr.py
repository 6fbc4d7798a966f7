"""The barcode requisite: the table-driven encoder gives ReportLab's own matrix, and its path draws it."""

from __future__ import annotations

import re

import pytest

from reception.documents.qr import qr_modules, qr_path, reportlab_modules

NUMBERS = [f"ИСХ-2026-{n * 7919 % 1_000_000:06d};ВП-2025-{n * 104_729 % 1_000_000:06d}" for n in range(150)]
# Versions 1 to 21: one and several Reed–Solomon blocks, with and without the version information.
OTHER = ["ПРОЕКТ;ВП-2026-000001", "", "x", "12345", "HELLO WORLD", "Ж" * 150, "a" * 200, "A" * 1000]


@pytest.mark.parametrize("text", NUMBERS + OTHER)
def test_matrix_is_reportlabs_own(text: str) -> None:
    assert qr_modules(text) == reportlab_modules(text)


def test_the_texts_cover_versions_with_several_blocks_and_version_information() -> None:
    sizes = {len(qr_modules(text)) for text in NUMBERS + OTHER}
    assert min(sizes) == 21 and max(sizes) >= 45  # version 1 … version 7 and more


@pytest.mark.parametrize("text", [NUMBERS[0], NUMBERS[1], "A" * 1000])
def test_path_fills_exactly_the_dark_modules(text: str) -> None:
    modules = qr_modules(text)
    count, size = len(modules), 56.693
    cell = size / count
    filled = set()
    for x, y, width, height in re.findall(r"(\S+) (\S+) (\S+) (\S+) re", qr_path(text, size)):
        row = count - 1 - round(float(y) / cell)
        start, length = round(float(x) / cell), round(float(width) / cell)
        assert float(height) == pytest.approx(cell, abs=0.001)
        filled.update((row, column) for column in range(start, start + length))
    dark = {(r, c) for r, line in enumerate(modules) for c, module in enumerate(line) if module}
    assert filled == dark
