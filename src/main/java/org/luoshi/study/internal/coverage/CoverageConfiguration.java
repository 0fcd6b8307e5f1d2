package org.luoshi.study.internal.coverage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoverageProperties.class)
class CoverageConfiguration {
}
