"""The plan forms as an editable Excel workbook (issue 12): one sheet per form, as a planning
office files them, from a :class:`~kppforum.services.plan_book.PlanBook`.

Sheets: ผ.01 บัญชีสรุปโครงการพัฒนา, ผ.02 รายละเอียดโครงการพัฒนา, ผ.02/1, ผ.02/2 (the same
columns, their own title line) and ผ.03 บัญชีครุภัณฑ์. The columns, their order and wording are
those of :mod:`kppforum.exports.plan_layout` (which cites the circulars and plan books they
follow), so a PDF renderer prints the same forms.

- ผ.01 summarises ผ.02 only (the stored copies of plan books that could be searched did not
  show a ผ.01 page, so this follows the usual practice, unconfirmed): ผ.02/1 (projects
  taken from community plans) is summarised separately where a plan book does it at all (a
  ผ.01/1; not written here, and not checked against the circular), ผ.02/2 is for the
  province to fund, and ผ.03 is equipment. A ยุทธศาสตร์ with no ผ.02 rows is still listed, with
  zeros. Rows are ยุทธศาสตร์ › แผนงาน (a แผนงาน under several กลยุทธ์ is one row), one "รวม"
  per ยุทธศาสตร์ and "รวมทั้งสิ้น". The number of projects in a year counts the rows with money
  in that year; "รวม 5 ปี" adds the yearly counts and budgets (a project in three years counts
  three times there, as the form's totals do). A row without money in any year is listed in
  ผ.02 but counted in no year.
- ผ.02: the linkage lines ก.–จ. above each ยุทธศาสตร์ (each ยุทธศาสตร์ starts a new page), the
  headings ยุทธศาสตร์ › กลยุทธ์ (or ประเด็นการพัฒนา) › แผนงาน, rows numbered from 1 under each
  แผนงาน, and under it the footer rows รวมจำนวนโครงการ and รวมงบประมาณ per plan year.
- Every number is a value, never a formula (the file carries nothing that a spreadsheet would
  evaluate): budgets are numbers with ``#,##0.00``, counts with ``#,##0``; a year without money
  shows "-". Text is written through ``excel_layout.set_value``: "=cmd" stays text.
- Print-ready: A4 landscape, fit to width, the title block and header repeated on every page,
  text wrapped, and columns narrowed so that fit-to-width never prints under 10 pt.

Labels are in *lang* (Thai by default: the forms are Thai official forms).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from kppforum.domain.plan import ROW_FORMS, PlanForm
from kppforum.exports import plan_layout as L
from kppforum.exports.excel import DEFAULT_FONT, default_font_size, formats
from kppforum.exports.excel_layout import Metrics
from kppforum.exports.files import write_atomic
from kppforum.exports.plan_sheet import FormSheet, FormStyles
from kppforum.i18n import language, translate
from kppforum.services.plan_book import PlanBook, PlanRow, ProgramBlock, StrategyBlock

ZERO = Decimal(0)
NO_MONEY = "-"


class _PlanWorkbook:
    def __init__(self, book: PlanBook, font_name: str, font_size: float | None) -> None:
        self.book = book
        size = font_size or default_font_size(font_name)
        self.metrics = Metrics(font_name, size)
        self.styles = FormStyles.make(font_name, size)
        self.formats = formats()
        self.wb = Workbook()
        assert self.wb.active is not None  # a new Workbook has one sheet
        self.wb.remove(self.wb.active)
        self.plan_line = L.plan_line(
            book.plan_start_be,
            book.plan_end_be,
            book.edition,
            book.edition_number,
            book.edition_year_be,
        )
        self.footer = f"{book.municipality} · {self.plan_line}"
        self.page_label = translate("workbook", "Page &P of &N")

    def sheet(self, form: PlanForm | None, columns: list[L.FormColumn]) -> FormSheet:
        ws = self.wb.create_sheet(L.sheet_name(form))
        return FormSheet(ws, columns, self.metrics, self.styles, self.formats)

    def finish(self, sheet: FormSheet) -> None:
        sheet.finish(footer_left=self.footer, page_label=self.page_label)

    # --- ผ.01 ------------------------------------------------------------------------------

    def summary(self) -> None:
        book, years = self.book, self.book.years
        columns = L.summary_columns(years)
        s = self.sheet(None, columns)
        s.title_block(L.title_lines(book, None), L.summary_label())
        s.header(
            [None] + [L.group_heading(c, len(years)) for c in columns[1:]],
            [L.heading(c) for c in columns],
        )
        grand_counts = [0] * len(years)
        grand_budgets = [ZERO] * len(years)
        for strategy in book.forms.get(PlanForm.P02, []):
            s.heading(L.strategy_heading(strategy.code, strategy.name))
            counts = [0] * len(years)
            budgets = [ZERO] * len(years)
            for code, name, programs in _programs_of(strategy):
                p_counts = [sum(p.projects_in(y) for p in programs) for y in years]
                p_budgets = [sum((p.budget_in(y) for p in programs), ZERO) for y in years]
                s.data([_indent(L.program_heading(code, name)), *_pairs(p_counts, p_budgets)])
                counts = [a + b for a, b in zip(counts, p_counts, strict=True)]
                budgets = [a + b for a, b in zip(budgets, p_budgets, strict=True)]
            s.data([L.total_label(), *_pairs(counts, budgets)], bold=True)
            grand_counts = [a + b for a, b in zip(grand_counts, counts, strict=True)]
            grand_budgets = [a + b for a, b in zip(grand_budgets, budgets, strict=True)]
        s.data([L.grand_total_label(), *_pairs(grand_counts, grand_budgets)], bold=True)
        self.finish(s)

    # --- ผ.02, ผ.02/1, ผ.02/2 ----------------------------------------------------------------

    def details(self, form: PlanForm) -> None:
        book = self.book
        columns = L.form_columns(
            form, book.layout, book.years, show_source=book.show_source, edition=book.edition
        )
        s = self.sheet(form, columns)
        s.title_block(L.title_lines(book, form), L.form_label(form))
        _table_header(s, columns, len(book.years))
        strategies = book.forms.get(form, [])
        if not any(r for st in strategies for t in st.tactics for p in t.programs for r in p.rows):
            s.heading(L.no_projects_label())
        span = next(i for i, c in enumerate(columns) if c.group == "budget")
        for index, strategy in enumerate(strategies):
            for n, line in enumerate(L.linkage_lines(strategy.linkage)):
                s.heading(line, page_break=index > 0 and n == 0, bold=False)
            s.heading(L.strategy_heading(strategy.code, strategy.name))
            for tactic in strategy.tactics:
                s.heading(L.tactic_heading(tactic.code, tactic.name, book.layout), indent=1)
                for program in tactic.programs:
                    s.heading(L.program_heading(program.code, program.name), indent=2)
                    for number, row in enumerate(program.rows, start=1):
                        s.data([number, *self._row_values(row, columns[1:])])
                    self._program_footer(s, program, columns, span)
        self.finish(s)

    def _row_values(self, row: PlanRow, columns: list[L.FormColumn]) -> list[object]:
        values: list[object] = []
        for column in columns:
            if column.group == "budget":
                amount = row.budget_by_year.get(column.year or 0)
                values.append(amount if amount else NO_MONEY)
            else:
                values.append(getattr(row, L.ROW_FIELDS[column.key]) or "")
        return values

    def _program_footer(
        self, s: FormSheet, program: ProgramBlock, columns: list[L.FormColumn], span: int
    ) -> None:
        """รวมจำนวนโครงการ and รวมงบประมาณ under a แผนงาน, per plan year."""
        for label, value, counts in (
            (L.count_footer_label(), program.projects_in, True),
            (L.budget_footer_label(), program.budget_in, False),
        ):
            values: list[object] = [label] + [None] * (span - 1)
            for column in columns[span:]:
                values.append(value(column.year or 0) if column.group == "budget" else None)
            s.data(values, bold=True, label_span=span, counts=counts)

    # --- ผ.03 ------------------------------------------------------------------------------

    def equipment(self) -> None:
        book = self.book
        columns = L.form_columns(PlanForm.P03, book.layout, book.years)
        s = self.sheet(PlanForm.P03, columns)
        s.title_block(L.title_lines(book, PlanForm.P03), L.form_label(PlanForm.P03))
        _table_header(s, columns, len(book.years))
        span = next(i for i, c in enumerate(columns) if c.group == "budget")
        totals = {y: ZERO for y in book.years}
        number = 0
        for strategy in book.forms.get(PlanForm.P03, []):
            for tactic in strategy.tactics:
                for program in tactic.programs:
                    for row in program.rows:
                        number += 1
                        values: list[object] = [number]
                        for column in columns[1:]:
                            if column.group == "budget":
                                amount = row.budget_by_year.get(column.year or 0)
                                values.append(amount if amount else NO_MONEY)
                                totals[column.year or 0] += amount or ZERO
                            elif column.key == "program":
                                values.append(program.name)
                            else:
                                values.append(getattr(row, L.ROW_FIELDS[column.key]) or "")
                        s.data(values)
        if not number:
            s.heading(L.no_projects_label())
        values = [L.total_label()] + [None] * (span - 1)
        values += [totals[c.year or 0] if c.group == "budget" else None for c in columns[span:]]
        s.data(values, bold=True, label_span=span)
        self.finish(s)


def _table_header(s: FormSheet, columns: list[L.FormColumn], n_years: int) -> None:
    top = [L.group_heading(c, n_years) if c.group else None for c in columns]
    s.header(top, [L.heading(c, n_years) for c in columns])


def _programs_of(strategy: StrategyBlock) -> list[tuple[str, str, list[ProgramBlock]]]:
    """The แผนงาน of a ยุทธศาสตร์ in first-seen order, one entry per code and name."""
    found: dict[tuple[str, str], list[ProgramBlock]] = {}
    for tactic in strategy.tactics:
        for program in tactic.programs:
            found.setdefault((program.code.strip(), program.name.strip()), []).append(program)
    return [(code, name, programs) for (code, name), programs in found.items()]


def _pairs(counts: list[int], budgets: list[Decimal]) -> list[object]:
    values: list[object] = []
    for count, budget in zip(counts, budgets, strict=True):
        values += [count, budget]
    return [*values, sum(counts), sum(budgets, ZERO)]


def _indent(text: str) -> str:
    return "    " + text


def build_plan_workbook(
    book: PlanBook, *, font_name: str = DEFAULT_FONT, font_size: float | None = None
) -> Workbook:
    """The workbook in memory, labels in the current language (kppforum.i18n.language)."""
    font_name = (font_name or DEFAULT_FONT).strip() or DEFAULT_FONT
    w = _PlanWorkbook(book, font_name, font_size)
    w.summary()
    for form in ROW_FORMS:
        if form is PlanForm.P03:
            w.equipment()
        else:
            w.details(form)
    props = w.wb.properties
    props.title = f"{w.plan_line} {book.municipality}"
    props.creator = "kppforum"
    props.subject = book.municipality
    return w.wb


def write_plan_workbook(
    book: PlanBook,
    path: Path,
    *,
    font_name: str = DEFAULT_FONT,
    font_size: float | None = None,
    lang: str = "th",
) -> Path:
    """Write the plan forms of *book* to *path* atomically, labels in *lang* (th or en)."""
    with language(lang):
        wb = build_plan_workbook(book, font_name=font_name, font_size=font_size)
    return write_atomic(Path(path), wb.save)
