package dev.gavel.server.clics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The CLICS 2023-06 JSON schemas (draft 2020-12) of {@code shared/clics-schemas}, for checking what the API answers.
 * Each schema's {@code $id} lives under the ccs-specs repository's address and its {@code $ref}s name sibling files;
 * the registry answers every such address with the file of that name in the directory, so nothing is fetched.
 *
 * <p>The directory is {@code $GAVEL_CLICS_SCHEMAS} when set, else the first {@code shared/clics-schemas} found walking
 * up from the working directory (the module, inside the repository: a workspace keeps {@code shared/} beside the
 * repository). Where there is none, {@link #load()} skips the calling test and says where it looked, and
 * {@link #find()} is empty.
 */
final class ClicsSchemas {

    static final String VARIABLE = "GAVEL_CLICS_SCHEMAS";
    private static final String ID_BASE = "https://github.com/icpc/ccs-specs/raw/2023-06/json-schema/";

    private final Path dir;
    private final SchemaRegistry registry;

    private ClicsSchemas(Path dir) {
        this.dir = dir;
        this.registry = SchemaRegistry.withDialect(Dialects.getDraft202012(), b -> b.schemas(this::byAddress));
    }

    /** The schemas, or the calling test is skipped (an assumption) with where they were looked for. */
    static ClicsSchemas load() {
        List<Path> looked = new ArrayList<>();
        Path dir = locate(looked);
        assumeTrue(dir != null, "the CLICS JSON schemas were not found, so the CLICS schema checks are skipped; "
                + "looked in: " + looked + " (set " + VARIABLE + " to the directory of contest.json and its siblings)");
        return new ClicsSchemas(dir);
    }

    /** The schemas, if they are there. */
    static Optional<ClicsSchemas> find() {
        return Optional.ofNullable(locate(new ArrayList<>())).map(ClicsSchemas::new);
    }

    private static Path locate(List<Path> looked) {
        String given = System.getenv(VARIABLE);
        if (given != null && !given.isBlank()) {
            Path dir = Path.of(given).toAbsolutePath();
            looked.add(dir);
            return Files.isRegularFile(dir.resolve("contest.json")) ? dir : null;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path dir = p.resolve("shared").resolve("clics-schemas");
            looked.add(dir);
            if (Files.isRegularFile(dir.resolve("contest.json"))) return dir;
        }
        return null;
    }

    private String byAddress(String iri) {
        if (!iri.startsWith(ID_BASE)) return null;
        Path file = dir.resolve(iri.substring(ID_BASE.length())).normalize();
        if (!file.startsWith(dir) || !Files.isRegularFile(file)) return null;
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with a value by the schema in {@code file} (e.g. {@code "contest.json"}); empty when valid. */
    List<String> errors(String file, JsonNode value) {
        Schema schema = registry.getSchema(SchemaLocation.of(ID_BASE + file));
        return schema.validate(value).stream().map(Error::toString).toList();
    }

    void assertValid(String file, JsonNode value) {
        assertEquals(List.of(), errors(file, value), () -> file + " rejects " + value);
    }
}
