package org.luoshi.plan.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.shared.error.BusinessException;

/** 文号 such as 中老科协发〔2022〕15号: the year between the brackets makes it unique per issuer and year. */
public final class DocNumber {

    // offices type the year brackets as 〔〕, [], ［］, () or （）
    private static final Pattern YEAR = Pattern.compile("[〔\\[［(（]\\s*(\\d{4})\\s*[〕\\]］)）]");

    private DocNumber() {
    }

    /** The year of a 文号, or null for a plan without one. */
    public static Integer yearOf(String docNumber) {
        if (docNumber == null || docNumber.isBlank()) {
            return null;
        }
        Matcher matcher = YEAR.matcher(docNumber);
        if (!matcher.find()) {
            throw BusinessException.invalid("docNumber", "plan.docNumber.noYear", docNumber);
        }
        return Integer.valueOf(matcher.group(1));
    }
}
