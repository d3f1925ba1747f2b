"""Two-colours every group starting from red, without choosing the smaller side per group."""

BREAKS = "smaller-side-each-group"


def min_team_size(n: int, rivalries: list[list[int]]) -> int:
    adj = [[] for _ in range(n)]
    for a, b in rivalries:
        adj[a].append(b)
        adj[b].append(a)
    colour = [-1] * n
    red = 0
    for s in range(n):
        if colour[s] >= 0 or not adj[s]:
            continue
        colour[s] = 1
        stack = [s]
        while stack:
            v = stack.pop()
            red += colour[v]
            for w in adj[v]:
                if colour[w] < 0:
                    colour[w] = 1 - colour[v]
                    stack.append(w)
                elif colour[w] == colour[v]:
                    return -1
    return red
