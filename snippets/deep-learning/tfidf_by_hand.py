"""TF-IDF by hand on five documents, checked against scikit-learn, then used to rank them for a query."""

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

docs = [
    "the cat sat on the mat",
    "the dog sat on the log",
    "the cat chased the dog",
    "a quantum computer factors numbers",
    "the dog and the cat are friends",
]
vocab = sorted({w for d in docs for w in d.split()})
counts = np.array([[d.split().count(w) for w in vocab] for d in docs], dtype=float)
n = len(docs)
df = (counts > 0).sum(0)                              # documents containing each word
idf = np.log((1 + n) / (1 + df)) + 1                  # scikit-learn's smoothed idf
tfidf = counts * idf
tfidf /= np.linalg.norm(tfidf, axis=1, keepdims=True)  # L2-normalize each document

for w in ("the", "cat", "quantum"):
    j = vocab.index(w)
    print(f"{w!r:>10}: in {df[j]} of {n} documents, idf = {idf[j]:.3f}")

vec = TfidfVectorizer(token_pattern=r"(?u)\b\w+\b")   # keep one-letter words like "a"
X = vec.fit_transform(docs).toarray()
assert list(vec.get_feature_names_out()) == vocab and np.allclose(X, tfidf)
print("matches TfidfVectorizer: True")

query = vec.transform(["cat and dog"]).toarray()[0]
scores = tfidf @ query                                # cosine similarity (rows are unit length)
for i in np.argsort(-scores):
    print(f"  {scores[i]:.3f}  {docs[i]}")
assert np.argmax(scores) == 4 and scores[3] == 0.0
# the smoothed idf never reaches 0, so "the" (twice in document 0) still outweighs "cat" there
w_the, w_cat = tfidf[0, vocab.index("the")], tfidf[0, vocab.index("cat")]
print(f"document 0 weights: 'the' {w_the:.3f}, 'cat' {w_cat:.3f}")
assert w_the > w_cat
capped = TfidfVectorizer(token_pattern=r"(?u)\b\w+\b", max_df=0.7).fit(docs)  # drop words in > 70 % of docs
print("with max_df=0.7 the vocabulary loses:", sorted(set(vocab) - set(capped.get_feature_names_out())))
assert "the" not in capped.get_feature_names_out()
