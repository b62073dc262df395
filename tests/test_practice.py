"""Practice mode in Chromium (docs/javascripts/practice.js): the buttons under an
answer, progress, export and import, the practice page, the question filters
and the copy-link button; each on the served site and in the unzipped
offline bundle from file:// with the network blocked."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import block_the_network

pytestmark = pytest.mark.browser

EDITIONS = ["site", "offline"]
PROGRESS_KEY = "handbook.progress.v1"


class Edition:
    """One edition's pages: `url("fundamentals/?x=1#id")` works on both."""

    def __init__(self, name: str, browser, root: str | Path):
        self.name, self.browser, self.root = name, browser, root
        self.contexts = []

    def url(self, path: str) -> str:
        if self.name == "site":
            return self.root + path
        # The bundle has no directory URLs: a/b/ is a/b.html, unless it is a
        # folder with an index.html (a chapter, a short link).
        parts = urlsplit(path)
        file = parts.path
        if not file or file.endswith("/"):
            folder_index = f"{file}index.html"
            file = folder_index if (self.root / folder_index).is_file() else file.rstrip("/") + ".html"
        return (self.root / file).as_uri() + (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")

    def tab(self, **options):
        """A tab in a new context: a fresh browser profile, empty storage."""
        context = self.browser.new_context(**options)
        blocked = block_the_network(context) if self.name == "offline" else []
        self.contexts.append((context, blocked))
        tab = context.new_page()
        tab.errors = []
        tab.on("pageerror", lambda error: tab.errors.append(str(error)))
        tab.on("console", lambda message: tab.errors.append(message.text) if message.type == "error" else None)
        return tab

    def close(self):
        for context, blocked in self.contexts:
            context.close()
            assert blocked == [], f"requests to the network from the offline bundle: {blocked[:5]}"


@pytest.fixture(params=EDITIONS)
def edition(request, browser):
    root = request.getfixturevalue("site_url") if request.param == "site" else request.getfixturevalue("bundle")
    opened = Edition(request.param, browser, root)
    yield opened
    opened.close()


def stored(tab) -> dict:
    return json.loads(tab.evaluate(f"localStorage.getItem('{PROGRESS_KEY}') || '{{\"cards\": {{}}}}'"))["cards"]


def chapter_answers(answers, chapter):
    return [a for a in answers if a["chapter"] == chapter]


def index_page(record) -> str:
    """The chapter's index page of an answer: its page URL's folder, one level up."""
    return record["url"].split("/")[0] + "/"


def rate_on_its_page(edition, tab, record, button: str):
    tab.goto(edition.url(record["url"]))
    toolbar = tab.locator(f".answer-meta[data-answer-id='{record['id']}']")
    toolbar.get_by_role("button", name=button, exact=True).click()
    expected = "Got it: next review" if button == "Got it" else "To review: due today"
    toolbar.locator(".answer-status").filter(has_text=expected).wait_for()


# --- self-assessment, progress, export and import ------------------------------------------


def test_self_assessment_persists_and_shows_in_the_chapter_progress(edition, answers):
    record = answers[0]
    tab = edition.tab()
    rate_on_its_page(edition, tab, record, "Got it")
    tab.reload()
    status = tab.locator(f".answer-meta[data-answer-id='{record['id']}'] .answer-status")
    assert status.inner_text().startswith("Got it: next review")
    total = len(chapter_answers(answers, record["chapter"]))
    tab.goto(edition.url(index_page(record)))
    progress = tab.locator(".practice-progress")
    progress.filter(has_text="practised").wait_for()
    assert f"1 of {total} answers practised: 1 known, 0 due today." in progress.inner_text()
    tab.goto(edition.url(""))
    tab.locator(".practice-progress").filter(has_text=f"1 of {len(answers)} answers practised").wait_for()
    assert tab.errors == []


def test_export_then_import_in_a_fresh_browser_restores_the_progress(edition, answers, tmp_path):
    tab = edition.tab()
    rate_on_its_page(edition, tab, answers[0], "Got it")
    rate_on_its_page(edition, tab, answers[1], "Review again")
    before = stored(tab)
    tab.goto(edition.url("practice/"))
    with tab.expect_download() as download:
        tab.get_by_role("button", name="Export progress").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    assert json.loads(exported.read_text())["format"] == "ml-interview-handbook-progress"

    fresh = edition.tab()
    fresh.goto(edition.url("practice/"))
    assert stored(fresh) == {}
    fresh.set_input_files("#practice-import", str(exported))
    fresh.locator(".practice-settings__message").filter(has_text="Imported the progress of 2 answers").wait_for()
    assert stored(fresh) == before
    assert "2 of" in fresh.locator(".practice-settings__counts").inner_text()


BAD_IMPORTS = {
    "truncated.json": '{"format": "ml-interview-handbook-progress", "version": 1, "cards": {"bias-var',
    "markup.json": json.dumps({
        "format": "ml-interview-handbook-progress", "version": 1,
        "cards": {'<img src=x onerror="window.pwned=1">': {"due": "2026-01-01T00:00:00Z"}},
    }),
    "foreign.json": json.dumps({"deck": "something else"}),
}


def test_a_bad_import_shows_an_error_as_text_and_keeps_the_stored_progress(edition, answers, tmp_path):
    tab = edition.tab()
    rate_on_its_page(edition, tab, answers[0], "Got it")
    before = stored(tab)
    tab.goto(edition.url("practice/"))
    message = tab.locator(".practice-settings__message")
    for name, text in BAD_IMPORTS.items():
        (tmp_path / name).write_text(text)
        tab.set_input_files("#practice-import", str(tmp_path / name))
        message.filter(has_text="Not imported").wait_for()
        assert message.get_attribute("data-kind") == "error", name
        assert "Your stored progress is unchanged." in message.inner_text()
        assert stored(tab) == before, name
        message.evaluate("element => { element.textContent = ''; }")
    assert tab.locator(".practice-settings img").count() == 0
    assert tab.evaluate("window.pwned") is None


def test_reset_asks_first_and_keeps_the_progress_when_declined(edition, answers):
    tab = edition.tab()
    rate_on_its_page(edition, tab, answers[0], "Got it")
    tab.goto(edition.url("practice/"))
    tab.once("dialog", lambda dialog: dialog.dismiss())
    tab.get_by_role("button", name="Reset progress").click()
    assert len(stored(tab)) == 1
    tab.once("dialog", lambda dialog: dialog.accept())
    tab.get_by_role("button", name="Reset progress").click()
    tab.locator(".practice-settings__message").filter(has_text="reset").wait_for()
    assert stored(tab) == {}


# --- the practice page ---------------------------------------------------------------------


def test_a_session_filtered_by_a_tag_asks_only_that_tag_and_got_it_is_not_due_today(edition, answers):
    tag = "rag"
    tagged = {a["id"]: a for a in answers if tag in a["tags"]}
    assert len(tagged) >= 3
    tab = edition.tab()
    tab.goto(edition.url(f"practice/?tag={tag}&n=5"))
    assert tab.locator("select[name=tag]").input_value() == tag
    tab.get_by_role("button", name="Start").click()
    asked = []
    for _ in range(3):
        card = tab.locator(".practice-card")
        answer_id = card.get_attribute("data-answer-id")
        assert answer_id in tagged
        assert card.locator("h2").inner_text() == tagged[answer_id]["question"]
        tab.get_by_role("button", name="Show the answer").click()
        assert card.locator(".practice-card__answer").is_visible()
        link = card.get_by_role("link", name="Read the full answer").get_attribute("href")
        assert link.split("#")[-1] == answer_id
        asked.append(answer_id)
        tab.get_by_role("button", name="Got it").click()
    tab.get_by_role("button", name="End the session").click()
    tab.get_by_text("3 got it, 0 to review again.").wait_for()
    cards = stored(tab)
    assert set(cards) == set(asked)
    assert tab.evaluate(
        "ids => ids.every((id) => !handbookProgress.isDue(JSON.parse(localStorage.getItem("
        f"'{PROGRESS_KEY}')).cards[id], new Date()))",
        asked,
    )
    # A new session leaves the known ones out.
    tab.get_by_role("button", name="Practise again").click()
    tab.get_by_role("button", name="Start").click()
    assert tab.locator(".practice-card").get_attribute("data-answer-id") not in asked
    assert tab.errors == []


# --- the question index --------------------------------------------------------------------


def test_the_index_filters_by_difficulty_and_company_and_keeps_them_in_the_url(edition, answers):
    tab = edition.tab()
    tab.goto(edition.url("questions/"))
    items = tab.locator(".md-content ol > li:not([hidden])")
    count = tab.locator(".practice-filters__count")
    count.filter(has_text=f"{len(answers)} of {len(answers)}").wait_for()
    assert items.count() == len(answers)

    staff = [a for a in answers if a["difficulty"] == "staff"]
    tab.select_option("select[name=difficulty]", "staff")
    assert items.count() == len(staff) < len(answers)
    assert "difficulty=staff" in tab.url
    assert tab.locator("select[name=difficulty] option[value=staff]").inner_text() == f"Staff ({len(staff)})"

    tab.select_option("select[name=difficulty]", "")
    pinterest = [a for a in answers if "pinterest" in a["companies"]]
    tab.select_option("select[name=company]", "pinterest")
    assert items.count() == len(pinterest) >= 1
    shown = {item.get_attribute("href").split("#")[-1] for item in tab.locator(".md-content ol > li:not([hidden]) > a").all()}
    assert shown == {a["id"] for a in pinterest}
    assert re.search(r"[?&]company=pinterest", tab.url) and "difficulty" not in tab.url

    shared = tab.url
    other = edition.tab()
    other.goto(shared)
    other.locator(".practice-filters__count").filter(has_text=f"{len(pinterest)} of").wait_for()
    assert other.locator("select[name=company]").input_value() == "pinterest"
    assert other.locator(".md-content ol > li:not([hidden])").count() == len(pinterest)


def test_a_chip_opens_the_index_filtered_on_its_tag(edition, answers):
    record = next(a for a in answers if a["tags"])
    tab = edition.tab()
    tab.goto(edition.url(record["url"]))
    tab.locator(f".answer-meta[data-answer-id='{record['id']}'] a.answer-chip--tag").first.click()
    tab.wait_for_url(re.compile(rf".*[?&]tag={record['tags'][0]}"))
    expected = sum(record["tags"][0] in a["tags"] for a in answers)
    tab.locator(".practice-filters__count").filter(has_text=f"{expected} of {len(answers)}").wait_for()


# --- copy link -----------------------------------------------------------------------------


def test_copy_link_puts_the_short_link_on_the_clipboard_and_it_lands_on_the_answer(edition, answers):
    record = answers[len(answers) // 2]
    tab = edition.tab(permissions=["clipboard-read", "clipboard-write"])
    tab.goto(edition.url(record["url"]))
    toolbar = tab.locator(f".answer-meta[data-answer-id='{record['id']}']")
    toolbar.get_by_role("button", name="Copy link").click()
    toolbar.locator(".answer-status").filter(has_text="Link copied").wait_for()
    copied = tab.evaluate("navigator.clipboard.readText()")
    # The site copies an absolute link on its own host; the bundle, whose
    # build has no public address, its own short-link page.
    assert copied == edition.url(record["short_url"])
    tab.goto(copied)
    tab.wait_for_url(re.compile(rf".*#{re.escape(record['id'])}$"))
    assert tab.locator(f"[id='{record['id']}']").is_visible()


def test_answer_pages_do_not_load_the_answer_list_or_the_scheduler(edition, answers):
    tab = edition.tab()
    loaded = []
    tab.on("request", lambda request: loaded.append(request.url))
    tab.goto(edition.url(answers[0]["url"]))
    tab.wait_for_load_state("networkidle")
    assert not [url for url in loaded if "answers-data.js" in url or "ts-fsrs" in url]
