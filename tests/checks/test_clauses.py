"""Unit tests of AC508's pieces (checks/clauses.py): which sentences are paired with the run's
sentence, and which words count as missing from the other passage."""

from __future__ import annotations

import math

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
    counts = clauses._kept(confident, {})
    assert counts["parlia"] == (3, 3) and counts["union"] == (1, 3)
    kept = clauses.kept_shares(counts)
    assert kept["parlia"] == 1.0
    assert kept["union"] < clauses.KEPT_SHARE
    other = list(words("consejo"))
    assert clauses._absent(Word(0, 0, "parliament", CONTENT), other, {"consej"}, {}, kept)
    assert not clauses._absent(Word(0, 0, "union", CONTENT), other, {"consej"}, {}, kept)
    assert not clauses._absent(Word(0, 0, "parliament", CONTENT), list(words("parlamentu")), {"parlam"}, {}, kept)


def test_a_word_the_translation_seldom_keeps_is_untranslated() -> None:
    # stem -> (passages with a translation on the other side, passages): "milles" (Estonian "in
    # which") stands in 20 passages and is translated in 3 of them; "maarus" in as many as the share
    # asks; "harva" in none of 19 (too few passages to tell)
    n = clauses.UNTRANSLATED_MIN
    share = math.ceil(clauses.UNTRANSLATED_SHARE * n)
    counts = {"milles": (3, n), "maarus": (share, n), "harva": (0, n - 1), "lennun": (n, n)}
    assert clauses.untranslated_stems(counts) == {"milles"}
    side = _side("ohutus milles lennundus", {"ohutus", "milles", "lennundus"})
    kinds = [w.kind for w in clauses._without(side, frozenset({"milles"})).words]
    assert kinds == [CONTENT, clauses.FUNCTION, CONTENT]


def test_chunks_are_cut_at_commas_brackets_and_dashes_not_inside_numbers() -> None:
    from aicont.checks.chunks import cut_chunks

    text = "Rules on fines, periodic penalty payments (OJ L 7) — as amended; 1,5 % kept."
    got = [text[a:b] for a, b in cut_chunks(text, [(0, len(text))])]
    assert got == ["Rules on fines", "periodic penalty payments", "OJ L 7", "as amended", "1,5 % kept."]


def test_a_colon_inside_a_word_cuts_no_chunk() -> None:
    from aicont.checks.chunks import cut_chunks

    # the Finnish "N:o" (number) is a word, not a cut; a colon before a space is
    text = "asetuksen (EY) N:o 216/2008 mukaisesti: muutettuna"
    got = [text[a:b] for a, b in cut_chunks(text, [(0, len(text))])]
    assert got == ["asetuksen", "EY", "N:o 216/2008 mukaisesti", "muutettuna"]


def test_a_run_crosses_a_colon_inside_a_word_but_not_a_clause_end() -> None:
    # Finnish titles write "asetuksen (EY) N:o 216/2008": the run of unlinked words on either side of
    # "N:o" is one run; a colon before a space ends the clause, and a run never crosses it
    content = {"alpha", "lentotoimintaan", "teknisistä", "vaatimuksista", "menettelyistä", "omega"}
    b = _side("alpha omega", {"alpha", "omega"})
    a = _side("alpha lentotoimintaan teknisistä N:o vaatimuksista menettelyistä omega", content)
    runs = clauses.find_runs(a, b, {0: 0, 6: 1}, "left", 1.0, {}, {})
    assert [(a.text[r.start:r.end], r.content) for r in runs] == [
        ("lentotoimintaan teknisistä N:o vaatimuksista menettelyistä", 4)
    ]
    a = _side("alpha lentotoimintaan teknisistä: vaatimuksista menettelyistä omega", content | {"teknisistä:"})
    assert clauses.find_runs(a, b, {0: 0, 5: 1}, "left", 1.0, {}, {}) == []


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


def test_two_short_gaps_across_one_link_make_a_joined_run() -> None:
    # "specifications for national quality control programmes" left out but for "quality": the link
    # quality-qualita splits the unlinked words 2 + 2; taken together across it they are one run
    text = "rules on specifications for national quality control programmes in aviation"
    a = _side(text, {"rules", "specifications", "national", "quality", "control", "programmes", "aviation"})
    b = _side("regole sulla qualita in aviazione", {"regole", "qualita", "aviazione"})
    links = {0: 0, 5: 2, 9: 4}  # rules-regole, quality-qualita, aviation-aviazione
    runs = clauses.find_runs(a, b, links, "left", 1.0, {}, {})
    assert [(a.text[r.start:r.end], r.content, r.joined, r.unmatched_other, r.unmatched_rest) for r in runs] == [
        ("specifications for national quality control programmes", 4, True, 0, 0)
    ]


def test_no_joined_run_across_a_bracket_or_next_to_a_run_of_its_own() -> None:
    a = _side("rules specifications national (quality) control programmes aviation", {
        "rules", "specifications", "national", "(quality)", "control", "programmes", "aviation"})
    b = _side("regole qualita aviazione", {"regole", "qualita", "aviazione"})
    assert clauses.find_runs(a, b, {0: 0, 3: 1, 6: 2}, "left", 1.0, {}, {}) == []
    # three unlinked words before the link are a run of their own; no joined run is added to it
    c = _side("rules specifications national standards quality control programmes aviation", {
        "rules", "specifications", "national", "standards", "quality", "control", "programmes", "aviation"})
    runs = clauses.find_runs(c, b, {0: 0, 4: 1, 7: 2}, "left", 1.0, {}, {})
    assert [(c.text[r.start:r.end], r.joined) for r in runs] == [("specifications national standards", False)]


def test_the_other_sides_unlinked_words_are_counted_between_and_outside_the_anchors() -> None:
    a = _side("rules specifications national standards on aviation", {"rules", "specifications", "national", "standards", "aviation"})
    b = _side("regole nuove in aviazione civile", {"regole", "nuove", "aviazione", "civile"})
    runs = clauses.find_runs(a, b, {0: 0, 5: 3}, "left", 1.0, {}, {})
    assert [(r.unmatched_other, r.unmatched_rest) for r in runs] == [(1, 1)]  # "nuove" between, "civile" after


def test_unlinked_names_of_the_other_side_count_beyond_the_sides_own() -> None:
    # the English "ICAO" can say the run "international civil aviation organisation"; an unlinked
    # name of the run's own side ("OJ") answers one of the other side ("JO")
    def named(side: Side, k: int) -> Side:  # word k made a name
        w = side.words[k]
        return Side(side.text, (*side.words[:k], Word(w.start, w.end, w.key, clauses.NAME_WORD), *side.words[k + 1:]), (), ())

    content = {"references", "international", "civil", "aviation", "organisation", "provisions"}
    a = _side("references to international civil aviation organisation provisions", content)
    b = named(_side("references to ICAO provisions", content), 2)
    runs = clauses.find_runs(a, b, {0: 0, 6: 3}, "left", 1.0, {}, {})
    assert [(a.text[r.start:r.end], r.names_other) for r in runs] == [("international civil aviation organisation", 1)]
    a_oj = named(_side("references to international civil aviation organisation provisions OJ", content), 7)
    b_jo = named(_side("references to provisions JO", content), 3)
    assert [r.names_other for r in clauses.find_runs(a_oj, b_jo, {0: 0, 6: 2}, "left", 1.0, {}, {})] == [0]


def test_compound_parts_are_the_sides_shorter_words_inside_a_long_word() -> None:
    keys = {"flugverkehrsmanagement", "verkehr", "management", "flug", "luftfahrzeugen", "fahrzeug", "verkehrs"}
    # "verkehr" and "verkehrs" share the stem "verkeh"; "management" is long itself (no part source),
    # "flug" is the head, not an inner part (and shorter than a stem)
    assert clauses.compound_parts(keys) == {"flugverkehrsmanagement": ("verkeh",), "luftfahrzeugen": ("fahrze",)}
    assert clauses.compound_parts({"verkehr", "fahrzeug"}) == {}  # nothing long


def test_a_compound_on_either_side_counters_the_words_it_joins() -> None:
    # Finnish "lentosuunnitelmia" (flight plans) against English "plans": one-to-one links leave
    # one of them unlinked, but the compound's part "suunni" translates "plans" (parts given here)
    content = {"vaatimukset", "lentoa", "edeltavan", "lentosuunnitelmia", "requirements", "preflight", "plans"}
    fi = _side("vaatimukset lentoa edeltavan lentosuunnitelmia", content)
    en = _side("requirements preflight plans", content)
    parts = {"lentosuunnitelmia": ("suunni",)}
    fi_parts = Side(fi.text, fi.words, (), (), parts)
    # the Finnish side's run: three unlinked words without the parts, two with them (no run)
    assert [r.content for r in clauses.find_runs(fi, en, {0: 0}, "right", 1.0, {"suunni": frozenset({"plans"})}, {})] == [3]
    assert clauses.find_runs(fi_parts, en, {0: 0}, "right", 1.0, {"suunni": frozenset({"plans"})}, {}) == []
    # the English side: "plans" is countered by the Finnish compound's part (three words left, too short)
    en3 = _side("requirements preflight phase flight plans", content | {"phase", "flight"})
    assert [r.content for r in clauses.find_runs(en3, fi, {0: 0}, "left", 1.0, {"plans": frozenset({"suunni"})}, {})] == [4]
    assert clauses.find_runs(en3, fi_parts, {0: 0}, "left", 1.0, {"plans": frozenset({"suunni"})}, {}) == []
    # a part that translates nothing on the other side counters nothing
    assert [r.content for r in clauses.find_runs(fi_parts, en, {0: 0}, "right", 1.0, {"suunni": frozenset({"rules"})}, {})] == [3]


def test_competitive_linking_drops_words_that_merely_stand_together() -> None:
    # "parl" and "coun" stand together in 5 passages, each alone in 3: Dice pairs "parl" with the
    # other side's "cons" too (2 * 5 / 16 = 0.625), but in every passage "parl" links its own
    # translation first, so "parl" / "cons" is never linked
    both = [(frozenset({"parl", "coun"}), frozenset({"parla", "cons"}))] * 5
    alone = [(frozenset({"parl"}), frozenset({"parla"}))] * 3 + [(frozenset({"coun"}), frozenset({"cons"}))] * 3
    forward, backward = clauses.linked_lexicon(both + alone)
    assert forward == {"parl": frozenset({"parla"}), "coun": frozenset({"cons"})}
    assert backward == {"parla": frozenset({"parl"}), "cons": frozenset({"coun"})}
    # a pair linked in fewer than LINK_MIN passages is no translation
    assert clauses.LINK_MIN == 3
    assert clauses.linked_lexicon([(frozenset({"a1"}), frozenset({"b1"}))] * 2) == ({}, {})
    assert clauses.linked_lexicon([(frozenset({"a1"}), frozenset({"b1"}))] * 3) == ({"a1": frozenset({"b1"})}, {"b1": frozenset({"a1"})})


def test_a_stock_phrase_is_missing_when_the_other_passage_translates_it_fewer_times() -> None:
    # the Swedish "förordning ... ändring av rådets förordning" against a Danish passage that says
    # "forordning" once: the second "förordning" has no translation left there (a cognate counts)
    content = {"forordning", "andring", "radets", "harmonisering"}
    sv = _side("radets forordning andring radets forordning harmonisering", content)
    da_once = _side("radets forordning harmonisering", content)
    da_twice = _side("radets forordning andring radets forordning harmonisering", content)
    kept = {"forord": 1.0, "radets": 1.0, "andrin": 1.0, "harmon": 1.0}
    second = sv.words[4]
    assert clauses._fewer(second, sv.words, list(da_once.words), {}, kept)
    assert not clauses._fewer(second, sv.words, list(da_twice.words), {}, kept)
    # a word the pair's translation does not keep is no evidence, however often it stands
    assert not clauses._fewer(second, sv.words, list(da_once.words), {}, {"forord": 0.4})
    # a translation the lexicon knows counts as the word's counterpart
    da_lex = _side("radets reglement reglement harmonisering", content | {"reglement"})
    assert not clauses._fewer(second, sv.words, list(da_lex.words), {"forord": frozenset({"reglem"})}, kept)


def test_the_short_sentence_may_keep_as_many_unlinked_words_as_the_runs_own_sentence() -> None:
    evidence = clauses.SentenceEvidence(deviation=5.0, share=1.0, unmatched=6, cover=0.2, noise=5)
    run = clauses.Run("left", 0, 2, 3, 1.0, 1.0, 0, 0, 10, 3, absent=1)
    assert clauses._unmatched(evidence, run) == 1  # both sides leave words unlinked: the pair's noise
    # without a kept word absent from the other passage, the other side's unlinked words all count
    assert clauses._unmatched(evidence, clauses.Run("left", 0, 2, 3, 1.0, 1.0, 0, 0, 10, 3, absent=0)) == 6
    # nor with an unlinked name on the other side, which can say the run ("STEM" for a phrase)
    assert clauses._unmatched(evidence, clauses.Run("left", 0, 2, 3, 1.0, 1.0, 0, 0, 10, 3, absent=1, names_other=1)) == 6


def test_two_unlinked_words_are_a_run_only_when_both_are_missing_from_the_other_passage() -> None:
    # the Finnish "Komission täytäntöönpanoasetus" where the English lacks "Commission Implementing
    # Regulation": a compounding language's two words for three
    content = {"rules", "komission", "taytantoonpanoasetus", "aviation"}
    fi = _side("rules komission taytantoonpanoasetus aviation", content)
    en = _side("rules aviation", {"rules", "aviation"})
    both = {"komiss": 1.0, "taytan": 1.0}
    runs = clauses.find_runs(fi, en, {0: 0, 3: 1}, "right", 1.0, {}, both)
    assert [(fi.text[r.start:r.end], r.content, r.absent) for r in runs] == [("komission taytantoonpanoasetus", 2, 2)]
    # one of them a word the pair's translation often drops: no run
    assert clauses.find_runs(fi, en, {0: 0, 3: 1}, "right", 1.0, {}, {"komiss": 1.0, "taytan": 0.3}) == []
    # the other passage translates one of them: no run
    en_reg = _side("rules regulation aviation", {"rules", "regulation", "aviation"})
    assert clauses.find_runs(fi, en_reg, {0: 0, 3: 2}, "right", 1.0, {"taytan": frozenset({"regula"})}, both) == []


def test_quotation_marks_are_not_apostrophes() -> None:
    """MEDIUM asks for no quotation mark inside the run (an amendment's quoted words); the apostrophes
    ' and ’ stand inside words ("l’Union", the Maltese "ta’", "d'un") and are no quotation marks."""
    for quoted in ("riječi „Zajednici” umeću se", "az »Unió« szövegrész", "bil-kliem ‘fil-livell", 'the words "and Switzerland"',
                   "les mots « et la Suisse »", "the words “at Community level”"):
        assert clauses._QUOTE.search(quoted), quoted
    for plain in ("l’Union européenne", "il-kliem ta’ l-Unjoni", "d'un règlement", "Member States’ authorities"):
        assert not clauses._QUOTE.search(plain), plain
