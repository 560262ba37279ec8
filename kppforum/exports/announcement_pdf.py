"""ประกาศเทศบาล… เรื่อง ผลการจัดเวทีประชาคมท้องถิ่น: the announcement of a forum's result, for
the mayor's signature and 30 days on the notice board, from an
:class:`~kppforum.services.plan_book.Announcement` (A4 portrait, งานสารบรรณ margins and page
numbers: :func:`kppforum.exports.pdf.document.build_pdf`; Thai typeset as in the minutes).

Layout, top to bottom: ประกาศ{เทศบาล} / เรื่อง ผลการจัดเวทีประชาคมท้องถิ่น / a short rule; the
body "ตามที่ … ได้จัด … ครั้งที่ n เมื่อวัน…ที่ … นั้น" and "บัดนี้ … ดังนี้"; per community its
proposals in ranked order (ลำดับที่, โครงการ, งบประมาณ, เห็นด้วย/ผู้ร่วมประชุม); "จึงประกาศให้
ทราบโดยทั่วกัน"; "ประกาศ ณ วันที่ … พ.ศ. …"; the signature block (space to sign, the name in
parentheses, the position); and the posting period "ปิดประกาศ ตั้งแต่วันที่ … ถึงวันที่ …".
No emblem (ครุฑ) is drawn: none is bundled with the app.

Sources followed (their wording was paraphrased, not copied):

- the parts of a ประกาศ (heading ประกาศ + the issuing body, เรื่อง, the body opening with
  "ตามที่", "จึงประกาศให้ทราบโดยทั่วกัน", "ประกาศ ณ วันที่ …", the signer's name and position):
  ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526 (ประกาศ, แบบที่ 8), as the municipalities'
  own announcements print it, e.g. ประกาศเทศบาลเมืองบุรีรัมย์ ("ตามที่ … จึงเรียกประชุม …
  ประกาศ ณ วันที่ ๒๒ เดือน กรกฎาคม พ.ศ. ๒๕๖๒",
  http://buriramcity.go.th/index.php/newsmainmenu/paliamentnewsmainmenu/621-256208090958) and
  เทศบาลเมืองนครปฐม's ประกาศใช้แผนพัฒนา ("ตามที่ เทศบาลเมืองนครปฐมได้ … จึงประกาศ …",
  http://npt.go.th/web/?q=th/release_news);
- the posting period: ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น
  (ฉบับที่ 3) พ.ศ. 2561 (ราชกิจจานุเบกษา เล่ม 135 ตอนพิเศษ 246 ง, 3 ตุลาคม 2561), which has plan
  results announced "ในที่เปิดเผย" and "ปิดประกาศไว้เป็นระยะเวลาไม่น้อยกว่าสามสิบวัน"
  (https://online.flipbuilder.com/itic/hzzg/files/basic-html/page254.html); the end date
  itself is the Announcement's (the service computes it).

No stored copy of a published ประกาศ "ผลการจัดเวทีประชาคมท้องถิ่น" itself could be found with
the search tool, so the body sentences are this module's, in the register of the sources above;
a municipality's secretary should read them once before the first one is signed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer
from reportlab.platypus.flowables import HRFlowable

from kppforum.exports.pdf.common import Formatter, grid_table, restyle
from kppforum.exports.pdf.document import build_pdf, frame_width
from kppforum.exports.pdf.typeset import markup, para
from kppforum.i18n import language, translate
from kppforum.services.plan_book import AnnouncedProposal, Announcement

__all__ = ["write_announcement_pdf"]


def _date_phrase(date_text: str) -> str:
    """ "เมื่อวันอังคารที่ 28 …" for a date with its weekday, "เมื่อวันที่ 28 …" without."""
    text = date_text.strip()
    if text.startswith(
        ("วัน", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sat", "Sun")
    ):
        return translate("announcement", "on {date}").format(date=text)
    return translate("announcement", "on day {date}").format(date=text)


def _table(items: list[AnnouncedProposal], c: Formatter) -> Flowable:
    st = c.st
    head, cell = st["cell_bold"], st["cell"]
    center_head = restyle(head, alignment=1)
    rows: list[list[Any]] = [
        [
            para(translate("announcement", "Rank"), center_head, whole=True),
            para(translate("announcement", "Project"), center_head),
            para(translate("announcement", "Budget (baht)"), center_head),
            para(translate("announcement", "Agree / present"), center_head),
        ]
    ]
    for item in sorted(items, key=lambda p: (p.rank, p.reference)):
        rows.append(
            [
                para(c.n(item.rank), st["cell_center"]),
                para(item.project or "-", cell),
                para(c.money(item.budget), st["cell_right"]),
                para(c.n(f"{item.agree:,}/{item.present:,}"), st["cell_center"]),
            ]
        )
    width = frame_width()
    fixed = [1.6 * cm, 3.3 * cm, 3.0 * cm]
    for k, column in ((0, 0), (1, 2), (2, 3)):  # never narrower than a cell's widest word
        fixed[k] = max(fixed[k], max(r[column].minWidth() for r in rows) + 7)
    widths = [fixed[0], width - sum(fixed), fixed[1], fixed[2]]
    return grid_table(rows, widths, extra=[("VALIGN", (0, 0), (-1, 0), "MIDDLE")])


def announcement_flowables(a: Announcement, c: Formatter) -> list[Flowable]:
    st = c.st
    out: list[Flowable] = [
        markup(
            translate("announcement", "Announcement of {municipality}"),
            st["title"],
            municipality=a.municipality,
        ),
        markup(
            translate("announcement", "Subject: results of the local community forum"),
            st["center_bold"],
        ),
        HRFlowable(width="30%", thickness=0.75, color="black", spaceBefore=4, spaceAfter=10),
        markup(
            translate(
                "announcement",
                "Whereas {municipality} held {title}, no. {number}, {date}, to hear the problems "
                "and needs of the people and to rank the development projects each community "
                "proposes for the local development plan,",
            ),
            st["indent"],
            municipality=a.municipality,
            title=a.meeting_title,
            number=c.n(a.meeting_number),
            date=_date_phrase(a.meeting_date_be),
        ),
        markup(
            translate(
                "announcement",
                "the forum has now been held, and the ranking of each community's projects "
                "resolved by the meeting is announced as follows.",
            ),
            st["indent"],
        ),
    ]
    if not a.communities:
        out.append(para("-", st["body"]))
    for k, (community, items) in enumerate(a.communities, start=1):
        out += [
            CondPageBreak(4 * cm),  # never a community's name alone at a page foot
            Spacer(1, 6),
            markup(
                translate("announcement", "{n}. {community} ({count} projects)"),
                st["bold"],
                n=c.n(k),
                community=community,
                count=c.n(len(items)),
            ),
            _table(items, c) if items else para("-", st["body"]),
        ]
    signer = restyle(st["center"], leftIndent=frame_width() * 0.4)
    out.append(
        KeepTogether(
            [
                Spacer(1, c.size * 0.6),
                markup(
                    translate("announcement", "This is announced for everyone's information."),
                    st["indent"],
                ),
                Spacer(1, c.size * 0.6),
                markup(
                    translate("announcement", "Announced on {date}"),
                    restyle(st["body"], leftIndent=frame_width() * 0.3),
                    date=c.day(a.posted_on),
                ),
                Spacer(1, c.size * 3.2),  # room to sign
                markup("({name})", signer, name=a.mayor_name),
                para(a.mayor_position, signer),
            ]
        )
    )
    days = posting_days(a.posted_on, a.posting_ends)
    out += [
        Spacer(1, c.size * 1.5),
        markup(
            translate("announcement", "Posted from {start} to {end} ({days} days)"),
            st["small"],
            start=c.day(a.posted_on),
            end=c.day(a.posting_ends),
            days=c.n(days),
        ),
    ]
    return out


def write_announcement_pdf(
    announcement: Announcement,
    path: Path,
    *,
    font_size: float = 16,
    thai_digits: bool = False,
    lang: str = "th",
    pdfa: bool = False,
) -> Path:
    """Write the announcement to *path* atomically (A4 portrait, Sarabun *font_size* pt, page
    numbers from page 2); labels and dates in *lang* (Thai: B.E., optionally Thai digits).
    *pdfa*: an archival PDF/A-2b file. Raises ValidationError when the file cannot be
    written."""
    with language(lang):
        c = Formatter(max(float(font_size), 12.0), thai_digits)
        flowables = announcement_flowables(announcement, c)
        title = translate("announcement", "Announcement of {municipality}").format(
            municipality=announcement.municipality
        )
        return build_pdf(
            Path(path),
            flowables,
            title=title,
            thai_digits=c.digits,
            number_size=c.size,
            pdfa=pdfa,
        )


def posting_days(posted_on: dt.date, posting_ends: dt.date) -> int:
    """Days on the notice board, both ends counted."""
    return (posting_ends - posted_on).days + 1
