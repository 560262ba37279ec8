"""An A4 official document (งานสารบรรณ layout) written atomically.

Margins: left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm. Page numbers from
``page_numbers_from`` on, centred at the top as "- 2 -" (or "- ๒ -" with Thai digits).
The PDF is built into a temporary file in the target folder and renamed over the target only
when complete, so a full disk, a read-only folder or a locked file never leaves a half-written
document (nor touches an existing one): the caller gets a ValidationError with a translated
message instead.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from kppforum.errors import ValidationError
from kppforum.exports.pdf import thai
from kppforum.i18n import translate
from kppforum.thai import to_thai_digits

__all__ = ["MARGINS", "PAGE_SIZE", "build_pdf", "frame_width", "page_number_text"]

PAGE_SIZE = A4
# left, right, top, bottom (points)
MARGINS = (3 * cm, 2 * cm, 2.5 * cm, 2 * cm)


def frame_width() -> float:
    """Width of the text block (tables size their columns to it)."""
    return PAGE_SIZE[0] - MARGINS[0] - MARGINS[1]


def page_number_text(n: int, *, thai_digits: bool = False) -> str:
    text = f"- {n} -"
    return to_thai_digits(text) if thai_digits else text


class _OfficialDoc(BaseDocTemplate):
    def __init__(
        self, target, *, title: str, page_numbers_from: int, thai_digits: bool, number_size: float
    ) -> None:
        left, right, top, bottom = MARGINS
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=title,
            author="",
            creator="kppforum",
            subject=title,
        )
        self._numbers_from = page_numbers_from
        self._thai_digits = thai_digits
        self._number_size = number_size
        frame = Frame(
            left,
            bottom,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])

    def _on_page(self, canv, doc) -> None:
        n = canv.getPageNumber()
        if n < self._numbers_from:
            return
        canv.saveState()
        thai.draw_string(
            canv,
            PAGE_SIZE[0] / 2 + (MARGINS[0] - MARGINS[1]) / 2,
            PAGE_SIZE[1] - 1.5 * cm,
            page_number_text(n, thai_digits=self._thai_digits),
            size=self._number_size,
            align="center",
        )
        canv.restoreState()


def _error(path: Path, exc: BaseException, *, replacing: bool = False) -> ValidationError:
    folder = str(path.parent)
    err = getattr(exc, "errno", None)
    if err in (errno.ENOSPC, errno.EDQUOT):
        msg = translate("exports", "The disk is full: {file} was not written.")
    elif replacing and isinstance(exc, PermissionError | IsADirectoryError):
        msg = translate(
            "exports",
            "{file} is open in another program or cannot be replaced: close it and export again.",
        )
    elif isinstance(exc, FileNotFoundError | NotADirectoryError):
        msg = translate("exports", "The folder {folder} does not exist: {file} was not written.")
    elif isinstance(exc, PermissionError) or err == errno.EROFS:
        msg = translate("exports", "The folder {folder} is read-only: {file} was not written.")
    else:
        msg = translate("exports", "{file} could not be written: {reason}")
    return ValidationError(
        msg.format(file=path.name, folder=folder, reason=getattr(exc, "strerror", None) or exc),
        field="path",
    )


def build_pdf(
    path: Path,
    flowables: Sequence[Flowable],
    *,
    title: str,
    page_numbers_from: int = 2,
    thai_digits: bool = False,
    number_size: float = 16,
) -> Path:
    """Lay out *flowables* on A4 pages and write them to *path* atomically; returns *path*.

    Raises ValidationError (nothing written, an existing file untouched) when the folder is
    missing, read-only or full, or the target is locked by another program."""
    path = Path(path)
    thai.register_fonts()
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.tmp", dir=path.parent)
    except OSError as exc:
        raise _error(path, exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            doc = _OfficialDoc(
                out,
                title=title,
                page_numbers_from=page_numbers_from,
                thai_digits=thai_digits,
                number_size=number_size,
            )
            doc.build(list(flowables))
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        _discard(tmp)
        raise _error(path, exc) from exc
    except BaseException:
        _discard(tmp)
        raise
    try:
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise _error(path, exc, replacing=True) from exc
    return path


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()
