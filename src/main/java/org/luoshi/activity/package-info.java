/**
 * 活动: series such as 党的二十大代表进协会 and every lecture, symposium and field visit a unit organises, with its
 * speakers (主讲人库), place or link, time, capacity and audience; calendars of a subtree (month, week, list) and an
 * iCalendar feed per unit. An activity held and linked to a plan item counts toward it through plan's contract
 * (计入落实: kind {@code activity.held}).
 */
@ApplicationModule(allowedDependencies = {"plan", "publicity", "org", "identity", "audit", "shared"})
package org.luoshi.activity;

import org.springframework.modulith.ApplicationModule;
