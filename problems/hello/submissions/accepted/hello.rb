# @EXPECTED_RESULTS@: CORRECT
puts "Hello, World!"
