# Helper module for module_attribute.as.
ANSWER = 42
