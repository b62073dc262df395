"""Count-based word vectors (PPMI + SVD) on a toy corpus, and the one-vector-per-word problem."""

import numpy as np

rng = np.random.default_rng(0)
templates = {
    "animal": ["the {} eats food", "a {} sleeps at home", "my {} chased the ball", "feed the {} now"],
    "vehicle": ["the {} needs fuel", "a {} drove on the road", "park the {} outside", "my {} broke down"],
    "river": ["fish swim near the {}", "we walked along the {} of the river"],
    "money": ["she deposited cash at the {}", "the {} approved the loan"],
}
fillers = {"animal": ["cat", "dog", "horse"], "vehicle": ["car", "truck", "bus"],
           "river": ["bank", "shore"], "money": ["bank", "lender"]}
sentences = []
for _ in range(3000):
    topic = rng.choice(list(templates))
    sentences.append(rng.choice(templates[topic]).format(rng.choice(fillers[topic])).split())

vocab = sorted({w for s in sentences for w in s})
idx = {w: i for i, w in enumerate(vocab)}
C = np.zeros((len(vocab), len(vocab)))
for s in sentences:                                  # co-occurrence counts in a +-2 word window
    for i, w in enumerate(s):
        for j in range(max(0, i - 2), min(len(s), i + 3)):
            if j != i:
                C[idx[w], idx[s[j]]] += 1
total = C.sum()
pmi = np.log(np.maximum(C * total, 1e-12) / np.outer(C.sum(1), C.sum(0)))
ppmi = np.maximum(pmi, 0)                            # positive PMI
U, S, _ = np.linalg.svd(ppmi)
emb = U[:, :10] * S[:10]                             # 10-dimensional word vectors
emb /= np.linalg.norm(emb, axis=1, keepdims=True)
cos = lambda a, b: float(emb[idx[a]] @ emb[idx[b]])

print(f"{len(sentences)} sentences, vocabulary {len(vocab)}, vectors of dimension 10")
for a, b in [("cat", "dog"), ("cat", "car"), ("truck", "bus"), ("shore", "lender"),
             ("bank", "shore"), ("bank", "lender")]:
    print(f"cos({a}, {b}) = {cos(a, b):+.2f}")
assert cos("cat", "dog") > 0.9 > 0.3 > cos("cat", "car")
# "bank" has one static vector, pulled toward both of its senses at once
assert min(cos("bank", "shore"), cos("bank", "lender")) > max(cos("shore", "lender"), 0.3)
