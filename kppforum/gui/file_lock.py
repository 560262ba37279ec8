"""One writer per forum file: a QLockFile beside it. A lock left by a crashed process on this
machine is recognised as stale and taken over; a live holder is named in the refusal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from kppforum.gui.text import qfmt


class ForumLockedError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def lock_path(forum_path: Path) -> Path:
    return forum_path.with_name(forum_path.name + ".lock")


def acquire(forum_path: Path) -> QLockFile:
    lock = QLockFile(str(lock_path(forum_path)))
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        pid, host, app = lock.getLockInfo()[-3:]  # PySide6 returns (pid, host, app)
        holder = QCoreApplication.translate("FileLock", "program %1 (process %2) on %3")
        holder = qfmt(holder, app or "kppforum", pid, host)
        text = QCoreApplication.translate(
            "FileLock", "The forum file %1 is already open in %2. Close it there first."
        )
        raise ForumLockedError(qfmt(text, forum_path, holder))
    text = QCoreApplication.translate("FileLock", "Cannot create the lock file for %1.")
    raise ForumLockedError(qfmt(text, forum_path))
