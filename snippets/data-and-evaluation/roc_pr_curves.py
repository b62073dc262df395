"""One scorer, two class balances: the ROC curve stays put, the PR curve collapses."""

import matplotlib.pyplot as plt
import numpy as np

from mlref.metrics import (average_precision_score, precision_recall_curve,
                           roc_auc_score, roc_curve)

rng = np.random.default_rng(0)


def scored_set(n_pos, n_neg):
    """Scores from the same model: positives ~ N(1.5, 1), negatives ~ N(0, 1)."""
    y = np.r_[np.ones(n_pos, int), np.zeros(n_neg, int)]
    return y, np.r_[rng.normal(1.5, 1, n_pos), rng.normal(0, 1, n_neg)]


sets = {"balanced (50 % positive)": scored_set(2000, 2000),
        "rare (1 % positive)": scored_set(200, 19800)}
fig, (ax_roc, ax_pr) = plt.subplots(1, 2, figsize=(9, 4))
print(f"{'test set':<26}{'ROC AUC':>8}{'PR AUC (AP)':>12}{'precision at recall 0.8':>25}")
results = []
for (name, (y, s)), color in zip(sets.items(), ("C0", "C3")):
    fpr, tpr, _ = roc_curve(y, s)
    precision, recall, _ = precision_recall_curve(y, s)
    p_at_r80 = precision[recall >= 0.8].max()
    print(f"{name:<26}{roc_auc_score(y, s):>8.3f}{average_precision_score(y, s):>12.3f}"
          f"{p_at_r80:>25.0%}")
    results.append((roc_auc_score(y, s), average_precision_score(y, s), p_at_r80))
    ax_roc.plot(fpr, tpr, color=color, label=name)
    ax_pr.plot(recall, precision, color=color, label=name)
    ax_pr.axhline(y.mean(), color=color, ls=":", lw=1)  # a random ranking's precision
(roc_balanced, ap_balanced, p_balanced), (roc_rare, ap_rare, p_rare) = results
assert abs(roc_balanced - roc_rare) < 0.03, "ROC AUC: the same up to sampling noise"
assert ap_rare < ap_balanced / 3 and p_rare < p_balanced / 10, "the PR curve collapses"
print(f"rare set at recall 0.8: {(1 - p_rare) / p_rare:.0f} false alarms per positive caught")
ax_roc.plot([0, 1], [0, 1], "k:", lw=1, label="random ranking")
ax_roc.set(xlabel="false-positive rate (1 - specificity)",
           ylabel="true-positive rate (recall)", title="ROC")
ax_pr.set(xlabel="recall", ylabel="precision", title="Precision-recall", ylim=(0, 1.02))
ax_roc.legend(loc="lower right", fontsize=8)
ax_pr.legend(loc="center", fontsize=8)
fig.savefig("roc_pr_curves.svg")
plt.close(fig)
