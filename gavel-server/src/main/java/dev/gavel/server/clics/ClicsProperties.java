package dev.gavel.server.clics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CLICS Contest API's settings ({@code gavel.clics.*}).
 *
 * @param keepAlive how long an open event feed may stay silent before it sends an empty line (the specification
 *                  asks for one at least every 120 s)
 */
@ConfigurationProperties("gavel.clics")
public record ClicsProperties(@DefaultValue("60s") Duration keepAlive) {

    public ClicsProperties {
        if (keepAlive.isNegative() || keepAlive.isZero() || keepAlive.compareTo(Duration.ofSeconds(120)) > 0) {
            throw new IllegalArgumentException("gavel.clics.keep-alive is more than 0 and at most 120s, got "
                    + keepAlive);
        }
    }
}
