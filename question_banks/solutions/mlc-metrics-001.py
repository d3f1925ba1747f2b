import numpy as np


def class_report(y_true: list[int], y_pred: list[int], num_classes: int) -> list[list[float]]:
    t = np.asarray(y_true, dtype=int)
    p = np.asarray(y_pred, dtype=int)
    K = num_classes
    cm = np.bincount(t * K + p, minlength=K * K).reshape(K, K)  # rows: true, cols: predicted
    tp = np.diag(cm).astype(float)
    predicted = cm.sum(axis=0)
    support = cm.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(predicted > 0, tp / predicted, 0.0)
        recall = np.where(support > 0, tp / support, 0.0)
        denom = precision + recall
        f1 = np.where(denom > 0, 2 * precision * recall / denom, 0.0)
    n = len(t)
    accuracy = tp.sum() / n
    macro = f1.mean()
    weighted = (f1 * support).sum() / n
    rows = np.stack([precision, recall, f1], axis=1).tolist()
    return rows + [[float(accuracy), float(macro), float(weighted)]]
