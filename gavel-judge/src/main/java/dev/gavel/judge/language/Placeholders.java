package dev.gavel.judge.language;

import dev.gavel.sandbox.ByteSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the placeholders of a {@code languages.yaml} argv: the one place that knows them (see {@link Language}).
 *
 * @param sources   every source file of the submission, relative to the work directory
 * @param main      the main file, relative to the work directory
 * @param mainClass the entry class (JVM languages), or the main file's stem
 * @param memory    the run's memory limit, or null while compiling
 */
record Placeholders(List<String> sources, String main, String mainClass, ByteSize memory) {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    static final Set<String> NAMES = Set.of("sources", "main", "main_stem", "main_class", "memory_mib", "heap_mib",
            "jvm", "jvm_compiler");
    /** Placeholders that stand for several arguments, so they must be an argument of their own. */
    static final Set<String> WHOLE_ARGUMENT = Set.of("sources", "jvm", "jvm_compiler");

    /** JVM options of a compiler running on the JVM (kotlinc, dotc, groovyc). */
    static final List<String> JVM_COMPILER = List.of("-Xmx1g", "-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:-UsePerfData", "-Xshare:auto");

    /** The heap a managed runtime may use within a memory limit: three quarters, leaving room for the runtime itself. */
    static long heapMib(ByteSize memory) {
        return Math.max(16, memory.mib() * 3 / 4);
    }

    List<String> expand(List<String> argv) {
        List<String> out = new ArrayList<>();
        for (String arg : argv) {
            switch (arg) {
                case "{sources}" -> out.addAll(sources);
                case "{jvm}" -> out.addAll(jvmRunOptions());
                case "{jvm_compiler}" -> out.addAll(JVM_COMPILER);
                default -> out.add(expandOne(arg));
            }
        }
        return out;
    }

    /**
     * JVM options of a submission. No {@code -XX:TieredStopAtLevel=1} here, unlike the compilers: measured on these
     * machines it saves ~20 ms of a 300 ms start but makes a CPU-heavy program ~60 % slower (sieve + hashing of
     * 2e7 ints: 2.08 s vs 1.28 s CPU), which is what time limits measure.
     */
    private List<String> jvmRunOptions() {
        return List.of("-Xmx" + heapMib(memoryOrDefault()) + "m", "-Xss64m", "-XX:+UseSerialGC",
                "-XX:ReservedCodeCacheSize=64m", "-XX:-UsePerfData", "-Xshare:auto");
    }

    private ByteSize memoryOrDefault() {
        return memory == null ? ByteSize.ofGiB(1) : memory;
    }

    private String expandOne(String arg) {
        Matcher m = PLACEHOLDER.matcher(arg);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "main" -> main;
                case "main_stem" -> stem(main);
                case "main_class" -> mainClass;
                case "memory_mib" -> Long.toString(memoryOrDefault().mib());
                case "heap_mib" -> Long.toString(heapMib(memoryOrDefault()));
                default -> throw new IllegalArgumentException("placeholder " + m.group() + " cannot be part of '" + arg + "'");
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
