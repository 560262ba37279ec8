"""What is in a forum file, and whether it is healthy: for `kppforum info` and `check`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from kppforum.db import SCHEMA_VERSION, ForumFileError, inspect_file, open_forum_file
from kppforum.db.engine import Forum, integrity_problems
from kppforum.db.models import Attendance, Person, Proposal, VoteTally
from kppforum.i18n import translate
from kppforum.services.catalog import list_communities, list_strategies
from kppforum.services.fate_report import strategy_counts_in
from kppforum.services.fates import fate_counts_in
from kppforum.services.meetings import list_meetings
from kppforum.services.municipality import get_profile


def forum_info(forum: Forum) -> dict[str, object]:
    """A JSON-ready summary of a forum file."""
    profile = get_profile(forum)
    version = forum.schema_version()
    with forum.read() as s:
        counts = {
            name: s.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (
                ("persons", Person),
                ("attendances", Attendance),
                ("proposals", Proposal),
                ("tallies", VoteTally),
            )
        }
        fates = fate_counts_in(s)
        strategy_counts = strategy_counts_in(s)
    return {
        "path": forum.location,
        "schema_version": version,
        "read_only": forum.read_only,
        "municipality": None
        if profile is None
        else {
            "name": profile.name,
            "vision": profile.vision,
            "plan_period_be": [profile.plan_start_be, profile.plan_end_be],
        },
        "communities": [
            {"code": c.code, "name": c.name, "active": c.active} for c in list_communities(forum)
        ],
        "strategies": [{"code": c.code, "name": c.name} for c in list_strategies(forum)],
        "meetings": [
            {
                "id": m.id,
                "title": m.title,
                "date": m.date.isoformat(),
                "level": m.level,
                "status": m.status,
            }
            for m in list_meetings(forum)
        ],
        "counts": counts,
        "fates": fates,
        # proposed / in the plan / budgeted / done per strategy (cumulative: fate_report.py)
        "strategy_counts": strategy_counts,
    }


@dataclass
class HealthReport:
    path: Path
    healthy: bool
    schema_version: int | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth knowing, not a fault


def check_forum_file(path: Path) -> HealthReport:
    """Full integrity check, read-only: the file is not migrated or changed."""
    report = HealthReport(path=path, healthy=False)
    try:
        state = inspect_file(path)
    except ForumFileError as exc:
        report.problems.append(exc.message)
        return report
    report.schema_version = state.schema_version
    integrity, dangling = integrity_problems(path)
    report.problems += integrity
    if dangling:
        report.problems.append(
            translate("errors", "{n} rows point to records that do not exist.").format(n=dangling)
        )
    if state.schema_version < SCHEMA_VERSION:
        report.notes.append(
            translate(
                "errors",
                "The file uses schema {found}; it will be upgraded to {current} when opened.",
            ).format(found=state.schema_version, current=SCHEMA_VERSION)
        )
    report.healthy = not report.problems
    return report


__all__ = ["HealthReport", "check_forum_file", "forum_info", "open_forum_file"]
