"""The Russian catalogue is complete: every tr() string in ui/ has a finished translation, plural
strings have all three Russian forms, placeholders survive translation, and the .qm is compiled
from the .ts as committed."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "reception_ru.ts"
COMPILED = ROOT / "resources" / "translations" / "reception_ru.qm"
PLACEHOLDER = re.compile(r"%(?:L?n|\d|[sd])")
RUSSIAN_PLURAL_FORMS = 3  # 1 обращение, 2 обращения, 5 обращений


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (it comes with PySide6)")
    return found


def ui_sources() -> list[str]:
    return sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))


def refreshed_catalogue(tmp_path: Path) -> ET.Element:
    """The committed catalogue updated with the strings the sources hold today, as lupdate sees them."""
    working = tmp_path / "reception_ru.ts"
    shutil.copyfile(CATALOGUE, working)
    subprocess.run(
        [tool("pyside6-lupdate"), *ui_sources(), "-ts", str(working)], check=True, capture_output=True
    )
    return ET.parse(working).getroot()


def live_messages(root: ET.Element) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append((name, message.findtext("source") or "", message))
    return found


def test_every_interface_string_has_a_russian_translation(tmp_path: Path) -> None:
    messages = live_messages(refreshed_catalogue(tmp_path))
    assert len(messages) > 300  # the sources were read
    missing = []
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(text.strip() for text in texts):
            missing.append(f"{context}: {source!r}")
        elif message.get("numerus") == "yes" and len(forms) != RUSSIAN_PLURAL_FORMS:
            missing.append(f"{context}: {source!r} has {len(forms)} plural forms, Russian needs 3")
    assert not missing, "Untranslated (run pyside6-lupdate, translate, pyside6-lrelease):\n" + "\n".join(
        missing
    )


def test_translations_keep_the_placeholders_of_their_source(tmp_path: Path) -> None:
    wrong = []
    for context, source, message in live_messages(refreshed_catalogue(tmp_path)):
        translation = message.find("translation")
        assert translation is not None
        texts = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        wanted = sorted(p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(source))
        for text in texts:
            if text and sorted(p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{context}: {source!r} → {text!r}")
    assert not wrong, "Placeholders lost or added in translation:\n" + "\n".join(wrong)


def test_the_compiled_catalogue_is_built_from_the_committed_one(tmp_path: Path) -> None:
    compiled = tmp_path / "reception_ru.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(CATALOGUE), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == COMPILED.read_bytes(), "run pyside6-lrelease after editing the .ts"
