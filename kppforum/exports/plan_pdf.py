"""The plan forms as an official PDF (issue 12): ผ.01, ผ.02, ผ.02/1, ผ.02/2 and ผ.03 of a
:class:`~kppforum.services.plan_book.PlanBook`, A4 landscape, Thai typeset exactly as the
minutes are (:mod:`kppforum.exports.pdf.typeset`: HarfBuzz shaping, dictionary word breaks,
copyable text).

The wording, the columns and their order, the title lines (with the edition line), the marks
("แบบ ผ.02"), the headings and the linkage lines all come from
:mod:`kppforum.exports.plan_layout`, the definitions the workbook
(:mod:`kppforum.exports.plan_workbook`) prints too, so the two never disagree; that module
cites the circulars and plan books they follow. What the PDF adds is page layout:

- every page of a form carries its mark boxed at the top right and its title lines, and a
  footer (municipality and plan line, page number) (:mod:`kppforum.exports.pdf.plan_doc`);
- the table header (งบประมาณ over the plan years, "(บาท)" under each year) repeats on every
  page; a row taller than a page is split across pages (:mod:`kppforum.exports.pdf.plan_table`);
- ผ.02, ผ.02/1, ผ.02/2: each ยุทธศาสตร์ starts a new page with its linkage lines ก.–จ., then a
  table with the headings ยุทธศาสตร์ › กลยุทธ์ (or ประเด็นการพัฒนา) › แผนงาน, rows numbered from
  1 under each แผนงาน, and under each แผนงาน the rows รวมจำนวนโครงการ and รวมงบประมาณ;
- ผ.01 sums ผ.02 exactly as the workbook does (ยุทธศาสตร์ › แผนงาน, one row per แผนงาน even when
  it sits under several กลยุทธ์, "รวม" per ยุทธศาสตร์, "รวมทั้งสิ้น"; see plan_workbook's notes);
- ผ.03 numbers its rows through the form and ends with a "รวม" row;
- money right-aligned with thousands separators and two decimals; "-" where a year has no
  money (and for a zero count or total); nothing smaller than 10 pt.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from kppforum.domain.plan import ROW_FORMS, PlanEdition, PlanForm
from kppforum.exports import plan_layout as L
from kppforum.exports.pdf.common import Formatter
from kppforum.exports.pdf.plan_doc import FormPage, build_plan_pdf, frame_width
from kppforum.exports.pdf.plan_table import MIN_PT, CellStyles, FormTable
from kppforum.exports.pdf.typeset import para, styles
from kppforum.i18n import language, translate
from kppforum.services.plan_book import PlanBook, PlanRow, ProgramBlock, StrategyBlock

__all__ = ["ALL_FORMS", "SUMMARY", "write_plan_pdf"]

#: ผ.01 in a list of forms (plan_layout calls the summary form ``None`` too).
SUMMARY = None
#: Every form of a plan book, in the order it is bound.
ALL_FORMS: tuple[PlanForm | None, ...] = (SUMMARY, *ROW_FORMS)
ZERO = Decimal(0)
DEFAULT_SIZE = 14.0


class _PlanPdf:
    def __init__(self, book: PlanBook, font_size: float, thai_digits: bool) -> None:
        self.book = book
        self.size = max(float(font_size), MIN_PT)
        self.fmt = Formatter(self.size, thai_digits)
        self.cells = CellStyles(self.size * 0.75)
        self.summary_cells = CellStyles(self.size * 0.7)  # ผ.01: twelve number columns
        self.body = styles(max(self.size * 0.85, MIN_PT))["body"]
        self.width = frame_width()

    # --- formatting -----------------------------------------------------------------------

    def money(self, amount: Decimal | None) -> str:
        return self.fmt.money(amount) if amount else "-"

    def count(self, value: int) -> str:
        return self.fmt.count(value) if value else "-"

    def n(self, text: str) -> str:
        return self.fmt.n(text)

    def header(self, table_columns: list[L.FormColumn]) -> tuple[list[str | None], list[str]]:
        n_years = len(self.book.years)
        top = [L.group_heading(c, n_years) if c.group else None for c in table_columns]
        bottom = [self.n(L.heading(c, n_years)) for c in table_columns]
        return [self.n(t) if t else None for t in top], bottom

    # --- ผ.01 ------------------------------------------------------------------------------

    def summary(self) -> list[Flowable]:
        years = self.book.years
        columns = L.summary_columns(years)
        top, bottom = self.header(columns)
        t = FormTable(columns, top, bottom, self.summary_cells)
        grand_c = [0] * len(years)
        grand_b = [ZERO] * len(years)
        for strategy in self.book.forms.get(PlanForm.P02, []):
            t.heading(self.n(L.strategy_heading(strategy.code, strategy.name)))
            counts = [0] * len(years)
            budgets = [ZERO] * len(years)
            for code, name, programs in _programs_of(strategy):
                p_c = [sum(p.projects_in(y) for p in programs) for y in years]
                p_b = [sum((p.budget_in(y) for p in programs), ZERO) for y in years]
                t.data([self.n(L.program_heading(code, name)), *self._pairs(p_c, p_b)])
                counts = [a + b for a, b in zip(counts, p_c, strict=True)]
                budgets = [a + b for a, b in zip(budgets, p_b, strict=True)]
            t.data([L.total_label(), *self._pairs(counts, budgets)], bold=True)
            grand_c = [a + b for a, b in zip(grand_c, counts, strict=True)]
            grand_b = [a + b for a, b in zip(grand_b, budgets, strict=True)]
        t.data([L.grand_total_label(), *self._pairs(grand_c, grand_b)], bold=True)
        return [t.table(self.width)]

    def _pairs(self, counts: list[int], budgets: list[Decimal]) -> list[str]:
        values: list[str] = []
        for count, budget in zip(counts, budgets, strict=True):
            values += [self.count(count), self.money(budget)]
        return [*values, self.count(sum(counts)), self.money(sum(budgets, ZERO))]

    # --- ผ.02, ผ.02/1, ผ.02/2 ----------------------------------------------------------------

    def details(self, form: PlanForm) -> list[Flowable]:
        book = self.book
        # ที่มา and เหตุผลความจำเป็น print under each row (as a column they would squeeze the
        # text columns beside five years of money into slivers)
        columns = L.form_columns(form, book.layout, book.years)
        span = next(i for i, c in enumerate(columns) if c.group == "budget")
        strategies = book.forms.get(form, [])
        out: list[Flowable] = []
        if not strategies:
            t = self._table(columns)
            t.heading(L.no_projects_label())
            return [t.table(self.width)]
        for index, strategy in enumerate(strategies):
            if index:
                out.append(PageBreak())
            out += [para(self.n(line), self.body) for line in L.linkage_lines(strategy.linkage)]
            out.append(Spacer(1, self.size * 0.4))
            t = self._table(columns)
            t.heading(self.n(L.strategy_heading(strategy.code, strategy.name)))
            for tactic in strategy.tactics:
                t.heading(self.n(L.tactic_heading(tactic.code, tactic.name, book.layout)), indent=1)
                for program in tactic.programs:
                    t.heading(self.n(L.program_heading(program.code, program.name)), indent=2)
                    for number, row in enumerate(program.rows, start=1):
                        t.data([self.n(str(number)), *self._row_values(row, columns[1:])])
                        note = self._note(row)
                        if note:
                            t.note(note)
                    self._program_footer(t, program, columns, span)
            out.append(t.table(self.width))
        return out

    def _table(self, columns: list[L.FormColumn]) -> FormTable:
        top, bottom = self.header(columns)
        return FormTable(columns, top, bottom, self.cells)

    def _row_values(self, row: PlanRow, columns: list[L.FormColumn]) -> list[str]:
        values: list[str] = []
        for column in columns:
            if column.group == "budget":
                values.append(self.money(row.budget_by_year.get(column.year or 0)))
            else:
                values.append(getattr(row, L.ROW_FIELDS[column.key]) or "")
        return values

    def _note(self, row: PlanRow) -> str:
        """The optional columns of the book (ที่มา, เหตุผลความจำเป็น) as "label: text" lines."""
        book = self.book
        keys = ["source"] if book.show_source else []
        if book.edition in (PlanEdition.ADDITION, PlanEdition.CHANGE):
            keys.append("rationale")
        parts = []
        for key in keys:
            text = (getattr(row, L.ROW_FIELDS[key]) or "").strip() or "-"
            label = L.heading(L.FormColumn(key, "wrap", 1, 1)).replace("\n", " ")
            parts.append(translate("plan_forms", "{label}: {text}").format(label=label, text=text))
        return self.n("   ".join(parts))

    def _program_footer(
        self, t: FormTable, program: ProgramBlock, columns: list[L.FormColumn], span: int
    ) -> None:
        years = {k: c.year or 0 for k, c in enumerate(columns) if c.group == "budget"}
        t.label_row(
            L.count_footer_label(),
            span,
            {k: self.count(program.projects_in(y)) for k, y in years.items()},
        )
        t.keep_with_next()
        t.label_row(
            L.budget_footer_label(),
            span,
            {k: self.money(program.budget_in(y)) for k, y in years.items()},
        )

    # --- ผ.03 ------------------------------------------------------------------------------

    def equipment(self) -> list[Flowable]:
        book = self.book
        columns = L.form_columns(PlanForm.P03, book.layout, book.years)
        span = next(i for i, c in enumerate(columns) if c.group == "budget")
        t = self._table(columns)
        totals = {y: ZERO for y in book.years}
        number = 0
        for strategy in book.forms.get(PlanForm.P03, []):
            for tactic in strategy.tactics:
                for program in tactic.programs:
                    for row in program.rows:
                        number += 1
                        values = [self.n(str(number))]
                        for column in columns[1:]:
                            if column.group == "budget":
                                amount = row.budget_by_year.get(column.year or 0)
                                values.append(self.money(amount))
                                totals[column.year or 0] += amount or ZERO
                            elif column.key == "program":
                                values.append(program.name)
                            else:
                                values.append(getattr(row, L.ROW_FIELDS[column.key]) or "")
                        t.data(values)
        if not number:
            t.heading(L.no_projects_label())
        years = {k: c.year or 0 for k, c in enumerate(columns) if c.group == "budget"}
        t.label_row(L.total_label(), span, {k: self.money(totals[y]) for k, y in years.items()})
        return [t.table(self.width)]

    # --- the document ----------------------------------------------------------------------

    def page(self, form: PlanForm | None) -> FormPage:
        mark = L.summary_label() if form is None else L.form_label(form)
        titles = [self.n(line) for line in L.title_lines(self.book, form)]
        return FormPage(id=str(form or "p01"), mark=self.n(mark), titles=titles)

    def body_of(self, form: PlanForm | None) -> list[Flowable]:
        if form is None:
            return self.summary()
        if form is PlanForm.P03:
            return self.equipment()
        return self.details(form)


def _programs_of(strategy: StrategyBlock) -> list[tuple[str, str, list[ProgramBlock]]]:
    """The แผนงาน of a ยุทธศาสตร์ in first-seen order, one entry per code and name."""
    found: dict[tuple[str, str], list[ProgramBlock]] = {}
    for tactic in strategy.tactics:
        for program in tactic.programs:
            found.setdefault((program.code.strip(), program.name.strip()), []).append(program)
    return [(code, name, programs) for (code, name), programs in found.items()]


def write_plan_pdf(
    book: PlanBook,
    path: Path,
    *,
    forms: Sequence[PlanForm | None] = ALL_FORMS,
    font_size: float = DEFAULT_SIZE,
    thai_digits: bool = False,
    lang: str = "th",
    pdfa: bool = False,
) -> Path:
    """Write *forms* of *book* (``None``/:data:`SUMMARY` is ผ.01; default: all, in binding
    order) to *path* atomically, A4 landscape, labels in *lang* (th or en).

    *font_size* is the size of the title lines' base (they print 2 pt larger); table text is
    75 % of it (ผ.01: 70 %) and never under 10 pt. *thai_digits*: every number in Thai
    digits (Thai only). *pdfa*: an archival PDF/A-2b file.
    Raises ValueError for an empty *forms* or a form that carries no plan rows
    (``PlanForm.COMMUNITY``); ValidationError when the file cannot be written."""
    forms = list(dict.fromkeys(forms))
    if not forms:
        raise ValueError("no plan form to write")
    for form in forms:
        if form is not None and form not in ROW_FORMS:
            raise ValueError(f"{form!r} is not a plan form")
    with language(lang):
        doc = _PlanPdf(book, font_size, thai_digits)
        pages = [doc.page(form) for form in forms]
        flowables: list[Flowable] = []
        for k, (form, page) in enumerate(zip(forms, pages, strict=True)):
            if k:
                flowables += [NextPageTemplate(page.id), PageBreak()]
            flowables += doc.body_of(form)
        plan_line = L.plan_line(
            book.plan_start_be,
            book.plan_end_be,
            book.edition,
            book.edition_number,
            book.edition_year_be,
        )
        footer = doc.n(f"{book.municipality} · {plan_line}")
        return build_plan_pdf(
            Path(path),
            pages,
            flowables,
            title=f"{plan_line} {book.municipality}",
            footer=footer,
            title_size=doc.size + 2,
            small_size=max(doc.size * 0.8, MIN_PT),
            thai_digits=doc.fmt.digits,
            pdfa=pdfa,
        )
