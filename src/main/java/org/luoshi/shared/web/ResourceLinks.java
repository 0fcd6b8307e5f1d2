package org.luoshi.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Turns off the rewriting of every link a page writes into a static-resource URL.
 *
 * <p>webjars-locator-lite makes Spring Boot register {@link ResourceUrlEncodingFilter}, so Thymeleaf hands every
 * {@code @{...}} link to the resource chain. Links to pages (/org/members/123, the menu, the pager) also match the
 * static handler's {@code /**}; they are looked up in four classpath locations inside the jar on every render, and
 * misses are not cached: 60 % of the app's CPU on the member list at 20 rows (see docs/benchmarks.md). Nothing
 * needs the rewriting: no versioning strategy is configured, and versionless webjar paths such as
 * /webjars/htmx.org/dist/htmx.min.js are resolved when the browser asks for them.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
