"""Rendering of the public site: mkdocs builds the editorial pages and the page chrome,
Jinja2 renders the data pages (subjects, lists, domains, exits, cases, stats) inside it."""
