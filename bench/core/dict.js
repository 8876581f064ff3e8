// 1M int keys inserted into a Map, then all looked up: hashing and table growth.
function main() {
  const d = new Map();
  const n = 1000000;
  let i = 0;
  while (i < n) {
    d.set(i, i * 2);
    i += 1;
  }
  let total = 0;
  i = 0;
  while (i < n) {
    total += d.get(i);
    i += 1;
  }
  console.log(`dict ${d.size} ${total}`);
}

main();
