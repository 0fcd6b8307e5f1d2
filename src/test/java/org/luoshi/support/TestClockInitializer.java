package org.luoshi.support;

import java.time.Clock;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Gives every test application context the movable {@link TestClock} in place of the system clock. */
public class TestClockInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("clock", (Clock) TestClock.INSTANCE);
    }
}
