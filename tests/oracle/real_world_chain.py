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
    depends_on: tuple
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
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision", "depends_on"):
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
    def ids(value):
        return tuple(value) if isinstance(value, (list, tuple)) else (() if value is None else (value,))

    return Revision(found["revision"], ids(found.get("down_revision")),
                    ids(found.get("depends_on")), path, frozenset(imports))


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
        # depends_on may name a branch label or a revision outside the folder: only
        # revisions inside it order the chain.
        parents = [d for d in rev.down + rev.depends_on if d in revisions]
        waiting[rev.id] = len(parents)
        for d in parents:
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


def renderable(order, allowed, leaves=(), excluded=()):
    """The revisions of `order` that import only `allowed` top-level modules, are
    not `excluded`, and whose ancestors (down_revision and depends_on) are all kept
    too, none of them in `leaves` (revisions kept, but nothing after them)."""
    kept = set()
    out = []
    for rev in order:
        parents = rev.down + rev.depends_on
        if (rev.imports <= allowed and rev.id not in excluded and all(d in kept for d in parents)
                and not any(d in leaves for d in parents)):
            kept.add(rev.id)
            out.append(rev)
    return out
