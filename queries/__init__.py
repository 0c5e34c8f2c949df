"""The named SPARQL queries (`*.rq`), shipped as package data; `kg.named_queries` reads them."""
