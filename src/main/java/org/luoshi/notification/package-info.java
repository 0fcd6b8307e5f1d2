/**
 * 通知: the notification centre, e-mail (outbox, SMTP settings, daily digest) and each person's choices. Fed only by
 * the domain events of the other modules (plan's cascade and 催办 today): they publish what happened, this module
 * decides who of the concerned unit is told, and how. It publishes nothing for other modules to call.
 */
package org.luoshi.notification;
