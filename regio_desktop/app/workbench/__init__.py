"""The analyst's desk: the membership matrix, alignments, indicators, warnings, the scenario list
and the arguments of the selected state."""
