"""The roles of hostcity as Django groups, each with the permissions it carries.

A role is a group whose name is the role's slug. `sync_roles` makes the groups match this table
(adding and removing permissions); it runs after every migrate.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _

VENUE_MODELS = ("functionalarea", "venue", "room", "closure")
VIEW_VENUES = [f"venues.view_{model}" for model in VENUE_MODELS]
VIEW_BOOKINGS = ["venues.view_booking"]
BOOK = ["venues.add_booking", "venues.change_booking"]
VIEW_EVENTS = ["events.view_event"]
VIEW_SCHEDULES = ["events.view_schedules"]  # where and when the principals are: plans, itineraries, board
EDIT_EVENTS = ["events.add_event", "events.change_event"]
VIEW_DELEGATIONS = [
    "delegations.view_delegation",
    "delegations.view_delegate",
    "delegations.view_badge",
    "delegations.view_all_delegations",
]
MOVEMENTS = [
    "delegations.view_movement",
    "delegations.add_movement",
    "delegations.change_movement",
]  # flights
LODGING = ["delegations.view_hotelblock", "delegations.add_hotelblock", "delegations.change_hotelblock"]
CIRCULARS = ["delegations.view_circular", "delegations.add_circular", "delegations.view_dispatch"]
LETTERS = ["delegations.view_letter", "delegations.add_letter"]  # invitation and visa-support letters
KEEP_DELEGATIONS = [
    "delegations.add_delegation",
    "delegations.change_delegation",
    "delegations.add_delegate",
    "delegations.review_registration",
    "delegations.view_dietary_notes",
    "delegations.add_badge",
    "delegations.change_badge",
    "delegations.print_badge",
    "delegations.view_scan",
]

PLATFORM_MODELS = ("platform", "edition", "sistercity", "cityexchange", "partnernetwork")
REGISTRY_MODELS = (
    "qualification",
    "internationalorganization",
    "settlementstep",
    "organizationcontact",
    "interaction",
    "foreigncompany",
    "project",
    "followup",
)
VIEW_REGISTRY = [f"registry.view_{model}" for model in REGISTRY_MODELS]
KEEP_REGISTRY = [f"registry.{action}_{model}" for model in REGISTRY_MODELS for action in ("add", "change")]
VIEW_PLATFORMS = [f"platforms.view_{model}" for model in PLATFORM_MODELS]
KEEP_PLATFORMS = [f"platforms.{action}_{model}" for model in PLATFORM_MODELS for action in ("add", "change")]
MATCH_MODELS = ("matchmaking", "matchsession", "company", "meetingrequest", "matchrun", "agendameeting")
VIEW_MATCHMAKING = [f"matchmaking.view_{model}" for model in MATCH_MODELS]
KEEP_MATCHMAKING = [
    f"matchmaking.{action}_{model}"
    for model in ("matchmaking", "matchsession", "company", "meetingrequest")
    for action in ("add", "change")
] + ["matchmaking.add_matchrun", "matchmaking.change_matchrun"]
VIEW_DIRECTORY = ["directory.view_entry", "directory.view_revision"]
VIEW_GLOSSARY = ["glossary.view_term"]
EDIT_GLOSSARY = [*VIEW_GLOSSARY, "glossary.add_term", "glossary.change_term"]
REVIEW_GLOSSARY = [*EDIT_GLOSSARY, "glossary.adopt_term", "glossary.add_acceptance"]
EDIT_DIRECTORY = [*VIEW_DIRECTORY, "directory.add_revision", *EDIT_GLOSSARY]
REVIEW_DIRECTORY = [*EDIT_DIRECTORY, "directory.publish_revision", "directory.change_entry", *REVIEW_GLOSSARY]
VIEW_INDICATORS = ["indicators.view_indicator", "indicators.view_value", "indicators.view_target"]
KEEP_INDICATORS = [
    "indicators.change_indicator",
    "indicators.add_value",
    "indicators.change_value",
    "indicators.add_target",
    "indicators.change_target",
]
# The security coordination log: kept by the security officer and the event director.
SEE_SECURITY = ["delegations.view_securityitem", "delegations.view_securityfollowup"]
KEEP_SECURITY = [*SEE_SECURITY, "delegations.add_securityitem", "delegations.change_securityitem"]
# Closed loops hold health data: the event director keeps them.
KEEP_LOOPS = [
    "delegations.view_loop",
    "delegations.add_loop",
    "delegations.add_loopmember",
    "delegations.add_loopplace",
    "delegations.add_testrecord",
    "delegations.add_sharedactivity",
]


@dataclass(frozen=True)
class Role:
    slug: str
    label: str
    permissions: tuple[str, ...]
    all_permissions: bool = False


ROLES: tuple[Role, ...] = (
    Role("administrator", _("Administrator"), (), all_permissions=True),
    Role(
        "protocol_officer",
        _("Protocol officer"),
        (
            *VIEW_VENUES,
            *VIEW_BOOKINGS,
            *BOOK,
            *VIEW_EVENTS,
            *VIEW_SCHEDULES,
            *EDIT_EVENTS,
            *VIEW_DELEGATIONS,
            *KEEP_DELEGATIONS,
            *LETTERS,
            *MOVEMENTS,
            *LODGING,
            *CIRCULARS,
            *SEE_SECURITY,
            *VIEW_PLATFORMS,
            *VIEW_REGISTRY,
            *VIEW_INDICATORS,
            *VIEW_GLOSSARY,
        ),
    ),
    Role(
        "event_director",
        _("Event director"),
        (
            *VIEW_VENUES,
            *VIEW_BOOKINGS,
            *BOOK,
            "venues.delete_booking",
            *VIEW_EVENTS,
            *VIEW_SCHEDULES,
            *EDIT_EVENTS,
            "events.delete_event",
            *VIEW_DELEGATIONS,
            *KEEP_DELEGATIONS,
            "delegations.view_medical_notes",
            *LETTERS,
            *MOVEMENTS,
            *LODGING,
            *CIRCULARS,
            *KEEP_SECURITY,
            *VIEW_GLOSSARY,
            *KEEP_LOOPS,
            *VIEW_PLATFORMS,
            *KEEP_PLATFORMS,
            *VIEW_MATCHMAKING,
            *VIEW_REGISTRY,
            *VIEW_INDICATORS,
        ),
    ),
    Role(
        "venue_manager",
        _("Venue manager"),
        (
            *[
                f"venues.{action}_{model}"
                for model in (*VENUE_MODELS, "booking")
                for action in ("view", "add", "change", "delete")
            ],
            "venues.import_venues",
            *VIEW_EVENTS,
        ),
    ),
    Role(
        "registry_officer",
        _("Registry officer"),
        (
            *VIEW_VENUES,
            *VIEW_PLATFORMS,
            *KEEP_PLATFORMS,
            *VIEW_MATCHMAKING,
            *VIEW_REGISTRY,
            *KEEP_REGISTRY,
            *VIEW_INDICATORS,
            *KEEP_INDICATORS,
        ),
    ),
    Role(
        "platform_organizer",
        _("Platform organizer"),
        (
            *VIEW_VENUES,
            *VIEW_PLATFORMS,
            *KEEP_PLATFORMS,
            *VIEW_MATCHMAKING,
            *KEEP_MATCHMAKING,
            *VIEW_INDICATORS,
        ),
    ),
    Role(
        "liaison_officer",
        _("Liaison officer"),
        ("delegations.view_delegation", "delegations.view_delegate"),  # only the delegations assigned to them
    ),
    Role("content_editor", _("Content editor"), tuple(EDIT_DIRECTORY)),
    Role("content_reviewer", _("Content reviewer"), tuple(REVIEW_DIRECTORY)),
    Role(
        "security_officer",
        _("Security officer"),
        (  # the vetting authority's desk: who is cleared, and the coordination log with the agencies
            *VIEW_EVENTS,
            *VIEW_SCHEDULES,
            "delegations.view_delegation",
            "delegations.view_delegate",
            "delegations.view_all_delegations",
            "delegations.vet_delegate",
            "delegations.view_movement",
            *KEEP_SECURITY,
        ),
    ),
    Role(
        "checkin_staff",
        _("Check-in staff"),
        ("delegations.add_scan", "delegations.view_scan"),  # the gate and its counts, nothing else
    ),
    Role(
        "viewer",
        _("Viewer"),
        (
            *VIEW_VENUES,
            *VIEW_BOOKINGS,
            *VIEW_EVENTS,
            *VIEW_SCHEDULES,
            *VIEW_DELEGATIONS,
            *VIEW_PLATFORMS,
            *VIEW_MATCHMAKING,
            *VIEW_REGISTRY,
            *VIEW_DIRECTORY,
            *VIEW_INDICATORS,
        ),
    ),
)
ROLE_BY_SLUG = {role.slug: role for role in ROLES}
OTHER_ADMINISTERED_APPS = ("authtoken", "auth")  # besides every app of hostcity's own


def administered_apps() -> list[str]:
    """The app labels whose every permission the administrator holds: hostcity's apps (the shared
    layer's included), API tokens and users."""
    own = [config.label for config in apps.get_app_configs() if config.name.startswith("hostcity.")]
    return [*own, *OTHER_ADMINISTERED_APPS]


def _permissions_for(role: Role) -> list[Permission]:
    if role.all_permissions:
        return list(Permission.objects.filter(content_type__app_label__in=administered_apps()))
    wanted = {tuple(name.split(".", 1)) for name in role.permissions}
    found = [
        perm
        for perm in Permission.objects.select_related("content_type").filter(
            codename__in={codename for _, codename in wanted}
        )
        if (perm.content_type.app_label, perm.codename) in wanted
    ]
    missing = wanted - {(perm.content_type.app_label, perm.codename) for perm in found}
    if missing:
        raise LookupError(f"role {role.slug}: unknown permissions {sorted(missing)}")
    return found


@transaction.atomic
def sync_roles() -> list[Group]:
    groups = []
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.slug)
        group.permissions.set(_permissions_for(role))
        groups.append(group)
    return groups


def sync_roles_after_migrate(sender, app_config=None, **kwargs) -> None:
    # Run once, after the last of hostcity's apps has its permissions (roles refer to all of them).
    from django.apps import apps

    ours = [config for config in apps.get_app_configs() if config.name.startswith("hostcity.")]
    if app_config is not None and ours and app_config.label == ours[-1].label:
        sync_roles()


def roles_of(user) -> list[Role]:
    names = {group.name for group in user.groups.all()}
    return [role for role in ROLES if role.slug in names]


def is_administrator(user) -> bool:
    return bool(user.is_active and (user.is_superuser or user.groups.filter(name="administrator").exists()))
