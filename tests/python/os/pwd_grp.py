# pwd and grp: the root entries, struct sequences and lookup errors.
import grp
import os
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root[0], len(root), type(root).__name__)
print(pwd.getpwnam("root") == root, pwd.struct_passwd.__module__, pwd.struct_passwd.n_fields)
print(any(entry.pw_uid == 0 for entry in pwd.getpwall()))
print(pwd.getpwuid(os.getuid()).pw_uid == os.getuid())
group = grp.getgrgid(0)
print(group.gr_name, group.gr_gid, type(group.gr_mem).__name__, len(group), type(group).__name__)
print(grp.getgrnam("root") == group, grp.struct_group.__module__)
print(any(entry.gr_gid == 0 for entry in grp.getgrall()))
for func, arg in [(pwd.getpwuid, 4000000), (pwd.getpwnam, "no_such_user_here"),
                  (grp.getgrgid, 4000000), (grp.getgrnam, "no_such_group_here"),
                  (pwd.getpwnam, 5), (grp.getgrnam, None)]:
    try:
        func(arg)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
