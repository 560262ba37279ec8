"""A realistic, deterministic demo forum: the town-level forum of 28 May 2562 (shared/reference).

Same seed, same file contents. Rows are written with bulk inserts in one transaction, so a
50,000-person registry takes seconds, and the audit log records one "demo" event.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from kppforum.db import Forum, create_forum_file
from kppforum.db.bulk import insert_rows
from kppforum.db.models import (
    AgendaItem,
    Attendance,
    Base,
    Community,
    Invitation,
    Meeting,
    Municipality,
    Person,
    Program,
    Proposal,
    ProposalBudget,
    Strategy,
    Tactic,
    VoteTally,
)
from kppforum.domain.changes import Change
from kppforum.domain.enums import MeetingLevel, MeetingStatus, ProposalStatus, Sector, TallyMethod
from kppforum.domain.plan import PlanForm, split_evenly
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services import demo_data as D
from kppforum.services.base import audit
from kppforum.services.people import display_name
from kppforum.services.plan_structure import LINKAGE_FIELDS

ROUTED_KEYS = (
    "objective",
    "target_output",
    "kpi",
    "expected_result",
    "responsible_unit",
    "rationale",
    "equipment_category",
    "equipment_type",
)

MEETING_DATE = dt.date(2019, 5, 28)  # 28 พฤษภาคม 2562
COMMUNITIES = 27


@dataclass(frozen=True)
class DemoOptions:
    attendees: int = 300
    proposals: int = 60
    residents: int | None = None  # registry size; default a third more than the attendees
    seed: int = 2562

    @property
    def registry_size(self) -> int:
        return (
            self.residents if self.residents is not None else self.attendees + self.attendees // 3
        )


def _validate(options: DemoOptions) -> None:
    if options.attendees < 0 or options.proposals < 0 or (options.residents or 0) < 0:
        raise ValidationError(translate("errors", "Counts must be 0 or more."))
    if options.attendees > options.registry_size:
        raise ValidationError(
            translate("errors", "There cannot be more attendees than residents in the registry.")
        )


def create_demo_forum(path: Path, options: DemoOptions | None = None) -> Forum:
    """Write a new demo forum file at *path* (which must not exist) and return it open."""
    options = options or DemoOptions()
    _validate(options)
    forum = create_forum_file(path)
    try:
        _fill(forum, options)
    except BaseException:
        forum.engine.dispose()
        path.unlink(missing_ok=True)
        raise
    return forum


def _at(hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime.combine(MEETING_DATE, dt.time(hour, minute, second))


def _people(rng: random.Random, n: int) -> list[dict[str, object]]:
    people = []
    created = _at(8)
    for i in range(n):
        female = rng.random() < 0.55
        first = rng.choice(D.FEMALE_FIRST if female else D.MALE_FIRST)
        if female:
            title = rng.choice(("นาง", "นาง", "นางสาว"))
        else:
            title = rng.choice(("นาย", "นาย", "นาย", "ว่าที่ ร.ต."))
        sector = Sector.COMMUNITY_LEADER if i % 27 == 0 else Sector.CITIZEN
        phone = f"08{rng.randrange(10_000_000, 99_999_999)}" if rng.random() < 0.6 else None
        people.append(
            {
                "id": len(D.OFFICIALS) + i + 1,
                "title": title,
                "first_name": first,
                "last_name": rng.choice(D.LAST),
                "community_id": i % COMMUNITIES + 1,
                "sector": sector.value,
                "phone": phone,
                "created_at": created,
            }
        )
    return people


def _full_name(p: dict[str, object]) -> str:
    return display_name(str(p["title"]), str(p["first_name"]), str(p["last_name"]))


def _fill(forum: Forum, o: DemoOptions) -> None:
    rng = random.Random(o.seed)
    with forum.write(changes=Change.ALL) as s:
        s.add(
            Municipality(
                id=1,
                name=D.MUNICIPALITY,
                vision=D.VISION,
                plan_start_be=D.PLAN[0],
                plan_end_be=D.PLAN[1],
                province=D.PROVINCE,
                mayor_name=D.MAYOR[0],
                mayor_position=D.MAYOR[1],
            )
        )
        s.execute(
            Community.__table__.insert(),
            [
                {"id": i, "code": f"{i:02d}", "name": f"ชุมชนที่ {i}", "active": True, "position": i}
                for i in range(1, COMMUNITIES + 1)
            ],
        )
        s.execute(
            Strategy.__table__.insert(),
            [
                {"id": i, "code": code, "name": name, "position": i}
                | dict(zip(LINKAGE_FIELDS, D.LINKAGE, strict=True))
                for i, (code, name) in enumerate(D.STRATEGIES, start=1)
            ],
        )
        programs = _plan_structure(s)
        officials: list[dict[str, object]] = [
            {
                "id": i,
                "title": t,
                "first_name": f,
                "last_name": last,
                "community_id": None,
                "sector": sector,
                "phone": None,
                "created_at": _at(8),
            }
            for i, (t, f, last, sector, _role) in enumerate(D.OFFICIALS, start=1)
        ]
        residents = _people(rng, o.registry_size)
        people = officials + residents
        person_uuids = _uuid_rng("person", o.seed)
        for row in sorted(people, key=lambda r: int(str(r["id"]))):  # as _seeded_uuids draws
            row["uuid"] = _uuid(person_uuids)
        insert_rows(s, Person.__table__, people)  # one statement: db/bulk.py
        s.add(
            Meeting(
                id=1,
                title=D.MEETING_TITLE,
                level=MeetingLevel.TOWN.value,
                number=1,
                date=MEETING_DATE,
                start_time=dt.time(10, 0),
                end_time=dt.time(12, 30),
                venue=D.VENUE,
                chair="นายชัยวัฒน์ ศุภอรรถพานิช",
                minute_taker=D.MINUTE_TAKER,
                reviewer=D.REVIEWER,
                reference_letter=D.REFERENCE_LETTER,
                status=MeetingStatus.CLOSED.value,
            )
        )
        s.flush()
        s.execute(
            AgendaItem.__table__.insert(),
            [
                {"meeting_id": 1, "position": i, "title": t, "notes": notes, "resolution": res}
                for i, (t, notes, res) in enumerate(D.AGENDA, start=1)
            ],
        )
        s.execute(
            Invitation.__table__.insert(),
            [
                {
                    "meeting_id": 1,
                    "person_id": p["id"],
                    "role": role,
                    "position": i + 1,
                    "absence_reason": rng.choice(D.ABSENCE_REASONS)
                    if i >= len(D.OFFICIALS) - 2
                    else "",
                }
                for i, (p, (*_n, role)) in enumerate(zip(officials, D.OFFICIALS, strict=True))
            ],
        )
        present_officials = officials[:-2]  # the last two sent apologies
        attending = present_officials + rng.sample(residents, min(o.attendees, len(residents)))
        s.execute(
            Attendance.__table__.insert(),
            [
                {
                    "meeting_id": 1,
                    "person_id": p["id"],
                    "desk": f"โต๊ะ {i % 3 + 1}",
                    "checked_in_at": _at(9, 0)
                    + dt.timedelta(seconds=i * 3600 // max(len(attending), 1)),
                }
                for i, p in enumerate(attending)
            ],
        )
        _proposals(
            s,
            rng,
            o.proposals,
            [p for p in attending if p["community_id"]],
            len(attending),
            programs,
        )
        audit(
            s,
            forum,
            "demo",
            "forum",
            None,
            after={
                "attendees": o.attendees,
                "proposals": o.proposals,
                "residents": o.registry_size,
                "seed": o.seed,
            },
        )
        s.flush()
        _seeded_uuids(s, o.seed)


CATALOG_TABLES = ("community", "strategy", "tactic", "program")


def _uuid_rng(table: str, seed: int) -> random.Random:
    """One generator per table: the same seed gives the same uuids, and a table's uuids can be
    drawn when its rows are made (the registry's, at 200,000 people, with the rows: rewriting
    them afterwards cost seconds of index updates). The catalogues' are the same in every
    demo forum."""
    return random.Random(
        f"uuid-catalog-{table}" if table in CATALOG_TABLES else f"uuid-{seed}-{table}"
    )


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _seeded_uuids(s: Session, seed: int) -> None:
    """Seeded uuids for the rows the ORM made (separate generators: the rows stay as they were
    before uuids existed); the registry got its uuids when it was inserted."""
    conn = s.connection()
    for table in Base.metadata.sorted_tables:
        if "uuid" not in table.c or table.name == "person":
            continue
        rng = _uuid_rng(table.name, seed)
        ids = conn.execute(select(table.c.id).order_by(table.c.id)).scalars().all()
        values = [{"b_id": i, "b_u": _uuid(rng)} for i in ids]
        if values:
            stmt = update(table).where(table.c.id == bindparam("b_id"))
            conn.execute(stmt.values(uuid=bindparam("b_u")), values)


def _plan_structure(s: Session) -> dict[str, list[int]]:
    """กลยุทธ์ and แผนงาน under each strategy; returns strategy code -> its แผนงาน ids."""
    programs: dict[str, list[int]] = {}
    tactic_id = program_id = 0
    for strategy_id, (code, _name) in enumerate(D.STRATEGIES, start=1):
        _unit, tactics = D.PLAN_STRUCTURE[code]
        for t_pos, (t_name, p_names) in enumerate(tactics, start=1):
            tactic_id += 1
            s.add(
                Tactic(
                    id=tactic_id,
                    strategy_id=strategy_id,
                    code=f"{code}.{t_pos}",
                    name=t_name,
                    position=t_pos,
                    active=True,
                )
            )
            s.flush()  # the แผนงาน below refer to it
            for p_pos, p_name in enumerate(p_names, start=1):
                program_id += 1
                s.add(
                    Program(
                        id=program_id,
                        tactic_id=tactic_id,
                        code=f"{code}.{t_pos}.{p_pos}",
                        name=p_name,
                        position=p_pos,
                        active=True,
                    )
                )
                programs.setdefault(code, []).append(program_id)
    s.flush()
    return programs


def _route(
    i: int, code: str, project: str, problem: str, location: str, programs: dict[str, list[int]]
) -> dict[str, object]:
    """The demo's destination and plan fields of proposal *i* (some left undecided)."""
    unit = D.PLAN_STRUCTURE[code][0]
    form: PlanForm | None
    if project in D.EQUIPMENT:
        form, (category, kind) = PlanForm.P03, D.EQUIPMENT[project]
    else:
        form = (None, PlanForm.P02, PlanForm.P02, PlanForm.P02_1, PlanForm.COMMUNITY)[i % 5]
        category = kind = ""
    if form is None:
        return {}
    in_plan = form is not PlanForm.COMMUNITY
    return {
        "plan_form": form.value,
        "program_id": programs[code][i % len(programs[code])] if in_plan else None,
        "objective": f"เพื่อแก้ไขปัญหา{problem}" if in_plan else "",
        "target_output": location if in_plan else "",
        "kpi": "ร้อยละ 80 ของประชาชนในพื้นที่พึงพอใจ" if in_plan else "",
        "expected_result": "ประชาชนในชุมชนได้รับประโยชน์และมีคุณภาพชีวิตที่ดีขึ้น" if in_plan else "",
        "responsible_unit": unit if in_plan else "",
        "equipment_category": category,
        "equipment_type": kind,
    }


def _proposals(
    s: Session,
    rng: random.Random,
    n: int,
    speakers: list[dict[str, object]],
    present: int,
    programs: dict[str, list[int]],
) -> None:
    rows, tallies, budgets = [], [], []
    for i in range(1, n + 1):
        code, problem, project, budget = rng.choice(D.PROPOSAL_TEMPLATES)
        community = (i - 1) % COMMUNITIES + 1
        local = [p for p in speakers if p["community_id"] == community] or speakers
        proposer = rng.choice(local) if local else None
        start = rng.choice((2563, 2564, 2565))
        total = budget * 100 * rng.choice((1, 1, 2))
        years = list(range(start, min(start + rng.choice((0, 1, 2)), 2565) + 1))
        budgets += [
            {"proposal_id": i, "year_be": y, "amount_satang": a}
            for y, a in split_evenly(total, years).items()
        ]
        status = ProposalStatus.PROPOSED.value
        if n >= 20 and i % 20 == 0:
            status = ProposalStatus.WITHDRAWN.value
        rows.append(
            {
                "id": i,
                "meeting_id": 1,
                "community_id": community,
                "proposer_id": proposer["id"] if proposer else None,
                "proposer_name": _full_name(proposer) if proposer else "",
                "problem": problem,
                "project": project,
                "strategy_id": int(code),
                "location": rng.choice(D.LOCATIONS),
                "target_years": ",".join(str(y) for y in years),
                "status": status,
                "merged_into_id": None,
                "position": i,
                "created_at": _at(10, 30) + dt.timedelta(minutes=i * 90 // max(n, 1)),
            }
        )
        routed = _route(i, code, project, problem, rows[-1]["location"], programs)  # type: ignore[arg-type]
        rows[-1].update(dict.fromkeys(ROUTED_KEYS, "") | {"plan_form": None, "program_id": None})
        rows[-1].update(routed)
        if status == ProposalStatus.PROPOSED.value and present:
            agree = rng.randrange(present // 3, present + 1)
            disagree = rng.randrange(0, present - agree + 1) // 3
            abstain = rng.randrange(0, present - agree - disagree + 1) // 4
            tallies.append(
                {
                    "proposal_id": i,
                    "agree": agree,
                    "disagree": disagree,
                    "abstain": abstain,
                    "method": TallyMethod.SHOW_OF_HANDS.value,
                    "recorded_at": _at(12, 0),
                }
            )
    # The same need raised by two neighbouring communities: the second is merged into the first.
    if n >= 30:
        rows[28]["project"], rows[28]["problem"] = rows[1]["project"], rows[1]["problem"]
        rows[28]["status"], rows[28]["merged_into_id"] = ProposalStatus.MERGED.value, rows[1]["id"]
        tallies = [t for t in tallies if t["proposal_id"] != rows[28]["id"]]
    if rows:
        s.execute(Proposal.__table__.insert(), rows)
    if budgets:
        s.execute(ProposalBudget.__table__.insert(), budgets)
    if tallies:
        s.execute(VoteTally.__table__.insert(), tallies)
