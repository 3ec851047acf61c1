"""Language codes and identification: declared code, then the file's name, then the text; clear
conflicts between a name and its text; EU languages only."""

from __future__ import annotations

from pathlib import Path

import pytest

from aicont.errors import ConfigError
from aicont.lang import detect
from aicont.pipeline import load_document

from conftest import DA, SV


@pytest.mark.parametrize(
    ("name", "tag", "lang"),
    [
        ("mt.txt", "mt", "mt"),
        ("DA.txt", "da", "da"),
        ("sv-SE.txt", "sv-SE", "sv"),
        ("sv_se.pdf", "sv-SE", "sv"),
        ("zh-hant-tw.txt", "zh-Hant-TW", "zh"),
        ("nb.txt", "nb", "nb"),
        ("swedish.txt", None, None),
        ("xx.txt", None, None),
        ("mini.left.txt", None, None),
        ("aicont-baseline.json", None, None),
        ("README.md", None, None),
    ],
)
def test_language_from_the_name(name: str, tag: str | None, lang: str | None) -> None:
    assert detect.tag_of_name(Path("corpus/doc") / name) == tag
    assert detect.language_from_name(name) == lang


@pytest.mark.parametrize("value", ["xx", "danish", "", "d", "sv-", "root"])
def test_wrong_code_is_an_error_naming_the_allowed_codes(value: str) -> None:
    with pytest.raises(ConfigError) as err:
        detect.language_code(value, "--left-lang")
    message = str(err.value)
    assert message.startswith("--left-lang:") and "bg, cs, da" in message and "\n" not in message


@pytest.mark.parametrize(("value", "code"), [("sv", "sv"), ("SV", "sv"), ("sv-SE", "sv"), ("nb", "nb"), ("ga", "ga")])
def test_declared_codes(value: str, code: str) -> None:
    assert detect.language_code(value, "langs.left") == code


def test_detection_is_restricted_to_the_eu_languages() -> None:
    assert len(detect.EU_LANGUAGES) == 24
    assert detect.detectable() <= frozenset(detect.EU_LANGUAGES)
    assert "mt" not in detect.detectable()  # lingua has no Maltese model
    from lingua import IsoCode639_1  # the literal list is lingua's own

    assert detect.detectable() == frozenset(c for c in detect.EU_LANGUAGES if hasattr(IsoCode639_1, c.upper()))
    assert detect.detect_language(SV.read_text(encoding="utf-8")[:3000]) == "sv"


def test_the_name_wins_over_detection_and_a_clear_conflict_is_a_notice(tmp_path: Path) -> None:
    named = tmp_path / "de.txt"
    named.write_text(SV.read_text(encoding="utf-8"), encoding="utf-8")
    doc = load_document(named)
    assert doc.lang == "de"
    assert any("named 'de' but its text reads as 'sv'" in n for n in doc.notices)
    # declared: no reading of the text at all, no notice
    assert not any("reads as" in n for n in load_document(named, lang="de").notices)


def test_no_conflict_for_a_matching_name_or_an_undetectable_language(tmp_path: Path) -> None:
    from aicont.ingest import load

    assert detect.name_conflict(load(DA), "da") is None
    assert detect.name_conflict(load(SV), "sv") is None
    # Maltese has no lingua model: a file named mt.txt is Maltese, whatever lingua would guess
    assert detect.name_conflict(load(SV), "mt") is None
    # a language outside the EU's 24 cannot be told by the detector either
    assert detect.name_conflict(load(SV), "nb") is None
    assert detect.name_conflict(load(SV), "de") == "sv"


def test_unnamed_file_is_detected(tmp_path: Path) -> None:
    unnamed = tmp_path / "version-b.txt"
    unnamed.write_text(SV.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_document(unnamed).lang == "sv"


def test_every_dgt_version_matches_its_name_and_no_other(dgt_dir: Path) -> None:
    """23 real language versions: the right name never conflicts; a wrong one always does (but a
    name lingua cannot check: Maltese)."""
    from aicont.ingest import load

    from conftest import DGT_LANGS

    for doc in ("ecaa-annex", "eu-ch-air-transport"):
        for k, lang in enumerate(DGT_LANGS):
            raw = load(dgt_dir / doc / f"{lang}.txt")
            assert detect.name_conflict(raw, lang) is None, (doc, lang)
            wrong = DGT_LANGS[(k + 1) % len(DGT_LANGS)]
            conflict = detect.name_conflict(raw, wrong)
            if wrong == "mt":  # undetectable: the name is trusted
                assert conflict is None, (doc, lang)
            elif lang == "mt":  # Maltese reads as something else, but clearly not as `wrong`
                assert conflict not in (None, wrong), (doc, wrong)
            else:
                assert conflict == lang, (doc, lang, wrong)


def test_lingua_is_spared_only_for_a_text_plainly_in_its_named_language(dgt_dir: Path) -> None:
    """The function-word shortcut of name_conflict: on the DGT versions no wrong name ever passes
    it (each version under every other language lingua knows: the judge is always asked), while
    the action plan's right names do (the judge is spared)."""
    from aicont.ingest import load

    from conftest import DGT_LANGS

    def plainly(raw, name: str) -> bool:  # noqa: ANN001
        return detect._plainly(name, *detect._function_word_hits(detect._sample(raw)))

    assert plainly(load(DA), "da") and plainly(load(SV), "sv")
    spared = 0
    for doc in ("ecaa-annex", "eu-ch-air-transport"):
        for lang in DGT_LANGS:
            raw = load(dgt_dir / doc / f"{lang}.txt")
            spared += plainly(raw, lang)
            wrong = [name for name in sorted(detect.detectable()) if name != lang and plainly(raw, name)]
            assert not wrong, (doc, lang, wrong)
    assert spared >= 10
