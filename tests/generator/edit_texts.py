"""Texts of a newer Wasmtime made at test time from the shipped ones (never committed)."""


def append_row(text, heading, row):
    """(the text with `row` added as the last row of the first table after the line `heading`,
    the 1-based line number of the added row)."""
    at = text.index("\n" + heading + "\n") + len(heading) + 2
    lines = text[at:].split("\n")
    i = 0
    while not lines[i].startswith("|"):
        i += 1
    while lines[i].startswith("|"):
        i += 1
    head = text[:at] + "\n".join(lines[:i])
    return head + "\n" + row + "\n" + "\n".join(lines[i:]), head.count("\n") + 2
