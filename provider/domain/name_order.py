"""Dictionary order for names (DIN 5007-1, "Variante 1"), as a key compared code point by code
point. A key in the database lets SQLite and PostgreSQL order alike without an ICU collation,
which SQLite lacks and whose PostgreSQL results would depend on the server's ICU version."""

from __future__ import annotations

import unicodedata

# The key is indexed: a bound keeps every index row far below PostgreSQL's ~2.7 kB btree limit
# (NFKD can turn one character into 18), and it is what a cursor may carry.
KEY_LENGTH = 200


def name_key(text: str) -> str:
    """Umlauts as their base letter (Ä as A), ß as ss, accents and case ignored, runs of white
    space as one space. Names equal in their first KEY_LENGTH folded characters tie."""
    # Marks go before casefolding, so that İ (I + dot above) folds to a plain i; done in this
    # order the key is its own key (checked for every code point in the tests).
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())[:KEY_LENGTH].rstrip()


def account_name_key(name: str, company_name: str | None) -> str:
    """What the customer list sorts by "name": the company name, or the contact name when there
    is none or it is empty."""
    return name_key(company_name or name)
