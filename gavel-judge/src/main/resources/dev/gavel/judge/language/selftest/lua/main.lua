-- Lua 5.3+ only: the integer operators below fail on Lua 5.1/LuaJIT.
local s = (io.read("a") or ""):match("^%s*(.-)%s*$")
if s == "" then
  print("Hello, World!")
elseif s == "re" then
  error("runtime error on purpose")
elseif s == "tle" then
  local x = 0
  while true do x = x + 1 end
elseif s == "mle" then
  local keep = {}
  while true do keep[#keep + 1] = string.rep("x", 1 << 20) .. #keep end
else
  local a, b = s:match("(%-?%d+)%s+(%-?%d+)")
  print(math.tointeger(a) + math.tointeger(b) // 1)
end
