"""The navigation: the five fields of the product plus the dashboard.

A field whose pages are not built yet is shown, disabled, so people see where it will be.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Link:
    label: str
    url_name: str
    permission: str = ""


@dataclass(frozen=True)
class Field:
    number: int
    label: str
    links: tuple[Link, ...] = ()


FIELDS = (
    Field(
        1,
        _("Exchanges"),
        (
            Link(_("Events"), "events:list", "events.view_event"),
            Link(_("Delegations"), "delegations:events", "delegations.view_delegation"),
            Link(_("Scan badges"), "delegations:scanner", "delegations.add_scan"),
        ),
    ),
    Field(
        2,
        _("Functional areas"),
        (
            Link(_("Venue atlas"), "venues:atlas", "venues.view_venue"),
            Link(_("Venue map"), "venues:map", "venues.view_venue"),
            Link(_("Room finder"), "venues:finder", "venues.view_room"),
            Link(_("Bookings"), "venues:bookings", "venues.view_booking"),
            Link(_("Book a room"), "venues:book", "venues.add_booking"),
            Link(_("Closures"), "venues:closures", "venues.view_closure"),
            Link(_("Close a venue or room"), "venues:close", "venues.add_closure"),
            Link(_("Import venues"), "venues:import", "venues.import_venues"),
        ),
    ),
    Field(
        3,
        _("Platforms"),
        (
            Link(_("Exchange platforms"), "platforms:list", "platforms.view_platform"),
            Link(_("Sister and friendship cities"), "platforms:cities", "platforms.view_sistercity"),
            Link(_("Partner networks"), "platforms:networks", "platforms.view_partnernetwork"),
        ),
    ),
    Field(
        4,
        _("Resources"),
        (
            Link(
                _("International organizations"),
                "registry:organizations",
                "registry.view_internationalorganization",
            ),
            Link(_("Foreign-funded projects"), "registry:projects", "registry.view_project"),
            Link(_("Overseas qualifications"), "registry:qualifications", "registry.view_qualification"),
        ),
    ),
    Field(
        5,
        _("Environment"),
        (
            Link(_("Directory entries"), "directory:entries", "directory.view_entry"),
            Link(_("Revisions to review"), "directory:revisions", "directory.view_revision"),
            Link(_("Public directory"), "visit:index", "directory.view_entry"),
            Link(_("Glossary of standard translations"), "glossary:terms", "glossary.view_term"),
            Link(_("Consistency check"), "glossary:check", "glossary.view_term"),
            Link(_("Indicators"), "indicators:dashboard", "indicators.view_indicator"),
        ),
    ),
)


def navigation_for(user, current_path: str) -> list[dict]:
    """The fields with the links this user may open; a field with none is shown disabled."""
    menu = []
    for fld in FIELDS:
        links = []
        for link in fld.links:
            if link.permission and not user.has_perm(link.permission):
                continue
            url = reverse(link.url_name)
            links.append({"label": link.label, "url": url, "active": current_path == url})
        menu.append(
            {
                "number": fld.number,
                "label": fld.label,
                "links": links,
                "active": any(link["active"] for link in links),
                "built": bool(fld.links),
            }
        )
    return menu
