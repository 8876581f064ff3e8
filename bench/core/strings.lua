-- 300k formatted strings joined with "," and split again: string building and splitting.
local function main()
  local parts = {}
  local i = 0
  while i < 300000 do
    parts[#parts + 1] = string.format("item%d:%d", i, i * 2)
    i = i + 1
  end
  local s = table.concat(parts, ",")
  local back = {}
  local n = 0
  for piece in string.gmatch(s, "[^,]+") do
    n = n + 1
    back[n] = piece
  end
  print("strings " .. #parts .. " " .. #s .. " " .. #back .. " " .. back[123456 + 1])
end

main()
