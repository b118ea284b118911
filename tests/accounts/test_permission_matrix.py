"""Every page and API endpoint against every role (and nobody signed in)."""

import json

import pytest
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver

from hostcity.accounts.roles import ROLES
from hostcity.delegations.letters.register import content_for
from hostcity.delegations.models import Circular, HotelBlock, Letter, Movement, SecurityItem, Stay
from hostcity.events.models import Vehicle
from tests.factories import (
    at,
    make_area,
    make_booking,
    make_closure,
    make_delegate,
    make_delegation,
    make_event,
    make_room,
    make_user,
    make_zone,
    png_upload,
    sign_in,
)

A, P, E, V, R, C, W, O, CE, CR, LO, S = (  # noqa: E741
    "administrator",
    "protocol_officer",
    "event_director",
    "venue_manager",
    "registry_officer",
    "checkin_staff",
    "viewer",
    "platform_organizer",
    "content_editor",
    "content_reviewer",
    "liaison_officer",
    "security_officer",
)
EVERYONE = {A, P, E, V, R, C, W, O, CE, CR, LO, S}
SEE_VENUES = EVERYONE - {CE, CR, LO, C, S}
ANYONE = EVERYONE | {None}  # the public directory: no sign-in
SEE_DIRECTORY = {A, W, CE, CR}
EDIT_DIRECTORY = {A, CE, CR}
REVIEW_DIRECTORY = {A, CR}
SEE_GLOSSARY = {A, P, E, CE, CR}
EDIT_GLOSSARY = {A, CE, CR}
REVIEW_GLOSSARY = {A, CR}
SEE_INDICATORS = {A, P, E, R, W, O}
KEEP_INDICATORS = {A, R}
SEE_BOOKINGS = {A, P, E, V, W}
BOOKERS = {A, P, E, V}
MANAGERS = {A, V}
SEE_DELEGATIONS = {A, P, E, W, S}
SEE_BADGES = {A, P, E, W}
KEEP_DELEGATIONS = {A, P, E}
SCANNERS = {A, C}
SEE_SCANS = {A, P, E, C}
LOOP_KEEPERS = {A, E}
VETTERS = {A, S}
SEE_SECURITY = {A, P, E, S}
SEE_EVENTS = {A, P, E, V, W, S}
SEE_SCHEDULES = {A, P, E, W, S}  # where and when the principals are: not the venue manager
KEEP_EVENTS = {A, P, E}
SEE_PLATFORMS = {A, P, E, R, W, O}
KEEP_PLATFORMS = {A, E, R, O}
SEE_REGISTRY = {A, P, E, R, W}
SEE_MATCHMAKING = {A, E, R, W, O}
KEEP_MATCHMAKING = {A, O}

# (url name, path, method, roles allowed). Paths use the records made by the `records` fixture.
PAGES = [
    ("dashboard", "/", "get", EVERYONE),
    ("profile", "/accounts/profile/", "get", EVERYONE),
    ("notices", "/accounts/notices/", "get", EVERYONE),
    ("two-factor", "/accounts/two-factor/", "get", EVERYONE),
    ("two-factor-verify", "/accounts/two-factor/verify/", "get", EVERYONE),
    ("two-factor-setup", "/accounts/two-factor/setup/", "get", EVERYONE),
    ("two-factor-codes", "/accounts/two-factor/backup-codes/", "post", EVERYONE),
    ("two-factor-remove", "/accounts/two-factor/remove/", "post", EVERYONE),
    ("two-factor-reset", "/accounts/two-factor/reset/", "post", {A}),
    ("password-reset-for", "/accounts/password-reset/for/", "post", {A}),
    ("audit-log", "/accounts/audit/?record=delegation&who=a&since=2020-01-01&until=2040-01-01", "get", {A}),
    ("venues:atlas", "/venues/", "get", SEE_VENUES),
    ("venues:map", "/venues/map/", "get", SEE_VENUES),
    ("venues:geojson", "/venues/map/venues.geojson", "get", SEE_VENUES),
    ("venues:venue", "/venues/venue/hall/", "get", SEE_VENUES),
    ("venues:finder", "/venues/finder/", "get", SEE_VENUES),
    ("venues:room-options", "/venues/rooms/options/?venue={venue}", "get", SEE_VENUES),
    ("venues:book", "/venues/book/", "get", BOOKERS),
    ("venues:bookings", "/venues/bookings/", "get", SEE_BOOKINGS),
    ("venues:booking", "/venues/bookings/{booking}/", "get", SEE_BOOKINGS),
    ("venues:export-bookings", "/venues/bookings/export.csv", "get", SEE_BOOKINGS),
    ("venues:export-venues", "/venues/export.xlsx", "get", SEE_VENUES),
    ("venues:close", "/venues/close/", "get", MANAGERS),
    ("venues:closures", "/venues/closures/", "get", SEE_VENUES),
    ("venues:lift-closure", "/venues/closures/{closure}/lift/", "post", MANAGERS),
    ("venues:venue-new", "/venues/new/", "get", MANAGERS),
    ("venues:venue-edit", "/venues/venue/hall/edit/", "get", MANAGERS),
    ("venues:room-new", "/venues/venue/hall/rooms/new/", "get", MANAGERS),
    ("venues:room-edit", "/venues/rooms/{room}/edit/", "get", MANAGERS),
    ("venues:import", "/venues/import/", "get", MANAGERS),
    ("venues:room-calendar", "/venues/rooms/{room}/calendar.ics", "get", SEE_BOOKINGS),
    ("venues:venue-calendar", "/venues/venue/hall/calendar.ics", "get", SEE_BOOKINGS),
    ("events:list", "/events/", "get", SEE_EVENTS),
    ("events:new", "/events/new/", "get", KEEP_EVENTS),
    ("events:detail", "/events/{event}/", "get", SEE_EVENTS),
    ("events:add-request", "/events/{event}/requests/", "post", KEEP_EVENTS),
    ("events:remove-request", "/events/requests/{request}/remove/", "post", KEEP_EVENTS),
    ("events:plan", "/events/{event}/plan/", "post", KEEP_EVENTS),
    ("events:run", "/events/runs/{run}/", "get", SEE_SCHEDULES),
    ("journey:itineraries", "/events/{event}/itineraries/", "get", SEE_SCHEDULES),
    ("journey:board", "/events/{event}/board/", "get", SEE_SCHEDULES),
    ("summit:home", "/events/{event}/summit/", "get", SEE_SCHEDULES & SEE_DELEGATIONS),
    ("events:rosters", "/events/{event}/rosters/", "get", SEE_SCHEDULES),
    ("journey:itinerary", "/events/{event}/itineraries/{delegation}/", "get", SEE_SCHEDULES),
    (
        "journey:itinerary-file",
        "/events/{event}/itineraries/{delegation}/itinerary.pdf",
        "get",
        SEE_SCHEDULES,
    ),
    ("events:cancel", "/events/runs/{run}/cancel/", "post", KEEP_EVENTS),
    ("events:accept", "/events/runs/{run}/accept/", "post", KEEP_EVENTS),
    ("events:move", "/events/runs/{run}/move/", "post", KEEP_EVENTS),
    ("events:compare", "/events/runs/{run}/compare/{run}/", "get", SEE_SCHEDULES),
    ("events:replan", "/events/runs/{run}/replan/", "post", KEEP_EVENTS),
    ("events:unpin", "/events/requests/{request}/unpin/", "post", KEEP_EVENTS),
    ("platforms:list", "/platforms/", "get", SEE_PLATFORMS),
    ("platforms:platform", "/platforms/{platform}/", "get", SEE_PLATFORMS),
    ("platforms:cities", "/platforms/cities/", "get", SEE_PLATFORMS),
    ("platforms:city", "/platforms/cities/{city}/", "get", SEE_PLATFORMS),
    ("platforms:networks", "/platforms/networks/", "get", SEE_PLATFORMS),
    ("platforms:import-cities", "/platforms/cities/import/", "get", KEEP_PLATFORMS),
    ("registry:qualifications", "/registry/qualifications/", "get", SEE_REGISTRY),
    ("registry:import-qualifications", "/registry/qualifications/import/", "get", {A, R}),
    ("registry:organizations", "/registry/organizations/", "get", SEE_REGISTRY),
    ("registry:import-organizations", "/registry/organizations/import/", "get", {A, R}),
    ("registry:organization", "/registry/organizations/{organization}/", "get", SEE_REGISTRY),
    ("registry:projects", "/registry/projects/", "get", SEE_REGISTRY),
    ("registry:import-projects", "/registry/projects/import/", "get", {A, R}),
    ("registry:export-organizations", "/registry/organizations/export.xlsx", "get", SEE_REGISTRY),
    ("registry:export-projects", "/registry/projects/export.csv", "get", SEE_REGISTRY),
    ("registry:remind", "/registry/projects/remind/", "post", {A, R}),
    ("registry:follow-up-done", "/registry/follow-ups/{follow_up}/done/", "post", {A, R}),
    ("matchmaking:for-edition", "/matchmaking/edition/{bare_edition}/", "get", SEE_MATCHMAKING),
    ("matchmaking:detail", "/matchmaking/{matchmaking}/", "get", SEE_MATCHMAKING),
    ("matchmaking:setup", "/matchmaking/{matchmaking}/setup/", "get", KEEP_MATCHMAKING),
    ("matchmaking:status", "/matchmaking/{matchmaking}/status/", "post", KEEP_MATCHMAKING),
    ("matchmaking:start", "/matchmaking/{matchmaking}/run/", "post", KEEP_MATCHMAKING),
    ("matchmaking:replan", "/matchmaking/{matchmaking}/replan/", "post", KEEP_MATCHMAKING),
    ("matchmaking:companies", "/matchmaking/{matchmaking}/companies/", "get", SEE_MATCHMAKING),
    ("matchmaking:import", "/matchmaking/{matchmaking}/import/", "get", KEEP_MATCHMAKING),
    (
        "matchmaking:company-status",
        "/matchmaking/companies/{match_company}/status/",
        "post",
        KEEP_MATCHMAKING,
    ),
    ("matchmaking:run", "/matchmaking/runs/{match_run}/", "get", SEE_MATCHMAKING),
    ("matchmaking:cancel", "/matchmaking/runs/{match_run}/cancel/", "post", KEEP_MATCHMAKING),
    ("matchmaking:publish", "/matchmaking/runs/{match_run}/publish/", "post", KEEP_MATCHMAKING),
    (
        "matchmaking:export-companies",
        "/matchmaking/{matchmaking}/companies/export.csv",
        "get",
        SEE_MATCHMAKING,
    ),
    ("matchmaking:export-meetings", "/matchmaking/runs/{match_run}/meetings.xlsx", "get", SEE_MATCHMAKING),
    ("matchmaking:print", "/matchmaking/runs/{match_run}/tables.pdf", "get", SEE_MATCHMAKING),
    ("glossary:terms", "/glossary/", "get", SEE_GLOSSARY),
    ("glossary:term-new", "/glossary/new/", "get", EDIT_GLOSSARY),
    ("glossary:term", "/glossary/terms/{term}/", "get", SEE_GLOSSARY),
    ("glossary:review", "/glossary/terms/{term}/review/", "post", REVIEW_GLOSSARY),
    ("glossary:import", "/glossary/import/", "get", EDIT_GLOSSARY),
    ("glossary:check", "/glossary/check/", "get", SEE_GLOSSARY),
    ("glossary:resolve", "/glossary/check/resolve/", "post", REVIEW_GLOSSARY),
    ("glossary:suggest", "/glossary/suggest/?zh=国家会议中心", "get", SEE_GLOSSARY),
    ("term-list", "/api/glossary/terms/", "get", SEE_GLOSSARY),
    ("term-detail", "/api/glossary/terms/{term}/", "get", SEE_GLOSSARY),
    ("term-adopt", "/api/glossary/terms/{term}/adopt/", "post", REVIEW_GLOSSARY),
    ("directory:entries", "/directory/", "get", SEE_DIRECTORY),
    ("directory:new", "/directory/new/hospital/", "get", EDIT_DIRECTORY),
    ("directory:import", "/directory/import/", "get", EDIT_DIRECTORY),
    ("directory:export", "/directory/export.csv", "get", SEE_DIRECTORY),
    ("directory:edit", "/directory/entries/{entry}/edit/", "get", EDIT_DIRECTORY),
    ("directory:confirm", "/directory/entries/{entry}/confirm/", "post", REVIEW_DIRECTORY),
    ("directory:revisions", "/directory/revisions/", "get", SEE_DIRECTORY),
    ("directory:revision", "/directory/revisions/{revision}/", "get", SEE_DIRECTORY),
    ("directory:decide", "/directory/revisions/{revision}/decide/", "post", REVIEW_DIRECTORY),
    ("indicators:dashboard", "/indicators/", "get", SEE_INDICATORS),
    ("indicators:indicator", "/indicators/{indicator}/", "get", SEE_INDICATORS),
    ("indicators:refresh", "/indicators/{indicator}/refresh/", "post", KEEP_INDICATORS),
    ("indicators:export-xlsx", "/indicators/export.xlsx", "get", SEE_INDICATORS),
    ("indicators:export-pdf", "/indicators/export.pdf", "get", SEE_INDICATORS),
    ("indicators:import", "/indicators/import/", "get", KEEP_INDICATORS),
    ("delegations:events", "/delegations/", "get", SEE_DELEGATIONS | {LO}),
    ("delegations:list", "/delegations/event/{event}/", "get", SEE_DELEGATIONS | {LO}),
    ("delegations:new", "/delegations/event/{event}/new/", "get", KEEP_DELEGATIONS),
    ("delegations:import", "/delegations/event/{event}/import/", "get", KEEP_DELEGATIONS),
    ("delegations:orders", "/delegations/event/{event}/orders/", "get", SEE_DELEGATIONS),
    ("delegations:detail", "/delegations/{delegation}/", "get", SEE_DELEGATIONS),
    ("delegations:edit", "/delegations/{delegation}/edit/", "get", KEEP_DELEGATIONS),
    ("delegations:review", "/delegations/{delegation}/review/", "post", KEEP_DELEGATIONS),
    ("delegations:status", "/delegations/{delegation}/status/", "post", KEEP_DELEGATIONS),
    ("delegations:invite", "/delegations/{delegation}/invite/", "post", KEEP_DELEGATIONS),
    ("delegations:focal-link", "/delegations/{delegation}/focal-link/", "post", KEEP_DELEGATIONS),
    ("delegations:person-export", "/delegations/members/{delegate}/personal-data.json", "get", {A}),
    ("delegations:person-erase", "/delegations/members/{delegate}/erase/", "post", {A}),
    ("delegations:photo", "/delegations/members/{delegate}/photo", "get", SEE_DELEGATIONS),
    ("delegations:badges", "/delegations/event/{event}/badges/", "get", SEE_BADGES),
    ("delegations:issue", "/delegations/event/{event}/badges/issue/", "post", KEEP_DELEGATIONS),
    ("delegations:badges-pdf", "/delegations/event/{event}/badges.pdf", "get", KEEP_DELEGATIONS),
    ("delegations:revoke", "/delegations/badges/{badge}/revoke/", "post", KEEP_DELEGATIONS),
    ("delegations:reissue", "/delegations/badges/{badge}/reissue/", "post", KEEP_DELEGATIONS),
    ("delegations:seating", "/delegations/event/{event}/seating/", "get", SEE_DELEGATIONS),
    ("delegations:seating-plan", "/delegations/seating/{plan}/", "get", SEE_DELEGATIONS),
    ("delegations:seating-svg", "/delegations/seating/{plan}/plan.svg", "get", SEE_DELEGATIONS),
    ("delegations:seating-pdf", "/delegations/seating/{plan}/plan.pdf", "get", SEE_DELEGATIONS),
    ("delegations:seating-generate", "/delegations/seating/{plan}/generate/", "post", KEEP_DELEGATIONS),
    ("delegations:seating-swap", "/delegations/seating/{plan}/swap/", "post", KEEP_DELEGATIONS),
    ("delegations:loops", "/delegations/event/{event}/loops/", "get", LOOP_KEEPERS),
    ("delegations:loop", "/delegations/loops/{loop}/", "get", LOOP_KEEPERS),
    ("delegations:loop-member", "/delegations/loops/{loop}/members/", "post", LOOP_KEEPERS),
    ("delegations:loop-place", "/delegations/loops/{loop}/places/", "post", LOOP_KEEPERS),
    ("delegations:loop-test", "/delegations/loops/{loop}/tests/", "post", LOOP_KEEPERS),
    ("delegations:loop-activity", "/delegations/loops/{loop}/activities/", "post", LOOP_KEEPERS),
    ("delegations:counts", "/delegations/event/{event}/checkin/", "get", SEE_SCANS),
    ("delegations:vetting", "/delegations/event/{event}/vetting/", "get", VETTERS),
    ("delegations:vetting-import", "/delegations/event/{event}/vetting/import/", "get", VETTERS),
    ("delegations:vetting-list", "/delegations/event/{event}/vetting/list.xlsx", "get", VETTERS),
    ("delegations:vetting-set", "/delegations/members/{delegate}/vetting/", "post", VETTERS),
    ("delegations:arrivals", "/delegations/event/{event}/arrivals/", "get", KEEP_DELEGATIONS | {S}),
    ("delegations:arrivals-file", "/delegations/event/{event}/arrivals.xlsx", "get", KEEP_DELEGATIONS | {S}),
    ("delegations:flights-import", "/delegations/event/{event}/arrivals/import/", "get", KEEP_DELEGATIONS),
    ("delegations:motorcade", "/delegations/event/{event}/motorcade/", "get", SEE_SCHEDULES),
    ("delegations:drivers-pdf", "/delegations/event/{event}/drivers.pdf", "get", SEE_SCHEDULES),
    ("delegations:hotels", "/delegations/event/{event}/hotels/", "get", KEEP_DELEGATIONS),
    ("delegations:rooming", "/delegations/hotel-blocks/{hotel_block}/", "get", KEEP_DELEGATIONS),
    (
        "delegations:rooming-file",
        "/delegations/hotel-blocks/{hotel_block}/rooming.xlsx",
        "get",
        KEEP_DELEGATIONS,
    ),
    ("delegations:room", "/delegations/stays/{stay}/room/", "post", KEEP_DELEGATIONS),
    ("delegations:circulars", "/delegations/event/{event}/circulars/", "get", KEEP_DELEGATIONS),
    ("delegations:reminders", "/delegations/event/{event}/circulars/reminders/", "post", KEEP_DELEGATIONS),
    ("delegations:circular", "/delegations/circulars/{circular}/", "get", KEEP_DELEGATIONS),
    ("delegations:letters", "/delegations/event/{event}/letters/", "get", KEEP_DELEGATIONS),
    ("delegations:letters-issue", "/delegations/event/{event}/letters/issue/", "post", KEEP_DELEGATIONS),
    ("delegations:letters-pdf", "/delegations/event/{event}/letters.pdf", "get", KEEP_DELEGATIONS),
    ("delegations:security", "/delegations/event/{event}/security/", "get", SEE_SECURITY),
    ("delegations:security-item", "/delegations/security/{security_item}/", "get", SEE_SECURITY),
    ("delegations:scanner", "/delegations/scan/", "get", SCANNERS),
    ("delegations:scanner-sw", "/delegations/scan/sw.js", "get", SCANNERS),
    ("delegations:scanner-shell", "/delegations/scan/shell/", "get", SCANNERS),
    ("admin:index", "/admin/", "get", {A}),
    ("api-docs", "/api/docs/", "get", EVERYONE),
    ("api-schema", "/api/schema/", "get", EVERYONE),
]
API = [
    ("api-root", "/api/", "get", EVERYONE),
    ("functionalarea-list", "/api/areas/", "get", SEE_VENUES),
    ("functionalarea-list", "/api/areas/", "post", MANAGERS),
    ("functionalarea-detail", "/api/areas/{area}/", "get", SEE_VENUES),
    ("functionalarea-detail", "/api/areas/{area}/", "patch", MANAGERS),
    ("venue-list", "/api/venues/", "get", SEE_VENUES),
    ("venue-list", "/api/venues/", "post", MANAGERS),
    ("venue-detail", "/api/venues/{venue}/", "get", SEE_VENUES),
    ("venue-detail", "/api/venues/{venue}/", "patch", MANAGERS),
    ("room-list", "/api/rooms/", "get", SEE_VENUES),
    ("room-list", "/api/rooms/", "post", MANAGERS),
    ("room-detail", "/api/rooms/{room}/", "get", SEE_VENUES),
    ("closure-list", "/api/closures/", "get", SEE_VENUES),
    ("closure-list", "/api/closures/", "post", MANAGERS),
    ("closure-detail", "/api/closures/{closure}/", "get", SEE_VENUES),
    ("closure-detail", "/api/closures/{closure}/", "delete", MANAGERS),
    ("booking-list", "/api/bookings/", "get", SEE_BOOKINGS),
    ("booking-list", "/api/bookings/", "post", BOOKERS),
    ("booking-detail", "/api/bookings/{booking}/", "get", SEE_BOOKINGS),
    ("booking-detail", "/api/bookings/{booking}/", "patch", BOOKERS),
    ("booking-series", "/api/bookings/series/", "post", BOOKERS),
    ("platform-list", "/api/platforms/", "get", SEE_PLATFORMS),
    ("platform-list", "/api/platforms/", "post", KEEP_PLATFORMS),
    ("platform-detail", "/api/platforms/{platform_id}/", "get", SEE_PLATFORMS),
    ("platform-detail", "/api/platforms/{platform_id}/", "patch", KEEP_PLATFORMS),
    ("edition-list", "/api/editions/", "get", SEE_PLATFORMS),
    ("edition-list", "/api/editions/", "post", KEEP_PLATFORMS),
    ("sistercity-list", "/api/sister-cities/", "get", SEE_PLATFORMS),
    ("sistercity-list", "/api/sister-cities/", "post", KEEP_PLATFORMS),
    ("sistercity-detail", "/api/sister-cities/{city}/", "get", SEE_PLATFORMS),
    ("partnernetwork-list", "/api/partner-networks/", "get", SEE_PLATFORMS),
    ("partnernetwork-list", "/api/partner-networks/", "post", KEEP_PLATFORMS),
    ("partnernetwork-detail", "/api/partner-networks/{network}/", "get", SEE_PLATFORMS),
    ("qualification-list", "/api/qualifications/", "get", SEE_REGISTRY),
    ("qualification-list", "/api/qualifications/", "post", {A, R}),
    ("qualification-detail", "/api/qualifications/{qualification}/", "get", SEE_REGISTRY),
    ("qualification-detail", "/api/qualifications/{qualification}/", "patch", {A, R}),
    ("internationalorganization-list", "/api/organizations/", "get", SEE_REGISTRY),
    ("internationalorganization-list", "/api/organizations/", "post", {A, R}),
    ("internationalorganization-detail", "/api/organizations/{organization}/", "get", SEE_REGISTRY),
    ("internationalorganization-detail", "/api/organizations/{organization}/", "patch", {A, R}),
    ("foreigncompany-list", "/api/foreign-companies/", "get", SEE_REGISTRY),
    ("foreigncompany-list", "/api/foreign-companies/", "post", {A, R}),
    ("foreigncompany-detail", "/api/foreign-companies/{foreign_company}/", "get", SEE_REGISTRY),
    ("project-list", "/api/projects/", "get", SEE_REGISTRY),
    ("project-list", "/api/projects/", "post", {A, R}),
    ("project-detail", "/api/projects/{project}/", "get", SEE_REGISTRY),
    ("project-detail", "/api/projects/{project}/", "patch", {A, R}),
    ("followup-list", "/api/follow-ups/", "get", SEE_REGISTRY),
    ("followup-list", "/api/follow-ups/", "post", {A, R}),
    ("followup-detail", "/api/follow-ups/{follow_up}/", "get", SEE_REGISTRY),
    ("entry-list", "/api/directory/entries/", "get", ANYONE),
    ("entry-detail", "/api/directory/entries/{entry}/", "get", ANYONE),
    ("revision-list", "/api/directory/revisions/", "get", SEE_DIRECTORY),
    ("revision-list", "/api/directory/revisions/", "post", EDIT_DIRECTORY),
    ("revision-detail", "/api/directory/revisions/{revision}/", "get", SEE_DIRECTORY),
    ("revision-publish", "/api/directory/revisions/{revision}/publish/", "post", REVIEW_DIRECTORY),
    ("indicator-list", "/api/indicators/", "get", SEE_INDICATORS),
    ("indicator-list", "/api/indicators/", "post", {A}),
    ("indicator-detail", "/api/indicators/{indicator}/", "get", SEE_INDICATORS),
    ("indicator-detail", "/api/indicators/{indicator}/", "patch", KEEP_INDICATORS),
    ("value-list", "/api/indicator-values/", "get", SEE_INDICATORS),
    ("value-list", "/api/indicator-values/", "post", KEEP_INDICATORS),
    ("value-detail", "/api/indicator-values/{indicator_value}/", "get", SEE_INDICATORS),
    ("target-list", "/api/indicator-targets/", "get", SEE_INDICATORS),
    ("target-list", "/api/indicator-targets/", "post", KEEP_INDICATORS),
    ("target-detail", "/api/indicator-targets/{indicator_target}/", "get", SEE_INDICATORS),
    ("company-list", "/api/matchmaking/companies/", "get", SEE_MATCHMAKING),
    ("company-list", "/api/matchmaking/companies/", "post", KEEP_MATCHMAKING),
    ("company-detail", "/api/matchmaking/companies/{match_company}/", "get", SEE_MATCHMAKING),
    ("company-detail", "/api/matchmaking/companies/{match_company}/", "patch", KEEP_MATCHMAKING),
    ("meetingrequest-list", "/api/matchmaking/requests/", "get", SEE_MATCHMAKING),
    ("meetingrequest-list", "/api/matchmaking/requests/", "post", KEEP_MATCHMAKING),
    ("meetingrequest-detail", "/api/matchmaking/requests/{match_request}/", "get", SEE_MATCHMAKING),
    ("matchrun-list", "/api/matchmaking/runs/", "get", SEE_MATCHMAKING),
    ("matchrun-detail", "/api/matchmaking/runs/{match_run}/", "get", SEE_MATCHMAKING),
    ("event-list", "/api/events/", "get", SEE_EVENTS),
    ("event-detail", "/api/events/{event}/", "get", SEE_EVENTS),
    ("event-meeting-request-list", "/api/meeting-requests/", "get", SEE_SCHEDULES),
    ("event-meeting-request-detail", "/api/meeting-requests/{request}/", "get", SEE_SCHEDULES),
    ("planrun-list", "/api/planning-runs/", "get", SEE_SCHEDULES),
    ("planrun-detail", "/api/planning-runs/{run}/", "get", SEE_SCHEDULES),
    ("delegation-list", "/api/delegations/", "get", SEE_DELEGATIONS | {LO}),
    ("delegation-detail", "/api/delegations/{delegation}/", "get", SEE_DELEGATIONS | {LO}),
    ("delegate-list", "/api/delegates/", "get", SEE_DELEGATIONS | {LO}),
    ("delegate-detail", "/api/delegates/{delegate}/", "get", SEE_DELEGATIONS | {LO}),
    ("delegate-vetting", "/api/delegates/{delegate}/vetting/", "post", VETTERS),
    ("delegate-vetting-list", "/api/delegates/vetting/", "post", VETTERS),
    ("badge-list", "/api/badges/", "get", SEE_BADGES),
    ("badge-detail", "/api/badges/{badge}/", "get", SEE_BADGES),
    ("badge-issue", "/api/badges/issue/", "post", KEEP_DELEGATIONS),
    ("badge-revoke", "/api/badges/{badge}/revoke/", "post", KEEP_DELEGATIONS),
    ("movement-list", "/api/flights/", "get", KEEP_DELEGATIONS | {S}),
    ("movement-list", "/api/flights/", "post", KEEP_DELEGATIONS),
    ("movement-detail", "/api/flights/{movement}/", "get", KEEP_DELEGATIONS | {S}),
    ("movement-detail", "/api/flights/{movement}/", "patch", KEEP_DELEGATIONS),
    ("hotelblock-list", "/api/hotel-blocks/", "get", KEEP_DELEGATIONS),
    ("hotelblock-detail", "/api/hotel-blocks/{hotel_block}/", "get", KEEP_DELEGATIONS),
    ("stay-list", "/api/stays/", "get", KEEP_DELEGATIONS),
    ("stay-detail", "/api/stays/{stay}/", "get", KEEP_DELEGATIONS),
    ("vehicle-list", "/api/vehicles/", "get", SEE_SCHEDULES),
    ("vehicle-detail", "/api/vehicles/{vehicle}/", "get", SEE_SCHEDULES),
    ("agendameeting-list", "/api/matchmaking/meetings/", "get", SEE_MATCHMAKING),
    ("agendameeting-detail", "/api/matchmaking/meetings/{match_meeting}/", "get", SEE_MATCHMAKING),
    ("edition-detail", "/api/editions/{edition}/", "get", SEE_PLATFORMS),
    ("checkin", "/api/checkin/", "post", SCANNERS),
    ("checkin-keys", "/api/checkin/keys/", "get", SCANNERS),
]
NOT_IN_MATRIX = {
    "login",
    "logout",
    # A lost password is reset without signing in (tests/security/test_password_reset.py).
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
    "set_language",
    "healthz",
    "favicon",
    # A delegation's focal point reaches these through the delegation's own link, with no account;
    # tests/delegations/test_focal_pages.py shows that a link opens its own delegation and no other.
    "focal:home",
    "focal:add",
    "focal:edit",
    "focal:remove",
    "focal:photo",
    "focal:submit",
    "focal:itinerary",
    "focal:requests",
    "focal:itinerary-file",
    # A company registers with no account and then reaches its pages through its own link;
    # tests/matchmaking/test_pages.py shows that a link opens its own company and no other.
    "match:register",
    "match:home",
    "match:profile",
    "match:request",
    "match:withdraw",
    "match:agenda",
    # The public directory: open to everyone by design (tests/directory/test_public.py).
    "visit:index",
    "visit:entry",
}  # open to everyone by design; tested elsewhere


@pytest.fixture
def records(db):
    room = make_room(venue=None, name_en="Hall room")
    room.venue.code = "hall"
    room.venue.save()
    event = make_event()
    make_zone(event, "P", categories=("head",))
    delegation = make_delegation(event, registration="approved")
    delegate = make_delegate(delegation, category="head", photo=png_upload())
    from hostcity.delegations.accreditation.badges import issue_badges
    from hostcity.delegations.models import SeatingPlan
    from hostcity.delegations.seating.layout import generate
    from hostcity.shared.audit.trail import Actor

    badge = issue_badges(event, by=Actor())[0]
    plan = SeatingPlan.objects.create(event=event, title_en="Banquet", title_zh="宴会")
    generate(plan, by=Actor())
    from hostcity.delegations.models import Loop

    loop = Loop.objects.create(
        event=event, name_en="Loop", name_zh="闭环", starts=event.start_date, ends=event.end_date
    )
    from hostcity.events.models import MeetingRequest, PlanRun

    meeting = MeetingRequest.objects.create(event=event, code="m-1", minutes=30)
    run = PlanRun.objects.create(event=event, problem={"meetings": []}, fingerprint="x", status="failed")
    from hostcity.platforms.models import Platform, SisterCity

    platform = Platform.objects.create(
        code="ciftis", name_en="Services fair", name_zh="服贸会", kind="trade_fair"
    )
    city = SisterCity.objects.create(city_en="Tokyo", city_zh="东京", country="JPN", since="1979-03-14")
    from hostcity.platforms.models import Edition, PartnerNetwork

    edition = Edition.objects.create(
        platform=platform, year=2024, start_date="2024-09-12", end_date="2024-09-16"
    )
    network = PartnerNetwork.objects.create(name_en="AmCham", name_zh="美国商会", kind="chamber")
    from hostcity.registry.models import InternationalOrganization

    organization = InternationalOrganization.objects.create(
        name_en="ASEAN-China Centre", name_zh="中国—东盟中心", kind="intergovernmental"
    )
    from hostcity.registry.models import FollowUp, ForeignCompany, Project

    company = ForeignCompany.objects.create(name_en="Siemens", country="DEU", fortune_global_500=True)
    project = Project.objects.create(company=company, title_en="Smart factory", sector="manufacturing")
    follow_up = FollowUp.objects.create(project=project, task="Site visit", due="2030-01-01")
    from hostcity.matchmaking.models import Company, Matchmaking, MatchRun, MeetingRequest

    matchmaking = Matchmaking.objects.create(edition=edition, code="ciftis-2024", status="closed")
    match_company = Company.objects.create(
        matchmaking=matchmaking, name_en="Acme", country="DEU", sector="digital", email="a@acme.example"
    )
    other = Company.objects.create(
        matchmaking=matchmaking, name_en="Beta", country="FRA", sector="digital", email="b@beta.example"
    )
    match_request = MeetingRequest.objects.create(
        matchmaking=matchmaking, requester=match_company, target=other
    )
    match_run = MatchRun.objects.create(
        matchmaking=matchmaking, problem={}, status="done", plan={"status": "optimal", "assignments": []}
    )
    from hostcity.matchmaking.models import AgendaMeeting

    match_meeting = AgendaMeeting.objects.create(
        run=match_run, first=match_company, second=other, start=at(20, 9), end=at(20, 10), table=1
    )
    bare = Edition.objects.create(
        platform=platform, year=2025, start_date="2025-09-10", end_date="2025-09-14"
    )
    from hostcity.registry.models import Qualification

    qualification = Qualification.objects.create(
        profession_en="Architect", profession_zh="建筑师", country="FRA", body_en="Ordre",
        equivalent_en="Architect", equivalent_zh="建筑师", recognized_on="2020-01-01",
    )  # fmt: skip
    from hostcity.directory.models import Entry, Revision

    entry = Entry.objects.create(
        kind="service", slug="exit-entry", name_en="Exit-Entry", name_zh="出入境", topic="residence"
    )
    revision = Revision.objects.create(entry=entry, kind="service", data={"name_en": "Exit-Entry"})
    from hostcity.indicators.models import Indicator

    indicator = Indicator.objects.create(
        code="schools", name_en="Schools", name_zh="学校", unit_en="schools", unit_zh="所", field=5
    )
    from hostcity.indicators.models import Target, Value

    indicator_value = Value.objects.create(
        indicator=indicator, year=2020, value=1, source_url="https://x.org"
    )
    indicator_target = Target.objects.create(indicator=indicator, year=2030, value=2)
    hotel_block = HotelBlock.objects.create(
        event=event, hotel=room.venue, rooms=5, first_night="2030-12-01", last_night="2030-12-02"
    )
    from hostcity.glossary.models import Term

    term = Term.objects.create(zh="国家会议中心", en="China National Convention Center", domain="venue",
                               source="test", variants=["CNCC"])  # fmt: skip
    return {
        "term": term.pk,
        "indicator_value": indicator_value.pk,
        "indicator_target": indicator_target.pk,
        "indicator": indicator.code,
        "entry": entry.slug,
        "revision": revision.pk,
        "qualification": qualification.pk,
        "foreign_company": company.pk,
        "project": project.pk,
        "bare_edition": bare.pk,
        "match_meeting": match_meeting.pk,
        "matchmaking": matchmaking.pk,
        "match_company": match_company.pk,
        "match_request": match_request.pk,
        "match_run": match_run.pk,
        "follow_up": follow_up.pk,
        "organization": organization.pk,
        "platform": "ciftis",
        "platform_id": platform.pk,
        "edition": edition.pk,
        "network": network.pk,
        "city": city.pk,
        "request": meeting.pk,
        "run": run.pk,
        "loop": loop.pk,
        "plan": plan.pk,
        "event": event.pk,
        "delegation": delegation.pk,
        "delegate": delegate.pk,
        "badge": badge.pk,
        "letter": Letter.objects.create(
            event=event,
            delegate=delegate,
            kind="invitation",
            year=2030,
            sequence=1,
            number="T-2030-INV-1",
            issued_by_name="test",
            content=json.dumps(content_for(delegate, event)),
        ).pk,
        "hotel_block": hotel_block.pk,
        "circular": Circular.objects.create(
            event=event, audience="focal_points", subject_en="s", subject_zh="s", body_en="b", body_zh="b"
        ).pk,
        "movement": Movement.objects.create(
            delegation=delegation, direction="arrival", flight="KC1", at=at(19, 9)
        ).pk,
        "vehicle": Vehicle.objects.create(event=event, plate="京A·1").pk,
        "stay": Stay.objects.create(
            block=hotel_block, delegate=delegate, check_in="2030-12-01", check_out="2030-12-02"
        ).pk,
        "security_item": SecurityItem.objects.create(
            event=event, kind="request", title="Route", agency="PSB"
        ).pk,
        "venue": room.venue.pk,
        "room": room.pk,
        "booking": make_booking(room).pk,
        "area": make_area().pk,
        "closure": make_closure(room=room, start=at(20, 0)).pk,
    }


FEEDS = {"venues:room-calendar", "venues:venue-calendar"}
# Page actions whose empty post comes back as the page with the form's errors, not a redirect.
FORM_POSTS = {
    "events:add-request",
    "events:move",
    "delegations:loop-member",
    "delegations:loop-place",
    "delegations:loop-test",
    "delegations:loop-activity",
}


# Pages that show one delegation: a liaison officer not assigned to it is told it does not exist.
OBJECT_SCOPED = {"delegations:detail", "delegations:photo", "delegation-detail", "delegate-detail"}


# Signed-in pages whose answer depends on the person's second factor, not on their role: the code page
# sends on those who owe none; new backup codes are shown to the enrolled (the administrators here).
SECOND_FACTOR = {"two-factor-verify": {302}, "two-factor-codes": {200, 302}}


def expected_status(role, allowed, method, is_api, name=""):
    if role is not None and role in allowed and name in SECOND_FACTOR:
        return SECOND_FACTOR[name]
    if role == LO and name in OBJECT_SCOPED:
        return {404}
    if role is None and None in allowed:
        return {200}
    if role is None:
        return {401, 403} if is_api else {302}
    if role not in allowed:
        return {403}
    if not is_api and method == "post":
        return {200} if name in FORM_POSTS else {302}  # a page's action, done: back to its list
    # An empty body: refused as invalid (400) after the permission check, or an empty PATCH (200).
    return {"get": {200}, "delete": {204}}.get(method, {200, 400})


def _request(client, name: str, url: str, method: str):
    is_api = url.startswith("/api/") or name in FEEDS
    if method == "get":
        return client.get(url), is_api
    if is_api:
        return getattr(client, method)(url, data={}, content_type="application/json"), is_api
    return client.post(url), is_api


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name,path,method,allowed", PAGES + API, ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_role_against_url(client, records, name, path, method, allowed):
    """Each role (and nobody) in turn, each inside a savepoint rolled back after its request: what one
    role's request changes (a record deleted, a status moved) is gone before the next one asks."""
    url = path.format(**records)
    users = {role.slug: make_user(role.slug) for role in ROLES}
    wrong = []
    for role in [None, *users]:
        with transaction.atomic():
            client.logout()
            if role:
                sign_in(client, users[role])
            response, is_api = _request(client, name, url, method)
            transaction.set_rollback(True)
        if response.status_code not in expected_status(role, allowed, method, is_api, name):
            wrong.append((role, response.status_code))
        elif (
            role is None and not is_api and not response.url.startswith(("/accounts/login/", "/admin/login/"))
        ):
            wrong.append((role, response.url))
    assert wrong == [], (url, method)


def _named_urls(resolver=None, prefix=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue
            ns = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            yield from _named_urls(pattern, ns)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{prefix}{pattern.name}"


def test_every_named_url_is_in_the_matrix():
    covered = {name for name, *_ in PAGES + API} | NOT_IN_MATRIX
    # DRF's router also names a "-format" twin of every route: the same views, covered above.
    uncovered = sorted(name for name in set(_named_urls()) - covered if not name.endswith("-format"))
    assert uncovered == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/admin/venues/venue/",
        "/admin/venues/booking/",
        "/admin/venues/closure/",
        "/admin/events/event/",
        "/admin/events/event/{event}/change/",
        "/admin/events/planrun/",
        "/admin/delegations/delegation/",
        "/admin/platforms/platform/",
        "/admin/platforms/sistercity/",
        "/admin/registry/qualification/",
        "/admin/matchmaking/company/",
        "/admin/countries/countryname/",
        "/admin/audit/auditentry/",
        "/admin/delegations/scan/",
    ],
)
def test_admin_pages_open_for_administrators_only(client, records, path):
    path = path.format(**records)
    sign_in(client, make_user("administrator"))
    assert client.get(path).status_code == 200
    client.force_login(make_user("venue_manager"))
    assert client.get(path).status_code == 403
