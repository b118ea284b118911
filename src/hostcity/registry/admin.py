from django.contrib import admin

from hostcity.registry.models import Qualification


@admin.register(Qualification)
class QualificationAdmin(admin.ModelAdmin):
    list_display = ["profession_en", "profession_zh", "country", "body_en", "equivalent_en", "recognized_on"]
    list_filter = ["country"]
    search_fields = ["profession_en", "profession_zh", "body_en", "equivalent_en", "equivalent_zh"]
