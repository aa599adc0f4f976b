"""Qt item models of the orders (no HTTP here: pages run the Ops and hand rows in)."""
