"""kppforum: offline desktop app for Thai local community forums (ประชาคมท้องถิ่น)."""

# ``__version__`` is read from the package metadata on first use (PEP 562), not at import:
# importlib.metadata costs about 30 ms of every start-up (issue 19.4).


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module 'kppforum' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("kppforum")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
