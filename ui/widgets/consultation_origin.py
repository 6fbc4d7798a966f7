"""The appeal editor's «Registered from a consultation» box: when an appeal was registered from a
consultation, which one (date and time, specialist, format, outcome), its details on request, and the
specialist's day view opened at it. One line above the editor's tabs (executors open an appeal on its
case progress); hidden for every other appeal."""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reception.db.database import Database
from reception.domain.errors import ReceptionError
from reception.services.consultations import ConsultationView, consultations_of_appeal
from reception.services.users import UserView
from ui.labels import label_of
from ui.locale_format import format_time
from ui.tasks import run_in_background
from ui.topics import TopicCatalog
from ui.widgets.slot_list import short_name, when_text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ConsultationOriginPanel(QGroupBox):
    """Loads `consultations_of_appeal` off the UI thread; `sig_loaded(count)` when shown."""

    sig_loaded = Signal(int)

    def __init__(
        self, db: Database, actor: UserView, topics: TopicCatalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._topics = topics
        self._generation = 0
        self._loading = False
        self.consultations: list[ConsultationView] = []
        self.setTitle(self.tr("Registered from a consultation"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.hide()
        self.open_day_button = QPushButton(self.tr("Open in the day &view"))
        self.open_day_button.setAutoDefault(False)
        self.open_day_button.setToolTip(
            self.tr("The specialist's consultations of that day, with this one selected")
        )
        self.open_day_button.setAccessibleName(self.tr("Open the consultation in the day view"))
        self.open_day_button.clicked.connect(self.open_day_view)
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setAutoDefault(False)
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(
            self.tr("The citizen's question, the questions raised and the answer given")
        )
        self.details_button.setAccessibleName(self.tr("Details of the consultation"))
        self.details_button.toggled.connect(self.details_label.setVisible)
        line = QHBoxLayout()
        line.addWidget(self.summary_label, 1)
        line.addWidget(self.open_day_button)
        line.addWidget(self.details_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.addLayout(line)
        layout.addWidget(self.details_label)
        self.hide()

    @property
    def is_loading(self) -> bool:
        return self._loading

    def tab_chain(self) -> list[QWidget]:
        return [self.open_day_button, self.details_button]

    def set_appeal(self, appeal_id: int | None) -> None:
        self._generation += 1
        generation = self._generation
        if appeal_id is None:
            self.show_consultations([])
            return
        db, actor = self._db, self._actor
        self._loading = True
        guard = QObject(self)

        def on_done(found: list[ConsultationView]) -> None:
            if shiboken6.isValid(guard) and generation == self._generation:
                self._loading = False
                self.show_consultations(found)

        def on_error(error: BaseException) -> None:
            if shiboken6.isValid(guard) and generation == self._generation:
                self._loading = False
                self.show_consultations([])
                if not isinstance(error, ReceptionError):
                    sys.excepthook(type(error), error, error.__traceback__)

        run_in_background(
            lambda: consultations_of_appeal(db.uow(), actor=actor, appeal_id=appeal_id), on_done, on_error
        )

    def show_consultations(self, found: list[ConsultationView]) -> None:
        self.consultations = found
        if not found:
            self.hide()
            self.sig_loaded.emit(0)
            return
        self.summary_label.setText("<br>".join(self.summary_html(view) for view in found))
        self.details_label.setText("<hr>".join(self.details_html(view) for view in found))
        self.show()
        self.sig_loaded.emit(len(found))

    def summary_html(self, view: ConsultationView) -> str:
        """«пт 19.02.2027 10:00–10:20 · Исполнителев П. П. · Видеоконсультация · Проведена: …»."""
        outcome = label_of(view.status) + (
            f": {label_of(view.answer_kind)}" if view.answer_kind is not None else ""
        )
        return (
            f"<b>{_escape(when_text(view.starts_at))}–{_escape(format_time(view.ends_at))}</b> · "
            f"{_escape(short_name(view.specialist_name))} · {_escape(label_of(view.format))} · {_escape(outcome)}"
        )

    def details_html(self, view: ConsultationView) -> str:
        rows = [self.tr("Booking № %d") % view.id]
        if view.topic_code:
            rows.append(self.tr("Topic: %s") % _escape(f"{view.topic_code} {view.topic_name}".strip()))
        if view.description:
            rows.append(self.tr("Question: %s") % _escape(view.description))
        if view.questions:
            rows.append(self.tr("Questions raised: %s") % _escape(", ".join(view.questions)))
        if view.oral_answer:
            rows.append(self.tr("Oral answer: %s") % _escape(view.oral_answer))
        if view.outcome_note:
            rows.append(self.tr("Note: %s") % _escape(view.outcome_note))
        if view.property_address:
            rows.append(self.tr("Property: %s") % _escape(view.property_address))
        return "<br>".join(rows)

    def open_day_view(self) -> QWidget | None:
        """The day view at the (first) consultation: the main window's own one when there is one."""
        if not self.consultations:
            return None
        from ui.consultations_window import ConsultationsWindow  # it imports the appeal editor

        view = self.consultations[0]
        window: ConsultationsWindow | None = None
        current: QObject | None = self
        while current is not None and window is None:
            if isinstance(current, ConsultationsWindow):
                window = current
            menu = getattr(current, "consultations_menu", None)
            if window is None and menu is not None and hasattr(menu, "open_day_view"):
                window = menu.open_day_view()
            current = current.parent()
        if window is None:
            top = self.window()
            window = ConsultationsWindow(self._db, self._actor, self._topics, top)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show_consultation(view)
        window.show()
        window.raise_()
        window.activateWindow()
        return window
