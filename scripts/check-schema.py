#!/usr/bin/env python3
"""Checks JSON files against a JSON Schema (draft 2020-12) with the standard `jsonschema`
validator (Debian: python3-jsonschema; PyPI: jsonschema), for the tests that hold ccsim's
schemas to what `ccsim validate` accepts and rejects.

    scripts/check-schema.py SCHEMA FILE...

Prints one line per file: "valid FILE", "invalid FILE: the first problem", or "unreadable FILE:
why" for a file that is not JSON (exit 1 when the schema itself is not a valid schema)."""
import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    for path in sys.argv[2:]:
        try:
            with open(path, encoding="utf-8") as handle:
                document = json.load(handle)
        except ValueError as error:
            print(f"unreadable {path}: {error}")
            continue
        error = jsonschema.exceptions.best_match(validator.iter_errors(document))
        if error is None:
            print(f"valid {path}")
        else:
            where = "/".join(str(part) for part in error.absolute_path)
            print(f"invalid {path}: {where}: {error.message[:200]}")


if __name__ == "__main__":
    main()
