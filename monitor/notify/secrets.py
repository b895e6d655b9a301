"""Secrets come from the environment only: the SMTP password must be written as ${VARIABLE}.

The config's loader substitutes ${VARIABLE} before validation, so whether the file holds the
password itself is seen here, in the file's own text.
"""

from __future__ import annotations

import re

import yaml

from monitor.config import LoadedConfig

_REFERENCE = re.compile(r"^\s*\$\{[A-Za-z_][A-Za-z0-9_]*\}\s*$")
SECRET_KEYS = (("notify", "email", "password"),)


def _node(root: yaml.Node, path: tuple[str, ...]) -> yaml.Node | None:
    node: yaml.Node | None = root
    for key in path:
        if not isinstance(node, yaml.MappingNode):
            return None
        node = next((value for name, value in node.value if name.value == key), None)
    return node


def literal_secrets(loaded: LoadedConfig) -> list[str]:
    """One line per secret written into the config file instead of referenced from the environment."""
    try:
        root = yaml.compose(loaded.path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return []  # loading it already succeeded; a file gone since says nothing about secrets
    problems = []
    for path in SECRET_KEYS:
        node = _node(root, path) if root is not None else None
        if isinstance(node, yaml.ScalarNode) and node.value and not _REFERENCE.match(node.value):
            problems.append(f"{loaded.path}:{node.start_mark.line + 1}: {'.'.join(path)}: write it as ${{VARIABLE}} "
                            "and set the variable in the environment; a password is never written in the file")
    return problems
