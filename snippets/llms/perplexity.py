"""Perplexity = exp(mean negative log-likelihood per token). Uniform, unigram and
bigram word models on held-out text, and why per-token numbers from different
tokenizers are not comparable until converted to bits per character."""

from collections import Counter

import numpy as np

train = """the model reads the text and predicts the next word . the next word depends on
the words before it . a good model puts high probability on the word that comes next .
the loss is the negative log probability of the next word . the model learns from the
text it reads . a model that predicts well has a low loss on new text . the text the
model reads is split into tokens before it is read .""".split()
test = """the model predicts the next word from the words before it . a good model has a
low loss on the text .""".split()
vocab = sorted(set(train) | set(test))
V = len(vocab)
uni = Counter(train)
bi = Counter(zip(train, train[1:]))


def p_unigram(w, k=0.5):
    return (uni[w] + k) / (len(train) + k * V)


def p_bigram(prev, w, k=0.1):  # add-k smoothing so unseen pairs keep some probability
    return (bi[(prev, w)] + k) / (uni[prev] + k * V)


def perplexity(logps):
    return float(np.exp(-np.mean(logps)))


targets = list(zip(test, test[1:]))  # predict each word from the one before
models = {
    "uniform over vocabulary": [np.log(1 / V)] * len(targets),
    "unigram": [np.log(p_unigram(w)) for _, w in targets],
    "bigram": [np.log(p_bigram(prev, w)) for prev, w in targets],
}
print(f"vocabulary {V} words, {len(targets)} held-out predictions")
for name, logps in models.items():
    print(f"{name:<24} perplexity {perplexity(logps):6.2f}   cross-entropy {-np.mean(logps) / np.log(2):.2f} bits/word")
assert abs(perplexity(models["uniform over vocabulary"]) - V) < 1e-9
assert perplexity(models["bigram"]) < perplexity(models["unigram"]) < V

# Same text, same total log-likelihood, different tokenization: per-token perplexity moves,
# bits per character does not. (Splitting each word into 2 tokens whose probabilities multiply
# to the word's probability leaves the likelihood of the text unchanged.)
total_bits = -sum(models["bigram"]) / np.log(2)
chars = sum(len(w) + 1 for _, w in targets)
for tokens_per_word in (1, 2):
    n_tok = tokens_per_word * len(targets)
    print(f"{tokens_per_word} token(s)/word: per-token perplexity {2 ** (total_bits / n_tok):6.2f}, "
          f"bits per character {total_bits / chars:.3f}")
