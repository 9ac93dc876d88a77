"""Headless Chromium (Debian's `chromium` and `chromium-driver`, driven by Selenium) and a real
service for the browser tests. A missing browser fails the tests with a clear message: they never
skip, so a machine without Chromium cannot pass them silently."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from copydesk.testing import LocalService

INSTALL_HINT = (
    "Chromium for the browser tests is missing: run `scripts/setup test` (its "
    "scripts/deps/chromium.sh installs Debian's chromium and chromium-driver), or "
    "`apt-get install chromium chromium-driver`."
)


def _binary(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail(f"{INSTALL_HINT} (looked for {', '.join(names)} on PATH)", pytrace=False)


@pytest.fixture(scope="session")
def service(tmp_path_factory) -> Iterator[LocalService]:
    with LocalService(tmp_path_factory.mktemp("browser-service")) as running:
        yield running


@pytest.fixture
def browser():
    """A fresh headless Chromium per test, with the console log kept, quit afterwards."""
    chromium = _binary("chromium", "chromium-browser")
    driver_path = _binary("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail("selenium is missing: install the test extras (`scripts/setup test`)", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    options.add_argument("--window-size=1400,1000")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    # record CSP violations from the very start of every page
    driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument",
        {
            "source": "window.__csp = []; document.addEventListener('securitypolicyviolation', "
            "function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });"
        },
    )
    try:
        yield driver
    finally:
        driver.quit()
