"""newsgraph-dask: `newsgraph build` spread over a Dask cluster (map: build per shard; reduce: merge)."""
