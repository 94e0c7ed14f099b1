// @EXPECTED_RESULTS@: CORRECT
// JavaScript's default Number formatting (shortest round-trip).
const t = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((s) => s.length).map(Number);
const n = t[0];
let total = 0;
for (let i = 0; i < n; i++) {
  const j = (i + 1) % n;
  total += Math.hypot(t[1 + 2 * i] - t[1 + 2 * j], t[2 + 2 * i] - t[2 + 2 * j]);
}
console.log(total);
