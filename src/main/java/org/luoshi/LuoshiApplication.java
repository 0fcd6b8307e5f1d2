package org.luoshi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Luoshi (落实): turns a federated association's central work plan into action in every unit. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LuoshiApplication {

    public static void main(String[] args) {
        SpringApplication.run(LuoshiApplication.class, args);
    }
}
