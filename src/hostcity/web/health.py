from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse


def healthz(request):
    """200 with the database engine and whether every migration is applied; 503 when not ok."""
    try:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        database_ok, error = True, ""
    except Exception as exc:  # the database is unreachable: say so rather than fail with a 500
        pending, database_ok, error = [], False, str(exc)
    payload = {
        "status": "ok" if database_ok and not pending else "unhealthy",
        "database": {"engine": connection.vendor, "reachable": database_ok},
        "migrations": {"applied": database_ok and not pending, "pending": len(pending)},
    }
    if error:
        payload["database"]["error"] = error
    return JsonResponse(payload, status=200 if payload["status"] == "ok" else 503)
