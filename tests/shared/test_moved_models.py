"""The audit trail and the country names moved from the delegations app to the shared layer by
changing the migration state only: a database migrated before the move, with rows in both tables and
a permission granted on the audit trail, keeps every row, and the permission, after it (SQLite here,
PostgreSQL when DATABASE_URL names it: .ci/run runs both)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("delegations", "0007_focal_link_expiry_and_revocation"),
    ("audit", None),
    ("countries", None),
]
AFTER = [
    ("delegations", "0008_moved_to_shared_layer"),
    ("audit", "0001_initial"),
    ("countries", "0001_initial"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    executor.loader.build_graph()
    moving = {app for app, _ in targets}
    others = [node for node in executor.loader.graph.leaf_nodes() if node[0] not in moving]
    state_at = [t for t in targets if t[1]] + others  # the other apps as they are now
    return executor.loader.project_state(state_at).apps


@pytest.mark.django_db(transaction=True)
def test_the_move_keeps_every_row_and_every_grant():
    old = migrate(BEFORE)
    content_types = old.get_model("contenttypes", "ContentType")
    old_type, _ = content_types.objects.get_or_create(app_label="delegations", model="auditentry")
    content_types.objects.filter(app_label="audit", model="auditentry").delete()
    old_permission = old.get_model("auth", "Permission").objects.create(
        codename="view_auditentry_before_move", name="see the trail", content_type_id=old_type.pk
    )
    group = old.get_model("auth", "Group").objects.create(name="auditors-before-move")
    group.permissions.add(old_permission)
    event = old.get_model("events", "Event").objects.create(
        name_en="Summit", name_zh="峰会", kind="summit", start_date="2030-05-01", end_date="2030-05-02"
    )
    delegation = old.get_model("delegations", "Delegation").objects.create(
        event=event, country="KAZ", head_rank=1
    )
    entries = old.get_model("delegations", "AuditEntry")
    for k in range(3):
        entries.objects.create(
            actor="zhao", action=f"edit {k}", record="delegation", record_id=delegation.pk,
            delegation_id=delegation.pk, changes={"quota": [k, k + 1]},
        )  # fmt: skip
    old.get_model("delegations", "CountryName").objects.create(code="KAZ", name_zh="哈萨克斯坦共和国")

    new = migrate(AFTER)

    moved = new.get_model("audit", "AuditEntry")
    assert sorted(moved.objects.values_list("action", flat=True)) == ["edit 0", "edit 1", "edit 2"]
    assert moved.objects.filter(delegation_id=delegation.pk, changes__quota=[1, 2]).count() == 1
    assert new.get_model("countries", "CountryName").objects.get(code="KAZ").name_zh == "哈萨克斯坦共和国"
    granted = Group.objects.get(name="auditors-before-move").permissions.get()
    assert (granted.content_type.app_label, granted.content_type.model) == ("audit", "auditentry")

    migrate(BEFORE)  # and back again: the rows stay under their old app
    assert migrate(BEFORE).get_model("delegations", "AuditEntry").objects.count() == 3
    assert Permission.objects.get(pk=granted.pk).content_type.app_label == "delegations"
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())  # the schema as the rest of the suite has it
