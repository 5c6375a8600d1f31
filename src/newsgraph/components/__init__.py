"""newsgraph's spaCy components, one module per capability, each writing its own Doc._ attribute.

(Named `components`, not `analyze` as first sketched: `newsgraph.analyze` is the public
function, and a subpackage of the same name would shadow it once imported.)
"""
