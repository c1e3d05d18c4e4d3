"""The local record book: SQLite through the standard library (sqlite-utils for migrations).

Every SQL statement of linju_desktop lives in this package (tests/test_layers.py fails on
one anywhere else). Callers outside it use named functions, never the private
Store._rows/_scalar/_conn/_db:

- database.Store: the file, one connection per thread, transactions, and the generic named
  writes every record book shares (insert, insert_many, update, tombstone, get, settings),
  which stamp each row and go through the change log.
- reads/<book>.py: the named reads of one record book, for services, the command line and
  the window (reads/members.py, meetings.py, requests.py, funds.py, branch.py,
  transfers.py, attachments.py; reads/changes.py for the change log and station-wide
  counts). A new read of a book goes into its module; a new book gets a module.
- Reads shaped for one consumer keep their own module: queries.py (list pages and search,
  columns checked against the schema), report_queries.py (reports), export_queries.py
  (exports), sync_queries.py (the sync engine's station side: upload queue, feed, log).
- Writes that are not a plain row write (the sync feed, attention items) sit beside their
  reads in sync_queries.py; records are only ever written through Store's writes.
- schema.py (migrations), changelog.py (change capture), backup.py, paths.py.
"""
