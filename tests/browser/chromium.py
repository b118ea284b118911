"""Debian's chromium and the flags it needs on this closed network (no Django here: benchmarks use it
too)."""

import os

CHROMIUM = os.environ.get("HOSTCITY_CHROMIUM", "/usr/bin/chromium")

FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
