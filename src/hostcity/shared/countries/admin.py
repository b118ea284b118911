from django.contrib import admin

from hostcity.shared.countries.models import CountryName


@admin.register(CountryName)
class CountryNameAdmin(admin.ModelAdmin):
    list_display = ["code", "name_en", "name_zh"]
    search_fields = ["code", "name_en", "name_zh"]
