"""Render resources/icons/kppforum.svg into the PNG sizes and the Windows .ico.

Run once after changing the SVG (the results are committed):
    .venv/bin/python installer/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "kppforum.svg"))
    if not renderer.isValid():
        raise SystemExit("kppforum.svg is not valid SVG")
    for size in SIZES:
        render(renderer, size, ICONS / f"kppforum-{size}.png")
    from PIL import Image  # Pillow comes with reportlab

    with Image.open(ICONS / "kppforum-256.png") as big:
        big.save(ICONS / "kppforum.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    del app
    print(f"wrote {len(SIZES)} PNGs and kppforum.ico into {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
