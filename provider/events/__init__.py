"""The account event log and its live streams: capture in the change's transaction
(capture.py), fan-out to every worker (hub.py), reading and retention (reading.py)."""
