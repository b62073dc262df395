"""Estimate bias^2, variance and test error of k-nearest-neighbour regression
by training on 400 independent training sets, and check that they add up."""

import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)
noise_sd, n_train, n_sets = 0.3, 100, 400
x_test = np.linspace(0.05, 0.95, 181)
f_test = np.sin(2 * np.pi * x_test)
ks = np.array([1, 2, 3, 5, 8, 12, 18, 27, 40, 60, 90])

preds = np.empty((len(ks), n_sets, len(x_test)))
for s in range(n_sets):  # a fresh training set each time
    x = rng.uniform(0, 1, n_train)
    y = np.sin(2 * np.pi * x) + rng.normal(scale=noise_sd, size=n_train)
    order = np.argsort(np.abs(x_test[:, None] - x[None, :]), axis=1)
    y_sorted = y[order]  # training labels, nearest first, for each test point
    for i, k in enumerate(ks):
        preds[i, s] = y_sorted[:, :k].mean(axis=1)

bias2 = ((preds.mean(axis=1) - f_test) ** 2).mean(axis=1)
variance = preds.var(axis=1).mean(axis=1)
y_new = f_test + rng.normal(scale=noise_sd, size=preds.shape)  # unseen labels
test_mse = ((preds - y_new) ** 2).mean(axis=(1, 2))

print("    k    bias^2  variance  bias^2+var+noise  measured test MSE")
for i, k in enumerate(ks):
    total = bias2[i] + variance[i] + noise_sd**2
    print(f"{k:>5}  {bias2[i]:8.3f}  {variance[i]:8.3f}  {total:16.3f}"
          f"  {test_mse[i]:17.3f}")
print(f"noise variance sigma^2 = {noise_sd**2:.3f}; "
      f"lowest test MSE at k = {ks[np.argmin(test_mse)]}")
assert np.allclose(bias2 + variance + noise_sd**2, test_mse, atol=0.002), "terms add up"
assert np.allclose(variance[:3], noise_sd**2 / ks[:3], rtol=0.05), "sigma^2 / k"
assert 0 < np.argmin(test_mse) < len(ks) - 1, "the test error is U-shaped"

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(ks, bias2, "o-", label="bias$^2$")
ax.plot(ks, variance, "s-", label="variance")
ax.plot(ks, test_mse, "^-", color="black", label="test MSE")
ax.axhline(noise_sd**2, color="grey", ls=":", label=r"noise $\sigma^2$ (floor)")
ax.set_xscale("log")
ax.set_xticks([90, 30, 10, 3, 1], labels=["90", "30", "10", "3", "1"])
ax.minorticks_off()
ax.invert_xaxis()  # flexibility grows to the right: small k = flexible
ax.set_xlabel("k (log scale; smaller k = more flexible model)")
ax.set_ylabel("error")
ax.legend()
fig.savefig("bias_variance_curve.svg")
plt.close(fig)
