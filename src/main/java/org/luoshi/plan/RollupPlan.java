package org.luoshi.plan;

import java.time.LocalDate;

/** What a roll-up shows of the plan itself. */
public record RollupPlan(long id, String title, String docNumber, LocalDate issuedOn, String status,
        long issuerUnitId) {
}
