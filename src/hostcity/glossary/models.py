"""The glossary of standard translations: a Chinese term, its standard English form, the English
forms that are wrong or deprecated, its domain, where the standard comes from and when it was
adopted, and its standard forms in the UN's other languages (French, Spanish, Russian, Arabic),
which the pages for delegates and the public show in place of the English. An editor proposes a
term (or a change of one), a reviewer adopts it; only adopted terms are the standard. Every change is
in the audit trail. A finding of the consistency check may be accepted with a reason: the record
keeps its form and the check stops reporting it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Term(models.Model):
    class Domain(models.TextChoices):
        VENUE = "venue", _("Venue")
        INSTITUTION = "institution", _("Institution")
        TITLE = "title", _("Title")
        PLACE = "place", _("Place")
        SIGN = "sign", _("Public sign")
        EVENT = "event", _("Event")

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        ADOPTED = "adopted", _("Adopted")
        RETURNED = "returned", _("Returned")

    zh = models.CharField(_("Chinese form"), max_length=200)
    en = models.CharField(_("standard English"), max_length=300)
    variants = models.JSONField(_("wrong or deprecated English forms"), default=list, blank=True)
    # The standard forms in the UN's other languages (shared/bilingual.THIRD_LANGUAGES), where adopted.
    fr = models.CharField(_("standard French"), max_length=300, blank=True)
    es = models.CharField(_("standard Spanish"), max_length=300, blank=True)
    ru = models.CharField(_("standard Russian"), max_length=300, blank=True)
    ar = models.CharField(_("standard Arabic"), max_length=300, blank=True)
    domain = models.CharField(_("domain"), max_length=12, choices=Domain.choices)
    source = models.CharField(_("source"), max_length=300)
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    comment = models.CharField(_("reviewer's comment"), max_length=500, blank=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["domain", "zh"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        permissions = [("adopt_term", _("Can adopt glossary terms"))]
        constraints = [
            models.UniqueConstraint(fields=["zh", "domain"], name="one_term_per_chinese_and_domain"),
        ]

    def __str__(self) -> str:
        return f"{self.zh} → {self.en}"


class Acceptance(models.Model):
    """A record's bilingual field kept as it is, against the glossary, for a reason."""

    record = models.CharField(_("record"), max_length=100)  # app_label.model:pk
    field = models.CharField(_("field"), max_length=60)  # the field's stem: name for name_en/name_zh
    english = models.CharField(_("English accepted"), max_length=300, blank=True)
    chinese = models.CharField(_("Chinese accepted"), max_length=300, blank=True)
    reason = models.CharField(_("reason"), max_length=500)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("accepted form")
        verbose_name_plural = _("accepted forms")
        constraints = [
            models.UniqueConstraint(fields=["record", "field", "english", "chinese"], name="accepted_once"),
        ]

    def __str__(self) -> str:
        return f"{self.record}.{self.field}: {self.english} / {self.chinese}"
