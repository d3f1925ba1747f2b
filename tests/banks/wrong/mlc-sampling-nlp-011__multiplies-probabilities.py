"""Multiplies raw probabilities along the path; long sequences underflow to 0 and every state ties."""

import numpy as np

BREAKS = "log-space"


def viterbi(start: list[float], trans: list[list[float]], emit: list[list[float]], obs: list[int]) -> list[int]:
    p_start = np.asarray(start, dtype=float)
    p_trans = np.asarray(trans, dtype=float)
    p_emit = np.asarray(emit, dtype=float)
    if not obs:
        return []
    score = p_start * p_emit[:, obs[0]]
    back = []
    for o in obs[1:]:
        cand = score[:, None] * p_trans  # previous state × next state
        prev = np.argmax(cand, axis=0)  # first maximum = smallest previous state
        score = cand[prev, np.arange(len(score))] * p_emit[:, o]
        back.append(prev)
    state = int(np.argmax(score))
    path = [state]
    for prev in reversed(back):
        state = int(prev[state])
        path.append(state)
    return path[::-1]
