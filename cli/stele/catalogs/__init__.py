"""Catalogs workflow: articles → segments → templates → locale catalogs (extract, merge, fuzzy, TM, pseudo).

Modules: ``source`` (front matter and body), ``segments`` (the one walk over the Markdown), ``merge``
(templates and msgmerge-style merging), ``fuzzy`` (the candidate index), ``tm`` (TMX and machine
translation), ``pseudo`` (en-XA), ``workflow`` (the project-level extract, init and update steps).
"""
