"""Qt item models of the Payments area (no HTTP here: pages run the Ops and hand rows in)."""
