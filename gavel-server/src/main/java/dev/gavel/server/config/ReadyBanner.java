package dev.gavel.server.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Says where the server is, once it is ready for requests. */
@Component
class ReadyBanner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) return;
        String url = "http://localhost:" + web.getWebServer().getPort();
        log.info("Gavel is up at {}/ (open it in a browser) — practice API {}/api/problems, Judge0 API "
                + "{}/judge0/about, OpenAPI {}/swagger-ui.html, metrics {}/actuator/prometheus",
                url, url, url, url, url);
    }
}
