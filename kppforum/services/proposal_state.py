"""Whether a proposal's status and merge target may be set (split from proposals.py)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kppforum.db.models import Proposal
from kppforum.domain.enums import ProposalStatus
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import get_or_fail

__all__ = ["check_state"]


def check_state(
    s: Session, proposal_id: int, meeting_id: int, status: str, merged_into_id: int | None
) -> None:
    if status not in set(ProposalStatus):
        raise ValidationError(
            translate("errors", '"{status}" is not a proposal status.').format(status=status),
            field="status",
        )
    if (status == ProposalStatus.MERGED) != (merged_into_id is not None):
        raise ValidationError(
            translate("errors", "A merged proposal needs the proposal it was merged into."),
            field="merged_into_id",
        )
    if merged_into_id is not None:
        target = get_or_fail(s, Proposal, merged_into_id, translate("errors", "Proposal"))
        if target.id == proposal_id or target.meeting_id != meeting_id:
            raise ValidationError(
                translate("errors", "Only proposals of the same meeting can be merged."),
                field="merged_into_id",
            )
        seen = {proposal_id}
        chain: Proposal | None = target
        while chain is not None:  # a merge chain must never loop back (A into B into A)
            if chain.id in seen:
                raise ValidationError(
                    translate("errors", "A proposal cannot be merged into itself."),
                    field="merged_into_id",
                )
            seen.add(chain.id)
            chain = s.get(Proposal, chain.merged_into_id) if chain.merged_into_id else None
