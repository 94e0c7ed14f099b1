// @EXPECTED_RESULTS@: CORRECT
console.log("Hello, World!");
