#!/usr/bin/env python3
"""Validates every lesson in Lessons/ against Lessons/schema.json (JSON Schema 2020-12).

Prints one line per problem ('file: path: message') and 'N passed, N failed' at the end; exits 1
when a lesson does not validate. Needs the jsonschema and PyYAML packages."""
import glob
import json
import os
import sys

import jsonschema
import yaml

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
lessons = sys.argv[1:] or sorted(glob.glob(os.path.join(root, "Lessons", "*.yaml")))
with open(os.path.join(root, "Lessons", "schema.json"), encoding="utf-8") as f:
    validator = jsonschema.Draft202012Validator(json.load(f))
passed = failed = 0
for path in lessons:
    with open(path, encoding="utf-8") as f:
        document = yaml.safe_load(f)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors:
        where = "/".join(str(p) for p in error.path) or "(top)"
        print(f"{os.path.relpath(path, root)}: {where}: {error.message}")
    if errors:
        failed += 1
    else:
        passed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
