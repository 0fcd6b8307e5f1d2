package org.luoshi.org.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** luoshi.demo.enabled=false (as every other integration test runs) leaves the demo loader out altogether. */
@IntegrationTest
class DemoDataSwitchIT {

    @Autowired
    ApplicationContext context;

    @Test
    void switchedOffThereIsNoDemoLoader() {
        assertThat(context.containsBean("demoDataLoader")).isFalse();
    }
}
