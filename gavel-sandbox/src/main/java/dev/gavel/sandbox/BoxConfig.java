package dev.gavel.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How the {@code gavel-box} helpers of a pool are set up.
 *
 * @param helper  the helper binary; null means {@code -Dgavel.box}, else {@code $GAVEL_BOX}, else the copy shipped in
 *                this jar (extracted once into a root-owned cache directory)
 * @param roBinds extra read-only binds, each {@code HOST[:INSIDE]}, added to the default toolchain view
 * @param masks   paths inside the sandbox to hide (beyond the built-in secrets such as {@code /etc/shadow})
 * @param tmpSize size of the per-run tmpfs {@code /tmp} (charged to the run's memory)
 * @param uidBase first box uid; helper number {@code n} of this JVM runs programs as {@code uidBase + n}
 */
public record BoxConfig(Path helper, List<String> roBinds, List<String> masks, ByteSize tmpSize, int uidBase) {

    public BoxConfig {
        roBinds = List.copyOf(roBinds);
        masks = List.copyOf(masks);
        for (String m : masks) {
            if (!m.startsWith("/") || m.contains("..") || m.indexOf('\0') >= 0) throw new IllegalArgumentException("bad mask: " + m);
        }
        Objects.requireNonNull(tmpSize, "tmpSize");
        if (tmpSize.kib() < 4) throw new IllegalArgumentException("tmpSize must be at least 4 KiB");
        if (uidBase < 1000) throw new IllegalArgumentException("uidBase must be an unprivileged uid (>= 1000)");
        for (String b : roBinds) {
            if (!b.startsWith("/") || b.indexOf('\0') >= 0) throw new IllegalArgumentException("bad ro-bind: " + b);
        }
    }

    /** Helper found automatically, default toolchain view, 64 MiB {@code /tmp}, uids from 60000. */
    public static BoxConfig defaults() {
        return new BoxConfig(null, List.of(), List.of(), ByteSize.ofMiB(64), 60000);
    }

    public BoxConfig withHelper(Path p) {
        return new BoxConfig(p, roBinds, masks, tmpSize, uidBase);
    }

    public BoxConfig withRoBinds(List<String> binds) {
        return new BoxConfig(helper, binds, masks, tmpSize, uidBase);
    }

    public BoxConfig withMasks(List<String> paths) {
        return new BoxConfig(helper, roBinds, paths, tmpSize, uidBase);
    }

    public BoxConfig withTmpSize(ByteSize size) {
        return new BoxConfig(helper, roBinds, masks, size, uidBase);
    }

    public BoxConfig withUidBase(int base) {
        return new BoxConfig(helper, roBinds, masks, tmpSize, base);
    }
}
