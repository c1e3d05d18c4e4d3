"""Named reads of the record books, one module per book (see linju_desktop.store)."""
