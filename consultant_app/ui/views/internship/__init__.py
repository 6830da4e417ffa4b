"""The selected internship's panel: the header and tab host, one module per tab, the printing."""
