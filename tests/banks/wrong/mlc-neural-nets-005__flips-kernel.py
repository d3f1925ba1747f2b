"""Textbook convolution that flips the kernel, where the layer wants cross-correlation."""

import numpy as np

BREAKS = "no-kernel-flip"


def conv2d(
    x: list[list[list[float]]], w: list[list[list[list[float]]]], b: list[float], stride: int, padding: int
) -> list[list[list[float]]]:
    X = np.pad(np.asarray(x, dtype=float), ((0, 0), (padding, padding), (padding, padding)))
    K = np.asarray(w, dtype=float)[:, :, ::-1, ::-1]
    F, C, kh, kw = K.shape
    Ho = (X.shape[1] - kh) // stride + 1
    Wo = (X.shape[2] - kw) // stride + 1
    out = np.zeros((F, Ho, Wo)) + np.asarray(b, dtype=float)[:, None, None]
    for a in range(kh):
        for e in range(kw):
            patch = X[:, a : a + stride * (Ho - 1) + 1 : stride, e : e + stride * (Wo - 1) + 1 : stride]
            out += np.einsum("fc,chw->fhw", K[:, :, a, e], patch)
    return out.tolist()
