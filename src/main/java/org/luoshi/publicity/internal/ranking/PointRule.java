package org.luoshi.publicity.internal.ranking;

/** 积分: what an adoption, and a recommendation, at one level of deciding unit is worth to the submitting unit. */
public record PointRule(String level, Integer adopted, Integer recommended) {
}
