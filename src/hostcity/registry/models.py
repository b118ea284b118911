"""Field 4's registries: the catalog of overseas professional qualifications the city recognizes, and
the international organizations it hosts or hopes to, with the steps of their settlement, contacts
and a timeline of interactions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hostcity.shared.bilingual import BilingualNamed


class Qualification(models.Model):
    profession_en = models.CharField(_("profession (English)"), max_length=200)
    profession_zh = models.CharField(_("profession (Chinese)"), max_length=200)
    country = models.CharField(_("issuing country (ISO 3166 alpha-3)"), max_length=3)
    body_en = models.CharField(_("issuing body (English)"), max_length=300)
    body_zh = models.CharField(_("issuing body (Chinese)"), max_length=300, blank=True)
    equivalent_en = models.CharField(_("domestic equivalent (English)"), max_length=300)
    equivalent_zh = models.CharField(_("domestic equivalent (Chinese)"), max_length=300)
    conditions_en = models.TextField(_("conditions (English)"), blank=True)
    conditions_zh = models.TextField(_("conditions (Chinese)"), blank=True)
    recognized_on = models.DateField(_("recognized on"))

    class Meta:
        ordering = ["profession_en", "country"]
        verbose_name = _("overseas qualification")
        verbose_name_plural = _("overseas qualifications")
        constraints = [
            models.UniqueConstraint(
                fields=["profession_en", "country", "body_en"], name="one_record_per_qualification"
            )
        ]
        indexes = [models.Index(fields=["country"], name="qualification_country")]

    def __str__(self) -> str:
        return f"{self.profession_en} ({self.country}) / {self.profession_zh}"


class InternationalOrganization(BilingualNamed, models.Model):
    """An international organization the city hosts, or hopes to: from prospect to operating."""

    class Kind(models.TextChoices):
        INTERGOVERNMENTAL = "intergovernmental", _("Intergovernmental organization")
        UN_BODY = "un_body", _("United Nations body")
        NGO = "ngo", _("International non-governmental organization")
        INDUSTRY = "industry", _("International industry association")
        ACADEMIC = "academic", _("International academic organization")

    class Status(models.TextChoices):
        PROSPECT = "prospect", _("Prospect")
        IN_TALKS = "in_talks", _("In talks")
        REGISTERED = "registered", _("Registered")
        OPERATING = "operating", _("Operating")

    name_en = models.CharField(_("name (English)"), max_length=300)
    name_zh = models.CharField(_("name (Chinese)"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    field = models.CharField(_("field"), max_length=200, blank=True)
    hq_country = models.CharField(_("headquarters country (ISO 3166 alpha-3)"), max_length=3, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PROSPECT)
    registered_on = models.DateField(_("registered on"), null=True, blank=True)
    office_address = models.CharField(_("office address"), max_length=300, blank=True)
    source = models.URLField(_("source"), blank=True, max_length=500)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("international organization")
        verbose_name_plural = _("international organizations")
        constraints = [models.UniqueConstraint(fields=["name_en"], name="one_record_per_organization")]
        indexes = [models.Index(fields=["status", "kind"], name="organization_status_kind")]

    def __str__(self) -> str:
        return self.both_names


class SettlementStep(models.Model):
    """A step of helping an organization settle: with its documents and the measures granted."""

    class State(models.TextChoices):
        TODO = "todo", _("To do")
        DOING = "doing", _("Under way")
        DONE = "done", _("Done")

    organization = models.ForeignKey(
        InternationalOrganization, on_delete=models.CASCADE, related_name="steps"
    )
    order = models.PositiveSmallIntegerField(_("order"))
    title_en = models.CharField(_("step (English)"), max_length=200)
    title_zh = models.CharField(_("step (Chinese)"), max_length=200, blank=True)
    state = models.CharField(_("state"), max_length=8, choices=State.choices, default=State.TODO)
    due = models.DateField(_("due"), null=True, blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    documents = models.TextField(_("documents"), blank=True)
    measures = models.TextField(_("facilitative measures granted"), blank=True)

    class Meta:
        ordering = ["organization", "order"]
        verbose_name = _("settlement step")
        verbose_name_plural = _("settlement steps")

    def __str__(self) -> str:
        return f"{self.order}. {self.title_en}"


class OrganizationContact(models.Model):
    organization = models.ForeignKey(
        InternationalOrganization, on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("name"), max_length=160)
    position = models.CharField(_("position"), max_length=160, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    class Meta:
        ordering = ["organization", "name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self) -> str:
        return self.name


class Interaction(models.Model):
    """The timeline of an organization: meetings, visits, letters, and changes of its status."""

    class Kind(models.TextChoices):
        MEETING = "meeting", _("Meeting")
        VISIT = "visit", _("Visit")
        LETTER = "letter", _("Letter or e-mail")
        STATUS = "status", _("Status changed")

    organization = models.ForeignKey(
        InternationalOrganization, on_delete=models.CASCADE, related_name="interactions"
    )
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    summary = models.TextField(_("summary"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["organization", "-date", "-id"]
        verbose_name = _("interaction")
        verbose_name_plural = _("interactions")

    def __str__(self) -> str:
        return f"{self.date} {self.get_kind_display()}"


class ForeignCompany(BilingualNamed, models.Model):
    name_en = models.CharField(_("name (English)"), max_length=300)
    name_zh = models.CharField(_("name (Chinese)"), max_length=300, blank=True)
    country = models.CharField(_("country (ISO 3166 alpha-3)"), max_length=3)
    fortune_global_500 = models.BooleanField(_("Fortune Global 500"), default=False)
    hidden_champion = models.BooleanField(_("hidden champion"), default=False)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("foreign company")
        verbose_name_plural = _("foreign companies")
        constraints = [models.UniqueConstraint(fields=["name_en", "country"], name="one_record_per_company")]

    def __str__(self) -> str:
        return self.both_names

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        for project in self.projects.all():  # their search text holds the company's names
            project.save(update_fields=["search"])


class Project(models.Model):
    """A foreign-funded project followed from lead to operation."""

    class Stage(models.TextChoices):
        LEAD = "lead", _("Lead")
        NEGOTIATION = "negotiation", _("Negotiation")
        SIGNED = "signed", _("Signed")
        OPERATING = "operating", _("In operation")

    company = models.ForeignKey(ForeignCompany, on_delete=models.PROTECT, related_name="projects")
    title_en = models.CharField(_("project (English)"), max_length=300)
    title_zh = models.CharField(_("project (Chinese)"), max_length=300, blank=True)
    sector = models.CharField(_("sector"), max_length=120)
    amount = models.DecimalField(
        _("amount (million USD)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices, default=Stage.LEAD)
    park = models.CharField(_("industrial park"), max_length=200, blank=True)
    # What the list's search looks in, casefolded in one column: one scan instead of six over a join.
    search = models.TextField(editable=False, blank=True, default="")

    class Meta:
        ordering = ["company", "title_en"]
        verbose_name = _("foreign-funded project")
        verbose_name_plural = _("foreign-funded projects")
        indexes = [
            models.Index(fields=["stage", "sector"], name="project_stage_sector"),
            # the list's order (company name, then title) read from indexes, not sorted whole
            models.Index(fields=["company", "title_en"], name="project_company_title"),
        ]

    def __str__(self) -> str:
        return self.title_en

    def save(self, *args, **kwargs):
        self.search = search_text(self, self.company)
        super().save(*args, **kwargs)


def search_text(project: Project, company: ForeignCompany) -> str:
    parts = (
        project.title_en,
        project.title_zh,
        project.sector,
        project.park,
        company.name_en,
        company.name_zh,
    )
    return " ".join(p for p in parts if p).casefold()


class FollowUp(models.Model):
    """A service task for a project: who does it, by when, and whether it is done."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="follow_ups")
    task = models.CharField(_("task"), max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="follow_ups",
        verbose_name=_("owner"),
    )  # fmt: skip
    due = models.DateField(_("due"))
    done_on = models.DateField(_("done on"), null=True, blank=True)

    class Meta:
        ordering = ["due", "id"]
        verbose_name = _("follow-up task")
        verbose_name_plural = _("follow-up tasks")
        indexes = [models.Index(fields=["done_on", "due"], name="follow_up_open_due")]

    def __str__(self) -> str:
        return self.task
