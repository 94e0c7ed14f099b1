package dev.gavel.server.user;

import dev.gavel.server.config.GavelProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes the first administrator if there is none: with {@code gavel.admin.password}, or a random password written
 * (owner-readable only) to {@code home/admin-password.txt}.
 */
@Component
class AdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final Users users;
    private final GavelProperties properties;

    AdminAccount(Users users, GavelProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String name = properties.admin().username();
        if (users.byName(name).isPresent()) return;
        String password = properties.admin().password();
        if (password.isEmpty()) {
            byte[] raw = new byte[12];
            new SecureRandom().nextBytes(raw);
            password = HexFormat.of().formatHex(raw);
            Path file = Files.createDirectories(properties.home()).resolve("admin-password.txt");
            Files.writeString(file, password + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            log.info("made administrator '{}'; its password is in {}", name, file.toAbsolutePath());
        } else {
            log.info("made administrator '{}' with the configured password", name);
        }
        users.signUp(name, password, Role.ADMIN);
    }
}
