"""Which models care about feature scale? Cross-validated accuracy on the wine data."""

import warnings

from sklearn.datasets import load_wine
from sklearn.ensemble import RandomForestClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MinMaxScaler, StandardScaler
from sklearn.svm import SVC

data = load_wine()
X, y, names = data.data, data.target, data.feature_names
spread = X.std(axis=0)
lo, hi = spread.argmin(), spread.argmax()
print(f"feature std ranges from {spread[lo]:.2f} ({names[lo]}) "
      f"to {spread[hi]:.0f} ({names[hi]})\n")

models = {
    "k-NN (k=5)": KNeighborsClassifier(),
    "SVM, RBF kernel": SVC(),
    "logistic regression": LogisticRegression(max_iter=200),
    "random forest": RandomForestClassifier(n_estimators=100, random_state=0),
}
scalers = {"raw": None, "standardized": StandardScaler(), "min-max": MinMaxScaler()}
cv = StratifiedKFold(5, shuffle=True, random_state=0)

print(f"{'model':<21}" + "".join(f"{name:>14}" for name in scalers))
table = {}
for name, model in models.items():
    row = []
    for scaler in scalers.values():
        # inside a pipeline, each fold fits the scaler on its own training part only
        pipe = make_pipeline(scaler, model) if scaler else model
        with warnings.catch_warnings():  # raw logistic regression stops unconverged
            warnings.simplefilter("ignore", ConvergenceWarning)
            row.append(cross_val_score(pipe, X, y, cv=cv).mean())
    print(f"{name:<21}" + "".join(f"{acc:>14.3f}" for acc in row))
    table[name] = row  # raw, standardized, min-max
for name in ("k-NN (k=5)", "SVM, RBF kernel"):
    assert min(table[name][1:]) > table[name][0] + 0.2, f"{name} needs scaling"
assert min(table["logistic regression"][1:]) > table["logistic regression"][0]
assert len(set(table["random forest"])) == 1, "trees ignore monotone rescaling"

# gradient-based solvers also need far more steps on raw features
raw = LogisticRegression(max_iter=100_000).fit(X, y).n_iter_[0]
std = make_pipeline(StandardScaler(), LogisticRegression()).fit(X, y)[-1].n_iter_[0]
print(f"\nlogistic regression (lbfgs) iterations to converge: "
      f"raw {raw}, standardized {std}")
assert raw > 50 * std
