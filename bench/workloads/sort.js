// Sorting: numeric sort of 1M pseudo-random ints from an LCG (MINSTD), then a
// stable sort by key of 300k of them; checksums over the sorted orders.
function checksum(xs) {
  let h = 0;
  for (const v of xs) h = (h * 31 + v) % 1000000007;
  return h;
}

function main() {
  const n = 1000000;
  let seed = 1;
  const a = [];
  for (let i = 0; i < n; i++) {
    seed = (seed * 48271) % 2147483647;
    a.push(seed % 1000000);
  }
  const s = a.slice().sort((x, y) => x - y);
  console.log(`sort ${s[0]} ${s[n >> 1]} ${s[n - 1]} ${checksum(s)}`);
  const k = a.slice(0, 300000).sort((x, y) => (x % 1000) - (y % 1000));
  console.log(`sort key ${k[0]} ${k[k.length - 1]} ${checksum(k)}`);
}

main();
