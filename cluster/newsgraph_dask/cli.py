"""newsgraph-dask: the options, the run (map, reduce, write) and the exit code.

Exit status as build's: 0 all inputs processed; 1 some inputs failed (each reported with its
file and the reason; the rest are processed and written) or a shard failed for good (nothing is
written); 2 usage error, a broken lexicon file, or an output that cannot be written.
"""
import argparse
import logging
import os
import sys
import time
import warnings

from newsgraph_dask import inputs as inputs_mod
from newsgraph_dask import messages, outputs, tasks
from newsgraph_dask.mapping import MapStep
from newsgraph_dask.progress import Progress
from newsgraph_dask.reduce import Tree

NAME = "newsgraph-dask"


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog=NAME,
        description="Runs `newsgraph build` on a Dask cluster: the inputs are cut into shards, each built "
                    "on a worker (the article bytes travel with the task: no shared file system), and the "
                    "parts merged by a tree of `newsgraph merge` tasks. The outputs are the bytes one "
                    "`newsgraph build` of all the inputs writes.")
    p.add_argument("inputs", nargs="+", help="article files, folders (searched recursively), or - for stdin")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="address of a running dask-scheduler (tcp://host:8786)")
    where.add_argument("--local", metavar="N", type=int,
                       help="start a local cluster of N one-thread workers (default: one per core)")
    p.add_argument("--shard-mb", type=float, default=4.0, help="bytes of articles per shard, in MB (default 4)")
    p.add_argument("--fan-in", type=int, default=8, help="parts merged by one merge task (default 8)")
    p.add_argument("--program", default=None,
                   help="the newsgraph program on the workers (default: $NEWSGRAPH_PROGRAM, else the build "
                        "tree's beside this driver, else newsgraph on the workers' PATH)")
    p.add_argument("-o", "--out", help="output folder: graph.graphml, .gexf, .dot, .json and .svg")
    for fmt in outputs.FORMATS:
        p.add_argument("--" + fmt, metavar="FILE", help=f"write {fmt} to this file")
    p.add_argument("--no-svg", action="store_true", help="with -o, do not render graph.svg")
    p.add_argument("--types", help="export only these node types, e.g. person,agency")
    p.add_argument("--min-mentions", type=int, help="export only nodes mentioned at least N times")
    p.add_argument("--largest-component", action="store_true", help="export only the largest connected component")
    p.add_argument("--lexicon", action="append", default=[], help="extra lexicon file (repeatable), sent to the workers")
    p.add_argument("--patterns", action="append", default=[],
                   help="extra fact pattern file (repeatable), sent to the workers")
    p.add_argument("--data-dir", help="folder of the built-in lexicons on the workers")
    p.add_argument("--max-article-bytes", type=int, default=10 << 20, help="skip articles larger than this")
    p.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    p.add_argument("--stats", action="store_true",
                   help="print peak memory (driver, workers, tasks) and the time spent in build and merge tasks")
    opt = p.parse_args(argv)
    if opt.local is not None and opt.local < 1:
        p.error("--local: give at least 1 worker")
    if opt.fan_in < 2:
        p.error("--fan-in: give at least 2")
    if opt.shard_mb <= 0:
        p.error("--shard-mb: give a positive size")
    return opt


def default_program():
    """$NEWSGRAPH_PROGRAM, else the build tree's program (run from the source tree), else the one
    installed beside the driver, else newsgraph on the workers' PATH."""
    env = os.environ.get("NEWSGRAPH_PROGRAM")
    if env:
        return env
    package = os.path.dirname(os.path.abspath(__file__))
    for built in (os.path.join(package, "..", "..", "build", "newsgraph"),
                  os.path.join(os.path.dirname(os.path.realpath(sys.argv[0])), "newsgraph")):
        if os.access(built, os.X_OK):
            return os.path.normpath(built)
    return "newsgraph"


def report(text):
    sys.stderr.write(f"newsgraph: {text}\n")


def start_client(opt):
    from distributed import Client, LocalCluster
    # Articles travel inside their task by design (no shared file system; a task whose worker
    # dies is run again from the scheduler's copy): Dask's advice to scatter them does not apply.
    warnings.filterwarnings("ignore", message=".*[Ll]arge (graph|object).*")
    if opt.scheduler:
        return Client(opt.scheduler), None
    n = opt.local or os.cpu_count() or 1
    # ":0": its web routes on any free port (8787 may be another cluster's)
    cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


def build_options(opt):
    o = ["--max-article-bytes", str(opt.max_article_bytes)]
    return o + (["--data-dir", opt.data_dir] if opt.data_dir else [])


def filter_options(opt):
    o = ["--types", opt.types] if opt.types else []
    o += ["--min-mentions", str(opt.min_mentions)] if opt.min_mentions is not None else []
    o += ["--largest-component"] if opt.largest_component else []
    return o + (["--no-svg"] if opt.no_svg else [])


def run(opt):
    t0 = time.monotonic()
    targets, err = outputs.plan(opt)
    if err:
        report(err)
        return 2
    lexicons = []  # (build's option, path, bytes): user lexicons and pattern files
    for flag, paths in (("--lexicon", opt.lexicon), ("--patterns", opt.patterns)):
        for path in paths:
            try:
                with open(path, "rb") as f:
                    lexicons.append((flag, path, f.read()))
            except OSError as e:
                report(f"{path}: cannot read {flag[2:]} file: {e.strerror}")
                return 2
    program = opt.program or default_program()
    try:
        client, cluster = start_client(opt)
    except (OSError, TimeoutError) as e:
        report(f"cannot reach the scheduler at {opt.scheduler}: {e}" if opt.scheduler
               else f"cannot start a local cluster: {e}")
        return 2
    try:
        # Lexicons and filters are checked on a worker first: build stops on them before any work.
        try:
            check = client.submit(tasks.preflight, program, lexicons, build_options(opt) + filter_options(opt),
                                  pure=False).result()
        except tasks.TaskFailed as e:
            report(str(e))
            return 2
        if check["code"] not in (0, 1):
            sys.stderr.write(check["stderr"])
            return 2
        return distribute(opt, client, program, lexicons, targets, t0, time.monotonic())
    except tasks.TaskFailed as e:
        report(f"{e}; nothing written")
        return 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def distribute(opt, client, program, lexicons, targets, t0, t_started):
    listed = inputs_mod.collect_inputs(opt.inputs)
    for path, reason in listed.errors:
        report(f"{path}: {reason}")
    if not opt.quiet:
        for path, reason in listed.warnings:
            report(f"{path}: warning: {reason}")
    shards = list(inputs_mod.shards(listed.inputs, int(opt.shard_mb * 1e6))) or [[]]
    workers = sum(client.nthreads().values()) or 1
    progress = Progress(opt.quiet)
    tree = Tree(client, program, opt.fan_in)
    # Shards in flight at once: enough to keep every worker busy, few enough that the driver and
    # the scheduler hold only a window of the corpus.
    step = MapStep(client, program, shards, lexicons, build_options(opt), opt.max_article_bytes, tree, progress,
                   window=2 * workers + opt.fan_in)
    step.run()
    t_mapped = time.monotonic()

    try:
        result = tree.finish(outputs.merge_target(opt, targets), filter_options(opt), targets).result()
    except tasks.TaskFailed:
        raise
    except Exception as exc:  # a worker lost too often (Dask's KilledWorker)
        raise tasks.TaskFailed(f"final merge: {exc!r}")
    nodes = edges = 0
    for line in result["stderr"].splitlines():
        m = messages.MERGE_SUMMARY.match(line)
        if m:
            nodes, edges = int(m.group(2)), int(m.group(3))
        elif not (opt.quiet and "not rendered" in line):
            progress.message(line)
    write_errors = 0
    for name, data in result["files"].items():
        if name in targets:
            err = outputs.write_atomically(targets[name], data)
            if err:
                report(err)
                write_errors += 1
    failed = len(listed.errors) + step.failed + step.tally.failed
    if opt.stats:
        print_stats(client, step.builds, result["merges"],
                    [t_started - t0, t_mapped - t_started, time.monotonic() - t_mapped])
    if not opt.quiet or failed:
        sys.stderr.write(f"{NAME}: {step.tally.articles} articles{step.tally.files_by_kind()}"
                         + (f", {failed} failed" if failed else "")
                         + f", {nodes} nodes, {edges} edges, {time.monotonic() - t0:.2f} s"
                         + f" ({plural(len(shards), 'shard')}, {plural(workers, 'worker')})\n")
    if write_errors:
        return 2
    return 1 if failed else 0


def plural(n, word):
    return f"{n} {word}" + ("" if n == 1 else "s")


def print_stats(client, builds, merges, walls):
    """Peak memory and where the time went: what sizing workers and the final merge needs."""
    import resource

    def mib(usages):
        peaks = [u["peak_kib"] for u in usages if u["peak_kib"] is not None]
        return f"{max(peaks) / 1024:.0f} MiB" if peaks else "? MiB (no /usr/bin/time on the workers)"

    driver = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = max(client.run(tasks.peak_kib).values(), default=0) / 1024
    sys.stderr.write(
        f"{NAME}: stats: peak memory: driver {driver:.0f} MiB, worker process {workers:.0f} MiB, "
        f"build task {mib(builds)}, merge task {mib(merges[:-1] or merges)}, final merge {mib(merges[-1:])}; "
        f"task time: build {sum(u['seconds'] for u in builds):.2f} s in {len(builds)} tasks, "
        f"merge {sum(u['seconds'] for u in merges[:-1]):.2f} s in {len(merges) - 1} tasks, "
        f"final merge {merges[-1]['seconds']:.2f} s; wall: start-up {walls[0]:.2f} s, "
        f"until the last shard built {walls[1]:.2f} s, after it {walls[2]:.2f} s\n")


def main(argv=None):
    opt = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return run(opt)
    except KeyboardInterrupt:
        report("interrupted; nothing written")
        return 130
