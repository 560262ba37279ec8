"""Services raise :class:`ValidationError` (defined below every layer, in kppforum.errors)."""

from kppforum.errors import ErrorCollector, RowError, ValidationError

__all__ = ["ErrorCollector", "RowError", "ValidationError"]
