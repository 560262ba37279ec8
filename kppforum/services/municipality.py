"""The municipality profile: name, vision and the plan period in Buddhist-era years."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Municipality
from kppforum.domain.changes import Change
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import MAX_LONG_TEXT, audit, optional_text, required_text, snapshot

# Plausible B.E. years for a development plan (2500 = 1957 CE, 2700 = 2157 CE).
MIN_PLAN_YEAR, MAX_PLAN_YEAR = 2500, 2700


@dataclass(frozen=True)
class Profile:
    name: str
    vision: str
    plan_start_be: int
    plan_end_be: int

    @property
    def plan_years(self) -> range:
        return range(self.plan_start_be, self.plan_end_be + 1)


def get_profile(forum: Forum) -> Profile | None:
    with forum.read() as s:
        return get_profile_in(s)


def get_profile_in(s: Session) -> Profile | None:
    """The profile read in the caller's transaction (None before the set-up)."""
    m = s.get(Municipality, 1)
    return None if m is None else Profile(m.name, m.vision, m.plan_start_be, m.plan_end_be)


def require_profile(forum: Forum) -> Profile:
    with forum.read() as s:
        return require_profile_in(s)


def require_profile_in(s: Session) -> Profile:
    """The profile read in the caller's transaction: inside ``forum.write()`` a second session
    would wait for the write lock this one holds (and fail with "database is locked")."""
    m = s.get(Municipality, 1)
    if m is None:
        raise ValidationError(translate("errors", "Set up the municipality profile first."))
    return Profile(m.name, m.vision, m.plan_start_be, m.plan_end_be)


def set_profile(
    forum: Forum, name: str, vision: str, plan_start_be: int, plan_end_be: int
) -> Profile:
    name = required_text(name, "name", translate("errors", "The municipality name"))
    vision = optional_text(vision, "vision", translate("errors", "The vision"), MAX_LONG_TEXT)
    for field, year in (("plan_start_be", plan_start_be), ("plan_end_be", plan_end_be)):
        if not MIN_PLAN_YEAR <= year <= MAX_PLAN_YEAR:
            raise ValidationError(
                translate(
                    "errors", "Plan years are Buddhist-era years between {low} and {high}."
                ).format(low=MIN_PLAN_YEAR, high=MAX_PLAN_YEAR),
                field=field,
            )
    if plan_end_be < plan_start_be:
        raise ValidationError(
            translate("errors", "The plan period must not end before it starts."),
            field="plan_end_be",
        )
    with forum.write(changes=Change.PROFILE) as s:
        m = s.get(Municipality, 1)
        before = None if m is None else snapshot(m)
        if m is None:
            m = Municipality(id=1)
            s.add(m)
        m.name, m.vision = name, vision
        m.plan_start_be, m.plan_end_be = plan_start_be, plan_end_be
        s.flush()
        audit(s, forum, "update" if before else "create", "municipality", 1, before, snapshot(m))
    return Profile(name, m.vision, plan_start_be, plan_end_be)


FIRST_PLAN_START_BE = 2561  # the five-year local plans: 2561–2565, 2566–2570, 2571–2575 ...


def plan_period_of(year_be: int) -> tuple[int, int]:
    """The official five-year plan period holding B.E. *year_be* (2568 -> 2566–2570)."""
    start = FIRST_PLAN_START_BE + (year_be - FIRST_PLAN_START_BE) // 5 * 5
    return start, start + 4


def outside_plan_period(profile: Profile | None, year_be: int) -> bool:
    """True when a meeting in B.E. *year_be* falls outside the profile's plan period."""
    return profile is not None and year_be not in profile.plan_years
