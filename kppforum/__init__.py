"""kppforum: offline desktop app for Thai local community forums (ประชาคมท้องถิ่น)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kppforum")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
