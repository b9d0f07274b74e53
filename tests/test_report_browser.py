"""The HTML report in a real browser: Debian's chromium driven by playwright.

The page is written by ``write_report`` into tmp_path and opened by file:// URL, as an
editor would open it. Screenshots land in test-artifacts/ (git-ignored) for a human look.
Never run ``playwright install`` here: the browser is /usr/bin/chromium.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # until the project is pip-installed
    sys.path.insert(0, str(ROOT))

from checker import report as rp  # noqa: E402

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
FIXTURES = Path(__file__).parent / "fixtures" / "report"
ARTIFACTS = ROOT / "test-artifacts"


def load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so the browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        _unavailable("Debian's chromium is not installed at /usr/bin/chromium "
                     "(apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed in this environment")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


class Opened:
    """A page opened on a written report, recording requests, dialogs and errors."""

    def __init__(self, browser, path: Path, **context):
        self.context = browser.new_context(**context)
        self.page = self.context.new_page()
        self.url = path.as_uri()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.goto(self.url)

    def close(self):
        self.context.close()


@pytest.fixture
def open_report(browser, tmp_path):
    opened: list[Opened] = []

    def _open(report: dict, **context) -> Opened:
        path = rp.write_report(report, tmp_path / "reports")
        page = Opened(browser, path, **context)
        opened.append(page)
        return page

    yield _open
    for page in opened:
        page.close()


def visible_cards(page) -> list[str]:
    return page.eval_on_selector_all(
        ".card", "cards => cards.filter(c => c.offsetParent !== null).map(c => c.dataset.claim)")


# ----------------------------------------------------------------- links both ways

def test_each_highlight_opens_its_card_and_each_card_links_back(open_report):
    report = load("baku-meeting.json")
    opened = open_report(report)
    page = opened.page
    for claim in report["claims"]:
        cid = claim["id"]
        card = page.locator(f"#claim-{cid}")
        assert card.count() == 1
        marker = page.locator(f"#mark-{cid}")
        assert marker.count() == 1
        marker.click()
        assert page.evaluate("document.querySelector(':target').id") == f"claim-{cid}"
        assert card.is_visible()
        card.locator(".back a").click()
        assert page.evaluate("document.querySelector(':target').id") == f"mark-{cid}"
        assert marker.is_visible()
    targets = page.eval_on_selector_all("a.hl", "links => [...new Set(links.map(a => a.hash))]")
    assert len(targets) == len(report["claims"])  # every claim owns some highlighted words
    for hash_ in targets:
        page.locator(f'a.hl[href="{hash_}"]').first.click()
        assert page.evaluate("location.hash") == hash_
        assert page.evaluate("document.querySelector(':target').id") == hash_[1:]


def test_clicking_the_nested_role_claim_opens_the_role_card_not_the_statement(open_report):
    page = open_report(load("baku-meeting.json")).page
    page.locator("a.hl", has_text="Minister Gabi Ashkenazi").click()
    assert page.evaluate("document.querySelector(':target').id") == "claim-c8"


# ----------------------------------------------------------------- filters

def test_verdict_and_kind_filters_hide_and_show_cards(open_report):
    report = load("baku-meeting.json")
    page = open_report(report).page
    everyone = [c["id"] for c in report["claims"]]
    assert visible_cards(page) == everyone
    confirmed = page.locator('button[data-filter="verdict"][data-value="confirmed"]')
    confirmed.click()
    assert confirmed.get_attribute("aria-pressed") == "false"
    assert visible_cards(page) == [c["id"] for c in report["claims"] if c["verdict"] != "confirmed"]
    assert page.locator("#filter-status").inner_text() == "Showing 4 of 13 claims."
    anonymous = page.locator('button[data-filter="kind"][data-value="anonymous_source"]')
    anonymous.click()
    assert visible_cards(page) == ["c8", "c9"]
    # highlights of hidden claims are muted, those still shown are not
    assert "muted" in page.locator("#mark-c1").get_attribute("class")
    assert "muted" not in page.locator("#mark-c8").get_attribute("class")
    confirmed.click()
    anonymous.click()
    assert visible_cards(page) == everyone


def test_show_all_resets_the_filters(open_report):
    page = open_report(load("baku-meeting.json")).page
    for value in ("confirmed", "unverified", "contradicted"):
        page.locator(f'button[data-value="{value}"]').click()
    assert visible_cards(page) == []
    page.locator("#filter-reset").click()
    assert len(visible_cards(page)) == 13


def test_following_a_highlight_to_a_filtered_card_shows_it(open_report):
    page = open_report(load("baku-meeting.json")).page
    page.locator('button[data-value="contradicted"]').click()
    assert "c8" not in visible_cards(page)
    page.locator("#mark-c8").click()
    assert "c8" in visible_cards(page)
    assert page.evaluate("document.querySelector(':target').id") == "claim-c8"


def test_keyboard_tab_then_enter_or_space_toggles_a_filter(open_report):
    page = open_report(load("baku-meeting.json")).page
    # walk the page with Tab until the first verdict toggle has the focus
    first = 'button[data-filter="verdict"]'
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches('{first}')"):
            break
    else:
        pytest.fail("Tab never reached the verdict filter")
    focused = page.locator(f"{first}:focus")
    value = focused.get_attribute("data-value")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible
    page.keyboard.press("Enter")
    assert focused.get_attribute("aria-pressed") == "false"
    assert all(page.locator(f"#claim-{cid}").is_hidden() for cid in
               page.eval_on_selector_all(f'.card[data-verdict="{value}"]', "cs => cs.map(c => c.dataset.claim)"))
    page.keyboard.press("Space")
    assert focused.get_attribute("aria-pressed") == "true"
    page.keyboard.press("Tab")
    page.keyboard.press(" ")
    assert page.locator('button[data-filter="verdict"]').nth(1).get_attribute("aria-pressed") == "false"


# ----------------------------------------------------------------- safety

def test_hostile_article_and_passages_run_nothing(open_report):
    report = load("hostile.json")
    opened = open_report(report)
    page = opened.page
    page.mouse.move(5, 5)
    for link in page.locator('main a[href^="#"]').all():
        link.hover()
        link.click()
    for selector in (".hl", ".who", ".flag", ".clash", ".ev", "h1"):
        for element in page.locator(selector).all():
            element.hover()
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert opened.dialogs == []
    assert page.locator("img, svg, iframe, object, embed").count() == 0
    body = page.locator("body").inner_text()
    assert "<script>window.pwned=1</script>" in body
    assert '<img src=x onerror="window.pwned=1">' in body
    assert '"><svg onload=window.pwned=1>' in body
    assert page.title().startswith("</title><script>window.pwned=1</script>")
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if "javascript" in h.lower()]
    assert opened.requests == [opened.url]


def test_no_request_leaves_the_page_and_the_script_runs_under_its_csp(open_report):
    opened = open_report(load("baku-meeting.json"))
    page = opened.page
    page.wait_for_load_state("networkidle")
    assert opened.requests == [opened.url]
    assert opened.errors == []  # a CSP violation would be logged here
    assert page.locator("#filters").is_visible()  # our script ran: the hash matched
    assert page.locator("#filter-status").inner_text() == "Showing all 13 claims."


def test_exports_download_the_json_report_and_the_claimreview(open_report):
    report = load("baku-meeting.json")
    page = open_report(report, accept_downloads=True).page
    with page.expect_download() as info:
        page.get_by_role("link", name="JSON report").click()
    download = info.value
    assert download.suggested_filename == "baku-meeting.json"
    assert json.loads(Path(download.path()).read_text(encoding="utf-8")) == report
    with page.expect_download() as info:
        page.get_by_role("link", name="ClaimReview JSON-LD").click()
    reviews = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert reviews == rp.claimreview_jsonld(report)
    embedded = page.eval_on_selector('script[type="application/ld+json"]', "s => JSON.parse(s.textContent)")
    assert embedded == reviews


# ----------------------------------------------------------------- print and screens

def test_print_shows_every_card_and_hides_the_controls(open_report):
    page = open_report(load("baku-meeting.json")).page
    page.locator('button[data-value="confirmed"]').click()
    page.emulate_media(media="print")
    assert len(visible_cards(page)) == 13
    assert page.locator("#filters").is_hidden() and page.locator("#exports").is_hidden()
    assert page.evaluate("getComputedStyle(document.querySelector('.card')).breakInside") == "avoid"
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = page.pdf(path=str(ARTIFACTS / "report-a4.pdf"), format="A4", print_background=True)
    assert pdf.startswith(b"%PDF")


def test_screenshots_for_a_laptop_and_a_phone(open_report):
    ARTIFACTS.mkdir(exist_ok=True)
    report = load("baku-meeting.json")
    laptop = open_report(report, viewport={"width": 1280, "height": 900}).page
    laptop.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    phone = open_report(report, viewport={"width": 390, "height": 844}, device_scale_factor=2,
                        is_mobile=True, has_touch=True).page
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scroll
    phone.screenshot(path=str(ARTIFACTS / "report-phone.png"), full_page=True)
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000
    assert (ARTIFACTS / "report-phone.png").stat().st_size > 10_000


def test_index_page_lists_reports_and_links_to_them(browser, tmp_path):
    report = load("baku-meeting.json")
    out = tmp_path / "reports"
    path = rp.write_report(report, out)
    entry = {"title": report["article"]["title"], "input": report["article"]["input"],
             "published": report["article"]["published"], "checked_at": report["article"]["checked_at"],
             "summary": report["summary"], "href": path.name}
    older = dict(entry, title="An older check", checked_at="2026-11-01T09:00:00Z",
                 summary={"claims": 2, "confirmed": 2, "contradicted": 0, "unverified": 0},
                 href="older.html")
    index = rp.write_index([entry, older], out)
    opened = Opened(browser, index, viewport={"width": 1280, "height": 700})
    try:
        page = opened.page
        titles = page.locator(".index-title").all_inner_texts()
        assert titles == [report["article"]["title"], "An older check"]
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "index.png"), full_page=True)
        page.get_by_role("link", name=report["article"]["title"]).click()
        page.wait_for_load_state()
        assert page.url == path.as_uri()
        assert opened.errors == []
    finally:
        opened.close()
