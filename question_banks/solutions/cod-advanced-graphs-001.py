import heapq


def gentlest_route(heights: list[list[int]]) -> int:
    rows, cols = len(heights), len(heights[0])
    best = [[float("inf")] * cols for _ in range(rows)]
    best[0][0] = 0
    heap = [(0, 0, 0)]
    while heap:
        effort, r, c = heapq.heappop(heap)
        if effort > best[r][c]:
            continue
        if r == rows - 1 and c == cols - 1:
            return effort
        h = heights[r][c]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                cand = max(effort, abs(heights[nr][nc] - h))
                if cand < best[nr][nc]:
                    best[nr][nc] = cand
                    heapq.heappush(heap, (cand, nr, nc))
    return best[rows - 1][cols - 1]
