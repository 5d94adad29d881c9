"""Problems as data, as the scenario's validation names them: the type lives in
regio_desktop/problems.py, below every core package, so that world/ can build problems too."""

from regio_desktop.problems import ENGLISH, ParamValue, Problem, problem

__all__ = ["ENGLISH", "ParamValue", "Problem", "problem"]
