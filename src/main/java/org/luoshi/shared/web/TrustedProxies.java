package org.luoshi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes X-Forwarded-For only when the request comes from one of the proxies of luoshi.web.trusted-proxies:
 * the client is then the right-most address of the header that is not itself such a proxy. From anyone else the
 * header is ignored, so nobody on the intranet can write another address into the audit log or the login
 * records. Runs before every other filter, so all of them, and {@link ClientAddress}, see the same address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxies extends OncePerRequestFilter {

    /** An IPv4 or IPv6 literal: anything else (a host name) is never looked up. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<IpAddressMatcher> proxies;

    TrustedProxies(WebProperties properties) {
        this.proxies = properties.trustedProxies().stream().map(IpAddressMatcher::new).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("X-Forwarded-For");
        if (header == null || !trusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = clientBehind(request.getRemoteAddr(), header);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }
        }, response);
    }

    /** Walks the header from the right, through trusted proxies only; stops at anything not an address. */
    String clientBehind(String peer, String forwardedFor) {
        String client = peer;
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0 && trusted(client); i--) {
            String hop = hops[i].trim();
            if (!ADDRESS.matcher(hop).matches()) {
                break;
            }
            client = hop;
        }
        return client;
    }

    private boolean trusted(String address) {
        if (address == null || !ADDRESS.matcher(address).matches()) {
            return false;
        }
        for (IpAddressMatcher proxy : proxies) {
            try {
                if (proxy.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException notAnAddress) {
                return false;
            }
        }
        return false;
    }
}
