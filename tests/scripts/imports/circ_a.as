# Helper: circular import, first half.
print("circ_a start")
import circ_b
A_VALUE = "a"
def from_a():
    return "from_a sees " + circ_b.B_VALUE
print("circ_a end")
