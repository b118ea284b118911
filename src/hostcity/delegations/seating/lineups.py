"""Orders that follow from the order of precedence: the arrival of heads of delegation (in reverse,
the most senior last, as the host greets them), the speaking order, and the family photo line-up
(the host at the centre of the front row, guests alternating to the host's right and left by
precedence, row after row)."""

from __future__ import annotations

from dataclasses import dataclass

from hostcity.delegations.seating.layout import head_table_position


def arrival_order(ordered: list) -> list:
    """Who arrives when: the reverse of precedence, so the most senior guest arrives last."""
    return list(reversed(ordered))


def speaking_order(ordered: list) -> list:
    return list(ordered)


@dataclass(frozen=True)
class Spot:
    row: int  # 1: the front row
    position: int  # 0: the centre; +1 the host's right, -1 the host's left…
    delegation: object | None  # None: the host


def photo_lineup(ordered: list, *, per_row: int) -> list[list[Spot]]:
    """Rows of the family photo, each from the camera's left to its right (the host's right is the
    camera's left). The front row holds the host and `per_row - 1` guests; the others hold `per_row`."""
    if per_row < 2:
        raise ValueError("a row of the family photo holds the host and one guest at least")
    rows: list[list[Spot]] = [[Spot(1, 0, None)]]
    guests = list(ordered)
    front, rest = guests[: per_row - 1], guests[per_row - 1 :]
    rows[0] += [Spot(1, head_table_position(k), d) for k, d in enumerate(front)]
    for start in range(0, len(rest), per_row):
        row = len(rows) + 1
        chunk = rest[start : start + per_row]
        # The centre of a row behind goes to its first guest; the others alternate as in front.
        rows.append([Spot(row, 0 if k == 0 else head_table_position(k - 1), d) for k, d in enumerate(chunk)])
    return [sorted(row, key=lambda spot: -spot.position) for row in rows]
