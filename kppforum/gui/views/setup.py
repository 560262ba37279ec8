"""The setup screen: municipality profile, communities, strategies, meeting, agenda and the
plan structure, one tab each. Every tab writes through services; ``ctx.changed`` tells the
others what changed."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from kppforum.domain.enums import CatalogKind
from kppforum.gui.context import AppContext
from kppforum.gui.views.setup_agenda import AgendaEditor
from kppforum.gui.views.setup_catalog import CatalogEditor
from kppforum.gui.views.setup_meeting import MeetingForm
from kppforum.gui.views.setup_plan import PlanStructureEditor
from kppforum.gui.views.setup_profile import ProfileForm
from kppforum.gui.widgets.scrolled import scrolled

FORM_MAX_WIDTH = 900  # long lines of form fields are hard to read on a wide screen


def _scrolled(form: QWidget, max_width: int | None = FORM_MAX_WIDTH) -> QScrollArea:
    """Forms scroll rather than squeeze on a 1366x768 laptop."""
    return scrolled(form, max_width)


class SetupView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SetupView")
        self.ctx = ctx
        self.profile = ProfileForm(ctx)
        self.communities = CatalogEditor(ctx, CatalogKind.COMMUNITY)
        self.strategies = CatalogEditor(ctx, CatalogKind.STRATEGY)
        self.meeting = MeetingForm(ctx)
        self.agenda = AgendaEditor(ctx)
        self.plan = PlanStructureEditor(ctx)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("setupTabs")
        self.tabs.addTab(_scrolled(self.profile), "")
        self.tabs.addTab(self.communities, "")
        self.tabs.addTab(self.strategies, "")
        self.tabs.addTab(_scrolled(self.meeting), "")
        self.tabs.addTab(self.agenda, "")
        self.tabs.addTab(_scrolled(self.plan, None), "")  # 685 px tall: taller than 768
        self.keys = ("profile", "communities", "strategies", "meeting", "agenda", "plan")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.keys.index(key))

    def retranslate(self) -> None:
        titles = (
            self.tr("&Municipality"),
            self.tr("&Communities"),
            self.tr("S&trategies"),
            self.tr("M&eeting"),
            self.tr("A&genda"),
            self.tr("&Plan structure"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
