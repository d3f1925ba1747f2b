def critical_roads(n: int, roads: list[list[int]]) -> list[list[int]]:
    adj = [[] for _ in range(n)]
    for index, (a, b) in enumerate(roads):
        adj[a].append((b, index))
        adj[b].append((a, index))
    disc = [0] * n  # 0 means not yet discovered
    low = [0] * n
    timer = 1
    critical = []
    for root in range(n):
        if disc[root]:
            continue
        disc[root] = low[root] = timer
        timer += 1
        stack = [[root, -1, 0]]  # town, index of the road it was entered by, next neighbour
        while stack:
            frame = stack[-1]
            v, arrived_by, i = frame
            if i < len(adj[v]):
                frame[2] += 1
                w, index = adj[v][i]
                if index == arrived_by:
                    continue  # skip only this road; a parallel road is a real alternative
                if disc[w]:
                    low[v] = min(low[v], disc[w])
                else:
                    disc[w] = low[w] = timer
                    timer += 1
                    stack.append([w, index, 0])
            else:
                stack.pop()
                if stack:
                    u = stack[-1][0]
                    low[u] = min(low[u], low[v])
                    if low[v] > disc[u]:
                        a, b = roads[arrived_by]
                        critical.append([min(a, b), max(a, b)])
    critical.sort()
    return critical
