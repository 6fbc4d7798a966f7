"""`reception --self-test`: the installation check CI runs on the built bundle, here from the source."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from reception.settings import ENV_CONFIG_DIR
from ui.app import main
from ui.i18n import ENV_LANGUAGE


@pytest.fixture(autouse=True)
def _russian(monkeypatch: pytest.MonkeyPatch) -> None:
    """main() installs the catalogue of the language in force: the same one as the rest of the suite."""
    monkeypatch.setenv(ENV_LANGUAGE, "ru")


def test_self_test_passes_and_keeps_what_it_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "self-test"

    assert main(["--self-test", "--self-test-dir", str(out)]) == 0

    report = capsys.readouterr().out
    assert "FAILED" not in report and "Self-test passed" in report
    steps = (
        "resources",
        "translations",
        "fonts",
        "keyring",
        "database",
        "administrator",
        "appeal",
        "main window",
    )
    for step in (*steps, "letter PDF"):
        assert f"  ok  {step}: " in report
    assert (out / "self-test.txt").read_text(encoding="utf-8").strip() == report.strip()

    number = next(line for line in report.splitlines() if "ok  appeal:" in line).split("№ ")[1].split(",")[0]
    letter = PdfReader(io.BytesIO((out / "letter.pdf").read_bytes()))
    text = " ".join(" ".join(page.extract_text() for page in letter.pages).split())
    assert f"На № {number}" in text and "Уважаемая Анна Сергеевна!" in text and "ПРОЕКТ" in text

    screenshot = QImage(str(out / "main-window.png"))
    assert not screenshot.isNull() and screenshot.width() >= 800
    assert not QImage(str(out / "letter-page1.png")).isNull()
    # The run used a folder of its own and gave the workstation's back: nothing written there.
    assert os.environ[ENV_CONFIG_DIR] == str(tmp_path / "config")
    assert not (tmp_path / "config").exists() and not (tmp_path / "data").exists()


def test_self_test_names_the_failed_step_and_exits_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "self-test"
    (out / "main-window.png").mkdir(parents=True)  # a folder where the screenshot should go

    assert main(["--self-test", "--self-test-dir", str(out)]) == 1

    report = capsys.readouterr().out
    assert "  ok  appeal: " in report
    assert "  FAILED  main window: SelfTestFailure: cannot save the screenshot" in report
    assert "Self-test FAILED at «main window»" in report and "letter PDF" not in report
