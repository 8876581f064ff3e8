-- Sorting: table.sort of 1M pseudo-random ints from an LCG (MINSTD), then a stable
-- sort by key of 300k of them (decorated with the index, since table.sort is not
-- stable); checksums over the sorted orders.
local function checksum(xs)
  local h = 0
  for i = 1, #xs do h = (h * 31 + xs[i]) % 1000000007 end
  return h
end

local function main()
  local n = 1000000
  local seed = 1
  local a = {}
  for i = 1, n do
    seed = (seed * 48271) % 2147483647
    a[i] = seed % 1000000
  end
  local s = table.move(a, 1, n, 1, {})
  table.sort(s)
  print(string.format("sort %d %d %d %d", s[1], s[n // 2 + 1], s[n], checksum(s)))
  local m = 300000
  local dec = {}
  for i = 1, m do dec[i] = {a[i] % 1000, i, a[i]} end
  table.sort(dec, function(x, y)
    if x[1] ~= y[1] then return x[1] < y[1] end
    return x[2] < y[2]
  end)
  local k = {}
  for i = 1, m do k[i] = dec[i][3] end
  print(string.format("sort key %d %d %d", k[1], k[m], checksum(k)))
end

main()
