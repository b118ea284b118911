"""mypy on the engine (src/hostcity/planning): no error anywhere in it (pydantic's plugin, the
settings in pyproject.toml)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_engine_type_checks():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "src/hostcity/planning"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
