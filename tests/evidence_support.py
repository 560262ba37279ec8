"""Answering the evidence pack's choice dialog while it runs (the Privacy menu and the Export
screen open the same one)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kppforum.gui.privacy_dialogs import EvidenceChoiceDialog


def answer_evidence_choice(
    parent: QWidget, *, internal: bool = False, shot: Path | None = None
) -> list[bool]:
    """Answer the real choice dialog while it runs (modal): check that the public pack is the
    default, pick *internal* if asked, press OK. Returns [default was public] once answered."""
    seen: list[bool] = []
    tries = iter(range(300))  # three seconds, then the test fails on its own asserts

    def answer() -> None:
        try:
            dialog = parent.findChild(EvidenceChoiceDialog)
        except RuntimeError:  # the window is gone: the test is over
            return
        if dialog is None or not dialog.isVisible():
            if next(tries, None) is not None:
                QTimer.singleShot(10, answer)
            return
        try:
            seen.append(dialog.public.isChecked() and not dialog.internal)
            if internal:
                dialog.internal_button.click()
            if shot is not None:
                shot.parent.mkdir(exist_ok=True)
                dialog.grab().save(str(shot))
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        except BaseException:
            dialog.reject()  # never leaves the test hanging in the dialog
            raise

    QTimer.singleShot(0, answer)
    return seen
