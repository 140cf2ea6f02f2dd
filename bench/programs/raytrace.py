# Float numerics with many small objects: a recursive ray tracer (spheres on a
# checkered plane, diffuse and specular shading, shadows, reflections) built on
# a vector class with operator overloading.
import math

from _bench import main


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self * (1.0 / self.length())

    def mix(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, colour, reflect):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflect = reflect

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal(self, point):
        return (point - self.centre).unit()

    def colour_at(self, point):
        return self.colour


class Plane:
    def __init__(self, height, reflect):
        self.height = height
        self.reflect = reflect
        self.up = Vec(0.0, 1.0, 0.0)

    def hit(self, ray):
        dy = ray.direction.y
        if abs(dy) < 1e-9:
            return None
        t = (self.height - ray.origin.y) / dy
        return t if t > 1e-6 else None

    def normal(self, point):
        return self.up

    def colour_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.2, 0.2, 0.25)


class Scene:
    def __init__(self):
        self.objects = [
            Plane(-1.0, 0.3),
            Sphere(Vec(0.0, 0.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.4),
            Sphere(Vec(-2.2, 0.3, 6.5), 1.3, Vec(0.2, 0.8, 0.3), 0.2),
            Sphere(Vec(2.0, -0.4, 4.2), 0.6, Vec(0.3, 0.3, 0.9), 0.6),
        ]
        self.light = Vec(-4.0, 6.0, -2.0)
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 1.0) * k + Vec(1.0, 1.0, 1.0) * (1.0 - k)
        point = ray.at(t)
        normal = obj.normal(point)
        base = obj.colour_at(point)
        to_light = self.light - point
        distance = to_light.length()
        to_light = to_light * (1.0 / distance)
        shade = self.ambient
        shadow_obj, shadow_t = self.nearest(Ray(point, to_light))
        if shadow_obj is None or shadow_t > distance:
            lambert = normal.dot(to_light)
            if lambert > 0:
                shade += lambert
            half = (to_light - ray.direction).unit()
            spec = normal.dot(half)
            if spec > 0:
                shade += spec ** 32
        colour = base * shade
        if depth > 0 and obj.reflect > 0:
            d = ray.direction
            reflected = d - normal * (2.0 * d.dot(normal))
            bounce = self.trace(Ray(point, reflected), depth - 1)
            colour = colour * (1.0 - obj.reflect) + bounce * obj.reflect
        return colour


def kernel(size):
    scene = Scene()
    eye = Vec(0.0, 0.5, -1.0)
    width = size
    height = size * 3 // 4
    total = 0
    histogram = [0] * 8
    for py in range(height):
        for px in range(width):
            x = (px - width / 2) / width * 2.0
            y = (height / 2 - py) / height * 1.5
            c = scene.trace(Ray(eye, Vec(x, y, 1.0)), 3)
            r = min(255, int(c.x * 255))
            g = min(255, int(c.y * 255))
            b = min(255, int(c.z * 255))
            total += r * 3 + g * 5 + b * 7
            histogram[(r + g + b) // 96] += 1
    return total, histogram


main(kernel, 216, 16, iterations=5)
