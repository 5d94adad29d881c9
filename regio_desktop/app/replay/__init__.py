"""The timeline replay (#15): play the years from 1991, with the events of each year."""
