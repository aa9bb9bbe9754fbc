"""Coreference metrics on the textbook examples, with the expected numbers worked out by hand."""

from __future__ import annotations

import pytest

from bench.coref_metrics import CorefScores, Score, b_cubed, ceaf_e, muc, partition, score

# Pradhan et al. 2014, "Scoring Coreference Partitions of Predicted Mentions", running example: the response
# misses mention e and adds the twinless mentions h and i.
KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]

# Luo 2005, "On Coreference Resolution Performance Metrics", Figure 1: the key and four responses.
LUO_KEY = [set("12345"), set("67"), set("89ABC")]
LUO_A = [set("12345"), set("6789ABC")]
LUO_C = [set("123456789ABC")]
LUO_D = [{m} for m in "123456789ABC"]


def close(score_: Score, precision: float, recall: float) -> bool:
    return score_.precision == pytest.approx(precision) and score_.recall == pytest.approx(recall)


def test_muc_on_the_pradhan_example() -> None:
    """Recall: {a,b,c} is cut into {a,b},{c} (1 of 2 links kept); {d,e,f,g} into {d},{e},{f,g} (1 of 3): 2/5.
    Precision: {a,b} keeps 1 of 1; {c,d} 0 of 1; {f,g,h,i} is cut into {f,g},{h},{i}: 1 of 3. 2/5."""
    assert close(muc(KEY, RESPONSE), 2 / 5, 2 / 5)


def test_muc_on_vilain_1995() -> None:
    """Key {A,B,C,D}, response {A,B},{C,D}: 2 of the 3 key links kept, the 2 response links right."""
    assert close(muc([set("ABCD")], [set("AB"), set("CD")]), 1.0, 2 / 3)
    assert close(muc([set("AB"), set("CD")], [set("ABCD")]), 2 / 3, 1.0)


def test_muc_rewards_one_big_cluster_and_ignores_singletons() -> None:
    """Luo (c): every key link is kept, 9 of the 11 response links are right. Luo (d): no links, nothing scored."""
    assert close(muc(LUO_KEY, LUO_C), 9 / 11, 1.0)
    assert muc(LUO_KEY, LUO_C).f1 == pytest.approx(0.9)
    assert muc(LUO_KEY, LUO_D) == Score(0, 0, 0, 4 + 1 + 4)


def test_b_cubed_on_the_pradhan_example() -> None:
    """Recall: (2²/3 + 1²/3 + 1²/4 + 2²/4) / 7 = (5/3 + 5/4) / 7 = 5/12.
    Precision: (2²/2 + 1²/2 + 1²/2 + 2²/4) / 8 = 4/8, the twinless h and i counting in the denominator."""
    assert close(b_cubed(KEY, RESPONSE), 1 / 2, 5 / 12)


def test_b_cubed_counts_singletons() -> None:
    """Luo (d): every response singleton is right (precision 1); each key entity gives 5·1/5, 2·1/2, 5·1/5: 3/12."""
    assert close(b_cubed(LUO_KEY, LUO_D), 1.0, 3 / 12)


def test_ceaf_e_on_the_pradhan_example() -> None:
    """φ4(K,R) = 2|K∩R| / (|K|+|R|): {a,b,c}-{a,b} 4/5, {a,b,c}-{c,d} 2/5, {d,e,f,g}-{c,d} 1/3,
    {d,e,f,g}-{f,g,h,i} 1/2. The best one-to-one alignment takes 4/5 + 1/2 = 1.3 (the greedy-free optimum:
    2/5 + 1/2 = 0.9 and 4/5 + 1/3 ≈ 1.13 are worse). Recall 1.3/2, precision 1.3/3."""
    assert close(ceaf_e(KEY, RESPONSE), 1.3 / 3, 1.3 / 2)


def test_ceaf_e_on_luo_2005() -> None:
    """Luo (a): {1..5} aligns with itself (1) and {8,9,A,B,C} with {6..C} (2·5/12 = 5/6), better than {6,7} with it
    (4/9): 11/6 over 3 key and 2 response entities. Luo (c): one entity of 12 aligns with a 5-mention key entity,
    2·5/17."""
    assert close(ceaf_e(LUO_KEY, LUO_A), 11 / 12, 11 / 18)
    assert close(ceaf_e(LUO_KEY, LUO_C), 10 / 17, 10 / 51)


def test_ceaf_e_needs_the_optimal_not_the_greedy_alignment() -> None:
    """Key {f},{a,b,c,d,e}; response {a,d},{b,c,e,f}. φ4: {a..e}-{b,c,e,f} 6/9, {a..e}-{a,d} 4/7, {f}-{b,c,e,f}
    2/5, {f}-{a,d} 0. Greedy takes 6/9 first and is left with 0: 2/3. The optimum is 4/7 + 2/5 = 34/35."""
    found = ceaf_e([{"f"}, set("abcde")], [{"a", "d"}, set("bcef")])
    assert close(found, 34 / 35 / 2, 34 / 35 / 2)


def test_perfect_and_empty_responses() -> None:
    perfect = score(LUO_KEY, LUO_KEY)
    assert (perfect.muc.f1, perfect.b_cubed.f1, perfect.ceaf_e.f1, perfect.conll) == (1.0, 1.0, 1.0, 1.0)
    assert score(LUO_KEY, []).conll == 0.0


def test_conll_is_the_mean_of_the_three_f1s() -> None:
    """Pradhan example: MUC F 0.4; B³ F 2·(1/2)(5/12)/(11/12) = 5/11; CEAF-e F 2·(1.3/3)(1.3/2)/(1.3·5/6) = 0.52."""
    found = score(KEY, RESPONSE)
    assert found.conll == pytest.approx((0.4 + 5 / 11 + 0.52) / 3)


def test_scores_of_disjoint_topics_add_up_to_the_corpus_score() -> None:
    topic_a = ([{"a1", "a2", "a3"}, {"a4"}], [{"a1", "a2"}, {"a3", "a4"}])
    topic_b = ([{"b1", "b2"}], [{"b1"}, {"b2", "b3"}])
    summed = score(*topic_a) + score(*topic_b)
    whole = score(topic_a[0] + topic_b[0], topic_a[1] + topic_b[1])
    assert summed == whole
    assert sum([score(*topic_a), score(*topic_b)], CorefScores()) == whole


def test_a_mention_in_two_clusters_is_an_error() -> None:
    with pytest.raises(ValueError, match="more than one cluster"):
        partition([{"a", "b"}, {"b", "c"}])


def test_mention_ids_may_be_any_hashable() -> None:
    key = [{("doc1", 0, 5), ("doc2", 3, 8)}]
    assert score(key, key).conll == 1.0
