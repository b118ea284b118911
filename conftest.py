"""The suite's plugins: the browser fixtures serve tests/browser and tests/security alike (one
Playwright per process: two would clash in one thread)."""

pytest_plugins = ["tests.browser.fixtures"]
