// @EXPECTED_RESULTS@: CORRECT
// Numbers up to 10^18 exceed 2^53, so BigInt is required in JavaScript.
const data = require("fs").readFileSync(0, "utf8").trim().split(/\s+/);
const a = BigInt(data[0]);
const b = BigInt(data[1]);
console.log((a + b).toString());
