"""The HTML report: self-contained, contents by section with counts, the documents' titles and paths,
links from the summary to every finding, the words that differ marked, and in a real headless
Chromium: rendered (a screenshot kept as a test artefact in test-artifacts/), no horizontal scroll
at 1400 px even with a long URL in a quote, and printable to PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from aicont.config import Config
from aicont.model import Report
from aicont.pipeline import run
from aicont.report.base import get_renderer
from tests.conftest import DA, ROOT, SV

ARTIFACTS = ROOT / "test-artifacts"
LONG_URL = "https://eur-lex.europa.eu/legal-content/DA/TXT/?uri=CELEX:52025DC0165&qid=1744000000000&from=EN#" + "x" * 180


@pytest.fixture(scope="module")
def action_plan() -> Report:
    return run(DA, SV, Config())


def test_page_structure(action_plan: Report) -> None:
    html = get_renderer("html").render(action_plan)
    assert "<script" not in html and "<link" not in html and " src=" not in html  # self-contained
    assert "Handlingsplan for AI-kontinentet" in html and "Handlingsplan för AI-kontinenten" in html
    assert str(DA) in html and str(SV) in html
    contents = html[html.index('id="contents"'):html.index('id="findings"')]
    assert re.search(r'href="#s-1\.3">Section 1\.3 Etablering af [^<]*</a> <span class="count">1 \(1 medium\)', contents)
    assert re.search(r'href="#s-fn54">Footnote 54</a> <span class="count">1 \(1 high\)', contents)
    for f in action_plan.findings:
        anchor = f"f-{f.fingerprint[:12]}"
        assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html  # summary row → card
    assert "<mark>over 48 maneder</mark>" in html  # the qualifier is marked, not only the number
    assert "<mark>2.2.2025</mark>" in html and "<mark>2 februari 2026</mark>" in html
    assert html == get_renderer("html").render(action_plan)


def _chromium() -> str:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium) to render the HTML report")
    return browser


def _run_browser(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    common = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
              f"--user-data-dir={profile}"]
    return subprocess.run([*common, *args], capture_output=True, text=True, timeout=120, check=False)


def test_html_in_a_real_headless_browser(action_plan: Report, tmp_path: Path) -> None:
    browser = _chromium()
    first = action_plan.findings[0]
    # a quote holding a long URL (footnotes cite EUR-Lex links): it must wrap, not widen the page; appended, so the
    # quote's own mark still points at the value
    long = replace(action_plan, findings=(replace(first, left=replace(first.left, text=f"{first.left.text} Se {LONG_URL} for detaljer.")),
                                          *action_plan.findings[1:]))
    html = get_renderer("html").render(long)
    ARTIFACTS.mkdir(exist_ok=True)
    page = ARTIFACTS / "html-report.html"
    page.write_text(html, encoding="utf-8")
    # the width check: the same page with a measuring script (the report itself has none)
    probe = tmp_path / "probe.html"
    probe.write_text(html.replace(
        "</body>",
        "<script>document.title = 'scroll ' + document.documentElement.scrollWidth + ' client ' + "
        "document.documentElement.clientWidth;</script></body>"), encoding="utf-8")
    for width in (1400, 800):
        dom = _run_browser(browser, tmp_path / "profile", f"--window-size={width},1000", "--dump-dom", probe.as_uri())
        m = re.search(r"<title>scroll (\d+) client (\d+)</title>", dom.stdout)
        assert m, dom.stderr[-500:]
        assert int(m.group(1)) <= int(m.group(2)) == width, f"horizontal scroll at {width} px: {m.group(0)}"
    shot = ARTIFACTS / "html-report-1400.png"
    shot.unlink(missing_ok=True)
    _run_browser(browser, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1400,2200", page.as_uri())
    assert shot.exists() and shot.stat().st_size > 20_000  # a rendered page, not a blank one
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pdf = ARTIFACTS / "html-report.pdf"
    pdf.unlink(missing_ok=True)
    _run_browser(browser, tmp_path / "profile", f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    assert pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-"  # readable in print
