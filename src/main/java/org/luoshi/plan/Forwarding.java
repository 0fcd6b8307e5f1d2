package org.luoshi.plan;

import java.time.LocalDate;
import java.util.Map;

/** 转发: to whom, with the forwarding unit's own notice and due dates per item (none later than its own). */
public record Forwarding(Targets targets, String notice, Map<Long, LocalDate> dues) {

    public Forwarding {
        dues = dues == null ? Map.of() : Map.copyOf(dues);
    }
}
