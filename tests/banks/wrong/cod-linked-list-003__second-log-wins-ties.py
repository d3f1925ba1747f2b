"""Compares with a strict `<`, so on equal times the second log's entry jumps ahead."""

BREAKS = "first-log-wins-ties"


def merge_logs(first: list[list[int]], second: list[list[int]]) -> list[list[int]]:
    i = j = 0
    out = []
    while i < len(first) and j < len(second):
        if first[i][0] < second[j][0]:
            out.append(first[i])
            i += 1
        else:
            out.append(second[j])
            j += 1
    return out + first[i:] + second[j:]
