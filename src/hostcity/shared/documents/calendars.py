"""iCalendar (RFC 5545) files: a calendar of one kind of hostcity's (a venue's bookings, a
delegation's itinerary, a company's matchmaking agenda) and its entries, each with the properties
every hostcity entry carries."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone
from icalendar import Calendar, Event


def calendar(kind: str, name: str) -> Calendar:
    """An empty calendar named `name`, its product id saying which of hostcity's it is."""
    cal = Calendar()
    cal.add("prodid", f"-//hostcity//{kind}//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    return cal


def add_entry(
    cal: Calendar,
    *,
    uid: str,
    start: datetime,
    end: datetime,
    summary: str,
    location: str,
    stamp: datetime | None = None,
    **more,
) -> Event:
    """An entry of `cal` (stamped now unless `stamp` is given); `more` are further properties
    (description, status, transp)."""
    item = Event()
    item.add("uid", uid)
    item.add("dtstamp", stamp or timezone.now())
    item.add("dtstart", start)
    item.add("dtend", end)
    item.add("summary", summary)
    item.add("location", location)
    for name, value in more.items():
        item.add(name, value)
    cal.add_component(item)
    return item
