"""Registry import at the desk: the shared import dialog (gui/widgets/import_dialog.py) set up
for residents: the file's first rows, every problem a dry run found, then the import itself."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kppforum.gui.context import AppContext
from kppforum.gui.widgets.import_dialog import ImportFlow, residents_kind


class ResidentImport(ImportFlow):
    """The registration screen's importer (``view.importer``)."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(ctx, residents_kind(), parent)
