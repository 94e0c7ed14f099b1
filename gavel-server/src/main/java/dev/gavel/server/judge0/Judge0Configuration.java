package dev.gavel.server.judge0;

import dev.gavel.judge.execution.Executor;
import dev.gavel.server.config.GavelProperties;
import dev.gavel.server.engine.JudgeEngine;
import dev.gavel.server.user.Users;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class Judge0Configuration {

    @Bean
    Executor executor(JudgeEngine engine) {
        return new Executor(engine.compiler(), engine.pool(), engine.scratch());
    }

    /** Open (Judge0's default) unless {@code gavel.judge0.auth-token} is set. */
    @Bean
    FilterRegistrationBean<Judge0AuthFilter> judge0Auth(GavelProperties properties, Users users) {
        String token = properties.judge0().authToken();
        FilterRegistrationBean<Judge0AuthFilter> bean = new FilterRegistrationBean<>(new Judge0AuthFilter(token,
                users));
        bean.addUrlPatterns("/judge0/*");
        bean.setEnabled(!token.isEmpty());
        return bean;
    }
}
