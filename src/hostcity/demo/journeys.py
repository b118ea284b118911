"""The demo summit's journeys: each delegation's flights in and out (the national carrier where there
is one, Beijing's two airports), its hotel (the demo's four hotels, blocks held for the summit's
nights) and its car with a driver, so that itineraries, the arrivals board and the rooming lists
open full."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from django.utils import timezone

from hostcity.delegations.journey.arrivals import save_movement
from hostcity.delegations.journey.lodging import lodge
from hostcity.delegations.models import Delegation, HotelBlock, Movement
from hostcity.events.models import Vehicle
from hostcity.shared.audit.trail import Actor
from hostcity.venues.models import Venue

# National carriers' IATA codes; a country without one here flies Air China (CA).
CARRIERS = {
    "AUT": "OS", "AZE": "J2", "BLR": "B2", "BRN": "BI", "KHM": "KR", "CHL": "LA", "CYP": "CY", "CZE": "OK",
    "DJI": "ET", "EGY": "MS", "ETH": "ET", "GRC": "A3", "HUN": "W6", "IDN": "GA", "ITA": "AZ", "KAZ": "KC",
    "KEN": "KQ", "KGZ": "QH", "LAO": "QV", "MYS": "MH", "MNG": "OM", "MOZ": "TM", "MMR": "8M", "NPL": "RA",
    "PAK": "PK", "PHL": "PR", "PRT": "TP", "RUS": "SU", "SRB": "JU", "SGP": "SQ", "CHE": "LX", "THA": "TG",
    "UZB": "HY", "VNM": "VN", "ARE": "EY", "TUR": "TK", "UKR": "PS",
}  # fmt: skip
DRIVERS = ["王磊", "李强", "张伟", "刘洋", "陈杰", "杨帆", "赵勇", "黄涛", "周斌", "吴昊", "徐明", "孙亮"]


def load_journeys(event, rng: random.Random) -> dict:
    tz = timezone.get_current_timezone()
    delegations = list(Delegation.objects.filter(event=event).select_related("organization"))
    first, last = event.start_date, event.end_date
    hotels = list(Venue.objects.filter(category="hotel").order_by("code"))
    blocks = [
        HotelBlock.objects.create(
            event=event,
            hotel=h,
            rooms=60,
            first_night=first - timedelta(days=1),
            last_night=last - timedelta(days=1),
        )
        for h in hotels
    ]
    by = Actor()
    for k, delegation in enumerate(delegations):
        carrier = CARRIERS.get(delegation.country, "CA")
        number = rng.randrange(100, 999)
        vip = delegation.head_rank <= Delegation.Rank.HEAD_OF_GOVERNMENT
        lands = datetime.combine(
            first - timedelta(days=1), time(rng.randrange(8, 22), rng.choice([0, 15, 30, 45])), tz
        )
        leaves = datetime.combine(last, time(rng.randrange(16, 23), rng.choice([0, 20, 40])), tz)
        airport = rng.choice(["PEK", "PKX"])
        terminal = "T3" if airport == "PEK" else ""
        for direction, flight, when in [("arrival", number, lands), ("departure", number + 1, leaves)]:
            movement = Movement(delegation=delegation, direction=direction, flight=f"{carrier}{flight}", at=when,
                                airport=airport, terminal=terminal, vip_lane=vip)  # fmt: skip
            save_movement(movement, [], by=by)
        delegation.refresh_from_db()
        if blocks:
            lodge(delegation, blocks[k % len(blocks)], by=by)
        plate, driver = f"京A·D{k + 1:04d}", DRIVERS[k % len(DRIVERS)]
        Vehicle.objects.create(event=event, plate=plate, seats=4, driver=driver, delegation=delegation)
    return {"flights": 2 * len(delegations), "hotel_blocks": len(blocks)}
