package dev.gavel.server.web;

import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web UI is one page ({@code static/index.html}) that draws every screen in the browser. Its addresses
 * ({@code /problems/hello}, {@code /contests/x/leaderboard} …) are real links a user can bookmark or reload, so each
 * of them answers with that page; the API keeps {@code /api}, {@code /judge0} and the rest.
 */
@Controller
public class WebPages {

    @GetMapping({"/problems", "/problems/**", "/submissions", "/submissions/**", "/contests", "/contests/**",
            "/admin", "/admin/**", "/login", "/signup", "/tokens"})
    public String page() {
        return "forward:/index.html";
    }

    /** Library files have their version in the path, so browsers may keep them; Gavel's own files are revalidated. */
    @Configuration(proxyBeanMethods = false)
    static class Assets implements WebMvcConfigurer {

        @Override
        public void addResourceHandlers(ResourceHandlerRegistry registry) {
            registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                    .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic());
            for (String folder : new String[] {"js", "css"}) {
                registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                        .setCacheControl(CacheControl.noCache());
            }
        }
    }
}
