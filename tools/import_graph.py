"""The app-level import graph of hostcity, as docs/architecture.md and issue notes show it: for each
top-level part (an app, the shared layer, the engine, an entry point), the parts it imports and how
many of its modules' imports cross to each (migrations left out), then any pair importing each other.

    python tools/import_graph.py            # the graph of the source on sys.path
"""

from __future__ import annotations

import collections

import grimp


def part(module: str) -> str:
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else pieces[0]


def app_graph() -> collections.Counter:
    graph = grimp.build_graph("hostcity", include_external_packages=False)
    edges: collections.Counter = collections.Counter()
    for module in graph.modules:
        if ".migrations" in module:
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            a, b = part(module), part(imported)
            if ".migrations" not in imported and a != b and b != "hostcity":
                edges[(a, b)] += 1
    return edges


def main() -> None:
    edges = app_graph()
    out: dict[str, list[str]] = collections.defaultdict(list)
    for (a, b), n in sorted(edges.items()):
        out[a].append(f"{b}({n})")
    for a in sorted(out):
        print(f"{a} -> {', '.join(out[a])}")
    both = sorted((a, b) for (a, b) in edges if (b, a) in edges and a < b)
    print("importing each other:", ", ".join(f"{a}<->{b}" for a, b in both) or "none")


if __name__ == "__main__":
    main()
