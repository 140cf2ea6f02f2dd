# Float arithmetic on instance attributes: the classic n-body simulation.
import math

from _bench import main


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x, self.y, self.z = x, y, z
        self.vx, self.vy, self.vz = vx, vy, vz
        self.mass = mass


def make_system():
    pi = math.pi
    solar_mass = 4 * pi * pi
    days = 365.24
    return [
        Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solar_mass),
        Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03 * days, 7.69901118419740425e-03 * days,
             -6.90460016972063023e-05 * days, 9.54791938424326609e-04 * solar_mass),
        Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03 * days, 4.99852801234917238e-03 * days,
             2.30417297573763929e-05 * days, 2.85885980666130812e-04 * solar_mass),
        Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03 * days, 2.37847173959480950e-03 * days,
             -2.96589568540237556e-05 * days, 4.36624404335156298e-05 * solar_mass),
        Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03 * days, 1.62824170038242295e-03 * days,
             -9.51592254519715870e-05 * days, 5.15138902046611451e-05 * solar_mass),
    ]


def energy(bodies):
    e = 0.0
    for i, b in enumerate(bodies):
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for b2 in bodies[i + 1:]:
            dx, dy, dz = b.x - b2.x, b.y - b2.y, b.z - b2.z
            e -= b.mass * b2.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1.x - b2.x
            dy = b1.y - b2.y
            dz = b1.z - b2.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            m1 = b1.mass * mag
            m2 = b2.mass * mag
            b1.vx -= dx * m2
            b1.vy -= dy * m2
            b1.vz -= dz * m2
            b2.vx += dx * m1
            b2.vy += dy * m1
            b2.vz += dz * m1
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def kernel(steps):
    bodies = make_system()
    before = energy(bodies)
    advance(bodies, 0.01, steps)
    return "%.9f %.9f" % (before, energy(bodies))


main(kernel, 120000, 2000, iterations=5)
