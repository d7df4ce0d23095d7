"""Every Russian set scored in one run: a per-set F1 table and the pooled P / R / F1.

    .venv/bin/python -m eval.russian.pooled [--details FILE] [--exclude heldout17 ...]

One process loads the models once, so the eighteen sets take one model load; `--details`
writes every miss and extra, each line prefixed by its set, for pooling errors by mechanism.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections import Counter
from pathlib import Path

from eval.russian.score import TYPES, load, predict, prf

HERE = Path(__file__).resolve().parent
KINDS = (*TYPES, "event")


def set_files() -> list[Path]:
    """excerpts first, then heldout, heldout2 … in their numeric order."""

    def rank(path: Path) -> int:
        tail = path.stem.removeprefix("heldout")
        return -1 if path.stem == "excerpts" else int(tail or 1)

    return sorted(HERE.glob("*.jsonl"), key=rank)


def count(excerpts: list[dict], out: list[str], name: str) -> dict[str, Counter]:
    counts: dict[str, Counter] = {k: Counter() for k in KINDS}
    for excerpt in excerpts:
        with contextlib.redirect_stderr(io.StringIO()):
            entities, events = predict(excerpt)
        gold = set(excerpt["entities"])
        optional = set(excerpt.get("optional_events", ()))
        pairs = [
            (t, {e for e in gold if e.startswith(t)}, {e for e in entities if e.startswith(t)})
            for t in TYPES
        ]
        pairs.append(("event", set(excerpt["events"]), events - optional))
        for kind, g, p in pairs:
            counts[kind].update(tp=len(g & p), fp=len(p - g), fn=len(g - p))
            if g != p:
                out.append(
                    f"{name} {excerpt['id']} {kind}: missed {sorted(g - p)} extra {sorted(p - g)}"
                )
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", type=Path, help="write every miss and extra here")
    parser.add_argument(
        "--exclude", nargs="*", default=(), help="sets left out (the unseen one that judges)"
    )
    args = parser.parse_args(argv)
    pooled: dict[str, Counter] = {k: Counter() for k in KINDS}
    details: list[str] = []
    print(f"{'set':10} " + " ".join(f"{k:>8}" for k in KINDS))
    for path in (p for p in set_files() if p.stem not in args.exclude):
        counts = count(load(path), details, path.stem)
        for k in KINDS:
            pooled[k].update(counts[k])
        row = " ".join(f"{prf(c['tp'], c['fp'], c['fn'])[2]:8.3f}" for c in counts.values())
        print(f"{path.stem:10} {row}", flush=True)
    print("pooled P / R / F1 (tp fp fn)")
    for k, c in pooled.items():
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"{k:10} {p:.3f} / {r:.3f} / {f:.3f}  ({c['tp']} {c['fp']} {c['fn']})")
    if args.details:
        args.details.write_text("\n".join(details) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
