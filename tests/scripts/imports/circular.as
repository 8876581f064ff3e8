# Circular imports: each module runs once; late attribute access works.
import circ_a
import circ_b
print(circ_a.from_a(), circ_b.from_b())
import circ_a
print(circ_a.circ_b is circ_b, circ_b.circ_a is circ_a)
