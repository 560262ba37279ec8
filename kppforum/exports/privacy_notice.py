"""The privacy notice (ประกาศความเป็นส่วนตัว) printed for the registration desk (PDPA section 23:
tell people, when their data is collected, who collects it, why, on what basis, for how long,
and what their rights are).

One A4 page from the municipality profile: purpose, legal basis (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล
พ.ศ. 2562, public task), what is collected (the national ID line only when the forum collects
it), what is published, retention, rights and contact. Thai or English (``lang``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from kppforum import i18n
from kppforum.errors import ValidationError
from kppforum.exports.pdf.common import Formatter
from kppforum.exports.pdf.document import MARGINS, PAGE_SIZE, build_pdf, frame_width
from kppforum.exports.pdf.typeset import markup, para, styles
from kppforum.i18n import translate
from kppforum.services.forum_files import Forum
from kppforum.services.municipality import Profile, require_profile_in
from kppforum.services.privacy import collects_national_id_in

MIN_YEARS, MAX_YEARS = 1, 20
DEFAULT_RETENTION_YEARS = 5
NOTICE_SIZE = 13  # points: the notice fits one A4 page for the desk


def _check(retention_years: int) -> None:
    if not MIN_YEARS <= int(retention_years) <= MAX_YEARS:
        raise ValidationError(
            translate("privacy", "The retention period must be {low} to {high} years.").format(
                low=MIN_YEARS, high=MAX_YEARS
            ),
            field="retention_years",
        )


def notice_flowables(
    profile: Profile,
    *,
    retention_years: int,
    contact: str,
    national_id: bool,
    base_size: float = NOTICE_SIZE,
    printed: dt.date | None = None,
) -> list[Flowable]:
    """The notice in the current language (``with kppforum.i18n.language(...)``)."""
    st = styles(base_size)
    name = profile.name
    plan = f"{profile.plan_start_be}-{profile.plan_end_be}"
    out: list[Flowable] = [
        markup(translate("privacy", "Privacy notice"), st["title"]),
        para(
            translate("privacy", "for people taking part in the local community forum"),
            st["center"],
        ),
        para(name, st["center_bold"]),
        Spacer(1, 0.3 * cm),
    ]

    def section(heading: str, *paragraphs: Flowable) -> None:
        out.append(markup(heading, st["heading"]))
        out.extend(paragraphs)

    section(
        translate("privacy", "1. Who collects your data"),
        markup(
            translate(
                "privacy",
                "{municipality} is the data controller of the personal data collected at "
                "this forum.",
            ),
            st["body"],
            municipality=name,
        ),
    )
    section(
        translate("privacy", "2. Why"),
        markup(
            translate(
                "privacy",
                "To register who takes part in the local community forum on the local "
                "development plan {plan}, to count participants by community and sector, and "
                "to record the problems, needs and proposals raised and the votes taken, in "
                "the official minutes of the meeting.",
            ),
            st["body"],
            plan=plan,
        ),
    )
    section(
        translate("privacy", "3. Legal basis"),
        markup(
            translate(
                "privacy",
                "The Personal Data Protection Act B.E. 2562 (2019), section 24 (4): the "
                "collection is necessary for a task carried out in the public interest by the "
                "municipality, which must hear its communities through a forum when it drafts "
                "or reviews its local development plan (Ministry of Interior regulation on "
                "local development plans).",
            ),
            st["body"],
        ),
    )
    collected = [
        translate("privacy", "• title, first name and last name;"),
        translate("privacy", "• your community and sector, and the time you signed in;"),
        translate("privacy", "• a phone number, only if you choose to give one (it is optional);"),
        translate(
            "privacy",
            "• if you check in with your national ID card: the desk reads only the number and "
            "your name in Thai from the card's chip, to find you in the list faster (not the "
            "photo, birth date or address);",
        )
        + " "
        + (
            translate("privacy", "the number is kept only as the next point says;")
            if national_id
            else translate("privacy", "the number is used for the search and not kept;")
        ),
    ]
    if national_id:
        collected.append(
            translate(
                "privacy",
                "• your national ID number, to avoid registering anyone twice: only a coded "
                "form of it and its last 4 digits are kept, never the number itself;",
            )
        )
    collected.append(
        translate("privacy", "• what you propose at the forum, under your name if you speak.")
    )
    section(
        translate("privacy", "4. What is collected"),
        *(para(line, st["body"]) for line in collected),
    )
    section(
        translate("privacy", "5. What is published"),
        markup(
            translate(
                "privacy",
                "The minutes, sign-in sheets and tallies show names, communities and sectors, "
                "the proposals and the votes. Phone numbers and national ID numbers are never "
                "published or shown on the screen in the hall; only the organisers see them.",
            ),
            st["body"],
        ),
    )
    section(
        translate("privacy", "6. How long"),
        markup(
            translate(
                "privacy",
                "Personal data are kept for {years} years after the meeting. Then names and "
                "contact details are erased; the numbers of participants and the proposals "
                "remain part of the public record.",
            ),
            st["body"],
            years=int(retention_years),
        ),
    )
    section(
        translate("privacy", "7. Your rights"),
        markup(
            translate(
                "privacy",
                "You may ask to see or get a copy of your data, to correct it, to have it "
                "erased or restricted, or object to its use, as the Act allows. You may also "
                "complain to the Office of the Personal Data Protection Committee.",
            ),
            st["body"],
        ),
    )
    contact_lines = [para(name, st["body"])]
    if contact.strip():
        contact_lines += [para(line, st["body"]) for line in contact.strip().splitlines()]
    section(translate("privacy", "8. Contact"), *contact_lines)
    out.append(Spacer(1, 0.2 * cm))
    out.append(
        markup(
            translate("privacy", "Issued on {date}"),
            st["small"],
            date=Formatter(base_size).date(printed or dt.date.today()),
        )
    )
    return out


def _height(flowables: list[Flowable]) -> float:
    width = frame_width()
    return sum(f.wrap(width, PAGE_SIZE[1])[1] + f.getSpaceBefore() for f in flowables)


def write_privacy_notice(
    profile: Profile,
    path: Path,
    *,
    retention_years: int = DEFAULT_RETENTION_YEARS,
    contact: str = "",
    national_id: bool = False,
    lang: str | None = None,
    base_size: float = NOTICE_SIZE,
    pdfa: bool = False,
) -> Path:
    """Write the notice to *path* atomically; returns *path*. The text is set at *base_size*,
    or up to 2 points smaller when that keeps the notice on one page. *pdfa*: an archival
    PDF/A-2b file."""
    _check(retention_years)
    room = PAGE_SIZE[1] - MARGINS[2] - MARGINS[3]
    with i18n.language(lang or i18n.current_language()):
        for size in (base_size, base_size - 1, base_size - 2):
            flowables = notice_flowables(
                profile,
                retention_years=retention_years,
                contact=contact,
                national_id=national_id,
                base_size=size,
            )
            if _height(flowables) <= room * 0.97:
                break
        title = translate("privacy", "Privacy notice")
        return build_pdf(
            Path(path), flowables, title=title, page_numbers_from=2, number_size=size, pdfa=pdfa
        )


def write_forum_privacy_notice(
    forum: Forum,
    path: Path,
    *,
    retention_years: int = DEFAULT_RETENTION_YEARS,
    contact: str = "",
    lang: str | None = None,
    pdfa: bool = False,
) -> Path:
    """The notice of *forum*: its municipality profile, and the ID line if it collects IDs."""
    _check(retention_years)
    with forum.read() as s:  # one read transaction: one state of the forum
        profile, national_id = require_profile_in(s), collects_national_id_in(s)
    return write_privacy_notice(
        profile,
        path,
        retention_years=retention_years,
        contact=contact,
        national_id=national_id,
        lang=lang,
        pdfa=pdfa,
    )
