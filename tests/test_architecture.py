"""The house's import contracts (pyproject's [tool.importlinter], drawn in docs/architecture.md): no
import from a lower layer to a higher one, no cycle between apps nor between the shared layer's
parts, and no Django in the engine. Each contract is also shown to catch what it forbids, on a copy
of the source with one bad import added."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "hostcity"
LINT = [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"]


def lint(python_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*LINT, "--config", str(ROOT / "pyproject.toml"), "--no-cache", "--no-logo"],
        cwd=ROOT,
        env={"PYTHONPATH": str(python_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_house_keeps_its_contracts():
    result = lint(SOURCE.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.fixture(scope="module")
def copy_of_source(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("house") / "src"
    shutil.copytree(
        SOURCE, copy / "hostcity", ignore=shutil.ignore_patterns("__pycache__", "static", "locale")
    )
    return copy


@pytest.mark.parametrize(
    ("module", "bad_import", "broken"),
    [
        ("accounts/roles.py", "import hostcity.web.views", "Layers"),  # lower to higher
        ("shared/bilingual.py", "import hostcity.delegations.models", "Layers"),  # shared to a field
        ("venues/models.py", "import hostcity.events.models", "Layers"),  # a field to one above it
        ("directory/models.py", "import hostcity.registry.models", "Layers"),  # between independent fields
        ("shared/runs/claims.py", "import hostcity.shared.audit.trail", "No cycle"),  # with the next line
        ("planning/solve.py", "import django.db", "The engine never imports Django"),
    ],
)
def test_a_bad_import_breaks_a_contract(copy_of_source, module, bad_import, broken):
    target = copy_of_source / "hostcity" / module
    original = target.read_text()
    extra = [bad_import]
    if "claims" in module:  # a cycle needs both ways: audit -> runs as well as runs -> audit
        trail = copy_of_source / "hostcity" / "shared" / "audit" / "trail.py"
        trail_text = trail.read_text()
        trail.write_text(trail_text + "\nimport hostcity.shared.runs.claims\n")
    try:
        target.write_text(original + "\n" + "\n".join(extra) + "\n")
        result = lint(copy_of_source)
    finally:
        target.write_text(original)
        if "claims" in module:
            trail.write_text(trail_text)
    assert result.returncode == 1, result.stdout
    assert f"{broken}" in result.stdout.split("Broken contracts")[-1], result.stdout


def test_the_where_is_table_points_at_files_that_exist():
    import re

    text = (ROOT / "docs" / "architecture.md").read_text()
    table = text.split("## Where is")[1].split("\n## ")[0]
    paths = re.findall(r"`(src/[^`]+\.py)`", table)
    assert len(paths) >= 10
    assert [p for p in paths if not (ROOT / p).is_file()] == []
