package dev.gavel.judge.language;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainFinderTest {

    private final LanguageCatalog catalog = LanguageCatalog.builtIn();
    private final Language java = catalog.byId("java").orElseThrow();
    private final Language python = catalog.byId("python3").orElseThrow();
    private final Language kotlin = catalog.byId("kotlin").orElseThrow();
    private final Language scala = catalog.byId("scala").orElseThrow();
    private final Language cpp = catalog.byId("cpp20").orElseThrow();

    private static Map<String, byte[]> files(String... nameThenText) {
        Map<String, byte[]> m = new TreeMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) {
            m.put(nameThenText[i], nameThenText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    @Test
    void javaMainClassOfAnyNameAndTheFileIsRenamedAfterIt() throws Exception {
        var e = MainFinder.find(java, files("Main.java", """
                import java.util.*;
                public class Solution {
                    public static void main(String[] args) { System.out.println("hi"); }
                }
                """), null);
        assertEquals("Solution", e.mainClass());
        assertEquals("Solution.java", e.main());
        assertTrue(e.files().containsKey("Solution.java"));
        assertEquals(1, e.files().size());
    }

    @Test
    void javaMultiFileWithPackageFindsTheClassWithMain() throws Exception {
        var e = MainFinder.find(java, files(
                "Helper.java", """
                        package contest.util;
                        public class Helper {
                            // public static void main(String[] args) -- only in a comment
                            static String s = "public static void main(";
                            public static int twice(int x) { return 2 * x; }
                        }
                        """,
                "App.java", """
                        package contest;
                        import contest.util.Helper;
                        class Inner { }
                        public final class App {
                            static class Nested { public static void main(String[] a) { } }
                            public static void main(String... args) { System.out.println(Helper.twice(21)); }
                        }
                        """), null);
        assertEquals("contest.App", e.mainClass());
        assertEquals("App.java", e.main());
    }

    @Test
    void javaSeveralMainsPreferMainOrTheHint() throws Exception {
        var two = files(
                "A.java", "public class A { public static void main(String[] a) {} }",
                "Main.java", "public class Main { public static void main(String[] a) {} }");
        assertEquals("Main", MainFinder.find(java, two, null).mainClass());
        assertEquals("A", MainFinder.find(java, two, "A").mainClass());
        assertEquals("A", MainFinder.find(java, two, "A.java").mainClass());
        var none = files("A.java", "public class A { }");
        var ex = assertThrows(MainFinder.NoMainException.class, () -> MainFinder.find(java, none, null));
        assertTrue(ex.getMessage().contains("public static void main"), ex.getMessage());
        var ambiguous = files(
                "A.java", "public class A { public static void main(String[] a) {} }",
                "B.java", "public class B { public static void main(String[] a) {} }");
        assertThrows(MainFinder.NoMainException.class, () -> MainFinder.find(java, ambiguous, null));
    }

    @Test
    void pythonMainFileByHintThenMainPyThenNameGuardThenSingleFile() throws Exception {
        var withMainPy = files("main.py", "import util\n", "util.py", "def f(): pass\n");
        assertEquals("main.py", MainFinder.find(python, withMainPy, null).main());
        var guard = files("solve.py", "import util\nif __name__ == '__main__':\n    util.f()\n", "util.py", "def f(): pass\n");
        assertEquals("solve.py", MainFinder.find(python, guard, null).main());
        assertEquals("util.py", MainFinder.find(python, guard, "util.py").main());
        var single = files("a.py", "print(1)\n");
        assertEquals("a.py", MainFinder.find(python, single, null).main());
        var unclear = files("a.py", "print(1)\n", "b.py", "print(2)\n");
        var ex = assertThrows(MainFinder.NoMainException.class, () -> MainFinder.find(python, unclear, null));
        assertTrue(ex.getMessage().contains("main.py"), ex.getMessage());
        assertThrows(MainFinder.NoMainException.class, () -> MainFinder.find(python, single, "other.py"));
    }

    @Test
    void aSingleFileWithAnOddNameGetsTheUsualName() throws Exception {
        var e = MainFinder.find(python, files("solution", "print(1)\n"), null);
        assertEquals("main.py", e.main());
    }

    @Test
    void aKotlinMainFileNamedByTheHintKeepsItsJvmName() throws Exception {
        var e = MainFinder.find(kotlin, files(
                "x.kt", "@file:JvmName(\"Entry\")\npackage p\nfun main() {}\n",
                "y.kt", "package p\nfun main() {}\n"), "x.kt");
        assertEquals("p.Entry", e.mainClass());
        assertEquals("x.kt", e.main());
    }

    @Test
    void kotlinMainIsTheFacadeOfTheFileWithFunMain() throws Exception {
        var e = MainFinder.find(kotlin, files(
                "util.kt", "package p\nfun twice(x: Int) = 2 * x\nclass C { fun main() {} }\n",
                "solution-a.kt", "package p\n\nfun main() {\n    println(twice(21))\n}\n"), null);
        assertEquals("p.Solution_aKt", e.mainClass());
        assertEquals("solution-a.kt", e.main());
        var named = MainFinder.find(kotlin, files("x.kt", "@file:JvmName(\"Entry\")\nfun main() {}\n"), null);
        assertEquals("Entry", named.mainClass());
        assertEquals("MainKt", MainFinder.kotlinFacade("main.kt"));
    }

    @Test
    void scalaMainIsTheAtMainDefOrTheObjectWithMain() throws Exception {
        assertEquals("solve", MainFinder.find(scala, files("main.scala", "@main def solve(): Unit =\n  println(1)\n"), null).mainClass());
        var obj = MainFinder.find(scala, files(
                "a.scala", "package q\nobject Helper { def twice(x: Int) = 2 * x }\n",
                "b.scala", "package q\nobject Prog {\n  def main(args: Array[String]): Unit = println(Helper.twice(21))\n}\n"), null);
        assertEquals("q.Prog", obj.mainClass());
        assertEquals("b.scala", obj.main());
    }

    @Test
    void cppCompilesEverySourceAndIgnoresHeaders() throws Exception {
        var f = files("a.cpp", "int f();", "main.cpp", "int main(){}", "util.h", "#pragma once", "util.cpp", "int f(){return 1;}");
        var e = MainFinder.find(cpp, f, null);
        assertEquals(List.of("a.cpp", "main.cpp", "util.cpp"), MainFinder.sourceFiles(cpp, e.files()));
    }
}
