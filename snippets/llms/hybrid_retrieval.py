"""BM25 vs TF-IDF vs a dense retriever vs a hybrid (reciprocal rank fusion) on a
small hand-made help-centre corpus, scored with recall@2 and MRR."""

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from mlref.ranking import mean_reciprocal_rank
from mlref.retrieval import BM25, recall_at_k, reciprocal_rank_fusion, tokenize

docs = [
    "Export your data as CSV from the reports page",
    "Error E1042 means the disk quota is full, delete old backups",
    "Copies of every invoice are under billing history",
    "Error E1024 appears when the network drive is disconnected",
    "Set up two-factor authentication with an authenticator app",
    "Error E1043 is shown while a backup is still running",
    "Change your account credentials in the security settings",
    "Billing: how to get a refund for a duplicate charge",
    "Error E2042 means the sync client is out of date",
    "Speed up sluggish uploads by switching to a wired network",
    "Money back guarantee: cancel a subscription within 14 days",
    "Storage is full: free space by removing old files and backups",
    "The sync client stops when the laptop goes to sleep",
    "How to reset your password from the login page",
]
queries = {  # query -> indices of the relevant documents
    "error E1042": {1},
    "E1024 on the network drive": {3},
    "cannot sign in, forgot my secret": {6, 13},
    "refund money for a double payment": {7, 10},
    "disk is full": {1, 11},
    "upload is slow": {9},
}

# Stand-in for a trained embedding model: words with the same meaning share a concept
# vector (what contrastive training learns); other words get a weak random vector,
# the way rare identifiers such as error codes are poorly represented by dense models.
concepts = {
    "auth": "password credentials login secret forgot reset sign",
    "refund": "refund money back cancel",
    "charge": "charge payment duplicate double billing invoice",
    "storage": "disk storage space quota full files",
    "transfer": "upload uploads sync",
    "speed": "slow speed sluggish crawling",
    "network": "network wired drive disconnected",
    "error": "error",
}
rng = np.random.default_rng(0)
concept_vec = {c: rng.normal(size=64) for c in concepts}
word_concept = {w: c for c, words in concepts.items() for w in words.split()}
stop = set("a an the to is of for from by in on my i your how with as are every when and up cannot".split())
vocab = sorted({w for t in docs + list(queries) for w in tokenize(t)})
noise = {w: 0.3 * rng.normal(size=64) for w in vocab}


def embed(text):
    v = sum(concept_vec[word_concept[w]] if w in word_concept else noise[w]
            for w in tokenize(text) if w not in stop)
    return v / np.linalg.norm(v)


doc_emb = np.array([embed(d) for d in docs])
def terms(text):  # the lexical analyzer: tokens minus stop words, no stemming
    return [w for w in tokenize(text) if w not in stop]


bm25 = BM25([terms(d) for d in docs])
tfidf = TfidfVectorizer(stop_words=sorted(stop)).fit(docs)
D_tfidf = tfidf.transform(docs)

rankings = {name: [] for name in ("TF-IDF", "BM25", "dense", "hybrid (BM25 + dense, RRF)")}
for q in queries:
    scores = bm25.scores(terms(q))
    bm = np.argsort(-scores, kind="stable")
    bm = bm[scores[bm] > 0]  # an inverted index returns only documents sharing a term
    dense = np.argsort(-(doc_emb @ embed(q)), kind="stable")[:5]  # top 5 from the vector index
    cos = (D_tfidf @ tfidf.transform([q]).T).toarray().ravel()
    tf_rank = np.argsort(-cos, kind="stable")
    rankings["TF-IDF"].append(tf_rank[cos[tf_rank] > 0])
    rankings["BM25"].append(bm)
    rankings["dense"].append(dense)
    rankings["hybrid (BM25 + dense, RRF)"].append(reciprocal_rank_fusion([bm, dense]))

rel = list(queries.values())
for i, q in enumerate(queries, 1):
    print(f"q{i}: {q}")
print()
print(f"{'retriever':<27} {'recall@2':>8} {'MRR':>6}   recall@2 for q1..q6")
summary = {}
for name, ranks in rankings.items():
    per_query = [recall_at_k(r, s, 2) for r, s in zip(ranks, rel)]
    mrr = mean_reciprocal_rank([[int(d in s) for d in r] or [0] for r, s in zip(ranks, rel)])
    summary[name] = (np.mean(per_query), mrr)
    print(f"{name:<27} {np.mean(per_query):>8.2f} {mrr:>6.2f}   {' '.join(f'{x:.1f}' for x in per_query)}")

hyb = summary["hybrid (BM25 + dense, RRF)"]
assert hyb[0] >= max(summary["BM25"][0], summary["dense"][0])
assert summary["BM25"][0] >= summary["TF-IDF"][0]
assert hyb[0] == 1.0 and summary["dense"][0] < 1.0 and summary["BM25"][0] < 1.0
