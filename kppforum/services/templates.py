"""The downloadable import templates and the column contract they share with the importers.

The column specs here are the single source of truth (DESIGN.md section 4): importers pass
them to :func:`kppforum.services.tabular.read_table`, and :func:`write_template` writes the
same headers, so a filled-in template always imports.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kppforum.i18n import translate
from kppforum.services.errors import ValidationError
from kppforum.services.tabular import Column
from kppforum.thai import to_thai_digits

SECTORS = (
    "ประชาชน",
    "ผู้นำชุมชน",
    "คณะผู้บริหาร",
    "สมาชิกสภาเทศบาล",
    "ส่วนราชการ",
    "รัฐวิสาหกิจ",
    "ผู้ทรงคุณวุฒิ",
    "เจ้าหน้าที่เทศบาล",
)

COMMUNITY_COLUMNS: tuple[Column, ...] = (
    Column("code", ("รหัส", "code", "รหัสชุมชน")),
    Column("name", ("ชื่อชุมชน", "name", "ชุมชน")),
)

RESIDENT_COLUMNS: tuple[Column, ...] = (
    Column("title", ("คำนำหน้า", "title", "คำนำหน้าชื่อ")),
    Column("first_name", ("ชื่อ", "first_name")),
    Column("last_name", ("นามสกุล", "last_name", "surname")),
    Column("community", ("ชุมชน", "community")),
    Column("sector", ("ภาคส่วน", "sector")),
    Column("phone", ("โทรศัพท์", "phone", "เบอร์โทรศัพท์", "โทร"), required=False),
)

# The importer also insists that each row has a problem or a project; only the problem
# column is required so that a problem-only sheet from a community meeting still imports.
PROPOSAL_COLUMNS: tuple[Column, ...] = (
    Column("community", ("ชุมชน", "community")),
    Column("problem", ("ปัญหา/ความต้องการ", "problem", "ปัญหา", "ความต้องการ")),
    Column("project", ("โครงการ", "project", "ชื่อโครงการ"), required=False),
    Column("strategy", ("ยุทธศาสตร์", "strategy"), required=False),
    Column("location", ("สถานที่", "location"), required=False),
    Column("budget", ("งบประมาณ", "budget"), required=False),
    Column("years", ("ปีที่ดำเนินการ", "years"), required=False),
    Column("proposer", ("ผู้เสนอ", "proposer"), required=False),
)

# The plan's structure (ยุทธศาสตร์ › กลยุทธ์ › แผนงาน) and the linkage lines ก.–จ. of each
# ยุทธศาสตร์ (kppforum.services.plan_structure_import).
LINKAGE_COLUMNS: tuple[Column, ...] = (
    Column("national_strategy", ("ก. ยุทธศาสตร์ชาติ", "national_strategy", "ก."), False),
    Column("master_plan", ("ข. แผนแม่บทภายใต้ยุทธศาสตร์ชาติ", "master_plan", "ข."), False),
    Column(
        "national_plan",
        ("ค. แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ", "national_plan", "ค."),
        False,
    ),
    Column(
        "regional_plan",
        ("ง. แผนพัฒนาภาค/แผนพัฒนากลุ่มจังหวัด/แผนพัฒนาจังหวัด", "regional_plan", "ง."),
        False,
    ),
    Column(
        "provincial_lao_strategy",
        (
            "จ. ยุทธศาสตร์การพัฒนาของ อปท. ในเขตจังหวัด",
            "provincial_lao_strategy",
            "จ.",
        ),
        False,
    ),
)
PLAN_STRUCTURE_COLUMNS: tuple[Column, ...] = (
    Column("strategy", ("ยุทธศาสตร์", "strategy", "รหัสยุทธศาสตร์", "strategy_code")),
    Column("strategy_name", ("ชื่อยุทธศาสตร์", "strategy_name"), False),
    Column("tactic", ("กลยุทธ์", "tactic", "รหัสกลยุทธ์", "tactic_code"), False),
    Column("tactic_name", ("ชื่อกลยุทธ์", "tactic_name"), False),
    Column("program", ("แผนงาน", "program", "รหัสแผนงาน", "program_code"), False),
    Column("program_name", ("ชื่อแผนงาน", "program_name"), False),
    *LINKAGE_COLUMNS,
)

TEMPLATE_COLUMNS: dict[str, tuple[Column, ...]] = {
    "communities": COMMUNITY_COLUMNS,
    "residents": RESIDENT_COLUMNS,
    "proposals": PROPOSAL_COLUMNS,
    "plan-structure": PLAN_STRUCTURE_COLUMNS,
}

_SHEET_TITLES = {
    "communities": "ชุมชน",
    "residents": "ผู้เข้าร่วม",
    "proposals": "ข้อเสนอ",
    "plan-structure": "ยุทธศาสตร์",
}
YEAR_KEY = "budget_"  # budget_2566: the amount of one plan year


def budget_year_columns(years: Iterable[int]) -> tuple[Column, ...]:
    """Optional columns "งบประมาณ 2566" (budget 2566, งบประมาณปี 2566, Thai digits too), one
    per plan year; their keys are ``budget_2566``..."""
    columns: list[Column] = []
    for y in years:
        thai = to_thai_digits(str(y))
        arabic = (f"งบประมาณ {y}", f"budget {y}", f"งบประมาณปี {y}")
        aliases = (*arabic, f"งบประมาณ {thai}", f"งบประมาณปี {thai}")  # Thai digits too
        columns.append(Column(f"{YEAR_KEY}{y}", aliases, required=False))
    return tuple(columns)


def year_of(key: str) -> int | None:
    """2566 for the key ``budget_2566``; None for any other key."""
    if key.startswith(YEAR_KEY) and key[len(YEAR_KEY) :].isdigit():
        return int(key[len(YEAR_KEY) :])
    return None


HELP_SHEET = "คำอธิบาย"

_EXAMPLES: dict[str, dict[str, object]] = {
    "communities": {"code": "01", "name": "ชุมชนที่ 1"},
    "residents": {
        "title": "นางสาว",
        "first_name": "สมศรี",
        "last_name": "ใจดี",
        "community": "ชุมชนที่ 1",
        "sector": "ประชาชน",
        "phone": "081-234-5678",
    },
    "proposals": {
        "community": "ชุมชนที่ 1",
        "problem": "ถนนในซอยชำรุด น้ำท่วมขังหน้าฝน",
        "project": "โครงการปรับปรุงถนนคอนกรีตเสริมเหล็กในซอย 3",
        "strategy": "ยุทธศาสตร์ที่ 1",
        "location": "ซอย 3 หมู่ที่ 1",
        "budget": 250000,
        "years": "2568-2569",
        "proposer": "นายสมชาย ใจดี",
    },
    "plan-structure": {
        "strategy": "1",
        "strategy_name": "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน",
        "tactic": "1.1",
        "tactic_name": "พัฒนาระบบคมนาคมขนส่งให้ได้มาตรฐาน",
        "program": "1.1.1",
        "program_name": "แผนงานอุตสาหกรรมและการโยธา",
        "national_strategy": "ยุทธศาสตร์ที่ 2 ด้านการสร้างความสามารถในการแข่งขัน",
    },
}

# (Thai, English) explanation per column key; plain text, the sheet shows both languages.
_HELP: dict[str, tuple[str, str]] = {
    "code": (
        "รหัสชุมชน ไม่ซ้ำกัน เช่น 01 (พิมพ์เป็นข้อความ เลข 0 นำหน้าจะไม่หาย)",
        "Community code, unique, e.g. 01 (kept as text so leading zeros stay).",
    ),
    "name": ("ชื่อชุมชน ไม่ซ้ำกัน เช่น ชุมชนที่ 1", "Community name, unique, e.g. ชุมชนที่ 1."),
    "title": ("คำนำหน้าชื่อ เช่น นาย นาง นางสาว ดร.", "Title, e.g. นาย, นาง, นางสาว, ดร."),
    "first_name": ("ชื่อ (ไม่รวมคำนำหน้า)", "First name, without the title."),
    "last_name": ("นามสกุล", "Last name."),
    "community": (
        "ชุมชน ใส่รหัสหรือชื่อชุมชนที่มีอยู่ในระบบแล้ว",
        "Community: the code or the name of a community already in the forum.",
    ),
    "sector": (
        "ภาคส่วน ต้องเป็นค่าใดค่าหนึ่ง: " + ", ".join(SECTORS),
        "Sector, exactly one of: " + ", ".join(SECTORS),
    ),
    "phone": (
        "เบอร์โทรศัพท์ ไม่บังคับ เช่น 081-234-5678",
        "Phone number, optional, e.g. 081-234-5678.",
    ),
    "problem": ("ปัญหาหรือความต้องการของชุมชน", "The community's problem or need."),
    "project": (
        "ชื่อโครงการที่เสนอ ไม่บังคับ",
        "Proposed project name, optional.",
    ),
    "strategy": (
        "ยุทธศาสตร์ ใส่รหัสหรือชื่อยุทธศาสตร์ ไม่บังคับ",
        "Strategy: its code or name, optional.",
    ),
    "location": ("สถานที่ดำเนินการ ไม่บังคับ", "Location, optional."),
    "budget": (
        "งบประมาณเป็นบาท ตัวเลขเท่านั้น ห้ามติดลบ เช่น 250000 หรือ 1,250,000.50",
        "Budget in baht, a number, not negative, e.g. 250000 or 1,250,000.50.",
    ),
    "years": (
        "ปีที่ดำเนินการ (พ.ศ.) ช่วงปี เช่น 2563-2565 หรือหลายปี เช่น 2563,2565",
        "Years (Buddhist era): a range like 2563-2565 or a list like 2563,2565.",
    ),
    "proposer": ("ชื่อผู้เสนอ ไม่บังคับ", "Name of the proposer, optional."),
    "strategy_name": (
        "ชื่อยุทธศาสตร์ ใส่เมื่อสร้างใหม่หรือเปลี่ยนชื่อ เว้นว่างได้เมื่อมีอยู่แล้ว",
        "Strategy name: needed for a new one or to rename; blank keeps the name.",
    ),
    "tactic": (
        "รหัสกลยุทธ์ (หรือประเด็นการพัฒนา) ไม่ซ้ำกันภายใต้ยุทธศาสตร์เดียวกัน เช่น 1.1",
        "Tactic (development issue) code, unique under its strategy, e.g. 1.1.",
    ),
    "tactic_name": (
        "ชื่อกลยุทธ์ ใส่เมื่อสร้างใหม่หรือเปลี่ยนชื่อ",
        "Tactic name: needed for a new one or to rename.",
    ),
    "program": (
        "รหัสแผนงาน ไม่ซ้ำกันภายใต้กลยุทธ์เดียวกัน เช่น 1.1.1 (ต้องมีกลยุทธ์ในแถวเดียวกัน)",
        "Program code, unique under its tactic, e.g. 1.1.1 (needs a tactic on the same row).",
    ),
    "program_name": (
        "ชื่อแผนงาน ใส่เมื่อสร้างใหม่หรือเปลี่ยนชื่อ",
        "Program name: needed for a new one or to rename.",
    ),
    **{
        key: (
            "ความเชื่อมโยงของยุทธศาสตร์ ไม่บังคับ ช่องว่างไม่เปลี่ยนข้อความเดิม",
            "Linkage line of the strategy, optional; a blank cell keeps what is there.",
        )
        for key in (
            "national_strategy",
            "master_plan",
            "national_plan",
            "regional_plan",
            "provincial_lao_strategy",
        )
    },
}

_YEAR_HELP = (
    "งบประมาณของปีนั้น (บาท) ไม่บังคับ ใส่แทนหรือพร้อมกับงบประมาณรวม ถ้าใส่ทั้งสองอย่าง"
    " งบประมาณรวมต้องเท่ากับผลรวมของทุกปี",
    "The budget of that plan year in baht, optional, instead of or with the total; when both"
    " are given the total must equal the sum of the years.",
)

# Columns whose cells are formatted as text so Excel keeps "01", "0812345678", "2563,2565".
_TEXT_KEYS = {"code", "phone", "years", "community", "strategy", "tactic", "program"}
_WIDE_KEYS = {
    "problem": 45,
    "project": 45,
    "location": 25,
    "strategy": 25,
    "name": 30,
    "strategy_name": 40,
    "tactic_name": 40,
    "program_name": 40,
}


def write_template(
    kind: str, path: Path, *, example: bool = True, plan_years: range | None = None
) -> Path:
    """Write the import template for *kind* as .xlsx at *path*; returns the path written.

    *plan_years* (proposals only) adds one "งบประมาณ <year>" column per plan year."""
    import openpyxl  # lazy: only needed when a template is saved
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    columns = TEMPLATE_COLUMNS.get(kind)
    if columns is None:
        raise ValidationError(
            translate("errors", "Unknown template: {kind}").format(kind=kind), field="kind"
        )
    sample = dict(_EXAMPLES[kind])
    if kind == "proposals" and plan_years is not None:
        at = [c.key for c in columns].index("budget") + 1
        columns = (*columns[:at], *budget_year_columns(plan_years), *columns[at:])
        sample["years"] = ""  # the years follow from the year columns
        for year in list(plan_years)[:2]:
            sample[f"{YEAR_KEY}{year}"] = 125000
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)  # a new workbook starts with one worksheet
    sheet.title = _SHEET_TITLES[kind]
    sheet.append([c.label for c in columns])
    bold = Font(bold=True)
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.cell(row=1, column=index).font = bold
        width = _WIDE_KEYS.get(column.key, max(14, len(column.label) + 6))
        sheet.column_dimensions[letter].width = width
        if column.key in _TEXT_KEYS:
            sheet.column_dimensions[letter].number_format = "@"
        if column.key == "sector":
            choices = DataValidation(
                type="list", formula1='"' + ",".join(SECTORS) + '"', allow_blank=True
            )
            choices.add(f"{letter}2:{letter}2000")
            sheet.add_data_validation(choices)
    sheet.freeze_panes = "A2"
    if example:
        sheet.append([sample.get(c.key, "") for c in columns])
        for index, column in enumerate(columns, start=1):
            if column.key in _TEXT_KEYS:
                sheet.cell(row=2, column=index).number_format = "@"

    help_sheet = workbook.create_sheet(HELP_SHEET)
    help_sheet.append(
        [
            "คอลัมน์ (Column)",
            "หัวคอลัมน์ภาษาอังกฤษ (English header)",
            "จำเป็น (Required)",
            "คำอธิบาย",
            "Description",
        ]
    )
    for cell in help_sheet[1]:
        cell.font = bold
    for column in columns:
        thai, english = _YEAR_HELP if year_of(column.key) else _HELP[column.key]
        english_header = column.aliases[1] if len(column.aliases) > 1 else column.key
        required = "จำเป็น (required)" if column.required else "ไม่บังคับ (optional)"
        help_sheet.append([column.label, english_header, required, thai, english])
    help_sheet.append([])
    help_sheet.append(
        [
            "หมายเหตุ (Notes)",
            "",
            "",
            "แถวแรกเป็นหัวคอลัมน์ ใช้หัวภาษาไทยหรืออังกฤษก็ได้ บันทึกเป็น .xlsx หรือ CSV "
            "(UTF-8 หรือ TIS-620) นำเข้าแบบทั้งหมดหรือไม่นำเข้าเลย "
            "หากมีแถวผิดจะแจ้งเลขแถวทุกแถว",
            "Row 1 is the header, in Thai or English. Save as .xlsx or CSV (UTF-8 or "
            "TIS-620). The import is all-or-nothing and lists every bad row by number.",
        ]
    )
    if kind == "proposals":
        help_sheet.append(
            [
                "งบประมาณ 2566, งบประมาณ 2567, …",
                "budget 2566, budget 2567, …",
                "ไม่บังคับ (optional)",
                "งบประมาณรายปี: เพิ่มคอลัมน์ละหนึ่งปีของแผน เช่น งบประมาณ 2566 " + _YEAR_HELP[0],
                "Budget per plan year: one column per year, e.g. budget 2566. " + _YEAR_HELP[1],
            ]
        )
    for letter, width in zip("ABCDE", (22, 24, 20, 60, 60), strict=True):
        help_sheet.column_dimensions[letter].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in help_sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    help_sheet.freeze_panes = "A2"

    try:
        workbook.save(path)
    except OSError as exc:
        raise ValidationError(
            translate("errors", "Cannot save {name}. Is it open in another program?").format(
                name=path.name
            ),
            field="path",
        ) from exc
    return path
