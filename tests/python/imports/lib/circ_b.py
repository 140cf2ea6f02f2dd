print("circ_b start")
import circ_a
print("circ_b sees circ_a partially:", hasattr(circ_a, "early"))
try:
    circ_a.early
except AttributeError as error:
    print("AttributeError:", error)
try:
    from circ_a import early
except ImportError as error:
    print("ImportError:", error)
done = True
