package org.luoshi.shared.web;

import java.net.URI;
import java.util.Optional;

/** A path and query within this site, taken from a URL or a path, so that a redirect to it cannot leave the site. */
public final class LocalPath {

    private LocalPath() {
    }

    /** The path and query of {@code url} below {@code contextPath}, if it is one of this site's. */
    public static Optional<String> of(String url, String contextPath) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.strip());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//") || path.contains("\\")) {
                return Optional.empty();
            }
            String local = path.substring(contextPath.length());
            return Optional.of(uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
