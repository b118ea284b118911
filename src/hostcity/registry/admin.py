from django.contrib import admin

from hostcity.registry.models import (
    Interaction,
    InternationalOrganization,
    OrganizationContact,
    Qualification,
    SettlementStep,
)


@admin.register(Qualification)
class QualificationAdmin(admin.ModelAdmin):
    list_display = ["profession_en", "profession_zh", "country", "body_en", "equivalent_en", "recognized_on"]
    list_filter = ["country"]
    search_fields = ["profession_en", "profession_zh", "body_en", "equivalent_en", "equivalent_zh"]


class StepInline(admin.TabularInline):
    model = SettlementStep
    extra = 0


class ContactInline(admin.TabularInline):
    model = OrganizationContact
    extra = 0


class InteractionInline(admin.TabularInline):
    model = Interaction
    extra = 0
    readonly_fields = ["by"]


@admin.register(InternationalOrganization)
class InternationalOrganizationAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_zh", "kind", "status", "registered_on"]
    list_filter = ["kind", "status"]
    search_fields = ["name_en", "name_zh", "acronym"]
    inlines = [StepInline, ContactInline, InteractionInline]
