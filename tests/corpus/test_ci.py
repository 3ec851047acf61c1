"""CI mode on the real corpus: the reviewed baseline accepts the known divergences, and a new one fails."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS, DGT_LANGS


def aicont(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "aicont", *args], capture_output=True, text=True, timeout=timeout)


# A whole run over the 44 DGT pairs takes about 15 s on an idle 2-core machine; a loaded one
# (several test suites at once) is many times slower.
DGT_TIMEOUT = 1800


def _copy_corpus(tmp_path: Path) -> Path:
    dest = tmp_path / "corpus"
    shutil.copytree(CORPUS / "ai-continent-action-plan", dest / "ai-continent-action-plan")
    shutil.copy(CORPUS / "aicont-baseline.json", dest / "aicont-baseline.json")
    return dest


def test_bundled_baseline_is_reviewed_and_current() -> None:
    baseline = json.loads((CORPUS / "aicont-baseline.json").read_text(encoding="utf-8"))
    assert baseline["entries"], "the bundled pair has known divergences"
    assert all(e["reason"].startswith("Reviewed:") for e in baseline["entries"])
    proc = aicont("check", str(CORPUS), "--strict-baseline")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "3 accepted by the baseline" in proc.stderr + proc.stdout


def test_new_divergence_in_a_language_version_fails_ci(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path)
    sv = corpus / "ai-continent-action-plan" / "sv.txt"
    text = sv.read_text(encoding="utf-8")
    assert text.count("200 miljarder euro") == 1
    sv.write_text(text.replace("200 miljarder euro", "300 miljarder euro"), encoding="utf-8")
    proc = aicont("check", str(corpus), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)["reports"][0]["findings"]
    assert [(f["code"], f["left"]["value"], f["right"]["value"]) for f in findings] == [
        ("AC101", "EUR 2E+11", "EUR 3E+11")
    ]


def test_fixed_divergence_leaves_a_stale_entry(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path)
    sv = corpus / "ai-continent-action-plan" / "sv.txt"
    text = sv.read_text(encoding="utf-8")
    sv.write_text(text.replace("2 februari 2026", "2 februari 2025"), encoding="utf-8")
    assert aicont("check", str(corpus)).returncode == 0
    strict = aicont("check", str(corpus), "--strict-baseline")
    assert strict.returncode == 1
    assert "stale" in (strict.stdout + strict.stderr).lower()


def test_an_edit_elsewhere_in_the_passage_keeps_the_accepted_finding(tmp_path: Path) -> None:
    # A wording fix in the quoted sentence but away from the accepted difference (footnote 54:
    # "syften" for "ändamål") changes the quote, so the fingerprint; the reviewed decision holds.
    corpus = _copy_corpus(tmp_path)
    sv = corpus / "ai-continent-action-plan" / "sv.txt"
    text = sv.read_text(encoding="utf-8")
    old = "ändamål börjar tillämpas den 2 augusti 2025"
    assert text.count(old) == 1
    sv.write_text(text.replace(old, old.replace("ändamål", "syften")), encoding="utf-8")
    doc = corpus / "ai-continent-action-plan"
    edited = json.loads(aicont("report", str(doc / "da.txt"), str(sv), "--format", "json").stdout)["findings"]
    accepted = {e["fingerprint"] for e in json.loads((corpus / "aicont-baseline.json").read_text(encoding="utf-8"))["entries"]}
    assert [f["code"] for f in edited if f["fingerprint"] not in accepted] == ["AC201"]  # its fingerprint changed
    proc = aicont("check", str(corpus), "--strict-baseline")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "3 accepted by the baseline" in proc.stdout + proc.stderr
    # the reviewer's reason follows the finding into a refreshed baseline
    assert aicont("baseline", str(corpus)).returncode == 0
    entries = json.loads((corpus / "aicont-baseline.json").read_text(encoding="utf-8"))["entries"]
    assert len(entries) == 3 and all(e["reason"].startswith("Reviewed:") for e in entries)
    assert any("allmänna syften börjar" in e["right"] for e in entries)


def test_a_new_difference_in_an_accepted_passage_is_new(tmp_path: Path) -> None:
    # The same passage, now with a second date changed: the accepted finding stays accepted, the
    # new one fails the run; and a change at the accepted difference itself is new too.
    corpus = _copy_corpus(tmp_path)
    sv = corpus / "ai-continent-action-plan" / "sv.txt"
    text = sv.read_text(encoding="utf-8")
    assert text.count("tillämpas den 2 augusti 2025") == 1
    sv.write_text(text.replace("tillämpas den 2 augusti 2025", "tillämpas den 2 augusti 2024"), encoding="utf-8")
    proc = aicont("check", str(corpus), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    (report,) = json.loads(proc.stdout)["reports"]
    assert [(f["code"], f["right"]["value"]) for f in report["findings"]] == [("AC201", "2024-08-02")]
    assert len(report["accepted"]) == 3
    sv.write_text(text.replace("den 2 februari 2026", "den 3 februari 2026"), encoding="utf-8")
    proc = aicont("check", str(corpus), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    (report,) = json.loads(proc.stdout)["reports"]
    assert [(f["code"], f["right"]["value"]) for f in report["findings"]] == [("AC201", "2026-02-03")]


# --------------------------------------------------------------------------- many language versions


def _dgt_corpus(tmp_path: Path, dgt_dir: Path) -> Path:
    """The two shared acts in 23 languages, copied (never into the repository) to a corpus folder."""
    corpus = tmp_path / "corpus"
    for doc in ("ecaa-annex", "eu-ch-air-transport"):
        (corpus / doc).mkdir(parents=True)
        for path in sorted((dgt_dir / doc).glob("*.txt")):
            (corpus / doc / path.name).write_bytes(path.read_bytes())
    return corpus


def _new_findings(proc: subprocess.CompletedProcess[str]) -> list[tuple[dict, dict]]:
    data = json.loads(proc.stdout)
    return [(r, f) for r in data["reports"] for f in r["findings"]]


def test_dgt_corpus_in_23_languages(tmp_path: Path, dgt_dir: Path) -> None:
    """One `aicont check` over 2 acts × 23 languages (44 pairs against English); after `aicont
    baseline` it passes; a version that is a copy of another changes nothing; one seeded change in
    one version fails with exactly one new finding, at that file and line, the majority naming it."""
    corpus = _dgt_corpus(tmp_path, dgt_dir)
    cache = tmp_path / "cache"
    made = aicont("baseline", str(corpus), "--jobs", "2", "--cache", str(cache), timeout=DGT_TIMEOUT)
    assert made.returncode == 0, made.stderr
    entries = json.loads((corpus / "aicont-baseline.json").read_text(encoding="utf-8"))["entries"]
    assert {e["pair"] for e in entries} <= {f"en/{lang}" for lang in DGT_LANGS}
    # the cache holds every pair's result (a cached run is byte-identical to a fresh one:
    # test_parallel_and_cached_runs_are_byte_identical_to_serial); the baseline accepts all of it
    clean = aicont("check", str(corpus), "--jobs", "2", "--cache", str(cache), "--format", "json", timeout=DGT_TIMEOUT)
    assert clean.returncode == 0, clean.stderr[-2000:]
    reports = json.loads(clean.stdout)["reports"]
    assert len(reports) == 44 and {r["pair"].split("/")[0] for r in reports} == {"en"}
    assert sum(len(r["accepted"]) for r in reports) == len(entries)

    # a 24th version that is an unchanged copy of another (de-AT = de) is skipped, and says why
    (corpus / "ecaa-annex" / "de-AT.txt").write_bytes((corpus / "ecaa-annex" / "de.txt").read_bytes())
    copy = aicont("check", str(corpus), "--jobs", "2", "--cache", str(cache), "--format", "json", timeout=DGT_TIMEOUT)
    assert copy.returncode == 0, copy.stderr[-2000:]
    data = json.loads(copy.stdout)
    assert data["reports"] == reports
    assert {"path": str(corpus / "ecaa-annex" / "de-AT.txt"), "reason": "the same text as de.txt (compared once)"} in data["skipped"]

    sv = corpus / "ecaa-annex" / "sv.txt"
    lines = sv.read_text(encoding="utf-8").split("\n")
    assert "av den 24 september 2008 om" in lines[42]
    lines[42] = lines[42].replace("24 september 2008", "24 september 2009")
    sv.write_text("\n".join(lines), encoding="utf-8")
    seeded = aicont("check", str(corpus), "--jobs", "2", "--cache", str(cache), "--format", "json", timeout=DGT_TIMEOUT)
    assert seeded.returncode == 1, seeded.stderr[-2000:]
    new = _new_findings(seeded)
    assert len(new) == 1, [(r["pair"], f["code"], f["message"]) for r, f in new]
    report, finding = new[0]
    assert (report["document"], report["pair"], finding["code"]) == ("ecaa-annex", "en/sv", "AC201")
    assert (finding["left"]["value"], finding["right"]["value"]) == ("2008-09-24", "2009-09-24")
    assert finding["right"]["lines"] == [[43, 43]]
    assert finding["likely_wrong"] == "right" and finding["reason"].startswith("the majority: ")
    assert "agree with en, none with sv" in finding["reason"]
    # the CI annotation points at the seeded file and line
    github = aicont("check", str(corpus), "--jobs", "2", "--cache", str(cache), "--format", "github", timeout=DGT_TIMEOUT)
    assert github.returncode == 1
    assert github.stdout.startswith(f"::error file={sv},line=43,endLine=43,title=AC201 date-mismatch (ecaa-annex en/sv)::")
    assert len(github.stdout.splitlines()) == 1


# --------------------------------------------------------------------------- corpus rules, small and fast

MINI = Path(__file__).resolve().parent.parent / "golden"


def _mini(tmp_path: Path, *extra: str) -> Path:
    """A corpus with one document in Danish and Swedish (the golden mini pair), plus `extra`
    versions: copies of the Swedish one with its date right (2025), under the tags given."""
    corpus = tmp_path / "corpus"
    (corpus / "mini").mkdir(parents=True)
    shutil.copy(MINI / "mini.left.txt", corpus / "mini" / "da.txt")
    shutil.copy(MINI / "mini.right.txt", corpus / "mini" / "sv.txt")
    fixed = (MINI / "mini.right.txt").read_text(encoding="utf-8").replace("2 februari 2026", "2 februari 2025")
    for tag in extra:
        (corpus / "mini" / f"{tag}.txt").write_text(fixed, encoding="utf-8")
        fixed += "\n"  # not byte-identical to each other
    return corpus


def test_a_copy_of_a_version_uses_up_nothing(tmp_path: Path) -> None:
    """The issue's first report: sv.txt copied to nb.txt used up the da-sv pair's accepted findings."""
    corpus = _copy_corpus(tmp_path)
    doc = corpus / "ai-continent-action-plan"
    shutil.copy(doc / "sv.txt", doc / "nb.txt")
    proc = aicont("check", str(corpus), "--strict-baseline")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"skipped {doc / 'nb.txt'}: the same text as sv.txt (compared once)" in proc.stdout
    assert "3 accepted by the baseline" in proc.stdout


def test_names_any_case_and_region_and_skipped_files(tmp_path: Path) -> None:
    corpus = _mini(tmp_path)
    doc = corpus / "mini"
    (doc / "da.txt").rename(doc / "DA.txt")
    (doc / "sv.txt").rename(doc / "sv-SE.txt")
    shutil.copy(doc / "DA.txt", doc / "swedish.txt")
    proc = aicont("check", str(corpus), "--no-baseline", "--format", "json")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert [r["pair"] for r in data["reports"]] == ["da/sv-SE"]
    assert {"path": str(doc / "swedish.txt"), "reason": "not named by a language tag (e.g. sv.txt, sv-SE.txt)"} in data["skipped"]


def test_a_version_whose_text_is_another_language_is_an_error(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path)
    doc = corpus / "ai-continent-action-plan"
    shutil.copy(doc / "sv.txt", doc / "de.txt")  # Swedish text named German
    (doc / "de.txt").write_text((doc / "sv.txt").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    proc = aicont("check", str(corpus))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and f"{doc / 'de.txt'}: named 'de' but its text reads as 'sv'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_nothing_to_compare_is_said_plainly(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = aicont("check", str(empty), "--no-baseline")
    assert proc.returncode == 0 and "nothing to compare" in proc.stderr
    strict = aicont("check", str(empty), "--no-baseline", "--strict-baseline")
    assert strict.returncode == 2 and "nothing to compare" in strict.stderr


def test_no_baseline_does_not_read_the_baseline(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path)
    (corpus / "aicont-baseline.json").write_text("{broken", encoding="utf-8")
    assert aicont("check", str(corpus)).returncode == 2  # a broken baseline is never ignored when used
    proc = aicont("check", str(corpus), "--no-baseline", "--format", "json")
    assert proc.returncode == 1, proc.stderr
    assert len(json.loads(proc.stdout)["reports"][0]["findings"]) == 3


def test_the_same_file_twice_is_an_error(tmp_path: Path) -> None:
    proc = aicont("diff", str(CORPUS / "ai-continent-action-plan" / "sv.txt"), str(CORPUS / "ai-continent-action-plan" / "sv.txt"))
    assert proc.returncode == 2 and "the same file on both sides" in proc.stderr and proc.stderr.count("\n") == 1


def test_removing_a_version_leaves_its_entries_stale(tmp_path: Path) -> None:
    corpus = _mini(tmp_path, "sv-FI")
    (corpus / "mini" / "sv-FI.txt").write_text(
        (corpus / "mini" / "sv-FI.txt").read_text(encoding="utf-8").replace("200", "300"), encoding="utf-8")
    assert aicont("baseline", str(corpus)).returncode == 0
    entries = json.loads((corpus / "aicont-baseline.json").read_text(encoding="utf-8"))["entries"]
    assert {e["pair"] for e in entries} == {"da/sv", "da/sv-FI"}
    (corpus / "mini" / "sv-FI.txt").unlink()
    assert aicont("check", str(corpus)).returncode == 0
    strict = aicont("check", str(corpus), "--strict-baseline")
    assert strict.returncode == 1
    assert "stale baseline entry: AC101 mini da/sv-FI" in strict.stdout


def test_files_given_check_their_documents_only(tmp_path: Path) -> None:
    corpus = _mini(tmp_path)
    other = corpus / "other"
    other.mkdir()
    shutil.copy(corpus / "mini" / "da.txt", other / "da.txt")
    shutil.copy(corpus / "mini" / "sv.txt", other / "sv.txt")
    assert aicont("baseline", str(corpus)).returncode == 0
    (other / "sv.txt").unlink()  # the other document changes; a run on mini's files does not see it
    (corpus / "mini" / "README.txt").write_text("notes", encoding="utf-8")  # no language version
    proc = aicont("check", str(corpus / "mini" / "sv.txt"), str(corpus / "mini" / "README.txt"), "--strict-baseline")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "mini da/sv" in proc.stdout and "other" not in proc.stdout
    assert f"skipped {corpus / 'mini' / 'README.txt'}: not a language version" in proc.stdout
    assert aicont("check", str(corpus), "--strict-baseline").returncode == 1


def test_fingerprints_do_not_depend_on_how_the_path_is_spelt(tmp_path: Path) -> None:
    corpus = _mini(tmp_path, "sv-FI")
    rel = subprocess.run([sys.executable, "-m", "aicont", "check", "corpus", "--no-baseline", "--format", "json"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    absolute = aicont("check", str(corpus.resolve()), "--no-baseline", "--format", "json")
    prints = [[f["fingerprint"] for r in json.loads(p.stdout)["reports"] for f in r["findings"]] for p in (rel, absolute)]
    assert prints[0] and prints[0] == prints[1]
    assert rel.returncode == absolute.returncode == 1


def test_parallel_and_cached_runs_are_byte_identical_to_serial(tmp_path: Path) -> None:
    corpus = _mini(tmp_path, "sv-FI", "nb")
    cache = tmp_path / "cache"
    for fmt in ("terminal", "json"):
        serial = aicont("check", str(corpus), "--no-baseline", "--jobs", "1", "--format", fmt)
        parallel = aicont("check", str(corpus), "--no-baseline", "--jobs", "2", "--format", fmt, "--cache", str(cache))
        cached = aicont("check", str(corpus), "--no-baseline", "--jobs", "2", "--format", fmt, "--cache", str(cache))
        assert serial.returncode == parallel.returncode == cached.returncode == 1
        assert serial.stdout == parallel.stdout == cached.stdout
    assert len(list(cache.glob("*.pickle"))) == 3  # one result per pair, reused by the second run


def test_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    """Four pairs or more: a progress bar on stderr when it is a terminal (a pty here), none in a pipe;
    stdout is the same either way."""
    import os

    corpus = _mini(tmp_path, "sv-FI", "sv-SE", "sv-AX", "nb")
    command = [sys.executable, "-m", "aicont", "check", str(corpus), "--no-baseline", "--jobs", "1"]
    master, slave = os.openpty()
    try:
        tty = subprocess.run(command, stdout=subprocess.PIPE, stderr=slave, text=True, timeout=300,
                             env={**os.environ, "COLUMNS": "100"})
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the pty's other end is closed: all read
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    shown = b"".join(chunks).decode("utf-8", "replace")
    piped = aicont("check", str(corpus), "--no-baseline", "--jobs", "1")
    assert tty.returncode == piped.returncode == 1
    assert "comparing pairs" in shown and "comparing pairs" not in piped.stderr
    assert tty.stdout == piped.stdout


def test_reference_version_is_configurable(tmp_path: Path) -> None:
    corpus = _mini(tmp_path, "sv-FI")
    proc = aicont("check", str(corpus), "--no-baseline", "--reference", "sv", "--format", "json")
    assert [r["pair"] for r in json.loads(proc.stdout)["reports"]] == ["sv/da", "sv/sv-FI"]
    (tmp_path / "aicont.toml").write_text('[references]\nmini = "sv-FI"\n', encoding="utf-8")
    proc = aicont("check", str(corpus), "--no-baseline", "--config", str(tmp_path / "aicont.toml"), "--format", "json")
    assert [r["pair"] for r in json.loads(proc.stdout)["reports"]] == ["sv-FI/da", "sv-FI/sv"]


def test_diff_and_report_accept_the_baseline(tmp_path: Path) -> None:
    doc = CORPUS / "ai-continent-action-plan"
    for command in ("diff", "report"):
        proc = aicont(command, str(doc / "da.txt"), str(doc / "sv.txt"), "--baseline", str(CORPUS / "aicont-baseline.json"))
        assert proc.returncode == 0, proc.stderr
        assert "0 findings" in proc.stderr and "3 accepted by the baseline" in proc.stderr


# --------------------------------------------------------------------------- witnesses (AC508)


def test_a_clause_only_witnesses_find_is_reported_against_the_reference(tmp_path: Path, dgt_dir: Path) -> None:
    """ecaa in en, fr, sv and fi, a clause removed from the Finnish ("lähtö- ja saapumisaikojen
    jakamista yhteisön lentoasemilla", one of bench_omissions' clause seeds): the en-fi pair alone
    misses it; with `--witnesses fr,sv` the pairs fr-fi and sv-fi both find the French and Swedish
    words the Finnish lacks there, so the en/fi report gets the finding, quoted against the English
    passage and the Finnish one (its lines), low confidence, saying which versions agree."""
    import random

    from seeding import clause_seeds, load

    act = dgt_dir / "ecaa-annex"
    doc = tmp_path / "corpus" / "ecaa-annex"
    doc.mkdir(parents=True)
    for tag in ("en", "fr", "sv"):
        (doc / f"{tag}.txt").write_bytes((act / f"{tag}.txt").read_bytes())
    pair = load(act / "en.txt", act / "fi.txt", "en", "fi")
    seed = next(s for s in clause_seeds(pair, "right", random.Random("ecaa-annex en-firightclause"), 12)
                if s.removed == "lähtö- ja saapumisaikojen jakamista yhteisön lentoasemilla")
    (doc / "fi.txt").write_text(seed.text, encoding="utf-8")
    args = ("check", str(tmp_path / "corpus"), "--select", "AC508", "--min-confidence", "low", "--no-baseline", "--format", "json")

    def at_seed(proc: subprocess.CompletedProcess[str]) -> list[dict]:
        assert proc.returncode in (0, 1), proc.stderr[-2000:]
        return [f for r, f in _new_findings(proc) if r["pair"] == "en/fi" and f["left"]["block"].split(":", 1)[1] == seed.other.split(":", 1)[1]]

    assert at_seed(aicont(*args, timeout=DGT_TIMEOUT)) == []
    found = at_seed(aicont(*args, "--witnesses", "fr,sv", timeout=DGT_TIMEOUT))
    assert len(found) == 1, found
    f = found[0]
    assert (f["code"], f["confidence"], f["likely_wrong"]) == ("AC508", "low", "right")
    assert f["reason"] == "the pairs of fi with 2 of 2 other versions (fr, sv) find a clause fi lacks here; its pair with en does not"
    before = (act / "fi.txt").read_text(encoding="utf-8").split("\n")
    removed_line = next(n for n, (a, b) in enumerate(zip(before, seed.text.split("\n")), 1) if a != b)
    assert f["right"]["lines"][0][0] <= removed_line <= f["right"]["lines"][-1][1]
    kept = next(b for b in pair.left.blocks if b.id == seed.other)
    assert f["left"]["text"].startswith(" ".join(kept.text.split())[:40])


def test_witnesses_that_are_no_language_tags_are_one_clear_error(tmp_path: Path) -> None:
    corpus = _mini(tmp_path, "nb")
    proc = aicont("check", str(corpus), "--select", "AC508", "--witnesses", "nb,svenska")
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1 and "witnesses[1]" in proc.stderr and "Traceback" not in proc.stderr


def test_witnesses_without_the_clause_check_change_nothing(tmp_path: Path) -> None:
    """The default checks do not include AC508: `--witnesses` then computes no pair more, and the
    report is byte-identical but for the settings' signature, which names the witnesses."""
    corpus = _mini(tmp_path, "nb", "nn")
    plain = aicont("check", str(corpus), "--no-baseline", "--format", "json")
    witnessed = aicont("check", str(corpus), "--no-baseline", "--format", "json", "--witnesses", "nb,nn")
    assert plain.returncode == witnessed.returncode == 1, plain.stderr
    assert json.loads(witnessed.stdout)["signature"].endswith("|wit:nb,nn")
    assert witnessed.stdout.replace("|wit:nb,nn", "") == plain.stdout


def test_witnessed_runs_are_byte_identical_in_parallel_and_cached(tmp_path: Path) -> None:
    """With witnesses (a witness a document lacks is left out), the run is the same serial, in two
    processes, and from a warm cache."""
    corpus = _mini(tmp_path, "nb", "nn")
    args = ("check", str(corpus), "--no-baseline", "--format", "json", "--select", "AC508", "--min-confidence", "low",
            "--witnesses", "nb,nn,fi")
    serial = aicont(*args, "--jobs", "1")
    assert serial.returncode in (0, 1), serial.stderr
    cache = str(tmp_path / "cache")
    parallel = aicont(*args, "--jobs", "2", "--cache", cache)
    cached = aicont(*args, "--jobs", "2", "--cache", cache)
    assert serial.stdout == parallel.stdout == cached.stdout
    assert {r["pair"] for r in json.loads(serial.stdout)["reports"]} == {"da/sv", "da/nb", "da/nn"}
