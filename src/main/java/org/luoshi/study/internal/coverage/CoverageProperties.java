package org.luoshi.study.internal.coverage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code luoshi.study.coverage.*}: when coverage linked to plan items is counted again, and how many members a unit
 * needs before it can be named among the units furthest behind (a unit of three members at 0 % says little).
 */
@ConfigurationProperties("luoshi.study.coverage")
public record CoverageProperties(String recountCron, Integer behindMinMembers) {

    public CoverageProperties {
        recountCron = recountCron == null ? "0 */10 * * * *" : recountCron;
        behindMinMembers = behindMinMembers == null ? 10 : behindMinMembers;
    }
}
