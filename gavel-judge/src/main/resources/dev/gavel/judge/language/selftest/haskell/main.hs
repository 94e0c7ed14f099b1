main :: IO ()
main = do
  s <- getContents
  case words s of
    [] -> putStrLn "Hello, World!"
    ["re"] -> error "runtime error on purpose"
    ["tle"] -> print (spin (length s))
    ["mle"] -> let xs = [1 :: Integer ..] in print (length xs + fromIntegral (sum xs))
    [a, b] -> print (read a + read b :: Integer)
    _ -> error "bad input"

-- Counts until the Int wraps around: a busy loop in constant memory. (length [1 ..] is not one: -O2 floats the list
-- out to a top-level constant, which keeps all of it.)
spin :: Int -> Int
spin n = if n < 0 then n else spin (n + 1)
