"""Qt item models of the shop."""
