fun main() {
    val input = generateSequence(::readLine).joinToString("\n").trim()
    when (input) {
        "" -> println("Hello, World!")
        "re" -> throw IllegalStateException("runtime error on purpose")
        "tle" -> {
            var x = 0L
            while (true) {
                x++
                if (x == Long.MIN_VALUE) println(x)
            }
        }
        "mle" -> {
            val keep = ArrayList<LongArray>()
            while (true) keep.add(LongArray(1 shl 17))
        }
        else -> {
            val (a, b) = input.split(Regex("\\s+")).map { it.toLong() }
            println(a + b)
        }
    }
}
