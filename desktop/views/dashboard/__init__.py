"""The dashboard: the account at a glance (dashboard_page.py), its charts and outlook below
(dashboard_panel.py), and the header's notification bell and its list."""
