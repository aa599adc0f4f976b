"""Automatic payments: saved cards, top-up, prolongation, the monthly invoice on the card, the SEPA
mandate, and the balance badge in the header."""
