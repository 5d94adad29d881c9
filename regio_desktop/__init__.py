"""Regio Desktop: scenarios of Eurasian regionalism, with sourced data and arguments.

The package is split into a Qt-free core (``world``, ``scenario``, ``engine``, ``evidence``, ``io``),
the public entry points in ``api``, and a thin Qt shell in ``app``.
"""

__version__ = "0.1.0"
