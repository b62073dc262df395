"""A bigram language model with add-k smoothing, scored by perplexity = exp(cross-entropy)."""

from collections import Counter

import numpy as np

train = """the cat sat on the mat . the dog sat on the rug . the cat saw the dog .
a dog ran on the mat . the cat ran . a cat sat on a rug .""".split()
test = "the dog sat on the mat . a cat saw a dog .".split()

vocab = sorted(set(train) | set(test))   # closed vocabulary for the demo
V = len(vocab)
unigrams = Counter(train[:-1])           # counts of each word as a history
bigrams = Counter(zip(train[:-1], train[1:]))


def prob(prev, word, k):
    """P(word | prev) with add-k smoothing: (c(prev, word) + k) / (c(prev) + kV)."""
    return (bigrams[(prev, word)] + k) / (unigrams[prev] + k * V)


def perplexity(tokens, k):
    logps = [np.log(prob(p, w, k)) for p, w in zip(tokens[:-1], tokens[1:])]
    cross_entropy = -np.mean(logps)       # nats per predicted token
    return np.exp(cross_entropy), cross_entropy


# every row of the smoothed model is a probability distribution
for k in (0.01, 1.0):
    assert abs(sum(prob("the", w, k) for w in vocab) - 1) < 1e-12

unseen = [(p, w) for p, w in zip(test[:-1], test[1:]) if bigrams[(p, w)] == 0]
print(f"vocabulary V = {V}, training bigrams = {len(train) - 1}, "
      f"test bigrams = {len(test) - 1}, unseen in training = {len(unseen)}: {unseen}")
print("unsmoothed (MLE) P(a | saw) =", bigrams[("saw", "a")] / unigrams["saw"],
      "-> test perplexity is infinite")

print(f"{'k':>6} {'cross-entropy (nats)':>21} {'perplexity':>11}")
results = {}
for k in (0.001, 0.01, 0.1, 0.5, 1.0):
    ppl, ce = perplexity(test, k)
    results[k] = ppl
    assert np.isclose(ppl, np.exp(ce))  # the definition, checked
    print(f"{k:>6} {ce:>21.3f} {ppl:>11.2f}")

best = min(results, key=results.get)
print(f"best k on this test text: {best}; a uniform model scores exactly V = {V}")
assert best not in (0.001, 1.0)  # neither extreme: tiny k and add-one both lose
assert results[1.0] > 1.5 * results[best]  # add-one steals too much mass on a small corpus
# the uniform model's perplexity equals the vocabulary size
assert np.isclose(np.exp(-np.log(1 / V)), V)
