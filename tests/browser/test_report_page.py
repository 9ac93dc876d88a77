"""The seed article's report page in headless Chromium: every highlight, the links between
findings and the text, filters, the timeline's conflicting dates, keyboard navigation, phone
width, and no console error or CSP violation. Saves screenshots in the test's folder."""

from __future__ import annotations

import time

import pytest
import requests
from selenium.webdriver.common.by import By

from service.report import render_article
from tests.conftest import SEED

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def seed(service):
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    job = requests.post(f"{service.url}/v1/articles", json={"title": title, "body": body}, timeout=10).json()
    done = service.wait_for_job(job["job_id"])
    assert done["status"] == "succeeded", done
    result = requests.get(f"{service.url}/v1/articles/{job['article_id']}/analysis", timeout=10).json()
    return {
        "title": title,
        "body": body,
        "result": result,
        "url": f"{service.url}/v1/articles/{job['article_id']}/report",
    }


def in_view(driver, element) -> bool:
    return driver.execute_script(
        "var r = arguments[0].getBoundingClientRect();"
        "return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;",
        element,
    )


def console_errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def csp_violations(driver) -> list[str]:
    return driver.execute_script("return window.__csp || [];")


def wait_for(condition, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def marks_of(driver, index: int):
    return [
        m
        for m in driver.find_elements(By.CSS_SELECTOR, "mark.hl")
        if str(index) in (m.get_attribute("data-f") or "").split()
    ]


def test_report_page_in_chromium(browser, service, seed, tmp_path):
    result = seed["result"]
    findings = result["findings"]
    assert findings, "the seed must have findings"
    response = requests.get(seed["url"], timeout=10)
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]

    browser.get(seed["url"])
    assert browser.find_element(By.ID, "verdict").text.endswith(result["verdict"].upper())

    # every finding with spans has a highlight in the text
    data_f = browser.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('mark.hl'),"
        " function (m) { return m.getAttribute('data-f'); });"
    )
    marked = {int(i) for names in data_f for i in names.split()}
    with_spans = {n for n, f in enumerate(findings) if f["spans"]}
    assert with_spans - marked == set(), [findings[n]["code"] for n in sorted(with_spans - marked)]
    # and the highlights carry the finding's text
    for n in sorted(with_spans)[:10]:
        text = "".join(m.text for m in marks_of(browser, n))
        assert findings[n]["spans"][0]["text"].split()[0] in text

    # clicking a finding scrolls its span into view; the last one sits at the end of the text
    last = max(with_spans, key=lambda n: findings[n]["spans"][0]["start"])
    first_mark = marks_of(browser, last)[0]
    assert not in_view(browser, first_mark)
    browser.find_element(By.CSS_SELECTOR, f"#f{last} .msg").click()
    assert wait_for(lambda: in_view(browser, first_mark))
    assert "current" in first_mark.get_attribute("class")

    # clicking a highlight selects its finding in the list
    target = marks_of(browser, 0)[0]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", target)
    target.click()
    assert "current" in browser.find_element(By.ID, "f0").get_attribute("class")

    # filters hide and show findings and their highlights
    warning = next(n for n, f in enumerate(findings) if f["severity"] == "warning")
    only_warning = [m for m in marks_of(browser, warning) if m.get_attribute("data-f") == str(warning)]
    box = browser.find_element(By.CSS_SELECTOR, 'input.filter[data-kind="severity"][value="warning"]')
    box.click()
    assert not browser.find_element(By.ID, f"f{warning}").is_displayed()
    assert all("off" in m.get_attribute("class") for m in only_warning)
    shown = sum(1 for f in findings if f["severity"] != "warning")
    assert browser.find_element(By.ID, "shown").text.startswith(f"{shown} of {len(findings)}")
    box.click()
    assert browser.find_element(By.ID, f"f{warning}").is_displayed()
    assert not any("off" in m.get_attribute("class") for m in only_warning)
    family = browser.find_element(By.CSS_SELECTOR, 'input.filter[data-kind="family"][value="style"]')
    family.click()
    styles = [n for n, f in enumerate(findings) if f["code"].startswith("style.")]
    assert styles and not any(browser.find_element(By.ID, f"f{n}").is_displayed() for n in styles)
    family.click()

    # the timeline marks the conflicting dates of the visit, each linked to the finding
    conflict = next(f for f in findings if f["code"] == "date.event_conflict")
    stops = browser.find_elements(By.CSS_SELECTOR, "#timeline .stop.conflict")
    values = {s.get_attribute("data-value") for s in stops}
    assert values == set(conflict["evidence"]["values"]) and len(values) == 5
    assert all("conflicting date" in s.text for s in stops)  # said in words, not colour only
    stops[0].find_element(By.CSS_SELECTOR, ".conflict-flag").click()
    index = findings.index(conflict)
    assert "current" in browser.find_element(By.ID, f"f{index}").get_attribute("class")

    # keyboard: next and previous finding
    browser.find_element(By.TAG_NAME, "body").send_keys("j")
    selected = browser.find_elements(By.CSS_SELECTOR, ".finding.current")
    assert len(selected) == 1
    after = int(selected[0].get_attribute("data-index"))
    browser.find_element(By.TAG_NAME, "body").send_keys("k")
    before = int(browser.find_element(By.CSS_SELECTOR, ".finding.current").get_attribute("data-index"))
    assert after == (index + 1) % len(findings) and before == index

    # the repaired tab shows the clean body as a diff
    browser.find_element(By.ID, "tab-repaired").click()
    assert browser.find_element(By.ID, "panel-repaired").is_displayed()
    assert not browser.find_element(By.ID, "panel-marked").is_displayed()
    assert browser.find_elements(By.CSS_SELECTOR, "#panel-repaired del")
    browser.find_element(By.ID, "tab-marked").click()

    browser.execute_script(
        "window.scrollTo(0, 0); document.querySelectorAll('.flash').forEach("
        "function (e) { e.classList.remove('flash'); });"
    )
    browser.save_screenshot(str(tmp_path / "report.png"))

    # print: no controls; both the marked and the repaired text; every finding, filtered or not
    browser.find_element(By.CSS_SELECTOR, 'input.filter[data-kind="severity"][value="info"]').click()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not browser.find_element(By.CSS_SELECTOR, ".filters").is_displayed()
    assert not browser.find_element(By.CSS_SELECTOR, ".tabs").is_displayed()
    assert browser.find_element(By.ID, "panel-repaired").is_displayed()
    assert all(li.is_displayed() for li in browser.find_elements(By.CSS_SELECTOR, ".finding"))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    browser.find_element(By.CSS_SELECTOR, 'input.filter[data-kind="severity"][value="info"]').click()
    assert browser.find_element(By.CSS_SELECTOR, ".filters").is_displayed()

    # phone width: one column, nothing wider than the screen
    browser.set_window_size(390, 844)
    assert wait_for(
        lambda: browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth;")
    )
    browser.save_screenshot(str(tmp_path / "report-phone.png"))

    assert console_errors(browser) == []
    assert csp_violations(browser) == []

    # the CSP is enforced, and the check above sees a violation: an inline script is refused
    browser.execute_script(
        "var s = document.createElement('script'); s.textContent = 'window.__ran = true;';"
        "document.body.appendChild(s);"
    )
    assert wait_for(lambda: csp_violations(browser))
    assert browser.execute_script("return window.__ran === undefined;")
    print(f"screenshots: {tmp_path / 'report.png'} {tmp_path / 'report-phone.png'}")


def test_offline_page_works_self_contained(browser, seed, tmp_path):
    """The page `copydesk check --html` writes: inline CSS and JS allowed by hash, no server."""
    page = tmp_path / "seed.html"
    page.write_text(render_article(seed["title"], seed["body"], seed["result"], static_url=None))
    browser.get(page.as_uri())
    stops = browser.find_elements(By.CSS_SELECTOR, "#timeline .stop.conflict")
    assert len(stops) == 5
    # the script ran (it hides the repaired panel) and the style applied (the sidebar is grey)
    assert not browser.find_element(By.ID, "panel-repaired").is_displayed()
    background = browser.find_element(By.ID, "side").value_of_css_property("background-color")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    browser.find_element(By.TAG_NAME, "body").send_keys("j")
    assert browser.find_elements(By.CSS_SELECTOR, "#f0.current")
    assert console_errors(browser) == []
    assert csp_violations(browser) == []
    browser.save_screenshot(str(tmp_path / "offline.png"))


def test_api_docs_page_works_offline(browser, service):
    """Swagger UI from the swagger-ui-bundle package: every operation listed by its operationId."""
    browser.get(f"{service.url}/docs")
    assert wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, ".opblock")) >= 8, timeout=15)
    text = browser.find_element(By.ID, "swagger-ui").text
    for operation in ("submitArticle", "getAnalysis", "getBatchReport"):
        assert operation in text
    scripts = browser.execute_script(
        "return Array.prototype.map.call(document.scripts, function (s) { return s.src; });"
    )
    assert all(src.startswith(service.url) for src in scripts), scripts
    assert console_errors(browser) == []
    assert csp_violations(browser) == []
