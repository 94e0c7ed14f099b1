main :: IO ()
main = do
  s <- getContents
  case words s of
    [] -> putStrLn "Hello, World!"
    ["re"] -> error "runtime error on purpose"
    ["tle"] -> print (length [1 :: Integer ..])
    ["mle"] -> let xs = [1 :: Integer ..] in print (length xs + fromIntegral (sum xs))
    [a, b] -> print (read a + read b :: Integer)
    _ -> error "bad input"
