"""Site build: catalogs + templates → public/ (plan → gate → render → write → indexes → status).

Modules: ``build`` (the top-down build), ``gate`` (what may be published, by the rules of stele check),
``render`` (Jinja2 and Markdown, translations as untrusted text), ``pages`` (URLs, alternates, sitemap),
``incremental`` and ``cache`` (render only what changed), ``workers`` (both cores), ``serve`` (preview),
``status`` and ``status_view`` (the translation dashboard).
"""
