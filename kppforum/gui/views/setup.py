"""Temporary: replaced by the real setup screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kppforum.gui.context import AppContext
from kppforum.gui.views.placeholder import PlaceholderView


class SetupView(PlaceholderView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("setup", parent)
        self.ctx = ctx
