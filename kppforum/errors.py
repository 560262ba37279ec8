"""The one error type for bad input (services, db, imports); the message is already translated."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RowError:
    """One problem in one row of an imported file (row numbers as the spreadsheet shows them)."""

    row: int
    message: str
    column: str | None = None

    def __str__(self) -> str:
        from kppforum.i18n import translate

        return translate("errors", "Row {row}: {message}").format(
            row=self.row, message=self.message
        )


class ValidationError(Exception):
    """Bad input: nothing was written. ``message`` is already translated (see kppforum.i18n).

    ``field`` names the offending input so the GUI can show the message beside it;
    ``rows`` lists every bad row of an import.
    """

    def __init__(
        self, message: str, *, field: str | None = None, rows: list[RowError] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.rows: list[RowError] = list(rows or [])

    def __str__(self) -> str:
        if not self.rows:
            return self.message
        return "\n".join([self.message, *(str(r) for r in self.rows)])


@dataclass
class ErrorCollector:
    """Gathers row errors so an import can report all of them at once, then raise."""

    rows: list[RowError] = field(default_factory=list)

    def add(self, row: int, message: str, column: str | None = None) -> None:
        self.rows.append(RowError(row, message, column))

    def __bool__(self) -> bool:
        return bool(self.rows)


class Cancelled(Exception):
    """The user cancelled long work (an import); its transaction was rolled back."""
