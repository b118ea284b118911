from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class WebConfig(AppConfig):
    name = "hostcity.web"
    verbose_name = "Web"
    default = True


class HostcityAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "hostcity.web.admin_site.HostcityAdminSite"
