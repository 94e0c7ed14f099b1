package dev.gavel.server.engine;

import dev.gavel.server.config.GavelProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean(destroyMethod = "close")
    JudgeEngine judgeEngine(GavelProperties properties) {
        return new JudgeEngine(properties);
    }
}
