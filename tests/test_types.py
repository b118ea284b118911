"""mypy on the engine (src/hostcity/planning). The typed spine — the plan, the figures, the
formulations, the options, the bounds, the solve and its searches — has no error; the modules still
listed below had errors before it and are being typed one by one: the list may only shrink (a module
that passes is taken off it, a module not on it may not fail)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOT_YET_TYPED = {
    "formats/b2b_dzn.py",
    "model/blocks.py",
    "model/breaks.py",
    "model/interpreters.py",
    "model/meetings.py",
    "model/slots.py",
    "report.py",
    "searches/greedy.py",
    "sense.py",
    "timeline.py",
    "travel.py",
    "validate.py",
}


@pytest.mark.slow
def test_the_engine_type_checks_outside_the_modules_not_yet_typed():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "src/hostcity/planning"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    failing = set(re.findall(r"^src/hostcity/planning/(\S+?\.py):\d+: error", result.stdout, re.M))
    assert failing - NOT_YET_TYPED == set(), result.stdout
    assert NOT_YET_TYPED - failing == set(), f"typed now, take them off the list: {NOT_YET_TYPED - failing}"
