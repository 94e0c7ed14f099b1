package dev.gavel.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Gavel service: practice and Judge0-compatible APIs over a durable queue and in-process workers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GavelServer {

    public static void main(String[] args) {
        SpringApplication.run(GavelServer.class, args);
    }
}
