"""Multinomial naive Bayes on six tiny e-mails, computed by hand with
Laplace smoothing, then checked against scikit-learn's MultinomialNB."""

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.naive_bayes import MultinomialNB

emails = [
    ("win money now", "spam"),
    ("win a free prize now", "spam"),
    ("free money", "spam"),
    ("meeting notes for monday", "ham"),
    ("lunch on monday", "ham"),
    ("notes from the meeting now", "ham"),
]
texts, labels = zip(*emails)
vec = CountVectorizer(token_pattern=r"\b\w+\b")
counts = vec.fit_transform(texts).toarray()
vocab = vec.get_feature_names_out()
y = np.array(labels)
new_email = "free money for monday"
x = vec.transform([new_email]).toarray()[0]

print(f"new e-mail: {new_email!r}; vocabulary size V = {len(vocab)}")
log_post, p_word = {}, {}
for c in ("ham", "spam"):
    word_counts = counts[y == c].sum(axis=0)
    # add-one smoothing: (count in class + 1) / (words in class + V)
    p_word[c] = (word_counts + 1) / (word_counts.sum() + len(vocab))
    log_post[c] = np.log(np.mean(y == c)) + x @ np.log(p_word[c])  # prior 0.5 each

print("word      P(word | ham)  P(word | spam)")
spam_over_ham = {}
for w in new_email.split():
    ham, spam = p_word["ham"][vocab == w][0], p_word["spam"][vocab == w][0]
    spam_over_ham[w] = spam / ham
    print(f"{w:<8}  {ham:13.3f}  {spam:14.3f}")
assert min(spam_over_ham["free"], spam_over_ham["money"]) > 3, "three times as likely under spam"
assert max(spam_over_ham["for"], spam_over_ham["monday"]) < 1, "these two favour ham"

total = np.logaddexp(log_post["ham"], log_post["spam"])  # normalize in log space
by_hand = {c: np.exp(v - total) for c, v in log_post.items()}
nb = MultinomialNB(alpha=1.0).fit(counts, y)
sk_spam = nb.predict_proba([x])[0][list(nb.classes_).index("spam")]
print(f"by hand:      P(spam | e-mail) = {by_hand['spam']:.3f}")
print(f"scikit-learn: P(spam | e-mail) = {sk_spam:.3f}")
assert np.isclose(by_hand["spam"], sk_spam), "the hand computation is MultinomialNB"
assert by_hand["spam"] > 0.5, "with equal priors, the two spam words win"
