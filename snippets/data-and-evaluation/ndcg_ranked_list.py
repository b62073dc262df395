"""NDCG, MAP and MRR by hand (mlref.ranking), with NDCG checked against scikit-learn."""

import numpy as np
from sklearn.metrics import ndcg_score

from mlref.ranking import (average_precision, dcg, mean_average_precision,
                           mean_reciprocal_rank, ndcg, reciprocal_rank)

# One query, eight candidate documents, graded relevance 0-3 (3 = perfect match)
relevance = np.array([3, 2, 3, 0, 1, 2, 0, 0])
score_a = np.array([0.9, 0.3, 0.8, 0.7, 0.2, 0.6, 0.1, 0.05])  # model A's scores
score_b = np.array([0.5, 0.9, 0.4, 0.1, 0.8, 0.3, 0.7, 0.6])  # model B's scores

k = 5
print(f"DCG@{k} for model A, term by term (gain 2^rel - 1, discount 1/log2(i+1))")
ranked = relevance[np.argsort(-score_a)]
print(f"  {'i':>2}{'rel':>5}{'gain':>6}{'discount':>10}{'term':>7}")
for i, rel in enumerate(ranked[:k], start=1):
    gain, disc = 2**rel - 1, 1 / np.log2(i + 1)
    print(f"  {i:>2}{rel:>5}{gain:>6}{disc:>10.3f}{gain * disc:>7.3f}")
ideal = np.sort(relevance)[::-1]
print(f"  DCG@{k} = {dcg(ranked, k):.3f}; ideal order {ideal[:k].tolist()} "
      f"gives IDCG@{k} = {dcg(ideal, k):.3f}; NDCG@{k} = {ndcg(ranked, k):.3f}\n")
assert np.isclose(ndcg(ranked, k), dcg(ranked, k) / dcg(ideal, k))

exponential, linear_gain = {}, {}
for name, score in (("A", score_a), ("B", score_b)):
    r = relevance[np.argsort(-score)]
    linear = ndcg(r, k, gain="linear")
    ref = ndcg_score([relevance], [score], k=k)  # scikit-learn uses the linear gain
    assert np.isclose(linear, ref)
    exponential[name], linear_gain[name] = ndcg(r, k), linear
    print(f"model {name}: ranked relevance {r.tolist()}")
    print(f"  NDCG@{k}: exponential gain {ndcg(r, k):.3f}, "
          f"linear gain {linear:.3f} (sklearn {ref:.3f})")

assert exponential["A"] > exponential["B"], "A ranks the perfect matches first"
assert exponential["B"] < linear_gain["B"], "exponential gain costs B more"

# Binary relevance over four queries: MAP and MRR
queries = [[1, 0, 1, 0, 0], [0, 0, 1, 0, 1], [0, 1, 0, 0, 0], [1, 1, 0, 0, 1]]
print("\nranked results (1 = relevant)    AP     RR")
for q in queries:
    print(f"  {str(q):<30}{average_precision(q):.3f}  {reciprocal_rank(q):.3f}")
print(f"MAP = {mean_average_precision(queries):.3f}   "
      f"MRR = {mean_reciprocal_rank(queries):.3f}")
