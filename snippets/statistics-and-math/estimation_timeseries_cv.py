"""Validating a forecaster: shuffled k-fold vs walk-forward validation,
compared with the error on the truly later data.

Daily demand = drifting level (a random walk) + weekly pattern + noise.
Forecast 7 days ahead from the value 7 days earlier, the weekday and the
date (the date feature is what a shuffled split rewards)."""

import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import KFold, TimeSeriesSplit, cross_val_score

rng = np.random.default_rng(0)
days = 1_000
t = np.arange(days)
level = 100 + np.cumsum(rng.normal(0, 1.5, days))
y = level + 8 * np.sin(2 * np.pi * t / 7) + rng.normal(0, 3, days)

lag = 7
X = np.column_stack([y[:-lag], t[lag:] % 7, t[lag:]])  # value 7 days ago, weekday, date
target = y[lag:]
split = int(0.8 * len(target))  # the last 20 % is the future
X_dev, y_dev, X_future, y_future = X[:split], target[:split], X[split:], target[split:]

model = RandomForestRegressor(n_estimators=100, min_samples_leaf=3, random_state=0, n_jobs=1)
mae = lambda cv: -cross_val_score(model, X_dev, y_dev, cv=cv,
                                  scoring="neg_mean_absolute_error").mean()
shuffled = mae(KFold(5, shuffle=True, random_state=0))
walk_forward = mae(TimeSeriesSplit(5, gap=lag))
future = mean_absolute_error(y_future, model.fit(X_dev, y_dev).predict(X_future))
naive = mean_absolute_error(y_future, X_future[:, 0])  # "same as a week ago"

print(f"shuffled 5-fold CV MAE             {shuffled:6.2f}")
print(f"walk-forward CV MAE (gap 7)        {walk_forward:6.2f}")
print(f"MAE on the later 20 %              {future:6.2f}")
print(f"seasonal-naive baseline there      {naive:6.2f}")
# Predict the change from a week ago instead of the level, without the date.
change_model = model.fit(X_dev[:, 1:2], y_dev - X_dev[:, 0])
differenced = mean_absolute_error(
    y_future, X_future[:, 0] + change_model.predict(X_future[:, 1:2]))
print(f"forest on the weekly change        {differenced:6.2f}")
assert shuffled < 0.6 * future             # shuffling promises far too much
assert naive < future and differenced < future  # trees cannot extrapolate levels
assert abs(walk_forward - future) < abs(shuffled - future)
