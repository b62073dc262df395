"""Per-group metrics, disparate impact and equalized-odds gaps of a credit model."""

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# Generated applicants. Group B earns less on average (a historical disadvantage)
# and lives mostly in regions 3-4; repayment depends only on the finances.
rng = np.random.default_rng(0)
n = 20_000
group = np.where(rng.random(n) < 0.3, "B", "A")
is_b = group == "B"
region = np.where(is_b, rng.choice(5, n, p=[0.05, 0.05, 0.1, 0.4, 0.4]),
                 rng.choice(5, n, p=[0.3, 0.3, 0.2, 0.1, 0.1]))
income = np.exp(rng.normal(np.where(is_b, 10.6, 10.9), 0.4))  # yearly, dollars
debt_ratio = rng.beta(2, 5, n)  # debt payments / income
history = rng.gamma(4, 2.5, n)  # years of credit history
logit = (1.2 + 1.6 * (np.log(income) - 10.8) - 4 * (debt_ratio - 0.3)
         + 0.08 * (history - 10))
repaid = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)  # 1 = repays

df = pd.DataFrame({"group": group, "region": region, "income": income,
                   "debt_ratio": debt_ratio, "history": history, "repaid": repaid})
train, test = train_test_split(df, test_size=0.3, random_state=0,
                               stratify=df["group"])

# The model never sees the group column ("unaware").
features = make_column_transformer(
    (StandardScaler(), ["income", "debt_ratio", "history"]),
    (OneHotEncoder(), ["region"]),
)
model = make_pipeline(features, LogisticRegression(max_iter=1_000))
model.fit(train.drop(columns=["group", "repaid"]), train["repaid"])
score = model.predict_proba(test.drop(columns=["group", "repaid"]))[:, 1]
test = test.assign(approved=(score >= 0.7).astype(int))  # if P(repay) >= 0.7


def group_metrics(d):
    y, a = d["repaid"], d["approved"]
    return pd.Series({
        "applicants": len(d),
        "repay rate": y.mean(),
        "approval rate": a.mean(),
        "TPR": a[y == 1].mean(),        # creditworthy applicants approved
        "FPR": a[y == 0].mean(),        # defaulters approved
        "precision": y[a == 1].mean(),  # approved applicants who repay
        "accuracy": (a == y).mean(),
    })


table = test.groupby("group")[["repaid", "approved"]].apply(group_metrics)
table["applicants"] = table["applicants"].astype(int)
print(table.round(3).to_string())

rate = table["approval rate"]
di = rate["B"] / rate["A"]
print(f"\ndisparate impact ratio (B / A approval): {di:.3f}"
      f"  -> {'passes' if di >= 0.8 else 'fails'} the four-fifths rule")
print(f"demographic parity difference:           {rate['A'] - rate['B']:.3f}")
tpr_gap = table["TPR"]["A"] - table["TPR"]["B"]
fpr_gap = table["FPR"]["A"] - table["FPR"]["B"]
print(f"equal opportunity gap (TPR):             {tpr_gap:.3f}")
print(f"FPR gap:                                 {fpr_gap:.3f}")
print(f"equalized odds gap (max of the two):     "
      f"{max(abs(tpr_gap), abs(fpr_gap)):.3f}")
precision_gap = table["precision"]["A"] - table["precision"]["B"]
assert di < 0.8, "the unaware model fails the four-fifths rule"
assert min(tpr_gap, fpr_gap) > 0.1 and abs(precision_gap) < 0.03, \
    "different base rates: equal precision, unequal TPR and FPR"
