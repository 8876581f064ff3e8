-- Recursive Fibonacci: function-call overhead and small-int arithmetic.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local function main()
  print("fib(30) = " .. fib(30))
end

main()
