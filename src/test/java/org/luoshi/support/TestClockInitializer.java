package org.luoshi.support;

import org.luoshi.shared.time.BusinessClock;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives every test application context the movable {@link TestClock} in place of the system clock, as the base of
 * the application's {@link BusinessClock} (so the demo can still pin it for its own thread).
 */
public class TestClockInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("clock", new BusinessClock(TestClock.INSTANCE));
    }
}
