"""Unit tests of newsgraph-dask's pure parts (no cluster needed): the merge tree holds every shard
once and in order for any count and fan-in, file names split as std::filesystem splits them,
inputs are listed in build's order with build's ids, shards are cut by bytes, and the worker's
paths in messages turn back into the user's.

Run: python3 tests/dask_units.py (ctest: dask_units)."""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cluster"))

from newsgraph_dask import inputs, messages  # noqa: E402
from newsgraph_dask.reduce import Tree  # noqa: E402


class FakeClient:
    """Records merge submissions; a merge's future is the list of the shard numbers it holds."""

    def __init__(self):
        self.merges = []  # (inputs given, shard numbers held, final options)

    def submit(self, fn, program, label, group, pure, key, **final):
        held = [n for _, fut in group for n in fut]
        self.merges.append((len(group), held, final))
        return held


def tree_of(count, fan_in):
    client = FakeClient()
    tree = Tree(client, "newsgraph", fan_in)
    for n in range(1, count + 1):
        tree.push(f"shard {n}", [n])
    return client, tree.finish("dir", [], {})


class TreeTest(unittest.TestCase):
    def test_every_shard_once_in_order_for_any_count_and_fan_in(self):
        for fan_in in (2, 3, 8):
            for count in range(1, 80):
                client, final = tree_of(count, fan_in)
                self.assertEqual(final, list(range(1, count + 1)), (fan_in, count))
                self.assertEqual(client.merges[-1][2]["outputs"], "dir")
                self.assertTrue(all(1 <= given <= fan_in for given, _, _ in client.merges), (fan_in, count))
                # only the final merge writes the outputs
                self.assertTrue(all("outputs" not in m[2] for m in client.merges[:-1]))

    def test_merges_start_while_shards_arrive(self):
        # 28 shards, fan-in 4: a merge per 4 shards (7), one of the first 4 of those, and the final
        # one of what is left (the level-2 merge and 3 level-1 merges)
        client, _ = tree_of(28, 4)
        self.assertEqual([given for given, _, _ in client.merges], [4] * 9)
        self.assertEqual(client.merges[0][1], [1, 2, 3, 4])
        self.assertEqual(client.merges[4][1], list(range(1, 17)))


class SplitNameTest(unittest.TestCase):
    def test_as_std_filesystem(self):
        cases = {"a.txt": ("a", ".txt"), "a.b.txt": ("a.b", ".txt"), ".profile": (".profile", ""),
                 "..x": (".", ".x"), "foo.": ("foo", "."), "noext": ("noext", ""), ".": (".", ""),
                 "..": ("..", ""), "A.TXT": ("A", ".TXT")}
        for name, want in cases.items():
            self.assertEqual(inputs.split_name(name), want, name)


class CollectTest(unittest.TestCase):
    def test_order_ids_and_extensions_as_build(self):
        with tempfile.TemporaryDirectory() as d:
            for rel in ("b/x.txt", "a/x.txt", "a/Z.TXT", "a/ü.txt", "a/notes.md", "a/sub/x.html", "a/.h.txt"):
                os.makedirs(os.path.dirname(os.path.join(d, rel)), exist_ok=True)
                with open(os.path.join(d, rel), "w") as f:
                    f.write("text")
            named = os.path.join(d, "a", "notes.md")
            got = inputs.collect_inputs([os.path.join(d, "a"), os.path.join(d, "b"), named, os.path.join(d, "nope")])
            rel = [os.path.relpath(i.path, d) for i in got.inputs]
            # sorted by bytes ('.' < 'Z' < 's' < 'x' < 'ü'), folders in place, .md only when named
            self.assertEqual(rel, ["a/.h.txt", "a/Z.TXT", "a/sub/x.html", "a/x.txt", "a/ü.txt", "b/x.txt", "a/notes.md"])
            self.assertEqual([i.id for i in got.inputs], [".h", "Z", "x", "x~1", "ü", "x~2", "notes"])
            self.assertEqual([i.named for i in got.inputs], [False] * 6 + [True])
            self.assertEqual(got.errors, [(os.path.join(d, "nope"), "no such file or folder")])

    def test_fifo_in_a_folder_is_a_warning(self):
        with tempfile.TemporaryDirectory() as d:
            os.mkfifo(os.path.join(d, "stuck.txt"))
            got = inputs.collect_inputs([d])
            self.assertEqual(got.inputs, [])
            self.assertEqual(got.warnings, [(os.path.join(d, "stuck.txt"), "not a regular file (a named pipe); skipped")])


class ShardsTest(unittest.TestCase):
    def test_cut_by_bytes_never_splitting_a_file(self):
        files = [inputs.Input(str(n), str(n), ".txt", False, size) for n, size in enumerate([3, 3, 3, 10, 1, 1])]
        cut = [[i.path for i in s] for s in inputs.shards(files, 6)]
        self.assertEqual(cut, [["0", "1"], ["2"], ["3"], ["4", "5"]])


class UserPathsTest(unittest.TestCase):
    def test_worker_paths_become_the_users(self):
        tmp = "/dev/shm/newsgraph-task-1-ab"
        where = {tmp + "/g0000001/0000001/a b.txt": "in/a b.txt", tmp + "/n0000003/feed": "/dev/fd/63"}
        text = (f"newsgraph: {tmp}/g0000001/0000001/a b.txt: empty file\n"
                f"newsgraph: {tmp}/n0000003/feed:4: not JSON; skipped\nnewsgraph: {tmp}/other: kept\n")
        self.assertEqual(messages.user_paths(text, tmp, where),
                         "newsgraph: in/a b.txt: empty file\nnewsgraph: /dev/fd/63:4: not JSON; skipped\n"
                         f"newsgraph: {tmp}/other: kept\n")

    def test_tally_counts_text_files_of_shards_without_kinds(self):
        t = messages.Tally()
        self.assertTrue(t.add_build_line("newsgraph: 3 articles, 1 failed, 5 nodes, 2 edges, 0.10 s", 4))
        self.assertTrue(t.add_build_line(
            "newsgraph: 7 articles (files: 1 text, 2 RSS/Atom), 9 nodes, 3 edges, 0.20 s", 3))
        self.assertEqual((t.articles, t.failed), (10, 1))
        self.assertEqual(t.files_by_kind(), " (files: 4 text, 2 RSS/Atom)")


if __name__ == "__main__":
    unittest.main(verbosity=1)
