package org.luoshi.plan.internal.counting;

import org.luoshi.plan.CountedKind;
import org.luoshi.shared.error.Messages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The kinds of counted work as their owning modules name them in their bundles: {@code work.kind.<kind>} its label
 * (集体学习), {@code work.kind.<kind>.unit} the unit it is counted in (次). {@code plan} knows no kind itself; a kind
 * whose module names no label shows as its code, one with no unit counts toward targets without a unit only.
 */
@Component
public class WorkKinds {

    private final MessageSource messages;

    WorkKinds(MessageSource messages) {
        this.messages = messages;
    }

    public CountedKind counted(String kind, long quantity) {
        return new CountedKind(kind, label(kind), unit(kind), quantity);
    }

    public String label(String kind) {
        return messages.getMessage("work.kind." + kind, null, kind, Messages.ZH_CN);
    }

    public String unit(String kind) {
        return messages.getMessage("work.kind." + kind + ".unit", null, "", Messages.ZH_CN);
    }
}
