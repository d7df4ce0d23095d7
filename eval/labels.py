"""The hand-labelled lists: entity ids judged ok or wrong (eval/labels/top_entities.tsv), and
surface strings that are wrong whatever entity id they are given
(eval/labels/wrong_surfaces.tsv)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels" / "top_entities.tsv"
SURFACES = HERE / "labels" / "wrong_surfaces.tsv"

LABEL_COLUMNS = ["entity_id", "name", "type", "label", "kind", "note"]
SURFACE_COLUMNS = ["surface", "type", "kind", "note"]
KINDS = (
    "chrome",
    "outlet-self",
    "broken-name",
    "short-form",
    "office-fragment",
    "wrong-type",
    "false-friend",
    "duplicate",  # one entity a second time under another id ("D.C" beside Washington)
    "other",
)


def read_tsv(path: Path, columns: list[str]) -> pd.DataFrame:
    """A labels file, or an empty frame with its columns if there is none."""
    if not Path(path).exists():
        return pd.DataFrame(columns=columns)
    frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, comment=None)
    missing = set(columns) - set(frame.columns)
    if missing:
        raise SystemExit(f"{path}: missing columns {sorted(missing)}")
    return frame[columns]


def check_labels(labels: pd.DataFrame) -> list[str]:
    """Problems in a labels frame: bad labels or kinds, duplicated ids."""
    problems = []
    bad = labels[~labels["label"].isin(["ok", "wrong"])]
    problems += [f"{r.entity_id}: label {r.label!r} is not ok/wrong" for r in bad.itertuples()]
    wrong = labels[labels["label"] == "wrong"]
    bad = wrong[~wrong["kind"].isin(KINDS)]
    problems += [f"{r.entity_id}: kind {r.kind!r} is not one of {KINDS}" for r in bad.itertuples()]
    dup = labels[labels["entity_id"].duplicated()]
    problems += [f"{r.entity_id}: labelled twice" for r in dup.itertuples()]
    return problems


def attach_labels(top: pd.DataFrame, labels: pd.DataFrame, surfaces: pd.DataFrame) -> pd.DataFrame:
    """`top` with label, kind, note and label_by: the entity id's label if it has one, else
    'wrong' when its name is a listed wrong surface of its type, else 'unlabelled'."""
    by_id = labels.drop_duplicates("entity_id").set_index("entity_id")[["label", "kind", "note"]]
    out = top.join(by_id, on="entity_id")
    out["label_by"] = out["label"].notna().map({True: "id", False: ""})
    key = surfaces.assign(k=surfaces["type"] + "\t" + surfaces["surface"].str.casefold())
    by_surface = key.drop_duplicates("k").set_index("k")[["kind", "note"]]
    names = out["type"] + "\t" + out["name"].str.casefold()
    hit = out["label"].isna() & names.isin(by_surface.index)
    out.loc[hit, "label"] = "wrong"
    out.loc[hit, "kind"] = names[hit].map(by_surface["kind"])
    out.loc[hit, "note"] = names[hit].map(by_surface["note"])
    out.loc[hit, "label_by"] = "surface"
    out["label"] = out["label"].fillna("unlabelled")
    out[["kind", "note"]] = out[["kind", "note"]].fillna("")
    return out
