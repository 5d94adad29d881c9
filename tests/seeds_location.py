"""Where the two seed articles are, for the tests that check the argument corpus against them.

The articles live beside the repository, in ``../shared/seeds``. A git worktree (``/work/wt/NAME``)
has no such sibling, and the corpus tests used to skip there silently, so the no-copy check never
ran on the branches that edit arguments. This looks in the usual place first, then beside the main
checkout of a worktree (read from the ``.git`` file), and honours ``REGIO_SEEDS_DIR`` if set.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT: Path = Path(__file__).resolve().parents[1]


def _main_checkout(root: Path) -> Path | None:
    """The main working tree of a git worktree, or None when ``root`` is not a worktree."""
    git = root / ".git"
    if not git.is_file():
        return None
    text = git.read_text(encoding="utf-8").strip()
    if not text.startswith("gitdir:"):
        return None
    gitdir = Path(text.removeprefix("gitdir:").strip())
    # <main>/.git/worktrees/<name>: the main checkout is three levels up.
    if gitdir.parent.name != "worktrees" or gitdir.parent.parent.name != ".git":
        return None
    return gitdir.parent.parent.parent


def seeds_dir(root: Path = REPO_ROOT) -> Path:
    """The directory holding the seed articles (it may not exist; callers skip if so)."""
    override = os.environ.get("REGIO_SEEDS_DIR")
    if override:
        return Path(override)
    candidates = [root.parent / "shared" / "seeds"]
    main = _main_checkout(root)
    if main is not None:
        candidates.append(main.parent / "shared" / "seeds")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]
