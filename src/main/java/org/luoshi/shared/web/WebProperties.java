package org.luoshi.shared.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How requests reach the app (docs/configuration.md). {@code trustedProxies}: addresses or CIDR ranges of the
 * reverse proxies whose X-Forwarded-For is believed (none by default). {@code https}: the site is reached over
 * HTTPS, whether TLS ends here or at a proxy in front; it alone decides the Secure flag of the session cookie and
 * HSTS, never a header a client can send. {@code apiDocsPublic}: /v3/api-docs and swagger-ui readable without
 * login.
 */
@ConfigurationProperties("luoshi.web")
public record WebProperties(List<String> trustedProxies, boolean https, boolean apiDocsPublic) {

    public WebProperties {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::trim).filter(proxy -> !proxy.isEmpty()).toList();
    }
}
