package org.luoshi.publicity.web.portal;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for share cards and feeds. The app has no configured public address of its own (only the
 * notification module's, for e-mails), so they are made from the request, which the trusted proxies' forwarded
 * headers already describe as the visitor reached it.
 */
final class PortalUrls {

    private PortalUrls() {
    }

    /** The site's origin and context path, without a trailing slash. */
    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString().replaceAll("/+$", "");
    }

    static String article(String base, long id) {
        return base + "/portal/articles/" + id;
    }

    static String image(String base, long fileId) {
        return base + "/portal/images/" + fileId;
    }
}
