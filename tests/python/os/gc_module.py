# gc: the interface CPython's collector offers, and its callbacks.
import gc

print(gc.isenabled(), gc.get_threshold(), gc.get_debug())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.set_debug(gc.DEBUG_STATS & 0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

phases = []
def callback(phase, info):
    phases.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(callback)
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__)
gc.callbacks.remove(callback)
print(phases)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)

print(gc.is_tracked(1), gc.is_tracked("text"), gc.is_tracked(None), gc.is_tracked(1.5))
print(gc.is_tracked([]), gc.is_tracked(object()), gc.is_tracked(gc))
print(gc.garbage, type(gc.get_stats()).__name__, len(gc.get_stats()), sorted(gc.get_stats()[0]))
gc.freeze()
gc.unfreeze()
print(type(gc.get_freeze_count()).__name__, len(gc.get_count()))
