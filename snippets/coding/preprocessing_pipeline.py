"""Imputation, encoding and scaling in one ColumnTransformer, fitted on
the training rows only.
"""

import textwrap

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# A churn table with the usual problems: missing numbers and categories.
rng = np.random.default_rng(0)
n = 2000
df = pd.DataFrame(
    {
        "age": rng.integers(18, 80, n).astype(float),
        "monthly_spend": rng.gamma(2.0, 30.0, n),
        "plan": rng.choice(["basic", "plus", "pro"], n, p=[0.6, 0.3, 0.1]),
        "city": rng.choice(["Paris", "Lyon", "Nice", "Lille"], n),
    }
)
logit = (
    -1.5
    + 0.02 * (50 - df["age"])
    + 0.01 * df["monthly_spend"]
    + (df["plan"] == "basic") * 1.0
)
df["churned"] = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
df.loc[rng.random(n) < 0.10, "age"] = np.nan
df.loc[rng.random(n) < 0.05, "monthly_spend"] = np.nan
df.loc[rng.random(n) < 0.05, "city"] = np.nan
print("missing values:", df.isna().sum()[lambda s: s > 0].to_dict())

X, y = df.drop(columns="churned"), df["churned"]
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=0
)

numeric = ["age", "monthly_spend"]
categorical = ["plan", "city"]
preprocess = ColumnTransformer(
    [
        (
            "num",
            make_pipeline(
                SimpleImputer(strategy="median", add_indicator=True),
                StandardScaler(),
            ),
            numeric,
        ),
        (
            "cat",
            make_pipeline(
                SimpleImputer(strategy="most_frequent"),
                OneHotEncoder(handle_unknown="ignore"),
            ),
            categorical,
        ),
    ]
)
model = Pipeline(
    [("preprocess", preprocess), ("clf", LogisticRegression(max_iter=1000))]
)
# Every statistic (medians, means, category lists) comes from X_train.
model.fit(X_train, y_train)

names = model[:-1].get_feature_names_out()
print("features after preprocessing:")
print(
    textwrap.fill(
        ", ".join(names), 78, initial_indent="  ", subsequent_indent="  "
    )
)
medians = (
    model.named_steps["preprocess"].named_transformers_["num"][0].statistics_
)
print(
    "imputation medians learned from training rows: "
    f"age {medians[0]:.0f}, spend {medians[1]:.1f}"
)
assert np.allclose(medians, X_train[numeric].median()), "from X_train only"
print(
    "test ROC AUC: "
    f"{roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]):.3f}"
)

# One estimator: cross-validation refits the preprocessing in every fold.
cv_auc = cross_val_score(model, X_train, y_train, cv=5, scoring="roc_auc")
print(
    "5-fold CV ROC AUC on the training set: "
    f"{cv_auc.mean():.3f} +/- {cv_auc.std():.3f}"
)

# A category unseen in training does not crash prediction: all zeros.
new = pd.DataFrame(
    {
        "age": [np.nan],
        "monthly_spend": [120.0],
        "plan": ["enterprise"],
        "city": ["Bordeaux"],
    }
)
print(
    "unseen plan and city -> churn probability "
    f"{model.predict_proba(new)[0, 1]:.2f}"
)
is_category = [name.startswith("cat__") for name in names]
assert not model[:-1].transform(new)[:, is_category].any(), "unseen: all zeros"
