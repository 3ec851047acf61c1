"""The stored CLDR and num2words facts (src/aicont/lang/data/<code>.json) are what the installed
Babel and num2words say: each file is computed again and compared, so it can never drift from
CLDR. After upgrading either library, run tools/make_cldr_data.py: where the installed versions
are not those the files were made with (a fresh install may get newer ones), the comparison is
skipped with the reason, and the files stay a consistent snapshot of the recorded versions."""

from __future__ import annotations

import pytest

from aicont.lang import get_data, supported_languages
from aicont.lang.cldr import DATA_DIR, computed_facts, facts_file, library_facts, library_versions, stored_versions


@pytest.mark.parametrize("lang", supported_languages())
def test_stored_facts_are_what_the_libraries_say(lang: str) -> None:
    made_with, installed = stored_versions(lang), library_versions()
    if made_with != installed:
        pytest.skip(f"lang/data/{lang}.json was made with {made_with}, installed {installed}: run tools/make_cldr_data.py")
    stored = (DATA_DIR / f"{lang}.json").read_text(encoding="utf-8")
    assert stored == facts_file(lang, get_data(lang).number_cases), f"run tools/make_cldr_data.py ({lang} drifted)"


@pytest.mark.parametrize("lang", ["da", "fi", "pl"])
def test_stored_facts_read_back_as_computed(lang: str) -> None:
    cases = get_data(lang).number_cases
    facts = library_facts(lang, cases)
    assert hash(tuple(facts.values()))  # tuples again, as a frozen pack holds them
    made_with, installed = stored_versions(lang), library_versions()
    if made_with != installed:  # other versions compute other facts (a newer CLDR): nothing to compare
        pytest.skip(f"lang/data/{lang}.json was made with {made_with}, installed {installed}: run tools/make_cldr_data.py")
    assert facts == computed_facts(lang, cases)


def test_other_codes_and_other_cases_are_computed() -> None:
    assert not (DATA_DIR / "nb.json").exists()
    assert ("januar", 1) in library_facts("nb")["months"]
    # Finnish cardinals in the cases its data names are stored; in no case they are computed
    assert library_facts("fi", ())["number_words"] == computed_facts("fi", ())["number_words"]
    assert library_facts("fi", ()) != library_facts("fi", get_data("fi").number_cases)


def test_an_eu_pack_is_built_without_importing_the_libraries() -> None:
    import subprocess
    import sys

    code = (
        "import sys\nfrom aicont.lang import get_pack\nget_pack('da'); get_pack('fi')\n"
        "print(sorted(m for m in ('babel', 'num2words') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
