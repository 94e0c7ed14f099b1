def x = 
println(
