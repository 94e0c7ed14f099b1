package dev.gavel.sandbox.box;

import dev.gavel.sandbox.BoxConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Where the helper binary is: {@code -Dgavel.box}, else {@code $GAVEL_BOX}, else the copy in this jar, extracted
 * once into {@code /var/tmp/gavel-box-<sha256 prefix>/gavel-box}. The directory must be root-owned and mode 0700 so
 * that nobody else can swap the binary that root will run.
 */
public final class HelperBinary {

    static final String RESOURCE = "/dev/gavel/sandbox/native/gavel-box";
    private static final Path CACHE_PARENT = Path.of("/var/tmp");
    private static volatile Path extracted;

    private HelperBinary() {
    }

    public static Path locate(BoxConfig config) {
        if (config.helper() != null) return config.helper();
        String prop = System.getProperty("gavel.box");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String env = System.getenv("GAVEL_BOX");
        if (env != null && !env.isBlank()) return Path.of(env);
        Path p = extracted;
        if (p == null) {
            synchronized (HelperBinary.class) {
                if (extracted == null) extracted = extract();
                p = extracted;
            }
        }
        return p;
    }

    private static Path extract() {
        byte[] bytes;
        try (InputStream in = HelperBinary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gavel-box is not on the classpath (" + RESOURCE
                        + "); build gavel-sandbox with make, or set -Dgavel.box / GAVEL_BOX");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the bundled gavel-box", e);
        }
        String hash = sha256(bytes).substring(0, 16);
        Path dir = CACHE_PARENT.resolve("gavel-box-" + hash);
        Path bin = dir.resolve("gavel-box");
        try {
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException e) {
                // made by an earlier run; trusted only if it is still ours alone (checked below)
            }
            PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> perms = a.permissions();
            if (!a.isDirectory() || !"root".equals(a.owner().getName()) || perms.contains(PosixFilePermission.GROUP_WRITE)
                    || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new IllegalStateException(dir + " must be a directory owned by root and closed to others (owner "
                        + a.owner().getName() + ", " + PosixFilePermissions.toString(perms)
                        + "); gavel-box runs as root, so run as root, or remove it, or set -Dgavel.box");
            }
            if (Files.isRegularFile(bin, LinkOption.NOFOLLOW_LINKS) && sha256(Files.readAllBytes(bin)).startsWith(hash)) {
                return bin;
            }
            Path tmp = Files.createTempFile(dir, "gavel-box", ".tmp");
            Files.write(tmp, bytes);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                Files.move(tmp, bin, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, bin, StandardCopyOption.REPLACE_EXISTING);
            }
            return bin;
        } catch (IOException e) {
            throw new UncheckedIOException("extracting gavel-box into " + dir, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
