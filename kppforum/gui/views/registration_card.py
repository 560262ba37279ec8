"""ID card check-in at the registration desk (issue 17): insert the card, press Enter.

Hooked into RegistrationView with one line; it works through the view's own widgets:

- a card read from the reader is looked up (kppforum.services.card_checkin): the person found
  is shown as the one result and Enter (search box empty) checks them in, audited as from a
  card (and given the card's ID when the forum collects them); several namesakes are put in
  the search box to choose from, and the one the desk checks in is checked in from the card
  too; nobody opens the walk-in form filled in with the name on the card;
- a card that is not a Thai ID card, a failed read or a card pulled out mid-read: a message,
  nobody checked in;
- a reader that had been working and is gone (unplugged, service stopped): a banner; typing
  works as before. Without pyscard, a PC/SC service or a reader nothing is shown at all.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from kppforum.devices.pcsc import CardEvent, ReaderState, ReaderStatus
from kppforum.devices.thai_id_card import CardHolder, problem_message
from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.card_reader import CardReader
from kppforum.gui.text import qfmt, ui_time
from kppforum.gui.views.registration_walkin import WalkInDialog
from kppforum.services.attendance import CheckIn
from kppforum.services.card_checkin import (
    card_person_input,
    check_in_card_holder,
    find_card_holder,
    register_card_walk_in,
)
from kppforum.services.people import PersonInfo, get_person

# The view is a RegistrationView, not imported here: it imports this module (no cycle).
RegistrationView = Any
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CardWalkInDialog(WalkInDialog):
    """The walk-in form, filled in from a card; saving stores the card's ID only as the
    forum's privacy setting allows (kppforum.services.card_checkin)."""

    def __init__(self, view: RegistrationView, holder: CardHolder) -> None:
        super().__init__(view.ctx, view)
        self.holder = holder
        start = card_person_input(holder)
        self.title.setCurrentText(start.title)
        self.first_name.setText(start.first_name)
        self.last_name.setText(start.last_name)
        self.community.setFocus()  # the card cannot say which community

    def accept(self) -> None:
        if self.ctx.meeting_id is None:
            return
        try:
            self.result_check_in = register_card_walk_in(
                self.ctx.forum, self.ctx.meeting_id, self.person_input(), self.holder, self.ctx.desk
            )
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.result_name = get_person(self.ctx.forum, self.result_check_in.person_id).full_name
        QDialog.accept(self)  # close as accepted (WalkInDialog.accept would save again)


class CardDesk(QObject):
    """Card events -> the registration view. ``handled`` says what became of each event:
    "status", "pending", "ambiguous", "walk_in", "failed", "no_meeting", "checked_in",
    "already" (tests and the benchmark wait on it)."""

    handled = Signal(str)

    def __init__(self, view: RegistrationView) -> None:
        super().__init__(view)
        self.view = view
        self.ctx = view.ctx
        self.pending: PersonInfo | None = None
        self.pending_holder: CardHolder | None = None
        # The card read last, while the desk chooses among its namesakes (their ids).
        self.choice: tuple[CardHolder, frozenset[int]] | None = None
        self.walk_in_dialog: CardWalkInDialog | None = None
        self.last_event: CardEvent | None = None
        self.seen_reader = False
        self.banner = QLabel(view)
        self.banner.setObjectName("cardReaderBanner")
        self.banner.setStyleSheet(style.MESSAGE_STYLES["warn"])
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout = view.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, self.banner)
        view.search.installEventFilter(self)  # after the view's own: sees Enter first
        view.search.textChanged.connect(self._typed)
        self.reader = CardReader(view)
        self.reader.event.connect(self.handle)
        self.reader.start()

    # --- events from the reader -----------------------------------------------------------

    def handle(self, event: CardEvent) -> None:
        self.last_event = event
        if event.kind == "status":
            self._status(event.status)
            self.handled.emit("status")
        elif event.kind == "failed" and event.problem is not None:
            self.pending, self.choice = None, None
            self.view.show_message("error", problem_message(event.problem))
            self.handled.emit("failed")
        elif event.holder is not None:
            self.handled.emit(self.card_read(event.holder))

    def _status(self, status: ReaderStatus) -> None:
        if status.state is ReaderState.READY:
            self.seen_reader = True
            self.banner.hide()
        elif self.seen_reader:
            self.banner.setText(
                self.tr(
                    "The ID card reader is gone (unplugged, or its service stopped). "
                    "Type names as before; cards work again when the reader is back."
                )
            )
            self.banner.show()

    def card_read(self, holder: CardHolder) -> str:
        view = self.view
        if self.ctx.meeting_id is None:
            view.show_message("warn", self.tr("Choose a meeting before checking people in."))
            return "no_meeting"
        match = find_card_holder(self.ctx.forum, holder)
        view.search.clear()
        view.timer.stop()  # the emptied box must not search and wipe the result below
        if match.person is not None:
            self.pending, self.pending_holder = match.person, holder
            view.results_model.set_people([match.person])
            view.results.selectRow(0)
            text = qfmt(self.tr("ID card: %1. Press Enter to check in."), match.person.full_name)
            view.show_message("ok", text)
            view.search.setFocus()
            return "pending"
        self.pending = None
        if match.candidates:
            view.search.setText(f"{holder.given_names} {holder.last_name}")
            view.run_search()
            self.choice = (holder, frozenset(p.id for p in match.candidates))
            template = self.tr("ID card: several people are called %1. Choose with ↑↓ and Enter.")
            view.show_message("warn", qfmt(template, f"{holder.given_names} {holder.last_name}"))
            return "ambiguous"
        self.open_walk_in(holder)
        return "walk_in"

    def open_walk_in(self, holder: CardHolder) -> None:
        dialog = CardWalkInDialog(self.view, holder)
        dialog.accepted.connect(lambda: self._walked_in(dialog))

        def finished(_code: int) -> None:
            dialog.deleteLater()
            self.view.search.setFocus()

        dialog.finished.connect(finished)
        self.walk_in_dialog = dialog
        dialog.open()

    def _walked_in(self, dialog: CardWalkInDialog) -> None:
        result = dialog.result_check_in
        if result is not None:
            when = ui_time(result.checked_in_at.time())
            template = self.tr("✓ %1 checked in at %2 (ID card)")
            self.view.show_message("ok", qfmt(template, dialog.result_name, when))
            self.handled.emit("checked_in")

    # --- the desk's keys ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.pending is not None
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER  # type: ignore[attr-defined]
            and not self.view.search.text().strip()
        ):
            self.check_in_pending()
            return True
        return super().eventFilter(watched, event)

    def _typed(self, text: str) -> None:
        if text:
            self.pending = None  # the desk is typing: the card's person is no longer chosen
        else:
            self.choice = None  # emptied (a check-in, Escape): the namesakes' choice is over

    def check_in_for(self, person_id: int) -> Callable[..., CheckIn] | None:
        """How the view checks in *person_id* chosen from its results: from the card when they
        are one of the namesakes the card read last (None: an ordinary check-in)."""
        if self.choice is None or person_id not in self.choice[1]:
            return None
        return partial(check_in_card_holder, holder=self.choice[0])

    def check_in_pending(self) -> None:
        person, self.pending = self.pending, None
        holder, self.pending_holder = self.pending_holder, None
        view = self.view
        if person is None or self.ctx.meeting_id is None:
            return
        try:
            result = check_in_card_holder(
                self.ctx.forum, self.ctx.meeting_id, person.id, self.ctx.desk, holder
            )
        except ValidationError as exc:
            view.show_message("error", exc.message)
            return
        when = ui_time(result.checked_in_at.time())
        if result.already:
            template = self.tr("⚠ %1 is already checked in at %2")
            view.show_message("warn", qfmt(template, person.full_name, when))
            self.handled.emit("already")
        else:
            template = self.tr("✓ %1 checked in at %2 (ID card)")
            view.show_message("ok", qfmt(template, person.full_name, when))
            self.handled.emit("checked_in")
        view.results_model.set_people([])
        view.search.setFocus()

    def stop(self) -> None:
        self.reader.stop()


def install(view: QWidget) -> CardDesk:
    """The hook RegistrationView calls once, after building itself."""
    return CardDesk(view)
