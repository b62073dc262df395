"""Feature selection fitted before cross-validation finds signal in pure noise."""

import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

rng = np.random.default_rng(0)
X = rng.normal(size=(200, 5_000))  # 200 rows, 5,000 features of pure noise
y = rng.integers(0, 2, size=200)   # labels independent of X: true accuracy is 50 %
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
model = LogisticRegression(max_iter=1_000)

# Leaky: the 20 features most correlated with y are chosen using ALL rows,
# including the rows each fold later uses for validation.
X_top = SelectKBest(f_classif, k=20).fit_transform(X, y)
leaky = cross_val_score(make_pipeline(StandardScaler(), model), X_top, y, cv=cv)

# Correct: selection is a step of the pipeline, refitted inside every fold.
pipe = make_pipeline(StandardScaler(), SelectKBest(f_classif, k=20), model)
honest = cross_val_score(pipe, X, y, cv=cv)

for name, scores in (("selection before CV (leaky)", leaky),
                     ("selection inside CV (honest)", honest)):
    print(f"{name:<29} accuracy {scores.mean():.0%} +/- {scores.std():.0%}")
assert leaky.mean() > honest.mean() + 0.15, "selection before CV inflates it"
assert abs(honest.mean() - 0.5) < 0.1, "the honest estimate is near guessing"
