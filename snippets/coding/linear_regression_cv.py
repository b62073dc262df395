"""Linear regression with k-fold cross-validation, scored with R2, RMSE
and MAE (never 'accuracy').
"""

import numpy as np
from sklearn.datasets import load_diabetes
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import LinearRegression, RidgeCV
from sklearn.metrics import r2_score, root_mean_squared_error
from sklearn.model_selection import KFold, cross_validate, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

# 442 patients, 10 features; target: disease progression after a year.
X, y = load_diabetes(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=0
)

cv = KFold(n_splits=5, shuffle=True, random_state=0)
scoring = {
    "R2": "r2",
    "RMSE": "neg_root_mean_squared_error",
    "MAE": "neg_mean_absolute_error",
}
models = {
    "mean of y (baseline)": DummyRegressor(strategy="mean"),
    "linear regression": make_pipeline(StandardScaler(), LinearRegression()),
    "ridge, alpha by inner CV": make_pipeline(
        StandardScaler(), RidgeCV(alphas=np.logspace(-3, 3, 13))
    ),
}
print(
    f"{'5-fold CV on the training set':28s}"
    f"{'R2':>14s}{'RMSE':>16s}{'MAE':>10s}"
)
cv_means = {}
for name, model in models.items():
    res = cross_validate(model, X_train, y_train, cv=cv, scoring=scoring)
    r2, rmse, mae = res["test_R2"], -res["test_RMSE"], -res["test_MAE"]
    print(
        f"{name:28s}{r2.mean():8.3f} +/-{r2.std():.2f}"
        f"{rmse.mean():10.1f} +/-{rmse.std():4.1f}{mae.mean():10.1f}"
    )
    cv_means[name] = r2.mean(), rmse.mean()
(base_r2, base_rmse), (lin_r2, lin_rmse), _ = cv_means.values()
assert base_r2 < 0 < lin_r2 and lin_rmse < base_rmse, "beats the baseline"

final = models["linear regression"].fit(X_train, y_train)
pred = final.predict(X_test)
print(
    f"\nheld-out test: R2 {r2_score(y_test, pred):.3f}, "
    f"RMSE {root_mean_squared_error(y_test, pred):.1f} "
    f"(target standard deviation {y_test.std():.1f})"
)
assert 0 < r2_score(y_test, pred) < lin_r2, "one split is below the CV mean"
