"""Uploads from the browser: checked, saved under a timestamped folder, processed with the corpus."""

from __future__ import annotations

from datetime import UTC, datetime

from lib import store
from lib.engine import upload
from lib.engine.run import SAMPLE_CORPUS


def test_safe_names_and_limits(monkeypatch):
    assert upload.safe_name("../../etc/passwd.txt") == "passwd.txt"
    assert upload.safe_name("C:\\Users\\me\\Story one!.HTML") == "Story_one.html"
    ok, rejected = upload.check(
        [("a.txt", b"text"), ("b.exe", b"MZ"), ("c.csv", b""), ("d.md", b"x" * 10)]
    )
    assert [n for n, _ in ok] == ["a.txt", "d.md"]
    assert (
        dict(rejected)["b.exe"].startswith("unsupported type .exe")
        and dict(rejected)["c.csv"] == "empty file"
    )
    monkeypatch.setattr(upload, "MAX_FILES", 1)
    ok, rejected = upload.check([("a.txt", b"1"), ("b.txt", b"2")])
    assert len(ok) == 1 and "more than 1 files" in rejected[0][1]


def test_save_writes_a_timestamped_folder(tmp_path):
    saved = upload.save(
        [("one.txt", b"NATO met Russia."), ("one.txt", b"Again.")],
        root=tmp_path,
        now=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    )
    assert saved.folder == tmp_path / "20260102T030405000000Z"
    assert sorted(p.name for p in saved.files) == ["one.txt", "one_1.txt"]
    assert upload.save([("x.pdf", b"%PDF")], root=tmp_path).folder is None


def test_rebuild_adds_the_uploads_to_the_corpus(tmp_path):
    root, out = tmp_path / "uploads", tmp_path / "processed"
    upload.save(
        [
            (
                "new.txt",
                b"NATO Secretary General Jens Stoltenberg met Sergey Lavrov in Moscow on Friday.",
            )
        ],
        root=root,
    )
    done = []
    dataset = upload.rebuild(
        {"corpus": [str(SAMPLE_CORPUS)]}, out, root=root, progress=lambda d, t: done.append((d, t))
    )
    assert len(dataset.articles) == 4 and done[-1] == (4, 4)  # the three samples, the upload
    assert store.dataset_exists(out)
    assert "person:sergey-lavrov" in set(store.read_table("entities", out)["entity_id"])
    assert upload.corpus_paths({"corpus": [str(SAMPLE_CORPUS), str(root)]}, root) == [
        str(SAMPLE_CORPUS),
        str(root),
    ]
