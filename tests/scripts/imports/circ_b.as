# Helper: circular import, second half; circ_a is only partly initialised here.
print("circ_b start")
import circ_a
B_VALUE = "b"
def from_b():
    return "from_b sees " + circ_a.A_VALUE
print("circ_b has A_VALUE yet:", hasattr(circ_a, "A_VALUE"))
print("circ_b end")
