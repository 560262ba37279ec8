"""Two xlsx files as openpyxl reads them back: equal, or the differences (issue 19).

For a before/after of a workbook writer: sheet names, document properties, defined names, and
per sheet every cell's value, type, number format, font, fill, border, alignment, protection
and quote prefix, merged ranges, column widths, row heights, freeze panes, page setup, margins,
print titles, filter, header/footer, validations and the read-only dimensions.

    .venv/bin/python bench/compare_workbooks.py BEFORE.xlsx AFTER.xlsx

Exit status 0 when nothing differs.
"""

from __future__ import annotations

import sys
from typing import Any

from openpyxl import load_workbook
from openpyxl.xml.functions import tostring


def _style(c: Any) -> tuple[object, ...]:
    return (
        repr(c.font),
        repr(c.fill),
        repr(c.border),
        repr(c.alignment),
        repr(c.protection),
        c.number_format,
        c.quotePrefix,
        c.pivotButton,
    )


def _sheet(ws: Any) -> dict[str, object]:
    return {
        "dimensions": ws.dimensions,
        "size": (ws.max_row, ws.max_column),
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "columns": {k: (v.width, v.customWidth, v.hidden) for k, v in ws.column_dimensions.items()},
        "rows": {k: (v.height, v.customHeight, v.hidden) for k, v in ws.row_dimensions.items()},
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "setup": repr(ws.page_setup),
        "options": repr(ws.print_options),
        "margins": repr(ws.page_margins),
        "properties": repr(ws.sheet_properties),
        "titles": (ws.print_title_rows, ws.print_title_cols),
        "area": ws.print_area,
        "header/footer": tostring(ws.HeaderFooter.to_tree()),
        "validations": repr(ws.data_validations.dataValidation),
        "protection": repr(ws.protection),
        "state": ws.sheet_state,
        "views": repr(ws.views),
        "format": repr(ws.sheet_format),
    }


def compare(before: str, after: str, limit: int = 30) -> list[str]:
    a, b = load_workbook(before), load_workbook(after)
    found: list[str] = []
    if a.sheetnames != b.sheetnames:
        return [f"sheets {a.sheetnames} != {b.sheetnames}"]
    for key in ("title", "creator", "subject", "description", "keywords"):
        if getattr(a.properties, key) != getattr(b.properties, key):
            found.append(f"property {key}")
    if dict(a.defined_names) != dict(b.defined_names):
        found.append("defined names")
    cells = 0
    for name in a.sheetnames:
        sa, sb = _sheet(a[name]), _sheet(b[name])
        found += [f"{name}: {k} {sa[k]!r:.200} != {sb[k]!r:.200}" for k in sa if sa[k] != sb[k]]
        for x, y in zip(a[name].iter_rows(), b[name].iter_rows(), strict=False):
            for c, d in zip(x, y, strict=False):
                cells += 1
                if (c.value, c.data_type, type(c)) != (d.value, d.data_type, type(d)):
                    found.append(f"{name}!{c.coordinate}: {c.value!r} != {d.value!r}")
                elif _style(c) != _style(d):
                    found.append(f"{name}!{c.coordinate}: style")
                if len(found) > limit:
                    return found
    ra, rb = load_workbook(before, read_only=True), load_workbook(after, read_only=True)
    for name in ra.sheetnames:
        size_a = (ra[name].max_row, ra[name].max_column)
        size_b = (rb[name].max_row, rb[name].max_column)
        if size_a != size_b:
            found.append(f"{name}: read-only size {size_a} != {size_b}")
    print(f"{cells} cells compared")
    return found


def main() -> int:
    found = compare(sys.argv[1], sys.argv[2])
    for line in found:
        print(line)
    print(f"{len(found)} differences")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
