// Recursive Fibonacci: function-call overhead and small-int arithmetic.
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

function main() {
  console.log("fib(30) = " + fib(30));
}

main();
