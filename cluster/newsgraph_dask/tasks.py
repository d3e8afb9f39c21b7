"""What runs on a Dask worker: `newsgraph build -j 1` on one shard, `newsgraph merge` on parts.

Each task gets the bytes it works on (articles, parts, user lexicons) and writes them to a
temporary folder of its own, so workers need the newsgraph program and its built-in lexicons but
no file system shared with the driver. A task returns what the program wrote (files and stderr)
and its exit status; it raises only when the program could not do its job (exit 2, a signal),
so that Dask retries it and, after that, the driver names the shard that failed.
"""
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time

from xml.sax.saxutils import unescape

from newsgraph_dask.messages import user_paths

# A task's folder: TMP_PREFIX, the worker's process id, a random part (see _task_folder).
TMP_PREFIX = "newsgraph-task-"


def _scratch():
    """Where a task lays out its files: memory (/dev/shm) when the worker has it, since a shard is
    thousands of small files that a disk may take milliseconds each to create (2.4 ms measured on
    one machine: 7.5 s for a 4 MB shard)."""
    return "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def _task_folder():
    """A temporary folder for one task, named after the worker process. The folders of worker
    processes that died (killed mid-task: nothing removed them) are removed first."""
    base = _scratch() or tempfile.gettempdir()
    for name in os.listdir(base):
        if name.startswith(TMP_PREFIX):
            try:
                os.kill(int(name[len(TMP_PREFIX):].split("-")[0]), 0)
            except ProcessLookupError:
                shutil.rmtree(os.path.join(base, name), ignore_errors=True)
            except (ValueError, PermissionError):
                pass
    return tempfile.TemporaryDirectory(prefix=f"{TMP_PREFIX}{os.getpid()}-", dir=base)


class TaskFailed(RuntimeError):
    """The program failed on a shard or a merge (not a bad article: that is exit 1, reported)."""


def _program(program):
    found = shutil.which(program)
    if not found:
        raise TaskFailed(f"newsgraph program not found on this worker: {program} (give --program)")
    return found


def _write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def _lay_out(tmp, files):
    """Writes the shard's files so that build lists them in their order, with their ids.

    files: (seq, name, named, data, user path) with name = id + extension. Files found in a
    folder go to tmp/g<seq>/<seq>/name, a new sub-folder whenever a name does not sort after the
    last one; files named on the command line to tmp/n<seq>/name, named as such; standard input
    is fed as "-". Returns build's input arguments, the standard input bytes (or None) and the
    user's path of every file written.
    """
    args, stdin, where = [], None, {}
    group = sub = None
    last = None
    for seq, name, named, data, path in files:
        if name is None:  # standard input
            args.append("-")
            stdin = data
            group = None
            continue
        if named:
            d = os.path.join(tmp, "n%07d" % seq)
            os.mkdir(d)
            args.append(os.path.join(d, name))
            _write(args[-1], data)
            where[args[-1]] = path
            group = None
            continue
        key = os.fsencode(name)
        if group is None:
            group = os.path.join(tmp, "g%07d" % seq)
            os.mkdir(group)
            args.append(group)
            sub, last = None, None
        if sub is None or key <= last:
            sub = os.path.join(group, "%07d" % seq)
            os.mkdir(sub)
        last = key
        _write(os.path.join(sub, name), data)
        where[os.path.join(sub, name)] = path
    return args, stdin, where


def _run(cmd, tmp, stdin=None):
    """Runs the program; returns its exit status (negative: the signal), its stderr, and its
    usage: wall-clock seconds and peak resident memory in KiB (None when unknown).

    The peak comes from GNU time, when the worker has it: a process forked from the worker
    inherits the worker's own peak (Linux counts the forked image), so it must be started from a
    small process that reports its child's alone."""
    t0 = time.monotonic()
    report = os.path.join(tmp, "usage")
    timer = ["/usr/bin/time", "-f", "%M", "-o", report] if os.access("/usr/bin/time", os.X_OK) else []
    p = subprocess.Popen(timer + cmd, stdin=subprocess.DEVNULL if stdin is None else subprocess.PIPE,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if stdin is not None:
        def feed():
            try:
                p.stdin.write(stdin)
                p.stdin.close()
            except OSError:
                pass  # the program stopped reading: its exit status tells why
        threading.Thread(target=feed, daemon=True).start()
    err = p.stderr.read()
    p.stderr.close()
    code, peak = p.wait(), None
    if timer:
        try:
            with open(report) as f:
                lines = f.read().splitlines()
            peak = int(lines[-1])
            if lines[0].startswith("Command terminated by signal "):
                code = -int(lines[0].rsplit(" ", 1)[1])
        except (OSError, ValueError, IndexError):
            pass
    usage = {"seconds": time.monotonic() - t0, "peak_kib": peak}
    return code, err.decode("utf-8", "replace"), usage


def _failure(what, code, err):
    how = f"killed by signal {-code}" if code < 0 else f"exit status {code}"
    tail = err.strip().splitlines()[-3:]
    return TaskFailed(f"{what}: newsgraph {how}" + (": " + " / ".join(tail) if tail else ""))


def _lexicon_args(tmp, lexicons, where):
    """Writes the user's lexicons and pattern files (option, path, bytes) to tmp; returns build's
    --lexicon and --patterns arguments, in the order given."""
    args = []
    for n, (flag, path, data) in enumerate(lexicons):
        d = os.path.join(tmp, "lexicon%d" % n)
        os.mkdir(d)
        copy = os.path.join(d, os.path.basename(path) or "lexicon")
        _write(copy, data)
        where[copy] = path
        args += [flag, copy]
    return args


def article_ids(graphml):
    """The ids of the articles in a GraphML part (its graph key `articles`, a JSON list)."""
    start = graphml.rfind(b'<data key="articles">')
    if start < 0:
        return []
    start += len(b'<data key="articles">')
    return json.loads(unescape(graphml[start:graphml.index(b"</data>", start)].decode("utf-8")))


def build_shard(program, label, files, lexicons, options, skip=()):
    """`newsgraph build -j 1` on one shard; returns {code, stderr, usage, ids, graphml}.

    skip: ids of articles earlier shards added, which build then skips as read twice.
    """
    exe = _program(program)
    with _task_folder() as tmp:
        args, stdin, where = _lay_out(tmp, files)
        if not args:  # no article at all: build an empty graph all the same
            args = [os.path.join(tmp, "empty")]
            os.mkdir(args[0])
        if skip:
            _write(os.path.join(tmp, "skip-ids"), "".join(i + "\n" for i in skip).encode())
            args += ["--skip-ids", os.path.join(tmp, "skip-ids")]
        part = os.path.join(tmp, "part.graphml")
        code, err, usage = _run([exe, "build", *args, "--graphml", part, "-j", "1",
                                 *_lexicon_args(tmp, lexicons, where), *options], tmp, stdin)
        err = user_paths(err, tmp, where)
        if code not in (0, 1) or not os.path.exists(part):
            raise _failure(label, code, err)
        with open(part, "rb") as f:
            graphml = f.read()
        return {"code": code, "stderr": err, "usage": usage, "ids": article_ids(graphml), "graphml": graphml}


def shard_report(result):
    """The part of a shard's result the driver reads (the GraphML stays on the workers)."""
    return {k: result[k] for k in ("code", "stderr", "usage", "ids")}


def merge_parts(program, label, parts, outputs=None, options=(), where=None):
    """`newsgraph merge` of parts (results of build_shard or merge_parts).

    parts: (name, result) pairs, the name saying which shards a part holds. Without outputs,
    returns a part; with outputs ("dir" for -o, else a list of formats) returns {code, stderr,
    files: {name: bytes}}, the final graph in every format asked for; where maps those names
    to the user's paths in messages.
    """
    exe = _program(program)
    with _task_folder() as tmp:
        inputs, names = [], {}
        for name, result in parts:
            inputs.append(os.path.join(tmp, name.replace(" ", "-") + ".graphml"))
            _write(inputs[-1], result["graphml"])
            names[inputs[-1]] = f"part of {name}"
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        if outputs is None:
            target = ["--graphml", os.path.join(out, "part.graphml")]
        elif outputs == "dir":
            target = ["-o", out]
        else:
            target = [a for fmt in outputs for a in ("--" + fmt, os.path.join(out, "graph." + fmt))]
        code, err, usage = _run([exe, "merge", *inputs, *target, *options], tmp)
        names.update({os.path.join(out, k): v for k, v in (where or {}).items()})
        err = user_paths(err, tmp, names)
        if code != 0:
            raise _failure(label, code, err)
        # The usage of every merge below this one, for the driver's --stats.
        merges = [m for _, result in parts for m in result.get("merges", [])] + [usage]
        files = {}
        for name in sorted(os.listdir(out)):
            with open(os.path.join(out, name), "rb") as f:
                files[name] = f.read()
        if outputs is None:
            return {"code": code, "stderr": err, "merges": merges, "graphml": files["part.graphml"]}
        return {"code": code, "stderr": err, "merges": merges, "files": files}


def preflight(program, lexicons, options):
    """Loads the lexicons and checks the filter options on a worker before any work: build's
    usage errors and broken lexicon lines (exit 2) stop the run as they stop build."""
    exe = _program(program)
    with _task_folder() as tmp:
        empty = os.path.join(tmp, "empty")
        os.mkdir(empty)
        where = {}
        code, err, _ = _run([exe, "build", empty, "--graphml", os.path.join(tmp, "check.graphml"), "-q",
                          *_lexicon_args(tmp, lexicons, where), *options], tmp)
        return {"code": code, "stderr": user_paths(err, tmp, where)}


def peak_kib():
    """The peak resident memory of this worker process (run on every worker by --stats)."""
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
