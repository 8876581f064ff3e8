// A small ray tracer (spheres, a plane, two lights, shadows, reflections): class-heavy
// code with many short-lived objects, method calls, inheritance and super().
class Vec {
  constructor(x, y, z) { this.x = x; this.y = y; this.z = z; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y, this.z + o.z); }
  sub(o) { return new Vec(this.x - o.x, this.y - o.y, this.z - o.z); }
  scale(k) { return new Vec(this.x * k, this.y * k, this.z * k); }
  mul(o) { return new Vec(this.x * o.x, this.y * o.y, this.z * o.z); }
  dot(o) { return this.x * o.x + this.y * o.y + this.z * o.z; }
  norm() {
    const length = Math.sqrt(this.dot(this));
    return new Vec(this.x / length, this.y / length, this.z / length);
  }
}

class Ray {
  constructor(origin, direction) { this.origin = origin; this.direction = direction; }
}

class Material {
  constructor(color, diffuse, reflect) {
    this.color = color; this.diffuse = diffuse; this.reflect = reflect;
  }
}

class Shape {
  constructor(material) { this.material = material; }
  intersect(ray) { throw new Error("intersect"); }
}

class Sphere extends Shape {
  constructor(center, radius, material) {
    super(material);
    this.center = center;
    this.radius = radius;
  }
  intersect(ray) {
    const oc = ray.origin.sub(this.center);
    const b = oc.dot(ray.direction);
    const c = oc.dot(oc) - this.radius * this.radius;
    const disc = b * b - c;
    if (disc < 0.0) return -1.0;
    const sq = Math.sqrt(disc);
    let t = -b - sq;
    if (t > 1e-6) return t;
    t = -b + sq;
    if (t > 1e-6) return t;
    return -1.0;
  }
  normalAt(p) { return p.sub(this.center).norm(); }
}

class Plane extends Shape {
  constructor(point, normal, material) {
    super(material);
    this.point = point;
    this.normal = normal;
  }
  intersect(ray) {
    const denom = this.normal.dot(ray.direction);
    if (Math.abs(denom) < 1e-9) return -1.0;
    const t = this.point.sub(ray.origin).dot(this.normal) / denom;
    if (t > 1e-6) return t;
    return -1.0;
  }
  normalAt(p) { return this.normal; }
}

class Light {
  constructor(pos, color) { this.pos = pos; this.color = color; }
}

class Hit {
  constructor(obj, t) { this.obj = obj; this.t = t; }
}

class Scene {
  constructor() {
    this.objects = [];
    this.lights = [];
    this.background = new Vec(0.05, 0.05, 0.1);
  }
  closest(ray) {
    let best = null;
    for (const obj of this.objects) {
      const t = obj.intersect(ray);
      if (t > 0.0 && (best === null || t < best.t)) best = new Hit(obj, t);
    }
    return best;
  }
  blocked(ray, dist) {
    for (const obj of this.objects) {
      const t = obj.intersect(ray);
      if (t > 0.0 && t < dist) return true;
    }
    return false;
  }
  trace(ray, depth) {
    const hit = this.closest(ray);
    if (hit === null) return this.background;
    const p = ray.origin.add(ray.direction.scale(hit.t));
    const n = hit.obj.normalAt(p);
    const m = hit.obj.material;
    let color = m.color.scale(0.1);
    for (const light of this.lights) {
      const toLight = light.pos.sub(p);
      const dist = Math.sqrt(toLight.dot(toLight));
      const l = toLight.scale(1.0 / dist);
      const ndotl = n.dot(l);
      if (ndotl > 0.0 && !this.blocked(new Ray(p, l), dist)) {
        color = color.add(m.color.mul(light.color).scale(ndotl * m.diffuse));
      }
    }
    if (depth < 3 && m.reflect > 0.0) {
      const d = ray.direction;
      const r = d.sub(n.scale(2.0 * d.dot(n)));
      color = color.add(this.trace(new Ray(p, r), depth + 1).scale(m.reflect));
    }
    return color;
  }
}

function buildScene() {
  const scene = new Scene();
  scene.objects.push(new Plane(new Vec(0.0, -1.0, 0.0), new Vec(0.0, 1.0, 0.0),
                               new Material(new Vec(0.8, 0.8, 0.8), 0.9, 0.2)));
  scene.objects.push(new Sphere(new Vec(0.0, 0.0, 3.0), 1.0,
                                new Material(new Vec(1.0, 0.2, 0.2), 0.8, 0.3)));
  scene.objects.push(new Sphere(new Vec(-2.0, 0.3, 4.0), 1.3,
                                new Material(new Vec(0.2, 1.0, 0.3), 0.7, 0.4)));
  scene.objects.push(new Sphere(new Vec(2.0, -0.2, 2.5), 0.8,
                                new Material(new Vec(0.3, 0.4, 1.0), 0.9, 0.1)));
  scene.objects.push(new Sphere(new Vec(0.5, 1.8, 5.0), 0.9,
                                new Material(new Vec(1.0, 1.0, 0.2), 0.6, 0.5)));
  scene.lights.push(new Light(new Vec(-5.0, 6.0, -3.0), new Vec(0.9, 0.9, 0.9)));
  scene.lights.push(new Light(new Vec(4.0, 3.0, -1.0), new Vec(0.4, 0.3, 0.2)));
  return scene;
}

function channel(v) {
  if (v > 1.0) v = 1.0;
  return Math.floor(v * 255.0);
}

function main() {
  const width = 160, height = 120;
  const scene = buildScene();
  const eye = new Vec(0.0, 0.5, -3.0);
  let checksum = 0, lit = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = (x - width / 2) / height;
      const dy = (height / 2 - y) / height;
      const c = scene.trace(new Ray(eye, new Vec(dx, dy, 1.0).norm()), 0);
      const r = channel(c.x), g = channel(c.y), b = channel(c.z);
      lit += r + g + b;
      checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007;
    }
  }
  console.log(`raytrace ${width} ${height} ${lit} ${checksum}`);
}

main();
