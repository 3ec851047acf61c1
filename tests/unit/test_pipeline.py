"""The pipeline's reading of a pair: block-id prefixes, the OCR-repair setting, one read per file."""

from __future__ import annotations

from aicont import pipeline
from conftest import DA, SV


def test_pair_ids_carry_language_codes_when_they_differ() -> None:
    left, right = pipeline.load_pair(DA, SV)
    assert (left.lang, right.lang) == ("da", "sv")
    assert all(b.id.startswith("da:") for b in left.blocks)
    assert all(b.id.startswith("sv:") for b in right.blocks)


def test_pair_of_one_language_is_left_and_right() -> None:
    left, right = pipeline.load_pair(SV, SV)
    assert left.blocks[0].id.startswith("left:") and right.blocks[0].id.startswith("right:")
    assert [b.text for b in left.blocks] == [b.text for b in right.blocks]


def test_ocr_repair_setting_reaches_the_normaliser() -> None:
    repaired, _ = pipeline.load_pair(DA, SV)
    raw, _ = pipeline.load_pair(DA, SV, ocr_repair=False)
    assert any(e.kind == "ocr-repair" for e in repaired.edits)
    assert not any(e.kind == "ocr-repair" for e in raw.edits)
    assert "AI-forordningen" in " ".join(b.text for b in repaired.blocks)


def test_each_input_is_read_once(monkeypatch) -> None:
    import aicont.ingest

    calls: list[str] = []
    real = aicont.ingest.load

    def counting(path, *args):  # noqa: ANN001, ANN002, ANN202
        calls.append(str(path))
        return real(path, *args)

    monkeypatch.setattr(aicont.ingest, "load", counting)
    pipeline.load_pair(DA, SV)
    assert sorted(calls) == sorted([str(DA), str(SV)])
