"""The policing-kg ontology (policing.ttl) and SHACL shapes (shapes.ttl), shipped as package data."""
