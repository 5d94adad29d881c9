"""The blocs room: who belongs to which bloc, lane by lane."""
