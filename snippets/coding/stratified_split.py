"""Train/validation/test split, 60/20/20, stratified on a rare class."""

import numpy as np
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split

# 1000 rows, 5% positives.
X, y = make_classification(
    n_samples=1000, weights=[0.95], flip_y=0, random_state=0
)


def three_way_split(X, y, val=0.2, test=0.2, stratify=True, seed=0):
    """Carve off the test set, then split the rest into train and val."""
    X_rest, X_test, y_rest, y_test = train_test_split(
        X,
        y,
        test_size=test,
        stratify=y if stratify else None,
        random_state=seed,
    )
    X_train, X_val, y_train, y_val = (
        train_test_split(  # val share of what is left
            X_rest,
            y_rest,
            test_size=val / (1 - test),
            stratify=y_rest if stratify else None,
            random_state=seed,
        )
    )
    return X_train, X_val, X_test, y_train, y_val, y_test


X_train, X_val, X_test, y_train, y_val, y_test = three_way_split(X, y)
print(
    f"sizes: train {len(y_train)}, validation {len(y_val)}, test {len(y_test)}"
)
print(
    f"positives: train {y_train.sum()} ({y_train.mean():.1%}), "
    f"validation {y_val.sum()} ({y_val.mean():.1%}), "
    f"test {y_test.sum()} ({y_test.mean():.1%})"
)
assert np.allclose([y_train.mean(), y_val.mean(), y_test.mean()], 0.05)
# No row lands in two sets.
assert len(set(map(tuple, X_train)) & set(map(tuple, X_test))) == 0

# Over 100 seeds: how far can the test set's positive rate drift from 5%?
spread = {}
for stratify in (False, True):
    rates = [
        three_way_split(X, y, stratify=stratify, seed=s)[5].mean()
        for s in range(100)
    ]
    print(
        f"stratify={stratify!s:5s}: test positive rate ranges "
        f"{min(rates):.1%} to {max(rates):.1%}"
    )
    spread[stratify] = max(rates) - min(rates)
assert spread[True] == 0 < spread[False], "stratifying pins the rate at 5%"
