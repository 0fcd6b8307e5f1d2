package org.luoshi.plan.internal.rollup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The roll-up queries, one .sql resource each, named for what they answer. */
final class RollupSql {

    private RollupSql() {
    }

    static String load(String name) {
        try (InputStream in = RollupSql.class.getResourceAsStream(name + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("missing query " + name + ".sql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A query over the facts of {@code rollupFacts.sql} (the subtree's assignments and items at a day). */
    static String overFacts(String name) {
        return load("rollupFacts") + load(name);
    }
}
