"""Job transport: the job schema and the queue and event-bus interfaces (`client`), the
worker side of a queue (`consumer`), the in-process backend (`memory`), Redis Streams
(`redis`) and their Prometheus metrics. Imports only `assay.core`."""
