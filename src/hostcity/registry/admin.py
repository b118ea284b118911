from django.contrib import admin

from hostcity.registry.models import (
    FollowUp,
    ForeignCompany,
    Interaction,
    InternationalOrganization,
    OrganizationContact,
    Project,
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


@admin.register(ForeignCompany)
class ForeignCompanyAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_zh", "country", "fortune_global_500", "hidden_champion"]
    list_filter = ["fortune_global_500", "hidden_champion", "country"]
    search_fields = ["name_en", "name_zh"]


class FollowUpInline(admin.TabularInline):
    model = FollowUp
    extra = 0


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["title_en", "company", "sector", "amount", "stage", "park"]
    list_filter = ["stage", "sector"]
    search_fields = ["title_en", "title_zh", "company__name_en"]
    inlines = [FollowUpInline]
