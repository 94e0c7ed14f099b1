@main def solve(): Unit =
  val x: Int = "not a number"
  println(x)
