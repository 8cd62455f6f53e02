#!/usr/bin/env python3
"""Every relative link of the project's Markdown documents leads somewhere: README.md,
CONTRIBUTING.md, CHANGELOG.md and doc/*.md. A link to a file needs the file; a link to a section
(`file.md#anchor` or `#anchor`) needs a heading with that anchor (GitHub's rule: lower case,
punctuation but `-` and `_` dropped, spaces as `-`). Links in code blocks are not links.

  links.py SOURCE_DIR
"""
import glob
import os
import re
import sys

LINK = re.compile(r"(?<!\\)!?\[[^\]]*\]\(([^)\s]+)\)")


def prose(text):
    """The text outside ``` blocks and `code` spans."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return re.sub(r"`[^`]*`", "", text)


def anchors(path):
    found = set()
    in_code = False
    for line in open(path, encoding="utf-8"):
        if line.startswith("```"):
            in_code = not in_code
        m = None if in_code else re.match(r"#{1,6} (.*)", line)
        if m:
            a = re.sub(r"[^\w\- ]", "", m.group(1).strip().lower()).replace(" ", "-")
            found.add(a)
    return found


def main():
    root = sys.argv[1]
    docs = [os.path.join(root, n) for n in ("README.md", "CONTRIBUTING.md", "CHANGELOG.md")]
    docs += sorted(glob.glob(os.path.join(root, "doc", "*.md")))
    problems, count = [], 0
    for doc in docs:
        if not os.path.isfile(doc):
            problems.append(f"{os.path.relpath(doc, root)} is missing")
            continue
        for target in LINK.findall(prose(open(doc, encoding="utf-8").read())):
            if re.match(r"[a-z]+:", target):
                continue  # https:, mailto:
            count += 1
            path, _, anchor = target.partition("#")
            dest = os.path.normpath(os.path.join(os.path.dirname(doc), path)) if path else doc
            where = f"{os.path.relpath(doc, root)}: ({target})"
            if not os.path.exists(dest):
                problems.append(f"{where}: no {os.path.relpath(dest, root)}")
            elif anchor and (not dest.endswith(".md") or anchor not in anchors(dest)):
                problems.append(f"{where}: {os.path.relpath(dest, root)} has no section #{anchor}")
    for p in problems:
        print("FAIL: " + p)
    if not problems:
        print(f"ok: {count} relative links in {len(docs)} documents lead somewhere")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
