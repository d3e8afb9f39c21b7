"""The reduce step: a tree of `newsgraph merge` tasks over the shards' parts, fan-in at a time.

Parts are pushed in shard order as their build tasks are submitted; as soon as fan_in parts wait
at one level a merge of them is submitted one level up, so merging starts while shards are still
being built and a part is freed once merged. The grouping is fixed by the number of shards alone
(merging is exact whatever the grouping; fixed, a retried task is the same task).
"""
import uuid

from newsgraph_dask import tasks


class Tree:
    def __init__(self, client, program, fan_in):
        self.client, self.program, self.fan_in = client, program, max(2, fan_in)
        self.levels = []  # per level: [(name, future)] waiting for a merge

    def _merge(self, group, **final):
        first, last = group[0][0].split(" ")[-1].split("-")[0], group[-1][0].split(" ")[-1].split("-")[-1]
        name = f"shard {first}" if first == last else f"shards {first}-{last}"
        fut = self.client.submit(tasks.merge_parts, self.program, f"merge of {name}", group, pure=False,
                                 key=f"merge-{first}-{last}-{uuid.uuid4().hex}", **final)
        return name, fut

    def push(self, name, future, level=0):
        """Adds the part of a shard (level 0) or of a merge (level > 0)."""
        while len(self.levels) <= level:
            self.levels.append([])
        self.levels[level].append((name, future))
        if len(self.levels[level]) == self.fan_in:
            group, self.levels[level] = self.levels[level], []
            self.push(*self._merge(group), level=level + 1)

    def finish(self, outputs, options, where):
        """Submits the merges left and the final one, which writes the outputs; returns its future."""
        level = 0
        while level < len(self.levels):
            waiting, self.levels[level] = self.levels[level], []
            if len(waiting) + sum(len(up) for up in self.levels[level + 1:]) <= self.fan_in:
                self.levels[level] = waiting
                break
            # Upper levels hold the earlier shards: what is lifted joins them after, in order.
            if len(waiting) > 1:
                self.push(*self._merge(waiting), level=level + 1)
            elif waiting:
                self.push(*waiting[0], level=level + 1)
            level += 1
        left = [p for level in reversed(self.levels) for p in level]
        return self._merge(left, outputs=outputs, options=options, where=where)[1]
