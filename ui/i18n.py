"""Translations: source strings are English, the office works in Russian.

Update after changing UI strings:
    .venv/bin/pyside6-lupdate $(git ls-files 'ui/*.py') -ts resources/translations/reception_ru.ts
    (translate the new entries in the .ts, e.g. with pyside6-linguist)
    .venv/bin/pyside6-lrelease resources/translations/reception_ru.ts -qm resources/translations/reception_ru.qm
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reception.paths import resource
from reception.settings import ENV_LANGUAGE, resolve_language

__all__ = ["ENV_LANGUAGE", "install_translators", "ui_language"]


def ui_language() -> str:
    """RECEPTION_LANG, else the language chosen in Settings, else Russian on a Russian system."""
    return resolve_language(QLocale.system().name())


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load our catalogue and Qt's own (standard buttons, context menus); English needs none."""
    language = language or ui_language()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return []
    installed: list[QTranslator] = []
    sources = (
        (f"reception_{language}", str(resource("translations"))),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, directory in sources:
        translator = QTranslator(app)  # parented: lives as long as the application
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
