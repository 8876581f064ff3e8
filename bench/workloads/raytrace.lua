-- A small ray tracer (spheres, a plane, two lights, shadows, reflections): class-heavy
-- code with many short-lived objects, method calls and metatable inheritance.
local sqrt = math.sqrt

local Vec = {}
Vec.__index = Vec
local function vec(x, y, z) return setmetatable({x = x, y = y, z = z}, Vec) end
function Vec:add(o) return vec(self.x + o.x, self.y + o.y, self.z + o.z) end
function Vec:sub(o) return vec(self.x - o.x, self.y - o.y, self.z - o.z) end
function Vec:scale(k) return vec(self.x * k, self.y * k, self.z * k) end
function Vec:mul(o) return vec(self.x * o.x, self.y * o.y, self.z * o.z) end
function Vec:dot(o) return self.x * o.x + self.y * o.y + self.z * o.z end
function Vec:norm()
  local length = sqrt(self:dot(self))
  return vec(self.x / length, self.y / length, self.z / length)
end

local Ray = {}
Ray.__index = Ray
local function ray_new(origin, direction)
  return setmetatable({origin = origin, direction = direction}, Ray)
end

local Material = {}
Material.__index = Material
local function material(color, diffuse, reflect)
  return setmetatable({color = color, diffuse = diffuse, reflect = reflect}, Material)
end

local Shape = {}
Shape.__index = Shape
function Shape.init(self, mat) self.material = mat end
function Shape:intersect(ray) error("intersect") end

local Sphere = setmetatable({}, {__index = Shape})
Sphere.__index = Sphere
function Sphere.new(center, radius, mat)
  local self = setmetatable({}, Sphere)
  Shape.init(self, mat)
  self.center = center
  self.radius = radius
  return self
end
function Sphere:intersect(ray)
  local oc = ray.origin:sub(self.center)
  local b = oc:dot(ray.direction)
  local c = oc:dot(oc) - self.radius * self.radius
  local disc = b * b - c
  if disc < 0.0 then return -1.0 end
  local sq = sqrt(disc)
  local t = -b - sq
  if t > 1e-6 then return t end
  t = -b + sq
  if t > 1e-6 then return t end
  return -1.0
end
function Sphere:normal_at(p) return p:sub(self.center):norm() end

local Plane = setmetatable({}, {__index = Shape})
Plane.__index = Plane
function Plane.new(point, normal, mat)
  local self = setmetatable({}, Plane)
  Shape.init(self, mat)
  self.point = point
  self.normal = normal
  return self
end
function Plane:intersect(ray)
  local denom = self.normal:dot(ray.direction)
  if math.abs(denom) < 1e-9 then return -1.0 end
  local t = self.point:sub(ray.origin):dot(self.normal) / denom
  if t > 1e-6 then return t end
  return -1.0
end
function Plane:normal_at(p) return self.normal end

local function light_new(pos, color) return {pos = pos, color = color} end
local function hit_new(obj, t) return {obj = obj, t = t} end

local Scene = {}
Scene.__index = Scene
function Scene.new()
  return setmetatable({objects = {}, lights = {}, background = vec(0.05, 0.05, 0.1)}, Scene)
end
function Scene:closest(ray)
  local best = nil
  for _, obj in ipairs(self.objects) do
    local t = obj:intersect(ray)
    if t > 0.0 and (best == nil or t < best.t) then best = hit_new(obj, t) end
  end
  return best
end
function Scene:blocked(ray, dist)
  for _, obj in ipairs(self.objects) do
    local t = obj:intersect(ray)
    if t > 0.0 and t < dist then return true end
  end
  return false
end
function Scene:trace(ray, depth)
  local hit = self:closest(ray)
  if hit == nil then return self.background end
  local p = ray.origin:add(ray.direction:scale(hit.t))
  local n = hit.obj:normal_at(p)
  local m = hit.obj.material
  local color = m.color:scale(0.1)
  for _, light in ipairs(self.lights) do
    local to_light = light.pos:sub(p)
    local dist = sqrt(to_light:dot(to_light))
    local l = to_light:scale(1.0 / dist)
    local ndotl = n:dot(l)
    if ndotl > 0.0 and not self:blocked(ray_new(p, l), dist) then
      color = color:add(m.color:mul(light.color):scale(ndotl * m.diffuse))
    end
  end
  if depth < 3 and m.reflect > 0.0 then
    local d = ray.direction
    local r = d:sub(n:scale(2.0 * d:dot(n)))
    color = color:add(self:trace(ray_new(p, r), depth + 1):scale(m.reflect))
  end
  return color
end

local function build_scene()
  local scene = Scene.new()
  local o = scene.objects
  o[#o + 1] = Plane.new(vec(0.0, -1.0, 0.0), vec(0.0, 1.0, 0.0),
                        material(vec(0.8, 0.8, 0.8), 0.9, 0.2))
  o[#o + 1] = Sphere.new(vec(0.0, 0.0, 3.0), 1.0, material(vec(1.0, 0.2, 0.2), 0.8, 0.3))
  o[#o + 1] = Sphere.new(vec(-2.0, 0.3, 4.0), 1.3, material(vec(0.2, 1.0, 0.3), 0.7, 0.4))
  o[#o + 1] = Sphere.new(vec(2.0, -0.2, 2.5), 0.8, material(vec(0.3, 0.4, 1.0), 0.9, 0.1))
  o[#o + 1] = Sphere.new(vec(0.5, 1.8, 5.0), 0.9, material(vec(1.0, 1.0, 0.2), 0.6, 0.5))
  local l = scene.lights
  l[#l + 1] = light_new(vec(-5.0, 6.0, -3.0), vec(0.9, 0.9, 0.9))
  l[#l + 1] = light_new(vec(4.0, 3.0, -1.0), vec(0.4, 0.3, 0.2))
  return scene
end

local function channel(v)
  if v > 1.0 then v = 1.0 end
  return math.floor(v * 255.0)
end

local function main()
  local width, height = 160, 120
  local scene = build_scene()
  local eye = vec(0.0, 0.5, -3.0)
  local checksum, lit = 0, 0
  for y = 0, height - 1 do
    for x = 0, width - 1 do
      local dx = (x - width / 2) / height
      local dy = (height / 2 - y) / height
      local c = scene:trace(ray_new(eye, vec(dx, dy, 1.0):norm()), 0)
      local r, g, b = channel(c.x), channel(c.y), channel(c.z)
      lit = lit + r + g + b
      checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    end
  end
  print(string.format("raytrace %d %d %d %d", width, height, lit, checksum))
end

main()
