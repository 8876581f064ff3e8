-- 1M int keys inserted into a table, then all looked up: hashing and table growth.
-- (Lua keeps dense integer keys in the table's array part: that is its natural dict.)
local function main()
  local d = {}
  local n = 1000000
  local count = 0
  local i = 0
  while i < n do
    if d[i] == nil then count = count + 1 end
    d[i] = i * 2
    i = i + 1
  end
  local total = 0
  i = 0
  while i < n do
    total = total + d[i]
    i = i + 1
  end
  print("dict " .. count .. " " .. total)
end

main()
