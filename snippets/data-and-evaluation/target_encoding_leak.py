"""Target encoding done naively leaks the label; cross-fitting removes the leak."""

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.preprocessing import TargetEncoder
from threadpoolctl import threadpool_limits

threadpool_limits(1)  # small data: one thread is faster than several competing ones

rng = np.random.default_rng(0)
n, n_levels = 3000, 500
signal = rng.normal(size=n)
zip_code = rng.integers(0, n_levels, size=n)  # high-cardinality and pure noise
y = (signal + rng.normal(size=n) > 1).astype(int)
df = pd.DataFrame({"signal": signal, "zip": zip_code})
X_tr, X_te, y_tr, y_te = train_test_split(df, y, test_size=0.5, random_state=0,
                                          stratify=y)
print(f"{n_levels} zip codes, about {len(X_tr) / n_levels:.1f} training rows each; "
      f"zip carries no signal\n")


def naive_encoding(train_cat, train_y, cat):
    """Mean label per category from all training rows: each row sees its own label."""
    means = pd.Series(train_y).groupby(train_cat.to_numpy()).mean()
    return cat.map(means).fillna(train_y.mean()).to_numpy()


def fit_score(Z_tr, Z_te):
    model = HistGradientBoostingClassifier(random_state=0).fit(Z_tr, y_tr)
    return (roc_auc_score(y_tr, model.predict_proba(Z_tr)[:, 1]),
            roc_auc_score(y_te, model.predict_proba(Z_te)[:, 1]))


sig_tr, sig_te = X_tr[["signal"]].to_numpy(), X_te[["signal"]].to_numpy()
naive_tr = naive_encoding(X_tr["zip"], y_tr, X_tr["zip"])
naive_te = naive_encoding(X_tr["zip"], y_tr, X_te["zip"])
# TargetEncoder.fit_transform cross-fits: each training row is encoded from the
# other folds; transform() on new data uses all the training rows.
folds = StratifiedKFold(5, shuffle=True, random_state=0)
enc = TargetEncoder(target_type="binary", cv=folds)
cross_tr = enc.fit_transform(X_tr[["zip"]], y_tr)
cross_te = enc.transform(X_te[["zip"]])

rows = {
    "signal only": (sig_tr, sig_te),
    "+ naive target encoding": (np.c_[sig_tr, naive_tr], np.c_[sig_te, naive_te]),
    "+ cross-fitted encoding": (np.c_[sig_tr, cross_tr], np.c_[sig_te, cross_te]),
}
print(f"{'features':<26}{'train AUC':>10}{'test AUC':>10}")
aucs = []
for name, (Z_tr, Z_te) in rows.items():
    train_auc, test_auc = fit_score(Z_tr, Z_te)
    print(f"{name:<26}{train_auc:>10.3f}{test_auc:>10.3f}")
    aucs.append((train_auc, test_auc))
(signal_train, signal_test), (naive_train, naive_test), (_, cross_test) = aucs
assert naive_train > signal_train and naive_test < signal_test - 0.1, "naive encoding leaks"
assert abs(cross_test - signal_test) < 0.03, "cross-fitting removes the leak"
