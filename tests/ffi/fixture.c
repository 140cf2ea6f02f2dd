/* The C side of tests/ffi/fixture_calls.py: functions exercising ctypes'
 * calling conventions (structures and unions by value, bit fields, packed
 * layouts, variadic calls, callbacks, out parameters, errno, globals). */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

struct Point { int x, y; };
struct Vec3 { double x, y, z; };
struct Small { char c; short s; };
struct Rect { struct Point a, b; };
struct Flags { unsigned a : 3; unsigned b : 5; int c : 7; };
union Number { int i; float f; };
#pragma pack(push, 1)
struct Packed { char c; int i; };
#pragma pack(pop)

int fixture_counter = 5;
double fixture_scale = 2.5;

struct Point make_point(int x, int y) { struct Point p = {x, y}; return p; }
int point_sum(struct Point p) { return p.x + p.y; }
void point_move(struct Point *p, int dx, int dy) { p->x += dx; p->y += dy; }
double vec_dot(struct Vec3 a, struct Vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
struct Vec3 vec_scale(struct Vec3 v, double k) { struct Vec3 r = {v.x * k, v.y * k, v.z * k}; return r; }
struct Small small_next(struct Small s) { s.c += 1; s.s *= 2; return s; }
int rect_area(struct Rect r) { return (r.b.x - r.a.x) * (r.b.y - r.a.y); }
unsigned flags_pack(struct Flags f) { return f.a | (f.b << 3) | ((unsigned)(f.c & 0x7f) << 8); }
struct Flags flags_make(unsigned a, unsigned b, int c) { struct Flags f; f.a = a; f.b = b; f.c = c; return f; }
float number_float(union Number n) { return n.f; }
int packed_value(struct Packed *p) { return p->i + p->c; }
int packed_size(void) { return (int)sizeof(struct Packed); }
long long mul64(long long a, long long b) { return a * b; }
unsigned long long umax64(void) { return ~0ULL; }
signed char wrap8(int v) { return (signed char)v; }
unsigned short wrap16(int v) { return (unsigned short)v; }
float half(float v) { return v / 2; }
int sum_array(const int *values, int n) { int s = 0; for (int i = 0; i < n; i++) s += values[i]; return s; }
size_t wide_len(const wchar_t *s) { return wcslen(s); }
const char *greeting(void) { return "hello from C"; }
void fill_buffer(char *buffer, size_t size) { memset(buffer, 'x', size - 1); buffer[size - 1] = 0; }
char *concat(const char *a, const char *b) {
  char *out = malloc(strlen(a) + strlen(b) + 1);
  strcpy(out, a);
  strcat(out, b);
  return out;
}
void release(void *p) { free(p); }
void divide(int a, int b, int *quotient, int *remainder) { *quotient = a / b; *remainder = a % b; }
int fail_with(int code) { errno = code; return -1; }
int is_null(void *p) { return p == NULL; }

int sum_ints(int count, ...) {
  va_list args;
  va_start(args, count);
  int total = 0;
  for (int i = 0; i < count; i++) total += va_arg(args, int);
  va_end(args);
  return total;
}
double sum_doubles(int count, ...) {
  va_list args;
  va_start(args, count);
  double total = 0;
  for (int i = 0; i < count; i++) total += va_arg(args, double);
  va_end(args);
  return total;
}

int apply(int (*f)(int), int x) { return f(x); }
double integrate(double (*f)(double), double a, double b, int steps) {
  double h = (b - a) / steps, total = 0;
  for (int i = 0; i < steps; i++) total += f(a + (i + 0.5) * h) * h;
  return total;
}
int visit_points(struct Point *points, int n, int (*visit)(struct Point *, int)) {
  int total = 0;
  for (int i = 0; i < n; i++) total += visit(&points[i], i);
  return total;
}
int call_with_point(int (*f)(struct Point), int x, int y) { struct Point p = {x, y}; return f(p); }
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
int (*get_operation(char op))(int, int) { return op == '+' ? add : op == '-' ? sub : NULL; }
