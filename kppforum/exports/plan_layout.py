"""Column definitions and wording of the plan forms (ผ.01, ผ.02, ผ.02/1, ผ.02/2, ผ.03), shared by
the Excel workbook (:mod:`kppforum.exports.plan_workbook`) and a PDF renderer.

Sources
-------
The forms are those of the Department of Local Administration (กรมส่งเสริมการปกครองท้องถิ่น)
for the plan period 2566–2570, sent to local governments with the Ministry of Interior's
circulars (หนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท 0810.3/ว 7467 ลงวันที่ 14 ธันวาคม 2563,
แนวทางการจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570), as quoted by เทศบาลเมืองสระแก้ว's announcement
of its plan, https://www.sakaeocity.go.th/select_news.php?news_id=2419; and ที่ มท 0810.3/ว 7509
ลงวันที่ 7 ตุลาคม 2565, the corrections every plan had to make within 120 days, as quoted by the
plan book of อบต.ตำหรุ, http://www.tamru.go.th/site/index.php?option=com_content&view=article&id=1002:04-2566&catid=106:ita-&Itemid=178).
The brief names มท 0810.3/ว 9428 and ว 6247 as the circulars that set the forms; no stored copy of
either could be found, so their text was NOT checked. Edition titles follow published usage:
"แผนพัฒนาท้องถิ่น (พ.ศ.2566-2570) เพิ่มเติม ครั้งที่ 2/2566" and "… เปลี่ยนแปลง ครั้งที่ 3/2566"
(เทศบาลเมืองพิชัย, https://www.pichaicity.go.th/11956; "เพิ่มเติม ครั้งที่ 1 พ.ศ. 2563",
https://www.dannok.go.th/?p=2402). The stored pages that could be searched did not show the
form tables themselves, so the column order and header wording below are the brief's and the
project's design note's (shared/DESIGN.md, section 3), in the wording the forms commonly print;
a planning officer should check them against the circular before the PDF copies them:

ผ.01 บัญชีสรุปโครงการพัฒนา (title, แผนพัฒนาท้องถิ่น (พ.ศ. …), the municipality; "แบบ ผ.01")
    ยุทธศาสตร์ | for each plan year "ปี 2566" over จำนวนโครงการ, งบประมาณ (บาท) |
    รวม 5 ปี over จำนวนโครงการ, งบประมาณ (บาท).
    Rows: ยุทธศาสตร์ heading, its แผนงาน, "รวม" per ยุทธศาสตร์; "รวมทั้งสิ้น" at the end.
ผ.02 รายละเอียดโครงการพัฒนา ("แบบ ผ.02"), the linkage lines ก.–จ. above each ยุทธศาสตร์:
    STRATEGY layout (2566–2570):
    ที่ | โครงการ | วัตถุประสงค์ | เป้าหมาย (ผลผลิตของโครงการ) | งบประมาณ over one column per
    plan year, "2566 (บาท)" | ตัวชี้วัด (KPI) | ผลที่คาดว่าจะได้รับ | หน่วยงานรับผิดชอบหลัก
    DEVELOPMENT_ISSUE layout (from 2571): the same without ตัวชี้วัด (KPI); the middle heading
    level is ประเด็นการพัฒนา instead of กลยุทธ์.
    Optional columns at the end: ที่มา (``PlanBook.show_source``), เหตุผลความจำเป็น (ADDITION and
    CHANGE editions). Under each แผนงาน: รวมจำนวนโครงการ and รวมงบประมาณ, per plan year.
ผ.02/1 the same as ผ.02, third title line "สำหรับ โครงการพัฒนาที่นำมาจากแผนชุมชน" (this
    wording is the contract's meaning of the form, not checked against a circular).
ผ.02/2 the same as ผ.02, third title line "สำหรับ ประสานโครงการพัฒนาจังหวัด".
ผ.03 บัญชีครุภัณฑ์ ("แบบ ผ.03"):
    ที่ | แผนงาน | หมวด | ประเภท | เป้าหมาย (ผลผลิตของครุภัณฑ์) | งบประมาณ per plan year |
    หน่วยงานรับผิดชอบหลัก; a "รวม" row at the end.

Language
--------
English is the source language of :func:`kppforum.i18n.translate` (context ``plan_forms``).
The Thai wording is the forms' own and lives, like every other translation, in
i18n/kppforum_th.ts (context ``plan_forms``); the catalogue test fails on any unfinished one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kppforum.domain.plan import PlanEdition, PlanForm, PlanLayout
from kppforum.i18n import current_language, translate

if TYPE_CHECKING:
    from kppforum.services.plan_book import Linkage, PlanBook

CONTEXT = "plan_forms"  # the catalogue context (spelled out in each call for lupdate)


@dataclass(frozen=True)
class FormColumn:
    """One printed column: what it holds (*key*), how it is shown and how wide it may be.

    Widths are Excel column units at 12 pt Sarabun (about 5.25 pt each); a PDF renderer can take
    them as proportions. *year* is set on budget and count columns of one plan year.
    """

    key: str
    kind: str  # no | text | wrap | money | count
    width: float  # preferred (the widest it gets)
    min_width: float  # narrowest it may be squeezed to
    year: int | None = None
    group: str | None = None  # key of the merged heading above it (two-row headers)


#: The PlanRow attribute each row column shows.
ROW_FIELDS: dict[str, str] = {
    "project": "project",
    "objective": "objective",
    "target": "target_output",
    "kpi": "kpi",
    "result": "expected_result",
    "unit": "responsible_unit",
    "source": "source",
    "rationale": "rationale",
    "category": "equipment_category",
    "type": "equipment_type",
    "equipment_target": "target_output",
}

_NO = FormColumn("no", "no", 5, 4.5)
_PROJECT = FormColumn("project", "wrap", 26, 16)
_OBJECTIVE = FormColumn("objective", "wrap", 24, 13)
_TARGET = FormColumn("target", "wrap", 22, 13)
_BUDGET = FormColumn("budget", "money", 15, 12.5)  # expanded into one column per plan year
_KPI = FormColumn("kpi", "wrap", 18, 11)
_RESULT = FormColumn("result", "wrap", 20, 12)
_UNIT = FormColumn("unit", "wrap", 14, 10)
_SOURCE = FormColumn("source", "wrap", 20, 12)
_RATIONALE = FormColumn("rationale", "wrap", 22, 13)

_P02_STRATEGY = (_NO, _PROJECT, _OBJECTIVE, _TARGET, _BUDGET, _KPI, _RESULT, _UNIT)
_P02_ISSUE = (_NO, _PROJECT, _OBJECTIVE, _TARGET, _BUDGET, _RESULT, _UNIT)
_P03 = (
    _NO,
    FormColumn("program", "wrap", 20, 12),
    FormColumn("category", "wrap", 16, 10),
    FormColumn("type", "wrap", 16, 10),
    FormColumn("equipment_target", "wrap", 30, 16),
    _BUDGET,
    _UNIT,
)

#: One table per form and layout (the budget column stands for the plan years).
TABLES: dict[tuple[PlanForm, PlanLayout], tuple[FormColumn, ...]] = {
    **{(f, PlanLayout.STRATEGY): _P02_STRATEGY for f in (PlanForm.P02, PlanForm.P02_1)},
    **{(f, PlanLayout.DEVELOPMENT_ISSUE): _P02_ISSUE for f in (PlanForm.P02, PlanForm.P02_1)},
    (PlanForm.P02_2, PlanLayout.STRATEGY): _P02_STRATEGY,
    (PlanForm.P02_2, PlanLayout.DEVELOPMENT_ISSUE): _P02_ISSUE,
    (PlanForm.P03, PlanLayout.STRATEGY): _P03,
    (PlanForm.P03, PlanLayout.DEVELOPMENT_ISSUE): _P03,
}


def form_columns(
    form: PlanForm,
    layout: PlanLayout,
    years: tuple[int, ...],
    *,
    show_source: bool = False,
    edition: PlanEdition = PlanEdition.PLAN,
) -> list[FormColumn]:
    """The printed columns of *form*, budget expanded per plan year, optional ones added."""
    columns: list[FormColumn] = []
    for column in TABLES[(form, layout)]:
        if column.key == "budget":
            columns += [replace(column, year=y, group="budget") for y in years]
        else:
            columns.append(column)
    if form is not PlanForm.P03:
        if show_source:
            columns.append(_SOURCE)
        if edition in (PlanEdition.ADDITION, PlanEdition.CHANGE):
            columns.append(_RATIONALE)
    return columns


def summary_columns(years: tuple[int, ...]) -> list[FormColumn]:
    """ผ.01: ยุทธศาสตร์, then จำนวนโครงการ and งบประมาณ for each year and for the whole plan."""
    columns = [FormColumn("strategy", "wrap", 40, 22)]
    for year in years:
        columns.append(FormColumn("count", "count", 8, 7, year=year, group="year"))
        columns.append(FormColumn("budget", "money", 15, 12.5, year=year, group="year"))
    columns.append(FormColumn("count", "count", 8, 7, group="total"))
    columns.append(FormColumn("budget", "money", 16, 13, group="total"))
    return columns


# --- wording -----------------------------------------------------------------------------------


def heading(column: FormColumn, n_years: int = 5) -> str:
    """The header text of *column* (for grouped columns: the text of the lower header row)."""
    if column.group == "budget":
        return translate("plan_forms", "{year}\n(baht)").format(year=column.year)
    if column.group in ("year", "total"):
        if column.key == "count":
            return translate("plan_forms", "Number of\nprojects")
        return translate("plan_forms", "Budget\n(baht)")
    texts = {
        "no": translate("plan_forms", "No."),
        "project": translate("plan_forms", "Project"),
        "objective": translate("plan_forms", "Objective"),
        "target": translate("plan_forms", "Target\n(project output)"),
        "kpi": translate("plan_forms", "Indicator\n(KPI)"),
        "result": translate("plan_forms", "Expected result"),
        "unit": translate("plan_forms", "Main responsible unit"),
        "source": translate("plan_forms", "Source"),
        "rationale": translate("plan_forms", "Rationale"),
        "program": translate("plan_forms", "Program"),
        "category": translate("plan_forms", "Category"),
        "type": translate("plan_forms", "Type"),
        "equipment_target": translate("plan_forms", "Target\n(equipment output)"),
        "strategy": translate("plan_forms", "Strategy"),
    }
    return texts[column.key]


def group_heading(column: FormColumn, n_years: int = 5) -> str:
    """The merged upper header over a group of columns."""
    if column.group == "budget":
        return translate("plan_forms", "Budget")
    if column.group == "year":
        return translate("plan_forms", "Year {year}").format(year=column.year)
    return translate("plan_forms", "Total {n} years").format(n=n_years)


def form_label(form: PlanForm) -> str:
    """The form's mark at the top right of every page ("แบบ ผ.02")."""
    labels = {
        PlanForm.P02: translate("plan_forms", "Form 02"),
        PlanForm.P02_1: translate("plan_forms", "Form 02/1"),
        PlanForm.P02_2: translate("plan_forms", "Form 02/2"),
        PlanForm.P03: translate("plan_forms", "Form 03"),
    }
    return labels[form]


def summary_label() -> str:
    return translate("plan_forms", "Form 01")


def sheet_name(form: PlanForm | None) -> str:
    """A sheet name (no "/" allowed there): ผ.01, ผ.02, ผ.02-1, ผ.02-2, ผ.03."""
    names = {
        None: translate("plan_forms", "P.01"),
        PlanForm.P02: translate("plan_forms", "P.02"),
        PlanForm.P02_1: translate("plan_forms", "P.02-1"),
        PlanForm.P02_2: translate("plan_forms", "P.02-2"),
        PlanForm.P03: translate("plan_forms", "P.03"),
    }
    return names[form]


def plan_line(
    start: int,
    end: int,
    edition: PlanEdition = PlanEdition.PLAN,
    number: int | None = None,
    year: int | None = None,
) -> str:
    """แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) [เพิ่มเติม|เปลี่ยนแปลง ครั้งที่ n/พ.ศ.]."""
    text = translate("plan_forms", "Local development plan (B.E. {start} - {end})")
    text = text.format(start=start, end=end)
    if edition is PlanEdition.PLAN:
        return text
    if edition is PlanEdition.ADDITION:
        text += translate("plan_forms", " addition")
    else:
        text += translate("plan_forms", " change")
    if number is not None and year is not None:
        text += translate("plan_forms", " no. {number}/{year}").format(number=number, year=year)
    elif number is not None:
        text += translate("plan_forms", " no. {number}").format(number=number)
    return text


def municipality_line(municipality: str, province: str) -> str:
    province = province.strip()
    if province.startswith("จังหวัด"):
        province = province.removeprefix("จังหวัด").strip()
    if not province or f"จังหวัด{province}" in municipality.replace(" ", ""):
        return municipality
    return translate("plan_forms", "{municipality}, {province} province").format(
        municipality=municipality, province=province
    )


def form_title(form: PlanForm | None) -> list[str]:
    """The title lines above the plan line: the form's name and, for ผ.02/1 and ผ.02/2, what
    it is for (the plan line and the municipality come after these, see :func:`title_lines`)."""
    if form is None:
        return [translate("plan_forms", "Summary of development projects")]
    if form is PlanForm.P03:
        return [translate("plan_forms", "Equipment list")]
    lines = [translate("plan_forms", "Development project details")]
    return lines


def purpose_line(form: PlanForm | None) -> str | None:
    if form is PlanForm.P02_1:
        return translate("plan_forms", "for development projects taken from community plans")
    if form is PlanForm.P02_2:
        return translate("plan_forms", "for coordination with provincial development projects")
    return None


def title_lines(book: PlanBook, form: PlanForm | None) -> list[str]:
    """Every title line of a form of *book* (a PlanBook), top to bottom:
    the form's name, the plan line (with its edition), what the form is for (ผ.02/1, ผ.02/2)
    as published plan books place it, and the municipality."""
    lines = form_title(form)
    lines.append(
        plan_line(
            book.plan_start_be,
            book.plan_end_be,
            book.edition,
            book.edition_number,
            book.edition_year_be,
        )
    )
    purpose = purpose_line(form)
    if purpose:
        lines.append(purpose)
    lines.append(municipality_line(book.municipality, book.province))
    return lines


def _numbered(label: str, code: str, name: str, word: str) -> str:
    """ "ยุทธศาสตร์ที่ 1 การพัฒนาด้าน…"; a name that already starts with the level's word keeps
    it once ("แผนงานเคหะและชุมชน")."""
    name = name.strip()
    code = code.strip()
    if code:
        prefix = label.format(code=code)
        if word and name.startswith(word):
            name = name.removeprefix(word).strip()
        return f"{prefix} {name}".strip()
    if word and not name.startswith(word):
        return f"{word} {name}".strip()
    return name


def strategy_heading(code: str, name: str) -> str:
    return _numbered(
        translate("plan_forms", "Strategy {code}"),
        code,
        name,
        translate("plan_forms", "Strategy"),
    )


def tactic_heading(code: str, name: str, layout: PlanLayout) -> str:
    if layout is PlanLayout.DEVELOPMENT_ISSUE:
        return _numbered(
            translate("plan_forms", "Development issue {code}"),
            code,
            name,
            translate("plan_forms", "Development issue"),
        )
    return _numbered(
        translate("plan_forms", "Tactic {code}"),
        code,
        name,
        translate("plan_forms", "Tactic"),
    )


def program_heading(code: str, name: str) -> str:
    """ "1.1 แผนงานเคหะและชุมชน": the code is the program's number within its ยุทธศาสตร์."""
    word = translate("plan_forms", "Program")
    name = name.strip()
    if not name.startswith((word, "แผนงาน")):  # a Thai name keeps its own word in English
        name = f"{word}{name}" if current_language() == "th" else f"{word}: {name}"
    return f"{code.strip()} {name}".strip()


def linkage_lines(linkage: Linkage) -> list[str]:
    """ก.–จ. above a ยุทธศาสตร์ in ผ.02 (a :class:`~kppforum.services.plan_book.Linkage`);
    empty text prints as "-"."""
    labels = (
        (translate("plan_forms", "A. National strategy"), linkage.national_strategy),
        (
            translate("plan_forms", "B. Master plan under the national strategy"),
            linkage.master_plan,
        ),
        (
            translate("plan_forms", "C. National economic and social development plan"),
            linkage.national_plan,
        ),
        (
            translate(
                "plan_forms", "D. Regional / provincial cluster / provincial development plan"
            ),
            linkage.regional_plan,
        ),
        (
            translate(
                "plan_forms", "E. Development strategy of the local governments in the province"
            ),
            linkage.provincial_lao_strategy,
        ),
    )
    return [f"{label} {text.strip() or '-'}" for label, text in labels]


def total_label() -> str:
    return translate("plan_forms", "Total")


def grand_total_label() -> str:
    return translate("plan_forms", "Grand total")


def count_footer_label() -> str:
    return translate("plan_forms", "Number of projects")


def budget_footer_label() -> str:
    return translate("plan_forms", "Total budget")


def no_projects_label() -> str:
    return translate("plan_forms", "No projects")
