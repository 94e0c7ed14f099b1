def main(
  puts 'x'
