"""One pyqtgraph widget per chart; no HTTP, no store: they draw the figures they are given.
Heavy (pyqtgraph): import these modules only where a chart is about to be shown."""
