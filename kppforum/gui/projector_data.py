"""What the hall sees, gathered from the services as plain text: public by construction.

The projector shows names, communities and proposal text only. Nothing else of a person is
ever read here, and every string passes :func:`public_text`, which also hides anything typed
into a proposal that looks like a phone number or a national ID number (PDPA).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.domain.changes import ProposalDraft
from kppforum.gui.text import ui_date
from kppforum.services.attendance import present_at_in
from kppforum.services.live_view import LiveProposal, live_view_in
from kppforum.services.meetings import get_meeting_in, list_agenda_in
from kppforum.services.proposals import ProposalInfo
from kppforum.services.tallies import RANKED_STATUSES
from kppforum.thai import to_arabic_digits

LATEST = 12  # at most this many of the newest proposals are read (fewer are drawn if tall)
TOP = 5
MASK = "•••"
# A phone number (9-10 digits starting with 0, perhaps +66, with - . or spaces between groups)
# or a 13-digit national ID (1-2345-67890-12-3), Arabic or Thai digits.
_DIGIT_RUN = re.compile(r"(?<![\d๐-๙])(?:\+?[\d๐-๙][\d๐-๙ \-.()]{7,20}[\d๐-๙])(?![\d๐-๙])")
# What the hall may see of a draft, in the order it is drawn.
DRAFT_FIELDS: tuple[str, ...] = ("community", "proposer", "problem", "project", "location")


def _looks_private(run: str) -> bool:
    digits = re.sub(r"\D", "", to_arabic_digits(run))
    if len(digits) == 13:
        return True  # a national ID number
    if run.lstrip().startswith("+66") and 10 <= len(digits) <= 11:
        return True
    return 9 <= len(digits) <= 10 and digits.startswith("0")


def public_text(text: object) -> str:
    """*text* fit for the hall: phone-like and ID-like digit runs replaced by •••."""
    value = "" if text is None else str(text)
    return _DIGIT_RUN.sub(lambda m: MASK if _looks_private(m[0]) else m[0], value)


def draft_fields(draft: ProposalDraft | None) -> dict[str, str]:
    """The public, non-empty fields of a proposal being typed (from ``ctx.draftChanged``)."""
    if draft is None:
        return {}
    shown: dict[str, str] = {}
    for name in DRAFT_FIELDS:
        text = public_text(getattr(draft, name)).strip()
        if text:
            shown[name] = text
    return shown


@dataclass(frozen=True)
class Line:
    number: int
    community: str
    text: str


@dataclass(frozen=True)
class Vote:
    line: Line
    agree: int
    disagree: int
    abstain: int
    present: int
    recorded: bool


@dataclass(frozen=True)
class Ranked:
    rank: int
    line: Line
    agree: int


@dataclass
class Snapshot:
    title: str = ""
    subtitle: str = ""
    agenda_position: int | None = None
    agenda_title: str = ""
    present: int = 0
    latest: list[Line] = field(default_factory=list)
    vote: Vote | None = None
    top: list[Ranked] = field(default_factory=list)


def _line(p: LiveProposal) -> Line:
    return Line(
        p.reference,
        public_text(", ".join(c for c in p.communities if c)),
        public_text(p.project or p.problem),
    )


def with_captured(snap: Snapshot, infos: list[ProposalInfo]) -> Snapshot:
    """*snap* with the proposals just captured (oldest first) at the top of the newest: what a
    read would give after those commits alone (a new proposal is open, has the highest id of
    its meeting and no tally, so neither the ranking nor the vote changes)."""
    latest = [_line(_live(p)) for p in reversed(infos)] + snap.latest
    return replace(snap, latest=latest[:LATEST])


def _live(p: ProposalInfo) -> LiveProposal:
    communities = p.merged_communities or [p.community_name]
    return LiveProposal(
        p.id, p.meeting_id, p.status, p.reference, communities, p.problem, p.project
    )


def load_snapshot(
    forum: Forum,
    meeting_id: int | None,
    agenda_item_id: int | None,
    voting_id: int | None,
    header: Snapshot | None = None,
) -> Snapshot:
    """Everything the projector draws except the draft: a few short reads, however many
    proposals the meeting holds, all in one read transaction (one state of the forum).
    With *header* (a snapshot of the same meeting, agenda item and head count: only proposals
    or tallies changed since), its title, agenda and head count are kept, not read again."""
    if meeting_id is None:
        return Snapshot()
    with forum.read() as s:
        return _load_snapshot_in(s, meeting_id, agenda_item_id, voting_id, header)


def _load_snapshot_in(
    s: Session,
    meeting_id: int,
    agenda_item_id: int | None,
    voting_id: int | None,
    header: Snapshot | None,
) -> Snapshot:
    snap = _header_in(s, meeting_id, agenda_item_id) if header is None else replace(header)
    view = live_view_in(s, meeting_id, LATEST, TOP, voting_id)
    snap.latest = [_line(p) for p in view.latest]
    snap.vote = None
    voted = view.vote
    if (
        voted is not None
        and voted.proposal.meeting_id == meeting_id
        and voted.proposal.status in RANKED_STATUSES
    ):
        agree, disagree, abstain = voted.tally or (0, 0, 0)
        snap.vote = Vote(
            _line(voted.proposal), agree, disagree, abstain, snap.present, voted.tally is not None
        )
    snap.top = [Ranked(r.rank, _line(r.proposal), r.agree) for r in view.top]
    return snap


def _header_in(s: Session, meeting_id: int, agenda_item_id: int | None) -> Snapshot:
    meeting = get_meeting_in(s, meeting_id)
    snap = Snapshot(
        title=public_text(meeting.title),
        subtitle=public_text(
            ui_date(meeting.date) + (f"  ·  {meeting.venue}" if meeting.venue else "")
        ),
        present=present_at_in(s, meeting_id),
    )
    if agenda_item_id is not None:
        item = next((a for a in list_agenda_in(s, meeting_id) if a.id == agenda_item_id), None)
        if item is not None:
            snap.agenda_position, snap.agenda_title = item.position, public_text(item.title)
    return snap
