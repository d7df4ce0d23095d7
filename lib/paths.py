"""Where the project's own files are: the repository root and its data folder (gazetteers,
event knowledge base, sample corpus, map geometry). One place, so modules can move."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
