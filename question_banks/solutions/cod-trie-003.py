class _Node:
    __slots__ = ("children", "ends", "passing")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.ends = 0  # copies of the word that ends exactly here
        self.passing = 0  # copies of words that go through (or end at) this node


class WordStore:
    """A prefix tree whose nodes count the stored copies below them."""

    def __init__(self) -> None:
        self.root = _Node()

    def _find(self, text: str) -> _Node | None:
        node = self.root
        for ch in text:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def add(self, word: str) -> None:
        node = self.root
        node.passing += 1
        for ch in word:
            node = node.children.setdefault(ch, _Node())
            node.passing += 1
        node.ends += 1

    def remove(self, word: str) -> bool:
        end = self._find(word)
        if end is None or end.ends == 0:
            return False
        node = self.root
        node.passing -= 1
        for ch in word:
            node = node.children[ch]
            node.passing -= 1
        node.ends -= 1
        return True

    def count(self, word: str) -> int:
        node = self._find(word)
        return node.ends if node else 0

    def prefix(self, text: str) -> int:
        node = self._find(text)
        return node.passing if node else 0


def run_word_store(ops: list[str], args: list[list]) -> list:
    store = WordStore()
    out = []
    for op, a in zip(ops, args):
        if op == "add":
            store.add(a[0])
            out.append(None)
        else:
            out.append(getattr(store, op)(a[0]))
    return out
