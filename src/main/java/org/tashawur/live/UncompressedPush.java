package org.tashawur.live;

import com.vaadin.flow.server.Constants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Push connections open without per-message compression ({@code permessage-deflate}), which
 * browsers ask for and Tomcat would grant: the compressor and decompressor that Tomcat keeps for
 * each connection cost about 110 KB outside the heap at once and 215 KB after 200 messages, plus
 * 16 KB of buffers in it, and each message costs about 0.1 ms to compress for each screen, for
 * push messages of a few hundred bytes to a few KB ({@code bench/DeflateCost.java}).
 * Neither Tomcat nor the push library has a setting for it; the browser's offer is hidden from
 * the WebSocket handshake, which Tomcat's filter runs after this one. Decision record 0013.
 */
@Configuration(proxyBeanMethods = false)
class UncompressedPush {

    /** The header in which a browser offers WebSocket extensions (RFC 6455, section 9.1). */
    private static final String EXTENSIONS_HEADER = "Sec-WebSocket-Extensions";

    @Bean
    FilterRegistrationBean<WithoutExtensionOffer> uncompressedPushFilter() {
        FilterRegistrationBean<WithoutExtensionOffer> registration =
                new FilterRegistrationBean<>(new WithoutExtensionOffer());
        registration.addUrlPatterns("/" + Constants.PUSH_MAPPING);
        registration.setAsyncSupported(true);
        return registration;
    }

    /** Passes a push request on without the browser's offer of extensions. */
    static class WithoutExtensionOffer extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request.getHeader(EXTENSIONS_HEADER) == null ? request : new Unoffered(request), response);
        }
    }

    private static class Unoffered extends HttpServletRequestWrapper {

        Unoffered(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !EXTENSIONS_HEADER.equalsIgnoreCase(name)).toList());
        }
    }
}
