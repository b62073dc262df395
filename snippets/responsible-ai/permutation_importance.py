"""Permutation importance on held-out data vs a forest's impurity importance."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.inspection import permutation_importance
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

rng = np.random.default_rng(0)
n = 6_000
income = rng.normal(10.8, 0.4, n)  # log yearly income
X = pd.DataFrame({
    "income": income,
    "income_reported": income + rng.normal(0, 0.05, n),  # a near-copy of income
    "debt_ratio": rng.beta(2, 5, n),
    "history_years": rng.gamma(4, 2.5, n),
    "random_number": rng.normal(size=n),          # pure noise, many distinct values
    "random_flag": rng.integers(0, 2, n),         # pure noise, two values
})
logit = (1.2 + 1.6 * (income - 10.8) - 4 * (X["debt_ratio"] - 0.3)
         + 0.08 * (X["history_years"] - 10))
y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=0)

def forest():
    return RandomForestClassifier(n_estimators=100, min_samples_leaf=5,
                                  random_state=0)


def permute(model, X):
    return permutation_importance(model, X, y_te, scoring="roc_auc", n_repeats=10,
                                  random_state=0)


forest1 = forest().fit(X_tr, y_tr)
auc = roc_auc_score(y_te, forest1.predict_proba(X_te)[:, 1])
print(f"test ROC AUC: {auc:.3f}\n")

perm = permute(forest1, X_te)
table = pd.DataFrame({
    "impurity (train)": forest1.feature_importances_,
    "permutation (test)": perm.importances_mean,
    "+/- sd": perm.importances_std,
}, index=X.columns).sort_values("permutation (test)", ascending=False)
print(table.round(3).to_string())
impurity, permuted = table["impurity (train)"], table["permutation (test)"]
assert impurity["random_number"] > 0.5 * impurity["history_years"]
assert max(permuted["random_number"], permuted["random_flag"]) < 0.01, "noise: no cost"

# Correlated features share credit: drop the copy and income's importance jumps.
forest2 = forest().fit(X_tr.drop(columns="income_reported"), y_tr)
perm2 = permute(forest2, X_te.drop(columns="income_reported"))
print(f"\nincome's permutation importance without its copy: "
      f"{perm2.importances_mean[0]:.3f}")
assert perm2.importances_mean[0] > 2 * permuted["income"], "shared credit"

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3), sharey=True)
order = table.index[::-1]
ax1.barh(order, table.loc[order, "impurity (train)"], color="C0")
ax1.set_title("Impurity importance (training)", fontsize=10)
ax2.barh(order, table.loc[order, "permutation (test)"],
         xerr=table.loc[order, "+/- sd"], color="C1")
ax2.axvline(0, color="k", lw=0.8)
ax2.set_title("Permutation importance (test, drop in AUC)", fontsize=10)
fig.tight_layout()
fig.savefig("permutation_importance.svg")
plt.close(fig)
