"""For the migrations that move a model between apps without touching its table: the model's
content type follows it, so that the permissions granted on it stay granted."""

from django.db import migrations


def content_type_moves(model: str, old: str, new: str) -> migrations.RunPython:
    """A migration step renaming `model`'s content type from app `old` to app `new` (and back)."""

    def rename(apps, schema_editor, old=old, new=new):
        content_types = apps.get_model("contenttypes", "ContentType")
        if not content_types.objects.filter(app_label=new, model=model).exists():
            content_types.objects.filter(app_label=old, model=model).update(app_label=new)

    def rename_back(apps, schema_editor):
        rename(apps, schema_editor, old=new, new=old)

    return migrations.RunPython(rename, rename_back)
