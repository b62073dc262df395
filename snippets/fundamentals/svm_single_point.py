"""One added point moves a hard-margin SVM; a soft margin barely notices."""

import numpy as np
from sklearn.svm import SVC

rng = np.random.default_rng(0)
X = np.vstack([rng.normal([-2, 0], 0.5, (40, 2)), rng.normal([2, 0], 0.5, (40, 2))])
y = np.repeat([0, 1], 40)
extra = np.array([[0.3, 0.0]])          # one class-0 point (an outlier or a mislabel) near class 1
X2, y2 = np.vstack([X, extra]), np.r_[y, 0]


def describe(C, X, y):
    m = SVC(kernel="linear", C=C).fit(X, y)
    w, b = m.coef_[0], m.intercept_[0]
    return 2 / np.linalg.norm(w), -b / w[0], m.n_support_.sum(), m.score(X, y)


print(f"{'model':<28} {'margin width':>12} {'boundary x':>10} {'support vectors':>15} {'train acc':>9}")
rows = {}
for C, label in ((1e6, "hard margin (C = 1e6)"), (0.1, "soft margin (C = 0.1)")):
    for data, tag in (((X, y), "before"), ((X2, y2), "after")):
        rows[(C, tag)] = r = describe(C, *data)
        print(f"{label + ', ' + tag:<28} {r[0]:>12.2f} {r[1]:>10.2f} {r[2]:>15d} {r[3]:>9.3f}")

hard_before, hard_after = rows[(1e6, "before")], rows[(1e6, "after")]
soft_before, soft_after = rows[(0.1, "before")], rows[(0.1, "after")]
assert hard_after[0] < hard_before[0] / 2               # the margin collapses
assert abs(hard_after[1] - hard_before[1]) > 3 * abs(soft_after[1] - soft_before[1])
