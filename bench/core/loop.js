// A 10M-iteration while loop over locals: the interpreter's dispatch and int ops.
function main() {
  let total = 0;
  let i = 0;
  while (i < 10000000) {
    total += (i * i) % 7;
    i += 1;
  }
  console.log("loop total = " + total);
}

main();
