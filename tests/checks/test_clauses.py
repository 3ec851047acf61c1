"""Unit tests of AC508's pieces (checks/clauses.py): which sentences are paired with the run's
sentence, and which words count as missing from the other passage."""

from __future__ import annotations

from aicont.checks import clauses
from aicont.checks.clauses import CONTENT, Side, Word, paired_sentences


def _side(text: str, content: set[str]) -> Side:
    """A side whose words are the text's space-separated tokens (those in `content` content words)."""
    words, pos = [], 0
    for token in text.split(" "):
        kind = CONTENT if token.strip(".") in content else clauses.FUNCTION
        words.append(Word(pos, pos + len(token), token.strip(".").lower(), kind))
        pos += len(token) + 1
    return Side(text, tuple(words), (), ())


def _sentences(side: Side) -> list[tuple[int, int]]:
    out, start = [], 0
    for k, ch in enumerate(side.text):
        if ch == ".":
            out.append((start, k + 1))
            start = k + 2
    return out


def test_sentences_paired_in_order_when_both_sides_have_as_many() -> None:
    a = _side("Alpha beta. Gamma delta.", {"Alpha", "Gamma"})
    b = _side("Uno dos. Tres cuatro.", {"Uno", "Tres"})
    assert paired_sentences(_sentences(a), _sentences(b), 1, a, b, {}) == ((12, 24), (9, 21))


def test_a_sentence_split_in_two_on_the_other_side_is_paired_with_both() -> None:
    # left sentence 0 is split into right sentences 0 and 1; left 1 is right 2
    a = _side("Alpha beta gamma delta. Epsilon zeta.", {"Alpha", "gamma", "Epsilon"})
    b = _side("Uno dos. Tres cuatro. Cinco seis.", {"Uno", "Tres", "Cinco"})
    sa, sb = _sentences(a), _sentences(b)
    links = {0: 0, 2: 2, 4: 4}  # Alpha-Uno, gamma-Tres, Epsilon-Cinco
    assert paired_sentences(sa, sb, 0, a, b, links) == (sa[0], (sb[0][0], sb[1][1]))
    assert paired_sentences(sa, sb, 1, a, b, links) == (sa[1], sb[2])


def test_links_close_both_sides_when_sentences_are_rebuilt() -> None:
    # left 0 and 1 are both linked into right 0: the pair is left 0-1 / right 0
    a = _side("Alpha beta. Gamma delta. Epsilon zeta.", {"Alpha", "Gamma", "Epsilon"})
    b = _side("Uno dos tres. Cinco seis.", {"Uno", "tres", "Cinco"})
    sa, sb = _sentences(a), _sentences(b)
    links = {0: 0, 2: 2, 4: 3}
    assert paired_sentences(sa, sb, 0, a, b, links) == ((sa[0][0], sa[1][1]), sb[0])


def test_a_sentence_with_no_linked_word_has_no_counterpart() -> None:
    a = _side("Alpha beta. Gamma delta.", {"Alpha", "Gamma"})
    b = _side("Uno dos tres.", {"Uno"})
    assert paired_sentences(_sentences(a), _sentences(b), 1, a, b, {0: 0}) is None


def test_a_word_counts_as_missing_only_when_the_translation_keeps_it() -> None:
    # "parliament" always has its cognate on the other side of the confident passages; "union"
    # has it once in three (the other version says it otherwise)
    def words(*keys: str) -> tuple[Word, ...]:
        return tuple(Word(0, 0, k, CONTENT) for k in keys)

    confident = [
        (words("parliament", "union"), words("parlamento", "europa")),
        (words("parliament", "union"), words("parlamento", "comunidad")),
        (words("parliament", "union"), words("parlamento", "unione")),
    ]
    kept = clauses._kept(confident, {})
    assert kept["parlia"] == 1.0
    assert kept["union"] < clauses.KEPT_SHARE
    other = list(words("consejo"))
    assert clauses._absent(Word(0, 0, "parliament", CONTENT), other, {"consej"}, {}, kept)
    assert not clauses._absent(Word(0, 0, "union", CONTENT), other, {"consej"}, {}, kept)
    assert not clauses._absent(Word(0, 0, "parliament", CONTENT), list(words("parlamentu")), {"parlam"}, {}, kept)


def test_chunks_are_cut_at_commas_brackets_and_dashes_not_inside_numbers() -> None:
    from aicont.checks.chunks import cut_chunks

    text = "Rules on fines, periodic penalty payments (OJ L 7) — as amended; 1,5 % kept."
    got = [text[a:b] for a, b in cut_chunks(text, [(0, len(text))])]
    assert got == ["Rules on fines", "periodic penalty payments", "OJ L 7", "as amended", "1,5 % kept."]


def test_a_chunk_whose_words_moved_across_a_comma_is_paired_with_both() -> None:
    # left chunks: "Alpha beta" | "gamma delta" ; right: "Uno" | "dos tres" | "cuatro": gamma is
    # linked into right chunk 0 (its word moved), so left 1 closes with right 0-1; left 0 alone
    # closes with right 0 only when nothing of it reaches further
    a = _side("Alpha beta, gamma delta", {"Alpha", "gamma", "delta"})
    b = _side("Uno dos, tres cuatro, cinco", {"Uno", "dos", "tres", "cinco"})
    ca, cb = [(0, 10), (12, 23)], [(0, 7), (9, 20), (22, 27)]
    links = {0: 0, 2: 1, 3: 2}  # Alpha-Uno, gamma-dos (right chunk 0), delta-tres (right chunk 1)
    assert clauses.close_spans(ca, cb, 1, 1, a, b, links) == ((0, 1), (0, 1))
    assert clauses.close_spans(ca, cb, 0, 0, a, b, {0: 0, 3: 2}) == ((0, 0), (0, 0))
    assert clauses.close_spans(ca, cb, 0, 0, a, b, {3: 2}) is None
