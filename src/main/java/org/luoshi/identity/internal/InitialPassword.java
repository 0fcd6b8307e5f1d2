package org.luoshi.identity.internal;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one password the first administrator and the demo accounts start with. There is no fixed default: it
 * comes from LUOSHI_ADMIN_PASSWORD, or one is generated per start and printed once in the log by whoever
 * uses it first.
 */
@Component
class InitialPassword {

    private static final Logger log = LoggerFactory.getLogger(InitialPassword.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final String configured;
    private String generated;

    InitialPassword(@Value("${luoshi.admin.password:}") String configured) {
        this.configured = configured == null || configured.isBlank() ? null : configured;
    }

    synchronized String value() {
        if (configured != null) {
            return configured;
        }
        if (generated == null) {
            generated = random();
        }
        return generated;
    }

    boolean generated() {
        return configured == null;
    }

    /** Logs how to log in with it: the generated password itself, or where the configured one came from. */
    void announce(String who) {
        if (generated()) {
            log.warn("{}: password '{}' (shown once; set LUOSHI_ADMIN_PASSWORD to choose it)", who, value());
        } else {
            log.info("{}: password from LUOSHI_ADMIN_PASSWORD", who);
        }
    }

    private static String random() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // two character classes whatever the draw, as the password policy asks
        return password.append('-').append(random.nextInt(10)).toString();
    }
}
