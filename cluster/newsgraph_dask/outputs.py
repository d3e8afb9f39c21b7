"""The outputs the driver writes: planned and checked before any work as build plans them
(app/outputs.cc), written at the end to a temporary file beside each target and renamed into
place, so a failed run leaves no half-written or partial output."""
import os
import tempfile

FORMATS = ["graphml", "gexf", "dot", "json"]


def check_writable(path):
    """export::check_writable's checks and messages; "" when the path can be written."""
    folder = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        return f"{path}: folder {folder} does not exist"
    if os.path.isdir(path):
        return f"{path}: is a folder"
    if not os.access(folder, os.W_OK):
        return f"{path}: folder {folder} is not writable"
    return ""


def plan(opt):
    """Returns (targets, error): targets maps the final merge's file names (graph.<format>,
    graph.svg) to the user's paths."""
    targets = {}
    for fmt in FORMATS:
        path = getattr(opt, fmt)
        if path:
            targets["graph." + fmt] = path
        elif opt.out:
            targets["graph." + fmt] = os.path.join(opt.out, "graph." + fmt)
    if not targets:
        return {}, "nothing to write: give -o DIR, --graphml/--gexf/--dot/--json FILE"
    if opt.out:
        try:
            os.makedirs(opt.out, exist_ok=True)
        except OSError as e:
            return {}, f"{opt.out}: cannot create folder: {e.strerror}"
        if not opt.no_svg:
            targets["graph.svg"] = os.path.join(opt.out, "graph.svg")
    for path in targets.values():
        err = check_writable(path)
        if err:
            return {}, err
    return targets, ""


def merge_target(opt, targets):
    """What the final merge is asked to write: "dir" (every format and the picture, as -o does)
    or the list of formats."""
    if opt.out and not opt.no_svg:
        return "dir"
    return [f for f in FORMATS if "graph." + f in targets]


def write_atomically(path, data):
    """Writes data to a temporary file beside path, then renames it; returns an error or ""."""
    folder = os.path.dirname(path) or "."
    try:
        fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".tmp", dir=folder)
    except OSError as e:
        return f"{path}: cannot create a temporary file: {e.strerror}"
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return f"{path}: cannot write: {e.strerror}"
    return ""
