"""Seeded errors in 22 languages: changes injected into copies of the real DGT-TM act
(../shared/dgt/eu-ch-air-transport), each language version compared with the English one.

The seeds are not written by hand for each language: they are derived from what every version
says, the same way in every language, so that a language added later gets them too. For each
version, on lines where English states the same value (so that a change makes a difference):
a date's year, its day, its month (the month word replaced by the same CLDR table's, or the same
hand-written form's, next month); an amount; an act number; an article number; a size qualifier
removed or reversed (alternately by language); a number word replaced by the next number's form
with the most similar ending; a whole sentence removed. Every seed must be found with the default
settings, at its line, by one of its codes, exactly once; nothing else may be new (findings are
compared with those of the unmodified pair, by fingerprint, as a baseline would). Target: >= 95 %
found, none twice, nothing else new.

The same module checks the default EN-X reports of both acts: every value finding (AC1xx-AC3xx)
must be a reviewed real difference between the texts, listed in tests/corpus/expected/dgt_values.toml
(a real difference the seeded run shows and the unmodified run did not is no "new" finding either).

Run as a script to print every seed and what was found:
`.venv/bin/python tests/corpus/test_seeded_dgt.py [lang ...]`.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conftest import DGT, DGT_LANGS, new_findings  # noqa: E402

DOCUMENT = "eu-ch-air-transport"
OTHER = "ecaa-annex"
LANGS = tuple(lang for lang in DGT_LANGS if lang != "en")
TARGET = 0.95
# seeds stand this many lines apart (three segments): a value that also stands in a neighbouring
# passage is read as an alignment slip, so seeds must not be each other's neighbours
GAP = 6
SIZE = {"gt": "lt", "lt": "gt", "ge": "le", "le": "ge"}
# a size qualifier and the one of the same sense (the checks take "more than" = "at least")
_SENSE = {"gt": "ge", "ge": "gt", "lt": "le", "le": "lt"}
DATE_CODES = ("AC201",)


@dataclass(frozen=True)
class Seed:
    kind: str
    line: int  # the line of the right (seeded) file; for a removed sentence, also the English line
    old: str  # the text replaced on that line (exactly once there)
    new: str
    expect: tuple[str, ...]  # the codes one of which must be found
    side: str = "right"  # the side whose quote must stand on `line`


@dataclass
class Outcome:
    seed: Seed
    found: list  # new findings at the seed's line
    ok: bool


# --------------------------------------------------------------------------- reviewed differences

EXPECTED = Path(__file__).resolve().parent / "expected" / "dgt_values.toml"
VALUE_CODES = ("AC1", "AC2", "AC3")


def reviewed() -> list[dict]:
    import tomllib

    return tomllib.loads(EXPECTED.read_text(encoding="utf-8"))["difference"]


def is_reviewed(finding, document: str, lang: str) -> bool:  # noqa: ANN001
    """The finding is one of the reviewed real differences of this document and language."""
    quote = finding.right
    values = {v for v in (finding.left.value if finding.left else None, quote.value if quote else None) if v}
    for e in reviewed():
        if e["document"] == document and lang in e["langs"] and e["code"] == finding.code and e["value"] in values:
            if quote is not None and any(sp.line_start <= e["line"] <= sp.line_end for sp in quote.spans):
                return True
    return False


# --------------------------------------------------------------------------- loading


def _load(path: Path, lang: str):  # noqa: ANN202 - (Document, {line: [(Value, Block)]})
    from aicont.extract import extract_document
    from aicont.pipeline import load_document

    doc = load_document(path, side=lang, lang=lang)
    values = extract_document(doc)
    by_line: dict[int, list] = {}
    for block in doc.blocks:
        for v in values[block.id]:
            if v.line is not None:
                by_line.setdefault(v.line, []).append((v, block))
    return doc, by_line


def _family(kind: str) -> str:
    from aicont.checks.matching import FAMILY

    return FAMILY.get(kind, kind)


def _keys(entries: list) -> Counter:
    return Counter((_family(v.kind), v.canonical) for v, _ in entries)


# --------------------------------------------------------------------------- seed makers


def _located(line_text: str, raw: str) -> str | None:
    """`raw` as it stands in the file's line (normalisation turned its no-break spaces into
    spaces), when it stands there exactly once."""
    if not raw.strip():
        return None
    rx = re.compile(r"\s+".join(re.escape(part) for part in raw.split()))
    hits = rx.findall(line_text)
    return hits[0] if len(hits) == 1 else None


def _digits_changed(raw: str, number: str, new: str) -> str | None:
    """`raw` with the digit run `number` (standing alone, exactly once) replaced by `new`."""
    hits = list(re.finditer(rf"(?<!\d){re.escape(number)}(?!\d)", raw))
    if len(hits) != 1:
        return None
    m = hits[0]
    return raw[: m.start()] + new + raw[m.end():]


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _like(word: str, forms: list[str]) -> str | None:
    """The form most like `word` in its ending (the same grammatical case), in `word`'s letter case."""
    from aicont.text import fold

    if not forms:
        return None
    best = max(forms, key=lambda f: (_common_suffix(fold(f), fold(word)), -abs(len(f) - len(word)), f))
    return best[:1].upper() + best[1:] if word[:1].isupper() else best


def _month_word(raw: str, pack) -> tuple[str, int] | None:  # noqa: ANN001
    from aicont.text import fold

    months = {fold(name): n for name, n in pack.months}
    for word in re.findall(r"[^\W\d_][\w'’]*", raw):
        if fold(word.rstrip(".")) in months:
            return word, months[fold(word.rstrip("."))]
    return None


def _month_forms(word: str, number: int, target: int, lang: str, pack) -> list[str]:  # noqa: ANN001
    """Forms of month `target` in the table (CLDR width and context, or hand-written list position)
    where `word` is month `number`."""
    from babel.dates import get_month_names

    from aicont.text import fold

    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            names = get_month_names(width, context=context, locale=lang)
            if fold(names[number]) == fold(word.rstrip(".")):
                return [names[target]]
    own = [f for f, n in pack.data.month_forms if n == number]
    other = [f for f, n in pack.data.month_forms if n == target]
    folded = [fold(f) for f in own]
    if fold(word) in folded and len(own) == len(other):
        return [other[folded.index(fold(word))]]
    return []


def _date_seeds(v, lang: str, pack, near: set[str]) -> list[tuple[str, str, str]]:  # noqa: ANN001
    """(kind, new raw) for a date value's year, day and month."""
    import datetime as dt

    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v.canonical)
    if m is None:
        return []
    y, mo, d = (int(x) for x in m.groups())
    out = []
    for dy in (3, -3, 7):
        new = _digits_changed(v.raw, str(y), str(y + dy))
        if new and f"{y + dy}-{mo:02d}-{d:02d}" not in near and _valid(y + dy, mo, d):
            out.append(("year", new))
            break
    for dd in (5, -5, 3, -3):
        new = _digits_changed(v.raw, str(d), str(d + dd))
        if new and _valid(y, mo, d + dd) and f"{y}-{mo:02d}-{d + dd:02d}" not in near:
            out.append(("day", new))
            break
    month = _month_word(v.raw, pack)
    if month is not None:
        word, number = month
        for target in (number + 2, number - 2):
            if 1 <= target <= 12 and _valid(y, target, d) and f"{y}-{target:02d}-{d:02d}" not in near:
                form = _like(word, _month_forms(word, number, target, lang, pack))
                if form:
                    out.append(("month", v.raw.replace(word, form, 1)))
                break
    del dt
    return out


def _valid(y: int, mo: int, d: int) -> bool:
    import datetime as dt

    try:
        dt.date(y, mo, d)
    except ValueError:
        return False
    return True


def _number_word_seed(v, pack) -> str | None:  # noqa: ANN001
    from aicont.text import fold, fold_key

    m = re.match(r"[^\W\d_][\w'’]*", v.raw)
    if m is None:
        return None
    word = m.group(0)
    cardinals = dict(pack.cardinals)
    n = cardinals.get(word.lower(), cardinals.get(fold_key(word)))
    if n is None:
        return None
    target = n + 1 if n < 10 else n - 1
    forms = [w for w, k in pack.cardinals if k == target and " " not in w and "-" not in w]
    form = _like(word, forms)
    del fold
    return None if form is None else form + v.raw[len(word):]


def _qualifier_phrase(v, block, pack) -> str | None:  # noqa: ANN001
    """The qualifier phrase standing right before `v` (None for a postposition or glued ending)."""
    from aicont.extract.qualifiers import qualifier_before

    code, start = qualifier_before(block.text, v.offset, v.kind, pack)
    if code is None or code != v.qualifier:
        return None
    return block.text[start:v.offset]


def _opposite(code: str, pack) -> str | None:  # noqa: ANN001
    phrases = [w for w, c in pack.data.qualifiers if c == SIZE[code]]
    return min(phrases, key=lambda w: (len(w.split()), len(w), w)) if phrases else None


# --------------------------------------------------------------------------- choosing the seeds


def make_seeds(lang: str, index: int, en_values: dict, x_values: dict, x_lines: list[str], baseline) -> list[Seed]:  # noqa: ANN001
    """The seeds of one language version: at most one of each kind, on clean lines apart."""
    from aicont.lang import get_pack

    pack = get_pack(lang)
    busy = {s.line_start for f in baseline for q in (f.left, f.right) if q for s in q.spans}
    taken: list[int] = []
    seeds: list[Seed] = []
    wanted = ["year", "day", "month", "amount" if index % 2 == 0 else "qualifier", "act", "article", "word", "sentence"]

    def free(line: int) -> bool:
        return line not in busy and all(abs(line - t) >= GAP for t in taken)

    def near(line: int) -> set[str]:
        return {v.canonical for k in range(line - GAP, line + GAP + 1) for v, _ in en_values.get(k, ())}

    def add(kind: str, line: int, old: str, new: str, expect: tuple[str, ...], side: str = "right") -> None:
        found = _located(x_lines[line - 1], old)
        if kind in wanted and free(line) and found and " ".join(old.split()) != " ".join(new.split()):
            seeds.append(Seed(kind, line, found, new, expect, side))
            taken.append(line)
            wanted.remove(kind)

    # a removed sentence is taken from the body (the first candidate past 40 % of the document),
    # not from the title
    body = len(x_lines) * 2 // 5
    for line in sorted(x_values):
        if line not in en_values:
            continue
        shared = _keys(x_values[line]) & _keys(en_values[line])
        for v, block in x_values[line]:
            if (_family(v.kind), v.canonical) not in shared or v.suspect:
                continue
            if v.kind == "date":
                for kind, new in _date_seeds(v, lang, pack, near(line)):
                    add(kind, line, v.raw, new, DATE_CODES)
            elif v.kind == "amount":
                number = re.search(r"\d+", v.raw)
                if number:
                    add("amount", line, v.raw, _digits_changed(v.raw, number.group(0), str(int(number.group(0)) * 2)) or v.raw, ("AC101",))
            elif v.kind == "reference" and re.fullmatch(r"(?:[A-Z]+ )?\d+/\d{4}|\d+/\d+/[A-Za-z]+", v.canonical):
                numbers = re.findall(r"\d+", v.canonical)
                # the act's own number, not its year ("2018/1139" → 1139, "1/2019" → 1)
                number = next((n for n in reversed(numbers) if not re.fullmatch(r"(?:19|20)\d\d", n)), numbers[-1])
                new = _digits_changed(v.raw, number, str(int(number) + 7))
                if new and not any(str(int(number) + 7) in c for c in near(line)):
                    add("act", line, v.raw, new, ("AC401",))
            elif v.kind == "reference" and re.fullmatch(r"Art\. \d+", v.canonical):
                number = v.canonical.split()[1]
                new = _digits_changed(v.raw, number, str(int(number) + 1))
                if new and f"Art. {int(number) + 1}" not in near(line):
                    add("article", line, v.raw, new, ("AC401",))
            elif v.kind in ("count", "duration") and v.raw[:1].isalpha():
                new = _number_word_seed(v, pack)
                if new:
                    add("word", line, v.raw, new, ("AC103",))
            en_qualifiers = {e.qualifier for e, _ in en_values[line] if e.canonical == v.canonical}
            if v.qualifier in SIZE and "qualifier" in wanted and en_qualifiers & {v.qualifier, _SENSE.get(v.qualifier)}:
                phrase = _qualifier_phrase(v, block, pack)
                if phrase:
                    if index % 4 == 1:
                        add("qualifier", line, phrase + v.raw, v.raw, ("AC302",))
                    elif (opposite := _opposite(v.qualifier, pack)) is not None:
                        add("qualifier", line, phrase + v.raw, opposite + " " + v.raw, ("AC301",))
        if "sentence" in wanted and line > body and len(x_lines[line - 1]) > 80 and any(_family(v.kind) == "date" for v, _ in x_values[line]):
            add("sentence", line, x_lines[line - 1], "", ("AC501", "AC507"), side="left")
    return seeds


# --------------------------------------------------------------------------- running


def run_language(lang: str, index: int, en_path: Path, x_path: Path, tmp: Path, en_cache: dict) -> tuple[list[Outcome], list, list[Seed], tuple]:
    """(outcome of each seed, new findings at no seed's line, seeds, the unmodified pair's findings)."""
    from aicont.config import DEFAULT
    from aicont.pipeline import compare_documents

    if "en" not in en_cache:
        en_cache["en"] = _load(en_path, "en")
    en_doc, en_values = en_cache["en"]
    x_doc, x_values = _load(x_path, lang)
    config = replace(DEFAULT, left_lang="en", right_lang=lang)
    baseline = compare_documents(en_doc, x_doc, config).findings
    x_lines = x_path.read_text(encoding="utf-8").split("\n")
    seeds = make_seeds(lang, index, en_values, x_values, x_lines, baseline)
    changed = list(x_lines)
    for s in seeds:
        changed[s.line - 1] = changed[s.line - 1].replace(s.old, s.new, 1)
    path = tmp / f"{lang}.txt"
    path.write_text("\n".join(changed), encoding="utf-8")
    from aicont.pipeline import load_document

    seeded = compare_documents(en_doc, load_document(path, side=lang, lang=lang), config).findings
    new = new_findings([f.fingerprint for f in baseline], seeded)
    outcomes, claimed = [], set()
    for s in seeds:
        here = [f for f in new if _at(f, s)]
        claimed.update(id(f) for f in here)
        ok = len(here) == 1 and here[0].code in s.expect
        outcomes.append(Outcome(s, here, ok))
    extra = [f for f in new if id(f) not in claimed and not is_reviewed(f, DOCUMENT, lang)]
    return outcomes, extra, seeds, baseline


def _at(finding, seed: Seed) -> bool:  # noqa: ANN001
    quote = finding.right if seed.side == "right" else finding.left
    return quote is not None and any(s.line_start <= seed.line <= s.line_end for s in quote.spans)


def _describe(f) -> str:  # noqa: ANN001
    where = [q.spans[0].line_start for q in (f.left, f.right) if q and q.spans]
    return f"{f.code} {f.message[:120]} {where}"


@pytest.fixture(scope="module")
def results(dgt_dir: Path, tmp_path_factory) -> dict:  # noqa: ANN001
    tmp = tmp_path_factory.mktemp("seeded-dgt")
    cache: dict = {}
    return {
        lang: run_language(lang, i, dgt_dir / DOCUMENT / "en.txt", dgt_dir / DOCUMENT / f"{lang}.txt", tmp, cache)
        for i, lang in enumerate(LANGS)
    }


def test_seeded_errors_found_once_at_their_line_and_nothing_else(results: dict) -> None:
    outcomes = [o for lang in results for o in results[lang][0]]
    missed = [f"{lang} {o.seed.kind} line {o.seed.line} {o.seed.old[:50]!r} -> {o.seed.new[:50]!r}: "
              + ("; ".join(_describe(f) for f in o.found) or "nothing")
              for lang in results for o in results[lang][0] if not o.ok]
    twice = [o for o in outcomes if len(o.found) > 1]
    extra = [f"{lang}: {_describe(f)}" for lang in results for f in results[lang][1]]
    found = sum(o.ok for o in outcomes)
    detail = "\n".join(missed + extra)
    assert len(outcomes) >= 8 * len(LANGS) * 0.9, f"only {len(outcomes)} seeds could be placed"
    assert found / len(outcomes) >= TARGET, f"{found}/{len(outcomes)} found\n{detail}"
    assert not twice, detail
    assert not extra, detail


def test_every_language_gets_every_kind_of_seed(results: dict) -> None:
    kinds = {"year", "day", "month", "act", "article", "word", "sentence"}
    for lang, (_, _, seeds, _) in results.items():
        missing = kinds - {s.kind for s in seeds}
        assert not missing, f"{lang}: no place for {sorted(missing)} seeds"


@pytest.fixture(scope="module")
def other_document(dgt_dir: Path) -> dict:
    """lang → findings of the default EN-X report of the other shared act."""
    from aicont.config import DEFAULT
    from aicont.pipeline import compare_documents, load_document

    en = load_document(dgt_dir / OTHER / "en.txt", side="en", lang="en")
    out = {}
    for lang in LANGS:
        x = load_document(dgt_dir / OTHER / f"{lang}.txt", side=lang, lang=lang)
        out[lang] = compare_documents(en, x, replace(DEFAULT, left_lang="en", right_lang=lang)).findings
    return out


def test_en_x_value_findings_are_reviewed_real_differences(results: dict, other_document: dict) -> None:
    unexplained = [
        f"{document} en-{lang}: {_describe(f)}"
        for document, reports in ((DOCUMENT, {lang: r[3] for lang, r in results.items()}), (OTHER, other_document))
        for lang, findings in reports.items()
        for f in findings
        if f.code.startswith(VALUE_CODES) and not is_reviewed(f, document, lang)
    ]
    assert not unexplained, "\n".join(unexplained)


if __name__ == "__main__":  # pragma: no cover - a report for development
    import tempfile

    chosen = tuple(sys.argv[1:]) or LANGS
    cache: dict = {}
    total = ok = 0
    with tempfile.TemporaryDirectory() as tmp:
        for lang in chosen:
            outs, extra, _, _ = run_language(lang, LANGS.index(lang), DGT / DOCUMENT / "en.txt", DGT / DOCUMENT / f"{lang}.txt", Path(tmp), cache)
            for o in outs:
                total += 1
                ok += o.ok
                mark = "ok " if o.ok else "MISS"
                print(f"{mark} {lang} {o.seed.kind:9} {o.seed.line:4} {o.seed.old[:40]!r} -> {o.seed.new[:40]!r} "
                      + ("; ".join(_describe(f) for f in o.found) or "nothing"))
            for f in extra:
                print(f"EXTRA {lang} {_describe(f)}")
    print(f"{ok}/{total} found")
