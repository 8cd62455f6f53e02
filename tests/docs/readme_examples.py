#!/usr/bin/env python3
"""The README shows examples/quickstart.cpp and examples/policies.cpp verbatim (the examples are
built and run by the tests, so the README's code compiles)."""
import sys

root = sys.argv[1]
readme = open(f"{root}/README.md", encoding="utf-8").read()
failed = False
for name in ("quickstart.cpp", "policies.cpp"):
    code = open(f"{root}/examples/{name}", encoding="utf-8").read()
    body = code.split("\n", 1)[1] if name == "quickstart.cpp" else code
    if body not in readme:
        print(f"FAIL: README.md does not show examples/{name} verbatim")
        failed = True
    else:
        print(f"ok: README.md shows examples/{name}")
sys.exit(1 if failed else 0)
