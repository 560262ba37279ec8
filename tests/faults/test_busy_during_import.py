"""A check-in (any short write) that meets the file busy while a big import holds the write
lock is told what is being saved and about how long it takes (issue 18, point 8). The import
stays one transaction (all rows or none): it is not split into batches."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from faults_support import seeded_file
from sqlalchemy import text

import kppforum.db.engine as engine
from kppforum.db import ForumFileError
from kppforum.domain.changes import Change
from kppforum.services.imports import import_residents


def test_busy_message_names_the_import_and_its_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)  # the desk's wait, shortened
    seeded = seeded_file(tmp_path / "forum.kppforum")
    forum = seeded.forum
    rows = "".join(f"นาย,สมชาย{i},ใจดี,ชุมชนท่าเรือ,ประชาชน\n" for i in range(1000))
    path = tmp_path / "people.csv"
    path.write_text("คำนำหน้า,ชื่อ,นามสกุล,ชุมชน,ภาคส่วน\n" + rows, encoding="utf-8")
    seen: list[BaseException] = []

    def check_in() -> None:
        try:
            with forum.write(changes=Change.ATTENDANCE) as s:
                s.execute(text("SELECT 1"))
        except BaseException as exc:  # recorded for the assertion below
            seen.append(exc)

    def progress(done: int, total: int) -> None:
        if done == 400 and not seen:
            desk = threading.Thread(target=check_in)
            desk.start()
            desk.join()

    try:
        result = import_residents(forum, path, progress=progress)
        assert result.created == 1000
        assert len(seen) == 1 and isinstance(seen[0], ForumFileError), seen
        error = seen[0]
        assert error.reason == "locked"
        assert "1,000" in error.message and "400" in error.message, error.message
        assert re.search(r"\d+ (seconds|วินาที)", error.message), error.message
        assert forum.busy_note is None  # cleared once the import committed
    finally:
        forum.close()
