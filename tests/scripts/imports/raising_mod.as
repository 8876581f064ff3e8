# Helper whose top level raises during import.
print("raising_mod starts")
value = 1
raise ValueError("import-time failure")
