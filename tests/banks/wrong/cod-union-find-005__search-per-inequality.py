"""Builds the equality graph and runs a search for every inequality: right, but O(m * n)."""

from collections import defaultdict

BREAKS = "too-slow"


def notes_consistent(notes: list[str]) -> bool:
    graph = defaultdict(list)
    unequal = []
    for note in notes:
        if "==" in note:
            a, b = note.split("==")
            graph[a].append(b)
            graph[b].append(a)
        else:
            unequal.append(note.split("!="))
    for a, b in unequal:
        seen, stack = {a}, [a]
        while stack:
            x = stack.pop()
            if x == b:
                return False
            for y in graph[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
    return True
