"""The build: article files in, ``graph.ttl``, ``graph.trig`` and ``graph.html`` out.

:mod:`graph.build.pipeline` runs the stages in order: read (:mod:`graph.articles`), analyse and extract, in this
process, in worker processes (:mod:`graph.build.workers`) or on a Dask cluster (:mod:`graph.build.cluster`), keeping
each article's facts in the build folder (:mod:`graph.build.cache`), tell the inputs' articles apart
(:mod:`graph.build.identity`), merge, map to RDF and write, one build of a folder at a time (:mod:`graph.build.lock`).
"""
