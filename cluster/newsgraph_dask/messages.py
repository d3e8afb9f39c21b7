"""Reading what the program printed on a worker: its paths turned back into the user's, its
summary lines parsed and added up."""
import re

# build's "(files: 2 text, 1 HTML)" kinds, in build's order (readers::kKinds).
KINDS = ["text", "HTML", "RSS/Atom", "JSON Lines"]

BUILD_SUMMARY = re.compile(r"^newsgraph: (\d+) articles(?: \(files: ([^)]*)\))?(?:, (\d+) failed)?, \d+ nodes, \d+ edges, [\d.]+ s$")
MERGE_SUMMARY = re.compile(r"^newsgraph: merged \d+ graphs?(?:, \d+ failed)?, (\d+) articles, (\d+) nodes, (\d+) edges, [\d.]+ s$")
PROGRESS = re.compile(r"^newsgraph: \d+/\d+ articles, ")
# A file found in a folder that is not what its extension says: build -q leaves this warning out
# (shards are built without -q, for their summary line).
SKIP_WARNING = re.compile(r"^newsgraph: .*: warning: .*; skipped$")

class Tally:
    """What the shards' summary lines add up to."""

    def __init__(self):
        self.articles = 0
        self.failed = 0
        self.kinds = dict.fromkeys(KINDS, 0)

    def add_build_line(self, line, shipped):
        """Adds a shard's summary line; shipped: the files the shard was given."""
        m = BUILD_SUMMARY.match(line)
        if not m:
            return False
        self.articles += int(m.group(1))
        failed = int(m.group(3) or 0)
        self.failed += failed
        if not m.group(2):
            # No kinds listed: every file read was text, and text files fail only whole.
            self.kinds["text"] += shipped - failed
        for item in (m.group(2) or "").split(", "):
            if item:
                n, kind = item.split(" ", 1)
                self.kinds[kind] = self.kinds.get(kind, 0) + int(n)
        return True

    def files_by_kind(self):
        """build's " (files: ...)" when any input was not plain text, else ""."""
        if sum(self.kinds.values()) == self.kinds["text"]:
            return ""
        return " (files: " + ", ".join(f"{n} {k}" for k, n in self.kinds.items() if n) + ")"


def user_paths(text, tmp, where):
    """Replaces the worker's paths under tmp in the program's messages by the user's.

    where: worker path -> user path. A path in a message ends before ':', ' ' or a line end.
    """
    if not where or tmp not in text:
        return text
    out, pos = [], 0
    start = text.find(tmp)
    while start >= 0:
        end = start + len(tmp)
        found = None
        while end <= len(text):
            if end == len(text) or text[end] in ": \n":
                if text[start:end] in where:
                    found = end
                    break
                if end == len(text) or text[end] == "\n":
                    break
            end += 1
        if found is not None:
            out.append(text[pos:start])
            out.append(where[text[start:found]])
            pos = found
        start = text.find(tmp, (found or start + 1))
    out.append(text[pos:])
    return "".join(out)
