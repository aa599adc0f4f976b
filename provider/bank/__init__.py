"""Bank files: reading ISO 20022 statements (camt.053/054) and writing direct-debit
collections (pain.008). Pure functions over bytes; the schemas they are checked against live in
schemas/."""
