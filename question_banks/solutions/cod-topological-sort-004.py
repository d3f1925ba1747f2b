def forced_ranking(n: int, results: list[list[int]]) -> list[int]:
    beats = [[] for _ in range(n)]
    losses = [0] * n
    for winner, loser in results:
        beats[winner].append(loser)
        losses[loser] += 1
    ready = [p for p in range(n) if losses[p] == 0]
    order = []
    while ready:
        if len(ready) > 1:
            return []  # two players nobody left unplaced has beaten: either could rank next
        player = ready.pop()
        order.append(player)
        for loser in beats[player]:
            losses[loser] -= 1
            if losses[loser] == 0:
                ready.append(loser)
    return order if len(order) == n else []
