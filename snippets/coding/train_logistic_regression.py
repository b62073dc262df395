"""Train and evaluate a logistic regression on a bundled dataset (iris)."""

from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, confusion_matrix
from sklearn.model_selection import (
    StratifiedKFold,
    cross_val_score,
    train_test_split,
)
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

iris = load_iris()
X_train, X_test, y_train, y_test = train_test_split(
    iris.data, iris.target, test_size=0.2, stratify=iris.target, random_state=0
)

# Scaling inside the pipeline: the scaler sees only training folds during CV.
model = make_pipeline(
    StandardScaler(), LogisticRegression(C=1.0, max_iter=1000)
)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(model, X_train, y_train, cv=cv, scoring="f1_macro")
print(
    "5-fold CV macro-F1 on the training set: "
    f"{scores.mean():.3f} +/- {scores.std():.3f}"
)

# Refit on all training data, then touch the test set once.
model.fit(X_train, y_train)
y_pred = model.predict(X_test)
print(
    classification_report(
        y_test, y_pred, target_names=iris.target_names, digits=3
    )
)
print("confusion matrix (rows = true, columns = predicted):")
print(confusion_matrix(y_test, y_pred))
wrong = y_pred != y_test
# The single error: a virginica (2) predicted as versicolor (1).
assert list(zip(y_test[wrong], y_pred[wrong])) == [(2, 1)]
print(
    "probabilities for the first test flower:",
    model.predict_proba(X_test[:1]).round(3),
)
