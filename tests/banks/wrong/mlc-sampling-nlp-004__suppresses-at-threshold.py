"""Greedy NMS that suppresses boxes whose IoU equals the threshold, not only those above it."""

import numpy as np

BREAKS = "strictly-greater"


def nms(boxes: list[list[float]], scores: list[float], iou_threshold: float) -> list[int]:
    if not boxes:
        return []
    B = np.asarray(boxes, dtype=float)
    area = (B[:, 2] - B[:, 0]) * (B[:, 3] - B[:, 1])
    order = sorted(range(len(B)), key=lambda i: -scores[i])
    alive = np.ones(len(B), dtype=bool)
    kept = []
    for i in order:
        if not alive[i]:
            continue
        kept.append(i)
        w = np.clip(np.minimum(B[i, 2], B[:, 2]) - np.maximum(B[i, 0], B[:, 0]), 0, None)
        h = np.clip(np.minimum(B[i, 3], B[:, 3]) - np.maximum(B[i, 1], B[:, 1]), 0, None)
        union = area[i] + area - w * h
        iou = np.where(union > 0, w * h / np.where(union > 0, union, 1), 0.0)
        alive &= iou < iou_threshold
    return kept
