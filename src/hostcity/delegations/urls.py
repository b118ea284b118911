from django.urls import path

from hostcity.delegations import import_views, pages
from hostcity.delegations.accreditation import badge_views, checkin_views
from hostcity.delegations.circulars import views as circular_views
from hostcity.delegations.closed_loop import views as loop_views
from hostcity.delegations.journey import arrival_views, lodging_views, motorcade_views
from hostcity.delegations.letters import views as letter_views
from hostcity.delegations.personal_data import views as personal_data_views
from hostcity.delegations.seating import views as seating_views
from hostcity.delegations.vetting import coordination_views
from hostcity.delegations.vetting import views as vetting_views

app_name = "delegations"

urlpatterns = [
    path("", pages.events, name="events"),
    path("event/<int:event>/", pages.delegation_list, name="list"),
    path("event/<int:event>/new/", pages.delegation_new, name="new"),
    path("event/<int:event>/import/", import_views.import_page, name="import"),
    path("event/<int:event>/orders/", pages.orders, name="orders"),
    path("event/<int:event>/badges/", badge_views.badge_list, name="badges"),
    path("event/<int:event>/badges/issue/", badge_views.issue, name="issue"),
    path("event/<int:event>/badges.pdf", badge_views.badges_pdf, name="badges-pdf"),
    path("event/<int:event>/checkin/", checkin_views.counts, name="counts"),
    path("badges/<int:pk>/revoke/", badge_views.revoke, name="revoke"),
    path("badges/<int:pk>/reissue/", badge_views.reissue, name="reissue"),
    path("event/<int:event>/seating/", seating_views.plan_list, name="seating"),
    path("seating/<int:pk>/", seating_views.plan_detail, name="seating-plan"),
    path("seating/<int:pk>/generate/", seating_views.generate, name="seating-generate"),
    path("seating/<int:pk>/swap/", seating_views.swap, name="seating-swap"),
    path("seating/<int:pk>/plan.svg", seating_views.plan_svg, name="seating-svg"),
    path("seating/<int:pk>/plan.pdf", seating_views.plan_pdf, name="seating-pdf"),
    path("event/<int:event>/loops/", loop_views.loop_list, name="loops"),
    path("loops/<int:pk>/", loop_views.loop_detail, name="loop"),
    path("loops/<int:pk>/members/", loop_views.add_member, name="loop-member"),
    path("loops/<int:pk>/places/", loop_views.add_place, name="loop-place"),
    path("loops/<int:pk>/tests/", loop_views.add_test, name="loop-test"),
    path("loops/<int:pk>/activities/", loop_views.add_activity, name="loop-activity"),
    path("event/<int:event>/vetting/", vetting_views.vetting_list, name="vetting"),
    path("event/<int:event>/vetting/import/", vetting_views.import_answers, name="vetting-import"),
    path("event/<int:event>/vetting/list.<str:fmt>", vetting_views.request_list, name="vetting-list"),
    path("members/<int:pk>/vetting/", vetting_views.set_status, name="vetting-set"),
    path("event/<int:event>/arrivals/", arrival_views.board, name="arrivals"),
    path("event/<int:event>/arrivals.<str:fmt>", arrival_views.board_file, name="arrivals-file"),
    path("event/<int:event>/arrivals/import/", arrival_views.import_flights_page, name="flights-import"),
    path("event/<int:event>/motorcade/", motorcade_views.motorcade_page, name="motorcade"),
    path("event/<int:event>/drivers.pdf", motorcade_views.rosters_pdf, name="drivers-pdf"),
    path("event/<int:event>/hotels/", lodging_views.hotels, name="hotels"),
    path("hotel-blocks/<int:pk>/", lodging_views.rooming, name="rooming"),
    path("hotel-blocks/<int:pk>/rooming.<str:fmt>", lodging_views.rooming_file, name="rooming-file"),
    path("stays/<int:pk>/room/", lodging_views.room, name="room"),
    path("event/<int:event>/circulars/", circular_views.circular_list, name="circulars"),
    path("event/<int:event>/circulars/reminders/", circular_views.send_reminders, name="reminders"),
    path("circulars/<int:pk>/", circular_views.circular_detail, name="circular"),
    path("event/<int:event>/letters/", letter_views.letter_list, name="letters"),
    path("event/<int:event>/letters/issue/", letter_views.issue, name="letters-issue"),
    path("event/<int:event>/letters.pdf", letter_views.letters_pdf, name="letters-pdf"),
    path("event/<int:event>/security/", coordination_views.item_list, name="security"),
    path("security/<int:pk>/", coordination_views.item_detail, name="security-item"),
    path("scan/", checkin_views.scanner, name="scanner"),
    path("scan/sw.js", checkin_views.scanner_worker, name="scanner-sw"),
    path("scan/shell/", checkin_views.scanner_shell, name="scanner-shell"),
    path("members/<int:pk>/photo", pages.photo, name="photo"),
    path("members/<int:pk>/personal-data.json", personal_data_views.export, name="person-export"),
    path("members/<int:pk>/erase/", personal_data_views.erase, name="person-erase"),
    path("<int:pk>/", pages.delegation_detail, name="detail"),
    path("<int:pk>/edit/", pages.delegation_edit, name="edit"),
    path("<int:pk>/review/", pages.review, name="review"),
    path("<int:pk>/status/", pages.change_status, name="status"),
    path("<int:pk>/invite/", pages.send_invitation, name="invite"),
    path("<int:pk>/focal-link/", pages.focal_link, name="focal-link"),
]
