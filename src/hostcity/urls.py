from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import set_language
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from hostcity.accounts import password_reset, second_factor_views
from hostcity.accounts.sign_out import SignOutView
from hostcity.web import audit_views, health, views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("healthz", health.healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", SignOutView.as_view(), name="logout"),
    path("accounts/password-reset/", password_reset.RequestReset.as_view(), name="password_reset"),
    path(
        "accounts/password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        password_reset.ChooseNewPassword.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(template_name="accounts/password_reset_complete.html"),
        name="password_reset_complete",
    ),
    path("accounts/password-reset/for/", password_reset.reset_for_person, name="password-reset-for"),
    path("accounts/profile/", views.profile, name="profile"),
    path("accounts/notices/", views.notices, name="notices"),
    path("accounts/two-factor/", second_factor_views.manage, name="two-factor"),
    path("accounts/two-factor/verify/", second_factor_views.verify, name="two-factor-verify"),
    path("accounts/two-factor/setup/", second_factor_views.setup, name="two-factor-setup"),
    path("accounts/two-factor/backup-codes/", second_factor_views.backup_codes, name="two-factor-codes"),
    path("accounts/two-factor/remove/", second_factor_views.remove, name="two-factor-remove"),
    path("accounts/two-factor/reset/", second_factor_views.reset, name="two-factor-reset"),
    path("accounts/audit/", audit_views.audit_log, name="audit-log"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("venues/", include("hostcity.venues.urls")),
    path("delegations/", include("hostcity.delegations.urls")),
    path("events/", include("hostcity.events.urls")),
    path("events/", include("hostcity.delegations.journey.urls")),
    path("events/", include("hostcity.delegations.summit.urls")),
    path("platforms/", include("hostcity.platforms.urls")),
    path("registry/", include("hostcity.registry.urls")),
    path("matchmaking/", include("hostcity.matchmaking.urls")),
    path("match/", include("hostcity.matchmaking.public_urls")),
    path("directory/", include("hostcity.directory.urls")),
    path("visit/", include("hostcity.directory.public_urls")),
    path("indicators/", include("hostcity.indicators.urls")),
    path("glossary/", include("hostcity.glossary.urls")),
    path("focal/", include("hostcity.delegations.focal.urls")),
    path("api/", include("hostcity.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("admin/", admin.site.urls),
]
