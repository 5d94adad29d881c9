"""The map room: Eurasia coloured by alignment, membership, an indicator or its change."""
