print("circ_a start")
import circ_b
early = "a.early"
print("circ_a end, circ_b.done =", circ_b.done)
