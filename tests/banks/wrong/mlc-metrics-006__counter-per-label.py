"""Deals each label's samples round-robin but restarts the counter at fold 0 for every label."""

BREAKS = "shared-counter"


def stratified_folds(labels: list[int], k: int) -> list[int]:
    fold = [0] * len(labels)
    by_label: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        by_label.setdefault(label, []).append(i)
    for label in sorted(by_label):
        for j, i in enumerate(by_label[label]):
            fold[i] = j % k
    return fold
