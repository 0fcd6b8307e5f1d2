package org.luoshi.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points every test application context at the JVM's test database. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.get();
        TestPropertyValues.of(
                "luoshi.db.url=" + database.url(),
                "luoshi.db.username=" + nullToEmpty(database.username()),
                "luoshi.db.password=" + nullToEmpty(database.password()),
                "luoshi.data-dir=" + database.dataDir(),
                "luoshi.admin.password=Admin-Test-2026")
                .applyTo(context);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
