"""PO and MO formats: read .po/.pot strictly (as msgfmt does), write them as msgcat does, compile .mo.

Knows nothing of articles or sites. Modules: ``syntax`` (the reader and the catalog model), ``parts``
(large files in pieces), ``fast`` (lean .po → .mo pairs), ``wrap`` (msgcat's line breaking), ``plurals``
(the one Plural-Forms parser), ``files`` (reading, writing and compiling files).
"""
