"""Closed-loop pages: an event's loops, and one loop on one day — alerts, tests, people, places and
what they share. Health data: only roles with the loop permissions see these pages."""

from datetime import date

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.delegations.closed_loop import health_loop
from hostcity.delegations.models import Delegate, Loop, LoopMember, LoopPlace, SharedActivity, TestRecord
from hostcity.events.models import Event
from hostcity.shared.audit.trail import Actor
from hostcity.venues.models import Room


def _styled(form: forms.Form) -> forms.Form:
    for field in form.fields.values():
        if isinstance(field.widget, forms.SelectMultiple):
            field.widget.attrs["class"] = "form-select"
            field.widget.attrs["size"] = 6
        elif isinstance(field.widget, forms.Select):
            field.widget.attrs["class"] = "form-select"
        else:
            field.widget.attrs["class"] = "form-control"
    return form


class LoopForm(forms.ModelForm):
    class Meta:
        model = Loop
        fields = ["name_en", "name_zh", "starts", "ends"]
        widgets = {
            "starts": forms.DateInput(attrs={"type": "date"}),
            "ends": forms.DateInput(attrs={"type": "date"}),
        }

    def clean(self):
        data = super().clean()
        if data.get("starts") and data.get("ends") and data["ends"] < data["starts"]:
            self.add_error("ends", _("The last day comes before the first."))
        return data


class MemberForm(forms.ModelForm):
    class Meta:
        model = LoopMember
        fields = ["delegate", "name", "role", "joined", "left"]
        widgets = {
            "joined": forms.DateInput(attrs={"type": "date"}),
            "left": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, loop=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.loop = loop
        self.fields["delegate"].queryset = Delegate.objects.filter(
            delegation__event=loop.event
        ).select_related("delegation__organization")
        self.fields["delegate"].required = False
        _styled(self)

    def clean(self):
        data = super().clean()
        if not data.get("delegate") and not data.get("name", "").strip():
            raise ValidationError(_("Choose a delegate or write the person's name."))
        if (
            data.get("delegate")
            and LoopMember.objects.filter(loop=self.instance.loop, delegate=data["delegate"]).exists()
        ):
            self.add_error("delegate", _("%(name)s is in the loop already.") % {"name": data["delegate"]})
        return data


class TestForm(forms.Form):
    member = forms.ModelChoiceField(queryset=LoopMember.objects.none(), label=gettext_lazy("Person"))
    day = forms.DateField(label=gettext_lazy("Day"), widget=forms.DateInput(attrs={"type": "date"}))
    result = forms.ChoiceField(label=gettext_lazy("Result"), choices=TestRecord.Result.choices)

    def __init__(self, *args, loop=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = loop.members.select_related("delegate__delegation__organization")
        _styled(self)


class ActivityForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=SharedActivity.Kind.choices)
    label = forms.CharField(label=gettext_lazy("What"), max_length=200)
    room = forms.ModelChoiceField(queryset=Room.objects.none(), required=False, label=gettext_lazy("Room"))
    start = forms.DateTimeField(
        label=gettext_lazy("Start"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    end = forms.DateTimeField(
        label=gettext_lazy("End"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    members = forms.ModelMultipleChoiceField(queryset=LoopMember.objects.none(), label=gettext_lazy("Who"))

    def __init__(self, *args, loop=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["members"].queryset = loop.members.select_related("delegate__delegation__organization")
        self.fields["room"].queryset = Room.objects.select_related("venue")
        _styled(self)


class PlaceForm(forms.ModelForm):
    class Meta:
        model = LoopPlace
        fields = ["venue", "room"]

    def __init__(self, *args, loop=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.loop = loop
        self.fields["room"].required = False
        _styled(self)


@staff_page("delegations.view_loop")
def loop_list(request, event: int):
    event = get_object_or_404(Event, pk=event)
    form = LoopForm(request.POST or None) if request.user.has_perm("delegations.add_loop") else None
    if request.method == "POST" and form is not None and form.is_valid():
        loop = form.save(commit=False)
        loop.event = event
        loop.save()
        return redirect("delegations:loop", pk=loop.pk)
    if form is not None:
        _styled(form)
    return render(
        request, "delegations/loop_list.html", {"event": event, "loops": event.loops.all(), "form": form}
    )


def _day(request, loop: Loop) -> date:
    try:
        day = date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        day = timezone.localdate()
    return min(max(day, loop.starts), loop.ends)


@staff_page("delegations.view_loop")
def loop_detail(request, pk: int, forms_given: dict | None = None):
    loop = get_object_or_404(Loop.objects.select_related("event"), pk=pk)
    day = _day(request, loop)
    members = list(health_loop.inside_on(loop, day))
    results = dict(TestRecord.objects.filter(member__in=members, day=day).values_list("member_id", "result"))
    given = forms_given or {}
    context = {
        "loop": loop,
        "day": day,
        "alerts": health_loop.alerts(loop, day),
        "rows": [(m, results.get(m.pk, "")) for m in members],
        "places": loop.places.select_related("venue", "room"),
        "activities": loop.activities.filter(start__date__lte=day, end__date__gte=day).prefetch_related(
            "members"
        ),
        "member_form": given.get("member") or MemberForm(loop=loop, initial={"joined": day}),
        "test_form": given.get("test") or TestForm(loop=loop, initial={"day": day}),
        "activity_form": given.get("activity") or ActivityForm(loop=loop),
        "place_form": given.get("place") or PlaceForm(loop=loop),
        "results": TestRecord.Result.choices,
    }
    return render(request, "delegations/loop_detail.html", context)


def _back(loop: Loop, day) -> str:
    return f"{reverse('delegations:loop', args=[loop.pk])}?day={day}"


@require_POST
@staff_page("delegations.add_loopmember")
def add_member(request, pk: int):
    loop = get_object_or_404(Loop, pk=pk)
    form = MemberForm(request.POST, loop=loop)
    if not form.is_valid():
        return loop_detail(request, pk, {"member": form})
    form.save()
    messages.success(request, _("%(name)s is inside the loop.") % {"name": form.instance.display_name})
    return redirect(_back(loop, form.instance.joined))


@require_POST
@staff_page("delegations.add_loopplace")
def add_place(request, pk: int):
    loop = get_object_or_404(Loop, pk=pk)
    form = PlaceForm(request.POST, loop=loop)
    if not form.is_valid():
        return loop_detail(request, pk, {"place": form})
    form.save()
    return redirect(_back(loop, _day(request, loop)))


@require_POST
@staff_page("delegations.add_testrecord")
def add_test(request, pk: int):
    loop = get_object_or_404(Loop, pk=pk)
    form = TestForm(request.POST, loop=loop)
    if form.is_valid():
        try:
            health_loop.record_test(
                form.cleaned_data["member"],
                day=form.cleaned_data["day"],
                result=form.cleaned_data["result"],
                by=Actor(user=request.user),
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field, errors)
        else:
            return redirect(_back(loop, form.cleaned_data["day"]))
    return loop_detail(request, pk, {"test": form})


@require_POST
@staff_page("delegations.add_sharedactivity")
def add_activity(request, pk: int):
    loop = get_object_or_404(Loop, pk=pk)
    form = ActivityForm(request.POST, loop=loop)
    if form.is_valid():
        data = form.cleaned_data
        try:
            health_loop.add_activity(
                loop,
                kind=data["kind"],
                label=data["label"],
                start=data["start"],
                end=data["end"],
                members=data["members"],
                room=data["room"],
                by=Actor(user=request.user),
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field, errors)
        else:
            return redirect(_back(loop, timezone.localtime(data["start"]).date()))
    return loop_detail(request, pk, {"activity": form})
