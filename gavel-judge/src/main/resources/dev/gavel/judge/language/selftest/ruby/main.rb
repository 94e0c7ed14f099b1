s = $stdin.read.strip
case s
when ""
  puts "Hello, World!"
when "re"
  raise "runtime error on purpose"
when "tle"
  x = 0
  loop { x += 1 }
when "mle"
  keep = []
  loop { keep << ("x" * (1 << 20)) }
else
  a, b = s.split.map(&:to_i)
  puts a + b
end
