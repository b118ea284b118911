"""The dashboard's figures: every indicator's values and targets over the years (one query each for
indicators, values and targets), whether its latest value is on track against that year's target, and
a summary per field of the program."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from hostcity.indicators.models import Indicator, Target, Value


@dataclass
class Series:
    indicator: Indicator
    years: list[int]
    values: list[float | None]
    targets: list[float | None]
    records: dict[int, Value] = field(default_factory=dict)  # year -> the value kept, with its source
    latest: Value | None = None
    target_then: float | None = None
    on_track: bool | None = None  # None: no target for the latest value's year

    @property
    def drawable(self) -> bool:
        """Whether a chart says more than the figure: two years or more with a value or a target."""
        return (
            sum(1 for v, t in zip(self.values, self.targets, strict=True) if v is not None or t is not None)
            >= 2
        )

    def chart(self, chinese: bool) -> dict:
        i = self.indicator
        return {
            "code": i.code,
            "name": i.name_zh if chinese else i.name_en,
            "unit": i.unit_zh if chinese else i.unit_en,
            "years": self.years,
            "values": self.values,
            "targets": self.targets,
            "lower_is_better": i.direction == Indicator.Direction.DOWN,
        }


@dataclass
class FieldSummary:
    number: int
    label: str
    series: list[Series] = field(default_factory=list)

    @property
    def with_target(self) -> int:
        return sum(1 for s in self.series if s.on_track is not None)

    @property
    def on_track(self) -> int:
        return sum(1 for s in self.series if s.on_track)


def _on_track(indicator: Indicator, value: float, target: float) -> bool:
    return value <= target if indicator.direction == Indicator.Direction.DOWN else value >= target


def build(indicators=None) -> list[FieldSummary]:
    indicators = list(indicators if indicators is not None else Indicator.objects.all())
    ids = [i.pk for i in indicators]
    values: dict[int, dict[int, Value]] = defaultdict(dict)
    for v in Value.objects.filter(indicator_id__in=ids):
        values[v.indicator_id][v.year] = v
    targets: dict[int, dict[int, float]] = defaultdict(dict)
    for t in Target.objects.filter(indicator_id__in=ids).values_list("indicator_id", "year", "value"):
        targets[t[0]][t[1]] = float(t[2])
    fields = {number: FieldSummary(number, str(label)) for number, label in Indicator.Field.choices}
    for i in indicators:
        own, aims = values[i.pk], targets[i.pk]
        years = sorted(set(own) | set(aims))
        series = Series(
            i,
            years,
            [float(own[y].value) if y in own else None for y in years],
            [aims.get(y) for y in years],
            own,
        )
        if own:
            series.latest = own[max(own)]
            series.target_then = aims.get(series.latest.year)
            if series.target_then is not None:
                series.on_track = _on_track(i, float(series.latest.value), series.target_then)
        fields[i.field].series.append(series)
    return [f for f in fields.values() if f.series]
