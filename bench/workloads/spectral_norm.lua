-- Spectral norm of an infinite matrix (after the Computer Language Benchmarks Game):
-- tight nested loops, small function calls, float arithmetic and array indexing.
local function eval_a(i, j)
  return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
end

local function mul_av(v, av, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do
      s = s + eval_a(i, j) * v[j + 1]
    end
    av[i + 1] = s
  end
end

local function mul_atv(v, atv, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do
      s = s + eval_a(j, i) * v[j + 1]
    end
    atv[i + 1] = s
  end
end

local function mul_atav(v, out, tmp, n)
  mul_av(v, tmp, n)
  mul_atv(tmp, out, n)
end

local function main()
  local n = 200
  local u, v, tmp = {}, {}, {}
  for i = 1, n do u[i] = 1.0; v[i] = 0.0; tmp[i] = 0.0 end
  for _ = 1, 10 do
    mul_atav(u, v, tmp, n)
    mul_atav(v, u, tmp, n)
  end
  local vbv, vv = 0.0, 0.0
  for i = 1, n do
    vbv = vbv + u[i] * v[i]
    vv = vv + v[i] * v[i]
  end
  print(string.format("spectral_norm %.9f", math.sqrt(vbv / vv)))
end

main()
