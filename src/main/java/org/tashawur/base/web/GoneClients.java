package org.tashawur.base.web;

import com.vaadin.flow.server.Constants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser that goes away while its page or its answer is being written (a phone out of network,
 * a tab closed while loading) is nobody's error. Vaadin took it for one: when writing a page
 * failed, it logged an error, then tried to answer "not found" on the same, already started
 * answer, which failed again and reached the screen's error handler and Tomcat's log: four error
 * stack traces for a closed tab. An answer's writing is now told apart when the client is gone
 * (Spring's {@code DisconnectedClientHelper} knows the exceptions of each server), logged at debug
 * level, and the rest of that answer goes nowhere. Every other failure is still thrown.
 * Push connections are left alone: the push library handles its own closed connections.
 */
@Configuration(proxyBeanMethods = false)
class GoneClients {

    private static final String PUSH_PATH = "/" + Constants.PUSH_MAPPING;

    @Bean
    FilterRegistrationBean<QuietWhenGone> goneClientsFilter() {
        FilterRegistrationBean<QuietWhenGone> registration = new FilterRegistrationBean<>(new QuietWhenGone());
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class QuietWhenGone extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + PUSH_PATH);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new GoneAwareResponse(response));
        }
    }
}
