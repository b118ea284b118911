"""The indicators as Excel (values and targets year by year, with sources) and as a PDF report
(each field's indicators with their latest value against that year's target)."""

import io

from django.http import HttpResponse
from django.utils import timezone

from hostcity.accounts.access import staff_page
from hostcity.indicators.dashboard import build
from hostcity.shared.documents.fonts import FONT, document
from hostcity.shared.downloads import table_download

COLUMNS = (
    "indicator",
    "name_en",
    "name_zh",
    "unit",
    "year",
    "value",
    "target",
    "source_url",
    "publisher",
    "note",
    "computed",
)


@staff_page("indicators.view_indicator")
def excel(request):
    rows = []
    for f in build():
        for s in f.series:
            own, i = s.records, s.indicator
            for year, value, target in zip(s.years, s.values, s.targets, strict=True):
                v = own.get(year)
                rows.append([
                    i.code, i.name_en, i.name_zh, i.unit_en, year, value, target,
                    v.source_url if v else "", v.publisher if v else "", v.note if v else "",
                    "yes" if v and v.computed else "no",
                ])  # fmt: skip
    return table_download("indicators", "xlsx", COLUMNS, rows)


def _fmt(number) -> str:
    if number is None:
        return "—"
    return f"{number:,.0f}" if float(number).is_integer() else f"{number:,.2f}"


@staff_page("indicators.view_indicator")
def pdf(request):
    doc = document()
    doc.add_page()
    doc.set_font(FONT, size=15)
    doc.cell(
        0,
        8,
        "国际交往中心建设指标 · Indicators of the international exchange centre",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    doc.set_font(FONT, size=8)
    doc.cell(0, 5, f"{timezone.localdate():%Y-%m-%d}", new_x="LMARGIN", new_y="NEXT")
    for f in build():
        doc.ln(3)
        doc.set_font(FONT, size=11)
        doc.cell(0, 7, f"{f.label}: {f.on_track}/{f.with_target} on track", new_x="LMARGIN", new_y="NEXT")
        doc.set_font(FONT, size=8)
        for s in f.series:
            i = s.indicator
            latest = s.latest
            line = f"{i.name_zh} · {i.name_en}"
            figures = (
                f"{latest.year}: {_fmt(float(latest.value))} {i.unit_en}; target {_fmt(s.target_then)}"
                if latest else "no value yet"
            )  # fmt: skip
            doc.multi_cell(0, 4.5, f"{line} — {figures}", new_x="LMARGIN", new_y="NEXT")
    out = io.BytesIO(bytes(doc.output()))
    response = HttpResponse(out.getvalue(), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="indicators-{timezone.localdate():%Y%m%d}.pdf"'
    return response
