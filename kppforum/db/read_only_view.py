"""A read-only view of a forum file that cannot be opened in place (issue 18, point 6).

A forum file on a read-only disk with commits still in its ``-wal`` (the laptop crashed before
the stick was locked) cannot be read there: SQLite would need to create its ``-shm`` beside it.
An old file that must be upgraded cannot be upgraded there either. Rather than refusing it, the
app copies the file WITH its WAL into a private temporary folder (``kppforum-view-*``, with the
owner's process id), folds the WAL into the copy (and upgrades the copy if due) and opens that
copy read-only: every commit is visible, the original and its WAL are only read.

The folder goes when the view closes (``Forum.close``); one left by a killed app is removed by the
start-up sweep (kppforum.db.copies) once its owner no longer runs.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from kppforum.db.copies import VIEW_OWNER, VIEW_TEMP_PREFIX
from kppforum.db.engine import Forum, make_engine, open_forum_file
from kppforum.db.errors import ForumFileError
from kppforum.i18n import translate


def open_read_only_view(path: Path) -> Forum:
    """A read-only Forum over a private copy of *path* and its ``-wal`` (``view_of`` = *path*).

    Raises ForumFileError (naming *path*, never the copy) when the copy is not a healthy forum."""
    path = Path(path).resolve()
    folder = Path(tempfile.mkdtemp(prefix=VIEW_TEMP_PREFIX))
    try:
        (folder / VIEW_OWNER).write_text(str(os.getpid()))
        copy = folder / path.name
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        try:
            open_forum_file(copy).close()  # folds the WAL in; upgrades the copy if due
        except ForumFileError as exc:
            message = exc.message.replace(str(copy), str(path))
            raise ForumFileError(message, reason=exc.reason) from None
        return Forum(
            path=copy,
            engine=make_engine(copy, read_only=True),
            read_engine=make_engine(copy, writer=False, read_only=True),
            read_only=True,
            view_of=path,
        )
    except OSError as exc:  # the stick went away while it was being read
        shutil.rmtree(folder, ignore_errors=True)
        text = translate("errors", "The file {path} cannot be read: {error}")
        error = exc.strerror or exc
        raise ForumFileError(text.format(path=path, error=error), reason="io") from exc
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


__all__ = ["open_read_only_view"]
