"""The revision chain of an Alembic versions folder, read without running it.

    from real_world_chain import chain
    chain(folder) -> [Revision(id, down, path), ...] from the first revision on

Shared by real_world_import.py (which revisions to copy) and the recorder's
env.py (the order to record them in). Only linear chains and merges are
handled: the order is a topological one, ties broken by revision id, so it is
deterministic.
"""
import ast
import collections
import os
from dataclasses import dataclass


@dataclass
class Revision:
    id: str
    down: tuple
    path: str
    imports: frozenset


def read_revision(path):
    tree = ast.parse(open(path, encoding="utf-8").read())
    found, imports = {}, set()
    for node in ast.walk(tree):
        target = value = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
            try:
                found[target.id] = ast.literal_eval(value)
            except ValueError:  # e.g. a module-level `revision = compute()`: not ours
                pass
        if isinstance(node, ast.Import):
            imports.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imports.add(node.module.split(".")[0])
    if "revision" not in found:
        return None
    down = found.get("down_revision")
    down = tuple(down) if isinstance(down, (list, tuple)) else (() if down is None else (down,))
    return Revision(found["revision"], down, path, frozenset(imports))


def chain(folder):
    revisions = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if name.endswith(".py") and name != "__init__.py":
                rev = read_revision(os.path.join(root, name))
                if rev is not None:
                    revisions[rev.id] = rev
    children = collections.defaultdict(list)
    waiting = {}
    for rev in revisions.values():
        waiting[rev.id] = len(rev.down)
        for d in rev.down:
            children[d].append(rev.id)
    ready = sorted(r for r, n in waiting.items() if n == 0)
    order = []
    while ready:
        rid = ready.pop(0)
        order.append(revisions[rid])
        for c in sorted(children[rid]):
            waiting[c] -= 1
            if waiting[c] == 0:
                ready.append(c)
        ready.sort()
    return order
