from django.contrib import admin

from hostcity.platforms.models import CityExchange, Edition, PartnerNetwork, Platform, SisterCity


class EditionInline(admin.StackedInline):
    model = Edition
    extra = 0
    filter_horizontal = ["venues"]


@admin.register(Platform)
class PlatformAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_zh", "kind", "since"]
    list_filter = ["kind"]
    search_fields = ["code", "name_en", "name_zh"]
    inlines = [EditionInline]


class ExchangeInline(admin.TabularInline):
    model = CityExchange
    extra = 0


@admin.register(SisterCity)
class SisterCityAdmin(admin.ModelAdmin):
    list_display = ["city_en", "city_zh", "country", "kind", "since"]
    list_filter = ["kind", "country"]
    search_fields = ["city_en", "city_zh"]
    inlines = [ExchangeInline]


@admin.register(PartnerNetwork)
class PartnerNetworkAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_zh", "kind", "country"]
    list_filter = ["kind"]
    search_fields = ["name_en", "name_zh"]
