"""Invoice documents rendered on this computer from the cached data: the A4 PDF (reportlab,
imported lazily), Swiss QR-bill and EPC QR payment codes, Factur-X XML, and the period export.
No Qt in this package: the headless export uses it too."""
