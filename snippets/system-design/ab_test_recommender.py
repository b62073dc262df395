"""A/B test of a new recommender: split check, significance, A/A errors.

Users are randomized, so the user is the unit of analysis. CTR = clicks /
impressions is a ratio of per-user sums: the delta method gives its
variance. A naive test treating impressions as independent is shown too.
"""

import hashlib

import numpy as np
from scipy import stats

rng = np.random.default_rng(0)
n_users = 100_000


def bucket(user_id, salt="reco-v2-test"):
    """Stable bucket 0-99 from a salted hash: same user, same arm."""
    key = f"{salt}:{user_id}".encode()
    return int(hashlib.md5(key).hexdigest(), 16) % 100


treated = np.array([bucket(u) for u in range(n_users)]) < 50  # 50/50

# Users differ a lot in activity and in their taste for clicking
sessions = rng.negative_binomial(2, 2 / 7, n_users) + 1  # mean 6
impressions = sessions * 10          # 10 recommendations per session
user_ctr = rng.beta(2, 38, n_users)  # mean 5 %
true_lift = 0.02                     # treatment: +2 % relative CTR
clicks = rng.binomial(impressions,
                      user_ctr * np.where(treated, 1 + true_lift, 1))

# 1. Sample-ratio mismatch: is the split really 50/50?
counts = [(~treated).sum(), treated.sum()]
print(f"users control/treatment {counts[0]:,}/{counts[1]:,}, "
      f"SRM chi-square p = {stats.chisquare(counts).pvalue:.2f}")
assert stats.chisquare(counts).pvalue > 0.01, "no sample-ratio mismatch"


def delta_test(c, n, arm):
    """z-test of sum(c)/sum(n) between arms, user-level delta method."""
    res = []
    for g in (~arm, arm):
        r = c[g].sum() / n[g].sum()
        cov = np.cov(c[g], n[g])  # var(c), cov(c, n), var(n) over users
        var = (cov[0, 0] - 2 * r * cov[0, 1] + r**2 * cov[1, 1]) / (
            g.sum() * n[g].mean() ** 2)
        res.append((r, var))
    (r0, v0), (r1, v1) = res
    se = np.sqrt(v0 + v1)
    return r0, r1, se, 2 * stats.norm.sf(abs(r1 - r0) / se)


def naive_test(c, n, arm):
    """Two-proportion z-test: wrongly treats impressions as independent."""
    c0, n0 = c[~arm].sum(), n[~arm].sum()
    c1, n1 = c[arm].sum(), n[arm].sum()
    p = (c0 + c1) / (n0 + n1)
    z = (c1 / n1 - c0 / n0) / np.sqrt(p * (1 - p) * (1 / n0 + 1 / n1))
    return 2 * stats.norm.sf(abs(z))


# 2. The test
r0, r1, se, p = delta_test(clicks, impressions, treated)
lift, lift_se = r1 / r0 - 1, se / r0
lo, hi = lift - 1.96 * lift_se, lift + 1.96 * lift_se
print(f"CTR control {r0:.3%}, treatment {r1:.3%}: lift {lift:+.2%} "
      f"(95% CI {lo:+.2%} to {hi:+.2%})")
assert p < 0.01 and lo < true_lift < hi, "the delta method finds the true lift"
p_naive = naive_test(clicks, impressions, treated)
print(f"p, delta method (user level):       {p:.2g}")
print(f"p, naive (impressions independent): {p_naive:.2g}")
assert p_naive < p / 100, "the naive test is far more confident on the same data"
t = stats.ttest_ind(clicks[treated], clicks[~treated], equal_var=False)
print(f"clicks per user {clicks[~treated].mean():.3f} vs "
      f"{clicks[treated].mean():.3f}, Welch t-test p = {t.pvalue:.2g}")

# 3. A/A: split control users at random; how often is p < 0.05?
c_a, n_a = clicks[~treated], impressions[~treated]
n_aa, fp_delta, fp_naive = 500, 0, 0
for _ in range(n_aa):
    fake = rng.random(c_a.size) < 0.5
    fp_delta += delta_test(c_a, n_a, fake)[3] < 0.05
    fp_naive += naive_test(c_a, n_a, fake) < 0.05
print(f"A/A false positives in {n_aa} splits: delta method "
      f"{fp_delta / n_aa:.1%}, naive {fp_naive / n_aa:.1%} (target 5%)")
assert abs(fp_delta / n_aa - 0.05) < 0.025, "the user-level test keeps its 5 %"
assert fp_naive / n_aa > 0.15, "the naive test is overconfident"

# 4. Power: users per arm for a relative lift (alpha 5 %, power 80 %)
z = stats.norm.ppf(0.975) + stats.norm.ppf(0.80)
var_user = lift_se**2 * counts[0] / 2  # one user's variance, one arm
for mde in (0.01, 0.02, 0.05):
    n_arm = 2 * z**2 * var_user / mde**2
    print(f"detect a {mde:.0%} lift: {n_arm:,.0f} users per arm")
