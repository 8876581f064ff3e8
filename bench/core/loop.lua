-- A 10M-iteration while loop over locals: the interpreter's dispatch and int ops.
local function main()
  local total = 0
  local i = 0
  while i < 10000000 do
    total = total + (i * i) % 7
    i = i + 1
  end
  print("loop total = " .. total)
end

main()
