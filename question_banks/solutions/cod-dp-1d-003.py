from bisect import bisect_left


def longest_rising(readings: list[int]) -> int:
    # tails[k] = smallest last value of a strictly rising run of length k + 1 seen so far.
    tails = []
    for x in readings:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
