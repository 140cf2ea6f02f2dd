/**
 * ctypes' private copy of errno (CPython keeps one per thread): functions
 * made with use_errno=True swap it with the real errno around the call;
 * get_errno()/set_errno() read and replace it.
 */
export const ctypesErrno = { value: 0 };
