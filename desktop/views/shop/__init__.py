"""The shop and the checkout wizard."""
