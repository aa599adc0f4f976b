"""The dashboard's figures, computed by pure functions from what the local store holds."""
