package org.luoshi.plan;

import java.time.LocalDate;

/** A plan's heading and body as its issuer writes them (起草/修改方案). */
public record PlanDraft(String title, String docNumber, LocalDate issuedOn, String bodyHtml) {
}
