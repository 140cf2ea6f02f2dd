# resource.struct_rusage: a 16-field struct sequence of getrusage's counters.
import resource

usage = resource.getrusage(resource.RUSAGE_SELF)
print(type(usage), type(usage).__module__, type(usage).__name__)
print(len(usage), resource.struct_rusage.n_fields, resource.struct_rusage.n_sequence_fields)
print(resource.struct_rusage.__doc__)
print(isinstance(usage, tuple), type(usage[0:2]).__name__)
fields = [name for name in dir(usage) if name.startswith("ru_")]
print(sorted(fields))
print(all(getattr(usage, name) == usage[i] for i, name in enumerate(
    ["ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
     "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock",
     "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"])))
print([type(x).__name__ for x in usage])
print(usage.ru_maxrss > 0, usage.ru_utime + usage.ru_stime > 0, usage.ru_minflt > 0)
print(repr(usage).startswith("resource.struct_rusage(ru_utime="))
print(repr(usage).count("="), repr(usage).endswith(")"))
try:
    usage.ru_utime = 1.0
except AttributeError as error:
    print("AttributeError", error)

# Children and thread usage are separate counters; a busy loop shows up.
for who in (resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD):
    print(type(resource.getrusage(who)).__name__)
before = resource.getrusage(resource.RUSAGE_SELF).ru_utime
total = 0
for i in range(300000):
    total += i
print(resource.getrusage(resource.RUSAGE_SELF).ru_utime >= before)
made = resource.struct_rusage(tuple(range(16)))
print(made.ru_nivcsw, made)
