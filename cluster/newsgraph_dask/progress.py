"""Progress of a distributed run on stderr: shards done, articles/s, time left (from the bytes
still to build). A terminal gets a line redrawn 4 times a second, a log a line every 10 s."""
import sys
import time


class Progress:
    def __init__(self, quiet):
        self.quiet = quiet
        self.enabled = not quiet
        self.tty = sys.stderr.isatty()
        self.start = self.last = time.monotonic()
        self.printed = False

    def update(self, shards_done, shards, articles, bytes_done, bytes_total, final=False):
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self.last < (0.25 if self.tty else 10.0):
            return
        self.last = now
        secs = max(now - self.start, 1e-3)
        rate = articles / secs
        left = (bytes_total - bytes_done) * secs / bytes_done if bytes_done else 0
        eta = f"{left:.0f} s" if bytes_done else "?"
        line = f"{shards_done}/{shards} shards, {articles} articles, {rate:.0f} articles/s, ETA {eta}"
        if self.tty:
            sys.stderr.write("\r" + line + "   ")
            self.printed = True
        else:
            sys.stderr.write("newsgraph-dask: " + line + "\n")
        sys.stderr.flush()

    def message(self, text):
        """Prints a message line without breaking the progress line."""
        if self.printed:
            sys.stderr.write("\r\033[K")
        sys.stderr.write(text if text.endswith("\n") else text + "\n")
        sys.stderr.flush()

    def finish(self):
        if self.printed:
            sys.stderr.write("\n")
            self.printed = False
