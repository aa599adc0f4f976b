"""The dashboard's charts and outlook (issue 8); the account summary stays in dashboard_page.py."""
