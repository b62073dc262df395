"""Hide known values, impute them four ways, and measure how close each guess is."""

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.experimental import enable_iterative_imputer  # noqa: F401 (enables it)
from sklearn.impute import IterativeImputer, KNNImputer, SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

rng = np.random.default_rng(0)
X = load_breast_cancer().data[:, :10]  # ten correlated tumour measurements
X_train, X_test = train_test_split(X, test_size=0.3, random_state=0)
scaler = StandardScaler().fit(X_train)  # errors in standard deviations, for every column
X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)


def hide(data, rate):
    """Blank out a random `rate` of the cells (missing completely at random)."""
    mask = rng.random(data.shape) < rate
    holed = data.copy()
    holed[mask] = np.nan
    return holed, mask


train_holed, _ = hide(X_train, 0.2)
test_holed, test_mask = hide(X_test, 0.2)
complete = ~np.isnan(test_holed).any(axis=1)
print(f"20% of cells hidden: {complete.sum()} of {len(X_test)} test rows "
      f"({complete.mean():.0%}) survive listwise deletion\n")

imputers = {
    "mean": SimpleImputer(strategy="mean"),
    "median": SimpleImputer(strategy="median"),
    "KNN (k=5)": KNNImputer(n_neighbors=5),
    "iterative": IterativeImputer(max_iter=50, tol=1e-2, random_state=0),
}
truth = X_test[test_mask]
print(f"{'imputer':<11} {'RMSE on hidden cells':>21} {'std of imputed values':>22}")
rmse_of, spread_of = {}, {}
for name, imputer in imputers.items():
    imputer.fit(train_holed)  # learn fill values from training rows only
    guess = imputer.transform(test_holed)[test_mask]
    rmse = np.sqrt(np.mean((guess - truth) ** 2))
    print(f"{name:<11} {rmse:>21.3f} {guess.std():>22.3f}")
    rmse_of[name], spread_of[name] = rmse, guess.std()
print(f"{'(true)':<11} {'':>21} {truth.std():>22.3f}")
assert np.isclose(rmse_of["mean"], truth.std(), rtol=0.1), "mean: error = true spread"
assert max(rmse_of["KNN (k=5)"], rmse_of["iterative"]) < 0.7 * rmse_of["mean"]
assert spread_of["mean"] < 0.1 * truth.std(), "mean fills have almost no spread"
assert np.isclose(spread_of["iterative"], truth.std(), rtol=0.1), "iterative keeps it"
