"""MAE, RMSE, R² and Huber loss by hand (mlref.metrics), with and without one bad row."""

import numpy as np
from sklearn import metrics as skm
from sklearn.datasets import load_diabetes
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

from mlref import metrics as mm

X, y = load_diabetes(return_X_y=True)  # target: disease progression, about 25 to 346
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=0)
pred = LinearRegression().fit(X_tr, y_tr).predict(X_te)
spoiled = pred.copy()
spoiled[0] += 300  # one prediction off by 300, e.g. a unit bug in one row

cases = {
    "linear model": pred,
    "same, one error +300": spoiled,
    "predict the train mean": np.full_like(y_te, y_tr.mean()),
}
scores = {}
print(f"{'predictions':<24}{'MAE':>7}{'RMSE':>7}{'R2':>8}{'Huber(d=20)':>12}")
for name, p in cases.items():
    mae = mm.mean_absolute_error(y_te, p)
    rmse = mm.root_mean_squared_error(y_te, p)
    r2 = mm.r2_score(y_te, p)
    assert np.isclose(mae, skm.mean_absolute_error(y_te, p))
    assert np.isclose(rmse, skm.root_mean_squared_error(y_te, p))
    assert np.isclose(r2, skm.r2_score(y_te, p))
    r2 = round(r2, 3) + 0.0  # the train mean scores -0.0000004 on test: print 0.000
    huber = mm.huber_loss(y_te, p, delta=20)
    print(f"{name:<24}{mae:>7.1f}{rmse:>7.1f}{r2:>8.3f}{huber:>12.1f}")
    scores[name] = mae, rmse, r2
(mae, rmse, r2), (mae_bad, rmse_bad, r2_bad), (_, _, r2_mean) = scores.values()
assert rmse_bad / rmse > mae_bad / mae > 1 and r2_bad < r2, "RMSE reacts more than MAE"
assert abs(r2_mean) < 0.01, "predicting the mean scores R2 about 0"

# the best constant under each loss: the mean for squared error, the median for absolute
grid = np.linspace(y_te.min(), y_te.max(), 3201)
best_mse = grid[np.argmin([np.mean((y_te - c) ** 2) for c in grid])]
best_mae = grid[np.argmin([np.mean(np.abs(y_te - c)) for c in grid])]
print(f"\nbest constant for MSE: {best_mse:.1f} (test mean {y_te.mean():.1f})")
print(f"best constant for MAE: {best_mae:.1f} (test median {np.median(y_te):.1f})")
step = grid[1] - grid[0]
assert abs(best_mse - y_te.mean()) <= step and abs(best_mae - np.median(y_te)) <= step
