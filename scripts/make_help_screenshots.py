"""Draw the pictures of the built-in guide: each screen of the app, offscreen, on the demo forum,
in Thai, into ``kppforum/help/img/<screen>.png`` (small: scaled to 720 px wide, 128 colours).

Usage (from the repository root)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_help_screenshots.py [OUT_DIR]

Run it again after a screen changes and commit the PNGs; the guide's pages in
``kppforum/help/<lang>/`` show them by name (``../img/registration.png``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDTH = 720
COLOURS = 128
SCREENS = ("overview", "setup", "registration", "agenda", "proposals", "tallies", "export")


def shrink(source: Path, target: Path) -> None:
    """Scale to WIDTH and keep COLOURS colours: a screen of flat UI stays readable at ~40 KB."""
    from PIL import Image

    with Image.open(source) as image:
        image = image.convert("RGB")
        height = round(image.height * WIDTH / image.width)
        small = image.resize((WIDTH, height), Image.Resampling.LANCZOS)
        small.quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)


def main(argv: list[str]) -> int:
    from kppforum import paths

    out = Path(argv[0]) if argv else paths.help_images_dir()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        os.environ["KPPFORUM_DATA_DIR"] = work  # settings and demo forum away from the user's
        from PySide6.QtWidgets import QApplication

        from kppforum.gui.fonts import install_fonts
        from kppforum.gui.language import apply_language
        from kppforum.gui.main_window import MainWindow
        from kppforum.services.demo import DemoOptions, create_demo_forum
        from kppforum.settings import Settings

        app = QApplication.instance() or QApplication(sys.argv[:1])
        install_fonts(app)
        apply_language("th")
        forum_path = Path(work) / "ตัวอย่าง.kppforum"
        create_demo_forum(forum_path, DemoOptions(attendees=120, proposals=24)).close()
        window = MainWindow(Settings())
        window.resize(1280, 760)
        if not window.open_forum(forum_path):
            return 1
        window.show()
        for key in SCREENS:
            window.show_screen(key)
            for _ in range(5):
                app.processEvents()
            raw = Path(work) / f"{key}.png"
            window.grab().save(str(raw))
            shrink(raw, out / f"{key}.png")
            print(out / f"{key}.png", (out / f"{key}.png").stat().st_size // 1024, "KB")
        window.close_forum()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
