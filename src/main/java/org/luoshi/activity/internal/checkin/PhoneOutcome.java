package org.luoshi.activity.internal.checkin;

import java.util.List;

/** A check-in by name and phone suffix: counted ({@code result}), or two or more members fit and it asks which. */
public record PhoneOutcome(CheckinResult result, List<Choice> choices) {

    /** One member who fits, masked: the number to answer with, name, unit and phone as 138****5678. */
    public record Choice(int number, String name, String unitName, String maskedPhone) {
    }

    public boolean asksWhich() {
        return result == null;
    }
}
