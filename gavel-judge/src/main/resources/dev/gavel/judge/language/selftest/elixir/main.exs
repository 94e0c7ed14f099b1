s =
  case IO.read(:stdio, :eof) do
    :eof -> ""
    {:error, _} -> ""
    data -> String.trim(data)
  end

case s do
  "" ->
    IO.puts("Hello, World!")

  "re" ->
    raise "runtime error on purpose"

  "tle" ->
    Stream.iterate(0, &rem(&1 + 1, 1_000_000_007)) |> Stream.run()

  "mle" ->
    Stream.iterate([], fn keep -> [:binary.copy("x", 1_048_576) | keep] end) |> Stream.run()

  _ ->
    [a, b] = s |> String.split() |> Enum.map(&String.to_integer/1)
    IO.puts(a + b)
end
