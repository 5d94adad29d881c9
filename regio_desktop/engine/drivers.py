"""Which choices drive an outcome: the exact variance decomposition of a full factorial.

Over an exploration every combination of the factors' levels is evaluated once, so the levels
are independent and uniformly weighted, and the variance of an outcome splits exactly (no
sampling, as Sobol estimators need for a continuous input space): a factor's first-order share is
how much of the variance the factor explains alone, ``Var(E[Y | X_i]) / Var(Y)``, and its total
share adds every interaction it takes part in, ``1 - Var(E[Y | X_~i]) / Var(Y)``. A total share
well above the first-order one says the factor matters through other choices, as when leaving a
bloc costs more under one alignment than under another.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

FLAT = 1e-12
"""An outcome whose variance is below this does not vary: every share is then 0, not 0/0."""


def variance_shares(factors: pd.DataFrame, outcome: np.ndarray | pd.Series) -> pd.DataFrame:
    """First-order and total variance shares of each column of ``factors`` for ``outcome``.

    ``factors`` holds one row per combination of a full factorial (every combination of the
    columns' levels exactly once) and ``outcome`` the value of each row. Returns a frame with
    columns ``factor``, ``first_order``, ``total``, sorted by ``total`` then ``first_order``,
    largest first. Raises ValueError when the rows are not a full factorial, since the shares
    are then not a decomposition of anything.
    """
    y = np.asarray(outcome, dtype=float)
    if len(y) != len(factors):
        raise ValueError(f"{len(y)} outcome values for {len(factors)} combinations")
    if factors.empty or not np.isfinite(y).all():
        raise ValueError("an outcome for every combination is needed, and only finite values")
    levels = [factors[c].nunique() for c in factors.columns]
    if int(np.prod(levels)) != len(factors) or factors.duplicated().any():
        raise ValueError("the combinations are not a full factorial of the factors' levels")
    frame = factors.reset_index(drop=True).astype(str)
    frame["__y"] = y
    variance = float(y.var())
    rows = []
    for column in factors.columns:
        if variance < FLAT:
            rows.append((str(column), 0.0, 0.0))
            continue
        alone = frame.groupby(column, sort=False)["__y"].transform("mean").to_numpy()
        others = [c for c in factors.columns if c != column]
        if others:
            rest = frame.groupby(others, sort=False)["__y"].transform("mean").to_numpy()
            total = 1.0 - float(rest.var()) / variance
        else:
            total = 1.0
        rows.append((str(column), float(alone.var()) / variance, total))
    shares = pd.DataFrame(rows, columns=["factor", "first_order", "total"])
    shares[["first_order", "total"]] = shares[["first_order", "total"]].clip(0.0, 1.0)
    return shares.sort_values(
        ["total", "first_order", "factor"], ascending=[False, False, True], ignore_index=True
    )
