package org.luoshi.activity.internal.series;

import java.time.LocalDate;

/** Creates or revises a series: its title, what it is about, and the days it runs. */
public record SaveSeries(String title, String description, LocalDate startsOn, LocalDate endsOn) {
}
