"""The plan validator's faults (planning/validate.py: "room room-18: m-kaz and m-egy overlap"),
written for the person who tried to move a meeting: in the page's language, with the names of the
meetings, rooms, parties and interpreters. The validator keeps its own words for the engine and the
command line; a fault this table does not know is shown as the validator wrote it."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from hostcity.shared.bilingual import named
from hostcity.shared.runs.reasons import Names

WHERE = r"(?:assignments\[\d+\]: )?"


def _patterns() -> list[tuple[re.Pattern, str]]:
    return [
        (rf"^{WHERE}(?P<meeting>\S+) does not lie inside one session$",
         _("“%(meeting)s” would not fit inside one session.")),
        (rf"^{WHERE}(?P<meeting>\S+) starts off the (?P<n>\d+)-minute grid$",
         _("“%(meeting)s” would start off the %(n)s-minute grid.")),
        (rf"^{WHERE}(?P<meeting>\S+) may not be held at (?P<venue>\S+)$",
         _("“%(meeting)s” may not be held at %(venue)s.")),
        (rf"^{WHERE}(?P<meeting>\S+) may not be held in a (?P<kind>\S+) room$",
         _("“%(meeting)s” may not be held in a room of this kind (%(kind)s).")),
        (rf"^{WHERE}(?P<room>\S+) holds (?P<capacity>\d+), (?P<meeting>\S+) brings (?P<size>\d+)$",
         _("%(room)s holds %(capacity)s people; “%(meeting)s” brings %(size)s.")),
        (rf"^{WHERE}(?P<venue>\S+) is not open for all of (?P<meeting>\S+)$",
         _("%(venue)s is not open for the whole of “%(meeting)s”.")),
        (rf"^{WHERE}(?P<meeting>\S+) is outside its windows$",
         _("“%(meeting)s” would be outside the times allowed for it.")),
        (rf"^{WHERE}(?P<party>\S+) is not available for all of (?P<meeting>\S+)$",
         _("%(party)s is not in Beijing, or not free, for the whole of “%(meeting)s”.")),
        (rf"^{WHERE}(?P<meeting>\S+) is pinned at (?P<start>\S+)$",
         _("“%(meeting)s” is pinned to another time: unpin it first.")),
        (rf"^{WHERE}(?P<meeting>\S+) is pinned to room (?P<room>\S+)$",
         _("“%(meeting)s” is pinned to another room (%(room)s): unpin it first.")),
        (r"^room (?P<room>\S+): (?P<a>closure-\S+) and (?P<b>\S+) overlap$",
         _("%(room)s is not available then (%(a)s): “%(b)s” cannot be held there.")),
        (r"^room (?P<room>\S+): (?P<b>\S+) and (?P<a>closure-\S+) overlap$",
         _("%(room)s is not available then (%(a)s): “%(b)s” cannot be held there.")),
        (r"^room (?P<room>\S+): (?P<a>\S+) and (?P<b>\S+) overlap$",
         _("%(room)s would hold “%(a)s” and “%(b)s” at the same time.")),
        (r"^(?P<party>\S+): (?P<b>\S+) starts before (?P<a>\S+) ends plus 0 minutes of travel$",
         _("%(party)s would still be at “%(a)s” when “%(b)s” starts.")),
        (r"^(?P<party>\S+): (?P<b>\S+) starts before (?P<a>\S+) ends plus (?P<gap>\d+) minutes of travel$",
         _("%(party)s could not be at “%(b)s” in time after “%(a)s” (%(gap)s minutes of travel).")),
        (r"^(?P<party>\S+): (?P<meeting>\S+) starts before the party can arrive$",
         _("%(party)s has not arrived yet when “%(meeting)s” would start.")),
        (r"^(?P<party>\S+): (?P<meeting>\S+) ends too late to reach the departure$",
         _("“%(meeting)s” would end too late for %(party)s to reach the departure.")),
        (r"^(?P<party>\S+): (?P<count>\d+) meetings on (?P<day>\S+), at most (?P<most>\d+)$",
         _("%(party)s would have %(count)s meetings on %(day)s; at most %(most)s are allowed.")),
        (r"^interpreter (?P<interpreter>\S+) is not available for (?P<meeting>\S+)$",
         _("The interpreter %(interpreter)s is not available for “%(meeting)s”.")),
        (r"^interpreter (?P<interpreter>\S+): (?P<b>\S+) starts before (?P<a>\S+) ends plus travel$",
         _("The interpreter %(interpreter)s could not reach “%(b)s” in time after “%(a)s”.")),
        (r"^(?P<meeting>\S+): needs (?P<n>\d+) interpreter\(s\), has (?P<has>\d+)$",
         _("“%(meeting)s” needs %(n)s interpreters and would have %(has)s.")),
        (r"^(?P<meeting>\S+) starts before (?P<ref>\S+) ends$",
         _("“%(meeting)s” must come after “%(ref)s” and would start before it ends.")),
    ]  # fmt: skip


def describe_fault(fault: str, names: Names, problem: dict) -> str:
    venues = {v["id"]: named(v) for v in problem.get("venues", [])}
    interpreters = {i["id"]: i.get("name") or i["id"] for i in problem.get("interpreters", [])}
    fixed = {f["id"]: named(f, "title", "title_zh") for f in problem.get("fixed", [])}
    for pattern, sentence in _patterns():
        found = re.match(pattern, fault)
        if found is None:
            continue
        values = found.groupdict()
        for key in ("meeting", "a", "b", "ref"):
            if key in values:
                values[key] = names.meetings.get(values[key]) or fixed.get(values[key]) or values[key]
        if "room" in values:
            values["room"] = names.rooms.get(values["room"], values["room"])
        if "party" in values:
            values["party"] = names.parties.get(values["party"], values["party"])
        if "venue" in values:
            values["venue"] = venues.get(values["venue"], values["venue"])
        if "interpreter" in values:
            values["interpreter"] = interpreters.get(values["interpreter"], values["interpreter"])
        return sentence % values
    return fault
