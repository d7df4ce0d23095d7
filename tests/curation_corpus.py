"""Four short articles on which a correction is meaningful, processed by the real pipeline:
the extractor keeps "Andrei Kelin" and "Andrey Kelin" (two transliterations of the Russian
ambassador to London, who is not in the gazetteer) as two people, and takes "Motherboard" (a
magazine's name) for a person (the model's mistake, which no rule undoes). The dates (a sidecar) spread the articles
over 2016–2018, so the time charts have something to brush.

The gazetteer already merges "US", "U.S." and "United States" (country:USA), so that pair
would not show a merge; transliteration variants of people outside the gazetteer are what
the extraction leaves apart in this field.
"""

from __future__ import annotations

from pathlib import Path

from lib import store
from lib.engine.run import process_corpus

TEXTS = {
    "kelin-london.txt": (
        "Russian ambassador summoned in London\n\n"
        "LONDON (Reuters) - Britain summoned Russian ambassador Andrei Kelin on Tuesday after "
        "NATO jets intercepted Russian bombers over the North Sea. Andrei Kelin said the "
        "flights were routine. Kelin told the BBC that NATO was exaggerating. Kelin told "
        "Motherboard that talks were also on the agenda.\n",
        "2016-07-05",
    ),
    "kelin-sputnik.txt": (
        "Ambassador Kelin: NATO stokes tensions\n\n"
        "MOSCOW (Sputnik) - Russia's ambassador to the United Kingdom Andrey Kelin said on "
        "Wednesday that NATO exercises near Russia's borders were a provocation. Andrey Kelin "
        "told Sputnik that London was following Washington. Zapad drills will go ahead, he "
        "said.\n",
        "2017-09-13",
    ),
    "kelin-warsaw.txt": (
        "NATO summit opens in Warsaw\n\n"
        "WARSAW (Reuters) - NATO leaders meet in Warsaw on Friday to agree on new battalions "
        "in Poland and the Baltic states. Jens Stoltenberg said the alliance wanted dialogue "
        "with Russia. Andrei Kelin, Russia's envoy, said Moscow would respond.\n",
        "2016-07-08",
    ),
    "kelin-helsinki.txt": (
        "Trump and Putin meet in Helsinki\n\n"
        "HELSINKI (Reuters) - Donald Trump met Vladimir Putin in Helsinki on Monday. NATO "
        "allies watched the meeting closely, and Andrey Kelin told Motherboard that Russia "
        "welcomed it.\n",
        "2018-07-16",
    ),
}


def write_corpus(folder: Path) -> tuple[Path, Path]:
    """The articles as .txt files and their dates as a sidecar CSV: (folder, sidecar)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (text, _day) in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    sidecar = folder.parent / f"{folder.name}-dates.csv"
    rows = [f"{name},{day}" for name, (_text, day) in TEXTS.items()]
    sidecar.write_text("file,date\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return folder, sidecar


def write_tables(root: Path) -> Path:
    """Process the articles into `root`/processed (the dashboard's LENS_DATA_DIR)."""
    folder, sidecar = write_corpus(root / "articles")
    out = root / "processed"
    store.write_dataset(process_corpus([folder], sidecar=sidecar), out)
    return out
