package dev.gavel.server.config;

import dev.gavel.judge.problem.PackageException;
import dev.gavel.server.api.AnonymousRateLimitFilter;
import dev.gavel.server.api.RequestSizeFilter;
import dev.gavel.server.engine.JudgeEngine;
import dev.gavel.server.problem.CodeStubs;
import dev.gavel.server.problem.ProblemCatalog;
import dev.gavel.server.problem.ProblemStore;
import dev.gavel.server.queue.JobHandler;
import dev.gavel.server.queue.JobQueue;
import dev.gavel.server.queue.Workers;
import dev.gavel.server.user.BearerAuthFilter;
import dev.gavel.server.user.Users;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ServerConfiguration.class);

    @Bean
    JobQueue jobQueue(JdbcTemplate jdbc, GavelProperties properties) {
        return new JobQueue(jdbc, properties.queue().lease());
    }

    @Bean
    Workers workers(JobQueue queue, TransactionTemplate tx, List<JobHandler> handlers, GavelProperties properties,
                    MeterRegistry meters) {
        GavelProperties.Queue q = properties.queue();
        return new Workers(queue, tx, handlers, q.laneWeights(), properties.judging().enabled(),
                properties.judging().workerCount(),
                properties.judging().systemErrorRetries(), q.poll(), q.drainTimeout(), properties.node(), meters);
    }

    /** The clock contest rules read (start, end, freeze). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CodeStubs codeStubs() {
        return new CodeStubs();
    }

    /** The problems, loaded before the workers start, with the configured packages imported. */
    @Bean
    ProblemCatalog problemCatalog(ProblemStore store, JudgeEngine engine, GavelProperties properties,
                                  CodeStubs stubs) {
        ProblemCatalog catalog = new ProblemCatalog(store, engine, properties, stubs);
        catalog.loadStored();
        for (Path dir : properties.problems()) {
            String slug = ProblemCatalog.slugOfPackage(dir.toAbsolutePath().normalize().getFileName().toString());
            if (catalog.contains(slug)) continue;
            try {
                catalog.importPackage(dir, slug);
            } catch (PackageException e) {
                log.error("cannot import problem package {}: {}", dir, e.getMessage());
            }
        }
        return catalog;
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSize(GavelProperties properties) {
        FilterRegistrationBean<RequestSizeFilter> bean = new FilterRegistrationBean<>(new RequestSizeFilter(
                properties.limits().request().toBytes(), properties.limits().packageZip().toBytes()));
        bean.addUrlPatterns("/api/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return bean;
    }

    @Bean
    FilterRegistrationBean<BearerAuthFilter> bearerAuth(Users users) {
        FilterRegistrationBean<BearerAuthFilter> bean = new FilterRegistrationBean<>(new BearerAuthFilter(users));
        bean.addUrlPatterns("/api/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return bean;
    }

    @Bean
    FilterRegistrationBean<AnonymousRateLimitFilter> anonymousRateLimit(GavelProperties properties) {
        FilterRegistrationBean<AnonymousRateLimitFilter> bean = new FilterRegistrationBean<>(
                new AnonymousRateLimitFilter(properties.rate().anonymousPerMinute()));
        bean.addUrlPatterns("/api/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return bean;
    }
}
