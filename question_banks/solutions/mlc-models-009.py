import numpy as np


def train_perceptron(X: list[list[float]], y: list[int], lr: float, epochs: int) -> list[float]:
    data = np.asarray(X, dtype=float)
    labels = [int(v) for v in y]
    w = np.zeros(data.shape[1])
    b = 0.0
    mistakes = 0
    for _ in range(epochs):
        clean = True
        for row, label in zip(data, labels):
            if label * (float(row @ w) + b) <= 0:
                w += lr * label * row
                b += lr * label
                mistakes += 1
                clean = False
        if clean:
            break
    return [*w.tolist(), b, mistakes]
