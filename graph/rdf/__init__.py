"""The RDF mapping: a :class:`~graph.story.Story` in, quads out, one named graph per article and the merge's own
in the default graph (:mod:`graph.rdf.mapping`), with IRIs from :mod:`graph.rdf.iris` and terms kept as N-Triples text
(:mod:`graph.rdf.text`, :mod:`graph.rdf.triples`). It maps what the merge decided and decides nothing itself."""
