"""Scaled dot-product self-attention over a toy sentence, drawn as a heatmap.

A trained model learns W_Q and W_K from data; here they are set by hand so the
pattern is readable: verbs, the pronoun and the adjective look for an animate
noun, the determiners and the preposition look for the object noun, nouns and
the conjunction look for verbs.
"""

import matplotlib.pyplot as plt
import numpy as np

words = "the cat sat on the mat because it was tired".split()
kinds = ["det", "animate", "object", "verb", "pronoun", "prep", "conj", "adj"]
kind_of = {"the": "det", "cat": "animate", "mat": "object", "sat": "verb",
           "was": "verb", "it": "pronoun", "on": "prep", "because": "conj",
           "tired": "adj"}
# one-hot token features: 10 tokens x 8 features
X = np.eye(len(kinds))[[kinds.index(kind_of[w]) for w in words]]

# d_k = 4 relation slots: 0 animate referent, 1 object noun, 2 verb, 3 anything else
offers = {"det": 3, "animate": 0, "object": 1, "verb": 2,
          "pronoun": 0, "prep": 3, "conj": 3, "adj": 3}
wants = {"det": 1, "animate": 2, "object": 2, "verb": 0,
         "pronoun": 0, "prep": 1, "conj": 2, "adj": 0}
W_K, W_Q = np.zeros((len(kinds), 4)), np.zeros((len(kinds), 4))
for r, k in enumerate(kinds):
    W_K[r, offers[k]] = 0.5 if k == "pronoun" else 1.0  # a pronoun: weak referent
    W_Q[r, wants[k]] = 6.0  # how sharply each query selects

Q, K, V = X @ W_Q, X @ W_K, X
d_k = K.shape[1]
scores = Q @ K.T / np.sqrt(d_k)  # (10, 10)
weights = np.exp(scores - scores.max(axis=1, keepdims=True))  # stable softmax
weights /= weights.sum(axis=1, keepdims=True)  # each row sums to 1
out = weights @ V  # new representation of every token

for i, w in enumerate(words):
    top = [j for j in np.argsort(weights[i])[::-1] if weights[i, j] > 0.1]
    print(f"{w:>8} -> " + ", ".join(f"{words[j]} {weights[i, j]:.2f}" for j in top))
out_it = out[words.index("it")]
mix = ", ".join(f"{k} {v:.2f}" for k, v in zip(kinds, out_it) if v > 0.05)
print(f"output for 'it' mixes features: {mix}")
assert np.allclose(weights.sum(axis=1), 1)
assert words[weights[words.index("it")].argmax()] == "cat", "'it' attends to 'cat'"
assert kinds[out_it.argmax()] == "animate", "so its output is mostly 'animate noun'"
assert np.allclose(weights[0], weights[4]), "no positions: same rows"

fig, ax = plt.subplots(figsize=(5.6, 4.8))
im = ax.imshow(weights, cmap="Blues", vmin=0, vmax=1)
ax.set_xticks(range(len(words)), words, rotation=45, ha="right")
ax.set_yticks(range(len(words)), words)
ax.set_xlabel("key (attended to)")
ax.set_ylabel("query (attending)")
ax.grid(False)
fig.colorbar(im, ax=ax, fraction=0.046, label="attention weight")
fig.tight_layout()
fig.savefig("attention_heatmap.svg")
plt.close(fig)
