"""Listing the inputs exactly as `newsgraph build` does (app/inputs.cc), and cutting them into shards.

The order of files and their article ids must be build's, so that the shards' parts merge into
build's bytes: folders are walked recursively with entries sorted by their bytes, only the
extensions a reader takes are kept there, and a file's id is its name without the extension
(std::filesystem's rule), with "~N" added to the Nth repeat of an id.
"""
import os
import stat
from dataclasses import dataclass, field

# readers::supported_extension (compared without case).
EXTENSIONS = {".txt", ".html", ".htm", ".xml", ".rss", ".atom", ".jsonl", ".ndjson"}


@dataclass
class Input:
    path: str       # as build would name it in a message; "-" for standard input
    id: str         # article id of a one-article file (build's, with its "~N" suffix)
    ext: str        # the extension, kept so the worker's reader picks the same kind
    named: bool     # named on the command line (may be a pipe), not found in a folder
    size: int = 0   # bytes, when known before reading (regular files)


@dataclass
class InputList:
    inputs: list = field(default_factory=list)
    errors: list = field(default_factory=list)    # (path, reason): failed
    warnings: list = field(default_factory=list)  # (path, reason): skipped


def split_name(name):
    """(stem, extension) as std::filesystem::path splits a file name: a leading dot is no extension."""
    if name in (".", ".."):
        return name, ""
    dot = name.rfind(".")
    if dot <= 0:
        return name, ""
    return name[:dot], name[dot:]


def _special_kind(mode):
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISCHR(mode):
        return "a character device"
    return None


def _walk(folder, visited, out):
    try:
        canon = os.path.realpath(folder, strict=True)
    except OSError as e:
        out.errors.append((folder, "cannot resolve folder: " + e.strerror))
        return
    if canon in visited:
        out.errors.append((folder, "folder already visited (a symbolic link loop?); skipped"))
        return
    visited.add(canon)
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except OSError as e:
        out.errors.append((folder, "cannot read folder: " + e.strerror))
        return
    entries.sort(key=lambda e: os.fsencode(e.name))
    for entry in entries:
        path = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            is_dir = is_file = False
        if is_dir:
            _walk(path, visited, out)
            continue
        size = 0
        if not is_file:
            try:
                st = os.stat(path)
                what = _special_kind(st.st_mode)
                if what:
                    out.warnings.append((path, "not a regular file (" + what + "); skipped"))
                    continue
            except OSError:
                pass  # a broken link: build lists it and fails to open it; so does the reader here
        stem, ext = split_name(entry.name)
        if ext.lower() in EXTENSIONS:
            if is_file:
                try:
                    size = entry.stat().st_size
                except OSError:
                    pass
            out.inputs.append(Input(path, stem, ext, False, size))


def collect_inputs(args):
    """Expands the command-line inputs as app::collect_inputs does; every problem is listed."""
    out = InputList()
    visited = set()
    for a in args:
        if a == "-":
            out.inputs.append(Input("-", "stdin", "", False))
            continue
        try:
            st = os.stat(a)
        except OSError:
            out.errors.append((a, "no such file or folder"))
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(a, visited, out)
        else:
            stem, ext = split_name(os.path.basename(a))
            out.inputs.append(Input(a, stem, ext, True, st.st_size if stat.S_ISREG(st.st_mode) else 0))
    seen = {}
    for i in out.inputs:
        n = seen.get(i.id, 0)
        seen[i.id] = n + 1
        if n > 0:
            i.id += "~" + str(n)
    return out


def shards(inputs, shard_bytes):
    """Cuts the inputs, in order, into runs of about shard_bytes each (a file is never split)."""
    run, size = [], 0
    for i in inputs:
        if run and size + i.size > shard_bytes:
            yield run
            run, size = [], 0
        run.append(i)
        size += i.size
    if run:
        yield run
