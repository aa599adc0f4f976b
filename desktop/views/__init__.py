"""Windows, pages, dialogs and wizards; one file each."""
