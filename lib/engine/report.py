"""Problems met while reading a corpus: what file, which line, why, and what was done."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None  # 1-based line or row in the file, None when the whole file is concerned
    reason: str  # what was wrong, in plain words
    action: str  # what the tool did: "skipped", "decoded as cp1251", "truncated", ...

    @property
    def skipped(self) -> bool:
        return self.action.startswith("skipped")

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason} ({self.action})"


@dataclass
class Report:
    """Collects problems; the command line prints it and writes it next to the tables."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, path: str, reason: str, action: str, *, line: int | None = None) -> None:
        self.problems.append(Problem(str(path), line, reason, action))

    @property
    def n_skipped(self) -> int:
        return sum(p.skipped for p in self.problems)

    def as_records(self) -> list[dict]:
        return [asdict(p) for p in self.problems]
