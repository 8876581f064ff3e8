# A small ray tracer (spheres, a plane, two lights, shadows, reflections): class-heavy
# code with many short-lived objects, method calls, inheritance and super().
import math


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        length = math.sqrt(self.dot(self))
        return Vec(self.x / length, self.y / length, self.z / length)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction


class Material:
    def __init__(self, color, diffuse, reflect):
        self.color = color
        self.diffuse = diffuse
        self.reflect = reflect


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError("intersect")


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        sq = math.sqrt(disc)
        t = -b - sq
        if t > 1e-6:
            return t
        t = -b + sq
        if t > 1e-6:
            return t
        return -1.0

    def normal_at(self, p):
        return p.sub(self.center).norm()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return -1.0
        t = self.point.sub(ray.origin).dot(self.normal) / denom
        if t > 1e-6:
            return t
        return -1.0

    def normal_at(self, p):
        return self.normal


class Light:
    def __init__(self, pos, color):
        self.pos = pos
        self.color = color


class Hit:
    def __init__(self, obj, t):
        self.obj = obj
        self.t = t


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.background = Vec(0.05, 0.05, 0.1)

    def closest(self, ray):
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t > 0.0 and (best is None or t < best.t):
                best = Hit(obj, t)
        return best

    def blocked(self, ray, dist):
        for obj in self.objects:
            t = obj.intersect(ray)
            if t > 0.0 and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        hit = self.closest(ray)
        if hit is None:
            return self.background
        p = ray.origin.add(ray.direction.scale(hit.t))
        n = hit.obj.normal_at(p)
        m = hit.obj.material
        color = m.color.scale(0.1)
        for light in self.lights:
            to_light = light.pos.sub(p)
            dist = math.sqrt(to_light.dot(to_light))
            l = to_light.scale(1.0 / dist)
            ndotl = n.dot(l)
            if ndotl > 0.0 and not self.blocked(Ray(p, l), dist):
                color = color.add(m.color.mul(light.color).scale(ndotl * m.diffuse))
        if depth < 3 and m.reflect > 0.0:
            d = ray.direction
            r = d.sub(n.scale(2.0 * d.dot(n)))
            color = color.add(self.trace(Ray(p, r), depth + 1).scale(m.reflect))
        return color


def build_scene():
    scene = Scene()
    scene.objects.append(Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0),
                               Material(Vec(0.8, 0.8, 0.8), 0.9, 0.2)))
    scene.objects.append(Sphere(Vec(0.0, 0.0, 3.0), 1.0,
                                Material(Vec(1.0, 0.2, 0.2), 0.8, 0.3)))
    scene.objects.append(Sphere(Vec(-2.0, 0.3, 4.0), 1.3,
                                Material(Vec(0.2, 1.0, 0.3), 0.7, 0.4)))
    scene.objects.append(Sphere(Vec(2.0, -0.2, 2.5), 0.8,
                                Material(Vec(0.3, 0.4, 1.0), 0.9, 0.1)))
    scene.objects.append(Sphere(Vec(0.5, 1.8, 5.0), 0.9,
                                Material(Vec(1.0, 1.0, 0.2), 0.6, 0.5)))
    scene.lights.append(Light(Vec(-5.0, 6.0, -3.0), Vec(0.9, 0.9, 0.9)))
    scene.lights.append(Light(Vec(4.0, 3.0, -1.0), Vec(0.4, 0.3, 0.2)))
    return scene


def channel(v):
    if v > 1.0:
        v = 1.0
    return int(v * 255.0)


def main():
    width = 160
    height = 120
    scene = build_scene()
    eye = Vec(0.0, 0.5, -3.0)
    checksum = 0
    lit = 0
    for y in range(height):
        for x in range(width):
            dx = (x - width / 2) / height
            dy = (height / 2 - y) / height
            ray = Ray(eye, Vec(dx, dy, 1.0).norm())
            c = scene.trace(ray, 0)
            r = channel(c.x)
            g = channel(c.y)
            b = channel(c.z)
            lit += r + g + b
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    print("raytrace", width, height, lit, checksum)


main()
