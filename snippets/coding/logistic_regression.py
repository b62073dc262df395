"""Logistic regression by gradient descent (mlref.linear) vs scikit-learn."""

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, log_loss, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

from mlref.linear import logistic_regression_gd, sigmoid

# 569 tumours, 30 features; label 1 = benign.
X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=0
)
scaler = StandardScaler().fit(X_train)
X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)

# alpha = 1/C: the same L2-penalized objective as scikit-learn's default C=1.
ours = logistic_regression_gd(
    X_train, y_train, learning_rate=1.0, alpha=1.0, tol=1e-6
)
ref = LogisticRegression(C=1.0, tol=1e-8).fit(X_train, y_train)
print(
    f"gradient descent: {ours.n_iter} steps, training loss "
    f"{ours.loss_history[0]:.3f} -> {ours.loss_history[-1]:.4f}"
)
assert ours.loss_history[-1] < ours.loss_history[0]
print(
    "largest weight difference from scikit-learn: "
    f"{np.abs(ours.coef - ref.coef_[0]).max():.1e}"
)
assert np.allclose(ours.coef, ref.coef_[0], atol=1e-3), "same as scikit-learn"

p_ours, p_ref = ours.predict_proba(X_test), ref.predict_proba(X_test)[:, 1]
for name, p in [("ours", p_ours), ("scikit-learn", p_ref)]:
    print(
        f"{name:13s} test accuracy {accuracy_score(y_test, p >= 0.5):.3f}, "
        f"log loss {log_loss(y_test, p):.4f}, "
        f"ROC AUC {roc_auc_score(y_test, p):.4f}"
    )
assert np.allclose(p_ours, p_ref, atol=1e-3)

# Why the stable sigmoid and logaddexp matter: a large negative score.
z = np.array([-800.0])
with np.errstate(over="ignore", divide="ignore"):
    naive = np.log(1 / (1 + np.exp(-z)))  # exp(800) overflows to inf
print(
    f"log sigmoid(-800): naive {naive[0]}, stable {-np.logaddexp(0, -z)[0]}; "
    f"sigmoid(-800) = {sigmoid(z)[0]}"
)
assert np.isneginf(naive[0]) and -np.logaddexp(0, -z)[0] == -800.0
