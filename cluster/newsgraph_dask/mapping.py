"""The map step: one `newsgraph build -j 1` task per shard, a window of shards at a time.

Reports are taken in shard order, as build takes its inputs: an article id that an earlier shard
already added (the same feed item in two feed files) makes the shard run again with those ids
skipped (`build --skip-ids`), so that the parts hold each article once, where build holds it.
Only then does a shard's part join the reduce tree and its messages get printed.
"""
import os
import re
import stat
import sys
import uuid

from newsgraph_dask import messages, tasks

READ_TWICE = re.compile(r"^newsgraph: (\d+) article\(s\) read twice \(same id\) skipped \((.*?)(, \.\.\.)?\)$")


def read_file(i, limit):
    """The bytes of one input, or the error build reports for it (app::read_input's wording)."""
    too_large = f"larger than the article size limit ({limit} bytes); skipped"
    if i.path == "-":
        data = sys.stdin.buffer.read()
        return (None, too_large) if len(data) > limit else (data, "")
    # Found in a folder: never wait on the open of a pipe that has taken a file's place since.
    try:
        fd = os.open(i.path, os.O_RDONLY | os.O_CLOEXEC | (0 if i.named else os.O_NONBLOCK))
    except OSError as e:
        return None, "cannot open: " + e.strerror
    with os.fdopen(fd, "rb") as f:
        try:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                return None, "is a folder"
            if not i.named and not stat.S_ISREG(st.st_mode):
                return None, "not a regular file; skipped"
            if stat.S_ISREG(st.st_mode) and st.st_size > limit:
                return None, too_large
            data = f.read(limit + 1)
        except OSError as e:
            return None, "cannot read: " + e.strerror
    return (None, too_large) if len(data) > limit else (data, "")


def shard_label(number, shard):
    if not shard:
        return f"shard {number} (no file)"
    more = f" … {shard[-1].path}, {len(shard)} files" if len(shard) > 1 else ""
    return f"shard {number} ({shard[0].path}{more})"


class MapStep:
    """Builds every shard; its parts go to `tree` in shard order. Counts go to `tally`."""

    def __init__(self, client, program, shards, lexicons, options, max_bytes, tree, progress, window):
        self.client, self.program, self.shards = client, program, shards
        self.lexicons, self.options, self.max_bytes = lexicons, options, max_bytes
        self.tree, self.progress, self.window = tree, progress, window
        self.tally = messages.Tally()
        self.failed = 0          # inputs the driver could not read
        self.builds = []         # usage of each build task taken
        self.repeated, self.first_repeated = 0, None
        self.files = {}          # shard number -> files sent (kept until taken, for a run again)
        self.pending = {}        # report future -> shard number
        self.reports = {}        # shard number -> report waiting for the shards before it
        self.parts = {}          # shard number -> its build task
        self.seen = set()        # ids of the articles the shards taken hold
        self.submitted = self.taken = self.seq = 0
        self.bytes_total = sum(i.size for s in shards for i in s)
        self.bytes_done = 0

    def run(self):
        from distributed import as_completed
        self.done = as_completed()
        self.progress.update(0, len(self.shards), 0, 0, self.bytes_total, final=True)
        self._fill()
        for fut in self.done:
            number = self.pending.pop(fut)
            if fut.status == "error":
                exc = fut.exception()
                label = shard_label(number, self.shards[number - 1])
                raise tasks.TaskFailed(str(exc) if type(exc).__name__ == "TaskFailed" else f"{label}: {exc!r}")
            self.reports[number] = fut.result()
            while self.taken + 1 in self.reports and self._take(self.taken + 1):
                self.taken += 1
            self._fill()
        self.progress.update(self.taken, len(self.shards), self.tally.articles, self.bytes_done,
                             self.bytes_total, final=True)
        self.progress.finish()
        if self.repeated and not self.progress.quiet:
            more = ", ..." if self.repeated > 1 else ""
            self.progress.message(f"newsgraph: {self.repeated} article(s) read twice (same id) skipped "
                                  f"({self.first_repeated}{more})")
        if not self.progress.quiet:
            # the final merge can take a while (tens of seconds per 100k articles): say what runs
            self.progress.message(f"newsgraph-dask: {len(self.shards)} shards built; merging")

    def _fill(self):
        while len(self.pending) + len(self.reports) < self.window and self.submitted < len(self.shards):
            self.submitted += 1
            shard, files = self.shards[self.submitted - 1], []
            for i in shard:
                self.seq += 1
                data, err = read_file(i, self.max_bytes)
                if err:
                    self.progress.message(f"newsgraph: {i.path}: {err}")
                    self.failed += 1
                    continue
                files.append((self.seq, None if i.path == "-" else i.id + i.ext, i.named, data, i.path))
            self.files[self.submitted] = files
            self._submit(self.submitted)

    def _submit(self, number, skip=()):
        key = uuid.uuid4().hex
        label = shard_label(number, self.shards[number - 1])
        part = self.client.submit(tasks.build_shard, self.program, label, self.files[number], self.lexicons,
                                  self.options, skip, pure=False, key=f"shard-{number}-{key}", retries=1)
        report = self.client.submit(tasks.shard_report, part, pure=False, key=f"report-{number}-{key}")
        self.parts[number] = part
        self.pending[report] = number
        self.done.add(report)

    def _take(self, number):
        """Takes a shard's report in shard order; False when the shard runs again first."""
        report = self.reports.pop(number)
        again = [i for i in report["ids"] if i in self.seen]
        if again:
            self._submit(number, sorted(again))
            return False
        self.seen.update(report["ids"])
        summary = None
        for line in report["stderr"].splitlines():
            m = READ_TWICE.match(line)
            if m:
                self.repeated += int(m.group(1))
                self.first_repeated = self.first_repeated or m.group(2)
            elif messages.BUILD_SUMMARY.match(line):
                summary = line
            elif not messages.PROGRESS.match(line) and not (self.progress.quiet and messages.SKIP_WARNING.match(line)):
                self.progress.message(line)
        label = shard_label(number, self.shards[number - 1])
        if summary is None or not self.tally.add_build_line(summary, len(self.files[number])):
            raise tasks.TaskFailed(f"{label}: no summary line from newsgraph build")
        self.builds.append(report["usage"])
        self.tree.push(f"shard {number}", self.parts.pop(number))
        del self.files[number]
        self.bytes_done += sum(i.size for i in self.shards[number - 1])
        self.progress.update(number, len(self.shards), self.tally.articles, self.bytes_done, self.bytes_total)
        return True
