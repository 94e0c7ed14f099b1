// Scala 3 only: top-level @main and braceless syntax.
import scala.collection.mutable.ArrayBuffer

@main def solve(): Unit =
  val input = scala.io.Source.stdin.mkString.trim
  input match
    case "" => println("Hello, World!")
    case "re" => throw IllegalStateException("runtime error on purpose")
    case "tle" =>
      var x = 0L
      while true do
        x += 1
        if x == Long.MinValue then println(x)
    case "mle" =>
      val keep = ArrayBuffer[Array[Long]]()
      while true do keep += new Array[Long](1 << 17)
    case _ =>
      val t = input.split("\\s+").map(_.toLong)
      println(t(0) + t(1))
