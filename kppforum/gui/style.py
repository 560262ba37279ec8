"""The GUI's colours and the few stylesheet snippets, in one place: screens, models and the
projector use these names, never a hex code of their own (tests/test_gui_session.py checks)."""

from __future__ import annotations

# --- named colours (hex) ----------------------------------------------------------------------

OK = "#1b6e1b"  # green text: saved, checked in, written
OK_BACK = "#e3f4e3"
WARN = "#8a5300"  # amber text: pending, already checked in, undone
WARN_BACK = "#fff1d6"
ERROR = "#b00020"  # red text: refused, invalid
ERROR_BACK = "#fde7ea"
HINT = "#555"  # grey text of a hint under a field
MUTED = "#777777"  # a row that no longer counts (rejected proposal, inactive entry)
ACCENT = "#1f5fa8"  # a chosen toggle (plan years)
ROW = "#ffffff"
ROW_SHADE = "#f1f5fa"  # every other community in the proposals table
GROUP_SHADE = "#eef3f8"  # every other community in the tallies table
COUNT_CELL = "#fffbe6"  # the tally cells to type into

# The projector: light on dark, read from the back of a hall.
PROJECTOR_BACKGROUND = "#0b1626"
PROJECTOR_BAND = "#13294b"
PROJECTOR_TEXT = "#ffffff"
PROJECTOR_HIGHLIGHT = "#ffd54a"
PROJECTOR_ACCENT = "#8fd8ff"
PROJECTOR_MUTED = "#c9d3e0"
VOTE_AGREE = "#2fae4e"
VOTE_DISAGREE = "#e0453a"
VOTE_ABSTAIN = "#8d99a8"
VOTE_TRACK = "#23344f"


# --- stylesheet snippets ----------------------------------------------------------------------

_BANNER = "border-radius: 4px; padding: 4px 8px;"
# A message banner above a screen's work area, by kind.
MESSAGE_STYLES = {
    "ok": f"color: {OK}; background: {OK_BACK}; {_BANNER}",
    "warn": f"color: {WARN}; background: {WARN_BACK}; {_BANNER}",
    "error": f"color: {ERROR}; background: {ERROR_BACK}; {_BANNER}",
}
# A one-line status (the live meeting's "saved"), by kind.
STATUS_STYLES = {
    "saved": f"color: {OK};",
    "pending": f"color: {WARN};",
    "error": f"color: {ERROR}; font-weight: bold;",
}
# The persistent banner of a forum opened read-only (gui/read_only_banner.py).
READ_ONLY_BANNER = (
    f"QFrame#readOnlyBanner {{ background: {WARN_BACK}; border: 1px solid {WARN};"
    " border-radius: 4px; }"
    f" QFrame#readOnlyBanner QLabel {{ color: {WARN}; background: transparent; }}"
)
ERROR_TEXT = f"color: {ERROR};"
OK_BOLD = f"color: {OK}; font-weight: bold;"
ERROR_BOLD = f"color: {ERROR}; font-weight: bold;"
HINT_TEXT = f"color: {HINT};"
# Applied to a form so a field flagged invalid gets a red frame (a colour-blind user still
# has the message text under it).
# Only inputs get the frame: a frame on a container (the year buttons) is drawn as slivers,
# and a styled spin box loses its native arrows, so its text area is tinted instead.
INVALID_SHEET = (
    'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QTextEdit[invalid="true"],'
    f' QComboBox[invalid="true"] {{ border: 2px solid {ERROR}; border-radius: 3px; }}'
    f' QLineEdit[invalidInside="true"] {{ background: {ERROR_BACK}; }}'
)
# The selected proposal read in full under the proposals table.
DETAIL_PANEL = f"QLabel {{ background: {ROW_SHADE}; padding: 4px 8px; }}"
YEAR_BUTTON = f"QToolButton:checked {{ background: {ACCENT}; color: white; font-weight: bold; }}"
# Thai marks stack above and below the line: give each navigation entry room to breathe.
NAVIGATION_ITEMS = "QListWidget::item { padding: 7px 10px; }"
