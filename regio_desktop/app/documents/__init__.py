"""The documents the rooms share: the open scenario and its evaluation, the evidence (arguments
and sources), their undoable commands and the session of open scenarios."""
