import numpy as np


def viterbi(start: list[float], trans: list[list[float]], emit: list[list[float]], obs: list[int]) -> list[int]:
    with np.errstate(divide="ignore"):  # log(0) = -inf marks an impossible step
        log_start = np.log(np.asarray(start, dtype=float))
        log_trans = np.log(np.asarray(trans, dtype=float))
        log_emit = np.log(np.asarray(emit, dtype=float))
    if not obs:
        return []
    score = log_start + log_emit[:, obs[0]]
    back = []
    for o in obs[1:]:
        cand = score[:, None] + log_trans  # previous state × next state
        prev = np.argmax(cand, axis=0)  # first maximum = smallest previous state
        score = cand[prev, np.arange(len(score))] + log_emit[:, o]
        back.append(prev)
    state = int(np.argmax(score))
    path = [state]
    for prev in reversed(back):
        state = int(prev[state])
        path.append(state)
    return path[::-1]
