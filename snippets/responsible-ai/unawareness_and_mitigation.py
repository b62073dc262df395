"""Dropping the protected attribute does not remove bias learned from labels."""

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

rng = np.random.default_rng(0)
n = 20_000
is_b = rng.random(n) < 0.3
region = np.where(is_b, rng.choice(5, n, p=[0.05, 0.05, 0.1, 0.4, 0.4]),
                  rng.choice(5, n, p=[0.3, 0.3, 0.2, 0.1, 0.1]))
income = np.exp(rng.normal(np.where(is_b, 10.6, 10.9), 0.4))
debt_ratio = rng.beta(2, 5, n)
history = rng.gamma(4, 2.5, n)
logit = (1.2 + 1.6 * (np.log(income) - 10.8) - 4 * (debt_ratio - 0.3)
         + 0.08 * (history - 10))
repays = rng.random(n) < 1 / (1 + np.exp(-logit))  # truth, unknown when deciding
# The training label is past loan officers' decisions, which penalized group B.
biased_logit = logit - 1.2 * is_b
past_approval = (rng.random(n) < 1 / (1 + np.exp(-biased_logit))).astype(int)

df = pd.DataFrame({"is_b": is_b.astype(int), "region": region, "history": history,
                   "income": np.log(income), "debt_ratio": debt_ratio,
                   "past_approval": past_approval, "repays": repays})
tr, te = train_test_split(df, test_size=0.3, random_state=0)
finances = ["income", "debt_ratio", "history"]


def fit(numeric, categorical=(), weights=None):
    """Train on past decisions; return the model and its scores on the test rows."""
    steps = [(StandardScaler(), numeric)]
    if categorical:
        steps.append((OneHotEncoder(), list(categorical)))
    model = make_pipeline(make_column_transformer(*steps),
                          LogisticRegression(max_iter=1_000))
    cols = numeric + list(categorical)
    model.fit(tr[cols], tr["past_approval"],
              logisticregression__sample_weight=weights)
    return model, model.predict_proba(te[cols])[:, 1]


def report(name, approved):
    b = te["is_b"] == 1
    rate_a, rate_b = approved[~b].mean(), approved[b].mean()
    tpr_a = approved[~b & te["repays"]].mean()  # TPR against who really repays
    tpr_b = approved[b & te["repays"]].mean()
    di = rate_b / rate_a
    cells = " ".join(f"{v:6.3f}" for v in (rate_a, rate_b, di, tpr_a, tpr_b))
    print(f"{name:<34} {cells}")
    return di, tpr_a, tpr_b


region_only = LogisticRegression().fit(pd.get_dummies(tr["region"]), tr["is_b"])
region_score = region_only.predict_proba(pd.get_dummies(te["region"]))[:, 1]
proxy_auc = roc_auc_score(te["is_b"], region_score)
print(f"region alone predicts group membership with AUC {proxy_auc:.2f}")
assert proxy_auc > 0.75, "region is a proxy for the group"

model, unaware = fit(finances, ["region"])
coef = model[-1].coef_[0][len(finances):]
print("unaware model's weights for regions 0-4:", np.round(coef - coef.mean(), 2))
assert max(coef[3:]) < min(coef[:3]), "the penalty is rebuilt through group B's regions"
print()

columns = ["appr A", "appr B", "DI", "TPR A", "TPR B"]
print(f"{'model (threshold 0.5)':<34} " + " ".join(f"{c:>6}" for c in columns))
aware = report("aware: finances + group",
                fit(finances + ["is_b"], ["region"])[1] >= 0.5)
proxied = report("unaware: finances + region", unaware >= 0.5)
finances_only = report("unaware: finances only", fit(finances)[1] >= 0.5)
assert aware[0] < proxied[0] < finances_only[0] < 0.8, "unawareness only half-works"
assert finances_only[2] < finances_only[1] - 0.1, "creditworthy B applicants lose out"

# Pre-processing: reweigh each (group, label) cell to w = P(g) P(y) / P(g, y).
p_g = tr["is_b"].map(tr["is_b"].value_counts(normalize=True))
p_y = tr["past_approval"].map(tr["past_approval"].value_counts(normalize=True))
p_gy = tr.groupby(["is_b", "past_approval"])["is_b"].transform("size") / len(tr)
weights = (p_g * p_y / p_gy).to_numpy()
reweighed = report("reweighed: finances + region",
                   fit(finances, ["region"], weights)[1] >= 0.5)
assert reweighed[0] > proxied[0] and reweighed[2] > proxied[2], "reweighing helps B"

# Post-processing: a lower threshold for group B, chosen to equalize approval rates.
b = (te["is_b"] == 1).to_numpy()
t_b = np.quantile(unaware[b], 1 - (unaware[~b] >= 0.5).mean())
di, tpr_a, tpr_b = report(f"group thresholds (B at {t_b:.2f})",
                          np.where(b, unaware >= t_b, unaware >= 0.5))
assert np.isclose(di, 1, atol=0.01) and tpr_b > tpr_a, "overshoots equal TPR"
